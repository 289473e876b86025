// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsession.h"

#include "actionregistry.h"
#include "annotations/anchorfactory.h"
#include "annotations/annotatedialog.h"
#include "annotations/annotationpanel.h"
#include "annotations/annotationstore.h"
#include "document/documentselection.h"
#include "document/projectdocument.h"
#include "storage/projectstore.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QUndoStack>

#include <algorithm>

ProjectSession::ProjectSession(ProjectDocument *document, const ActionRegistry &actions, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_panel(new AnnotationPanel(window))
{
    m_panel->setStore(m_document->annotations());
    // The questions are asked over this window while it is open; another window on the document may
    // outlive it, so they hold the window weakly and decline when it is gone.
    const QPointer<QWidget> parent(window);
    ProjectDocument::Prompt prompt;
    prompt.confirm = [parent](const QString &question) {
        return parent
            && QMessageBox::question(parent, tr("Create a Project File?"), question,
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
            == QMessageBox::Yes;
    };
    prompt.chooseCorpus = [parent](const QString &question, const QString &corpus) -> QString {
        if (!parent)
            return {};
        QMessageBox box(
            QMessageBox::Warning, tr("Corpus Folder Outside the Project"), question, QMessageBox::Cancel, parent);
        QPushButton *read = box.addButton(tr("&Read This Folder"), QMessageBox::AcceptRole);
        QPushButton *other = box.addButton(tr("&Choose Another Folder…"), QMessageBox::ActionRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == read)
            return corpus;
        if (box.clickedButton() == other)
            return QFileDialog::getExistingDirectory(parent, tr("Corpus Folder"), QFileInfo(corpus).absolutePath());
        return {};
    };
    prompt.choosePath = [parent](const QString &suggested) {
        if (!parent)
            return QString();
        return QFileDialog::getSaveFileName(parent, tr("Create Project"), suggested,
            tr("Parallax projects (*.parallax)"), nullptr, QFileDialog::DontConfirmOverwrite);
    };
    m_document->setPrompt(std::move(prompt));
    createActions(actions);
    connect(m_document, &ProjectDocument::analysisChanged, m_panel, &AnnotationPanel::setResult);
    connect(m_document, &ProjectDocument::eventsEdited, m_panel, &AnnotationPanel::setResult);
    connect(m_document, &ProjectDocument::closed, m_panel, [this] { m_panel->setResult(nullptr); });
    connect(m_document, &ProjectDocument::analysisChanged, this, &ProjectSession::updateActions);
    connect(m_document, &ProjectDocument::closed, this, &ProjectSession::updateActions);
    connect(m_panel, &AnnotationPanel::anchorActivated, m_document->selection(), &DocumentSelection::showSpan);
    // A window opened on a document that is already open.
    if (m_document->result())
        m_panel->setResult(m_document->result());
    updateActions();
}

// Saving a project and annotating need an open corpus: greyed out while none is, like the window's
// corpus actions.
void ProjectSession::updateActions()
{
    const bool open = m_document->result() != nullptr;
    m_saveAs->setEnabled(open);
    m_annotate->setEnabled(open);
}

void ProjectSession::createActions(const ActionRegistry &actions)
{
    auto *open = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open &Project…"), this);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(open, &QAction::triggered, this, &ProjectSession::chooseProject);
    auto *saveAs = m_saveAs
        = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save Project &As…"), this);
    saveAs->setShortcut(QKeySequence::SaveAs);
    saveAs->setObjectName(QStringLiteral("project.saveAs"));
    connect(saveAs, &QAction::triggered, this, &ProjectSession::saveProjectAs);
    auto *annotate = m_annotate = new QAction(tr("&Annotate Discrepancy…"), this);
    annotate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    annotate->setObjectName(QStringLiteral("project.annotate"));
    connect(annotate, &QAction::triggered, this, &ProjectSession::annotateSelection);
    QAction *undo = m_document->undoStack()->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    // The project actions go with opening a corpus, undo and redo before finding in articles.
    QMenu *file = actions.menu(QStringLiteral("file"));
    QMenu *edit = actions.menu(QStringLiteral("edit"));
    if (!file || !edit) {
        m_window->addActions({ open, saveAs, undo, redo, annotate });
        return;
    }
    file->insertActions(actions.action(QStringLiteral("file.openGroupEnd")), { open, saveAs });
    QAction *find = actions.action(QStringLiteral("edit.find"));
    edit->insertActions(find, { undo, redo });
    edit->insertSeparator(find);
    edit->addSeparator();
    edit->addAction(annotate);
}

void ProjectSession::annotateSelection()
{
    const AnalysisResultPtr result = m_document->result();
    const DocumentSelection *selection = m_document->selection();
    const int article = result ? result->corpus.indexOf(selection->currentArticle()) : -1;
    if (article < 0) {
        Q_EMIT statusMessage(tr("Select the discrepant words in an article first."), 5000);
        return;
    }
    const TextSpan span = selection->textSpan();
    if (span.isEmpty()) {
        Q_EMIT statusMessage(tr("Select the discrepant words in an article first."), 5000);
        return;
    }
    annotate({ AnchorFactory::fromSelection(*result, article, span) });
}

void ProjectSession::annotateQuote(const QString &quoteId)
{
    const AnalysisResultPtr result = m_document->result();
    const std::optional<AnnotationAnchor> anchor
        = result ? AnchorFactory::fromQuote(*result, quoteId) : std::optional<AnnotationAnchor>();
    if (anchor)
        annotate({ *anchor });
}

void ProjectSession::annotateStatement(const QString &statementId)
{
    if (const AnalysisResultPtr result = m_document->result())
        annotate(AnchorFactory::fromStatement(*result, statementId));
}

void ProjectSession::annotateEvent(const QString &eventId)
{
    const AnalysisResultPtr result = m_document->result();
    if (!result)
        return;
    const auto event
        = std::find_if(result->events.cbegin(), result->events.cend(), [&](const Event &e) { return e.id == eventId; });
    if (event != result->events.cend())
        annotate(AnchorFactory::fromEvent(*result, int(event - result->events.cbegin())));
}

void ProjectSession::annotate(const QList<AnnotationAnchor> &anchors)
{
    if (anchors.isEmpty()) {
        Q_EMIT statusMessage(tr("Nothing to anchor an annotation to."), 5000);
        return;
    }
    if (!m_document->ensureProject())
        return;
    Annotation annotation
        = Annotation::create(AnnotationCategory::WordingChanged, QString(), ProjectDocument::author());
    annotation.anchors = anchors;
    // Further anchors come from the selected annotation: annotating again while one is selected links new
    // outlets to it instead of making another annotation.
    AnnotationStore *store = m_document->annotations();
    const Annotation *selected = store->find(m_panel->currentId());
    AnnotateDialog dialog(m_window);
    if (selected) {
        Annotation extended = *selected;
        extended.anchors.append(anchors);
        dialog.setWindowTitle(tr("Add Anchor to Annotation"));
        dialog.setAnnotation(extended);
    } else {
        dialog.setAnnotation(annotation);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Annotation result = dialog.annotation();
    if (!result.author.isEmpty())
        QSettings().setValue(QStringLiteral("annotations/author"), result.author);
    // A refused write reaches the analyst through the document's error.
    const Error error = selected ? store->edit(result) : store->add(result);
    if (error.ok())
        m_panel->selectAnnotation(result.id);
}

void ProjectSession::chooseProject()
{
    const ProjectStore *project = m_document->project();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Project"),
        project ? QFileInfo(project->path()).absolutePath() : QString(), tr("Parallax projects (*.parallax)"));
    if (!path.isEmpty())
        m_document->openProject(path);
}

void ProjectSession::saveProjectAs()
{
    const ProjectStore *project = m_document->project();
    if (!project) {
        m_document->createProject();
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Project As"), project->path(), tr("Parallax projects (*.parallax)"));
    if (!path.isEmpty())
        m_document->saveProjectAs(path);
}

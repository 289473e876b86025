// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsession.h"

#include "annotations/anchorfactory.h"
#include "annotations/annotatedialog.h"
#include "annotations/annotationpanel.h"
#include "annotations/annotationstore.h"
#include "annotations/eventeditstore.h"
#include "articleview/articleview.h"
#include "core/logging.h"
#include "itemmodels/annotationlookup.h"
#include "mainwindow.h"
#include "storage/analysiscache.h"
#include "storage/corpuslocation.h"
#include "storage/projectstore.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

QString ProjectSession::author()
{
    const QString configured = QSettings().value(QStringLiteral("annotations/author")).toString();
    if (!configured.isEmpty())
        return configured;
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

ProjectSession::ProjectSession(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_job(window->analysisJob())
    , m_annotations(new AnnotationStore(this))
    , m_eventEdits(new EventEditStore(m_annotations->undoStack(), this))
    , m_panel(new AnnotationPanel(window))
{
    m_panel->setStore(m_annotations);
    m_window->addPanel(m_panel, tr("Annotations"));
    m_cacheWriter.setMaxThreadCount(1);
    connect(&m_cacheWrite, &QFutureWatcher<StoreError>::finished, this, [this] {
        const StoreError error = m_cacheWrite.result();
        if (!error.ok())
            m_window->statusBar()->showMessage(
                tr("The analysis could not be cached in the project: %1").arg(error.message));
    });
    m_prompt.confirm = [this](const QString &question) {
        return QMessageBox::question(m_window, tr("Create a Project File?"), question,
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
            == QMessageBox::Yes;
    };
    m_prompt.chooseCorpus = [this](const QString &question, const QString &corpus) -> QString {
        QMessageBox box(
            QMessageBox::Warning, tr("Corpus Folder Outside the Project"), question, QMessageBox::Cancel, m_window);
        QPushButton *read = box.addButton(tr("&Read This Folder"), QMessageBox::AcceptRole);
        QPushButton *other = box.addButton(tr("&Choose Another Folder…"), QMessageBox::ActionRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == read)
            return corpus;
        if (box.clickedButton() == other)
            return QFileDialog::getExistingDirectory(m_window, tr("Corpus Folder"), QFileInfo(corpus).absolutePath());
        return {};
    };
    m_prompt.choosePath = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(m_window, tr("Create Project"), suggested,
            tr("Parallax projects (*.parallax)"), nullptr, QFileDialog::DontConfirmOverwrite);
    };
    createActions();
    connect(m_window, &MainWindow::resultChanged, this, &ProjectSession::onResult);
    connect(m_window, &MainWindow::eventsEdited, this, [this](AnalysisResultPtr result) {
        m_result = result;
        m_panel->setResult(result);
        updateAnnotationMarks();
    });
    connect(m_panel, &AnnotationPanel::anchorActivated, this, &ProjectSession::showAnchor);
    connect(m_annotations, &AnnotationStore::changed, this, &ProjectSession::updateAnnotationMarks);
    connect(m_annotations, &AnnotationStore::errorOccurred, this,
        [this](const QString &message) { reportError(tr("Annotation Not Saved"), message); });
}

ProjectSession::~ProjectSession()
{
    // The window's views are gone by now: detaching must not repaint them.
    disconnect(m_annotations, nullptr, this, nullptr);
    disconnect(m_eventEdits, nullptr, nullptr, nullptr);
    // Worker threads may still read the project through the cache, or write it.
    if (m_job)
        m_job->cancelAndWait();
    waitForCacheWrite();
    m_cache.reset();
    // The stores read the project until they are detached.
    m_annotations->setProject(nullptr);
    m_eventEdits->setProject(nullptr);
}

void ProjectSession::createActions()
{
    // The File and Edit menus are the window's first two.
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QMenu *file = menus.value(0) ? menus.value(0)->menu() : nullptr;
    QMenu *edit = menus.value(1) ? menus.value(1)->menu() : nullptr;
    auto *open = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open &Project…"), this);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(open, &QAction::triggered, this, &ProjectSession::chooseProject);
    auto *saveAs = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save Project &As…"), this);
    saveAs->setShortcut(QKeySequence::SaveAs);
    connect(saveAs, &QAction::triggered, this, &ProjectSession::saveProjectAs);
    m_annotate = new QAction(tr("&Annotate Discrepancy…"), this);
    m_annotate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_annotate, &QAction::triggered, this, &ProjectSession::annotateSelection);
    QAction *undo = m_annotations->undoStack()->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_annotations->undoStack()->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    if (file) {
        const QList<QAction *> actions = file->actions();
        const auto separator
            = std::find_if(actions.cbegin(), actions.cend(), [](QAction *a) { return a->isSeparator(); });
        file->insertActions(separator == actions.cend() ? nullptr : *separator, { open, saveAs });
    }
    if (edit) {
        QAction *first = edit->actions().value(0);
        edit->insertActions(first, { undo, redo });
        edit->insertSeparator(first);
        edit->addSeparator();
        edit->addAction(m_annotate);
    } else {
        m_window->addActions({ open, saveAs, undo, redo, m_annotate });
    }
}

bool ProjectSession::openIfProject(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir() || !path.endsWith(QLatin1String(".parallax"), Qt::CaseInsensitive))
        return false;
    auto opened = ProjectStore::open(path);
    if (!opened.ok()) {
        reportError(tr("Cannot Open Project"), opened.error().message);
        return true;
    }
    QString corpus = opened.value()->corpusPath();
    if (QFileInfo(corpus).isDir() && !CorpusLocation::mayRead(path, corpus)) {
        // A project file from someone else can name any folder: it is not read without asking.
        const QString chosen = m_prompt.chooseCorpus(
            tr("%1 reads its articles from %2, which is outside the project's own folder. A project file from "
               "someone else can name any folder on this computer.\n\nRead the articles from this folder?")
                .arg(info.fileName(), QDir::toNativeSeparators(corpus)),
            corpus);
        if (chosen.isEmpty())
            return true;
        if (QFileInfo(chosen) == QFileInfo(corpus)) {
            CorpusLocation::choose(path, corpus);
        } else if (StoreError e = opened.value()->setCorpusPath(chosen); !e.ok()) {
            reportError(tr("Cannot Open Project"), e.message);
            return true;
        }
        corpus = opened.value()->corpusPath();
    }
    setProject(std::move(opened.value()));
    if (!QFileInfo(corpus).isDir()) {
        reportError(tr("Corpus Folder Missing"),
            tr("The project's corpus folder %1 is missing. The annotations are kept; open the folder where it is now "
               "and save the project again.")
                .arg(QDir::toNativeSeparators(corpus)));
        return true;
    }
    m_window->openPath(corpus);
    return true;
}

bool ProjectSession::isProjectCorpus(const QString &corpusPath) const
{
    return m_project && QFileInfo(corpusPath) == QFileInfo(m_project->corpusPath());
}

AnalysisJob::CacheHooks ProjectSession::cacheHooksFor(const QString &corpusPath) const
{
    if (!m_cache || !isProjectCorpus(corpusPath))
        return {};
    // The hooks share the cache, so a job never calls into a destroyed one.
    const std::shared_ptr<AnalysisCache> cache = m_cache;
    return { [cache](const Article &article) { return cache->lookup(article); },
        [cache](const Article &article, const ArticleAnalysis &analysis) { cache->store(article, analysis); } };
}

void ProjectSession::flushCache(const AnalysisResult &result)
{
    if (!m_cache || !isProjectCorpus(result.corpus.path))
        return;
    // Entries of articles gone from the folder are dropped, so the cache does not grow forever.
    QStringList ids;
    ids.reserve(result.corpus.articles.size());
    for (const Article &article : result.corpus.articles)
        ids.append(article.id);
    // Thousands of articles take a noticeable time to write: not on the GUI thread. The project's
    // write gate lets the analyst's own writes in between the cache's batches. One writer thread:
    // writes queue in order, and the watcher follows the last.
    const std::shared_ptr<AnalysisCache> cache = m_cache;
    m_cacheWrite.setFuture(QtConcurrent::run(&m_cacheWriter, [cache, ids] { return cache->flush(&ids); }));
}

void ProjectSession::waitForCacheWrite()
{
    m_cacheWrite.waitForFinished();
}

void ProjectSession::setProject(std::unique_ptr<ProjectStore> project)
{
    // A running load may read the old project through its cache: stop it, and run it again below.
    const QString rerun = m_job->isRunning() && m_job->usesCache() ? m_job->path() : QString();
    if (!rerun.isEmpty())
        m_job->cancelAndWait();
    waitForCacheWrite();
    m_cache.reset();
    // Detach from the old file before it closes; load everything from the new one.
    StoreError loaded = m_annotations->setProject(project.get());
    if (loaded.ok())
        loaded = m_eventEdits->setProject(project.get());
    if (!loaded.ok()) {
        m_annotations->setProject(nullptr);
        m_eventEdits->setProject(nullptr);
        reportError(tr("Cannot Open Project"), loaded.message);
        project.reset();
    }
    m_project = std::move(project);
    // The cache reads its index through the project's connection: made here, on the GUI thread.
    if (m_project)
        m_cache = std::make_shared<AnalysisCache>(*m_project);
    m_declinedProject = false;
    updateTitle();
    updateAnnotationMarks();
    if (!rerun.isEmpty())
        m_window->openPath(rerun);
}

void ProjectSession::onResult(AnalysisResultPtr result)
{
    m_result = result;
    m_panel->setResult(result);
    if (m_project && result && QFileInfo(result->corpus.path) != QFileInfo(m_project->corpusPath())) {
        // Another corpus: the project's annotations do not belong to it.
        setProject(nullptr);
    }
    if (m_project && result) {
        flushCache(*result);
        auto report = m_annotations->reanchor(result->corpus);
        if (report.ok() && report.value().orphaned > 0)
            m_window->statusBar()->showMessage(
                tr("%n annotation anchor(s) could not be found in the current text; they are kept as orphans", nullptr,
                    report.value().orphaned));
    }
    updateTitle();
    updateAnnotationMarks();
}

void ProjectSession::updateAnnotationMarks()
{
    ArticleView *view = m_window->articleView();
    if (!view)
        return;
    QHash<QString, TextSpans> spans;
    for (const Annotation &annotation : m_annotations->annotations()) {
        for (const AnnotationAnchor &anchor : annotation.anchors) {
            const TextPositionSelector &at = anchor.target.position;
            if (anchor.state != AnchorState::Orphaned && at.isValid() && at.end > at.start)
                spans[anchor.target.articleId].append({ at.start, at.end });
        }
    }
    for (TextSpans &list : spans)
        std::sort(list.begin(), list.end());
    view->setAnnotatedSpans(spans);
    // Badges on the timeline's events and the quote panel's statements and renderings.
    m_window->setAnnotations(m_result
            ? std::make_shared<const AnnotationLookup>(AnnotationLookup::build(*m_result, m_annotations->annotations()))
            : nullptr);
}

void ProjectSession::updateTitle()
{
    if (m_project) {
        m_window->setWindowFilePath(m_project->path());
        m_window->setWindowTitle(tr("%1 — Parallax").arg(QFileInfo(m_project->path()).fileName()));
    } else if (m_result) {
        m_window->setWindowFilePath(QString());
        m_window->setWindowTitle(tr("%1 — Parallax").arg(m_result->corpus.name));
    }
}

void ProjectSession::setProjectPrompt(ProjectPrompt prompt)
{
    // Questions the caller does not answer keep their dialogs.
    if (prompt.confirm)
        m_prompt.confirm = std::move(prompt.confirm);
    if (prompt.choosePath)
        m_prompt.choosePath = std::move(prompt.choosePath);
    if (prompt.chooseCorpus)
        m_prompt.chooseCorpus = std::move(prompt.chooseCorpus);
}

bool ProjectSession::ensureProject()
{
    if (m_project)
        return true;
    if (!m_result)
        return false;
    const QString notSaved = tr("Not done: annotations and event edits need a project file (File > Save Project As…).");
    if (!m_declinedProject) {
        if (!m_prompt.confirm(tr("Annotations and event edits are saved in a project file, at once and for good. "
                                 "Create one for this corpus now?"))) {
            m_declinedProject = true;
            m_window->statusBar()->showMessage(notSaved, 8000);
            return false;
        }
    }
    const QString suggested = QFileInfo(m_result->corpus.path).absolutePath() + QLatin1Char('/') + m_result->corpus.name
        + QStringLiteral(".parallax");
    QString path = m_prompt.choosePath(suggested);
    if (path.isEmpty()) {
        m_window->statusBar()->showMessage(notSaved, 8000);
        return false;
    }
    if (!path.endsWith(QLatin1String(".parallax"), Qt::CaseInsensitive))
        path += QStringLiteral(".parallax");
    auto created = ProjectStore::create(path, m_result->corpus.path);
    if (!created.ok()) {
        reportError(tr("Cannot Create Project"), created.error().message);
        return false;
    }
    setProject(std::move(created.value()));
    return m_project != nullptr;
}

void ProjectSession::annotateSelection()
{
    ArticleView *view = m_window->articleView();
    const int article = view ? view->currentArticle() : -1;
    if (!m_result || article < 0 || article >= m_result->corpus.articles.size()) {
        m_window->statusBar()->showMessage(tr("Select the discrepant words in an article first."), 5000);
        return;
    }
    const QTextCursor cursor = view->textEdit()->textCursor();
    TextSpan span
        = cursor.hasSelection() ? TextSpan { cursor.selectionStart(), cursor.selectionEnd() } : view->focusSpan();
    if (span.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Select the discrepant words in an article first."), 5000);
        return;
    }
    annotate({ AnchorFactory::fromSelection(*m_result, article, span) });
}

void ProjectSession::annotateQuote(const QString &quoteId)
{
    const std::optional<AnnotationAnchor> anchor
        = m_result ? AnchorFactory::fromQuote(*m_result, quoteId) : std::optional<AnnotationAnchor>();
    if (anchor)
        annotate({ *anchor });
}

void ProjectSession::annotateStatement(const QString &statementId)
{
    if (m_result)
        annotate(AnchorFactory::fromStatement(*m_result, statementId));
}

void ProjectSession::annotateEvent(int eventIndex)
{
    if (m_result && eventIndex >= 0 && eventIndex < m_result->events.size())
        annotate(AnchorFactory::fromEvent(*m_result, eventIndex));
}

void ProjectSession::annotate(const QList<AnnotationAnchor> &anchors)
{
    if (anchors.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Nothing to anchor an annotation to."), 5000);
        return;
    }
    if (!ensureProject())
        return;
    Annotation annotation = Annotation::create(AnnotationCategory::WordingChanged, QString(), author());
    annotation.anchors = anchors;
    // Further anchors come from the selected annotation: annotating again while one is selected links new
    // outlets to it instead of making another annotation.
    const Annotation *selected = m_annotations->find(m_panel->currentId());
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
    const StoreError error = selected ? m_annotations->edit(result) : m_annotations->add(result);
    if (error.ok())
        m_panel->selectAnnotation(result.id);
}

void ProjectSession::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Project"),
        m_project ? QFileInfo(m_project->path()).absolutePath() : QString(), tr("Parallax projects (*.parallax)"));
    if (!path.isEmpty())
        openIfProject(path);
}

void ProjectSession::saveProjectAs()
{
    if (!m_project) {
        m_declinedProject = false;
        ensureProject();
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Project As"), m_project->path(), tr("Parallax projects (*.parallax)"));
    if (!path.isEmpty())
        saveProjectTo(path);
}

bool ProjectSession::saveProjectTo(const QString &path)
{
    if (!m_project)
        return false;
    waitForCacheWrite();
    auto copy
        = m_project->saveAs(path.endsWith(QLatin1String(".parallax")) ? path : path + QStringLiteral(".parallax"));
    if (!copy.ok()) {
        reportError(tr("Cannot Save Project"), copy.error().message);
        return false;
    }
    setProject(std::move(copy.value()));
    return m_project != nullptr;
}

void ProjectSession::showAnchor(const QString &articleId, TextSpan span)
{
    if (!m_result || !m_window->articleView())
        return;
    const int article = m_result->corpus.indexOf(articleId);
    if (article >= 0)
        m_window->articleView()->showSpan(article, span);
}

void ProjectSession::reportError(const QString &title, const QString &message)
{
    Logging::get("ui")->warn("{}: {}", title.toStdString(), message.toStdString());
    QMessageBox::warning(m_window, title, message);
}

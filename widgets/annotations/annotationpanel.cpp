// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationpanel.h"

#include "annotations/annotatedialog.h"
#include "annotations/annotationexport.h"
#include "annotations/annotationreport.h"
#include "annotations/annotationstore.h"
#include "common/exportfiledialog.h"
#include "itemmodels/annotationfiltermodel.h"
#include "itemmodels/annotationmodel.h"
#include "itemmodels/eventchoicemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSet>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

AnnotationPanel::AnnotationPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AnnotationModel(this))
    , m_filter(new AnnotationFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_outlet(new QComboBox(this))
    , m_event(new QComboBox(this))
    , m_eventChoices(new EventChoiceModel(tr("All events"), this))
    , m_orphans(new QCheckBox(tr("Orphans"), this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_edit(new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit Annotation…"), this))
    , m_delete(new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Annotation"), this))
    , m_jump(new QAction(QIcon::fromTheme(QStringLiteral("go-jump")), tr("&Show in Article"), this))
    , m_export(new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("E&xport Annotations…"), this))
    , m_anchors(new QMenu(tr("Show &Anchor"), this))
    , m_empty(new QLabel(m_view->viewport()))
{
    setObjectName(QStringLiteral("annotationPanel"));
    m_filter->setSourceModel(m_model);
    m_filter->setDynamicSortFilter(true);
    m_view->setModel(m_filter);
    m_event->setModel(m_eventChoices);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AnnotationModel::ModifiedColumn, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->header()->setSectionResizeMode(AnnotationModel::TextColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(AnnotationModel::NoteColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AnnotationModel::CategoryColumn, QHeaderView::ResizeToContents);

    m_undo = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("Undo"), this);
    m_redo = new QAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("Redo"), this);
    // Enter shows the anchor (the view's activated signal); F2 edits, as renaming does elsewhere.
    m_edit->setShortcut(Qt::Key_F2);
    m_delete->setShortcut(QKeySequence::Delete);
    m_jump->setToolTip(tr("Show the annotated words in their article (Enter); again for the next anchor"));
    for (QAction *a : { m_edit, m_delete, m_jump })
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_anchors->setObjectName(QStringLiteral("showAnchorMenu"));
    connect(m_anchors, &QMenu::aboutToShow, this, &AnnotationPanel::fillAnchorMenu);
    m_anchorsAction = m_anchors->menuAction();
    m_view->addActions({ m_jump, m_anchorsAction, m_edit, m_delete });
    connect(m_edit, &QAction::triggered, this, &AnnotationPanel::editCurrent);
    connect(m_delete, &QAction::triggered, this, &AnnotationPanel::deleteCurrent);
    connect(m_jump, &QAction::triggered, this, &AnnotationPanel::jumpToCurrent);
    m_export->setObjectName(QStringLiteral("exportAnnotations"));
    m_export->setToolTip(tr("Write the annotations shown as JSON, CSV, W3C Web Annotations or a Markdown report"));
    connect(m_export, &QAction::triggered, this, &AnnotationPanel::exportShown);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_store)
            m_store->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_store)
            m_store->undoStack()->redo();
    });
    connect(m_view, &QTreeView::activated, this, &AnnotationPanel::jumpToCurrent);
    connect(m_view, &QTreeView::doubleClicked, this, &AnnotationPanel::editCurrent);

    m_search->setPlaceholderText(tr("Search notes and annotated text"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &AnnotationFilterModel::setSearchText);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant c = m_category->currentData();
        m_filter->setCategories(
            c.isValid() ? QList<AnnotationCategory> { AnnotationCategory(c.toInt()) } : QList<AnnotationCategory> {});
    });
    connect(m_outlet, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setOutlet(m_outlet->currentData().toString()); });
    connect(m_event, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setEventId(m_event->currentData().toString()); });
    connect(m_orphans, &QCheckBox::toggled, m_filter, &AnnotationFilterModel::setOnlyOrphans);
    for (QAbstractItemModel *m : { static_cast<QAbstractItemModel *>(m_filter) }) {
        connect(m, &QAbstractItemModel::rowsInserted, this, &AnnotationPanel::updateSummary);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &AnnotationPanel::updateSummary);
        connect(m, &QAbstractItemModel::modelReset, this, &AnnotationPanel::updateSummary);
        connect(m, &QAbstractItemModel::layoutChanged, this, &AnnotationPanel::updateSummary);
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_nextAnchor = 0;
        updateActions();
    });
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setObjectName(QStringLiteral("emptyListHint"));
    m_view->viewport()->installEventFilter(this);

    auto *toolbar = new QToolBar(this);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addActions({ m_undo, m_redo });
    toolbar->addSeparator();
    toolbar->addActions({ m_jump, m_edit, m_delete });
    toolbar->addSeparator();
    toolbar->addAction(m_export);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_category);
    filters->addWidget(m_outlet);
    filters->addWidget(m_event, 1);
    filters->addWidget(m_orphans);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    fillFilters();
    updateActions();
    updateSummary();
}

void AnnotationPanel::setStore(AnnotationStore *store)
{
    if (m_store)
        disconnect(m_store->undoStack(), nullptr, this, nullptr);
    m_store = store;
    m_model->setStore(store);
    if (m_store) {
        QUndoStack *stack = m_store->undoStack();
        connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
        connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
        connect(stack, &QUndoStack::undoTextChanged, this,
            [this](const QString &text) { m_undo->setToolTip(text.isEmpty() ? tr("Undo") : tr("Undo %1").arg(text)); });
        connect(stack, &QUndoStack::redoTextChanged, this,
            [this](const QString &text) { m_redo->setToolTip(text.isEmpty() ? tr("Redo") : tr("Redo %1").arg(text)); });
        m_undo->setEnabled(stack->canUndo());
        m_redo->setEnabled(stack->canRedo());
    }
    updateActions();
    updateSummary();
}

void AnnotationPanel::setResult(std::shared_ptr<const AnalysisResult> result)
{
    m_result = std::move(result);
    m_model->setResult(m_result);
    fillFilters();
}

void AnnotationPanel::fillFilters()
{
    const QSignalBlocker c(m_category);
    const QSignalBlocker o(m_outlet);
    const QSignalBlocker e(m_event);
    m_category->clear();
    m_category->addItem(tr("All categories"));
    for (AnnotationCategory category : allAnnotationCategories())
        m_category->addItem(annotationCategoryLabel(category), int(category));
    m_outlet->clear();
    m_outlet->addItem(tr("All outlets"), QString());
    m_eventChoices->setResult(m_result);
    m_event->setCurrentIndex(0);
    if (m_result) {
        QSet<QString> seen;
        QStringList outlets;
        for (const Article &a : m_result->corpus.articles) {
            if (!a.outlet.isEmpty() && !seen.contains(a.outlet)) {
                seen.insert(a.outlet);
                outlets.append(a.outlet);
            }
        }
        outlets.sort(Qt::CaseInsensitive);
        for (const QString &outlet : std::as_const(outlets))
            m_outlet->addItem(outlet, outlet);
    }
    m_filter->setCategories({});
    m_filter->setOutlet({});
    m_filter->setEventId({});
}

void AnnotationPanel::setEventFilter(const QString &eventId)
{
    const int i = m_event->findData(eventId);
    m_event->setCurrentIndex(i < 0 ? 0 : i);
}

QString AnnotationPanel::currentId() const
{
    return m_view->currentIndex().data(AnnotationModel::IdRole).toString();
}

void AnnotationPanel::selectAnnotation(const QString &id)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(id));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void AnnotationPanel::updateActions()
{
    const bool has = m_store && !currentId().isEmpty();
    m_edit->setEnabled(has);
    m_delete->setEnabled(has);
    m_jump->setEnabled(has);
    m_anchorsAction->setEnabled(has);
    m_export->setEnabled(m_store && m_filter->rowCount() > 0);
}

void AnnotationPanel::updateSummary()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_summary->setText(shown == total ? tr("%n annotation(s)", nullptr, total)
                                      : tr("%1 of %n annotation(s) shown", nullptr, total).arg(shown));
    // An empty list says how to fill it.
    m_empty->setText(total == 0 ? tr("No annotations yet.\n\nSelect the words that differ in the article view and "
                                     "press Ctrl+M (Edit > Annotate Discrepancy\u2026), or right-click a statement, "
                                     "a rendering or an event.")
                                : tr("No annotation matches these filters."));
    m_empty->setVisible(shown == 0);
    placeEmptyHint();
    m_export->setEnabled(m_store && shown > 0);
}

void AnnotationPanel::placeEmptyHint()
{
    m_empty->setGeometry(m_view->viewport()->rect().adjusted(16, 16, -16, -16));
}

bool AnnotationPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        placeEmptyHint();
    return QWidget::eventFilter(watched, event);
}

QList<int> AnnotationPanel::reachableAnchors(const Annotation &annotation)
{
    QList<int> reachable;
    for (int i = 0; i < annotation.anchors.size(); ++i) {
        const AnnotationAnchor &anchor = annotation.anchors.at(i);
        if (anchor.state != AnchorState::Orphaned && anchor.target.position.isValid())
            reachable.append(i);
    }
    return reachable;
}

void AnnotationPanel::showAnchor(int anchor)
{
    const Annotation *a = m_store ? m_store->find(currentId()) : nullptr;
    if (!a || anchor < 0 || anchor >= a->anchors.size())
        return;
    const AnnotationAnchor &x = a->anchors.at(anchor);
    if (x.state == AnchorState::Orphaned || !x.target.position.isValid())
        return;
    Q_EMIT anchorActivated(x.target.articleId, { x.target.position.start, x.target.position.end });
}

void AnnotationPanel::fillAnchorMenu()
{
    m_anchors->clear();
    const Annotation *a = m_store ? m_store->find(currentId()) : nullptr;
    if (!a)
        return;
    const QFontMetrics fm(font());
    for (int i = 0; i < a->anchors.size(); ++i) {
        const AnnotationAnchor &x = a->anchors.at(i);
        const QString who = x.role.isEmpty() ? x.target.articleId : x.role;
        QString text = QStringLiteral("%1 \u2014 \u201c%2\u201d")
                           .arg(who, fm.elidedText(x.target.quote.exact.simplified(), Qt::ElideRight, 300));
        const bool orphaned = x.state == AnchorState::Orphaned || !x.target.position.isValid();
        if (orphaned)
            text += QLatin1Char(' ') + tr("(not found in the current text)");
        QAction *action = m_anchors->addAction(text, this, [this, i] { showAnchor(i); });
        action->setEnabled(!orphaned);
    }
}

void AnnotationPanel::jumpToCurrent()
{
    const Annotation *a = m_store ? m_store->find(currentId()) : nullptr;
    if (!a)
        return;
    // Each time the next anchor, so that every one is reached from the keyboard.
    const QList<int> reachable = reachableAnchors(*a);
    if (reachable.isEmpty())
        return;
    showAnchor(reachable.at(m_nextAnchor % reachable.size()));
    m_nextAnchor = (m_nextAnchor + 1) % int(reachable.size());
}

QList<Annotation> AnnotationPanel::shownAnnotations() const
{
    QList<Annotation> shown;
    if (!m_store)
        return shown;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        if (const Annotation *a = m_store->find(m_filter->index(row, 0).data(AnnotationModel::IdRole).toString()))
            shown.append(*a);
    }
    return shown;
}

Error AnnotationPanel::exportTo(const QString &path, ExportFormat format, const QList<Annotation> &annotations) const
{
    const Corpus *corpus = m_result ? &m_result->corpus : nullptr;
    const QString name = m_projectName.isEmpty() && corpus ? corpus->name : m_projectName;
    QByteArray bytes;
    switch (format) {
    case ExportFormat::Json:
        bytes = AnnotationExport(annotations, corpus, name).toJson();
        break;
    case ExportFormat::Csv:
        bytes = AnnotationExport(annotations, corpus, name).toCsv();
        break;
    case ExportFormat::W3c:
        bytes = AnnotationExport(annotations, corpus, name).toW3c();
        break;
    case ExportFormat::Markdown: {
        // The report's timeline picture goes beside it, named after it.
        QString image;
        if (m_timelineWriter) {
            const QFileInfo report(path);
            image = report.completeBaseName() + QStringLiteral("-timeline.png");
            if (Error error = m_timelineWriter(report.absoluteDir().filePath(image)); !error.ok())
                return error;
        }
        bytes = AnnotationReport::toMarkdown(annotations, corpus, { name, image });
        break;
    }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return { Error::Code::Io, tr("cannot write %1: %2").arg(path, file.errorString()), path };
    return {};
}

void AnnotationPanel::exportShown()
{
    const QList<Annotation> annotations = shownAnnotations();
    if (annotations.isEmpty())
        return;
    const QList<ExportFileDialog::FileType> types { { tr("JSON"), QStringLiteral("json") },
        { tr("Spreadsheet (CSV)"), QStringLiteral("csv") },
        { tr("W3C Web Annotations (JSON-LD)"), QStringLiteral("jsonld") },
        { tr("Markdown report"), QStringLiteral("md") } };
    QString path = QStringLiteral("annotations.md");
    // A failed write asks again, with the same name.
    while (true) {
        path = ExportFileDialog::getSaveFileName(
            this, tr("Export %n Annotation(s)", nullptr, int(annotations.size())), path, types);
        if (path.isEmpty())
            return;
        const QString suffix = QFileInfo(path).suffix().toLower();
        const ExportFormat format = suffix == QLatin1String("csv") ? ExportFormat::Csv
            : suffix == QLatin1String("jsonld")                    ? ExportFormat::W3c
            : suffix == QLatin1String("md")                        ? ExportFormat::Markdown
                                                                   : ExportFormat::Json;
        const Error error = exportTo(path, format, annotations);
        if (error.ok())
            return;
        QMessageBox::warning(this, tr("Export Failed"), error.message);
    }
}

void AnnotationPanel::editCurrent()
{
    const Annotation *a = m_store ? m_store->find(currentId()) : nullptr;
    if (!a)
        return;
    AnnotateDialog dialog(this);
    dialog.setAnnotation(*a);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Annotation edited = dialog.annotation();
    if (edited == *a)
        return;
    if (Error e = m_store->edit(edited); !e.ok())
        QMessageBox::warning(this, tr("Annotation Not Saved"), e.message);
}

void AnnotationPanel::deleteCurrent()
{
    const QString id = currentId();
    if (!m_store || id.isEmpty())
        return;
    // Undo brings it back, so no confirmation is asked.
    if (Error e = m_store->remove(id); !e.ok())
        QMessageBox::warning(this, tr("Annotation Not Deleted"), e.message);
}

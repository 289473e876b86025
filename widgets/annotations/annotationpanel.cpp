// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationpanel.h"

#include "annotations/annotatedialog.h"
#include "annotations/annotationstore.h"
#include "itemmodels/annotationfiltermodel.h"
#include "itemmodels/annotationmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
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
    , m_orphans(new QCheckBox(tr("Orphans"), this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_edit(new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit Annotation…"), this))
    , m_delete(new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Annotation"), this))
    , m_jump(new QAction(QIcon::fromTheme(QStringLiteral("go-jump")), tr("&Show in Article"), this))
{
    setObjectName(QStringLiteral("annotationPanel"));
    m_filter->setSourceModel(m_model);
    m_filter->setDynamicSortFilter(true);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AnnotationModel::ModifiedColumn, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->header()->setSectionResizeMode(AnnotationModel::NoteColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AnnotationModel::CategoryColumn, QHeaderView::ResizeToContents);

    m_undo = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("Undo"), this);
    m_redo = new QAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("Redo"), this);
    m_edit->setShortcut(Qt::Key_Return);
    m_delete->setShortcut(QKeySequence::Delete);
    for (QAction *a : { m_edit, m_delete, m_jump })
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addActions({ m_jump, m_edit, m_delete });
    connect(m_edit, &QAction::triggered, this, &AnnotationPanel::editCurrent);
    connect(m_delete, &QAction::triggered, this, &AnnotationPanel::deleteCurrent);
    connect(m_jump, &QAction::triggered, this, &AnnotationPanel::jumpToCurrent);
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
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AnnotationPanel::updateActions);

    auto *toolbar = new QToolBar(this);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addActions({ m_undo, m_redo });
    toolbar->addSeparator();
    toolbar->addActions({ m_jump, m_edit, m_delete });

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
    m_event->clear();
    m_event->addItem(tr("All events"), QString());
    if (m_result) {
        QStringList outlets;
        for (const Article &a : m_result->corpus.articles) {
            if (!a.outlet.isEmpty() && !outlets.contains(a.outlet))
                outlets.append(a.outlet);
        }
        outlets.sort(Qt::CaseInsensitive);
        for (const QString &outlet : std::as_const(outlets))
            m_outlet->addItem(outlet, outlet);
        for (const Event &event : m_result->events)
            m_event->addItem(event.label.isEmpty() ? event.id : event.label, event.id);
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
}

void AnnotationPanel::updateSummary()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_summary->setText(shown == total ? tr("%n annotation(s)", nullptr, total)
                                      : tr("%1 of %n annotation(s) shown", nullptr, total).arg(shown));
}

void AnnotationPanel::jumpToCurrent()
{
    const Annotation *a = m_store ? m_store->find(currentId()) : nullptr;
    if (!a)
        return;
    for (const AnnotationAnchor &anchor : a->anchors) {
        if (anchor.state != AnchorState::Orphaned && anchor.target.position.isValid()) {
            Q_EMIT anchorActivated(
                anchor.target.articleId, { anchor.target.position.start, anchor.target.position.end });
            return;
        }
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
    if (StoreError e = m_store->edit(edited); !e.ok())
        QMessageBox::warning(this, tr("Annotation Not Saved"), e.message);
}

void AnnotationPanel::deleteCurrent()
{
    const QString id = currentId();
    if (!m_store || id.isEmpty())
        return;
    // Undo brings it back, so no confirmation is asked.
    if (StoreError e = m_store->remove(id); !e.ok())
        QMessageBox::warning(this, tr("Annotation Not Deleted"), e.message);
}

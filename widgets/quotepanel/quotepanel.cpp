// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotepanel/quotepanel.h"

#include "analysis/analysisresult.h"
#include "common/dropdownbutton.h"
#include "common/exportfiledialog.h"
#include "itemmodels/statementfiltermodel.h"
#include "itemmodels/statementmodel.h"
#include "presentation/quoteexporter.h"
#include "presentation/speakerlabel.h"
#include "quotepanel/alignmentview.h"
#include "quotepanel/comparisonview.h"
#include "quotepanel/differenceanchors.h"
#include "quotepanel/quotepanelimage.h"
#include "quotepanel/statementlistdelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QMetaMethod>
#include <QScopedValueRollback>
#include <QSet>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

QuotePanel::QuotePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new StatementModel(this))
    , m_filter(new StatementFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_speaker(new QComboBox(this))
    , m_onlyDiffering(new QCheckBox(tr("Only where outlets differ"), this))
    , m_sort(new QComboBox(this))
    , m_export(new DropDownButton(this))
    , m_count(new QLabel(this))
    , m_list(new QTreeView(this))
    , m_comparison(new ComparisonView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("QuotePanel"));
    m_filter->setSourceModel(m_model);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_speaker->setToolTip(tr("Show the statements of one speaker"));
    m_speaker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_speaker->setMinimumContentsLength(10);
    m_onlyDiffering->setToolTip(tr("Hide statements that every outlet renders with the same words"));
    // Short names, so that the list beside the comparison can stay narrow; the tooltips say more.
    struct Order {
        SortOrder order;
        QString name;
        QString explanation;
    };
    const Order orders[] = {
        { SortOrder::Corpus, tr("Corpus order"), tr("In the order the statements first appear in the corpus") },
        { SortOrder::Divergence, tr("Most divergent"), tr("The statements whose renderings differ most first") },
        { SortOrder::Outlets, tr("Most outlets"), tr("The statements quoted by the most outlets first") },
        { SortOrder::Speaker, tr("By speaker"), tr("By speaker, then in corpus order") },
    };
    for (const Order &o : orders) {
        m_sort->addItem(o.name, QVariant::fromValue(o.order));
        m_sort->setItemData(m_sort->count() - 1, o.explanation, Qt::ToolTipRole);
    }
    m_sort->setToolTip(tr("Sort the statements"));
    m_sort->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setPlaceholderText(tr("Search statements"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Statements with all these words in a rendering, its outlet or the speaker"));
    m_search->setAccessibleName(tr("Search statements"));
    m_export->setText(tr("Export"));
    auto *exportMenu = new QMenu(m_export);
    QAction *exportCurrent = exportMenu->addAction(tr("This Statement\u2026"), this, [this] {
        if (const QString id = m_comparison->statement(); !id.isEmpty())
            exportStatements({ id });
    });
    exportCurrent->setObjectName(QStringLiteral("exportCurrentStatement"));
    QAction *exportShown = exportMenu->addAction(QString(), this, [this] { exportStatements(shownStatements()); });
    exportShown->setObjectName(QStringLiteral("exportShownStatements"));
    QAction *exportAll = exportMenu->addAction(QString(), this, [this] {
        QStringList all;
        if (m_result) {
            for (const Statement &s : m_result->statements)
                all.append(s.id);
        }
        exportStatements(all);
    });
    exportAll->setObjectName(QStringLiteral("exportAllStatements"));
    connect(exportMenu, &QMenu::aboutToShow, this, [this, exportCurrent, exportShown, exportAll] {
        const int shown = m_filter->rowCount();
        const int all = m_result ? int(m_result->statements.size()) : 0;
        exportCurrent->setEnabled(!m_comparison->statement().isEmpty());
        exportShown->setText(tr("The %n Statement(s) Shown\u2026", nullptr, shown));
        exportShown->setEnabled(shown > 0);
        exportShown->setVisible(shown < all);
        exportAll->setText(tr("All %n Statement(s)\u2026", nullptr, all));
        exportAll->setEnabled(all > 0);
    });
    m_export->setMenu(exportMenu);
    m_export->setToolTip(tr("Export the comparison as HTML, CSV or PNG"));

    m_list->setModel(m_filter);
    m_list->setItemDelegate(new StatementListDelegate(m_list));
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Statements"));
    m_list->installEventFilter(this);
    m_comparison->alignmentView()->installEventFilter(this);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_speaker, 1);
    filters->addWidget(m_sort);
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addWidget(m_search);
    leftLayout->addLayout(filters);
    auto *second = new QHBoxLayout;
    second->setContentsMargins(0, 0, 0, 0);
    second->addWidget(m_onlyDiffering, 1);
    second->addWidget(m_export);
    leftLayout->addLayout(second);
    leftLayout->addWidget(m_list, 1);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setToolTip(tr("The bar shows how far the outlets diverge; the figure is the lowest similarity"));
    leftLayout->addWidget(m_count);

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_comparison);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ 280, 920 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_speaker, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setSpeaker(m_speaker->currentData().toString()); });
    connect(m_onlyDiffering, &QCheckBox::toggled, this, [this](bool on) { m_filter->setOnlyDiffering(on); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) { m_filter->setSearchText(text); });
    connect(m_sort, &QComboBox::currentIndexChanged, this,
        [this] { setSortOrder(m_sort->currentData().value<SortOrder>()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { onCurrentChanged(current); });
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_list->indexAt(pos);
        if (index.isValid())
            m_list->setCurrentIndex(index);
        showAnnotateMenu(m_list->viewport()->mapToGlobal(pos), false);
    });
    QWidget *alignment = m_comparison->alignmentView();
    alignment->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(alignment, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        AlignmentView *view = m_comparison->alignmentView();
        const AlignmentLayout::Hit hit = view->hitAt(pos);
        if (hit.rendering >= 0)
            view->setCurrentRendering(hit.rendering);
        showAnnotateMenu(view->viewport()->mapToGlobal(pos), true, hit.column);
    });
    // When filtering hides the current statement, the first one shown becomes current.
    const auto filtered = [this] {
        m_count->setText(tr("%n statement(s)", nullptr, m_filter->rowCount()));
        if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_list->setCurrentIndex(m_filter->index(0, 0));
        else if (!m_list->currentIndex().isValid())
            onCurrentChanged({});
    };
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, filtered);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, filtered);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, filtered);
    connect(m_filter, &QAbstractItemModel::modelReset, this, filtered);
    connect(m_comparison, &ComparisonView::quoteActivated, this, &QuotePanel::quoteActivated);
    setResult(nullptr);
}

QuotePanel::~QuotePanel()
{
    // A worker still building the table stops at its next statement.
    if (m_tableCancel)
        m_tableCancel->store(true);
}

void QuotePanel::setResult(std::shared_ptr<const AnalysisResult> result)
{
    m_result = std::move(result);
    m_comparison->setResult(m_result);
    m_model->setResult(m_result);
    buildTable();
    fillSpeakers();
    setSortOrder(m_sort->currentData().value<SortOrder>());
    m_count->setText(tr("%n statement(s)", nullptr, m_filter->rowCount()));
    if (m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
    else
        onCurrentChanged({});
}

void QuotePanel::buildTable()
{
    if (m_tableCancel)
        m_tableCancel->store(true);
    m_tableCancel.reset();
    if (!m_result)
        return;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_tableCancel = cancel;
    auto *watcher = new QFutureWatcher<StatementTable>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, result = m_result, cancel] {
        watcher->deleteLater();
        if (!cancel->load() && result == m_result)
            m_model->setTable(std::make_shared<const StatementTable>(watcher->result()));
    });
    watcher->setFuture(
        QtConcurrent::run([result = m_result, cancel] { return StatementTable::build(*result, cancel.get()); }));
}

namespace
{
struct SpeakerChoice {
    QString speaker;
    QString label;
};

// The speaker filter's entries, speakers with the most statements first: the ones an analyst is most likely after.
QList<SpeakerChoice> speakerChoices(const AnalysisResult &result)
{
    QMap<QString, int> counts;
    QSet<QString> organisations;
    for (const Statement &s : result.statements) {
        if (!s.speaker.isEmpty())
            ++counts[s.speaker];
    }
    // A speaker is shown as an organisation when a statement of theirs is (SpeakerKindRole): when one
    // of its renderings credits the statement's speaker as one. From the quotes, which name their
    // statement: a pass over every rendering of every statement would hold up a large result.
    for (const Quote &q : result.quotes) {
        if (q.speakerKind != SpeakerKind::Organisation || q.speaker.isEmpty() || organisations.contains(q.speaker))
            continue;
        const int s = result.statementIndex(q.statement);
        if (s >= 0 && result.statements.at(s).speaker == q.speaker)
            organisations.insert(q.speaker);
    }
    QList<std::pair<QString, int>> speakers(counts.keyValueBegin(), counts.keyValueEnd());
    std::stable_sort(
        speakers.begin(), speakers.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QList<SpeakerChoice> choices;
    choices.reserve(speakers.size());
    for (const auto &[speaker, count] : std::as_const(speakers))
        choices.append({ speaker,
            SpeakerLabel::withCount(
                speaker, organisations.contains(speaker) ? SpeakerKind::Organisation : SpeakerKind::Person, count) });
    return choices;
}
}

void QuotePanel::fillSpeakers()
{
    {
        const QSignalBlocker blocker(m_speaker);
        m_speaker->clear();
        m_speaker->addItem(tr("All speakers"), QString());
    }
    m_speakersPending = bool(m_result);
    if (!m_result) {
        m_filter->setSpeaker({});
        return;
    }
    // A pass over every statement and quote (55 ms at 100,000 articles): on a worker. Until the entries are
    // there the filter keeps the speaker it had (or is given), and the menu shows it once listed.
    auto *watcher = new QFutureWatcher<QList<SpeakerChoice>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, result = m_result] {
        watcher->deleteLater();
        if (result != m_result)
            return;
        m_speakersPending = false;
        const QList<SpeakerChoice> choices = watcher->result();
        const QSignalBlocker blocker(m_speaker);
        for (const SpeakerChoice &c : choices)
            m_speaker->addItem(c.label, c.speaker);
        const QString wanted = m_filter->speaker();
        const int keep = wanted.isEmpty() ? 0 : m_speaker->findData(wanted, Qt::UserRole, Qt::MatchFixedString);
        m_speaker->setCurrentIndex(std::max(0, keep));
        m_filter->setSpeaker(m_speaker->currentData().toString());
    });
    watcher->setFuture(QtConcurrent::run([result = m_result] { return speakerChoices(*result); }));
}

void QuotePanel::setSpeakerFilter(const QString &speaker)
{
    const int index = speaker.isEmpty() ? 0 : m_speaker->findData(speaker, Qt::UserRole, Qt::MatchFixedString);
    if (m_speakersPending && index < 0) {
        // Not listed yet: filtered now; the menu selects it when the speakers are listed.
        m_filter->setSpeaker(speaker);
        return;
    }
    m_speaker->setCurrentIndex(std::max(0, index));
    m_filter->setSpeaker(m_speaker->currentData().toString());
}

void QuotePanel::setOnlyDiffering(bool only)
{
    m_onlyDiffering->setChecked(only);
}

void QuotePanel::setSearchText(const QString &text)
{
    m_search->setText(text);
}

QStringList QuotePanel::shownStatements() const
{
    QStringList shown;
    shown.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        shown.append(m_filter->index(row, 0).data(StatementModel::StatementIdRole).toString());
    return shown;
}

void QuotePanel::setSortOrder(SortOrder order)
{
    const int item = m_sort->findData(QVariant::fromValue(order));
    if (item != m_sort->currentIndex()) {
        m_sort->setCurrentIndex(item);
        return;
    }
    switch (order) {
    case SortOrder::Corpus:
        // The model's own order: no sort, so that a new result is not sorted row by row through data().
        m_filter->setSortRole(StatementModel::StatementIndexRole);
        m_filter->sort(-1);
        break;
    case SortOrder::Divergence:
        m_filter->setSortRole(StatementModel::MinSimilarityRole);
        m_filter->sort(0, Qt::AscendingOrder);
        break;
    case SortOrder::Outlets:
        m_filter->setSortRole(StatementModel::OutletCountRole);
        m_filter->sort(0, Qt::DescendingOrder);
        break;
    case SortOrder::Speaker:
        m_filter->setSortRole(StatementModel::SpeakerRole);
        m_filter->sort(0, Qt::AscendingOrder);
        break;
    }
    if (m_list->currentIndex().isValid())
        m_list->scrollTo(m_list->currentIndex());
}

void QuotePanel::selectStatement(const QString &statementId)
{
    if (statementId.isEmpty() || statementId == currentStatementId())
        return;
    // A selection made elsewhere is not echoed back as statementSelected.
    const QScopedValueRollback quiet(m_selectingFromOutside, true);
    // The model's rows are the result's statements: found by id, not by a pass over every row shown.
    const int row = m_result ? m_result->statementIndex(statementId) : -1;
    if (row < 0)
        return;
    for (int pass = 0; pass < 2; ++pass) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid()) {
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index);
            return;
        }
        // Hidden by a filter: show everything, then look again.
        setSpeakerFilter({});
        setOnlyDiffering(false);
        setSearchText({});
    }
}

QString QuotePanel::statementCountText() const
{
    return m_count->text();
}

QString QuotePanel::currentStatementId() const
{
    return m_list->currentIndex().data(StatementModel::StatementIdRole).toString();
}

void QuotePanel::onCurrentChanged(const QModelIndex &current)
{
    const QString statement = current.data(StatementModel::StatementIdRole).toString();
    if (statement == m_comparison->statement())
        return;
    m_comparison->setStatement(statement);
    updateRenderingMarks();
    if (current.isValid() && !m_selectingFromOutside)
        Q_EMIT statementSelected(current.data(StatementModel::StatementIdRole).toString());
}

void QuotePanel::moveStatement(int delta)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() + delta : 0;
    m_list->setCurrentIndex(m_filter->index(std::clamp(row, 0, rows - 1), 0));
}

void QuotePanel::moveRendering(int delta)
{
    m_comparison->moveCurrentRendering(delta);
}

QMenu *QuotePanel::createAnnotateMenu(bool withRendering, QWidget *parent, int segment)
{
    auto *menu = new QMenu(parent);
    const QString statementId = currentStatementId();
    if (statementId.isEmpty())
        return menu;
    const StatementComparison &comparison = m_comparison->comparison();
    const auto &renderings = comparison.renderings;
    const int rendering = comparison.renderingIndex(m_comparison->currentRendering());
    const AlignmentSegments &segments = m_comparison->alignmentView()->segments();
    // Offered once the window takes such requests.
    const bool anchorsTaken = isSignalConnected(QMetaMethod::fromSignal(&QuotePanel::annotateAnchorsRequested));
    if (anchorsTaken && withRendering && m_result && rendering >= 0 && rendering < renderings.size() && segment >= 0
        && segment < segments.count()) {
        const AlignmentSegments::Segment cells = segments.segments().at(segment);
        const CellMark mark = segments.segmentMark(segment, rendering);
        // This rendering's words against the reference's, both anchored, in one step.
        if (isRealDifference(mark) && rendering != comparison.reference) {
            QAction *difference
                = menu->addAction(tr("Annotate This &Difference\u2026"), this, [this, rendering, cells, mark] {
                      const StatementComparison &c = m_comparison->comparison();
                      Q_EMIT annotateAnchorsRequested(DifferenceAnchors::forColumns(*m_result, c,
                                                          { c.reference, rendering }, cells.first, cells.last),
                          DifferenceAnchors::categoryFor(mark));
                  });
            difference->setObjectName(QStringLiteral("annotateDifference"));
        }
        QList<int> differing;
        CellMark first = CellMark::Same;
        for (int r = 0; r < renderings.size(); ++r) {
            const CellMark m = segments.segmentMark(segment, r);
            if (r == comparison.reference || isRealDifference(m)) {
                differing.append(r);
                if (first == CellMark::Same && isRealDifference(m))
                    first = m;
            }
        }
        if (differing.size() > 1) {
            QAction *column = menu->addAction(tr("Annotate These Words in Every Rendering That Differs\u2026"), this,
                [this, differing, cells, first] {
                    Q_EMIT annotateAnchorsRequested(DifferenceAnchors::forColumns(*m_result, m_comparison->comparison(),
                                                        differing, cells.first, cells.last),
                        DifferenceAnchors::categoryFor(first));
                });
            column->setObjectName(QStringLiteral("annotateColumn"));
        }
        if (!menu->isEmpty())
            menu->addSeparator();
    }
    if (withRendering && rendering >= 0 && rendering < renderings.size()) {
        const QString quoteId = renderings.at(rendering).quoteId;
        QAction *quote = menu->addAction(tr("Annotate Discrepancy in This &Rendering…"), this,
            [this, quoteId] { Q_EMIT annotateQuoteRequested(quoteId); });
        quote->setObjectName(QStringLiteral("annotateRendering"));
    }
    QAction *statement = menu->addAction(tr("&Annotate Discrepancy in Statement…"), this,
        [this, statementId] { Q_EMIT annotateStatementRequested(statementId); });
    statement->setObjectName(QStringLiteral("annotateStatement"));
    return menu;
}

void QuotePanel::showAnnotateMenu(const QPoint &globalPos, bool withRendering, int segment)
{
    std::unique_ptr<QMenu> menu(createAnnotateMenu(withRendering, this, segment));
    if (!menu->isEmpty())
        menu->exec(globalPos);
}

void QuotePanel::setAnnotations(std::shared_ptr<const AnnotationLookup> annotations)
{
    m_model->setAnnotations(std::move(annotations));
    updateRenderingMarks();
}

void QuotePanel::updateRenderingMarks()
{
    // The current statement's rendering rows say which renderings are annotated.
    const QModelIndex statement = m_filter->mapToSource(m_list->currentIndex());
    QHash<QString, int> counts;
    for (int row = 0; statement.isValid() && row < m_model->rowCount(statement); ++row) {
        const QModelIndex rendering = m_model->index(row, 0, statement);
        if (const int n = rendering.data(StatementModel::AnnotationCountRole).toInt(); n > 0)
            counts.insert(rendering.data(StatementModel::QuoteIdRole).toString(), n);
    }
    m_comparison->alignmentView()->setAnnotatedQuotes(counts);
}

bool QuotePanel::eventFilter(QObject *watched, QEvent *event)
{
    const bool onList = watched == m_list;
    if (event->type() == QEvent::ShortcutOverride) {
        // Copy means "copy the rendering as a citation" in the list and the alignment, not the item's text.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            event->accept();
            return true;
        }
    } else if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            m_comparison->copyCitation();
            return true;
        }
        switch (key->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
            if (onList) {
                moveRendering(key->key() == Qt::Key_Left ? -1 : 1);
                return true;
            }
            break;
        case Qt::Key_Up:
        case Qt::Key_Down:
            if (!onList) {
                moveStatement(key->key() == Qt::Key_Up ? -1 : 1);
                return true;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (onList) {
                m_comparison->alignmentView()->setFocus();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QuotePanel::exportStatements(const QStringList &statementIds)
{
    if (!m_result || statementIds.isEmpty())
        return;
    const QList<ExportFileDialog::FileType> types { { tr("Web page"), QStringLiteral("html") },
        { tr("Spreadsheet"), QStringLiteral("csv") }, { tr("Image"), QStringLiteral("png") } };
    QString path = statementIds.size() == 1 ? statementIds.constFirst() + QStringLiteral(".html")
                                            : tr("statements") + QStringLiteral(".html");
    // Until it is written or the analyst gives up: a failed export asks again, with the same name.
    while (true) {
        path = ExportFileDialog::getSaveFileName(this, tr("Export Statements"), path, types);
        if (path.isEmpty())
            return;
        const auto format = QuoteExporter::formatFor(path);
        if (!format) {
            QMessageBox::warning(this, tr("Export failed"), tr("Use the extension .html, .csv or .png."));
            continue;
        }
        const Error written = QuoteExporter(m_result, QuotePanelImage::render).write(path, *format, statementIds);
        if (written.ok())
            return;
        QMessageBox::warning(this, tr("Export failed"), written.message);
    }
}

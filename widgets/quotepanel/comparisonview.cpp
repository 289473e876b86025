// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotepanel/comparisonview.h"

#include "common/dropdownbutton.h"
#include "presentation/comparisonhtml.h"
#include "quotepanel/alignmentview.h"
#include "quotepanel/contextview.h"
#include "quotepanel/difflegend.h"
#include "quotepanel/quotecitation.h"

#include <QAbstractListModel>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_reference(new QComboBox(this))
    , m_view(new DropDownButton(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_alignment(new AlignmentView(m_splitter))
    , m_context(new ContextView(m_splitter))
    , m_legend(new DiffLegend(this))
{
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *referenceLabel = new QLabel(tr("&Reference:"), this);
    referenceLabel->setBuddy(m_reference);
    m_reference->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Short: the combo grows with the panel, and a wide minimum would squeeze the window's docks.
    m_reference->setMinimumContentsLength(10);
    m_reference->setToolTip(tr("The rendering the others are compared with"));
    // The less used choices share one button, so that the row stays narrow beside the statement
    // list and the article view.
    auto *viewMenu = new QMenu(m_view);
    m_transpose = viewMenu->addAction(tr("Outlets as &Columns"));
    m_transpose->setObjectName(QStringLiteral("transposeAlignment"));
    m_transpose->setCheckable(true);
    m_transpose->setToolTip(tr("Show one column per outlet instead of one row"));
    m_normalisation = viewMenu->addAction(tr("Mark &Spelling and Punctuation"));
    m_normalisation->setObjectName(QStringLiteral("showNormalisation"));
    m_normalisation->setCheckable(true);
    m_normalisation->setChecked(true);
    m_normalisation->setToolTip(tr("Mark differences of spelling, case and punctuation (quietly)"));
    viewMenu->addSeparator();
    QAction *copy = viewMenu->addAction(tr("Copy C&itation"), this, &ComparisonView::copyCitation);
    copy->setObjectName(QStringLiteral("copyCitation"));
    copy->setToolTip(tr("Copy the selected rendering with its outlet and URL (Ctrl+C)"));
    viewMenu->setToolTipsVisible(true);
    m_view->setText(tr("View"));
    m_view->setToolTip(tr("Outlets as columns, spelling differences, copy citation"));
    m_view->setMenu(viewMenu);

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(referenceLabel);
    controls->addWidget(m_reference, 1);
    controls->addWidget(m_view);

    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_header);
    layout->addLayout(controls);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_legend);

    connect(m_reference, &QComboBox::activated, this,
        [this](int index) { setReference(m_reference->itemData(index).toString()); });
    connect(m_transpose, &QAction::toggled, this, [this](bool on) {
        m_alignment->setOrientation(
            on ? AlignmentLayout::Orientation::RenderingsAsColumns : AlignmentLayout::Orientation::RenderingsAsRows);
    });
    connect(m_normalisation, &QAction::toggled, this, [this](bool on) {
        m_alignment->setShowNormalisation(on);
        m_legend->setShowNormalisation(on);
    });
    connect(m_alignment, &AlignmentView::currentRenderingChanged, this, [this](int rendering) {
        m_context->setCurrentRendering(rendering);
        Q_EMIT currentRenderingChanged(m_comparison.renderings.value(rendering).quoteId);
    });
    connect(m_alignment, &AlignmentView::renderingActivated, this, &ComparisonView::activate);
    connect(m_context, &ContextView::renderingActivated, this, [this](int rendering) {
        setCurrentIndex(rendering);
        activate(rendering);
    });
    setStatement({});
}

ComparisonView::~ComparisonView() = default;

void ComparisonView::setResult(std::shared_ptr<const AnalysisResult> result)
{
    m_result = std::move(result);
    m_diff = m_result ? std::make_unique<RenderingDiff>(*m_result) : nullptr;
    setStatement({});
}

namespace
{
// Statements with more renderings than this are compared on a worker: wire copy quoted by thousands of
// outlets takes hundreds of milliseconds to compare. Smaller ones are shown at once, without a moment of
// an empty panel.
constexpr int ComparedAtOnce = 200;

// The Reference box's entries: outlet, number among the outlet's renderings, and the gist of the words.
QStringList referenceLabels(const StatementComparison &comparison)
{
    QStringList labels;
    labels.reserve(comparison.renderings.size());
    for (int i = 0; i < comparison.renderings.size(); ++i) {
        const RenderingView &r = comparison.renderings.at(i);
        labels.append(
            QStringLiteral("%1%2 \u2014 %3")
                .arg(r.outlet, ComparisonHtml::renderingNumber(comparison, i), RenderingDiff::gistOf(r.text, 50)));
    }
    return labels;
}

// The Reference box's entries as two lists handed over whole: thousands of QStandardItems took a fifth of the GUI
// thread's time to show a statement quoted by thousands of outlets.
class ReferenceEntries : public QAbstractListModel
{
public:
    ReferenceEntries(QStringList labels, QStringList quoteIds, QObject *parent)
        : QAbstractListModel(parent)
        , m_labels(std::move(labels))
        , m_quoteIds(std::move(quoteIds))
    {
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_labels.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_labels.size())
            return {};
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return m_labels.at(index.row());
        case Qt::UserRole:
            return m_quoteIds.at(index.row());
        default:
            return {};
        }
    }
    // QComboBox::clear() empties the box through this.
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override
    {
        if (parent.isValid() || row < 0 || count <= 0 || row + count > m_labels.size())
            return false;
        beginRemoveRows({}, row, row + count - 1);
        m_labels.remove(row, count);
        m_quoteIds.remove(row, count);
        endRemoveRows();
        return true;
    }

private:
    QStringList m_labels;
    QStringList m_quoteIds;
};
}

struct ComparisonView::Compared {
    StatementComparison comparison;
    QStringList labels;
};

void ComparisonView::setStatement(const QString &statementId)
{
    const int statementIndex = m_diff && !statementId.isEmpty() ? m_result->statementIndex(statementId) : -1;
    if (statementIndex < 0) {
        ++m_request;
        m_statementId.clear();
        m_comparison = {};
        m_header->setText(QStringLiteral("<i>%1</i>").arg(tr("No statement selected.")));
        m_reference->clear();
        m_reference->setEnabled(false);
        m_alignment->setComparison(m_comparison);
        m_context->setComparison(m_comparison);
        return;
    }
    // The reference the analyst chose for this statement, if they did, is kept; the first view opens at it.
    compare(statementId, m_chosenReferences.value(statementId), -1);
}

void ComparisonView::compare(QString statementId, QString referenceQuoteId, int current)
{
    const int request = ++m_request;
    m_statementId = statementId;
    const int renderings = int(m_result->statements.at(m_result->statementIndex(statementId)).quotes.size());
    if (renderings <= ComparedAtOnce) {
        StatementComparison comparison = m_diff->compare(statementId, referenceQuoteId);
        QStringList labels = referenceLabels(comparison);
        showCompared({ std::move(comparison), std::move(labels) }, current);
        return;
    }
    m_comparison = {};
    m_header->setText(QStringLiteral("<i>%1</i>").arg(tr("Comparing %n rendering(s)\u2026", nullptr, renderings)));
    m_reference->clear();
    m_reference->setEnabled(false);
    m_alignment->setComparison(m_comparison);
    m_context->setComparison(m_comparison);
    auto *watcher = new QFutureWatcher<Compared>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, current] {
        watcher->deleteLater();
        // Only the last statement asked for is shown.
        if (request == m_request)
            showCompared(watcher->result(), current);
    });
    watcher->setFuture(QtConcurrent::run(
        [result = m_result, statementId = std::move(statementId), referenceQuoteId = std::move(referenceQuoteId)] {
            StatementComparison comparison = RenderingDiff(*result).compare(statementId, referenceQuoteId);
            QStringList labels = referenceLabels(comparison);
            return Compared { std::move(comparison), std::move(labels) };
        }));
}

void ComparisonView::showCompared(Compared compared, int current)
{
    m_comparison = std::move(compared.comparison);
    m_header->setText(ComparisonHtml::statementHeader(m_comparison));
    const int shown = current >= 0 && current < m_comparison.renderings.size() ? current : m_comparison.reference;
    m_alignment->setComparison(m_comparison);
    m_context->setComparison(m_comparison, shown);
    QStringList quoteIds;
    quoteIds.reserve(m_comparison.renderings.size());
    for (const RenderingView &r : std::as_const(m_comparison.renderings))
        quoteIds.append(r.quoteId);
    auto *entries = new ReferenceEntries(std::move(compared.labels), std::move(quoteIds), m_reference);
    {
        const QSignalBlocker blocker(m_reference);
        m_reference->setModel(entries);
        m_reference->setCurrentIndex(m_comparison.reference);
        m_reference->setEnabled(m_comparison.renderings.size() > 1);
    }
    setCurrentIndex(shown);
    fitSplitter();
}

void ComparisonView::fitSplitter()
{
    // The alignment as tall as its content, within reason; the context cards get the rest.
    const int total = m_splitter->height();
    if (total <= 0)
        return;
    const int wanted = m_alignment->contentSize().height() + 2 * m_alignment->frameWidth() + 2;
    const int alignment = std::clamp(wanted, total / 5, total * 3 / 5);
    m_splitter->setSizes({ alignment, total - alignment });
}

void ComparisonView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitSplitter();
}

QString ComparisonView::reference() const
{
    return m_comparison.reference >= 0 ? m_comparison.renderings.at(m_comparison.reference).quoteId : QString();
}

void ComparisonView::setReference(const QString &quoteId)
{
    const QList<RenderingView> &renderings = m_comparison.renderings;
    if (!m_comparison.isValid()
        || std::none_of(renderings.cbegin(), renderings.cend(),
            [&quoteId](const RenderingView &r) { return r.quoteId == quoteId; }))
        return;
    m_chosenReferences.insert(m_comparison.statementId, quoteId);
    // The current rendering stays current against the new reference.
    compare(m_comparison.statementId, quoteId, currentIndex());
}

void ComparisonView::setOrientation(AlignmentLayout::Orientation orientation)
{
    m_transpose->setChecked(orientation == AlignmentLayout::Orientation::RenderingsAsColumns);
}

AlignmentLayout::Orientation ComparisonView::orientation() const
{
    return m_alignment->orientation();
}

void ComparisonView::setShowNormalisation(bool show)
{
    m_normalisation->setChecked(show);
}

bool ComparisonView::showNormalisation() const
{
    return m_alignment->showNormalisation();
}

QString ComparisonView::currentRendering() const
{
    const int current = currentIndex();
    return current >= 0 && current < m_comparison.renderings.size() ? m_comparison.renderings.at(current).quoteId
                                                                    : QString();
}

void ComparisonView::setCurrentRendering(const QString &quoteId)
{
    if (const int rendering = m_comparison.renderingIndex(quoteId); rendering >= 0)
        setCurrentIndex(rendering);
}

void ComparisonView::moveCurrentRendering(int delta)
{
    const int last = int(m_comparison.renderings.size()) - 1;
    if (last >= 0)
        setCurrentIndex(std::clamp(currentIndex() + delta, 0, last));
}

int ComparisonView::currentIndex() const
{
    return m_alignment->currentRendering();
}

void ComparisonView::setCurrentIndex(int rendering)
{
    m_alignment->setCurrentRendering(rendering);
    m_context->setCurrentRendering(m_alignment->currentRendering());
}

QString ComparisonView::currentCitation() const
{
    const int current = currentIndex();
    if (current < 0 || current >= m_comparison.renderings.size())
        return {};
    return QuoteCitation::text(m_comparison.renderings.at(current), m_comparison.speaker);
}

void ComparisonView::copyCitation() const
{
    const QString citation = currentCitation();
    if (!citation.isEmpty())
        QApplication::clipboard()->setText(citation);
}

void ComparisonView::activate(int rendering)
{
    if (rendering < 0 || rendering >= m_comparison.renderings.size())
        return;
    const RenderingView &r = m_comparison.renderings.at(rendering);
    if (!r.quoteId.isEmpty())
        Q_EMIT quoteActivated(r.quoteId);
}

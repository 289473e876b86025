// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/statementmodel.h"

#include <QSet>

#include <algorithm>
#include <limits>
#include <utility>

namespace
{
// Statement rows carry internal id 0; rendering rows carry their statement's row + 1.
constexpr quintptr StatementRowId = 0;
}

StatementModel::StatementModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void StatementModel::setResult(std::shared_ptr<const AnalysisResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    m_table.reset();
    const qsizetype n = m_result ? m_result->statements.size() : 0;
    m_lazy = {};
    m_lazy.similarity.resize(n);
    m_lazy.minSimilarity.fill(std::numeric_limits<double>::quiet_NaN(), n);
    m_lazy.outletCount.fill(-1, n);
    m_lazySimilarity.fill(false, n);
    m_lazySpeakerKind.fill(-1, n);
    m_standIns = false;
    endResetModel();
}

void StatementModel::setTable(const std::shared_ptr<const StatementTable> &table)
{
    if (!m_result || !table || !table->isComplete(*m_result))
        return;
    // The same values as the rows worked out so far, but for large statements' stand-in similarities.
    m_table = table;
    m_lazy = {};
    m_lazySimilarity.clear();
    m_lazySpeakerKind.clear();
    if (std::exchange(m_standIns, false) && rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), { MinSimilarityRole });
}

const QList<double> &StatementModel::similarity(int row) const
{
    if (m_table)
        return m_table->similarity.at(row);
    if (!m_lazySimilarity.at(row)) {
        // Scoring thousands of renderings piece by piece takes hundreds of milliseconds: for such a statement
        // the analysis's own similarities stand in until the table's worker has scored it.
        const Statement &s = m_result->statements.at(row);
        const bool large = s.quotes.size() > LargestScoredAtOnce;
        m_lazy.similarity[row] = large ? s.similarity : StatementTable::similarityOf(*m_result, s);
        m_standIns = m_standIns || large;
        m_lazy.minSimilarity[row] = StatementTable::lowest(m_lazy.similarity.at(row));
        m_lazySimilarity[row] = true;
    }
    return m_lazy.similarity.at(row);
}

double StatementModel::minSimilarity(int row) const
{
    if (m_table)
        return m_table->minSimilarity.at(row);
    similarity(row);
    return m_lazy.minSimilarity.at(row);
}

int StatementModel::outletCount(int row) const
{
    if (m_table)
        return m_table->outletCount.at(row);
    if (m_lazy.outletCount.at(row) < 0)
        m_lazy.outletCount[row] = StatementTable::outletCountOf(*m_result, m_result->statements.at(row));
    return m_lazy.outletCount.at(row);
}

SpeakerKind StatementModel::speakerKind(int row) const
{
    if (m_table)
        return m_table->speakerKind.at(row);
    if (m_lazySpeakerKind.at(row) < 0)
        m_lazySpeakerKind[row] = int(StatementTable::speakerKindOf(*m_result, m_result->statements.at(row)));
    return SpeakerKind(m_lazySpeakerKind.at(row));
}

namespace
{
// Keys whose value differs between two count tables.
QSet<int> changedKeys(const QHash<int, int> &before, const QHash<int, int> &after)
{
    QSet<int> changed;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (after.value(it.key()) != *it)
            changed.insert(it.key());
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            changed.insert(it.key());
    }
    return changed;
}
}

void StatementModel::setAnnotations(std::shared_ptr<const AnnotationLookup> annotations)
{
    const AnnotationLookup none;
    const AnnotationLookup &before = m_annotations ? *m_annotations : none;
    const AnnotationLookup &after = annotations ? *annotations : none;
    QSet<int> rows = changedKeys(before.statements, after.statements);
    const QSet<int> quotes = changedKeys(before.quotes, after.quotes);
    if (m_result && !quotes.isEmpty()) {
        QHash<QString, int> statementRows;
        for (int i = 0; i < m_result->statements.size(); ++i)
            statementRows.insert(m_result->statements.at(i).id, i);
        for (int q : quotes) {
            if (q < m_result->quotes.size())
                rows.insert(statementRows.value(m_result->quotes.at(q).statement, -1));
        }
    }
    m_annotations = std::move(annotations);
    for (int row : std::as_const(rows)) {
        if (row < 0 || row >= rowCount())
            continue;
        const QModelIndex statement = index(row, 0);
        Q_EMIT dataChanged(statement, statement, { AnnotationCountRole });
        if (const int children = rowCount(statement); children > 0)
            Q_EMIT dataChanged(index(0, 0, statement), index(children - 1, 0, statement), { AnnotationCountRole });
    }
}

const Statement *StatementModel::statement(const QModelIndex &index) const
{
    if (!m_result || !index.isValid() || index.model() != this)
        return nullptr;
    const int row = index.internalId() == StatementRowId ? index.row() : int(index.internalId() - 1);
    return row >= 0 && row < m_result->statements.size() ? &m_result->statements.at(row) : nullptr;
}

const Quote *StatementModel::quote(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == StatementRowId)
        return nullptr;
    const Statement *s = statement(index);
    if (!s || index.row() >= s->quotes.size())
        return nullptr;
    const int q = m_result->quoteIndex(s->quotes.at(index.row()));
    return q >= 0 ? &m_result->quotes.at(q) : nullptr;
}

QString StatementModel::gist(const QString &text, int maxChars)
{
    QString simple = text.simplified();
    if (simple.size() <= maxChars)
        return simple;
    qsizetype cut = simple.lastIndexOf(u' ', maxChars);
    if (cut <= maxChars / 2)
        cut = maxChars;
    return simple.left(cut) + u'\u2026';
}

QString StatementModel::context(const Article &article, TextSpan span)
{
    TextSpan around = span;
    for (const TextSpan &s : article.sentences) {
        if (s.start >= span.end)
            break;
        if (s.overlaps(span) || s.contains(span.start)) {
            around.start = std::min(around.start, s.start);
            around.end = std::max(around.end, s.end);
        }
    }
    if (around == span) {
        for (const TextSpan &p : article.paragraphs) {
            if (p.contains(span.start)) {
                around = { p.start, std::max(p.end, span.end) };
                break;
            }
        }
    }
    return article.slice(around).toString().simplified();
}

bool StatementModel::differs(const Statement &statement)
{
    if (!statement.conflicts.isEmpty())
        return true;
    return std::any_of(statement.alignment.cbegin(), statement.alignment.cend(),
        [](const AlignmentColumn &c) { return c.kind != DiffKind::Same && c.kind != DiffKind::Normalisation; });
}

QModelIndex StatementModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, StatementRowId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex StatementModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == StatementRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, StatementRowId);
}

int StatementModel::rowCount(const QModelIndex &parent) const
{
    if (!m_result || parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_result->statements.size());
    if (parent.internalId() != StatementRowId)
        return 0;
    return int(m_result->statements.at(parent.row()).quotes.size());
}

int StatementModel::columnCount(const QModelIndex & /*parent*/) const
{
    return 1;
}

QVariant StatementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_result)
        return {};
    if (index.internalId() == StatementRowId)
        return statementData(index.row(), role);
    return renderingData(int(index.internalId() - 1), index.row(), role);
}

QString StatementModel::speakerText(const QString &speaker) const
{
    return speaker.isEmpty() ? tr("Unknown speaker") : speaker;
}

QString StatementModel::outletOf(int articleIndex) const
{
    if (articleIndex < 0 || articleIndex >= m_result->corpus.articles.size())
        return {};
    const Article &a = m_result->corpus.articles.at(articleIndex);
    return a.outlet.isEmpty() ? a.id : a.outlet;
}

QVariant StatementModel::statementData(int row, int role) const
{
    const Statement &s = m_result->statements.at(row);
    // Looked up only for the roles that show it: sorting and filtering ask the others for every row.
    const auto referenceText = [&] {
        const int ref = m_result->quoteIndex(s.reference);
        return ref >= 0 ? m_result->quotes.at(ref).text : QString();
    };
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1: %2").arg(speakerText(s.speaker), gist(referenceText()));
    case Qt::ToolTipRole:
        return tr("%1\n%2 renderings in %3 outlets")
            .arg(speakerText(s.speaker))
            .arg(s.quotes.size())
            .arg(outletCount(row));
    case StatementIdRole:
        return s.id;
    case SpeakerRole:
        return s.speaker;
    case SpeakerKindRole:
        return int(speakerKind(row));
    case GistRole:
        return gist(referenceText());
    case OutletCountRole:
        return outletCount(row);
    case RenderingCountRole:
        return int(s.quotes.size());
    case MinSimilarityRole:
        return minSimilarity(row);
    case HasConflictRole:
        return !s.conflicts.isEmpty();
    case AlignmentRole:
        return QVariant::fromValue(s.alignment);
    case ReferenceQuoteIdRole:
        return s.reference;
    case StatementIndexRole:
        return row;
    case AnnotationCountRole:
        return m_annotations ? m_annotations->statement(row) : 0;
    default:
        return {};
    }
}

QVariant StatementModel::renderingData(int statementRow, int row, int role) const
{
    const Statement &s = m_result->statements.at(statementRow);
    const QString &id = s.quotes.at(row);
    const int qi = m_result->quoteIndex(id);
    if (qi < 0)
        return role == QuoteIdRole ? QVariant(id) : QVariant();
    if (role == AnnotationCountRole)
        return m_annotations ? m_annotations->quote(qi) : 0;
    const Quote &q = m_result->quotes.at(qi);
    const bool validArticle = q.article >= 0 && q.article < m_result->corpus.articles.size();
    switch (role) {
    case Qt::DisplayRole:
    case QuoteTextRole:
        return q.text;
    case Qt::ToolTipRole:
        return tr("%1 — %2\n%3").arg(outletOf(q.article), speakerText(q.speaker), q.speakerCue);
    case SpeakerRole:
        return q.speaker;
    case SpeakerKindRole:
        return int(q.speakerKind);
    case StatementIndexRole:
        return statementRow;
    case StatementIdRole:
        return s.id;
    case QuoteIdRole:
        return q.id;
    case ArticleIndexRole:
        return q.article;
    case ArticleIdRole:
        return validArticle ? m_result->corpus.articles.at(q.article).id : QString();
    case OutletRole:
        return outletOf(q.article);
    case SimilarityRole:
        return similarity(statementRow).value(row, 1.0);
    case KindRole:
        return quoteKindName(q.kind);
    case SpanStartRole:
        return q.span.start;
    case SpanEndRole:
        return q.span.end;
    case SpeakerCueRole:
        return q.speakerCue;
    case IsReferenceRole:
        return q.id == s.reference;
    case ContextRole:
        return validArticle ? context(m_result->corpus.articles.at(q.article), q.span) : QString();
    case UrlRole:
        return validArticle ? m_result->corpus.articles.at(q.article).url : QString();
    default:
        return {};
    }
}

QVariant StatementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Statement");
    return {};
}

QHash<int, QByteArray> StatementModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({ { StatementIdRole, "statementId" }, { SpeakerRole, "speaker" }, { SpeakerKindRole, "speakerKind" },
        { GistRole, "gist" }, { OutletCountRole, "outletCount" }, { RenderingCountRole, "renderingCount" },
        { MinSimilarityRole, "minSimilarity" }, { HasConflictRole, "hasConflict" }, { AlignmentRole, "alignment" },
        { ReferenceQuoteIdRole, "referenceQuoteId" }, { StatementIndexRole, "statementIndex" },
        { QuoteIdRole, "quoteId" }, { ArticleIndexRole, "articleIndex" }, { ArticleIdRole, "articleId" },
        { OutletRole, "outlet" }, { QuoteTextRole, "quoteText" }, { SimilarityRole, "similarity" },
        { KindRole, "kind" }, { SpanStartRole, "spanStart" }, { SpanEndRole, "spanEnd" },
        { SpeakerCueRole, "speakerCue" }, { IsReferenceRole, "isReference" }, { ContextRole, "context" },
        { UrlRole, "url" }, { AnnotationCountRole, "annotationCount" } });
    return names;
}

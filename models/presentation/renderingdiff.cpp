// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentation/renderingdiff.h"

#include "language/characters.h"
#include "language/suffixrules.h"
#include "language/wordtokenizer.h"
#include "presentation/piecesimilarity.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace
{
bool isGap(const QString &cell)
{
    return cell.trimmed().isEmpty();
}

QString cellAt(const QList<AlignmentColumn> &columns, int column, int rendering)
{
    const AlignmentCells &cells = columns.at(column).cells;
    return rendering >= 0 && rendering < cells.size() ? cells.at(rendering) : QString();
}

// First and last column where `rendering` has words, or {-1, -1}.
std::pair<int, int> coverage(const QList<AlignmentColumn> &columns, int rendering)
{
    int first = -1;
    int last = -1;
    for (int c = 0; c < columns.size(); ++c) {
        if (!isGap(cellAt(columns, c, rendering))) {
            if (first < 0)
                first = c;
            last = c;
        }
    }
    return { first, last };
}

bool inside(std::pair<int, int> range, int column)
{
    return range.first >= 0 && column >= range.first && column <= range.second;
}

// Folds the common British/American spelling pairs; applied to both sides, so it only ever joins variants.
QString foldSpelling(QString word)
{
    static const SuffixRules spellings(QStringLiteral("normalization/spellings"));
    if (word.size() >= 6)
        spellings.apply(word, 3);
    return word;
}

QStringList words(QStringView cell)
{
    return RenderingDiff::normalised(cell).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// A cell counts as moved when most of its words (at least one of them not a short function word)
// turn up among the words the other rendering has where this one has a gap.
bool looksMoved(const QStringList &cellWords, const QHash<QString, int> &elsewhere)
{
    if (cellWords.isEmpty())
        return false;
    int found = 0;
    bool substantial = false;
    for (const QString &w : cellWords) {
        if (elsewhere.contains(w)) {
            ++found;
            substantial = substantial || w.size() >= 4;
        }
    }
    return substantial && 2 * qsizetype(found) >= cellWords.size();
}
}

QString cellMarkName(CellMark mark)
{
    switch (mark) {
    case CellMark::Same:
        return QStringLiteral("same");
    case CellMark::Normalisation:
        return QStringLiteral("normalisation");
    case CellMark::Substitution:
        return QStringLiteral("substitution");
    case CellMark::Insertion:
        return QStringLiteral("insertion");
    case CellMark::Omission:
        return QStringLiteral("omission");
    case CellMark::Reordering:
        return QStringLiteral("reordering");
    case CellMark::Outside:
        return QStringLiteral("outside");
    case CellMark::Empty:
        return QStringLiteral("empty");
    }
    return {};
}

bool isRealDifference(CellMark mark)
{
    return mark == CellMark::Substitution || mark == CellMark::Insertion || mark == CellMark::Omission
        || mark == CellMark::Reordering;
}

QList<CellMark> RenderingView::differences() const
{
    QList<CellMark> found;
    for (CellMark m : { CellMark::Substitution, CellMark::Insertion, CellMark::Omission, CellMark::Reordering }) {
        if (marks.contains(m))
            found.append(m);
    }
    return found;
}

bool StatementComparison::hasDifferences() const
{
    return std::any_of(
        renderings.cbegin(), renderings.cend(), [](const RenderingView &r) { return !r.differences().isEmpty(); });
}

int StatementComparison::renderingIndex(const QString &quoteId) const
{
    if (quoteId.isEmpty())
        return -1;
    const auto found = std::find_if(
        renderings.cbegin(), renderings.cend(), [&quoteId](const RenderingView &r) { return r.quoteId == quoteId; });
    return found == renderings.cend() ? -1 : int(found - renderings.cbegin());
}

RenderingDiff::RenderingDiff(const AnalysisResult &result)
    : m_result(result)
{
}

QList<CellMark> RenderingDiff::marks(const QList<AlignmentColumn> &columns, int rendering, int reference)
{
    const int n = int(columns.size());
    QList<CellMark> out(n, CellMark::Empty);
    const auto own = coverage(columns, rendering);
    const auto ref = coverage(columns, reference);
    if (rendering == reference) {
        for (int c = 0; c < n; ++c)
            out[c] = isGap(cellAt(columns, c, rendering)) ? CellMark::Empty : CellMark::Same;
        return out;
    }

    QHash<QString, int> insertedWords;
    QHash<QString, int> omittedWords;
    for (int c = 0; c < n; ++c) {
        const QString mine = cellAt(columns, c, rendering);
        const QString theirs = cellAt(columns, c, reference);
        const bool haveMine = !isGap(mine);
        const bool haveTheirs = !isGap(theirs);
        if (!haveMine && !haveTheirs)
            continue;
        // Beyond the part a rendering quotes, a gap is partial quoting, not a change of words; unless the
        // collation calls the words there an addition, which one rendering has and the other has not.
        // Words of this rendering beyond the reference are always shown, as words the reference lacks.
        const bool added = columns.at(c).kind == DiffKind::Insertion;
        if (!haveMine && !inside(own, c)) {
            out[c] = added ? CellMark::Omission : CellMark::Outside;
        } else if (!haveTheirs && !inside(ref, c)) {
            out[c] = CellMark::Insertion;
        } else if (!haveMine) {
            out[c] = CellMark::Omission;
            for (const QString &w : words(theirs))
                ++omittedWords[w];
        } else if (!haveTheirs) {
            out[c] = CellMark::Insertion;
            for (const QString &w : words(mine))
                ++insertedWords[w];
        } else if (mine == theirs) {
            out[c] = CellMark::Same;
        } else if (columns.at(c).kind == DiffKind::Normalisation || normalised(mine) == normalised(theirs)) {
            out[c] = CellMark::Normalisation;
        } else {
            out[c] = CellMark::Substitution;
        }
        // The collation already decided that this column moved; keep that over a local guess.
        if (columns.at(c).kind == DiffKind::Reordering && isRealDifference(out.at(c)))
            out[c] = CellMark::Reordering;
    }

    // Words that one rendering has here and the other there: a move, not an insertion plus an omission.
    for (int c = 0; c < n; ++c) {
        if ((out.at(c) == CellMark::Insertion && looksMoved(words(cellAt(columns, c, rendering)), omittedWords))
            || (out.at(c) == CellMark::Omission && looksMoved(words(cellAt(columns, c, reference)), insertedWords)))
            out[c] = CellMark::Reordering;
    }
    return out;
}

double RenderingDiff::similarity(
    const QList<AlignmentColumn> &columns, const QList<CellMark> &marks, int rendering, int reference)
{
    double total = 0;
    double matched = 0;
    for (int c = 0; c < columns.size() && c < marks.size(); ++c) {
        const int w = std::max(wordCount(cellAt(columns, c, rendering)), wordCount(cellAt(columns, c, reference)));
        if (w == 0)
            continue;
        total += w;
        switch (marks.at(c)) {
        case CellMark::Same:
        case CellMark::Normalisation:
            matched += w;
            break;
        case CellMark::Reordering:
            // The words are there, in another place.
            matched += w / 2.0;
            break;
        default:
            break;
        }
    }
    if (total == 0)
        return rendering == reference ? 1.0 : 0.0;
    return matched / total;
}

QString RenderingDiff::normalised(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    QString word;
    const auto flush = [&] {
        if (word.isEmpty())
            return;
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += foldSpelling(word);
        word.clear();
    };
    for (const QChar ch : decomposed) {
        if (ch.isLetterOrNumber()) {
            word += ch;
        } else if (ch.isMark() || Characters::isApostrophe(ch)) {
            // Accents fold away, and apostrophes join: don't / dont, Kim's / Kims.
            continue;
        } else {
            flush();
        }
    }
    flush();
    return out;
}

QList<int> RenderingDiff::columnWeights(const QList<AlignmentColumn> &columns)
{
    QList<int> weights;
    weights.reserve(columns.size());
    for (const AlignmentColumn &column : columns) {
        int w = 1;
        for (const QString &cell : column.cells)
            w = std::max(w, wordCount(cell));
        weights.append(w);
    }
    return weights;
}

int RenderingDiff::wordCount(QStringView cell)
{
    int count = 0;
    qsizetype i = 0;
    while (i < cell.size()) {
        if (cell.at(i).isLetterOrNumber()) {
            ++count;
            i = WordTokenizer::wordEnd(cell, i);
        } else {
            ++i;
        }
    }
    return count;
}

QString RenderingDiff::contextOf(
    const Article &article, TextSpan span, TextSpan cue, TextSpan *quoteInContext, TextSpan *cueInContext)
{
    const int textSize = int(article.text().size());
    span.start = std::clamp(span.start, 0, textSize);
    span.end = std::clamp(span.end, span.start, textSize);
    const TextSpans &sentences = article.sentences;
    auto first = std::upper_bound(
        sentences.cbegin(), sentences.cend(), span.start, [](int pos, const TextSpan &s) { return pos < s.end; });
    auto last = first;
    while (last != sentences.cend() && last->start < std::max(span.end, span.start + 1))
        ++last;
    TextSpan ctx;
    if (first != last) {
        ctx = { first->start, std::prev(last)->end };
        // Widen to a cue in the sentence just before or after, as in "… he said. “…”".
        if (!cue.isEmpty() && !ctx.contains(cue)) {
            if (first != sentences.cbegin() && std::prev(first)->contains(cue))
                ctx.start = std::prev(first)->start;
            else if (last != sentences.cend() && last->contains(cue))
                ctx.end = last->end;
        }
    } else {
        auto para = std::find_if(article.paragraphs.cbegin(), article.paragraphs.cend(),
            [&](const TextSpan &p) { return p.contains(span.start); });
        ctx = para != article.paragraphs.cend() ? *para : TextSpan { span.start - 150, span.end + 150 };
    }
    ctx.start = std::clamp(std::min(ctx.start, span.start), 0, textSize);
    ctx.end = std::clamp(std::max(ctx.end, span.end), ctx.start, textSize);

    // A very long paragraph is cut to a window around the quote, at spaces.
    constexpr int margin = 220;
    QString prefix;
    QString suffix;
    if (ctx.start < span.start - margin) {
        const int cut = int(article.text().indexOf(QLatin1Char(' '), span.start - margin));
        if (cut >= 0 && cut < span.start) {
            ctx.start = cut + 1;
            prefix = QStringLiteral("\u2026");
        }
    }
    if (ctx.end > span.end + margin) {
        const int cut = int(article.text().lastIndexOf(QLatin1Char(' '), span.end + margin));
        if (cut > span.end) {
            ctx.end = cut;
            suffix = QStringLiteral("\u2026");
        }
    }
    QString context = prefix + article.text().mid(ctx.start, ctx.length()) + suffix;
    context.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const int shift = int(prefix.size()) - ctx.start;
    if (quoteInContext)
        *quoteInContext = { span.start + shift, span.end + shift };
    if (cueInContext) {
        *cueInContext
            = (!cue.isEmpty() && ctx.contains(cue)) ? TextSpan { cue.start + shift, cue.end + shift } : TextSpan {};
    }
    return context;
}

QString RenderingDiff::gistOf(const QString &text, int maxChars)
{
    QString simple = text.simplified();
    if (simple.size() <= maxChars)
        return simple;
    int cut = int(simple.lastIndexOf(QLatin1Char(' '), maxChars));
    if (cut < maxChars / 2)
        cut = maxChars;
    return simple.left(cut) + QStringLiteral("\u2026");
}

StatementComparison RenderingDiff::compare(const QString &statementId, const QString &referenceQuoteId) const
{
    StatementComparison out;
    const int statementIndex = statementId.isEmpty() ? -1 : m_result.statementIndex(statementId);
    if (statementIndex < 0)
        return out;
    const Statement &s = m_result.statements.at(statementIndex);
    out.statementIndex = statementIndex;
    out.statementId = s.id;
    out.speaker = s.speaker;
    out.columns = s.alignment;
    const int n = int(s.quotes.size());
    const int ownReference = std::max(0, int(s.quotes.indexOf(s.reference)));
    const int reference = referenceQuoteId.isEmpty() ? -1 : int(s.quotes.indexOf(referenceQuoteId));
    out.reference = reference >= 0 ? reference : ownReference;
    const bool useAnalysisSimilarity = out.reference == ownReference && s.similarity.size() == n;

    QHash<QString, int> outlets; // renderings so far by outlet
    QMap<QString, int> creditedTo;
    QStringList texts;
    for (int i = 0; i < n; ++i) {
        const int qi = m_result.quoteIndex(s.quotes.at(i));
        texts.append(qi >= 0 ? m_result.quotes.at(qi).text : QString());
    }
    if (out.columns.isEmpty() && n > 0) {
        // No collation (a statement of one rendering, or an analysis without alignment): one column of whole
        // renderings still shows every rendering and whether their words differ.
        bool same = true;
        bool normalisation = true;
        for (const QString &t : std::as_const(texts)) {
            same = same && t == texts.constFirst();
            normalisation = normalisation && normalised(t) == normalised(texts.constFirst());
        }
        out.columns.append(
            { texts, same ? DiffKind::Same : (normalisation ? DiffKind::Normalisation : DiffKind::Substitution) });
    }
    out.columnWeights = columnWeights(out.columns);
    // The reference's words per column, counted once rather than once per rendering.
    QList<int> referenceWords;
    referenceWords.reserve(out.columns.size());
    for (int c = 0; c < out.columns.size(); ++c)
        referenceWords.append(wordCount(cellAt(out.columns, c, out.reference)));
    for (int i = 0; i < n; ++i) {
        RenderingView r;
        r.quoteId = s.quotes.at(i);
        const int qi = m_result.quoteIndex(r.quoteId);
        if (qi >= 0) {
            const Quote &q = m_result.quotes.at(qi);
            r.article = q.article;
            r.span = q.span;
            r.text = q.text;
            r.kind = q.kind;
            r.headline = q.headline;
            r.speaker = q.speaker;
            r.speakerKind = q.speakerKind;
            r.speakerCue = q.speakerCue;
            if (q.article >= 0 && q.article < m_result.corpus.articles.size()) {
                const Article &a = m_result.corpus.articles.at(q.article);
                r.articleId = a.id;
                r.articleTitle = a.title;
                r.outlet = a.outlet.isEmpty() ? a.id : a.outlet;
                r.url = a.url;
                r.published = a.published;
                r.context = contextOf(a, q.span, q.cueSpan, &r.quoteInContext, &r.cueInContext);
            }
        }
        const auto [firstColumn, lastColumn] = coverage(out.columns, i);
        r.firstColumn = firstColumn;
        r.lastColumn = lastColumn;
        r.wordCount = wordCount(r.text);
        r.isReference = i == out.reference;
        r.marks = marks(out.columns, i, out.reference);
        r.similarity = useAnalysisSimilarity ? s.similarity.at(i) : similarity(out.columns, r.marks, i, out.reference);
        for (int c = 0; c < out.columns.size(); ++c) {
            const int w = referenceWords.at(c);
            out.referenceWordCount += r.isReference ? w : 0;
            if (inside({ firstColumn, lastColumn }, c))
                r.coveredReferenceWords += w;
        }
        r.outletRepeat = ++outlets[r.outlet];
        ++creditedTo[r.speaker];
        if (!s.speaker.isEmpty() && r.speaker == s.speaker && out.speakerKind != SpeakerKind::Organisation)
            out.speakerKind = r.speakerKind == SpeakerKind::Unknown ? out.speakerKind : r.speakerKind;
        out.renderings.append(r);
    }
    for (RenderingView &r : out.renderings)
        r.outletRenderings = outlets.value(r.outlet);
    // A remark quoted in pieces: each piece against the part of the reference it renders.
    QList<double> scores;
    scores.reserve(n);
    for (const RenderingView &r : std::as_const(out.renderings))
        scores.append(r.similarity);
    scores = PieceSimilarity::apply(m_result, s, out.reference, scores);
    for (int i = 0; i < n; ++i)
        out.renderings[i].similarity = scores.at(i);
    for (int i = 0; i < n; ++i) {
        if (i != out.reference)
            out.minSimilarity = std::min(out.minSimilarity, out.renderings.at(i).similarity);
    }
    out.outletCount = int(outlets.size());
    if (out.reference < n)
        out.gist = gistOf(out.renderings.at(out.reference).text);

    if (!s.conflicts.isEmpty()) {
        QStringList parts;
        for (auto it = creditedTo.cbegin(); it != creditedTo.cend(); ++it) {
            const QString who = it.key().isEmpty() ? tr("unknown") : it.key();
            parts.append(tr("%1 (%n rendering(s))", nullptr, it.value()).arg(who));
        }
        out.conflicts.append(parts.join(QStringLiteral(" / ")));
    }
    return out;
}

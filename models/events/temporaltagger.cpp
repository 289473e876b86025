// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/temporaltagger.h"

#include "core/logging.h"
#include "events/scannedarticle.h"
#include "events/timexvalue.h"
#include "language/characters.h"

using Lexicon::Rel;
using Lexicon::Tense;
using Lexicon::Unit;
using Lexicon::WordInfo;
using Range = DateMath::Range;

namespace
{
// Entries of the words the patterns test by identity.
struct Known {
    const WordInfo *of = Lexicon::lookup(u"of");
    const WordInfo *the = Lexicon::lookup(u"the");
    const WordInfo *that = Lexicon::lookup(u"that");
    const WordInfo *and_ = Lexicon::lookup(u"and");
    const WordInfo *to = Lexicon::lookup(u"to");
    const WordInfo *from = Lexicon::lookup(u"from");
    const WordInfo *between = Lexicon::lookup(u"between");
    const WordInfo *until = Lexicon::lookup(u"until");
    const WordInfo *till = Lexicon::lookup(u"till");
    const WordInfo *through = Lexicon::lookup(u"through");
    const WordInfo *on = Lexicon::lookup(u"on");
    const WordInfo *just = Lexicon::lookup(u"just");
    const WordInfo *shortly = Lexicon::lookup(u"shortly");
    const WordInfo *only = Lexicon::lookup(u"only");
    const WordInfo *ever = Lexicon::lookup(u"ever");
    const WordInfo *now = Lexicon::lookup(u"now");
    const WordInfo *current = Lexicon::lookup(u"current");
    const WordInfo *past = Lexicon::lookup(u"past");
    const WordInfo *night = Lexicon::lookup(u"night");
    const WordInfo *going = Lexicon::lookup(u"going");
};

const Known &known()
{
    static const Known k;
    return k;
}

// "2019-06-30" style values from a resolved range.
QString valueOf(const Range &r, DatePrecision p)
{
    return TimexValue::of(r.start, r.end, p);
}
}

TemporalTagger::TemporalTagger(const QDate &published, QStringView text, const ScanTokens &tokens, double reliability)
    : m_published(published)
    , m_reliability(reliability)
    , m_text(text)
    , m_tokens(tokens)
{
}

TemporalTagger::TemporalTagger(const Article &article, const ScanTokens &tokens)
    : TemporalTagger(referenceDate(article), article.text(), tokens, referenceReliability(article))
{
}

double TemporalTagger::referenceReliability(const Article &article)
{
    // A date borrowed from sibling articles of the same story is close, not exact.
    return article.publishedBasis == PublishedBasis::InferredFromCorpus ? 0.6 : 1.0;
}

QDate TemporalTagger::referenceDate(const Article &article)
{
    // A date guessed from the latest date the text mentions is a lower bound, not "today" for the text.
    if (article.publishedBasis == PublishedBasis::InferredLatestDate)
        return {};
    return article.published;
}

QList<Timex> TemporalTagger::tagArticle(const Article &article)
{
    const ScannedArticle tokens(article);
    TemporalTagger tagger(article, tokens.tokens());
    QList<Match> matches;
    for (const ScannedArticle::Sentence &s : tokens.sentences())
        tagger.tagSentence(s.begin, s.end, s.paragraph, matches);
    QList<Timex> result;
    result.reserve(matches.size());
    for (const Match &m : std::as_const(matches))
        result.append(m.timex);
    return result;
}

void TemporalTagger::tagSentence(int begin, int end, int paragraph, QList<Match> &out)
{
    ++m_sentence;
    m_paragraph = paragraph;
    m_begin = begin;
    m_end = end;
    for (int i = begin; i < end;) {
        const ScanToken &t = m_tokens[size_t(i)];
        const bool candidate = t.kind == ScanToken::Number || (t.word && t.word->has(Lexicon::Temporal));
        Match m;
        if (candidate && matchAt(i, m)) {
            i = m.last;
            out.append(m);
        } else {
            ++i;
        }
    }
}

bool TemporalTagger::matchAt(int i, Match &m)
{
    const ScanToken &t = m_tokens[size_t(i)];
    // The grammar reads the text once at a number or a month; every form of date tries what it read.
    if (t.kind == ScanToken::Number) {
        if (const std::optional<CalendarDate> d = dateAt(i); d && matchDate(i, *d, m))
            return true;
        return matchYears(i, m) || matchAgo(i, m) || matchBareYear(i, m);
    }
    const WordInfo &w = *t.word;
    if (w.month) {
        const std::optional<CalendarDate> d = dateAt(i);
        return d && matchDate(i, *d, m);
    }
    if (w.weekday)
        return matchWeekday(i, m);
    return matchPart(i, m) || matchSeason(i, m) || matchYears(i, m) || matchShifted(i, m) || matchTheWeekend(i, m)
        || matchAnchored(i, m) || matchAgo(i, m) || matchSince(i, m) || matchJustBefore(i, m) || matchDeictic(i, m);
}

bool TemporalTagger::isWord(int i, const WordInfo *w) const
{
    const ScanToken *t = at(i);
    return t && t->word == w && w;
}

int TemporalTagger::monthAt(int i) const
{
    const ScanToken *t = at(i);
    if (!t || !t->word || !t->word->month || !t->is(ScanToken::Capitalized))
        return 0;
    return t->word->month;
}

int TemporalTagger::yearAt(int i) const
{
    const ScanToken *t = at(i);
    return t && t->isYear() && !t->is(ScanToken::Decade) && !t->is(ScanToken::Ordinal) ? t->number : 0;
}

int TemporalTagger::countAt(int i) const
{
    const ScanToken *t = at(i);
    if (!t)
        return 0;
    if (t->kind == ScanToken::Number && !t->is(ScanToken::Ordinal) && t->number > 0 && t->number < 1000)
        return t->number;
    return t->word ? t->word->count : 0;
}

int TemporalTagger::thatYear(int i) const
{
    const Known &k = known();
    if (isWord(i, k.of) && isWord(i + 1, k.that) && at(i + 2) && at(i + 2)->word && at(i + 2)->word->unit == Unit::Year)
        return 3;
    if (isWord(i, k.that) && at(i + 1) && at(i + 1)->word && at(i + 1)->word->unit == Unit::Year)
        return 2;
    return 0;
}

int TemporalTagger::yearShiftAt(int i) const
{
    // "last year", "next year", "this year", "of last year"
    const int j = isWord(i, known().of) ? i + 1 : i;
    const ScanToken *r = at(j);
    const ScanToken *u = at(j + 1);
    if (!r || !r->word || !u || !u->word || u->word->unit != Unit::Year || u->word->count)
        return NoShift;
    switch (r->word->rel) {
    case Rel::Last:
        return r->word == known().past ? NoShift : -1;
    case Rel::Next:
        return 1;
    case Rel::This:
        return 0;
    default:
        return NoShift;
    }
}

bool TemporalTagger::anchorUsable() const
{
    return m_anchor.isResolved() && (m_anchorParagraph == m_paragraph || m_sentence - m_anchorSentence <= 2);
}

Tense TemporalTagger::tenseOf(int j) const
{
    const ScanToken &t = m_tokens[size_t(j)];
    if (t.kind != ScanToken::Word)
        return Tense::None;
    Tense tense = Tense::None;
    if (t.word) {
        if (t.word == known().going && isWord(j + 1, known().to))
            return Tense::Future;
        tense = t.word->tense;
    }
    // An unknown lower-case word in -ed is most likely a past-tense verb.
    const int n = t.end - t.start;
    if (tense == Tense::None && !t.is(ScanToken::Capitalized) && n >= 5 && m_text.at(t.end - 2) == u'e'
        && m_text.at(t.end - 1) == u'd')
        tense = Tense::Past;
    // "will be held", "should be done": a participle after "be" takes the tense of what comes before it
    if (tense == Tense::Past && isWord(j - 1, Lexicon::w<u"be">())) {
        for (int k = j - 2; k >= std::max(m_begin, j - 4); --k) {
            const ScanToken &b = m_tokens[size_t(k)];
            if (b.word && b.word->tense == Tense::Future)
                return Tense::Future;
        }
        return Tense::None;
    }
    return tense;
}

Tense TemporalTagger::tenseAround(int first, int last) const
{
    // "in the aftermath of the governor's resignation on Thursday": a happening named by a noun after a
    // possessive or "of", "after", "since" is one that happened, whatever the sentence's verb.
    int k = first - 1;
    if (isWord(k, known().on) || isWord(k, Lexicon::w<u"in">()) || isWord(k, Lexicon::w<u"at">()))
        --k;
    if (const ScanToken *noun = at(k); noun && noun->word && noun->word->family && noun->has(Lexicon::Noun)) {
        const ScanToken *before = at(k - 1);
        if (before
            && (before->is(ScanToken::Possessive) || isWord(k - 1, known().of) || isWord(k - 1, Lexicon::w<u"after">())
                || isWord(k - 1, Lexicon::w<u"since">()) || isWord(k - 1, Lexicon::w<u"following">())
                || isWord(k - 1, Lexicon::w<u"amid">())))
            return Tense::Past;
    }
    // The verb nearest to the expression decides, its own clause first: in "Earlier Wednesday, she warned that
    // the work will take weeks" the date goes with "warned", not with "will".
    const auto isBreak = [this](int i) {
        const ScanToken &t = m_tokens[size_t(i)];
        return (t.kind == ScanToken::Punct && !Characters::isHyphen(t.punct) && !Characters::isApostrophe(t.punct))
            || t.has(Lexicon::ClauseBreak);
    };
    int lo = first;
    while (lo > m_begin && !isBreak(lo - 1))
        --lo;
    int hi = last;
    while (hi < m_end && !isBreak(hi))
        ++hi;
    const auto nearest = [&](int from, int to) {
        for (int d = 1; first - d >= from || last - 1 + d < to; ++d) {
            // A future marker before the date and a past verb after it at the same distance: the marker wins.
            if (first - d >= from) {
                if (const Tense t = tenseOf(first - d); t != Tense::None)
                    return t;
            }
            if (last - 1 + d < to) {
                if (const Tense t = tenseOf(last - 1 + d); t != Tense::None)
                    return t;
            }
        }
        return Tense::None;
    };
    const Tense tense = nearest(lo, hi);
    return tense != Tense::None ? tense : nearest(m_begin, m_end);
}

void TemporalTagger::finish(Match &m, int first, int last)
{
    m.first = first;
    m.last = last;
    const int s = m_tokens[size_t(first)].start;
    const int e = m_tokens[size_t(last - 1)].end;
    m.timex.span = { s, e };
    m.timex.text = m_text.mid(s, e - s).toString();
    if (!m.timex.isResolved()) {
        ++m_unresolved;
        return;
    }
    if (!m.vague) {
        m_anchor = m.timex;
        m_anchorSentence = m_sentence;
        m_anchorParagraph = m_paragraph;
    }
}

void TemporalTagger::setAbsolute(
    Match &m, int first, int last, Range r, DatePrecision p, const QString &value, double confidence)
{
    m.timex.start = r.start;
    m.timex.end = r.end;
    m.timex.precision = p;
    m.timex.basis = DateBasis::Absolute;
    m.timex.value = value.isEmpty() ? valueOf(r, p) : value;
    m.timex.confidence = confidence;
    finish(m, first, last);
}

void TemporalTagger::setFromPublication(Match &m, int first, int last, Range r, DatePrecision p, const QString &value,
    const QString &unresolvedValue, double confidence)
{
    m.timex.basis = DateBasis::RelativeToPublication;
    m.timex.precision = p;
    if (m_published.isValid() && r.isValid()) {
        m.timex.start = r.start;
        m.timex.end = r.end;
        m.timex.value = value.isEmpty() ? valueOf(r, p) : value;
        m.timex.confidence = confidence * m_reliability;
    } else {
        m.timex.value = unresolvedValue;
        m.timex.confidence = 0.1;
    }
    finish(m, first, last);
}

void TemporalTagger::setFromAnchor(Match &m, int first, int last, Range r, DatePrecision p, const QString &value,
    const QString &unresolvedValue, double confidence)
{
    m.timex.basis = DateBasis::RelativeToPrevious;
    m.timex.precision = p;
    if (r.isValid()) {
        m.timex.start = r.start;
        m.timex.end = r.end;
        m.timex.value = value.isEmpty() ? valueOf(r, p) : value;
        m.timex.confidence = confidence * std::max(0.5, m_anchor.confidence);
    } else {
        m.timex.value = unresolvedValue;
        m.timex.confidence = 0.1;
    }
    finish(m, first, last);
}

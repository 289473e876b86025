// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TemporalTagger's patterns for dates relative to publication or to the date last mentioned. Each checks the tokens
// from `i` on and, when they form a date, fills `m` and returns true.
#include "events/temporaltagger.h"

#include "events/temporalsupport.h"
#include "events/timexvalue.h"

using Lexicon::Rel;
using Lexicon::Tense;
using Lexicon::Unit;
using Lexicon::WordInfo;
using Range = DateMath::Range;
using namespace TemporalSupport;

bool TemporalTagger::matchShifted(int i, Match &m)
{
    const ScanToken *t = at(i);
    Rel rel = relOf(t);
    if ((rel == Rel::Earlier || rel == Rel::Later) && relOf(at(i + 1)) == Rel::This) {
        // "earlier this year": from the start of the unit up to publication; "later this month": the rest of it
        const Unit unit = unitOf(at(i + 2));
        if (unit == Unit::None || unit == Unit::Hour || unit == Unit::PartOfDay)
            return false;
        Range r;
        if (m_published.isValid()) {
            r = DateMath::unitContaining(m_published, unit);
            (rel == Rel::Earlier ? r.end : r.start) = m_published;
        }
        setFromPublication(m, i, i + 3, r, precisionOf(unit), {}, relativeValue("PUB", 0, unit), 0.8);
        return true;
    }
    if (rel == Rel::Present && t->word == Lexicon::w<u"current">())
        rel = Rel::This;
    if (rel != Rel::Last && rel != Rel::Next && rel != Rel::This)
        return false;
    const bool rolling = t->word == Lexicon::w<u"past">();
    int j = i + 1;
    const int n = countAt(j);
    if (n && unitOf(at(j + 1)) != Unit::None)
        ++j;
    const ScanToken *u = at(j);
    if (!u || !u->word)
        return false;
    const int sign = rel == Rel::Last ? -1 : rel == Rel::Next ? 1 : 0;
    const QDate p = m_published;
    const Unit unit = u->word->unit;
    if (unit == Unit::PartOfDay) {
        // "this morning", "last night"
        if (rel == Rel::Next || (rel == Rel::Last && u->word != Lexicon::w<u"night">()))
            return false;
        const QDate d = p.isValid() ? p.addDays(sign) : QDate();
        setFromPublication(m, i, j + 1, { d, d }, DatePrecision::Day, {}, relativeValue("PUB", sign, Unit::Day), 0.8);
        return true;
    }
    if (unit == Unit::Hour && rel == Rel::Last) {
        // "in the last 24 hours", "over the past hours": within a day of writing, as hours ago are
        const Range r = p.isValid() ? Range { p.addDays(-1), p } : Range {};
        setFromPublication(m, i, j + 1, r, DatePrecision::Day, {}, relativeValue("PUB", 0, Unit::Day), 0.8);
        return true;
    }
    if (unit != Unit::None && unit != Unit::Hour) {
        Range r;
        if (p.isValid()) {
            if (rolling || n > 1) {
                // "the past two years", "the last three months": a span reaching up to publication
                const Range far = DateMath::shiftedUnit(p, unit, sign * std::max(n, 1));
                r = sign < 0 ? Range { far.start, p } : Range { p, far.end };
            } else {
                r = DateMath::shiftedUnit(p, unit, sign);
            }
        }
        setFromPublication(
            m, i, j + 1, r, precisionOf(unit), {}, relativeValue("PUB", sign * std::max(n, 1), unit), 0.85);
        return true;
    }
    if (n)
        return false;
    const int month = monthAt(j);
    const int weekday = u->word->weekday;
    const int season = u->word->season;
    if (month) {
        QDate d;
        if (p.isValid()) {
            d = sign < 0   ? DateMath::nearestMonth(p.addMonths(-1), month, Tense::Past)
                : sign > 0 ? DateMath::nearestMonth(p.addMonths(1), month, Tense::Future)
                           : QDate(p.year(), month, 1);
        }
        const Range r = d.isValid() ? DateMath::month(d.year(), month) : Range {};
        // "last Sept.": the grammar knows which dot is the abbreviation's
        const std::optional<CalendarDate> written = dateAt(j);
        const int last = written ? tokenAfter(j, written->monthEnd) : -1;
        setFromPublication(m, i, std::max(last, j + 1), r, DatePrecision::Month, {},
            QStringLiteral("XXXX-%1").arg(month, 2, 10, QLatin1Char('0')), 0.8);
        return true;
    }
    if (weekday && u->is(ScanToken::Capitalized)) {
        QDate d;
        if (p.isValid()) {
            // "last Friday": the one before publication day; "next Friday": the one of next week
            const int back = (p.dayOfWeek() - weekday + 7) % 7;
            d = sign < 0   ? p.addDays(back == 0 ? -7 : -back)
                : sign > 0 ? DateMath::weekdayOfNextWeek(p, weekday)
                           : DateMath::nearestWeekday(p, weekday, tenseAround(i, j + 1));
        }
        setFromPublication(
            m, i, j + 1, { d, d }, DatePrecision::Day, {}, QStringLiteral("XXXX-WXX-%1").arg(weekday), 0.8);
        return true;
    }
    if (season) {
        Range r;
        if (p.isValid()) {
            r = DateMath::season(p.year(), season);
            if (sign < 0 && r.end >= p)
                r = DateMath::season(p.year() - 1, season);
            else if (sign > 0 && r.start <= p)
                r = DateMath::season(p.year() + 1, season);
        }
        setFromPublication(
            m, i, j + 1, r, DatePrecision::Season, {}, QStringLiteral("XXXX-") + seasonCode(season), 0.75);
        return true;
    }
    return false;
}

bool TemporalTagger::matchAnchored(int i, Match &m)
{
    const ScanToken *t = at(i);
    int shift = 0;
    int unitAt = -1;
    int end = 0;
    const Rel r1 = relOf(at(i + 1));
    if (t->word == Lexicon::w<u"the">()
        && (r1 == Rel::Previous || r1 == Rel::Following || r1 == Rel::Next || r1 == Rel::Same)
        && unitOf(at(i + 2)) != Unit::None) {
        // "the following day", "the previous year", "the same week"
        shift = r1 == Rel::Previous ? -1 : r1 == Rel::Same ? 0 : 1;
        unitAt = i + 2;
        end = i + 3;
        // "within the next week", "over the next month": a stretch from the time of writing, not from the
        // date last mentioned; the publication's next week, as "next week" is.
        const Unit u = unitOf(at(unitAt));
        if (r1 == Rel::Next && m_published.isValid() && u != Unit::Hour && u != Unit::Day
            && (isWord(i - 1, Lexicon::w<u"within">()) || isWord(i - 1, Lexicon::w<u"in">())
                || isWord(i - 1, Lexicon::w<u"over">()) || isWord(i - 1, Lexicon::w<u"during">()))) {
            setFromPublication(m, i, end, DateMath::shiftedUnit(m_published, u, 1), precisionOf(u), {},
                relativeValue("PUB", 1, u), 0.8);
            return true;
        }
    } else if (t->word == Lexicon::w<u"the">() && isWord(i - 1, Lexicon::w<u"within">()) && m_published.isValid()
        && (unitOf(at(i + 1)) == Unit::Week || unitOf(at(i + 1)) == Unit::Month)
        && !(at(i + 2) && at(i + 2)->isWord())) {
        // "will be held within the week": the stretch from the time of writing, as "within the next week" is
        const Unit u = unitOf(at(i + 1));
        setFromPublication(m, i, i + 2, DateMath::shiftedUnit(m_published, u, 1), precisionOf(u), {},
            relativeValue("PUB", 1, u), 0.75);
        return true;
    } else if (t->word == Lexicon::w<u"the">() && unitOf(at(i + 1)) != Unit::None && unitOf(at(i + 1)) != Unit::Hour
        && (relOf(at(i + 2)) == Rel::Before || relOf(at(i + 2)) == Rel::After)
        && !(at(i + 3) && at(i + 3)->isWord() && at(i + 3)->has(Lexicon::Stop))) {
        // "the day before", "the year after" (but not "the day after the summit": that is an event)
        shift = relOf(at(i + 2)) == Rel::Before ? -1 : 1;
        unitAt = i + 1;
        end = i + 3;
    } else if (relOf(t) == Rel::That
        || ((relOf(t) == Rel::Later || relOf(t) == Rel::Earlier) && relOf(at(i + 1)) == Rel::That)) {
        // "that year", "later that day", "earlier that month"
        const int u = relOf(t) == Rel::That ? i + 1 : i + 2;
        if (unitOf(at(u)) == Unit::None || unitOf(at(u)) == Unit::Hour || unitOf(at(u)) == Unit::Decade)
            return false;
        unitAt = u;
        end = u + 1;
    } else if (const int n = countAt(i); n && unitOf(at(i + 1)) != Unit::None
               && (relOf(at(i + 2)) == Rel::Later || relOf(at(i + 2)) == Rel::Earlier)) {
        // "two days later", "a year earlier"
        shift = relOf(at(i + 2)) == Rel::Later ? n : -n;
        unitAt = i + 1;
        end = i + 3;
    } else {
        return false;
    }
    const Unit unit = unitOf(at(unitAt));
    const DatePrecision precision = precisionOf(unit);
    Range r;
    if (anchorUsable() && finer(m_anchor.precision, precision) && unit != Unit::Hour)
        r = DateMath::shiftedUnit(m_anchor.start, unit, shift);
    else if (anchorUsable() && unit == Unit::Hour)
        r = { m_anchor.start, m_anchor.end };
    setFromAnchor(
        m, i, end, r, unit == Unit::Hour ? m_anchor.precision : precision, {}, relativeValue("PREV", shift, unit), 0.8);
    return true;
}

bool TemporalTagger::matchTheWeekend(int i, Match &m)
{
    // "at the weekend", "over the weekend": the one just gone, or the coming one when the verb is future; a
    // paper of a Saturday or Sunday means its own.
    if (!isWord(i, Lexicon::w<u"the">()) || unitOf(at(i + 1)) != Unit::Weekend
        || !(isWord(i - 1, Lexicon::w<u"at">()) || isWord(i - 1, Lexicon::w<u"over">())
            || isWord(i - 1, Lexicon::w<u"during">()) || isWord(i - 1, Lexicon::w<u"on">())))
        return false;
    const QDate p = m_published;
    const bool future = tenseAround(i, i + 2) == Tense::Future;
    const int shift = future || (p.isValid() && p.dayOfWeek() >= 6) ? 0 : -1;
    const Range r = p.isValid() ? DateMath::shiftedUnit(p, Unit::Weekend, shift) : Range {};
    setFromPublication(m, i, i + 2, r, DatePrecision::Week, {}, relativeValue("PUB", shift, Unit::Weekend), 0.75);
    return true;
}

bool TemporalTagger::matchAgo(int i, Match &m)
{
    // "two days ago"; hours back ("a few hours ago", "only minutes ago", "3 hours ago") are within a day of
    // writing, however many of them, so they need no number: the publication day or, past midnight, the day
    // before. A vague count of days or years gives no date.
    int j = i;
    while (isWord(j, Lexicon::w<u"just">()) || isWord(j, Lexicon::w<u"only">()))
        ++j;
    const int n = countAt(j);
    if (n == 1 && at(j + 1) && at(j + 1)->has(Lexicon::Vague))
        ++j; // "a few": the vague word is the count
    const bool vague = at(j) && at(j)->has(Lexicon::Vague);
    if (n || vague)
        ++j;
    const Unit unit = unitOf(at(j));
    if (unit == Unit::None || relOf(at(j + 1)) != Rel::Ago || ((vague || !n) && unit != Unit::Hour))
        return false;
    const QDate p = m_published;
    if (unit == Unit::Hour) {
        const Range r = p.isValid() ? Range { p.addDays(-1), p } : Range {};
        setFromPublication(m, i, j + 2, r, DatePrecision::Day, {}, relativeValue("PUB", 0, Unit::Day), 0.8);
        return true;
    }
    Range r;
    if (p.isValid())
        r = unit == Unit::Year ? DateMath::year(p.year() - n) : DateMath::shiftedUnit(p, unit, -n);
    setFromPublication(m, i, j + 2, r, precisionOf(unit), {}, relativeValue("PUB", -n, unit), 0.8);
    return true;
}

bool TemporalTagger::matchSince(int i, Match &m)
{
    // "(in) the years since", "ever since", "in the months since the summit"
    int j = i;
    Unit unit = Unit::Year;
    if (isWord(i, Lexicon::w<u"the">()) && at(i + 1) && at(i + 1)->word && at(i + 1)->word->unit != Unit::None
        && relOf(at(i + 2)) == Rel::Since) {
        unit = at(i + 1)->word->unit;
        j = i + 2;
    } else if (isWord(i, Lexicon::w<u"ever">()) && relOf(at(i + 1)) == Rel::Since) {
        j = i + 1;
    } else {
        return false;
    }
    // What follows "since" may name the start itself: "in the years since 2018"
    Range r;
    int end = j + 1;
    DateBasis basis = DateBasis::RelativeToPrevious;
    if (const int year = yearAt(j + 1)) {
        r.start = QDate(year + 1, 1, 1);
        basis = DateBasis::RelativeToPublication;
        end = j + 2;
    } else if (anchorUsable()) {
        r.start = m_anchor.end.addDays(1);
    }
    if (m_published.isValid() && r.start.isValid() && r.start <= m_published)
        r.end = m_published;
    else
        r = {};
    m.vague = true;
    // The value says what it is even when resolved: a stretch up to now, no date of a happening.
    if (basis == DateBasis::RelativeToPublication)
        setFromPublication(
            m, i, end, r, precisionOf(unit), QStringLiteral("PREV/PUB"), QStringLiteral("PREV/PUB"), 0.6);
    else
        setFromAnchor(m, i, end, r, precisionOf(unit), QStringLiteral("PREV/PUB"), QStringLiteral("PREV/PUB"), 0.6);
    return true;
}

bool TemporalTagger::matchJustBefore(int i, Match &m)
{
    // "just hours before", "shortly after", "just ahead of", "hours later": close to the date last mentioned
    int j = i;
    bool hedge = false;
    while (isWord(j, Lexicon::w<u"just">()) || isWord(j, Lexicon::w<u"shortly">())) {
        hedge = true;
        ++j;
    }
    bool close = false;
    if (countAt(j) && unitOf(at(j + 1)) == Unit::Hour)
        ++j;
    if (unitOf(at(j)) == Unit::Hour) {
        close = true;
        ++j;
    }
    const Rel r = relOf(at(j));
    int end = j + 1;
    if (r == Rel::Ahead && isWord(j + 1, Lexicon::w<u"of">()))
        end = j + 2;
    else if (r != Rel::Before && r != Rel::After && !(close && (r == Rel::Later || r == Rel::Earlier)))
        return false;
    if (!hedge && !close)
        return false;
    m.vague = true;
    m.leansOnEvent = r != Rel::Later && r != Rel::Earlier;
    // "moments before the crash" is as close as a day; a year a paragraph before ("which left the union in 2020")
    // dates another story
    const bool near = !m.leansOnEvent || m_anchorParagraph == m_paragraph || m_anchor.precision == DatePrecision::Day;
    if (anchorUsable() && near) {
        setFromAnchor(m, i, end, { m_anchor.start, m_anchor.end }, m_anchor.precision, m_anchor.value,
            QStringLiteral("PREV"), 0.7);
        return true;
    }
    // Nothing dated nearby: "just hours before the charges were dropped" is as close to a date as the happening
    // it leans on, which the text does not date. The words are a time expression, but they give no date.
    m.timex.basis = DateBasis::RelativeToPrevious;
    m.timex.precision = DatePrecision::Unknown;
    m.timex.value = QStringLiteral("PREV");
    m.timex.confidence = 0.1;
    finish(m, i, end);
    return true;
}

bool TemporalTagger::matchDeictic(int i, Match &m)
{
    const ScanToken *t = at(i);
    const QDate p = m_published;
    switch (t->word->rel) {
    case Rel::Today:
    case Rel::Yesterday:
    case Rel::Tomorrow: {
        // "collapsed overnight" dates the collapse; "since the overnight collapse" only describes it.
        if (t->word == Lexicon::w<u"overnight">()) {
            const ScanToken *next = at(i + 1);
            if (next && next->isWord() && !next->has(Lexicon::Stop) && !next->has(Lexicon::Temporal))
                return false;
        }
        const int shift = t->word->rel == Rel::Yesterday ? -1 : t->word->rel == Rel::Tomorrow ? 1 : 0;
        const QDate d = p.isValid() ? p.addDays(shift) : QDate();
        setFromPublication(m, i, i + 1, { d, d }, DatePrecision::Day, {}, relativeValue("PUB", shift, Unit::Day), 0.85);
        return true;
    }
    case Rel::Recently:
        if (t->word != Lexicon::w<u"recently">())
            return false;
        m.vague = true;
        setFromPublication(m, i, i + 1, { p.isValid() ? p.addDays(-30) : QDate(), p }, DatePrecision::Month,
            QStringLiteral("PAST_REF"), QStringLiteral("PAST_REF"), 0.4);
        return true;
    case Rel::Present:
        m.vague = true;
        m.present = true;
        setFromPublication(m, i, i + 1, { p.isValid() ? p.addDays(-6) : QDate(), p }, DatePrecision::Week,
            QStringLiteral("PRESENT_REF"), QStringLiteral("PRESENT_REF"), t->word == Lexicon::w<u"now">() ? 0.3 : 0.5);
        return true;
    default:
        return false;
    }
}

bool TemporalTagger::matchWeekday(int i, Match &m)
{
    const ScanToken *t = at(i);
    if (!t->is(ScanToken::Capitalized))
        return false;
    // "Monday, June 12": the calendar date says more
    int j = i + 1;
    if (at(j) && at(j)->isPunct(u','))
        ++j;
    if (dateAt(j))
        return false;
    QDate d;
    if (m_published.isValid()) {
        Tense tense = tenseAround(i, i + 1);
        if (tense != Tense::Future)
            tense = Tense::Past;
        d = DateMath::nearestWeekday(m_published, t->word->weekday, tense);
    }
    setFromPublication(
        m, i, i + 1, { d, d }, DatePrecision::Day, {}, QStringLiteral("XXXX-WXX-%1").arg(t->word->weekday), 0.75);
    return true;
}

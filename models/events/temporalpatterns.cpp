// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TemporalTagger's patterns, one function per family of expressions. Each checks the tokens from `i` on and,
// when they form a date, fills `m` and returns true.
#include "events/temporaltagger.h"

#include "events/timexvalue.h"

using Lexicon::Rel;
using Lexicon::Tense;
using Lexicon::Unit;
using Lexicon::WordInfo;
using Range = DateMath::Range;

namespace
{
// Words after which a bare year or month is a date rather than a quantity or a name.
bool introducesDate(const WordInfo *w)
{
    static const std::initializer_list<const WordInfo *> words = { Lexicon::lookup(u"in"), Lexicon::lookup(u"since"),
        Lexicon::lookup(u"until"), Lexicon::lookup(u"till"), Lexicon::lookup(u"by"), Lexicon::lookup(u"of"),
        Lexicon::lookup(u"from"), Lexicon::lookup(u"before"), Lexicon::lookup(u"after"), Lexicon::lookup(u"during"),
        Lexicon::lookup(u"through"), Lexicon::lookup(u"around"), Lexicon::lookup(u"circa"), Lexicon::lookup(u"to"),
        Lexicon::lookup(u"and"), Lexicon::lookup(u"between"), Lexicon::lookup(u"early"), Lexicon::lookup(u"mid"),
        Lexicon::lookup(u"late"), Lexicon::lookup(u"last"), Lexicon::lookup(u"next"), Lexicon::lookup(u"this"),
        Lexicon::lookup(u"throughout"), Lexicon::lookup(u"within") };
    return w && std::find(words.begin(), words.end(), w) != words.end();
}

Unit unitOf(const ScanToken *t)
{
    return t && t->word ? t->word->unit : Unit::None;
}

Rel relOf(const ScanToken *t)
{
    return t && t->word ? t->word->rel : Rel::None;
}

DatePrecision precisionOf(Unit unit)
{
    switch (unit) {
    case Unit::Hour:
    case Unit::PartOfDay:
    case Unit::Day:
        return DatePrecision::Day;
    case Unit::Week:
    case Unit::Weekend:
        return DatePrecision::Week;
    case Unit::Month:
        return DatePrecision::Month;
    case Unit::Year:
        return DatePrecision::Year;
    case Unit::Decade:
        return DatePrecision::Decade;
    case Unit::None:
        break;
    }
    return DatePrecision::Unknown;
}

QChar unitLetter(Unit unit)
{
    switch (unit) {
    case Unit::Week:
    case Unit::Weekend:
        return QLatin1Char('W');
    case Unit::Month:
        return QLatin1Char('M');
    case Unit::Year:
        return QLatin1Char('Y');
    case Unit::Decade:
        return QLatin1Char('E');
    default:
        return QLatin1Char('D');
    }
}

// Unresolved values say what the expression means: "PUB-1M" (a month before publication), "PREV+1D".
QString relativeValue(const char *base, int n, Unit unit)
{
    return QLatin1String(base) + (n < 0 ? QLatin1Char('-') : QLatin1Char('+')) + QString::number(std::abs(n))
        + unitLetter(unit);
}

QString partCode(int part)
{
    return part == 1 ? QStringLiteral("E") : part == 2 ? QStringLiteral("M") : QStringLiteral("L");
}

QString seasonCode(int season)
{
    static const char *codes[] = { "SP", "SU", "FA", "WI" };
    return QLatin1String(codes[std::clamp(season, 1, 4) - 1]);
}

bool finer(DatePrecision a, DatePrecision b)
{
    return int(a) <= int(b);
}
}

bool TemporalTagger::matchIso(int i, Match &m)
{
    const ScanToken *y = at(i);
    const ScanToken *d1 = at(i + 1);
    const ScanToken *mo = at(i + 2);
    const ScanToken *d2 = at(i + 3);
    const ScanToken *d = at(i + 4);
    if (!y || !d || !y->isYear() || !d1->isPunct(u'-') || !d2->isPunct(u'-') || mo->kind != ScanToken::Number
        || d->kind != ScanToken::Number || mo->digits != 2 || d->digits != 2 || d1->start != y->end
        || d->start != d2->end)
        return false;
    const QDate date(y->number, mo->number, d->number);
    if (!date.isValid())
        return false;
    setAbsolute(m, i, i + 5, { date, date }, DatePrecision::Day, {}, 0.95);
    return true;
}

bool TemporalTagger::matchDayMonth(int i, Match &m)
{
    const int day = dayNumber(i);
    if (!day)
        return false;
    int j = i + 1;
    int lastDay = day;
    if (at(j) && at(j)->isDash() && dayNumber(j + 1) > day && monthAt(j + 2)) {
        lastDay = dayNumber(j + 1);
        j += 2;
    }
    if (isWord(j, Lexicon::w<u"of">()))
        ++j;
    const int month = monthAt(j);
    if (!month)
        return false;
    j = afterAbbreviationDot(j);
    if (at(j) && at(j)->isPunct(u',') && yearAt(j + 1))
        ++j;
    if (const int year = yearAt(j)) {
        const QDate s(year, month, day);
        const QDate e(year, month, lastDay);
        if (!s.isValid() || !e.isValid())
            return false;
        setAbsolute(m, i, j + 1, { s, e }, DatePrecision::Day, {}, 0.95);
        return true;
    }
    return resolveMonthDay(i, j, month, day, lastDay, m);
}

bool TemporalTagger::matchMonthDay(int i, Match &m)
{
    const int month = monthAt(i);
    int j = afterAbbreviationDot(i);
    const int day = dayNumber(j);
    if (!month || !day)
        return false;
    ++j;
    int lastDay = day;
    if (at(j) && at(j)->isDash() && dayNumber(j + 1) > day) {
        lastDay = dayNumber(j + 1);
        j += 2;
    }
    if (at(j) && at(j)->isPunct(u',') && yearAt(j + 1))
        ++j;
    if (const int year = yearAt(j)) {
        const QDate s(year, month, day);
        const QDate e(year, month, lastDay);
        if (!s.isValid() || !e.isValid())
            return false;
        setAbsolute(m, i, j + 1, { s, e }, DatePrecision::Day, {}, 0.95);
        return true;
    }
    return resolveMonthDay(i, j, month, day, lastDay, m);
}

// "June 12" without a year: "of that year" takes the year last mentioned; otherwise the tense decides.
bool TemporalTagger::resolveMonthDay(int first, int j, int month, int day, int lastDay, Match &m)
{
    if (const int n = thatYear(j)) {
        QDate s;
        QDate e;
        if (anchorUsable()) {
            s = QDate(m_anchor.start.year(), month, day);
            e = QDate(m_anchor.start.year(), month, lastDay);
        }
        setFromAnchor(m, first, j + n, { s, e }, DatePrecision::Day, {}, QStringLiteral("PREV-Y"), 0.9);
        return true;
    }
    QDate s;
    if (m_published.isValid())
        s = DateMath::nearestMonthDay(m_published, month, day, tenseAround(first, j));
    const QDate e = s.isValid() ? s.addDays(lastDay - day) : QDate();
    setFromPublication(m, first, j, { s, e }, DatePrecision::Day, {},
        QStringLiteral("XXXX-%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0')), 0.75);
    return true;
}

bool TemporalTagger::matchMonth(int i, Match &m, int part)
{
    const int month = monthAt(i);
    if (!month)
        return false;
    int first = i;
    if (part) {
        // matchPart hands over the month; the expression starts at the part word
        first = m.first;
    }
    int j = afterAbbreviationDot(i);
    if ((isWord(j, Lexicon::w<u"of">()) || (at(j) && at(j)->isPunct(u','))) && yearAt(j + 1))
        ++j;
    if (const int year = yearAt(j)) {
        const Range r = part ? DateMath::partOfMonth(year, month, part) : DateMath::month(year, month);
        setAbsolute(m, first, j + 1, r, part ? DatePrecision::PartOfMonth : DatePrecision::Month, {}, 0.95);
        return true;
    }
    // A bare month needs a word that makes it a date ("in June", "since March", "mid-May"), and is not a name.
    const ScanToken *prev = at(first - 1);
    const ScanToken *next = at(j);
    const bool introduced = part || (prev && (prev->word && introducesDate(prev->word)));
    if (!introduced || (next && next->isWord() && next->is(ScanToken::Capitalized)))
        return false;
    QDate start;
    if (m_published.isValid())
        start = DateMath::nearestMonth(m_published, month, tenseAround(first, j));
    Range r;
    if (start.isValid())
        r = part ? DateMath::partOfMonth(start.year(), month, part) : DateMath::month(start.year(), month);
    setFromPublication(m, first, j, r, part ? DatePrecision::PartOfMonth : DatePrecision::Month, {},
        QStringLiteral("XXXX-%1").arg(month, 2, 10, QLatin1Char('0')), 0.7);
    return true;
}

bool TemporalTagger::matchPart(int i, Match &m)
{
    int j = i;
    int part = 0;
    const ScanToken *t = at(i);
    if (isWord(j, Lexicon::w<u"the">()))
        ++j;
    if (at(j) && at(j)->word && at(j)->word->part) {
        part = at(j)->word->part;
        ++j;
    } else if (isWord(i, Lexicon::w<u"the">()) && isWord(i + 2, Lexicon::w<u"of">())) {
        const WordInfo *w = at(i + 1) ? at(i + 1)->word : nullptr;
        part = w == Lexicon::w<u"beginning">() || w == Lexicon::w<u"start">() ? 1
            : w == Lexicon::w<u"middle">()                                    ? 2
            : w == Lexicon::w<u"end">()                                       ? 3
                                                                              : 0;
        j = i + 3;
    }
    if (!part || !t)
        return false;
    if (at(j) && at(j)->isDash() && at(j)->start == at(j - 1)->end)
        ++j;
    // "the late president": only a date after the part word makes this an expression
    if (monthAt(j)) {
        m.first = i;
        return matchMonth(j, m, part);
    }
    const ScanToken *y = at(j);
    if (y && y->isYear() && y->is(ScanToken::Decade) && y->number % 10 == 0) {
        setAbsolute(m, i, j + 1, DateMath::partOfDecade(y->number, part), DatePrecision::Decade,
            QString::number(y->number / 10) + QStringLiteral("X-") + partCode(part), 0.85);
        return true;
    }
    if (const int year = yearAt(j)) {
        setAbsolute(m, i, j + 1, DateMath::partOfYear(year, part), DatePrecision::Season,
            QString::number(year) + QLatin1Char('-') + partCode(part), 0.9);
        return true;
    }
    return false;
}

bool TemporalTagger::matchSeason(int i, Match &m)
{
    int j = i;
    if (isWord(j, Lexicon::w<u"the">()))
        ++j;
    const ScanToken *s = at(j);
    if (!s || !s->word || !s->word->season)
        return false;
    int k = j + 1;
    if (isWord(k, Lexicon::w<u"of">()))
        ++k;
    const int year = yearAt(k);
    if (!year)
        return false;
    setAbsolute(m, i, k + 1, DateMath::season(year, s->word->season), DatePrecision::Season,
        QString::number(year) + QLatin1Char('-') + seasonCode(s->word->season), 0.85);
    return true;
}

bool TemporalTagger::matchYears(int i, Match &m)
{
    int j = i;
    const bool between = isWord(i, Lexicon::w<u"between">());
    const bool from = isWord(i, Lexicon::w<u"from">());
    if (between || from)
        ++j;
    const ScanToken *t = at(j);
    if (!t || !t->isYear())
        return false;
    if (t->is(ScanToken::Decade)) {
        if (between || from || t->number % 10 != 0)
            return false;
        const Range r { QDate(t->number, 1, 1), QDate(t->number + 9, 12, 31) };
        setAbsolute(m, i, i + 1, r, DatePrecision::Decade, {}, 0.9);
        return true;
    }
    const int first = t->number;
    int second = 0;
    int end = j + 1;
    const ScanToken *sep = at(j + 1);
    const ScanToken *n = at(j + 2);
    if (sep && n && n->kind == ScanToken::Number) {
        const bool joiner = between ? isWord(j + 1, Lexicon::w<u"and">())
                                    : sep->isDash() || isWord(j + 1, Lexicon::w<u"to">())
                || isWord(j + 1, Lexicon::w<u"until">()) || isWord(j + 1, Lexicon::w<u"through">());
        if (joiner && n->isYear() && !n->is(ScanToken::Decade) && n->number > first)
            second = n->number;
        else if (joiner && sep->isDash() && n->digits == 2 && first / 100 * 100 + n->number > first)
            second = first / 100 * 100 + n->number; // "1950–53"
        end = j + 3;
    }
    if (!second)
        return false;
    setAbsolute(m, i, end, { QDate(first, 1, 1), QDate(second, 12, 31) }, DatePrecision::Year, {}, 0.9);
    return true;
}

bool TemporalTagger::matchBareYear(int i, Match &m)
{
    const int year = yearAt(i);
    if (!year)
        return false;
    const ScanToken *prev = at(i - 1);
    double confidence = 0.0;
    if (!prev) {
        confidence = 0.6;
    } else if (prev->word && introducesDate(prev->word)) {
        confidence = 0.9;
    } else if (prev->isPunct(u'(') || (prev->isPunct(u',') && yearAt(i - 2))) {
        confidence = 0.7;
    } else if (prev->isWord() && prev->is(ScanToken::Capitalized) && !(prev->word && prev->word->month)
        && !prev->has(Lexicon::Stop)) {
        // "Singapore 2018, Hanoi 2019": a name and its year
        int p = i - 1;
        while (p - 1 >= m_begin && at(p - 1)->isWord() && at(p - 1)->is(ScanToken::Capitalized)
            && !at(p - 1)->has(Lexicon::Stop) && !at(p - 1)->is(ScanToken::Possessive))
            --p;
        m.placeFirst = p;
        m.placeLast = i;
        confidence = 0.7;
    }
    if (confidence == 0.0)
        return false;
    setAbsolute(m, i, i + 1, DateMath::year(year), DatePrecision::Year, {}, confidence);
    return true;
}

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
        setFromPublication(m, i, afterAbbreviationDot(j), r, DatePrecision::Month, {},
            QStringLiteral("XXXX-%1").arg(month, 2, 10, QLatin1Char('0')), 0.8);
        return true;
    }
    if (weekday && u->is(ScanToken::Capitalized)) {
        QDate d;
        if (p.isValid()) {
            d = sign < 0   ? DateMath::nearestWeekday(p.addDays(-1), weekday, Tense::Past)
                : sign > 0 ? DateMath::nearestWeekday(p, weekday, Tense::Future)
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

bool TemporalTagger::matchAgo(int i, Match &m)
{
    const int n = countAt(i);
    const ScanToken *u = at(i + 1);
    const Unit unit = unitOf(u);
    if (!n || unit == Unit::None || relOf(at(i + 2)) != Rel::Ago)
        return false;
    const QDate p = m_published;
    Range r;
    if (p.isValid())
        r = unit == Unit::Hour ? Range { p, p } : DateMath::shiftedUnit(p, unit, -n);
    if (unit == Unit::Year && r.isValid())
        r = DateMath::year(p.year() - n);
    setFromPublication(m, i, i + 3, r, unit == Unit::Hour ? DatePrecision::Day : precisionOf(unit), {},
        relativeValue("PUB", -n, unit), 0.8);
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
    if (basis == DateBasis::RelativeToPublication)
        setFromPublication(m, i, end, r, precisionOf(unit), {}, QStringLiteral("PREV/PUB"), 0.6);
    else
        setFromAnchor(m, i, end, r, precisionOf(unit), {}, QStringLiteral("PREV/PUB"), 0.6);
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
    if (anchorUsable()) {
        setFromAnchor(m, i, end, { m_anchor.start, m_anchor.end }, m_anchor.precision, m_anchor.value,
            QStringLiteral("PREV"), 0.7);
        return true;
    }
    // Nothing dated nearby: in news, the happening such phrases lean on is close to publication.
    const QDate p = m_published;
    setFromPublication(m, i, end, { p.isValid() ? p.addDays(-6) : QDate(), p }, DatePrecision::Week,
        QStringLiteral("PAST_REF"), QStringLiteral("PAST_REF"), 0.3);
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
    if (monthAt(j) || dayNumber(j))
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

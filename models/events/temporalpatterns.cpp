// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TemporalTagger's patterns for dates written out (absolute), one function per form. Each checks the tokens from `i` on
// and, when they form a date, fills `m` and returns true.
#include "events/temporaltagger.h"

#include "events/temporalsupport.h"
#include "events/timexvalue.h"
#include "language/dategrammar.h"

using Lexicon::Rel;
using Lexicon::Tense;
using Lexicon::Unit;
using Lexicon::WordInfo;
using Range = DateMath::Range;
using namespace TemporalSupport;

std::optional<CalendarDate> TemporalTagger::dateAt(int i) const
{
    const ScanToken *t = at(i);
    if (!t)
        return {};
    return DateGrammar::readAt(m_text, t->start, sentenceEnd());
}

int TemporalTagger::tokenAfter(int first, qsizetype offset) const
{
    int k = first;
    while (k < m_end && m_tokens[size_t(k)].start < offset)
        ++k;
    // The grammar reads the text: a date that ends inside a token ("March-April") is no date here.
    return k > first && m_tokens[size_t(k - 1)].end == offset ? k : -1;
}

int TemporalTagger::tokenAt(int first, qsizetype offset) const
{
    int k = first;
    while (k < m_end && m_tokens[size_t(k)].start < offset)
        ++k;
    return k < m_end && m_tokens[size_t(k)].start == offset ? k : -1;
}

bool TemporalTagger::matchDate(int i, const CalendarDate &d, Match &m)
{
    switch (d.form) {
    case CalendarDate::Iso:
        return matchIso(i, d, m);
    case CalendarDate::DayMonth:
        return matchCalendarDay(i, d, m);
    case CalendarDate::MonthDay:
        return matchCalendarDay(i, d, m) || matchMonth(i, i, d, m, 0);
    case CalendarDate::Month:
        return matchMonth(i, i, d, m, 0);
    }
    return false;
}

bool TemporalTagger::matchIso(int i, const CalendarDate &d, Match &m)
{
    const int last = tokenAfter(i, d.end);
    if (last < 0)
        return false;
    const QDate date = d.firstDate();
    setAbsolute(m, i, last, { date, date }, DatePrecision::Day, {}, 0.95);
    return true;
}

bool TemporalTagger::matchCalendarDay(int i, const CalendarDate &d, Match &m)
{
    const int last = tokenAfter(i, d.end);
    if (last < 0)
        return false;
    if (d.year) {
        const QDate s(d.year, d.month, d.day);
        const QDate e(d.year, d.month, d.lastDay);
        if (!s.isValid() || !e.isValid())
            return false;
        setAbsolute(m, i, last, { s, e }, DatePrecision::Day, {}, 0.95);
        return true;
    }
    return resolveMonthDay(i, last, d.month, d.day, d.lastDay, m);
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
    if (const int shift = yearShiftAt(j); shift != NoShift) {
        // "on March 3 last year"
        const int n = isWord(j, Lexicon::w<u"of">()) ? 3 : 2;
        QDate s;
        QDate e;
        if (m_published.isValid()) {
            s = QDate(m_published.year() + shift, month, day);
            e = QDate(m_published.year() + shift, month, lastDay);
        }
        setFromPublication(m, first, j + n, { s, e }, DatePrecision::Day, {},
            QStringLiteral("XXXX-%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0')), 0.85);
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

bool TemporalTagger::matchMonth(int first, int i, const CalendarDate &d, Match &m, int part)
{
    if (!monthAt(i))
        return false;
    const int month = d.month;
    if (const int last = tokenAfter(i, d.end); d.form == CalendarDate::Month && d.year && last > 0) {
        const Range r = part ? DateMath::partOfMonth(d.year, month, part) : DateMath::month(d.year, month);
        setAbsolute(m, first, last, r, part ? DatePrecision::PartOfMonth : DatePrecision::Month, {}, 0.95);
        return true;
    }
    const int j = tokenAfter(i, d.monthEnd);
    if (j < 0)
        return false;
    // "in February last year", "in March of next year": the year relative to publication
    if (const int shift = yearShiftAt(j); shift != NoShift) {
        const int n = isWord(j, Lexicon::w<u"of">()) ? 3 : 2;
        Range r;
        if (m_published.isValid()) {
            const int year = m_published.year() + shift;
            r = part ? DateMath::partOfMonth(year, month, part) : DateMath::month(year, month);
        }
        setFromPublication(m, first, j + n, r, part ? DatePrecision::PartOfMonth : DatePrecision::Month, {},
            QStringLiteral("XXXX-%1").arg(month, 2, 10, QLatin1Char('0')), 0.85);
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
    // The grammar reads the phrase; the lexicon only says where one may start, which spares asking it at every
    // "the".
    const ScanToken &t = m_tokens[size_t(i)];
    const ScanToken *next = at(i + 1);
    if (!t.word->part
        && !(t.word == Lexicon::w<u"the">() && next && next->word && (next->word->part || next->word->partNoun)))
        return false;
    const std::optional<PeriodPart> p = DateGrammar::partAt(m_text, t.start, sentenceEnd());
    const int j = p ? tokenAt(i, p->end) : -1;
    if (j < 0)
        return false;
    const int part = p->part;
    // "the late president": only a date after the part word makes this an expression
    if (monthAt(j)) {
        const std::optional<CalendarDate> d = dateAt(j);
        if (!d)
            return false;
        // "early March 26" is a day, early in it: the part word only widens the expression's words
        if (d->form == CalendarDate::MonthDay && matchCalendarDay(j, *d, m)) {
            finish(m, i, m.last);
            return true;
        }
        return matchMonth(i, j, *d, m, part);
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
    return matchShiftedPart(i, j, part, m);
}

// "early next month", "the end of last year", "mid-this month": a part of a month or a year shifted from
// publication.
bool TemporalTagger::matchShiftedPart(int first, int j, int part, Match &m)
{
    const ScanToken *r = at(j);
    const ScanToken *u = at(j + 1);
    const Rel rel = relOf(r);
    const Unit unit = unitOf(u);
    if ((rel != Rel::Last && rel != Rel::Next && rel != Rel::This) || r->word == Lexicon::w<u"past">()
        || (unit != Unit::Month && unit != Unit::Year) || u->word->count)
        return false;
    const int sign = rel == Rel::Last ? -1 : rel == Rel::Next ? 1 : 0;
    Range range;
    QString value;
    if (m_published.isValid()) {
        const QDate start = DateMath::shiftedUnit(m_published, unit, sign).start;
        if (unit == Unit::Month) {
            range = DateMath::partOfMonth(start.year(), start.month(), part);
        } else {
            range = DateMath::partOfYear(start.year(), part);
            value = QString::number(start.year()) + QLatin1Char('-') + partCode(part);
        }
    }
    setFromPublication(m, first, j + 2, range, unit == Unit::Month ? DatePrecision::PartOfMonth : DatePrecision::Season,
        value, relativeValue("PUB", sign, unit), 0.8);
    return true;
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
        && !prev->has(Lexicon::Stop) && !(at(i + 1) && at(i + 1)->isWord() && at(i + 1)->is(ScanToken::Capitalized))) {
        // "Tarsis 2018, Belmar 2019": a name and its year; in "the Party's 1922 Committee" the number is a name's
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

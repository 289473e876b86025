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
    return DateGrammar::readAt(m_text, t->start, m_tokens[size_t(m_end - 1)].end);
}

int TemporalTagger::tokenAfter(int first, qsizetype offset) const
{
    int k = first;
    while (k < m_end && m_tokens[size_t(k)].start < offset)
        ++k;
    // The grammar reads the text: a date that ends inside a token ("March-April") is no date here.
    return k > first && m_tokens[size_t(k - 1)].end == offset ? k : -1;
}

bool TemporalTagger::matchIso(int i, Match &m)
{
    const std::optional<CalendarDate> d = dateAt(i);
    const int last = d && d->form == CalendarDate::Iso ? tokenAfter(i, d->end) : -1;
    if (last < 0)
        return false;
    const QDate date = d->firstDate();
    setAbsolute(m, i, last, { date, date }, DatePrecision::Day, {}, 0.95);
    return true;
}

bool TemporalTagger::matchCalendarDay(int i, Match &m, CalendarDate::Form form)
{
    const std::optional<CalendarDate> d = dateAt(i);
    if (!d || d->form != form)
        return false;
    const int last = tokenAfter(i, d->end);
    if (last < 0)
        return false;
    if (d->year) {
        const QDate s(d->year, d->month, d->day);
        const QDate e(d->year, d->month, d->lastDay);
        if (!s.isValid() || !e.isValid())
            return false;
        setAbsolute(m, i, last, { s, e }, DatePrecision::Day, {}, 0.95);
        return true;
    }
    return resolveMonthDay(i, last, d->month, d->day, d->lastDay, m);
}

bool TemporalTagger::matchDayMonth(int i, Match &m)
{
    return matchCalendarDay(i, m, CalendarDate::DayMonth);
}

bool TemporalTagger::matchMonthDay(int i, Match &m)
{
    return matchCalendarDay(i, m, CalendarDate::MonthDay);
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

bool TemporalTagger::matchMonth(int i, Match &m, int part)
{
    const std::optional<CalendarDate> d = dateAt(i);
    if (!d || !monthAt(i))
        return false;
    const int month = d->month;
    int first = i;
    if (part) {
        // matchPart hands over the month; the expression starts at the part word
        first = m.first;
    }
    if (const int last = tokenAfter(i, d->end); d->form == CalendarDate::Month && d->year && last > 0) {
        const Range r = part ? DateMath::partOfMonth(d->year, month, part) : DateMath::month(d->year, month);
        setAbsolute(m, first, last, r, part ? DatePrecision::PartOfMonth : DatePrecision::Month, {}, 0.95);
        return true;
    }
    const int j = tokenAfter(i, d->monthEnd);
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
        part = w ? w->partNoun : 0;
        j = i + 3;
    }
    if (!part || !t)
        return false;
    if (at(j) && at(j)->isDash() && at(j)->start == at(j - 1)->end)
        ++j;
    // "early March 26" is a day, early in it: the part word only widens the expression's words
    if (const auto d = monthAt(j) ? dateAt(j) : std::nullopt;
        d && d->form == CalendarDate::MonthDay && matchMonthDay(j, m)) {
        finish(m, i, m.last);
        return true;
    }
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

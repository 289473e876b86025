// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/dategrammar.h"

#include "language/characters.h"
#include "language/datewords.h"
#include "language/wordtokenizer.h"

namespace
{
bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Reads the parts of a date from the text up to `limit`; each part returns 0 when it is not there and sets
// `end` when it is.
class Reader
{
public:
    Reader(QStringView text, qsizetype limit)
        : m_text(text.first(limit))
    {
    }

    qsizetype skipSpaces(qsizetype i) const
    {
        while (i < m_text.size() && Characters::isSpace(m_text.at(i)))
            ++i;
        return i;
    }

    bool isMark(qsizetype i, char16_t mark) const { return i < m_text.size() && m_text.at(i) == mark; }
    bool isRangeDash(qsizetype i) const
    {
        return i < m_text.size() && (Characters::isHyphen(m_text.at(i)) || Characters::isDash(m_text.at(i)));
    }

    // 1 to 31, not a time ("12:30") or a decimal ("3.5").
    int day(qsizetype i, qsizetype &end) const
    {
        if (i >= m_text.size() || !isDigit(m_text.at(i)))
            return 0;
        const WrittenNumber n = WordTokenizer::number(m_text, i);
        if (n.digits > 2 || n.grouped || n.decade || n.value < 1 || n.value > 31)
            return 0;
        if ((isMark(n.end, u':') || isMark(n.end, u'.')) && n.end + 1 < m_text.size() && isDigit(m_text.at(n.end + 1)))
            return 0;
        end = n.end;
        return n.value;
    }

    // Four digits from 1000 to 2199, no suffix.
    int year(qsizetype i, qsizetype &end) const
    {
        if (i >= m_text.size() || !isDigit(m_text.at(i)))
            return 0;
        const WrittenNumber n = WordTokenizer::number(m_text, i);
        if (n.digits != 4 || n.grouped || n.decade || n.ordinal || n.value < 1000 || n.value > 2199)
            return 0;
        end = n.end;
        return n.value;
    }

    // Exactly two digits, for the month and day of an ISO date.
    int twoDigits(qsizetype i, qsizetype &end) const
    {
        if (i >= m_text.size() || !isDigit(m_text.at(i)))
            return 0;
        const WrittenNumber n = WordTokenizer::number(m_text, i);
        if (n.digits != 2 || n.grouped)
            return 0;
        end = n.end;
        return n.value;
    }

    // A month's name or abbreviation, a word of its own ("March-April" and "March2025" are not months);
    // `end` is after its abbreviation dot ("Sept."), which a full name does not take ("in June.").
    int month(qsizetype i, qsizetype &end, bool &capital) const
    {
        qsizetype j = i;
        while (j < m_text.size() && m_text.at(j).isLetter())
            ++j;
        if (j == i || (j < m_text.size() && Characters::isWordChar(m_text.at(j))) || joinsNext(j))
            return 0;
        const QStringView word = m_text.sliced(i, j - i);
        const int month = DateWords::month(word);
        if (!month)
            return 0;
        capital = m_text.at(i).isUpper();
        if (isMark(j, u'.') && word.compare(DateWords::months().at(month - 1).constFirst(), Qt::CaseInsensitive) != 0)
            ++j;
        end = j;
        return month;
    }

    // `word` (lower-case ASCII) as a word of its own in any case.
    bool word(qsizetype i, QLatin1StringView word, qsizetype &end) const
    {
        const qsizetype n = word.size();
        if (i + n > m_text.size() || m_text.sliced(i, n).compare(word, Qt::CaseInsensitive) != 0
            || (i + n < m_text.size() && Characters::isWordChar(m_text.at(i + n))))
            return false;
        end = i + n;
        return true;
    }

    // "of" as a word.
    bool of(qsizetype i, qsizetype &end) const { return word(i, QLatin1StringView("of"), end); }

    // The letters of a word from `i` on, when nothing but a space, a mark or a hyphen ends them.
    QStringView letters(qsizetype i) const
    {
        qsizetype j = i;
        while (j < m_text.size() && m_text.at(j).isLetter())
            ++j;
        if (j < m_text.size() && Characters::isWordChar(m_text.at(j)))
            return {};
        return m_text.sliced(i, j - i);
    }

    // "early ", "mid-", "the end of ", "the late ".
    std::optional<PeriodPart> part(qsizetype start) const
    {
        qsizetype k = start;
        if (qsizetype e = 0; word(k, QLatin1StringView("the"), e) && skipSpaces(e) > e)
            k = skipSpaces(e);
        const QStringView w = letters(k);
        if (w.isEmpty())
            return {};
        const qsizetype e = k + w.size();
        const qsizetype after = skipSpaces(e);
        // "the middle of" before "middle" as an adjective
        if (const int part = DateWords::partNoun(w); part && after > e) {
            if (qsizetype afterOf = 0; of(after, afterOf) && skipSpaces(afterOf) > afterOf)
                return PeriodPart { start, skipSpaces(afterOf), part };
        }
        const int part = DateWords::partAdjective(w);
        if (!part)
            return {};
        if (isRangeDash(e))
            return PeriodPart { start, skipSpaces(e + 1), part };
        if (after > e && after < m_text.size())
            return PeriodPart { start, after, part };
        return {};
    }

    // A year after an optional comma ("March 3, 2025"), or 0.
    int yearAfterComma(qsizetype i, qsizetype &end) const
    {
        qsizetype k = skipSpaces(i);
        if (isMark(k, u','))
            k = skipSpaces(k + 1);
        return year(k, end);
    }

private:
    // A hyphen or an apostrophe that makes the word go on ("March-April"), except a possessive "'s".
    bool joinsNext(qsizetype j) const
    {
        if (!WordTokenizer::joinsWord(m_text, j))
            return false;
        const bool possessive = Characters::isApostrophe(m_text.at(j))
            && (m_text.at(j + 1) == u's' || m_text.at(j + 1) == u'S')
            && (j + 2 >= m_text.size() || !m_text.at(j + 2).isLetter());
        return !possessive;
    }

    QStringView m_text;
};

std::optional<CalendarDate> readIso(const Reader &r, qsizetype start)
{
    qsizetype e = 0;
    const int year = r.year(start, e);
    if (!year || !r.isMark(e, u'-'))
        return {};
    const int month = r.twoDigits(e + 1, e);
    if (!month || !r.isMark(e, u'-'))
        return {};
    const int day = r.twoDigits(e + 1, e);
    if (!QDate(year, month, day).isValid())
        return {};
    return CalendarDate { CalendarDate::Iso, start, e, start, e, year, month, day, day };
}

// "29 October 2025", "12–14 March", "3rd of May"
std::optional<CalendarDate> readDayMonth(const Reader &r, qsizetype start)
{
    CalendarDate d;
    d.form = CalendarDate::DayMonth;
    d.start = start;
    qsizetype e = 0;
    d.day = r.day(start, e);
    if (!d.day)
        return {};
    d.lastDay = d.day;
    qsizetype k = r.skipSpaces(e);
    bool capital = false;
    if (r.isRangeDash(k)) {
        qsizetype e2 = 0;
        qsizetype monthStart = 0;
        const int last = r.day(r.skipSpaces(k + 1), e2);
        if (last > d.day && r.month(monthStart = r.skipSpaces(e2), e, capital)) {
            d.lastDay = last;
            k = monthStart;
        }
    }
    if (qsizetype afterOf = 0; r.of(k, afterOf))
        k = r.skipSpaces(afterOf);
    d.monthStart = k;
    d.month = r.month(k, e, capital);
    if (!d.month)
        return {};
    d.monthEnd = d.end = e;
    d.year = r.yearAfterComma(e, d.end);
    if (!capital && !d.year)
        return {};
    return d;
}

// "October 29, 2025", "Sept. 4", "March 10–12", "November 2025", "March of 2024", "June"
std::optional<CalendarDate> readMonthFirst(const Reader &r, qsizetype start)
{
    CalendarDate d;
    d.start = d.monthStart = start;
    bool capital = false;
    qsizetype e = 0;
    d.month = r.month(start, e, capital);
    if (!d.month)
        return {};
    d.monthEnd = d.end = e;
    const qsizetype k = r.skipSpaces(e);
    if (const int day = r.day(k, e)) {
        d.form = CalendarDate::MonthDay;
        d.day = d.lastDay = day;
        d.end = e;
        const qsizetype dash = r.skipSpaces(e);
        if (r.isRangeDash(dash)) {
            if (const int last = r.day(r.skipSpaces(dash + 1), e); last > day) {
                d.lastDay = last;
                d.end = e;
            }
        }
        d.year = r.yearAfterComma(d.end, d.end);
    } else {
        d.form = CalendarDate::Month;
        qsizetype y = k;
        if (qsizetype afterOf = 0; r.of(k, afterOf))
            y = afterOf;
        else if (r.isMark(k, u','))
            y = k + 1;
        d.year = r.year(r.skipSpaces(y), d.end);
    }
    if (!capital && !d.year)
        return {};
    return d;
}
}

std::optional<CalendarDate> DateGrammar::readAt(QStringView text, qsizetype start, qsizetype limit)
{
    const Reader r(text, limit < 0 ? text.size() : std::min(limit, text.size()));
    if (start >= text.size())
        return {};
    if (isDigit(text.at(start))) {
        if (auto iso = readIso(r, start))
            return iso;
        return readDayMonth(r, start);
    }
    if (const std::optional<PeriodPart> p = r.part(start)) {
        std::optional<CalendarDate> d = readMonthFirst(r, p->end);
        if (d) {
            d->start = start;
            d->part = p->part;
        }
        return d;
    }
    return readMonthFirst(r, start);
}

std::optional<PeriodPart> DateGrammar::partAt(QStringView text, qsizetype start, qsizetype limit)
{
    const Reader r(text, limit < 0 ? text.size() : std::min(limit, text.size()));
    if (start >= text.size())
        return {};
    return r.part(start);
}

QList<CalendarDate> DateGrammar::findWithYear(QStringView text)
{
    QList<CalendarDate> out;
    // Every date with a year has four digits in a row: most texts have none.
    int digitsRun = 0;
    bool hasYear = false;
    for (QChar c : text) {
        digitsRun = isDigit(c) ? digitsRun + 1 : 0;
        if (digitsRun == 4) {
            hasYear = true;
            break;
        }
    }
    if (!hasYear)
        return out;
    for (qsizetype i = 0; i < text.size();) {
        const bool starts = Characters::isWordChar(text.at(i)) && (i == 0 || !Characters::isWordChar(text.at(i - 1)));
        if (starts) {
            if (const auto d = readAt(text, i); d && d->year) {
                out.append(*d);
                i = d->end;
                continue;
            }
        }
        ++i;
    }
    return out;
}

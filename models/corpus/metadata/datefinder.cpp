// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/metadata/datefinder.h"

#include "language/datewords.h"

#include <QRegularExpression>

#include <algorithm>

namespace
{
int monthNumber(QStringView name)
{
    return DateWords::month(name.endsWith(u'.') ? name.chopped(1) : name);
}

// Every form of every month, the longest first, as alternatives of a regular expression.
QString monthAlternatives()
{
    QStringList forms;
    for (const QStringList &month : DateWords::months()) {
        for (const QString &form : month)
            forms.append(QRegularExpression::escape(form));
    }
    std::stable_sort(
        forms.begin(), forms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return u"(?:" + forms.join(u'|') + u")\\.?";
}

const QRegularExpression &pattern()
{
    // QRegularExpression objects are reentrant, not shared between threads.
    thread_local const QRegularExpression re = [] {
        const QString month = monthAlternatives();
        const QString day = QStringLiteral("(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?");
        const QString year = QStringLiteral("(?:19|20|21)[0-9]{2}");
        QRegularExpression r(QStringLiteral("\\b(?:(?<d1>%1)\\s+(?:of\\s+)?(?<m1>%2),?\\s+(?<y1>%3)"
                                            "|(?<m2>%2)\\s+(?<d2>%1),?\\s+(?<y2>%3)"
                                            "|(?<y3>%3)-(?<mo3>[01][0-9])-(?<d3>[0-3][0-9])"
                                            "|(?<m4>%2),?\\s+(?<y4>%3))\\b")
                                 .arg(day, month, year),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        r.optimize();
        return r;
    }();
    return re;
}

int leadingNumber(QStringView text)
{
    int value = 0;
    for (QChar c : text) {
        if (!c.isDigit())
            break;
        value = value * 10 + c.digitValue();
    }
    return value;
}
}

QList<DateFinder::Match> DateFinder::find(QStringView text)
{
    QList<Match> out;
    // Every pattern has a four-digit year: skip the regular expression when there is none.
    int digitsRun = 0;
    bool hasYear = false;
    for (QChar c : text) {
        digitsRun = c.isDigit() ? digitsRun + 1 : 0;
        if (digitsRun == 4) {
            hasYear = true;
            break;
        }
    }
    if (!hasYear)
        return out;

    auto it = pattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        Match found;
        found.span = { int(m.capturedStart()), int(m.capturedEnd()) };
        int y = 0;
        int mo = 0;
        int d = 0;
        if (m.hasCaptured(u"y1")) {
            y = leadingNumber(m.capturedView(u"y1"));
            mo = monthNumber(m.capturedView(u"m1"));
            d = leadingNumber(m.capturedView(u"d1"));
        } else if (m.hasCaptured(u"y2")) {
            y = leadingNumber(m.capturedView(u"y2"));
            mo = monthNumber(m.capturedView(u"m2"));
            d = leadingNumber(m.capturedView(u"d2"));
        } else if (m.hasCaptured(u"y3")) {
            y = leadingNumber(m.capturedView(u"y3"));
            mo = leadingNumber(m.capturedView(u"mo3"));
            d = leadingNumber(m.capturedView(u"d3"));
        } else {
            y = leadingNumber(m.capturedView(u"y4"));
            mo = monthNumber(m.capturedView(u"m4"));
            d = 1;
            found.dayPrecision = false;
        }
        found.date = QDate(y, mo, d);
        if (found.date.isValid())
            out.append(found);
    }
    return out;
}

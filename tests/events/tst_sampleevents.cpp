// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/eventcategory.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

namespace
{
const Event *findEvent(const std::function<bool(const Event &)> &matches)
{
    for (const Event &e : TestSupport::sampleAnalysis().events) {
        if (matches(e))
            return &e;
    }
    return nullptr;
}

const Event *byLabel(const QString &part)
{
    return findEvent([&part](const Event &e) { return e.label.contains(part, Qt::CaseInsensitive); });
}

QSet<QString> outlets(const Event &e)
{
    QSet<QString> out;
    for (const EventMention &m : e.mentions)
        out.insert(TestSupport::sampleAnalysis().corpus.articles.at(m.article).outlet);
    return out;
}

bool anyClaim(const Event &e, const QString &word)
{
    return std::any_of(
        e.mentions.begin(), e.mentions.end(), [&word](const EventMention &m) { return m.claim.contains(word); });
}
}

// The sample corpus must give the analyst the events the issue names, with the right dates.
class TestSampleEvents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(!TestSupport::sampleAnalysis().events.isEmpty());
    }

    void datedEvents_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<int>("precision");
        QTest::addColumn<int>("minOutlets");
        QTest::newRow("Singapore summit")
            << QStringLiteral("Singapore") << QDate(2018, 6, 12) << QDate(2018, 6, 12) << int(DatePrecision::Day) << 2;
        QTest::newRow("Hanoi summit") << QStringLiteral("Hanoi") << QDate(2019, 2, 1) << QDate(2019, 2, 28)
                                      << int(DatePrecision::Month) << 2;
        QTest::newRow("DMZ meeting") << QStringLiteral("DMZ") << QDate(2019, 6, 30) << QDate(2019, 6, 30)
                                     << int(DatePrecision::Day) << 2;
        QTest::newRow("martial law") << QStringLiteral("martial law") << QDate(2024, 12, 1) << QDate(2024, 12, 31)
                                     << int(DatePrecision::Month) << 1;
        QTest::newRow("missile tests") << QStringLiteral("missile tests off the western coast") << QDate(2025, 10, 1)
                                       << QDate(2025, 10, 31) << int(DatePrecision::Month) << 2;
    }

    void datedEvents()
    {
        QFETCH(QString, label);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(int, precision);
        QFETCH(int, minOutlets);
        const Event *e = byLabel(label);
        QVERIFY2(e, qPrintable(label));
        QCOMPARE(e->start, start);
        QCOMPARE(e->end, end);
        QCOMPARE(int(e->precision), precision);
        QVERIFY2(outlets(*e).size() >= minOutlets, qPrintable(e->label));
    }

    void asiaTour()
    {
        const Event *tour = byLabel(QStringLiteral("Asia tour"));
        QVERIFY(tour);
        // The articles' own present: around the end of October 2025, by the two dated articles.
        QVERIFY(tour->start >= QDate(2025, 10, 20) && tour->end <= QDate(2025, 11, 5));
        QVERIFY(outlets(*tour).size() >= 3);
        QCOMPARE(tour->category, QStringLiteral("diplomacy"));
    }

    void speechToTheLegislature()
    {
        const Event *speech = byLabel(QStringLiteral("speech"));
        QVERIFY(speech);
        QVERIFY(outlets(*speech).size() >= 2);
        QCOMPARE(speech->category, QStringLiteral("politics"));
        // Only "last month" dates it: resolved when the articles' publication dates are known, else left open.
        if (speech->start.isValid())
            QVERIFY(speech->start >= QDate(2025, 9, 1) && speech->end <= QDate(2025, 10, 31));
        else
            QCOMPARE(speech->precision, DatePrecision::Unknown);
    }

    // The hypersonic tests are dated only "recently": another test than the cruise missiles', and no event of
    // their own, since nothing dates them an analyst could check.
    void hypersonicTestIsAnotherTest()
    {
        const Event *cruise = byLabel(QStringLiteral("missile tests off the western coast"));
        QVERIFY(cruise);
        QVERIFY(anyClaim(*cruise, QStringLiteral("cruise")));
        QVERIFY(!anyClaim(*cruise, QStringLiteral("hypersonic")));
        QVERIFY(!findEvent([](const Event &e) { return anyClaim(e, QStringLiteral("hypersonic")); }));
    }

    // Every category is one the model knows, and the happenings of the sample fall where a reader expects.
    void categories()
    {
        for (const Event &e : TestSupport::sampleAnalysis().events)
            QVERIFY2(EventCategory::all().contains(e.category), qPrintable(e.label + QLatin1String(": ") + e.category));
        QCOMPARE(byLabel(QStringLiteral("martial law"))->category, EventCategory::Politics);
        QCOMPARE(byLabel(QStringLiteral("missile tests"))->category, EventCategory::Military);
    }

    // Labels say who, what or where in the articles' words, never a bare generic noun.
    void labelsNameSomething()
    {
        for (const Event &e : TestSupport::sampleAnalysis().events) {
            QVERIFY2(e.label.contains(QLatin1Char(' ')), qPrintable(e.label));
            QVERIFY2(!e.label.contains(QLatin1Char('"')) && !e.label.contains(QChar(0x201C)), qPrintable(e.label));
        }
    }

    void idsAndOrder()
    {
        const QList<Event> &events = TestSupport::sampleAnalysis().events;
        for (int i = 0; i < events.size(); ++i) {
            QCOMPARE(events.at(i).id, QStringLiteral("e%1").arg(i + 1));
            if (i > 0 && events.at(i).start.isValid())
                QVERIFY(events.at(i - 1).start.isValid() && events.at(i - 1).start <= events.at(i).start);
        }
    }

    void mentionsPointIntoTheirArticles()
    {
        const AnalysisResult &result = TestSupport::sampleAnalysis();
        for (const Event &e : result.events) {
            QVERIFY(!e.label.isEmpty());
            QVERIFY(!e.mentions.isEmpty());
            for (const EventMention &m : e.mentions) {
                const Article &a = result.corpus.articles.at(m.article);
                QCOMPARE(a.slice(m.span).toString(), m.text);
                QCOMPARE(a.slice(m.timex.span).toString(), m.timex.text);
                QVERIFY(!a.isBoilerplate(m.span));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSampleEvents)
#include "tst_sampleevents.moc"

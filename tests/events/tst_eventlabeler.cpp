// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/eventextractor.h"
#include "events/eventmerger.h"

#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

// Labels read from one article's words: who did what, in the words the text uses.
class TestEventLabeler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void labels_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("the name a relative clause follows is the subject")
            << QStringLiteral("On 3 May 1998, the Harlow Bridge that spans the Tarsis River opened to traffic.")
            << QStringList { QStringLiteral("Harlow Bridge opens") };
        QTest::newRow("a relative clause's subject stands outside the mention")
            << QStringLiteral("Tarland, which exited the Keldor Union in 2020, struggled.")
            << QStringList { QStringLiteral("Tarland exits Keldor Union") };
        QTest::newRow("a company's act is told by what it acted on")
            << QStringLiteral("On 3 May 2024, Velt Motors built a supercomputer exclusively designed for research.")
            << QStringList { QStringLiteral("Velt Motors builds supercomputer") };
        QTest::newRow("a place after a preposition is not who acted")
            << QStringLiteral("On Monday, officials in Tarsis, Keldoria, said divers recovered two bodies.")
            << QStringList { QStringLiteral("Rescue in Tarsis") };
        QTest::newRow("a place the happening was in is not what was called off")
            << QStringLiteral("Two bodies were found in the Tarsis River, but the recovery was called off on Monday.")
            << QStringList { QStringLiteral("Recovery was called off") };
        QTest::newRow("a happening noun is of the name its own phrase gives") << QStringLiteral(
            "Ortega, who was praised by Lindqvist on 3 May 2024 for the capture of the northern "
            "port of Tarsis, resigned.") << QStringList { QStringLiteral("Tarsis capture") };
        QTest::newRow("the time of day goes with its date, and the clause's commas go")
            << QStringLiteral("The nominations, approved late in the evening on Friday, pleased the council.")
            << QStringList { QStringLiteral("Nominations approved") };
    }

    void labels()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const Article article = TestSupport::makeArticle(text, QDate(2025, 10, 27));
        QStringList labels;
        for (const Event &e : EventMerger::merge(EventExtractor::extract(article, 0)))
            labels.append(e.label);
        QCOMPARE(labels, expected);
    }
};

QTEST_GUILESS_MAIN(TestEventLabeler)
#include "tst_eventlabeler.moc"

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/eventextractor.h"
#include "events/eventmerger.h"

#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

// Categories follow what happened and the field of who did it: a chief leaving a company is business, a
// called-off march is no "other".
class TestEventCategorizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void categories_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("category");
        QTest::newRow("a company's boss who quits leaves business")
            << QStringLiteral("On 3 May 2024, the Velt boss quit the group.") << QStringLiteral("business");
        QTest::newRow("a called-off march is an uprising's")
            << QStringLiteral("On Saturday, Ortega called off the Velt march.") << QStringLiteral("military");
    }

    void categories()
    {
        QFETCH(QString, text);
        QFETCH(QString, category);
        const Article article = TestSupport::makeArticle(text, QDate(2025, 10, 27));
        const QList<Event> events = EventMerger::merge(EventExtractor::extract(article, 0));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.constFirst().category, category);
    }
};

QTEST_GUILESS_MAIN(TestEventCategorizer)
#include "tst_eventcategorizer.moc"

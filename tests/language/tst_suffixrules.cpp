// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/suffixrules.h"

#include <QStandardPaths>
#include <QTest>

// Word endings replaced from the ordered lists of data/normalization/.
class TestSuffixRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void apply_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("result");
        const QString spellings = QStringLiteral("normalization/spellings");
        const QString inflections = QStringLiteral("normalization/inflections");
        QTest::newRow("-isations") << spellings << QStringLiteral("organisations") << QStringLiteral("organizations");
        QTest::newRow("-ise") << spellings << QStringLiteral("apologise") << QStringLiteral("apologize");
        QTest::newRow("-our") << spellings << QStringLiteral("labour") << QStringLiteral("labor");
        QTest::newRow("-ours before -our") << spellings << QStringLiteral("neighbours") << QStringLiteral("neighbors");
        QTest::newRow("-tre") << spellings << QStringLiteral("theatre") << QStringLiteral("theater");
        QTest::newRow("-ence") << spellings << QStringLiteral("defence") << QStringLiteral("defense");
        QTest::newRow("doubled l") << spellings << QStringLiteral("travelled") << QStringLiteral("traveled");
        QTest::newRow("stem too short") << spellings << QStringLiteral("four") << QStringLiteral("four");
        QTest::newRow("no ending fits") << spellings << QStringLiteral("ceasefire") << QStringLiteral("ceasefire");
        QTest::newRow("-ization to its stem")
            << inflections << QStringLiteral("normalization") << QStringLiteral("normaliz");
        QTest::newRow("-ing cut") << inflections << QStringLiteral("talking") << QStringLiteral("talk");
        QTest::newRow("-ies to -y") << inflections << QStringLiteral("parties") << QStringLiteral("party");
        QTest::newRow("-ments before -s") << inflections << QStringLiteral("agreements") << QStringLiteral("agree");
    }
    void apply()
    {
        QFETCH(QString, list);
        QFETCH(QString, word);
        QFETCH(QString, result);
        const SuffixRules rules(list);
        QString w = word;
        QCOMPARE(rules.apply(w, 3), result != word);
        QCOMPARE(w, result);
    }
};

QTEST_GUILESS_MAIN(TestSuffixRules)
#include "tst_suffixrules.moc"

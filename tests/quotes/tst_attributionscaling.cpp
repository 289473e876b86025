// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/quoteanalyzer.h"

#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

#include <ctime>
#include <functional>

// Extraction and attribution take time linear in the text, also on text shaped to make a walk over
// the sentence, the paragraph or the mentions before each quote quadratic. Each row times one article
// at n and at 4n repetitions: linear is about 4 times slower, quadratic 16; the bound is generous.
class TestAttributionScaling : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void linear_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("n");
        QTest::newRow("quotes with a cue in one paragraph")
            << QStringLiteral("“a” he said. ") << QString() << QString() << 3000;
        QTest::newRow("one sentence of he said")
            << QStringLiteral(" and he said") << QStringLiteral("Ana Lind said") << QStringLiteral(" “yes”.") << 48000;
        QTest::newRow("quotes without a cue in one paragraph")
            << QStringLiteral("“a b” ") << QStringLiteral("Ana Lind spoke. ") << QString() << 6000;
        QTest::newRow("quotes without spaces") << QStringLiteral("“a”") << QString() << QString() << 3000;
        QTest::newRow("quotes that never close, one per paragraph")
            << QStringLiteral("“He said this\n\n") << QString() << QString() << 6000;
        QTest::newRow("chained speech verbs")
            << QStringLiteral(" and said") << QStringLiteral("Ana Lind said") << QStringLiteral(" “yes”.") << 24000;
        QTest::newRow("many people") << QStringLiteral("Ana Lind%1 met Bo Moss%1. “Yes,” she said. ") << QString()
                                     << QString() << 1000;
    }
    void linear()
    {
        QFETCH(QString, unit);
        QFETCH(QString, prefix);
        QFETCH(QString, suffix);
        QFETCH(int, n);
        const auto text = [&](int count) -> QString {
            QString t = prefix;
            for (int i = 0; i < count; ++i)
                t += unit.contains(u"%1") ? unit.arg(spelled(i)) : unit;
            return t + suffix;
        };
        const double small = seconds(text(n));
        const double large = seconds(text(4 * n));
        QVERIFY2(small >= 0 && large >= 0, "no quotes found");
        qInfo("n: %.1f ms, 4n: %.1f ms", small * 1e3, large * 1e3);
        QVERIFY2(large < 10 * small + 0.02,
            qPrintable(
                QStringLiteral("%1 ms at n, %2 ms at 4n").arg(small * 1e3, 0, 'f', 1).arg(large * 1e3, 0, 'f', 1)));
    }

private:
    // A letter suffix per person, so that names stay words: 0 -> "a", 27 -> "bb".
    static QString spelled(int i)
    {
        QString s;
        do {
            s.prepend(QChar(u'a' + i % 26));
            i /= 26;
        } while (i > 0);
        return s;
    }

    // Best of three CPU times of one article's analysis, so that other processes on the machine count little.
    static double seconds(const QString &text)
    {
        const Article article = TestSupport::makeArticle(text);
        double best = 1e9;
        for (int round = 0; round < 3; ++round) {
            timespec a {};
            timespec b {};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);
            const ArticleQuotes analysis = QuoteAnalyzer::analyzeArticle(article, 0);
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
            if (analysis.quotes.isEmpty())
                return -1;
            best = std::min(best, double(b.tv_sec - a.tv_sec) + double(b.tv_nsec - a.tv_nsec) / 1e9);
        }
        return best;
    }
};

QTEST_GUILESS_MAIN(TestAttributionScaling)
#include "tst_attributionscaling.moc"

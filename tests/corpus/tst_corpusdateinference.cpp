// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/metadata/corpusdateinference.h"

#include <QStandardPaths>
#include <QTest>

namespace
{
Article article(const QString &date, PublishedBasis basis)
{
    Article a;
    a.published = QDate::fromString(date, Qt::ISODate);
    a.publishedBasis = a.published.isValid() ? basis : PublishedBasis::Unknown;
    return a;
}
}

class TestCorpusDateInference : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void undatedArticles_data()
    {
        QTest::addColumn<QStringList>("stated"); // dates of the articles that state one
        QTest::addColumn<int>("undated");
        QTest::addColumn<QString>("expected"); // empty: nothing guessed

        QTest::newRow("two close dates: the earlier")
            << QStringList { u"2025-10-29"_qs, u"2025-11-03"_qs } << 2 << u"2025-10-29"_qs;
        QTest::newRow("three: the median")
            << QStringList { u"2025-01-02"_qs, u"2025-01-05"_qs, u"2025-01-09"_qs } << 1 << u"2025-01-05"_qs;
        QTest::newRow("one dated") << QStringList { u"2024-12-31"_qs } << 3 << u"2024-12-31"_qs;
        QTest::newRow("spread over months: no guess")
            << QStringList { u"2025-01-01"_qs, u"2025-06-01"_qs } << 1 << QString();
        QTest::newRow("none dated: no guess") << QStringList {} << 2 << QString();
    }
    void undatedArticles()
    {
        QFETCH(QStringList, stated);
        QFETCH(int, undated);
        QFETCH(QString, expected);
        QList<Article> articles;
        for (const QString &d : std::as_const(stated))
            articles.append(article(d, PublishedBasis::Manifest));
        for (int i = 0; i < undated; ++i)
            articles.append(article(QString(), PublishedBasis::Unknown));

        const int dated = CorpusDateInference::apply(articles);

        QCOMPARE(dated, expected.isEmpty() ? 0 : undated);
        for (int i = 0; i < stated.size(); ++i) {
            QCOMPARE(articles.at(i).published, QDate::fromString(stated.at(i), Qt::ISODate));
            QCOMPARE(articles.at(i).publishedBasis, PublishedBasis::Manifest);
        }
        for (int i = int(stated.size()); i < articles.size(); ++i) {
            QCOMPARE(articles.at(i).published, QDate::fromString(expected, Qt::ISODate));
            QCOMPARE(articles.at(i).publishedBasis,
                expected.isEmpty() ? PublishedBasis::Unknown : PublishedBasis::InferredFromCorpus);
        }
    }

    void latestMentionedDateIsOnlyALowerBound()
    {
        QList<Article> articles { article(u"2025-10-29"_qs, PublishedBasis::Byline),
            article(u"2024-12-01"_qs, PublishedBasis::InferredLatestDate),
            article(u"2025-11-20"_qs, PublishedBasis::InferredLatestDate) };
        QCOMPARE(CorpusDateInference::apply(articles), 1);
        QCOMPARE(articles.at(1).published, QDate(2025, 10, 29));
        QCOMPARE(articles.at(1).publishedBasis, PublishedBasis::InferredFromCorpus);
        // A text that mentions a later date cannot have been published earlier: it keeps its own.
        QCOMPARE(articles.at(2).published, QDate(2025, 11, 20));
        QCOMPARE(articles.at(2).publishedBasis, PublishedBasis::InferredLatestDate);
    }
};

QTEST_GUILESS_MAIN(TestCorpusDateInference)
#include "tst_corpusdateinference.moc"

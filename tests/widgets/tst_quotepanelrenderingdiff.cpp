// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentation/renderingdiff.h"
#include "testsupport.h"
#include "tst_quotepanelfixture.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// The comparison behind the quote panel: marks against any reference, similarity, normalisation, context.
class TestRenderingDiff : public QObject
{
    Q_OBJECT
private:
    static QString marksText(const QList<CellMark> &marks)
    {
        QStringList names;
        for (CellMark m : marks)
            names.append(cellMarkName(m));
        return names.join(QLatin1Char(' '));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void marks_data()
    {
        QTest::addColumn<int>("statement");
        QTest::addColumn<int>("rendering");
        QTest::addColumn<int>("reference");
        QTest::addColumn<QString>("expected");
        QTest::newRow("reference against itself")
            << 0 << 0 << 0 << u"same same same same same same same same empty same empty"_s;
        QTest::newRow("substitution, spelling, insertion")
            << 0 << 1 << 0 << u"same same substitution same same same same same empty normalisation insertion"_s;
        QTest::newRow("case, omission, moved words")
            << 0 << 2 << 0
            << u"normalisation same same same reordering omission reordering same reordering same empty"_s;
        QTest::newRow("against another reference")
            << 0 << 1 << 2
            << u"normalisation same substitution same reordering insertion reordering same reordering normalisation insertion"_s;
        QTest::newRow("fragment covers part") << 1 << 1 << 0 << u"outside same outside"_s;
        // The fuller rendering's words beyond a shorter reference stay visible, as words it adds.
        QTest::newRow("fragment as reference") << 1 << 0 << 1 << u"insertion same insertion"_s;
    }

    void marks()
    {
        QFETCH(int, statement);
        QFETCH(int, rendering);
        QFETCH(int, reference);
        QFETCH(QString, expected);
        const auto result = QuotePanelFixture::make();
        const QList<AlignmentColumn> &columns = result->statements.at(statement).alignment;
        QCOMPARE(marksText(RenderingDiff::marks(columns, rendering, reference)), expected);
    }

    void compareUsesAnalysisSimilarityForOwnReference()
    {
        const auto result = QuotePanelFixture::make();
        const RenderingDiff diff(*result);
        const StatementComparison c = diff.compare(u"s1"_s);
        QCOMPARE(c.reference, 0);
        QCOMPARE(c.renderings.size(), 3);
        QCOMPARE(c.renderings.at(1).similarity, 0.8);
        QCOMPARE(c.minSimilarity, 0.6);
        QCOMPARE(c.outletCount, 3);
        QVERIFY(c.renderings.at(0).isReference);
        QCOMPARE(c.renderings.at(1).outlet, u"Morning Wire"_s);
        QCOMPARE(c.renderings.at(1).differences(), (QList<CellMark> { CellMark::Substitution, CellMark::Insertion }));
        QVERIFY(c.hasDifferences());
        QVERIFY(c.conflicts.isEmpty());
    }

    void compareRecomputesSimilarityForAnotherReference()
    {
        const auto result = QuotePanelFixture::make();
        const RenderingDiff diff(*result);
        const StatementComparison c = diff.compare(u"s1"_s, u"art2#q1"_s);
        QCOMPARE(c.reference, 1);
        QVERIFY(c.renderings.at(1).isReference);
        QCOMPARE(c.renderings.at(1).similarity, 1.0);
        const double toA = c.renderings.at(0).similarity;
        QVERIFY2(toA > 0.6 && toA < 1.0, qPrintable(QString::number(toA)));
        // Symmetric: A against B as reference equals B against A.
        const QList<CellMark> aMarks = RenderingDiff::marks(c.columns, 1, 0);
        QCOMPARE(RenderingDiff::similarity(c.columns, aMarks, 1, 0), toA);
    }

    void fragmentCoverage()
    {
        const auto result = QuotePanelFixture::make();
        const StatementComparison c = RenderingDiff(*result).compare(u"s2"_s);
        QCOMPARE(c.referenceWordCount, 9);
        QCOMPARE(c.renderings.at(1).kind, QuoteKind::Fragment);
        QCOMPARE(c.renderings.at(1).firstColumn, 1);
        QCOMPARE(c.renderings.at(1).lastColumn, 1);
        QCOMPARE(c.renderings.at(1).coveredReferenceWords, 3);
        QVERIFY(c.renderings.at(1).differences().isEmpty());
    }

    void withoutAlignmentEveryRenderingIsOneCell()
    {
        auto result = std::const_pointer_cast<AnalysisResult>(QuotePanelFixture::make());
        result->statements[0].alignment.clear();
        const StatementComparison c = RenderingDiff(*result).compare(u"s1"_s);
        QCOMPARE(c.columns.size(), 1);
        QCOMPARE(c.columns.constFirst().cells.size(), 3);
        QCOMPARE(c.columns.constFirst().cells.at(1), result->quotes.at(result->quoteIndex(u"art2#q1"_s)).text);
        QCOMPARE(c.renderings.at(0).marks, QList<CellMark> { CellMark::Same });
        QCOMPARE(c.renderings.at(1).marks, QList<CellMark> { CellMark::Substitution });
    }

    void conflictIsReadable()
    {
        const auto result = QuotePanelFixture::make();
        const StatementComparison c = RenderingDiff(*result).compare(u"s3"_s);
        QCOMPARE(c.conflicts.size(), 1);
        QVERIFY(c.conflicts.constFirst().contains(u"Ben Ortiz"_s));
        QVERIFY(c.conflicts.constFirst().contains(u"Carl Ruiz"_s));
    }

    void contextHoldsQuoteAndCue()
    {
        const auto result = QuotePanelFixture::make();
        const StatementComparison c = RenderingDiff(*result).compare(u"s1"_s);
        for (const RenderingView &r : c.renderings) {
            QCOMPARE(r.context.mid(r.quoteInContext.start, r.quoteInContext.length()), r.text);
            QVERIFY2(!r.cueInContext.isEmpty(), qPrintable(r.context));
            QCOMPARE(r.context.mid(r.cueInContext.start, r.cueInContext.length()), r.speakerCue);
            QVERIFY(!r.context.contains(QLatin1Char('\n')));
        }
        // The sentence around, not the whole article.
        QVERIFY(!c.renderings.at(0).context.contains(u"Budget row"_s));
    }

    void contextOfLongParagraphIsCut()
    {
        QString filler;
        for (int i = 0; i < 80; ++i)
            filler += QStringLiteral("word ");
        const QString text = filler + QStringLiteral("\u201cshort quote\u201d ") + filler;
        const Article a = TestSupport::makeArticle(text);
        const int start = int(text.indexOf(u"short quote"_s));
        TextSpan inContext;
        const QString context = RenderingDiff::contextOf(a, { start, start + 11 }, {}, &inContext, nullptr);
        QVERIFY(context.size() < 500);
        QVERIFY(context.startsWith(QChar(0x2026)));
        QCOMPARE(context.mid(inContext.start, inContext.length()), u"short quote"_s);
    }

    void normalised_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("case and punctuation") << u"We will,"_s << u"we will"_s << true;
        QTest::newRow("curly apostrophe") << u"don\u2019t"_s << u"don't"_s << true;
        QTest::newRow("ise/ize") << u"denuclearising"_s << u"denuclearizing"_s << true;
        QTest::newRow("our/or") << u"honour"_s << u"honor"_s << true;
        QTest::newRow("accents") << u"Lakeside caf\u00e9"_s << u"lakeside cafe"_s << true;
        QTest::newRow("short words untouched") << u"four"_s << u"for"_s << false;
        QTest::newRow("other words") << u"never"_s << u"not"_s << false;
    }

    void normalised()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, equal);
        QCOMPARE(RenderingDiff::normalised(a) == RenderingDiff::normalised(b), equal);
    }

    void gist_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short") << u"A short  one."_s << 80 << u"A short one."_s;
        QTest::newRow("cut at a word") << u"one two three four"_s << 10 << u"one two\u2026"_s;
    }

    void gist()
    {
        QFETCH(QString, text);
        QFETCH(int, max);
        QFETCH(QString, expected);
        QCOMPARE(RenderingDiff::gistOf(text, max), expected);
    }
};

QTEST_GUILESS_MAIN(TestRenderingDiff)
#include "tst_quotepanelrenderingdiff.moc"

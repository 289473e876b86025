// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentation/alignmentsegments.h"
#include "presentation/comparisonhtml.h"
#include "presentation/diffpalette.h"
#include "quotepanel/alignmentview.h"
#include "quotepanel/comparisonview.h"
#include "quotepanel/contextview.h"
#include "quotepanel/difflegend.h"
#include "testsupport.h"
#include "tst_quotepanelfixture.h"
#include "widgettestsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

class TestQuotePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { WidgetTestSupport::initWidgetTest(); }

    void comparisonShowsEveryRendering()
    {
        ComparisonView view;
        view.resize(1000, 700);
        view.setResult(QuotePanelFixture::make());
        view.setStatement(u"s1"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const AlignmentView *alignment = view.alignmentView();
        QCOMPARE(alignment->comparison().renderings.size(), 3);
        QCOMPARE(alignment->alignmentLayout().renderingCount(), 3);
        for (int r = 0; r < 3; ++r)
            QVERIFY(alignment->alignmentLayout().labelRect(r).isValid());
        const QImage image = view.grab().toImage();
        WidgetTestSupport::maybeSave(image, u"comparison-s1.png"_s);
        QVERIFY(WidgetTestSupport::colourCount(image) > 20);
    }

    // What the view draws per cell follows the alignment's kinds, against the chosen reference.
    void marksFollowTheAlignment_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("reference"); // the reference rendering's quote id
        QTest::addColumn<bool>("showNormalisation");
        QTest::addColumn<QStringList>("expected"); // per rendering: "segment text:mark" of the marked cells
        QTest::newRow("s1 against its own reference")
            << u"s1"_s << u"art1#q1"_s << true
            << QStringList { QString(), u"not:substitution ,:normalisation again:insertion"_s,
                   u"we:normalisation on:reordering working:omission families:reordering on families:reordering"_s };
        QTest::newRow("normalisation switched off")
            << u"s1"_s << u"art1#q1"_s << false
            << QStringList { QString(), u"not:substitution again:insertion"_s,
                   u"on:reordering working:omission families:reordering on families:reordering"_s };
        QTest::newRow("s1 against Morning Wire")
            << u"s1"_s << u"art2#q1"_s << false
            << QStringList { u"never:substitution again:omission"_s, QString(),
                   u"never:substitution on:reordering working:omission families:reordering on families:reordering "
                   u"again:omission"_s };
        QTest::newRow("fragment against the full rendering")
            << u"s2"_s << u"art2#q2"_s << true << QStringList { QString(), u":outside :outside"_s };
    }

    void marksFollowTheAlignment()
    {
        QFETCH(QString, statement);
        QFETCH(QString, reference);
        QFETCH(bool, showNormalisation);
        QFETCH(QStringList, expected);
        ComparisonView view;
        view.resize(1000, 700);
        view.setResult(QuotePanelFixture::make());
        view.setStatement(statement);
        view.setShowNormalisation(showNormalisation);
        view.setReference(reference);
        QCOMPARE(view.reference(), reference);
        const AlignmentSegments &segments = view.alignmentView()->segments();
        QStringList shown;
        for (int r = 0; r < view.comparison().renderings.size(); ++r) {
            QStringList marked;
            for (int s = 0; s < segments.count(); ++s) {
                const CellMark mark = segments.segmentMark(s, r);
                if (mark != CellMark::Same && mark != CellMark::Empty)
                    marked.append(segments.shownText(s, r) + u':' + cellMarkName(mark));
            }
            shown.append(marked.join(u' '));
        }
        QCOMPARE(shown, expected);
    }

    void orientationSwitches()
    {
        ComparisonView view;
        view.resize(1000, 700);
        view.setResult(QuotePanelFixture::make());
        view.setStatement(u"s1"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const AlignmentView *alignment = view.alignmentView();
        QCOMPARE(alignment->alignmentLayout().orientation(), AlignmentLayout::Orientation::RenderingsAsRows);
        // Rows: one label per rendering on the left, at the same x.
        QCOMPARE(alignment->alignmentLayout().labelRect(0).left(), alignment->alignmentLayout().labelRect(2).left());
        view.setOrientation(AlignmentLayout::Orientation::RenderingsAsColumns);
        QCOMPARE(alignment->alignmentLayout().orientation(), AlignmentLayout::Orientation::RenderingsAsColumns);
        // Columns: the renderings side by side at the same y.
        QCOMPARE(alignment->alignmentLayout().labelRect(0).top(), alignment->alignmentLayout().labelRect(2).top());
        QVERIFY(alignment->alignmentLayout().labelRect(1).left() > alignment->alignmentLayout().labelRect(0).left());
        WidgetTestSupport::maybeSave(view.grab().toImage(), u"comparison-s1-columns.png"_s);
    }

    void darkPalette()
    {
        ComparisonView view;
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x30, 0x30, 0x30));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        view.setPalette(dark);
        view.resize(1000, 600);
        view.setResult(QuotePanelFixture::make());
        view.setStatement(u"s1"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage image = view.grab().toImage();
        WidgetTestSupport::maybeSave(image, u"comparison-s1-dark.png"_s);
        // The alignment's background is the dark base, not white.
        const QPoint inside = view.alignmentView()->mapTo(&view, QPoint(3, 3));
        QVERIFY(QColor(image.pixel(inside)).lightness() < 80);
    }

    void fragmentAndConflict()
    {
        ComparisonView view;
        view.resize(1000, 600);
        view.setResult(QuotePanelFixture::make());
        view.setStatement(u"s2"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        WidgetTestSupport::maybeSave(view.grab().toImage(), u"comparison-s2.png"_s);
        QCOMPARE(view.comparison().renderings.at(1).kind, QuoteKind::Fragment);
        view.setStatement(u"s3"_s);
        WidgetTestSupport::maybeSave(view.grab().toImage(), u"comparison-s3.png"_s);
        QCOMPARE(view.comparison().conflicts.size(), 1);
    }

    // Regression: with a shorter rendering as the reference, the fuller rendering's other words were drawn
    // as the dotted "not quoted here" line, and the differences vanished.
    void changingTheReferenceNeverHidesWords_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("reference");
        QTest::newRow("fragment as reference") << u"s2"_s << u"art3#q2"_s;
        QTest::newRow("full rendering as reference") << u"s2"_s << u"art2#q2"_s;
        QTest::newRow("another full rendering") << u"s1"_s << u"art3#q1"_s;
    }
    void changingTheReferenceNeverHidesWords()
    {
        QFETCH(QString, statement);
        QFETCH(QString, reference);
        ComparisonView view;
        view.setResult(QuotePanelFixture::make());
        view.setStatement(statement);
        view.setReference(reference);
        const AlignmentView *alignment = view.alignmentView();
        const AlignmentSegments &segments = alignment->segments();
        for (int r = 0; r < alignment->comparison().renderings.size(); ++r) {
            for (int seg = 0; seg < segments.count(); ++seg) {
                if (segments.text(seg, r).isEmpty())
                    continue;
                // Words a rendering has are shown as its words, whatever the reference.
                QVERIFY2(segments.segmentMark(seg, r) != CellMark::Outside, qPrintable(segments.text(seg, r)));
                QCOMPARE(segments.shownText(seg, r), segments.text(seg, r));
            }
        }
    }

    void referenceIsKeptWhenTheStatementIsShownAgain()
    {
        ComparisonView view;
        view.setResult(QuotePanelFixture::make());
        view.setStatement(u"s1"_s);
        view.setReference(u"art3#q1"_s);
        view.setStatement(u"s2"_s);
        QCOMPARE(view.reference(), u"art2#q2"_s); // its own
        view.setStatement(u"s1"_s);
        QCOMPARE(view.reference(), u"art3#q1"_s);
        QCOMPARE(view.findChild<QComboBox *>()->currentIndex(), 2);
        QVERIFY(view.comparison().renderings.at(2).isReference);
    }

    void renderingsOfOneOutletAreToldApart()
    {
        StatementComparison c;
        for (const QString &outlet :
            { u"Harbour Gazette (reprint)"_s, u"Coast Courier"_s, u"Harbour Gazette (reprint)"_s }) {
            RenderingView r;
            r.outlet = outlet;
            c.renderings.append(r);
        }
        c.renderings[1].isReference = true;
        // As RenderingDiff::compare() counts them: which of its outlet's renderings each is, of how many.
        c.renderings[0].outletRenderings = c.renderings[2].outletRenderings = 2;
        c.renderings[2].outletRepeat = 2;
        QCOMPARE(ComparisonHtml::renderingLabel(c, 0), u"Harbour Gazette (reprint) #1"_s);
        QCOMPARE(ComparisonHtml::renderingLabel(c, 1), u"\u2605 Coast Courier"_s);
        QCOMPARE(ComparisonHtml::renderingLabel(c, 2), u"Harbour Gazette (reprint) #2"_s);
        // Narrow, the outlet is shortened and the number stays.
        const QFontMetrics fm(QApplication::font());
        const QString narrow = AlignmentView::fittedLabel(c, 2, fm, fm.horizontalAdvance(u"Harbour #2"_s));
        QVERIFY2(narrow.endsWith(u" #2"_s), qPrintable(narrow));
        QVERIFY(narrow.contains(QChar(0x2026)));
    }

    void labelsDoNotContradictEachOther_data()
    {
        QTest::addColumn<QList<CellMark>>("marks");
        QTest::addColumn<int>("words");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing shared") << QList<CellMark> { CellMark::Outside, CellMark::Insertion } << 3
                                        << u"no words in common with the reference"_s;
        QTest::newRow("all substituted") << QList<CellMark> { CellMark::Substitution } << 2
                                         << u"no words in common with the reference"_s;
        QTest::newRow("part quoted, same words")
            << QList<CellMark> { CellMark::Outside, CellMark::Same } << 3 << u"same words"_s;
        QTest::newRow("words added") << QList<CellMark> { CellMark::Same, CellMark::Insertion } << 3
                                     << DiffPalette::label(CellMark::Insertion);
    }
    void labelsDoNotContradictEachOther()
    {
        QFETCH(QList<CellMark>, marks);
        QFETCH(int, words);
        QFETCH(QString, expected);
        RenderingView r;
        r.marks = marks;
        r.wordCount = words;
        QCOMPARE(ComparisonHtml::differenceText(r), expected);
    }

    // The current rendering is named by its quote: a quote of another statement, or none, is not a rendering
    // here and leaves the current one as it is, where a position would have picked some rendering of this one.
    void currentRenderingByQuote_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("outlet"); // in the citation
        QTest::newRow("the reference at first") << u"s1"_s << QString() << u"art1#q1"_s << u"Daily Ledger"_s;
        QTest::newRow("another rendering") << u"s1"_s << u"art2#q1"_s << u"art2#q1"_s << u"Morning Wire"_s;
        QTest::newRow("the last rendering") << u"s1"_s << u"art3#q1"_s << u"art3#q1"_s << u"Coast Courier"_s;
        QTest::newRow("a quote of another statement") << u"s1"_s << u"art3#q2"_s << u"art1#q1"_s << u"Daily Ledger"_s;
        QTest::newRow("an unknown quote") << u"s2"_s << u"art9#q9"_s << u"art2#q2"_s << u"Morning Wire"_s;
        QTest::newRow("the fragment") << u"s2"_s << u"art3#q2"_s << u"art3#q2"_s << u"Coast Courier"_s;
    }

    void currentRenderingByQuote()
    {
        QFETCH(QString, statement);
        QFETCH(QString, quote);
        QFETCH(QString, expected);
        QFETCH(QString, outlet);
        ComparisonView view;
        view.setResult(QuotePanelFixture::make());
        view.setStatement(statement);
        QSignalSpy changed(&view, &ComparisonView::currentRenderingChanged);
        view.setCurrentRendering(quote);
        QCOMPARE(view.currentRendering(), expected);
        QVERIFY(view.currentCitation().contains(outlet));
        QCOMPARE(changed.size(), expected == quote ? 1 : 0);
        if (!changed.isEmpty())
            QCOMPARE(changed.constFirst().at(0).toString(), quote);
    }

    void citation()
    {
        ComparisonView view;
        view.setResult(QuotePanelFixture::make());
        view.setStatement(u"s1"_s);
        view.setCurrentRendering(u"art3#q1"_s);
        QCOMPARE(view.currentCitation(),
            u"\u201cwe will never raise taxes this year on families.\u201d \u2014 Ana Lopez, quoted by Coast Courier, "
            u"\u201cMinister holds the line\u201d (2025-03-03). https://example.org/art3"_s);
    }
    // The legend keeps to one line as narrow as a laptop's window leaves it (the quote panel's right part of a
    // 1366-wide window, about 470 px): its labels drawn as their own samples, the two long ones shortened. Nothing
    // is lost: each mark's tooltip gives its full label and what it means, wherever the legend is narrow or wide.
    void legendFitsALaptopOnOneLine_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<DiffLegend::Style>("style");
        QTest::newRow("wide") << 1200 << DiffLegend::Style::Full;
        QTest::newRow("laptop") << 460 << DiffLegend::Style::Short;
        QTest::newRow("narrow") << 200 << DiffLegend::Style::Short;
    }

    void legendFitsALaptopOnOneLine()
    {
        QFETCH(int, width);
        QFETCH(DiffLegend::Style, style);
        DiffLegend legend;
        legend.resize(width, legend.heightForWidth(width));
        QCOMPARE(legend.styleFor(width), style);
        const int oneLine = legend.heightForWidth(100000);
        if (width >= 460)
            QCOMPARE(legend.heightForWidth(width), oneLine);
        else
            QVERIFY(legend.heightForWidth(width) > oneLine);
        // Every mark's full label and description, under the mouse somewhere on the legend.
        QSet<QString> tips;
        for (int y = 2; y < legend.height(); y += 4) {
            for (int x = 0; x < width; x += 3) {
                const QString tip = legend.toolTipAt(QPoint(x, y));
                if (!tip.contains(u"<br>"_s))
                    tips.insert(tip);
            }
        }
        const QList<CellMark> marks = DiffPalette::legendMarks();
        for (CellMark m : marks) {
            const QString tip = u"<b>%1</b>: %2"_s.arg(DiffPalette::label(m), DiffPalette::description(m));
            QVERIFY2(tips.contains(tip), qPrintable(tip));
        }
        QCOMPARE(tips.size(), marks.size());
        WidgetTestSupport::maybeScreenshot(legend, u"difflegend-%1.png"_s.arg(width));
    }

    // The "not quoted" sample, a one-pixel dotted line, is seen on a light and a dark window (it was 1.6:1 against
    // white and smeared over two pixel rows) while staying quieter than the four marks of real differences.
    void notQuotedSampleIsSeenButQuiet_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void notQuotedSampleIsSeenButQuiet()
    {
        QFETCH(bool, dark);
        const QColor window = dark ? QColor(0x2b, 0x2b, 0x2b) : QColor(0xef, 0xef, 0xef);
        const double outside = contrast(DiffPalette::accent(CellMark::Outside, dark), window);
        QVERIFY2(outside >= 2.0, qPrintable(QString::number(outside)));
        for (CellMark m : { CellMark::Substitution, CellMark::Insertion, CellMark::Omission, CellMark::Reordering })
            QVERIFY(contrast(DiffPalette::accent(m, dark), window) > outside);

        DiffLegend legend;
        QPalette palette;
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::Base, dark ? QColor(0x1e, 0x1e, 0x1e) : Qt::white);
        palette.setColor(QPalette::Text, dark ? QColor(0xe0, 0xe0, 0xe0) : Qt::black);
        legend.setPalette(palette);
        legend.setAutoFillBackground(true);
        legend.resize(460, legend.heightForWidth(460));
        const QImage image = legend.grab().toImage();
        // The sample is the start of the last mark's area, a line height wide, before its label.
        const QString tip = u"<b>%1</b>: %2"_s.arg(
            DiffPalette::label(CellMark::Outside), DiffPalette::description(CellMark::Outside));
        const int y = legend.height() / 2;
        int left = 0;
        while (left < legend.width() && legend.toolTipAt(QPoint(left, y)) != tip)
            ++left;
        QVERIFY(left < legend.width());
        double strongest = 1;
        for (int x = left; x < left + legend.fontMetrics().height(); ++x) {
            for (int row = 0; row < legend.height(); ++row)
                strongest = std::max(strongest, contrast(QColor(image.pixel(x, row)), window));
        }
        QVERIFY2(strongest >= 1.9, qPrintable(QString::number(strongest)));
    }

private:
    // The WCAG contrast ratio of two colours.
    static double contrast(const QColor &a, const QColor &b)
    {
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }
};

QTEST_MAIN(TestQuotePanel)
#include "tst_quotepanel.moc"

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A statement with hundreds of renderings is compared on a worker: the comparison view says so meanwhile,
// then shows what RenderingDiff gives for it, with every rendering in the Reference box; only the last
// statement asked for is shown.
#include "analysis/analysisresult.h"
#include "presentation/alignmentsegments.h"
#include "presentation/comparisonhtml.h"
#include "presentation/renderingdiff.h"
#include "quotepanel/alignmentlayout.h"
#include "quotepanel/alignmentview.h"
#include "quotepanel/comparisonview.h"
#include "quotepanel/contextview.h"
#include "widgettestsupport.h"

#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <numeric>

using namespace Qt::StringLiterals;

namespace
{
const QString Sentence = u"The minister said: \u201cWe will open the bridge to every lorry by spring.\u201d"_s;

// Statement s1 has `large` renderings, every third one with "trucks" for "lorry" (the eighth word, column 7);
// s2 has two.
constexpr int LorryColumn = 7;
std::shared_ptr<const AnalysisResult> corpus(int large)
{
    auto r = std::make_shared<AnalysisResult>();
    const int quoteStart = int(Sentence.indexOf(u'\u201c')) + 1;
    for (int a = 0; a < large + 2; ++a) {
        const QString statement = a < large ? u"s1"_s : u"s2"_s;
        const bool differs = a < large && a % 3 == 1;
        Article article;
        article.id = u"a%1"_s.arg(a);
        article.setText(differs ? QString(Sentence).replace(u"lorry"_s, u"trucks"_s) : Sentence);
        article.paragraphs = article.sentences = { { 0, int(article.text().size()) } };
        article.outlet = u"Outlet %1"_s.arg(a % 7);
        r->corpus.articles.append(article);
        Quote q;
        q.id = u"a%1#q1"_s.arg(a);
        q.statement = statement;
        q.article = a;
        q.span = { quoteStart, int(article.text().indexOf(u'\u201d')) };
        q.text = article.text().mid(q.span.start, q.span.end - q.span.start);
        q.speaker = u"Rosa Vidal"_s;
        r->quotes.append(q);
        if (r->statements.isEmpty() || r->statements.last().id != statement) {
            Statement s;
            s.id = statement;
            s.speaker = q.speaker;
            s.reference = q.id;
            r->statements.append(s);
        }
        r->statements.last().quotes.append(q.id);
    }
    // Aligned word by word; the differing renderings have their own word in LorryColumn.
    Statement &s1 = r->statements.first();
    const QStringList words = r->quotes.constFirst().text.split(u' ');
    for (const QString &word : words) {
        AlignmentColumn column;
        QStringList cells;
        for (int i = 0; i < s1.quotes.size(); ++i)
            cells.append(word == u"lorry"_s && i % 3 == 1 ? u"trucks"_s : word);
        column.cells = cells;
        column.kind = word == u"lorry"_s ? DiffKind::Substitution : DiffKind::Same;
        s1.alignment.append(column);
    }
    return r;
}

QStringList quoteIds(const StatementComparison &c)
{
    QStringList ids;
    for (const RenderingView &r : c.renderings)
        ids.append(r.quoteId);
    return ids;
}
}

class TestLargeComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void comparedOnAWorkerThenShown()
    {
        const auto result = corpus(600);
        ComparisonView view;
        view.setResult(result);
        view.setStatement(u"s1"_s);
        QCOMPARE(view.statement(), u"s1"_s);
        // Meanwhile the panel says what it is doing, and shows nothing stale.
        QVERIFY(!view.comparison().isValid());
        QVERIFY(view.findChild<QLabel *>()->text().contains(u"600"_s));
        QTRY_VERIFY_WITH_TIMEOUT(view.comparison().isValid(), 20000);

        const StatementComparison expected = RenderingDiff(*result).compare(u"s1"_s, {});
        const StatementComparison &shown = view.comparison();
        QCOMPARE(quoteIds(shown), quoteIds(expected));
        QCOMPARE(shown.reference, expected.reference);
        for (int i : { 0, 1, 2, 299, 598, 599 }) {
            QCOMPARE(shown.renderings.at(i).marks, expected.renderings.at(i).marks);
            QCOMPARE(shown.renderings.at(i).outletRepeat, expected.renderings.at(i).outletRepeat);
        }
        QCOMPARE(shown.renderings.at(1).marks.at(LorryColumn), CellMark::Substitution);
        auto *reference = view.findChild<QComboBox *>();
        QCOMPARE(reference->count(), 600);
        QCOMPARE(reference->itemData(599).toString(), u"a599#q1"_s);
        QVERIFY(reference->itemText(1).startsWith(u"Outlet 1 #1"_s));
        QCOMPARE(view.currentRendering(), expected.renderings.at(expected.reference).quoteId);
        // Another statement empties the box while it is compared, then fills it with its own renderings.
        view.setStatement(u"s1"_s);
        view.setStatement({});
        QCOMPARE(reference->count(), 0);
        view.setStatement(u"s2"_s);
        QCOMPARE(reference->count(), 2);
        QCOMPARE(reference->itemData(1).toString(), u"a601#q1"_s);
    }

    void anotherReferenceKeepsTheCurrentRendering()
    {
        ComparisonView view;
        view.setResult(corpus(300));
        view.setStatement(u"s1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(view.comparison().isValid(), 20000);
        view.setCurrentRendering(u"a7#q1"_s);
        view.setReference(u"a4#q1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(view.comparison().isValid() && view.reference() == u"a4#q1"_s, 20000);
        QCOMPARE(view.currentRendering(), u"a7#q1"_s);
        // Against a rendering with "trucks", the ones with "lorry" now differ.
        QCOMPARE(view.comparison().renderings.at(0).marks.at(LorryColumn), CellMark::Substitution);
        QCOMPARE(view.comparison().renderings.at(1).marks.at(LorryColumn), CellMark::Same);
    }

    void onlyTheLastStatementAskedForIsShown()
    {
        ComparisonView view;
        view.setResult(corpus(300));
        view.setStatement(u"s1"_s);
        // A small statement is shown at once, and the large one's worker does not replace it.
        view.setStatement(u"s2"_s);
        QCOMPARE(view.comparison().statementId, u"s2"_s);
        QTest::qWait(500);
        QCOMPARE(view.comparison().statementId, u"s2"_s);
        QCOMPARE(view.comparison().renderings.size(), 2);
    }

    // The context cards of a page are not laid out in one go: the first few at once, then more over the next
    // turns of the event loop only as far as the view shows and a screen beyond; scrolling down appends the rest,
    // in order, with the link to the next page last.
    void contextCardsComeAsTheViewShowsThem()
    {
        ComparisonView view;
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setResult(corpus(60));
        view.setStatement(u"s1"_s);
        QVERIFY(view.comparison().isValid());
        ContextView *context = view.contextView();
        const auto cards = [context] { return int(context->toPlainText().count(u"Rosa Vidal"_s)); };
        QVERIFY(cards() > 0);
        QTest::qWait(200);
        // What the view shows and a screen below it, not the page's 50.
        const int shown = cards();
        QVERIFY2(shown < 50, qPrintable(QString::number(shown)));
        QVERIFY2(context->document()->size().height() >= 2 * context->viewport()->height(),
            qPrintable(u"%1 cards, %2 px"_s.arg(shown).arg(context->document()->size().height())));
        QScrollBar *bar = context->verticalScrollBar();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                bar->setValue(bar->maximum());
                return cards() == 50;
            }(),
            10000);
        const QString text = context->toPlainText();
        QVERIFY(text.trimmed().endsWith(u"\u25bc Renderings 51\u201360 of 60"_s));
        int previous = -1;
        for (int card = 0; card < 50; ++card) {
            const int at = int(text.indexOf(u"\u2014 a%1\n"_s.arg(card), previous + 1));
            QVERIFY2(at > previous, qPrintable(u"card %1"_s.arg(card)));
            previous = at;
        }
        // Where the first cards meet the appended ones, for a person to look at.
        context->scrollToAnchor(u"card-3"_s);
        WidgetTestSupport::maybeScreenshot(*context, u"contextview-appended-cards.png"_s);
    }

    // A selection lays out at once only the cards that fill the context view and a margin below it, not a fixed
    // handful: in a short view, one or two cards, yet the view is not left half empty.
    void onlyTheCardsInViewAreLaidOutAtOnce()
    {
        ComparisonView view;
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setResult(corpus(60));
        ContextView *context = view.contextView();
        context->setFixedHeight(120);
        QTest::qWait(50);
        view.setStatement(u"s1"_s);
        QVERIFY(view.comparison().isValid());
        const int cards = int(context->toPlainText().count(u"Rosa Vidal"_s));
        const qreal height = context->document()->size().height();
        const int viewHeight = context->viewport()->height();
        const QString what = u"%1 cards, %2 px in a view of %3"_s.arg(cards).arg(height).arg(viewHeight);
        QVERIFY2(cards >= 1 && cards < 4, qPrintable(what));
        QVERIFY2(height >= viewHeight, qPrintable(what));
    }

    // A current rendering far down its page has its card laid out, and the view scrolled to it, though the
    // cards above it are not in view.
    void theCurrentCardIsLaidOutAndScrolledTo()
    {
        ComparisonView view;
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setResult(corpus(60));
        view.setStatement(u"s1"_s);
        QVERIFY(view.comparison().isValid());
        ContextView *context = view.contextView();
        view.setCurrentRendering(u"a40#q1"_s);
        QTRY_VERIFY(context->toPlainText().contains(u"\u2014 a40\n"_s));
        QTRY_VERIFY(context->verticalScrollBar()->value() > 0);
        const QRect card = context->cursorRect(context->document()->find(u"a40"_s));
        QVERIFY2(context->viewport()->rect().intersects(card), qPrintable(u"%1"_s.arg(card.y())));
    }

    // A layout places the alignment columns once for every rendering: each rect it gives is the one the columns and
    // the rendering's place make, the renderings in an area are the ones whose rows or columns meet it (what a paint
    // visits), and a point hits the label, cell or row it lies in.
    void aLayoutPlacesColumnsNotCells_data()
    {
        QTest::addColumn<bool>("rows");
        QTest::newRow("renderings as rows") << true;
        QTest::newRow("renderings as columns") << false;
    }

    void aLayoutPlacesColumnsNotCells()
    {
        QFETCH(bool, rows);
        const int renderings = 10000;
        const QList<int> extents { 40, 60, 30, 80, 50 };
        const AlignmentLayout layout = rows ? AlignmentLayout::rows(extents, renderings, 200, 50, 20, 10)
                                            : AlignmentLayout::columns(extents, renderings, 90, 24);
        if (rows) {
            // Bands of [40 60 30] and [80 50] after the 50-wide labels, each 10,000 rows of 20, 10 apart.
            QCOMPARE(layout.bandStarts(), (QList<int> { 0, 3 }));
            QCOMPARE(layout.cellRect(3, 9999), QRect(50, 200010 + 199980, 80, 20));
            QCOMPARE(layout.cellRect(2, 0), QRect(150, 0, 30, 20));
            QCOMPARE(layout.labelRect(7, 1), QRect(0, 200010 + 140, 50, 20));
            QCOMPARE(layout.renderingRect(7, 0), QRect(QPoint(0, 140), QPoint(179, 159)));
            QCOMPARE(layout.size(), QSize(180, 2 * 200000 + 10));
        } else {
            QCOMPARE(layout.cellRect(3, 9999), QRect(899910, 24 + 130, 90, 80));
            QCOMPARE(layout.labelRect(7), QRect(630, 0, 90, 24));
            QCOMPARE(layout.size(), QSize(900000, 24 + 260));
        }
        const QRect area = rows ? QRect(0, 200010 + 95, 120, 300) : QRect(175, 100, 400, 50);
        for (int b = 0; b < layout.bandCount(); ++b) {
            QList<int> meeting;
            for (int r = 0; r < renderings; ++r) {
                if (layout.renderingRect(r, b).intersects(area))
                    meeting.append(r);
            }
            const auto [first, last] = layout.renderingsIn(area, b);
            QList<int> found(last - first);
            std::iota(found.begin(), found.end(), first);
            QCOMPARE(found, meeting);
        }
        for (int y = area.top() - 40; y < area.bottom() + 40; y += 7) {
            for (int x = -3; x < (rows ? 200 : 700); x += 11) {
                const QPoint point(x, y);
                AlignmentLayout::Hit expected;
                for (int b = 0; b < layout.bandCount() && expected.rendering < 0; ++b) {
                    for (int r = 0; r < renderings && expected.rendering < 0; ++r) {
                        if (layout.labelRect(r, b).contains(point))
                            expected = { -1, r };
                        for (int c = 0; c < layout.columnCount() && expected.rendering < 0; ++c) {
                            if (layout.bandOf(c) == b && layout.cellRect(c, r).contains(point))
                                expected = { c, r };
                        }
                        if (expected.rendering < 0 && layout.renderingRect(r, b).contains(point))
                            expected = { -1, r };
                    }
                }
                const AlignmentLayout::Hit hit = layout.hitTest(point);
                QVERIFY2(hit.column == expected.column && hit.rendering == expected.rendering,
                    qPrintable(QStringLiteral("(%1, %2): %3/%4, expected %5/%6")
                                   .arg(x)
                                   .arg(y)
                                   .arg(hit.column)
                                   .arg(hit.rendering)
                                   .arg(expected.column)
                                   .arg(expected.rendering)));
            }
        }
    }

    // Laying out thousands of renderings depends on the view's width alone: a resize that keeps the width (the
    // panel's layout answering a new comparison's size hint) only sets the scroll range to the new height.
    void aNewHeightIsNotLaidOutAgain()
    {
        const auto result = corpus(3000);
        QWidget window;
        window.resize(1000, 1000);
        auto &view = *new AlignmentView(&window);
        view.setComparison(RenderingDiff(*result).compare(u"s1"_s, {}));
        view.resize(700, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize content = view.contentSize();
        QSignalSpy layouts(&view, &AlignmentView::laidOut);
        view.resize(700, 600);
        QCOMPARE(layouts.count(), 0);
        QCOMPARE(view.contentSize(), content);
        QCOMPARE(view.verticalScrollBar()->maximum(), content.height() - view.viewport()->height());
        view.resize(720, 600);
        QCOMPARE(layouts.count(), 1);
    }

    // Nor does the scroll bar's coming or going change the width the renderings are laid out for: selecting a
    // statement lays its renderings out once, though the bar appears after the panel has fitted the view's height.
    void aStatementIsLaidOutOncePerSelection()
    {
        ComparisonView view;
        view.setResult(corpus(150));
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QScrollBar *bar = view.alignmentView()->verticalScrollBar();
        QVERIFY(!bar->isVisible());
        QSignalSpy layouts(view.alignmentView(), &AlignmentView::laidOut);
        view.setStatement(u"s1"_s);
        QTest::qWait(100);
        QCOMPARE(view.comparison().renderings.size(), 150);
        QVERIFY(bar->isVisible());
        QCOMPARE(layouts.count(), 1);
        // The widest row fits beside the bar, and back without it nothing is laid out again.
        QCOMPARE(view.alignmentView()->horizontalScrollBar()->maximum(), 0);
        layouts.clear();
        view.setStatement(u"s2"_s);
        QTest::qWait(100);
        QVERIFY(!bar->isVisible());
        QCOMPARE(layouts.count(), 1);
    }

    // The view measures one rendering per different cell of a segment: all the texts, each about once.
    void eachSegmentsTextsAreMeasuredOnce()
    {
        const StatementComparison comparison = RenderingDiff(*corpus(300)).compare(u"s1"_s, {});
        const AlignmentSegments segments(comparison, true, false, 6);
        QVERIFY(segments.count() > 1);
        bool lorry = false;
        for (int s = 0; s < segments.count(); ++s) {
            QSet<QString> all;
            for (int r = 0; r < comparison.renderings.size(); ++r)
                all.insert(segments.shownText(s, r));
            const QList<int> distinct = segments.renderingsWithDistinctText(s);
            QSet<QString> measured;
            for (const int r : distinct)
                measured.insert(segments.shownText(s, r));
            QCOMPARE(measured, all);
            QCOMPARE(distinct.size(), all.size());
            if (all.contains(u"trucks"_s)) {
                lorry = true;
                QCOMPARE(distinct, (QList<int> { 0, 1 }));
            }
        }
        QVERIFY(lorry);
    }
    // Renderings are told apart by their words, not by where a word table keeps them: a table may hold a word twice.
    // A blank cell where a word is left out shows the reference's words, as an empty one does.
    void distinctTextsDoNotDependOnTheWordTable()
    {
        StatementComparison comparison;
        comparison.reference = 0;
        // "bridge" at places 0 and 1 of the table; rendering 3 leaves the second column out with a blank.
        comparison.columns = {
            { AlignmentCells::split({ u"bridge"_s, u"bridge"_s, u"road"_s }, { 0, 1, 0, 2 }, { 4 }).constFirst(),
                DiffKind::Substitution },
            { AlignmentCells::split({ u"the"_s, u" "_s }, { 0, 0, 0, 1 }, { 4 }).constFirst(), DiffKind::Omission }
        };
        for (int r = 0; r < 4; ++r) {
            RenderingView view;
            view.marks
                = { r == 3 ? CellMark::Substitution : CellMark::Same, r == 3 ? CellMark::Omission : CellMark::Same };
            comparison.renderings.append(view);
        }
        const AlignmentSegments segments(comparison, true, false, 6);
        QCOMPARE(segments.count(), 2);
        QCOMPARE(segments.renderingsWithDistinctText(0), (QList<int> { 0, 3 }));
        QVERIFY(segments.showsReferenceWords(1, 3));
        QCOMPARE(segments.shownText(1, 3), u"the"_s);
        QCOMPARE(segments.renderingsWithDistinctText(1), (QList<int> { 0 }));
    }

    // A column weighs the most words one of its cells holds, at least 1 (a gap holds none).
    void aColumnWeighsItsLongestCell()
    {
        const QList<AlignmentColumn> columns { { QStringList { u"bridge"_s, u"bridge"_s }, DiffKind::Same },
            { QStringList { u"every lorry"_s, QString() }, DiffKind::Omission },
            { QStringList { QString(), u"by early spring"_s }, DiffKind::Insertion } };
        QCOMPARE(RenderingDiff::columnWeights(columns), (QList<int> { 1, 2, 3 }));
        const StatementComparison comparison = RenderingDiff(*corpus(4)).compare(u"s1"_s, {});
        QCOMPARE(comparison.columnWeights, RenderingDiff::columnWeights(comparison.columns));
    }

    // The context cards scale their coverage bars by the weights the comparison came with (counted on the worker
    // for a large statement): the cells of every rendering are not counted again for each few cards shown.
    void coverageBarsUseTheComparisonsWeights()
    {
        StatementComparison comparison = RenderingDiff(*corpus(4)).compare(u"s1"_s, {});
        const int columns = int(comparison.columns.size());
        QCOMPARE(comparison.columnWeights, QList<int>(columns, 1));
        // The second rendering quotes all but the first column, which is made to weigh as much as the rest twice.
        comparison.renderings[1].firstColumn = 1;
        comparison.columnWeights.first() = 2 * (columns - 1);
        ComparisonHtml::Options options;
        options.firstCard = 1;
        options.cardCount = 1;
        const QString card = ComparisonHtml::renderingCards(comparison, options);
        // Two thirds of the 12 blocks grey before the rendering's words; counted from the cells it would be 1.
        QCOMPARE(card.count(QChar(0x2501)), 12);
        QVERIFY2(card.contains(u">"_s + QString(8, QChar(0x2501)) + u"</span>"_s), qPrintable(card));
    }

    // A card's coverage caption ("5 words, the reference") stays on one line beside its bar at any width the pair
    // fits in, as narrow as a laptop's context pane: the line breaks before the bar, never inside the caption.
    void coverageCaptionIsNotBroken()
    {
        const StatementComparison comparison = RenderingDiff(*corpus(4)).compare(u"s1"_s, {});
        for (int rendering = 0; rendering < 2; ++rendering) {
            ComparisonHtml::Options options;
            options.firstCard = rendering;
            options.cardCount = 1;
            const QString caption = ComparisonHtml::coverageText(comparison, rendering);
            QTextDocument document;
            document.setHtml(ComparisonHtml::renderingCards(comparison, options));
            const QTextCursor found = document.find(caption); // find() reads a no-break space as a space
            QVERIFY2(!found.isNull(), qPrintable(caption));
            const QTextBlock block = found.block();
            for (int width = 300; width <= 700; width += 10) {
                document.setTextWidth(width);
                document.documentLayout()->blockBoundingRect(block); // laid out lazily
                const QTextLayout *layout = block.layout();
                QVERIFY(width > 400 || layout->lineCount() > 1);
                const int start = found.selectionStart() - block.position();
                const int end = found.selectionEnd() - 1 - block.position();
                QVERIFY2(
                    layout->lineForTextPosition(start).lineNumber() == layout->lineForTextPosition(end).lineNumber(),
                    qPrintable(u"%1 at %2"_s.arg(caption).arg(width)));
            }
        }
    }
};

QTEST_MAIN(TestLargeComparison)
#include "tst_largecomparison.moc"

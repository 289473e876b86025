// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleview/articlemarkup.h"
#include "articleview/articleview.h"
#include "common/articlelist.h"
#include "corpus/articletext.h"
#include "syntheticanalysis.h"
#include "widgettestsupport.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>

#include <numeric>

namespace
{
// The character format the highlighter gave to the character at `pos`.
QTextCharFormat formatAt(QPlainTextEdit *edit, int pos)
{
    const QTextBlock block = edit->document()->findBlock(pos);
    const int offset = pos - block.position();
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    QTextCharFormat merged;
    for (const QTextLayout::FormatRange &r : ranges) {
        if (offset >= r.start && offset < r.start + r.length)
            merged.merge(r.format);
    }
    return merged;
}

QPoint pointAt(QPlainTextEdit *edit, int pos)
{
    QTextCursor cursor(edit->document());
    cursor.setPosition(pos);
    return edit->cursorRect(cursor).center() + QPoint(2, 0);
}

// `view`, of `size`, set to `result` and showing its article `article`.
void showArticle(ArticleView &view, const std::shared_ptr<const AnalysisResult> &result, int article, QSize size)
{
    view.resize(size);
    view.setResult(result);
    view.showArticle(result->corpus.articles.at(article).id);
}

// The same with the view on screen (article 0): false when its window never came up.
bool showOnScreen(ArticleView &view, const std::shared_ptr<const AnalysisResult> &result, QSize size)
{
    showArticle(view, result, 0, size);
    view.show();
    return QTest::qWaitForWindowExposed(&view);
}
}

// The article view: spans from the analysis become highlights; clicks on them select statements and events.
class TestArticleView : public QObject
{
    Q_OBJECT
private Q_SLOTS:

    // A long title wraps onto every line it needs in a narrow view, and the facts under it too.
    void longTitleIsShownWhole()
    {
        auto result = std::make_shared<AnalysisResult>(*SyntheticAnalysis::make());
        result->corpus.articles[0].title = QStringLiteral(
            "Ministers meet again after a long night of talks on the harbour strike and the new rail timetable");
        ArticleView view;
        QVERIFY(showOnScreen(view, result, { 460, 380 }));
        QLabel *title = nullptr;
        for (QLabel *label : view.findChildren<QLabel *>()) {
            if (label->text() == result->corpus.articles.at(0).title)
                title = label;
        }
        QVERIFY(title);
        QTRY_VERIFY2(title->height() >= title->heightForWidth(title->width()),
            qPrintable(QStringLiteral("%1 < %2").arg(title->height()).arg(title->heightForWidth(title->width()))));
        QVERIFY(title->height() > 2 * title->fontMetrics().height());
    }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The title shows once: a text that opens with it (or with the sentence a shortened title was taken
    // from) keeps it, its marks clickable there, and the header gives way; a text that does not has it in
    // the header. The facts stay in the header either way.
    void titleIsShownOnce_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("inHeader");
        QTest::newRow("text opens with it") << QStringLiteral("Leaders may meet again") << false;
        QTest::newRow("other case and spacing") << QStringLiteral("leaders  may meet AGAIN ") << false;
        QTest::newRow("not in the text") << QStringLiteral("Envoys of Korvala expect a second summit") << true;
        QTest::newRow("its opening, shortened") << QStringLiteral("Leaders may meet\u2026") << false;
        QTest::newRow("other words, shortened") << QStringLiteral("Envoys of Korvala\u2026") << true;
    }

    void titleIsShownOnce()
    {
        QFETCH(QString, title);
        QFETCH(bool, inHeader);
        auto result = std::make_shared<AnalysisResult>(*SyntheticAnalysis::make());
        result->corpus.articles[0].title = title;
        ArticleView view;
        QVERIFY(showOnScreen(view, result, { 460, 380 }));
        QString words = title.simplified();
        words.remove(u'\u2026');
        int shown = int(view.textEdit()->toPlainText().count(words, Qt::CaseInsensitive));
        bool facts = false;
        for (const QLabel *label : view.findChildren<QLabel *>()) {
            if (!label->isVisible())
                continue;
            shown += int(label->text().count(words, Qt::CaseInsensitive));
            facts = facts || label->text().contains(QStringLiteral("Alpha News"));
        }
        QCOMPARE(shown, 1);
        QVERIFY(facts);
        QCOMPARE(ArticleView::opensWithTitle(result->corpus.articles.at(0)), !inHeader);
    }

    void markupComesFromTheAnalysis()
    {
        const auto result = SyntheticAnalysis::make();
        MentionIndex index;
        index.build(*result);
        const ArticleMarkup markup = buildArticleMarkup(*result, index, 0);
        QCOMPARE(markup.quotes.size(), 1);
        QCOMPARE(markup.quotes.constFirst().statementId, QStringLiteral("s1"));
        QCOMPARE(markup.mentions.size(), 3);
        QCOMPARE(markup.boilerplate.size(), 1);
        // Sorted by start, and the innermost mark is found.
        QVERIFY(markup.mentions.at(0).span.start < markup.mentions.at(1).span.start);
        const TextSpan date = SyntheticAnalysis::spanOf(*result, 0, QStringLiteral("12 June 2018"));
        QCOMPARE(markup.mentionAt(date.start)->eventId, QStringLiteral("e1"));
        QVERIFY(!markup.quoteAt(date.start));
    }

    // One article's mentions looked up alone (before the whole index is built on a worker) are the ones the
    // whole index has for it, in the same order.
    void oneArticlesMentionsAsTheWholeIndex()
    {
        const auto result = SyntheticAnalysis::make();
        MentionIndex whole;
        whole.build(*result);
        for (int a = 0; a < result->corpus.articles.size(); ++a) {
            const MentionIndex one = MentionIndex::ofArticle(*result, a);
            QCOMPARE(one.forArticle(a).size(), whole.forArticle(a).size());
            for (int i = 0; i < one.forArticle(a).size(); ++i) {
                QCOMPARE(one.forArticle(a).at(i).event, whole.forArticle(a).at(i).event);
                QCOMPARE(one.forArticle(a).at(i).mention, whole.forArticle(a).at(i).mention);
            }
            QVERIFY(one.forArticle(a + 1).isEmpty());
        }
        QVERIFY(!whole.forArticle(0).isEmpty());
    }

    void highlightsFollowSpans_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("kind");
        QTest::newRow("quote") << QStringLiteral("talk again soon") << QStringLiteral("quote");
        QTest::newRow("date words") << QStringLiteral("12 June 2018") << QStringLiteral("date");
        QTest::newRow("event clause") << QStringLiteral("leaders first met") << QStringLiteral("mention");
        QTest::newRow("boilerplate") << QStringLiteral("agency archive") << QStringLiteral("boilerplate");
        QTest::newRow("plain text") << QStringLiteral("the president said") << QStringLiteral("none");
    }
    void highlightsFollowSpans()
    {
        QFETCH(QString, words);
        QFETCH(QString, kind);
        const auto result = SyntheticAnalysis::make();
        ArticleView view;
        showArticle(view, result, 0, { 900, 600 });
        const int pos = SyntheticAnalysis::spanOf(*result, 0, words).start + 1;
        const QTextCharFormat f = formatAt(view.textEdit(), pos);
        QCOMPARE(f.background().style() != Qt::NoBrush, kind == QLatin1String("quote"));
        QCOMPARE(f.underlineStyle() == QTextCharFormat::SingleUnderline, kind == QLatin1String("date"));
        QCOMPARE(f.underlineStyle() == QTextCharFormat::DotLine, kind == QLatin1String("mention"));
        QCOMPARE(f.fontItalic(), kind == QLatin1String("boilerplate"));
        if (kind == QLatin1String("boilerplate"))
            QCOMPARE(f.foreground().color(), view.palette().color(QPalette::PlaceholderText));
    }

    void annotatedSpansAreUnderlinedInTheShownArticle()
    {
        const auto result = SyntheticAnalysis::make();
        ArticleView view;
        showArticle(view, result, 0, { 900, 600 });
        const TextSpan plain = SyntheticAnalysis::spanOf(*result, 0, QStringLiteral("the president said"));
        const QString otherId = result->corpus.articles.at(1).id;
        view.setAnnotatedSpans({ { otherId, { plain } } });
        QVERIFY(formatAt(view.textEdit(), plain.start + 1).underlineStyle() != QTextCharFormat::WaveUnderline);
        view.setAnnotatedSpans({ { result->corpus.articles.at(0).id, { plain } } });
        QCOMPARE(formatAt(view.textEdit(), plain.start + 1).underlineStyle(), QTextCharFormat::WaveUnderline);
        QVERIFY(formatAt(view.textEdit(), plain.end + 1).underlineStyle() != QTextCharFormat::WaveUnderline);
        // Kept when the article is shown again.
        view.showArticle(result->corpus.articles.at(1).id);
        view.showArticle(result->corpus.articles.at(0).id);
        QCOMPARE(formatAt(view.textEdit(), plain.start + 1).underlineStyle(), QTextCharFormat::WaveUnderline);
        view.setAnnotatedSpans({});
        QVERIFY(formatAt(view.textEdit(), plain.start + 1).underlineStyle() != QTextCharFormat::WaveUnderline);
    }

    void clickingMarksSelects_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("event");
        QTest::newRow("quote") << QStringLiteral("talk again soon") << QStringLiteral("s1") << QString();
        QTest::newRow("date") << QStringLiteral("22 October 2025") << QString() << QStringLiteral("e3");
        QTest::newRow("plain") << QStringLiteral("Leaders may meet") << QString() << QString();
    }
    void clickingMarksSelects()
    {
        QFETCH(QString, words);
        QFETCH(QString, statement);
        QFETCH(QString, event);
        const auto result = SyntheticAnalysis::make();
        ArticleView view;
        QVERIFY(showOnScreen(view, result, { 900, 700 }));
        QSignalSpy quotes(&view, &ArticleView::quoteClicked);
        QSignalSpy events(&view, &ArticleView::eventClicked);
        const QPoint p = pointAt(view.textEdit(), SyntheticAnalysis::spanOf(*result, 0, words).start + 2);
        QTest::mouseClick(view.textEdit()->viewport(), Qt::LeftButton, Qt::NoModifier, p);
        QCOMPARE(quotes.count(), statement.isEmpty() ? 0 : 1);
        QCOMPARE(events.count(), event.isEmpty() ? 0 : 1);
        if (!statement.isEmpty())
            QCOMPARE(quotes.constFirst().constFirst().toString(), statement);
        if (!event.isEmpty())
            QCOMPARE(events.constFirst().constFirst().toString(), event);
    }

    void selectingAnEventJumpsToFirstMentionAndListsAll()
    {
        const auto result = SyntheticAnalysis::make();
        ArticleView view;
        showArticle(view, result, 2, { 900, 700 });
        view.showEventMentions(result->events.at(2).id); // the rocket test: mentioned in articles 0 and 1
        QCOMPARE(view.currentArticleId(), result->corpus.articles.at(0).id);
        QCOMPARE(view.focusSpan(), result->events.at(2).mentions.at(0).span);
        QCOMPARE(view.mentionListCount(), 2);
        view.showEventMentions(QString());
        QCOMPARE(view.mentionListCount(), 0);
    }

    // Regression: after a rendering opened from the quote panel, the list still named another article's
    // mentions of the event picked before.
    void mentionListFollowsTheArticleShown()
    {
        const auto result = SyntheticAnalysis::make();
        ArticleView view;
        view.resize(900, 700);
        view.setResult(result);
        view.showEventMentions(result->events.at(2).id); // mentioned in articles 0 and 1
        QCOMPARE(view.mentionListCount(), 2);
        view.showArticle(
            result->corpus.articles.at(1).id); // holds a mention: the list stays, with that mention current
        QCOMPARE(view.mentionListCount(), 2);
        QCOMPARE(view.findChild<QListWidget *>()->currentItem()->data(Qt::UserRole + 1).toInt(), 1);
        view.showQuote(QStringLiteral("beta/three#q1")); // article 2 has none
        QCOMPARE(view.currentArticleId(), result->corpus.articles.at(2).id);
        QCOMPARE(view.mentionListCount(), 0);
    }

    void selectionsSnapToWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("expected");
        const QString t = QStringLiteral("The minister didn't say nine well-known people were hurt.");
        QTest::newRow("inside words") << t << 6 << 15 << QStringLiteral("minister didn't");
        QTest::newRow("whole words stay") << t << 4 << 12 << QStringLiteral("minister");
        QTest::newRow("blanks dropped") << t << 3 << 13 << QStringLiteral("minister");
        QTest::newRow("hyphenated word") << t << 30 << 33 << QStringLiteral("well-known");
        QTest::newRow("up to punctuation") << t << 54 << 57 << QStringLiteral("hurt.");
        QTest::newRow("only blanks") << t << 3 << 4 << QString();
    }
    void selectionsSnapToWords()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, expected);
        const TextSpan span = ArticleView::snappedToWords(text, { start, end });
        QCOMPARE(text.mid(span.start, span.length()), expected);
    }

    // Regression: in a narrow dock the outlet and date columns left the title three or four characters.
    void articleListShowsTitlesInANarrowDock()
    {
        const auto result = SyntheticAnalysis::make();
        ArticleList list;
        list.resize(230, 400);
        list.setResult(result);
        QVERIFY(!list.isSorting()); // a few articles are sorted at once
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QTreeView *tree = list.treeView();
        const QAbstractItemModel *model = tree->model();
        QAbstractItemModelTester tester(list.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->columnCount(), 1); // the title has the whole width
        QCOMPARE(model->rowCount(), int(result->corpus.articles.size()));
        const auto articleAt = [&](int row) -> const Article & {
            return result->corpus.articles.at(
                result->corpus.indexOf(model->index(row, 0).data(ArticleListModel::ArticleIdRole).toString()));
        };
        const Article &a = articleAt(0);
        QCOMPARE(model->index(0, 0).data().toString(), a.title.isEmpty() ? a.id : a.title);
        QVERIFY(tree->visualRect(model->index(0, 0)).height() >= 2 * QFontMetrics(tree->font()).height());
        // By date, then by outlet on request.
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("By date"));
        QDate previous;
        for (int i = 0; i < model->rowCount(); ++i) {
            const QDate d = articleAt(i).published;
            QVERIFY(!previous.isValid() || previous <= d);
            previous = d;
        }
        list.setSortKey(ArticleList::SortKey::Outlet);
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("By outlet"));
        QString previousOutlet;
        for (int i = 0; i < model->rowCount(); ++i) {
            const QString o = articleAt(i).outlet;
            QVERIFY(previousOutlet.localeAwareCompare(o) <= 0);
            previousOutlet = o;
        }
    }

    // An empty list says why it is empty, in its viewport, instead of showing a blank dock.
    void articleListSaysWhyItIsEmpty()
    {
        ArticleList list;
        list.resize(230, 400);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QWidget *viewport = list.treeView()->viewport();
        const auto inked = [viewport] { return WidgetTestSupport::colourCount(viewport->grab().toImage()) > 2; };
        QVERIFY(list.placeholderText().startsWith(QStringLiteral("No corpus open")));
        QVERIFY(inked());
        list.setResult(SyntheticAnalysis::make());
        QCOMPARE(list.placeholderText(), QString());
        list.setOutlets({ QStringLiteral("Gamma Post") });
        QCOMPARE(list.treeView()->model()->rowCount(), 0);
        QCOMPARE(list.placeholderText(), QStringLiteral("No article from the chosen outlets."));
        QVERIFY(inked());
        list.setOutlets({});
        QCOMPARE(list.placeholderText(), QString());
        list.setResult(nullptr);
        QVERIFY(list.placeholderText().startsWith(QStringLiteral("No corpus open")));
    }

    // Many articles are sorted on a worker: listed in the corpus' order until then, the current article stays current
    // when the sorted order comes, and only the last order asked for is taken.
    void articleListIsSortedOnAWorker()
    {
        auto many = std::make_shared<AnalysisResult>();
        for (int i = 0; i < ArticleList::SortedAtOnce + 100; ++i) {
            Article a;
            a.id = QStringLiteral("a%1").arg(i);
            a.title = QStringLiteral("Title %1").arg((i * 37) % 1000);
            a.outlet = QStringLiteral("Outlet %1").arg(i % 13);
            a.published = QDate(2024, 1, 1).addDays((i * 7) % 90);
            many->corpus.articles.append(a);
        }
        const std::shared_ptr<const AnalysisResult> result = many;
        ArticleList list;
        const QAbstractItemModel *model = list.model();
        const auto idAt
            = [model](int row) { return model->index(row, 0).data(ArticleListModel::ArticleIdRole).toString(); };
        const auto idsInOrder = [&](const QList<int> &order) {
            QStringList ids;
            for (const int article : order)
                ids.append(result->corpus.articles.at(article).id);
            return ids;
        };
        const auto shownIds = [&] {
            QStringList ids;
            for (int row = 0; row < model->rowCount(); ++row)
                ids.append(idAt(row));
            return ids;
        };
        QList<int> corpusOrder(result->corpus.articles.size());
        std::iota(corpusOrder.begin(), corpusOrder.end(), 0);
        const QList<int> byDate = ArticleListModel::order(*result, ArticleList::SortKey::Date);
        QVERIFY(byDate != corpusOrder);
        list.setResult(result);
        QVERIFY(list.isSorting());
        QCOMPARE(shownIds(), idsInOrder(corpusOrder));
        const QString current = result->corpus.articles.at(byDate.constLast()).id;
        list.setCurrentArticle(current);
        QTRY_VERIFY(!list.isSorting());
        QCOMPARE(shownIds(), idsInOrder(byDate));
        QCOMPARE(list.treeView()->currentIndex().data(ArticleListModel::ArticleIdRole).toString(), current);

        list.setSortKey(ArticleList::SortKey::Outlet);
        list.setSortKey(ArticleList::SortKey::Title);
        QTRY_VERIFY(!list.isSorting());
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("By title"));
        QCOMPARE(shownIds(), idsInOrder(ArticleListModel::order(*result, ArticleList::SortKey::Title)));
        // An order worked out already is taken at once.
        list.setSortKey(ArticleList::SortKey::Date);
        QTRY_VERIFY(!list.isSorting());
        list.setResult(result, byDate);
        QVERIFY(!list.isSorting());
        QCOMPARE(shownIds(), idsInOrder(byDate));
    }

    // Filtering by outlet hides the others' articles; the current article is current again once shown.
    void articleListFiltersByOutletAndKeepsTheCurrentArticle()
    {
        const auto result = SyntheticAnalysis::make();
        ArticleList list;
        list.setResult(result);
        QSignalSpy activated(&list, &ArticleList::articleActivated);
        const Article &kept = result->corpus.articles.at(0);
        const Article *other = nullptr;
        for (const Article &a : result->corpus.articles) {
            if (a.outlet != kept.outlet)
                other = &a;
        }
        QVERIFY(other);
        list.setCurrentArticle(kept.id);
        QCOMPARE(list.treeView()->currentIndex().data(ArticleListModel::ArticleIdRole).toString(), kept.id);
        list.setOutlets({ other->outlet });
        QVERIFY(list.model()->rowCount() > 0);
        QVERIFY(list.model()->rowCount() < result->corpus.articles.size());
        for (int row = 0; row < list.model()->rowCount(); ++row)
            QCOMPARE(list.model()->index(row, 0).data(ArticleListModel::OutletRole).toString(), other->outlet);
        QVERIFY(!list.treeView()->currentIndex().isValid());
        list.setOutlets({});
        QCOMPARE(list.model()->rowCount(), int(result->corpus.articles.size()));
        QCOMPARE(list.treeView()->currentIndex().data(ArticleListModel::ArticleIdRole).toString(), kept.id);
        QCOMPARE(activated.count(), 0); // following the document is not an activation
    }

    void showQuoteScrollsToIt()
    {
        const auto result = SyntheticAnalysis::make();
        ArticleView view;
        view.setResult(result);
        view.showQuote(QStringLiteral("beta/three#q1"));
        QCOMPARE(view.currentArticleId(), result->corpus.articles.at(2).id);
        QCOMPARE(view.focusSpan(), result->quotes.at(2).span);
        QCOMPARE(view.textEdit()->textCursor().position(), result->quotes.at(2).span.start);
    }

    // An article whose cached text cannot be inflated says so, naming the file and what to do, instead of
    // passing its replacement characters off as the article; a sound article after it shows no such notice.
    void aDamagedTextIsReportedInTheView()
    {
        const QString file = QStringLiteral("news/velmar-ferry.html");
        auto result = std::make_shared<AnalysisResult>(*SyntheticAnalysis::make());
        Article &damaged = result->corpus.articles[0];
        damaged.setText(ArticleText::deferred(QByteArray("not a zlib stream"), damaged.textLength(), file,
            [](const QByteArray &) -> std::optional<QString> { return std::nullopt; }));
        ArticleView view;
        view.setResult(result);
        const auto notice = [&view, &file]() -> QLabel * {
            for (QLabel *label : view.findChildren<QLabel *>()) {
                if (label->text().contains(file))
                    return label;
            }
            return nullptr;
        };
        view.showArticle(damaged.id);
        QLabel *label = notice();
        QVERIFY(label);
        QVERIFY(label->isVisibleTo(&view));
        QVERIFY2(label->text().contains(QStringLiteral("damaged")), qPrintable(label->text()));
        QVERIFY2(label->text().contains(QStringLiteral("original file")), qPrintable(label->text()));
        view.showArticle(result->corpus.articles.at(1).id);
        QVERIFY(!label->isVisibleTo(&view));
    }
};

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"

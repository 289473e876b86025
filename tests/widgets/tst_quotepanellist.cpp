// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/statementfiltermodel.h"
#include "itemmodels/statementmodel.h"
#include "presentation/alignmentsegments.h"
#include "presentation/comparisonhtml.h"
#include "quotepanel/alignmentview.h"
#include "quotepanel/comparisonview.h"
#include "quotepanel/quotepanel.h"
#include "quotepanel/statementlistdelegate.h"
#include "testsupport.h"
#include "tst_quotepanelfixture.h"
#include "widgettestsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace
{
QStringList shownStatements(const QuotePanel &panel)
{
    QStringList ids;
    const QAbstractItemModel *model = panel.statementView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(StatementModel::StatementIdRole).toString());
    return ids;
}
}

// The quote panel as the analyst drives it: the statement list, its filters and sort, the keyboard, the signals.
class TestQuotePanelList : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QuotePanel> makePanel()
    {
        auto panel = std::make_unique<QuotePanel>();
        panel->resize(1300, 800);
        panel->setResult(QuotePanelFixture::make());
        panel->show();
        if (!QTest::qWaitForWindowExposed(panel.get()))
            return nullptr;
        return panel;
    }

private Q_SLOTS:
    void initTestCase() { WidgetTestSupport::initWidgetTest(); }

    // A name is drawn whole in the room its advance asks for (the room countsText() leaves it), not elided by a
    // fraction of a pixel.
    void aNameFitsTheRoomItsAdvanceAsksFor()
    {
        QFont bold = QApplication::font();
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        for (const QString &name : { u"Tomas Quist"_s, u"Ilse Brandvold"_s, u"Arvid Kolstberg"_s, u"Mira Oduya"_s,
                 u"Pell Harrowgate"_s, u"Juno Veskari"_s }) {
            const int advance = metrics.horizontalAdvance(name);
            QCOMPARE(StatementListDelegate::shownName(name, bold, advance), name);
            QVERIFY(StatementListDelegate::shownName(name, bold, advance - 8).endsWith(u'\u2026'));
        }
    }

    // The list's row gives the gist two lines, so that statements with the same opening words can be
    // told apart in a list as narrow as a 1366-wide window leaves it: the first line has the row's width,
    // the second what the divergence bar leaves, elided when the gist goes on.
    // The speaker's name comes before the renderings count: the count gives way before a name of up to
    // sixteen characters is cut, and shows when the row has room for both.
    void renderingsCountGivesWayToTheSpeaker()
    {
        const QFont font = QApplication::font();
        QFont bold = font;
        bold.setBold(true);
        const QString name = u"Arvid Kolstberg"_s;
        const int nameWidth = QFontMetrics(bold).horizontalAdvance(name);
        const QString all = StatementListDelegate::countsText(1, 2, false, name, font, 10000);
        QVERIFY(all.contains(u'2'));
        const int both = QFontMetrics(font).horizontalAdvance(all) + 6 + nameWidth;
        QCOMPARE(StatementListDelegate::countsText(1, 2, false, name, font, both), all);
        const QString narrow = StatementListDelegate::countsText(1, 2, false, name, font, both - 10);
        QVERIFY2(!narrow.contains(u'2'), qPrintable(narrow));
        QVERIFY(narrow.contains(u'1'));
        // One rendering per outlet: nothing to give way.
        QVERIFY(!StatementListDelegate::countsText(3, 3, false, name, font, 10000).contains(u'\u00b7'));
    }

    void gistWrapsOverTwoLines_data()
    {
        QTest::addColumn<QString>("gist");
        QTest::addColumn<QString>("sameStart");
        QTest::addColumn<int>("lines");
        QTest::newRow("same opening words")
            << u"The new ferry pier will be finished before the winter storms reach Tamsby"_s
            << u"The new ferry pier will be paid for by the harbour board of Tamsby"_s << 2;
        QTest::newRow("short") << u"Not today"_s << QString() << 1;
    }

    void gistWrapsOverTwoLines()
    {
        QFETCH(QString, gist);
        QFETCH(QString, sameStart);
        QFETCH(int, lines);
        const QFont font = QApplication::font();
        const QFontMetrics fm(font);
        const int width = 236;
        const int second = 150;
        const QStringList shown = StatementListDelegate::gistLines(gist, font, width, second);
        QCOMPARE(shown.size(), lines);
        QVERIFY(fm.horizontalAdvance(shown.constFirst()) <= width);
        QVERIFY(shown.constFirst().startsWith(u'\u201c'));
        QVERIFY(!shown.constFirst().endsWith(u'\u2026'));
        if (lines == 1) {
            QCOMPARE(shown.constFirst(), u"\u201c%1\u201d"_s.arg(gist));
            return;
        }
        QVERIFY(fm.horizontalAdvance(shown.at(1)) <= second);
        QVERIFY(shown.at(1).endsWith(u'\u2026'));
        // Both lines together show more than one line of the row could.
        QVERIFY(shown.join(u' ').size() > fm.elidedText(gist, Qt::ElideRight, width).size() + 10);
        QVERIFY(shown != StatementListDelegate::gistLines(sameStart, font, width, second));
    }

    void listsEveryStatementAndSelectsTheFirst()
    {
        const auto panel = makePanel();
        QVERIFY(panel);
        QCOMPARE(shownStatements(*panel), (QStringList { u"s1"_s, u"s2"_s, u"s3"_s, u"s4"_s }));
        QCOMPARE(panel->currentStatementId(), u"s1"_s);
        QCOMPARE(panel->comparisonView()->comparison().statementId, u"s1"_s);
        WidgetTestSupport::maybeSave(panel->grab().toImage(), u"panel-s1.png"_s);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<bool>("onlyDiffering");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("speaker") << u"Ana Lopez"_s << false << QStringList { u"s1"_s, u"s2"_s };
        QTest::newRow("speaker in other case") << u"dee park"_s << false << QStringList { u"s4"_s };
        // A conflict over who said it is a difference between outlets too.
        QTest::newRow("only where outlets differ") << QString() << true << QStringList { u"s1"_s, u"s2"_s, u"s3"_s };
        QTest::newRow("same words everywhere") << u"Dee Park"_s << true << QStringList {};
        QTest::newRow("other speaker") << u"Ben Ortiz"_s << false << QStringList { u"s3"_s };
    }

    void filters()
    {
        QFETCH(QString, speaker);
        QFETCH(bool, onlyDiffering);
        QFETCH(QStringList, expected);
        const auto panel = makePanel();
        QVERIFY(panel);
        panel->setSpeakerFilter(speaker);
        panel->setOnlyDiffering(onlyDiffering);
        QCOMPARE(shownStatements(*panel), expected);
        QCOMPARE(panel->statementCountText(), u"%1 statement(s)"_s.arg(expected.size()));
        QCOMPARE(panel->currentStatementId(), expected.value(0));
        QCOMPARE(panel->comparisonView()->comparison().statementId, expected.value(0));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("a rendering's words") << u"deficit"_s << QStringList { u"s2"_s };
        QTest::newRow("words in any order, any case") << u"BALANCED budget"_s << QStringList { u"s2"_s };
        QTest::newRow("the speaker") << u"park dee"_s << QStringList { u"s4"_s };
        QTest::newRow("an outlet") << u"coast courier"_s << QStringList { u"s1"_s, u"s2"_s, u"s3"_s };
        QTest::newRow("a credited speaker") << u"Ruiz"_s << QStringList { u"s3"_s };
        QTest::newRow("a word nowhere") << u"taxes asteroid"_s << QStringList {};
        QTest::newRow("empty shows all") << u"  "_s << QStringList { u"s1"_s, u"s2"_s, u"s3"_s, u"s4"_s };
    }
    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const auto panel = makePanel();
        QVERIFY(panel);
        panel->setSearchText(text);
        QCOMPARE(shownStatements(*panel), expected);
        QCOMPARE(panel->currentStatementId(), expected.value(0));
        // Searching is with the other filters: a statement must pass them all.
        panel->setSpeakerFilter(u"Ben Ortiz"_s);
        QCOMPARE(shownStatements(*panel), expected.contains(u"s3"_s) ? QStringList { u"s3"_s } : QStringList {});
    }

    // An organisation credited as a speaker is shown as one: in the list, the speaker filter and the
    // comparison's header and cards; a person is shown by name alone.
    void organisationSpeakersAreShownAsSuch()
    {
        auto result = std::make_shared<AnalysisResult>(*QuotePanelFixture::make());
        const QString board = u"Harbour Board"_s;
        for (Quote &q : result->quotes) {
            q.speakerKind = q.speaker == u"Ben Ortiz"_s ? SpeakerKind::Organisation : SpeakerKind::Person;
            if (q.speaker == u"Ben Ortiz"_s)
                q.speaker = board;
        }
        result->statements[2].speaker = board;
        QuotePanel panel;
        panel.resize(1300, 800);
        panel.setResult(result);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        const QAbstractItemModel *list = panel.statementView()->model();
        QCOMPARE(SpeakerKind(list->index(0, 0).data(StatementModel::SpeakerKindRole).toInt()), SpeakerKind::Person);
        QCOMPARE(
            SpeakerKind(list->index(2, 0).data(StatementModel::SpeakerKindRole).toInt()), SpeakerKind::Organisation);
        // Each rendering as its article credits it: the board, then a person another outlet named.
        QCOMPARE(SpeakerKind(list->index(0, 0, list->index(2, 0)).data(StatementModel::SpeakerKindRole).toInt()),
            SpeakerKind::Organisation);
        QCOMPARE(SpeakerKind(list->index(1, 0, list->index(2, 0)).data(StatementModel::SpeakerKindRole).toInt()),
            SpeakerKind::Person);

        // The speakers are listed by a worker: the menu has them once it is done.
        QComboBox *speakers = nullptr;
        const auto listed = [&] {
            for (QComboBox *box : panel.findChildren<QComboBox *>()) {
                if (box->findData(board) >= 0)
                    speakers = box;
            }
            return speakers != nullptr;
        };
        QTRY_VERIFY(listed());
        QCOMPARE(speakers->itemText(speakers->findData(board)), u"Harbour Board (organisation, 1)"_s);
        QCOMPARE(speakers->itemText(speakers->findData(u"Ana Lopez"_s)), u"Ana Lopez (2)"_s);

        QVERIFY(!ComparisonHtml::statementHeader(panel.comparisonView()->comparison()).contains(u"organisation"_s));
        panel.selectStatement(u"s3"_s);
        const StatementComparison &shown = panel.comparisonView()->comparison();
        QCOMPARE(shown.speakerKind, SpeakerKind::Organisation);
        QVERIFY(ComparisonHtml::statementHeader(shown).contains(u"<b>Harbour Board</b> <span"_s));
        QVERIFY(ComparisonHtml::statementHeader(shown).contains(u"(organisation)"_s));
        QVERIFY(ComparisonHtml::renderingCards(shown, {}).contains(u"Harbour Board (organisation)"_s));
        WidgetTestSupport::maybeSave(panel.grab().toImage(), u"panel-organisation.png"_s);
    }

    void exportOffersTheShownAndAllStatements()
    {
        const auto panel = makePanel();
        QVERIFY(panel);
        panel->setSpeakerFilter(u"Ana Lopez"_s);
        QCOMPARE(panel->shownStatements(), (QStringList { u"s1"_s, u"s2"_s }));
        QMenu *menu = panel->exportButton()->menu();
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
        const QAction *shown = WidgetTestSupport::menuAction(*menu, u"exportShownStatements"_s);
        const QAction *all = WidgetTestSupport::menuAction(*menu, u"exportAllStatements"_s);
        const QAction *current = WidgetTestSupport::menuAction(*menu, u"exportCurrentStatement"_s);
        QVERIFY(shown && all && current);
        QVERIFY(shown->isVisible() && shown->isEnabled());
        QVERIFY(shown->text().contains(u"2"_s));
        QVERIFY(all->text().contains(u"4"_s));
        panel->setSpeakerFilter({});
        Q_EMIT menu->aboutToShow();
        QVERIFY(!shown->isVisible()); // all are shown: one entry is enough
    }

    // A discrepancy between two renderings in one step, each anchored on its own words under its outlet.
    void annotateADifferenceInOneStep_data()
    {
        QTest::addColumn<QString>("words"); // the clicked rendering's cell
        QTest::addColumn<QString>("referenceWords"); // what the reference's anchor holds
        QTest::addColumn<int>("category");
        QTest::newRow("substitution") << u"not"_s << u"never"_s << int(AnnotationCategory::WordingChanged);
        // The reference has no words there: its whole quote is anchored.
        QTest::newRow("insertion") << u"again"_s << u"We will never raise taxes on working families this year."_s
                                   << int(AnnotationCategory::WordsAdded);
    }
    void annotateADifferenceInOneStep()
    {
        QFETCH(QString, words);
        QFETCH(QString, referenceWords);
        QFETCH(int, category);
        const auto panel = makePanel();
        QVERIFY(panel);
        const auto result = panel->statementModel()->result();
        panel->comparisonView()->setCurrentRendering(u"art2#q1"_s); // Morning Wire
        const AlignmentSegments &segments = panel->comparisonView()->alignmentView()->segments();
        int segment = -1;
        for (int s = 0; s < segments.count(); ++s) {
            if (segments.text(s, 1) == words)
                segment = s;
        }
        QVERIFY(segment >= 0);
        // Not offered while nothing takes the request.
        std::unique_ptr<QMenu> unconnected(panel->createAnnotateMenu(true, nullptr, segment));
        QVERIFY(!WidgetTestSupport::menuAction(*unconnected, u"annotateDifference"_s));
        QList<QList<AnnotationAnchor>> received;
        connect(panel.get(), &QuotePanel::annotateAnchorsRequested, this,
            [&received](const QList<AnnotationAnchor> &anchors) { received.append(anchors); });
        QSignalSpy requested(panel.get(), &QuotePanel::annotateAnchorsRequested);
        std::unique_ptr<QMenu> menu(panel->createAnnotateMenu(true, nullptr, segment));
        QAction *difference = WidgetTestSupport::menuAction(*menu, u"annotateDifference"_s);
        QVERIFY(difference);
        difference->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(received.size(), 1);
        const QList<AnnotationAnchor> anchors = received.constFirst();
        QCOMPARE(requested.constFirst().at(1).value<AnnotationCategory>(), AnnotationCategory(category));
        QCOMPARE(anchors.size(), 2);
        QCOMPARE(anchors.at(0).role, u"Daily Ledger"_s);
        QCOMPARE(anchors.at(0).target.quote.exact, referenceWords);
        QCOMPARE(anchors.at(1).role, u"Morning Wire"_s);
        QCOMPARE(anchors.at(1).target.quote.exact, words);
        for (const AnnotationAnchor &a : anchors) {
            QCOMPARE(a.target.statementId, u"s1"_s);
            QVERIFY(!a.target.quoteId.isEmpty());
        }
    }

    void sorting_data()
    {
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("corpus") << int(QuotePanel::SortOrder::Corpus)
                                << QStringList { u"s1"_s, u"s2"_s, u"s3"_s, u"s4"_s };
        QTest::newRow("divergence") << int(QuotePanel::SortOrder::Divergence)
                                    << QStringList { u"s2"_s, u"s1"_s, u"s3"_s, u"s4"_s };
        QTest::newRow("outlets") << int(QuotePanel::SortOrder::Outlets)
                                 << QStringList { u"s1"_s, u"s2"_s, u"s3"_s, u"s4"_s };
        QTest::newRow("speaker") << int(QuotePanel::SortOrder::Speaker)
                                 << QStringList { u"s1"_s, u"s2"_s, u"s3"_s, u"s4"_s };
    }

    void sorting()
    {
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        const auto panel = makePanel();
        QVERIFY(panel);
        panel->setSortOrder(QuotePanel::SortOrder(order));
        QCOMPARE(shownStatements(*panel), expected);
    }

    void selectStatementClearsHidingFilters()
    {
        const auto panel = makePanel();
        QVERIFY(panel);
        panel->setSpeakerFilter(u"Ana Lopez"_s);
        QSignalSpy selected(panel.get(), &QuotePanel::statementSelected);
        panel->selectStatement(u"s3"_s);
        QCOMPARE(panel->currentStatementId(), u"s3"_s);
        QCOMPARE(panel->comparisonView()->comparison().statementId, u"s3"_s);
        // Selected from outside: not echoed back.
        QCOMPARE(selected.size(), 0);
        QCOMPARE(panel->comparisonView()->comparison().conflicts.size(), 1);
    }

    void keyboard()
    {
        const auto panel = makePanel();
        QVERIFY(panel);
        QSignalSpy selected(panel.get(), &QuotePanel::statementSelected);
        panel->statementView()->setFocus();
        QTest::keyClick(panel->statementView(), Qt::Key_Down);
        QCOMPARE(panel->currentStatementId(), u"s2"_s);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(panel->comparisonView()->currentRendering(), u"art2#q2"_s);
        QTest::keyClick(panel->statementView(), Qt::Key_Right);
        QCOMPARE(panel->comparisonView()->currentRendering(), u"art3#q2"_s);
        QTest::keyClick(panel->statementView(), Qt::Key_Right);
        QCOMPARE(panel->comparisonView()->currentRendering(), u"art3#q2"_s); // the last one stays
        // In the alignment, Left/Right still go through renderings and Up/Down through statements.
        AlignmentView *alignment = panel->comparisonView()->alignmentView();
        QTest::keyClick(alignment, Qt::Key_Left);
        QCOMPARE(panel->comparisonView()->currentRendering(), u"art2#q2"_s);
        QTest::keyClick(alignment, Qt::Key_Up);
        QCOMPARE(panel->currentStatementId(), u"s1"_s);
    }

    void copyCitation()
    {
        const auto panel = makePanel();
        QVERIFY(panel);
        panel->statementView()->setFocus();
        QTest::keyClick(panel->statementView(), Qt::Key_Right);
        QApplication::clipboard()->clear();
        QTest::keySequence(panel->statementView(), QKeySequence::Copy);
        const QString citation = QApplication::clipboard()->text();
        QVERIFY2(citation.contains(u"We will not raise taxes"_s), qPrintable(citation));
        QVERIFY(citation.contains(u"Morning Wire"_s));
        QVERIFY(citation.contains(u"https://example.org/art2"_s));
        QVERIFY(citation.contains(u"Ana Lopez"_s));
    }

    void clickOpensTheArticleAtTheQuote()
    {
        const auto panel = makePanel();
        QVERIFY(panel);
        QSignalSpy activated(panel.get(), &QuotePanel::quoteActivated);
        AlignmentView *alignment = panel->comparisonView()->alignmentView();
        // The label of the third rendering (Coast Courier), in widget coordinates (content margin 8).
        const QPoint at = alignment->alignmentLayout().labelRect(2).center() + QPoint(8, 8);
        QTest::mouseClick(alignment->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.constFirst().at(0).toString(), u"art3#q1"_s);
        QCOMPARE(panel->comparisonView()->currentRendering(), u"art3#q1"_s);
    }
};

QTEST_MAIN(TestQuotePanelList)
#include "tst_quotepanellist.moc"

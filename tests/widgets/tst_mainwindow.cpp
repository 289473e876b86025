// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionregistry.h"
#include "analysis/statementevents.h"
#include "articleview/articleview.h"
#include "common/handbookwindow.h"
#include "common/searchpanel.h"
#include "common/warningspanel.h"
#include "document/documentmanager.h"
#include "document/documentselection.h"
#include "document/projectdocument.h"
#include "helpmenu.h"
#include "itemmodels/statementmodel.h"
#include "itemmodels/timelinefiltermodel.h"
#include "itemmodels/timelinemodel.h"
#include "mainwindow.h"
#include "quotepanel/alignmentview.h"
#include "quotepanel/comparisonview.h"
#include "quotepanel/difflegend.h"
#include "quotepanel/quotepanel.h"
#include "quotepanel/statementlistdelegate.h"
#include "recentcorpora.h"
#include "storage/projectstore.h"
#include "syntheticanalysis.h"
#include "testsupport.h"
#include "timeline/timelineexportdialog.h"
#include "timeline/timelineview.h"
#include "translationloader.h"
#include "widgettestsupport.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>

#include <algorithm>

using WidgetTestSupport::maybeScreenshot;
using WidgetTestSupport::part;

namespace
{
// A fixture corpus of four short articles with statements and events.
QString corpus()
{
    return TestSupport::fixtureCorpus(QStringLiteral("quote-styles"));
}

int proxyRowOf(const MainWindow &w, const QString &eventId)
{
    const QAbstractItemModel *model = part<TimelineFilterModel>(w, "timelineFilter");
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(TimelineModel::EventIdRole).toString() == eventId)
            return row;
    }
    return -1;
}
}

// The main window: background loading, selection kept in step between views, panels, drops, settings.
class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // As the application starts: the window's counts read "5 articles", not "5 article(s)".
        TranslationLoader::install(*QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void loadsInBackgroundWithProgress()
    {
        MainWindow w;
        w.show();
        QSignalSpy finished(w.document()->job(), &AnalysisJob::finished);
        QSignalSpy changed(w.document(), &ProjectDocument::analysisChanged);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(1);
        w.openPath(corpus());
        // The call returns at once; the event loop keeps running while the corpus loads.
        QVERIFY(w.document()->job()->isRunning() || finished.count() == 1);
        QVERIFY(finished.wait(60000) || finished.count() == 1);
        QCOMPARE(changed.count(), 1);
        QVERIFY(ticks > 0);
        QCOMPARE(w.document()->result()->corpus.articles.size(), 4);
        QVERIFY(!w.findChild<QProgressBar *>()->isVisible());
        QCOMPARE(
            part<ArticleView>(w, "articleView")->currentArticleId(), w.document()->result()->corpus.articles.at(0).id);
        QVERIFY(!part<ArticleView>(w, "articleView")->textEdit()->toPlainText().isEmpty());
        maybeScreenshot(w, QStringLiteral("mainwindow-sample.png"));
    }

    // At 1400x900 the area under the timeline leaves the Articles dock room for outlets and dates,
    // and the quote panel's legend shows every mark, wrapping when it must.
    void roomForTheArticlesDock_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dockWidth");
        QTest::addColumn<int>("comparisonWidth");
        QTest::newRow("1920x1200") << QSize(1920, 1200) << 260 << 700;
        QTest::newRow("1400x900") << QSize(1400, 900) << 220 << 480;
        QTest::newRow("1366x768") << QSize(1366, 768) << 210 << 480;
        QTest::newRow("1200x800") << QSize(1200, 800) << 160 << 340;
    }

    void roomForTheArticlesDock()
    {
        QFETCH(QSize, size);
        QFETCH(int, dockWidth);
        QFETCH(int, comparisonWidth);
        QSettings().clear();
        MainWindow w;
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(w.document()->job(), &AnalysisJob::finished);
        w.openPath(corpus());
        QVERIFY(finished.wait(60000) || finished.count() == 1);
        QTRY_VERIFY(w.document()->result());
        part<QuotePanel>(w, "quotePanel")->selectStatement(w.document()->result()->statements.constFirst().id);
        QCoreApplication::processEvents();
        maybeScreenshot(w, QStringLiteral("mainwindow-layout-%1.png").arg(size.width()));
        QCOMPARE(w.size(), size);
        QDockWidget *articles = nullptr;
        for (QDockWidget *dock : w.findChildren<QDockWidget *>()) {
            if (dock->windowTitle() == QStringLiteral("Articles"))
                articles = dock;
        }
        QVERIFY(articles);
        QVERIFY2(articles->width() >= dockWidth, qPrintable(QString::number(articles->width())));
        // The quote panel has room for the statement list and the comparison side by side.
        const QuotePanel *quotes = part<QuotePanel>(w, "quotePanel");
        QVERIFY2(quotes->comparisonView()->width() >= comparisonWidth,
            qPrintable(QString::number(quotes->comparisonView()->width())));
        // Each statement shows enough of its words to be told apart: its whole gist, or forty characters.
        QTreeView *list = quotes->statementView();
        const auto *delegate = qobject_cast<StatementListDelegate *>(list->itemDelegate());
        QVERIFY(delegate);
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            QStyleOptionViewItem option;
            option.rect = list->visualRect(index);
            option.font = list->font();
            const QString shown = delegate->shownGist(option, index).join(u' ');
            const QString gist = index.data(StatementModel::GistRole).toString();
            QVERIFY2(shown.size() >= std::min(40, int(gist.size()) + 2), qPrintable(shown));
        }
        // The article's title and facts wrap onto every line they need.
        for (QLabel *label : part<ArticleView>(w, "articleView")->findChildren<QLabel *>()) {
            if (label->isVisible() && label->wordWrap() && !label->text().isEmpty())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                    qPrintable(QStringLiteral("%1: %2 < %3")
                                   .arg(label->text())
                                   .arg(label->height())
                                   .arg(label->heightForWidth(label->width()))));
        }
        // The panels below the timeline get the height they are read in, even on a laptop: five statements, three
        // bands of this statement's alignment, and its outlets named in full. (A window narrower than a laptop's
        // wraps the alignment into more bands and shortens the outlets.)
        if (size.width() >= 1366) {
            const int rowHeight = list->sizeHintForRow(0);
            QVERIFY2(list->viewport()->height() >= 5 * rowHeight,
                qPrintable(QStringLiteral("%1 < 5 x %2").arg(list->viewport()->height()).arg(rowHeight)));
            const AlignmentView *alignment = quotes->comparisonView()->alignmentView();
            const StatementComparison &comparison = alignment->comparison();
            QVERIFY(comparison.renderings.size() >= 2);
            const int thirdBand = std::min(2, alignment->alignmentLayout().bandCount() - 1);
            const int last = int(comparison.renderings.size()) - 1;
            QVERIFY2(
                alignment->viewport()->height() >= alignment->alignmentLayout().labelRect(last, thirdBand).bottom(),
                qPrintable(QString::number(alignment->viewport()->height())));
            QFont bold = alignment->font();
            bold.setBold(true);
            for (int r = 0; r < comparison.renderings.size(); ++r) {
                // The label's rect less the outlet's colour chip and the paddings beside it.
                const int room = alignment->alignmentLayout().labelRect(r).width() - 21;
                const QString shown = AlignmentView::fittedLabel(comparison, r, QFontMetrics(bold), room);
                QVERIFY2(!shown.contains(u'\u2026'), qPrintable(shown));
            }
        }
        const DiffLegend *legend = part<QuotePanel>(w, "quotePanel")->comparisonView()->legend();
        QVERIFY(legend->isVisible());
        QVERIFY2(legend->height() >= legend->heightForWidth(legend->width()),
            qPrintable(QStringLiteral("%1 < %2 at width %3")
                           .arg(legend->height())
                           .arg(legend->heightForWidth(legend->width()))
                           .arg(legend->width())));
        // On a laptop's screen and wider the legend keeps to one line, below a panel that needs the room.
        if (size.width() >= 1366)
            QCOMPARE(legend->heightForWidth(legend->width()), legend->heightForWidth(100000));
    }

    // An empty timeline says why: with no corpus open it invites opening one; "no dated events" is said
    // only of an open corpus that has none.
    void timelineSaysWhyItIsEmpty()
    {
        MainWindow w;
        w.show();
        const TimelineView *timeline = part<TimelineView>(w, "timelineView");
        const auto invites = [timeline] {
            return timeline->emptyText().contains(QStringLiteral("Open a corpus folder"))
                && !timeline->emptyText().contains(QStringLiteral("dated"));
        };
        QVERIFY2(invites(), qPrintable(timeline->emptyText()));
        auto undated = std::make_shared<AnalysisResult>(*SyntheticAnalysis::make());
        undated->events.clear();
        w.document()->setAnalysis(undated);
        QTRY_COMPARE(timeline->index().itemCount(), 0);
        QCOMPARE(timeline->emptyText(), QStringLiteral("No dated events to show."));
        w.document()->close();
        QTRY_VERIFY(!w.document()->result());
        QVERIFY2(invites(), qPrintable(timeline->emptyText()));
        QSignalSpy started(w.document()->job(), &AnalysisJob::started);
        w.openPath(corpus());
        QVERIFY(started.count() == 1 || started.wait(10000));
        QCOMPARE(timeline->emptyText(), QStringLiteral("Loading…"));
        QSignalSpy finished(w.document()->job(), &AnalysisJob::finished);
        QVERIFY(finished.wait(60000) || !w.document()->job()->isRunning());
    }

    // A first window fits the screen it opens on; a size the analyst left is kept.
    void firstWindowFitsTheScreen()
    {
        QSettings().clear();
        const QRect laptop(0, 0, 1366, 768);
        {
            MainWindow w;
            w.fitFirstWindow(laptop);
            QVERIFY2(w.width() <= laptop.width() - 24 && w.height() <= laptop.height() - 64,
                qPrintable(QStringLiteral("%1x%2").arg(w.width()).arg(w.height())));
            QVERIFY(w.width() >= 1300);
            QVERIFY(laptop.contains(w.geometry()));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(1100, 700);
            w.close();
        }
        MainWindow again;
        again.fitFirstWindow(laptop);
        QCOMPARE(again.size(), QSize(1100, 700));
        // A large screen gives most of its room to a first window.
        QSettings().clear();
        MainWindow large;
        large.fitFirstWindow(QRect(0, 0, 1920, 1200));
        QCOMPARE(large.size(), QSize(1728, 1080));
        QVERIFY(QRect(0, 0, 1920, 1200).contains(large.geometry()));
        QSettings().clear();
    }

    // The Help menu is the menu bar's last; F1 opens the handbook in a window of its own.
    void helpMenuOpensTheHandbook()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const ActionRegistry &actions = w.actionRegistry();
        QMenu *help = actions.menu(QStringLiteral("help"));
        QVERIFY(help);
        QCOMPARE(w.menuBar()->actions().constLast(), help->menuAction());
        for (const char *id : { "help.handbook", "help.reportProblem", "help.about", "help.aboutQt" })
            QVERIFY2(actions.action(QString::fromLatin1(id))
                    && help->actions().contains(actions.action(QString::fromLatin1(id))),
                id);
        QAction *handbook = actions.action(QStringLiteral("help.handbook"));
        QCOMPARE(handbook->shortcut(), QKeySequence(QKeySequence::HelpContents));
        QVERIFY(!w.findChild<HandbookWindow *>());
        QTest::keyClick(&w, Qt::Key_F1);
        auto *window = w.findChild<HandbookWindow *>();
        QVERIFY(window);
        QVERIFY(window->isVisible());
        QVERIFY(window->isWindow());
        QVERIFY(window->contents()->count() > 0);
        // Asked again, the same window comes forward.
        handbook->trigger();
        QCOMPARE(w.findChildren<HandbookWindow *>().size(), 1);
        QVERIFY(HelpMenu::diagnostics().contains(QString::fromLatin1(qVersion())));
        maybeScreenshot(*window, QStringLiteral("handbook-window.png"));
    }

    void loadErrorsGoToWarningsPanel()
    {
        MainWindow w;
        w.openPath(QStringLiteral("/no/such/corpus"));
        QCOMPARE(part<WarningsPanel>(w, "warningsPanel")->count(), 1);
        QVERIFY(!w.findChild<QDockWidget *>(QStringLiteral("dock_WarningsPanel"))->isHidden());
    }

    void timelineSelectionShowsMentions()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        const auto result = SyntheticAnalysis::make();
        w.document()->setAnalysis(result);
        const int row = proxyRowOf(w, QStringLiteral("e3"));
        QVERIFY(row >= 0);
        part<TimelineView>(w, "timelineView")->selectRow(row);
        QCOMPARE(part<ArticleView>(w, "articleView")->currentArticleId(), result->corpus.articles.at(0).id);
        QCOMPARE(part<ArticleView>(w, "articleView")->focusSpan(), result->events.at(2).mentions.at(0).span);
        QCOMPARE(part<ArticleView>(w, "articleView")->mentionListCount(), 2);
        // No header line of the article view is cut off: each wrapped label is as tall as its text.
        const auto cutLabels = [&w] {
            QStringList cut;
            for (QLabel *label : part<ArticleView>(w, "articleView")->findChildren<QLabel *>()) {
                if (label->isVisible() && label->wordWrap() && label->height() < label->heightForWidth(label->width()))
                    cut.append(label->text());
            }
            return cut;
        };
        // Once the window has laid itself out (the screenshot was taken before, showing the header cut to a line).
        QTRY_COMPARE(cutLabels(), QStringList());
        maybeScreenshot(w, QStringLiteral("mainwindow-synthetic.png"));
    }

    void articleClickSelectsOnTimeline()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const auto result = SyntheticAnalysis::make();
        w.document()->setAnalysis(result);
        part<ArticleView>(w, "articleView")->showArticle(result->corpus.articles.at(2).id);
        QPlainTextEdit *edit = part<ArticleView>(w, "articleView")->textEdit();
        QTextCursor cursor(edit->document());
        cursor.setPosition(SyntheticAnalysis::spanOf(*result, 2, QStringLiteral("27 October 2025")).start + 2);
        QTest::mouseClick(edit->viewport(), Qt::LeftButton, Qt::NoModifier, edit->cursorRect(cursor).center());
        QCOMPARE(part<TimelineView>(w, "timelineView")->selectedIndex().data(TimelineModel::EventIdRole).toString(),
            QStringLiteral("e4"));
    }

    void outletFilterNarrowsTimeline()
    {
        MainWindow w;
        w.document()->setAnalysis(SyntheticAnalysis::make());
        QTRY_COMPARE(part<TimelineView>(w, "timelineView")->index().itemCount(), 4);
        // Beta Daily mentions the 2018 meeting, the rocket test and the envoy, not the second summit.
        part<TimelineFilterModel>(w, "timelineFilter")->setOutlets({ QStringLiteral("Beta Daily") });
        QTRY_COMPARE(part<TimelineView>(w, "timelineView")->index().itemCount(), 3);
    }

    void searchFindsWordsAndJumps()
    {
        MainWindow w;
        w.document()->setAnalysis(SyntheticAnalysis::make());
        QSignalSpy done(part<SearchPanel>(w, "searchPanel"), &SearchPanel::finished);
        part<SearchPanel>(w, "searchPanel")->search(QStringLiteral("GENEVA"));
        QVERIFY(done.wait(10000));
        QCOMPARE(done.constFirst().constFirst().toInt(), 2);
    }

    // What acts on a corpus is greyed out while none is open, and comes back with one.
    void actionsWaitForACorpus()
    {
        MainWindow w;
        const QStringList ids { QStringLiteral("file.exportTimeline"), QStringLiteral("edit.find"),
            QStringLiteral("view.fitAll"), QStringLiteral("view.zoomIn"), QStringLiteral("view.zoomOut"),
            QStringLiteral("view.zoomSelection"), QStringLiteral("view.squeezeGaps") };
        // Save Project As and Annotate Discrepancy are the project session's, found by object name.
        const QStringList projectActions { QStringLiteral("project.saveAs"), QStringLiteral("project.annotate") };
        const auto enabled = [&w, &ids, &projectActions](bool on) {
            return std::ranges::all_of(ids, [&](const QString &id) {
                return w.actionRegistry().action(id)->isEnabled() == on;
            }) && std::ranges::all_of(projectActions, [&](const QString &name) {
                const QAction *action = w.findChild<QAction *>(name);
                return action && action->isEnabled() == on;
            });
        };
        QVERIFY(enabled(false));
        QVERIFY(w.actionRegistry().action(QStringLiteral("file.openCorpus"))->isEnabled());
        w.document()->setAnalysis(SyntheticAnalysis::make());
        QVERIFY(enabled(true));
        w.document()->close();
        QTRY_VERIFY(!w.document()->result());
        QVERIFY(enabled(false));
    }

    // File > Reload Corpus reads the folder again; File > Close empties every view. Both are found by id.
    void reloadAndCloseFromTheFileMenu()
    {
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        QAction *reload = w.actionRegistry().action(QStringLiteral("file.reload"));
        QAction *close = w.actionRegistry().action(QStringLiteral("file.close"));
        QVERIFY(reload && close);
        QVERIFY(w.actionRegistry().menu(QStringLiteral("file"))->actions().contains(reload));
        QVERIFY(!reload->isEnabled());
        QSignalSpy shown(w.document(), &ProjectDocument::analysisChanged);
        w.openPath(corpus());
        QVERIFY(shown.wait(120000));
        QVERIFY(reload->isEnabled() && close->isEnabled());
        const int events = part<TimelineFilterModel>(w, "timelineFilter")->rowCount();
        QVERIFY(events > 0);
        reload->trigger();
        QVERIFY(shown.wait(120000));
        QCOMPARE(part<TimelineFilterModel>(w, "timelineFilter")->rowCount(), events);
        maybeScreenshot(w, QStringLiteral("mainwindow-sample-1366.png"));

        part<ArticleView>(w, "articleView")->showArticle(w.document()->result()->corpus.articles.at(0).id);
        close->trigger();
        QVERIFY(!w.document()->result());
        QCOMPARE(part<TimelineFilterModel>(w, "timelineFilter")->rowCount(), 0);
        QCOMPARE(part<ArticleView>(w, "articleView")->currentArticleId(), QString());
        QCOMPARE(w.windowTitle(), QStringLiteral("Parallax"));
        QVERIFY(!reload->isEnabled() && !close->isEnabled());
        // The timeline rebuilds once the event loop runs again; then it has nothing of the closed corpus.
        QTRY_COMPARE(part<TimelineView>(w, "timelineView")->index().itemCount(), 0);
        maybeScreenshot(w, QStringLiteral("mainwindow-closed.png"));
    }

    void droppedFolderOpens()
    {
        MainWindow w;
        QSignalSpy started(w.document()->job(), &AnalysisJob::started);
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(corpus()) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QCOMPARE(started.count(), 1);
        QSignalSpy finished(w.document()->job(), &AnalysisJob::finished);
        QVERIFY(finished.wait(60000));
    }

    // A dropped project file opens as the project, and Open Recent then offers the project (with its
    // annotations), not its bare corpus folder.
    void droppedProjectOpensAndEntersOpenRecent()
    {
        QSettings().clear();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString projectPath = dir.filePath(QStringLiteral("story.parallax"));
        QVERIFY(ProjectStore::create(projectPath, corpus()).ok());
        MainWindow w;
        QMimeData mime;
        mime.setUrls(
            { QUrl::fromLocalFile(dir.filePath(QStringLiteral("notes.txt"))), QUrl::fromLocalFile(projectPath) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy changed(w.document(), &ProjectDocument::analysisChanged);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QVERIFY(changed.wait(60000) || changed.count() == 1);
        QVERIFY(w.document()->project());
        QCOMPARE(w.document()->project()->path(), projectPath);
        QCOMPARE(part<RecentCorpora>(w, "recentCorpora")->paths().value(0), projectPath);
        QVERIFY(!part<RecentCorpora>(w, "recentCorpora")->paths().contains(QDir(corpus()).absolutePath()));

        // Any other file is not taken.
        QMimeData text;
        text.setUrls({ QUrl::fromLocalFile(dir.filePath(QStringLiteral("notes.txt"))) });
        QDragEnterEvent other(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &other);
        QVERIFY(!other.isAccepted());
        QSettings().clear();
    }

    // While a project file is locked and checked off the GUI thread, the status bar says so with a busy
    // bar and Cancel until projectOpenFinished(); Cancel abandons the open, releasing the lock.
    void checkingAProjectShowsProgressAndCancels_data()
    {
        QTest::addColumn<bool>("cancel");
        QTest::newRow("finishes") << false;
        QTest::newRow("cancelled") << true;
    }

    void checkingAProjectShowsProgressAndCancels()
    {
        QFETCH(bool, cancel);
        QSettings().clear();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString projectPath = dir.filePath(QStringLiteral("checked.parallax"));
        QVERIFY(ProjectStore::create(projectPath, corpus()).ok());
        MainWindow w;
        w.show();
        auto *progress = w.findChild<QProgressBar *>();
        QToolButton *cancelButton = nullptr;
        for (QToolButton *button : w.findChildren<QToolButton *>()) {
            if (button->text() == QLatin1String("Cancel"))
                cancelButton = button;
        }
        QVERIFY(cancelButton);
        QVERIFY(progress->isHidden());
        QSignalSpy opened(w.document(), &ProjectDocument::projectOpenFinished);
        QSignalSpy errors(w.document(), &ProjectDocument::errorOccurred);
        QSignalSpy changed(w.document(), &ProjectDocument::analysisChanged);
        w.openPath(projectPath);
        QVERIFY(w.document()->isOpeningProject());
        QVERIFY(!progress->isHidden());
        QVERIFY(!cancelButton->isHidden());
        const auto texts = w.findChildren<QLabel *>();
        QVERIFY(std::any_of(texts.begin(), texts.end(),
            [](const QLabel *label) { return label->text() == QStringLiteral("Checking project checked.parallax…"); }));
        maybeScreenshot(w, QStringLiteral("mainwindow-checking-project.png"));
        if (cancel)
            cancelButton->click();
        QVERIFY(opened.wait(60000) || opened.count() == 1);
        QCOMPARE(opened.constFirst().at(1).value<Error>().ok(), !cancel);
        if (cancel) {
            QVERIFY(progress->isHidden());
            QVERIFY(cancelButton->isHidden());
            QVERIFY(!w.document()->project());
            QVERIFY(!QFileInfo::exists(ProjectStore::lockPath(projectPath)));
            // The window is usable: the same project opens again.
            w.openPath(projectPath);
            QVERIFY(opened.wait(60000) || opened.count() == 2);
            QVERIFY(opened.constLast().at(1).value<Error>().ok());
        }
        QCOMPARE(errors.count(), 0);
        QVERIFY(w.document()->project());
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 60000);
        QTRY_VERIFY(progress->isHidden());
        QSettings().clear();
    }

    // Closing the window while its project is still being checked leaves nothing locked: the check's
    // result goes nowhere, and the next window opens the project for writing.
    void closingTheWindowDuringTheCheckReleasesTheProject()
    {
        QSettings().clear();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString projectPath = dir.filePath(QStringLiteral("closed.parallax"));
        QVERIFY(ProjectStore::create(projectPath, corpus()).ok());
        {
            MainWindow w;
            w.show();
            w.openPath(projectPath);
            QVERIFY(w.document()->isOpeningProject());
            QVERIFY(w.close());
        }
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(ProjectStore::lockPath(projectPath)), 60000);
        MainWindow again;
        QSignalSpy opened(again.document(), &ProjectDocument::projectOpenFinished);
        QSignalSpy errors(again.document(), &ProjectDocument::errorOccurred);
        again.openPath(projectPath);
        QVERIFY(opened.wait(60000) || opened.count() == 1);
        QVERIFY(opened.constFirst().at(1).value<Error>().ok());
        QCOMPARE(errors.count(), 0);
        QVERIFY(again.document()->project());
        QVERIFY(!again.document()->project()->isReadOnly());
        QSettings().clear();
    }

    // File > Export Timeline…: a failed write keeps the dialog open with the problem said; the file is
    // written from the dialog, and the next export starts in the same folder.
    void exportTimelineKeepsTheDialogOnError()
    {
        QSettings().clear();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindow w;
        QSignalSpy changed(w.document(), &ProjectDocument::analysisChanged);
        w.openPath(corpus());
        QVERIFY(changed.wait(60000) || changed.count() == 1);
        const QString target = dir.filePath(QStringLiteral("story.svg"));
        bool stayedOpen = false;
        QString error;
        QString startPath;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<TimelineExportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            startPath = dialog->path();
            dialog->setPath(QStringLiteral("/no/such/folder/story.png"));
            dialog->accept();
            stayedOpen = dialog->isVisible();
            error = dialog->errorText();
            dialog->setPath(target);
            dialog->accept();
            if (dialog->isVisible())
                dialog->reject();
        });
        w.actionRegistry().action(QStringLiteral("file.exportTimeline"))->trigger();
        QVERIFY(stayedOpen);
        QVERIFY2(error.contains(QStringLiteral("/no/such/folder")), qPrintable(error));
        QVERIFY(QFileInfo(startPath).dir().exists());
        QVERIFY(QFileInfo(target).size() > 0);

        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<TimelineExportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            startPath = dialog->path();
            dialog->reject();
        });
        w.actionRegistry().action(QStringLiteral("file.exportTimeline"))->trigger();
        QCOMPARE(startPath, target);
        QSettings().clear();
    }

    void panelsPlugIn()
    {
        MainWindow w;
        auto *tabs = w.findChild<QTabWidget *>();
        auto *first = new QWidget;
        auto *second = new QWidget;
        w.addPanel(first, QStringLiteral("First"));
        w.addPanel(second, QStringLiteral("Second"));
        QCOMPARE(tabs->tabText(tabs->indexOf(first)), QStringLiteral("First"));
        QCOMPARE(tabs->indexOf(second), tabs->indexOf(first) + 1);
        // The placeholder has given way to real panels.
        for (int i = 0; i < tabs->count(); ++i)
            QVERIFY(!qobject_cast<QLabel *>(tabs->widget(i)));
        QDockWidget *dock = w.addDockPanel(new QLabel, QStringLiteral("Extra"), Qt::RightDockWidgetArea);
        QVERIFY(!dock->objectName().isEmpty());
    }

    void layoutIsRemembered()
    {
        QList<int> sizes;
        {
            MainWindow w;
            w.resize(1200, 800);
            w.show();
            auto *splitter = w.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            splitter->setSizes({ 200, 500 });
            sizes = splitter->sizes();
            w.close();
        }
        MainWindow again;
        again.show();
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    }

    // The views follow the document's selection, never one another: a statement picked in the quote
    // panel rings its events on the timeline, an event picked in the article view is selected on the
    // timeline and its mentions listed, a rendering opened in the quote panel opens its article; a
    // second window on the same document shows it and follows the same selection.
    void viewsFollowTheDocumentSelection()
    {
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // The envoy's arrival is also told in the spokesman's sentence: statement s2 is about it.
        auto edited = std::make_shared<AnalysisResult>(*SyntheticAnalysis::make());
        const Quote &spokesman = edited->quotes.at(edited->quoteIndex(QStringLiteral("beta/three#q1")));
        EventMention told = edited->events.last().mentions.constFirst();
        told.span = spokesman.span;
        edited->events.last().mentions.append(told);
        const std::shared_ptr<const AnalysisResult> result = edited;
        w.document()->setAnalysis(result);
        DocumentSelection *selection = w.document()->selection();
        auto *timeline = part<TimelineView>(w, "timelineView");
        auto *articles = part<ArticleView>(w, "articleView");
        auto *quotes = part<QuotePanel>(w, "quotePanel");
        QVERIFY(timeline && articles && quotes);

        // A statement about an event, picked in the quote panel's list as the analyst does.
        QString statement;
        for (const Statement &s : result->statements) {
            if (statement.isEmpty() && !StatementEvents::eventsFor(*result, s.id).isEmpty())
                statement = s.id;
        }
        QVERIFY(!statement.isEmpty());
        const QAbstractItemModel *list = quotes->statementView()->model();
        const QModelIndexList rows
            = list->match(list->index(0, 0), StatementModel::StatementIdRole, statement, 1, Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        quotes->statementView()->setCurrentIndex(rows.constFirst());
        QCOMPARE(selection->currentStatement(), statement);
        // Ringed once the window has indexed the result's events on a worker.
        QTRY_COMPARE(timeline->highlightedEvents(), StatementEvents::eventsFor(*result, statement));

        // An event clicked in the article's text.
        Q_EMIT articles->eventClicked(QStringLiteral("e3"));
        QCOMPARE(selection->currentEvent(), QStringLiteral("e3"));
        QCOMPARE(timeline->selectedIndex().data(TimelineModel::EventIdRole).toString(), QStringLiteral("e3"));
        QCOMPARE(articles->mentionListCount(), 2);
        maybeScreenshot(w, QStringLiteral("mainwindow-selection-1366.png"));

        // A rendering opened from the quote panel.
        Q_EMIT quotes->quoteActivated(QStringLiteral("beta/three#q1"));
        QCOMPARE(articles->currentArticleId(), QStringLiteral("beta/three"));
        QCOMPARE(selection->currentArticle(), QStringLiteral("beta/three"));

        MainWindow second(w.document());
        second.resize(1920, 1200);
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        auto *secondTimeline = part<TimelineView>(second, "timelineView");
        QVERIFY(secondTimeline);
        QCOMPARE(secondTimeline->model()->rowCount(), timeline->model()->rowCount());
        // It opens at the analyst's selection and leaves it as it was.
        QCOMPARE(selection->currentStatement(), statement);
        QCOMPARE(part<QuotePanel>(second, "quotePanel")->currentStatementId(), statement);
        QCOMPARE(part<ArticleView>(second, "articleView")->currentArticleId(), QStringLiteral("beta/three"));
        QCOMPARE(secondTimeline->selectedIndex().data(TimelineModel::EventIdRole).toString(), QStringLiteral("e3"));
        selection->setCurrentEvent(QStringLiteral("e1"));
        QCOMPARE(timeline->selectedIndex().data(TimelineModel::EventIdRole).toString(), QStringLiteral("e1"));
        QCOMPARE(secondTimeline->selectedIndex().data(TimelineModel::EventIdRole).toString(), QStringLiteral("e1"));
        maybeScreenshot(second, QStringLiteral("mainwindow-second-1920.png"));
    }

    // The document belongs to the DocumentManager, not to the window that asked for it: that window
    // may close first, and the second window on the document keeps it, its analysis and its selection.
    void documentOutlivesTheWindowThatMadeIt()
    {
        auto first = std::make_unique<MainWindow>();
        const QPointer<ProjectDocument> document = first->document();
        QCOMPARE(DocumentManager::instance()->documents().count(document.data()), 1);
        document->setAnalysis(SyntheticAnalysis::make());
        document->selection()->setCurrentEvent(QStringLiteral("e1"));
        MainWindow second(document);
        QCOMPARE(DocumentManager::instance()->viewCount(document), 2);
        first.reset();
        QVERIFY(document);
        QVERIFY(document->result());
        QCOMPARE(document->selection()->currentEvent(), QStringLiteral("e1"));
        QCOMPARE(part<TimelineView>(second, "timelineView")->selectedEvent(), QStringLiteral("e1"));
        QCOMPARE(DocumentManager::instance()->viewCount(document), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

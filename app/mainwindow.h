// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionregistry.h"
#include "analysis/analysisjob.h"

#include <QMainWindow>

struct AnnotationLookup;
struct DocumentError;
class ArticleList;
class EventEditor;
class HelpMenu;
class ArticleView;
class OutletFilterButton;
class ProjectDocument;
class ProjectSession;
class QuotePanel;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QToolButton;
class RecentCorpora;
class SearchPanel;
class TimelineFilterModel;
class TimelineModel;
class TimelineView;
class WarningsPanel;

// The analyst's window on one ProjectDocument: the timeline across the top, the article view beside
// the side panels (quote panel, annotations) below, docks for articles, search results and load
// warnings. The views show what the document holds and change with its signals; they follow one
// another only through the document's selection (the current article, event and statement, by id),
// never directly. The document's errors are shown here, each once. Loading and analysis run in the
// document's AnalysisJob, so the window never waits for them. Tests find the views by object name
// ("timelineView", "articleView", "quotePanel", "articleList", "searchPanel", "warningsPanel",
// "projectSession", "eventEditor", "helpMenu", "recentCorpora"; the timeline's model "timelineFilter").
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // A window on `document` (another window may show the same document); without one, on a new
    // document from the DocumentManager, which owns it and deletes it when no window shows it.
    explicit MainWindow(ProjectDocument *document = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectDocument *document() const { return m_document; }
    // Opens a corpus folder or a project file (loads and analyses it in the background).
    void openPath(const QString &path);

    // ---- Where other panels plug in (quote panel, annotations) ----
    // Adds a tab beside the article view; the first one replaces the placeholder.
    void addPanel(QWidget *panel, const QString &title);
    // Adds a dock (hidden docks are remembered with the window state by object name).
    QDockWidget *addDockPanel(QWidget *panel, const QString &title, Qt::DockWidgetArea area);

    // The menus and actions by id, for the parts that add their own.
    const ActionRegistry &actionRegistry() const { return m_actions; }

    // On a first run (no size remembered), shrinks the window to fit `available` (the screen it opens
    // on, without panels) and centres it there.
    void fitFirstWindow(const QRect &available);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void createStatusBar();
    // The views change the document's selection and follow it.
    void bindSelection();
    void nameParts();
    void restoreSettings();
    void fitTimelineHeight();
    void saveSettings() const;

    void bindDocument();

    void chooseCorpus();
    void exportTimeline();
    void setLoading(bool loading);
    // What the timeline says while it shows no event, from the state: no corpus, loading, open.
    void updateTimelineEmptyText();
    void onProgress(AnalysisJob::Stage stage, int done, int total);
    void cancelWork();
    void onLoadFailed(const QString &message);
    void showError(const DocumentError &error);
    void showAnalysis(const AnalysisResultPtr &result);
    // Shows the edited events, keeping the article, the timeline's zoom and its selected event.
    void showEditedEvents(AnalysisResultPtr result);
    void showAnnotationMarks(const std::shared_ptr<const AnnotationLookup> &lookup);
    void showClosed();
    void updateTitle();
    // Enables what needs an open corpus.
    void updateActions();
    // Works out, on a worker, m_result's outlets for the outlet filter's menu (when `listOutlets`), each article's
    // for the article list and each event's for the timeline model, and hands them over when done.
    void digestResult(bool listOutlets);
    void applyOutletFilter(const QStringList &outlets);
    // Works out the timeline's quotes lane for m_result and `outlets` on a worker (a pass over every
    // rendering of every statement) and shows it when done, unless the result or filter changed since;
    // `fit` fits the timeline to it then, as a new result is shown whole.
    void updateQuoteMarks(const QStringList &outlets, bool fit);
    // Rings the statement's events on the timeline once m_statementEvents is there for m_result.
    void highlightStatementEvents(const QString &statementId);
    // Selects the event on the timeline (when the filter shows it) and lists its mentions.
    void selectEvent(const QString &eventId);
    // Says in the status bar whose statement was picked and how often it is rendered.
    void showStatementStatus(const QString &statementId);
    void find();

    ProjectDocument *m_document;
    AnalysisResultPtr m_result; // the document's, as the views show it
    ActionRegistry m_actions;
    TimelineModel *m_timelineModel = nullptr;
    TimelineFilterModel *m_timelineFilter = nullptr;

    TimelineView *m_timeline = nullptr;
    ArticleView *m_articleView = nullptr;
    QTabWidget *m_sidePanels = nullptr;
    QWidget *m_panelPlaceholder = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_bottomSplitter = nullptr;
    ArticleList *m_articles = nullptr;
    SearchPanel *m_search = nullptr;
    WarningsPanel *m_warnings = nullptr;
    QDockWidget *m_articlesDock = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QDockWidget *m_warningsDock = nullptr;

    OutletFilterButton *m_outletFilter = nullptr;
    QComboBox *m_laneMode = nullptr;
    QLineEdit *m_searchField = nullptr;
    QLabel *m_statusText = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QToolButton *m_warningsButton = nullptr;
    QMenu *m_viewMenu = nullptr;
    RecentCorpora *m_recent = nullptr;
    QString m_exportPath;
    bool m_layoutRestored = false; // the analyst's dock sizes came back from the settings
    bool m_splitterRestored = false; // the analyst's timeline height came back from the settings
    bool m_shown = false;
    bool m_geometryRestored = false;
    ProjectSession *m_project = nullptr;
    HelpMenu *m_help = nullptr;
    EventEditor *m_eventEditor = nullptr;
    QuotePanel *m_quotePanel = nullptr;
    // Counts quotes-lane requests: a worker's lane is shown only when it answers the latest.
    int m_quoteMarksRequest = 0;
    // Which events each statement is about, for m_result: indexed on the quotes lane's worker (a pass
    // over every event mention), with the result it reads.
    struct StatementEventsIndex;
    std::shared_ptr<const StatementEventsIndex> m_statementEvents;
};

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisjob.h"

#include <QMainWindow>

struct AnnotationLookup;
class ArticleList;
class EventEditor;
class ArticleView;
class OutletFilterButton;
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

// The analyst's window: the timeline across the top, the article view beside the side panels
// (quote panel, annotations) below, docks for articles, search results and load warnings.
// Loading and analysis run in an AnalysisJob, so the window never waits for them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a corpus folder (loads and analyses it in the background).
    void openPath(const QString &path);
    // Shows an analysis already made (a project's cached result, or a test's).
    void showResult(AnalysisResultPtr result);

    // ---- Where other panels plug in (quote panel, annotations) ----
    // Adds a tab beside the article view; the first one replaces the placeholder.
    void addPanel(QWidget *panel, const QString &title);
    // Adds a dock (hidden docks are remembered with the window state by object name).
    QDockWidget *addDockPanel(QWidget *panel, const QString &title, Qt::DockWidgetArea area);

    // The shown analysis: the computed one with the project's event edits applied.
    AnalysisResultPtr result() const { return m_result; }
    // The computed analysis, before event edits.
    AnalysisResultPtr analysis() const { return m_analysis; }
    TimelineView *timelineView() const { return m_timeline; }
    ArticleView *articleView() const { return m_articleView; }
    AnalysisJob *analysisJob() const { return m_job; }
    WarningsPanel *warningsPanel() const { return m_warnings; }
    SearchPanel *searchPanel() const { return m_search; }
    TimelineFilterModel *timelineModel() const { return m_timelineFilter; }
    ProjectSession *projectSession() const { return m_project; }
    EventEditor *eventEditor() const { return m_eventEditor; }
    QuotePanel *quotePanel() const { return m_quotePanel; }

    // Annotation counts of the shown result, for the timeline's and the quote panel's marks.
    void setAnnotations(std::shared_ptr<const AnnotationLookup> annotations);

    // Applies the project's event edits anew to the computed analysis and shows the edited events,
    // keeping the article, the timeline's zoom and its selected event.
    void refreshEvents();

Q_SIGNALS:
    // A new analysis is shown (panels reset themselves from it).
    void resultChanged(AnalysisResultPtr result);
    // The analyst's event edits changed the shown events (the quotes and the corpus did not change).
    void eventsEdited(AnalysisResultPtr result);
    // The analyst picked a statement (in the article view or on the timeline's quotes lane).
    void statementSelected(const QString &statementId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void createStatusBar();
    void connectViews();
    void restoreSettings();
    void saveSettings() const;

    void chooseCorpus();
    void exportTimeline();
    void setLoading(bool loading);
    void onProgress(AnalysisJob::Stage stage, int done, int total);
    void onFailed(const QString &message);
    void applyOutletFilter(const QStringList &outlets);
    void showEventById(const QString &eventId);
    void showStatement(const QString &statementId);
    void find();
    AnalysisResultPtr withEventEdits(const AnalysisResultPtr &analysis) const;

    AnalysisJob *m_job = nullptr;
    AnalysisResultPtr m_analysis;
    AnalysisResultPtr m_result;
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
    bool m_shown = false;
    ProjectSession *m_project = nullptr;
    EventEditor *m_eventEditor = nullptr;
    QuotePanel *m_quotePanel = nullptr;
};

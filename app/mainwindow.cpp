// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "eventeditor.h"
#include "helpmenu.h"
#include "projectsession.h"

#include "analysis/statementevents.h"
#include "annotations/annotationpanel.h"
#include "articleview/articleview.h"
#include "common/articlelist.h"
#include "common/exportfiledialog.h"
#include "common/outletfilterbutton.h"
#include "common/searchpanel.h"
#include "common/warningspanel.h"
#include "document/documentmanager.h"
#include "document/documentselection.h"
#include "document/projectdocument.h"
#include "itemmodels/resultoutletsbuilder.h"
#include "itemmodels/timelinefiltermodel.h"
#include "itemmodels/timelinemodel.h"
#include "quotepanel/quotepanel.h"
#include "recentcorpora.h"
#include "storage/projectstore.h"
#include "timeline/timelineexportdialog.h"
#include "timeline/timelineexporter.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinequotes.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace
{
// The height the article view and the quote panel want before the timeline gets more than its least.
constexpr int panelsHeight = 460;
constexpr int minimumTimelineHeight = 220;

// What a drop opens: a local corpus folder or a project file among the dropped URLs, or empty.
QString droppedPath(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        const QFileInfo file(url.toLocalFile());
        if (url.isLocalFile()
            && (file.isDir() || (file.isFile() && file.suffix().compare(QLatin1String("parallax")) == 0)))
            return file.filePath();
    }
    return {};
}
}

MainWindow::MainWindow(ProjectDocument *document, QWidget *parent)
    : QMainWindow(parent)
    , m_document(document ? document : DocumentManager::instance()->createDocument())
    , m_timelineModel(new TimelineModel(this))
    , m_timelineFilter(new TimelineFilterModel(this))
    , m_timeline(new TimelineView(this))
    , m_articleView(new ArticleView(this))
    , m_sidePanels(new QTabWidget(this))
    , m_mainSplitter(new QSplitter(Qt::Vertical, this))
    , m_bottomSplitter(new QSplitter(Qt::Horizontal, this))
{
    DocumentManager::instance()->addView(m_document);
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Parallax"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_timelineFilter->setSourceModel(m_timelineModel);
    m_timeline->setModel(m_timelineFilter);

    // Placeholder for the quote panel until it is added with addPanel().
    auto *placeholder = new QLabel(tr("Quotes of the selected statement appear here."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_panelPlaceholder = placeholder;
    m_sidePanels->addTab(placeholder, tr("Quotes"));
    m_sidePanels->setDocumentMode(true);

    m_bottomSplitter->setObjectName(QStringLiteral("bottomSplitter"));
    m_bottomSplitter->addWidget(m_articleView);
    m_bottomSplitter->addWidget(m_sidePanels);
    m_bottomSplitter->setStretchFactor(0, 2);
    m_bottomSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_timeline);
    m_mainSplitter->addWidget(m_bottomSplitter);
    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setChildrenCollapsible(false);
    m_articleView->setMinimumWidth(360);
    // First-run proportions; restoreSettings() brings back the analyst's own.
    m_mainSplitter->setSizes({ 380, 520 });
    // The panels get two thirds: the statement list and a word-by-word alignment side by side need width
    // more than the article does, whose reading column stays readable at its minimum.
    m_bottomSplitter->setSizes({ 400, 800 });
    setCentralWidget(m_mainSplitter);

    createDocks();
    createActions();
    createStatusBar();

    m_quotePanel = new QuotePanel(this);
    addPanel(m_quotePanel, tr("Quotes"));
    // Projects and annotations: the Annotations tab and the project actions.
    m_project = new ProjectSession(m_document, m_actions, this);
    addPanel(m_project->panel(), tr("Annotations"));
    // A Markdown report gets the whole timeline beside it, with the lanes and filter the analyst chose,
    // as `parallax annotations --format md` does.
    m_project->panel()->setTimelineWriter([this](const QString &path) {
        TimelineExportOptions look;
        look.title = m_result ? m_result->corpus.name : QString();
        const TimelineExportSource source { &m_timeline->index(), m_timelineFilter, m_timeline->index().squeezedScale(),
            palette(), font() };
        return TimelineExporter::write(path, source, look);
    });
    connect(m_project, &ProjectSession::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_quotePanel, &QuotePanel::annotateQuoteRequested, m_project, &ProjectSession::annotateQuote);
    connect(m_quotePanel, &QuotePanel::annotateStatementRequested, m_project, &ProjectSession::annotateStatement);
    connect(m_timeline, &TimelineView::annotateEventRequested, m_project, &ProjectSession::annotateEvent);
    // The analyst's event edits: the timeline's event menu and the Edit menu.
    m_eventEditor = new EventEditor(m_document, m_timeline, m_timelineModel, m_actions, this);
    connect(m_eventEditor, &EventEditor::statusMessage, statusBar(), &QStatusBar::showMessage);
    // Help goes last in the menu bar, after the menus the parts above added.
    m_help = new HelpMenu(menuBar(), m_actions, this);
    nameParts();
    bindSelection();
    bindDocument();
    // A window opened on a document that is already open shows it as it is, at the analyst's
    // selection (which showing the analysis would otherwise move to its first article and statement).
    if (m_document->result()) {
        DocumentSelection *selection = m_document->selection();
        const QString article = selection->currentArticle();
        const QString event = selection->currentEvent();
        const QString statement = selection->currentStatement();
        showAnalysis(m_document->result());
        showAnnotationMarks(m_document->annotationLookup());
        m_articleView->showArticle(article);
        selectEvent(event);
        m_quotePanel->selectStatement(statement);
        selection->setCurrentArticle(article);
        selection->setCurrentStatement(statement);
    }
    updateActions();
    resize(1400, 900);
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // The document is the manager's; it goes when no window shows it any more.
    disconnect(m_document, nullptr, this, nullptr);
    DocumentManager::instance()->removeView(m_document);
}

void MainWindow::createDocks()
{
    m_articles = new ArticleList(this);
    m_articlesDock = addDockPanel(m_articles, tr("Articles"), Qt::LeftDockWidgetArea);
    m_search = new SearchPanel(this);
    m_searchDock = addDockPanel(m_search, tr("Search Results"), Qt::LeftDockWidgetArea);
    tabifyDockWidget(m_articlesDock, m_searchDock);
    m_articlesDock->raise();
    m_warnings = new WarningsPanel(this);
    m_warningsDock = addDockPanel(m_warnings, tr("Load Warnings"), Qt::BottomDockWidgetArea);
    m_warningsDock->hide();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_actions.addMenu(QStringLiteral("file"), file);
    QAction *open = file->addAction(
        QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Corpus Folder…"), this, &MainWindow::chooseCorpus);
    open->setShortcut(QKeySequence::Open);
    m_actions.addAction(QStringLiteral("file.openCorpus"), open);
    m_recent = new RecentCorpora(file->addMenu(tr("Open &Recent")), this);
    connect(m_recent, &RecentCorpora::openRequested, this, &MainWindow::openPath);
    m_actions.addAction(QStringLiteral("file.openGroupEnd"), file->addSeparator());
    QAction *reload = file->addAction(
        QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Re&load Corpus"), m_document, &ProjectDocument::reload);
    reload->setShortcut(QKeySequence::Refresh);
    reload->setToolTip(tr("Read the corpus folder again, after its articles changed"));
    m_actions.addAction(QStringLiteral("file.reload"), reload);
    QAction *close = file->addAction(
        QIcon::fromTheme(QStringLiteral("document-close")), tr("&Close"), m_document, &ProjectDocument::close);
    close->setShortcut(QKeySequence::Close);
    m_actions.addAction(QStringLiteral("file.close"), close);
    file->addSeparator();
    QAction *exportAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")),
        tr("&Export Timeline…"), this, &MainWindow::exportTimeline);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_actions.addAction(QStringLiteral("file.exportTimeline"), exportAction);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    m_actions.addAction(QStringLiteral("file.quit"), quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_actions.addMenu(QStringLiteral("edit"), edit);
    QAction *findAction = edit->addAction(tr("&Find in Articles…"), this, &MainWindow::find);
    findAction->setShortcut(QKeySequence::Find);
    m_actions.addAction(QStringLiteral("edit.find"), findAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_actions.addMenu(QStringLiteral("view"), m_viewMenu);
    QAction *fit = m_viewMenu->addAction(tr("&Fit All"), m_timeline, &TimelineView::fitAll);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *zoomIn = m_viewMenu->addAction(tr("Zoom &In"), m_timeline, &TimelineView::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = m_viewMenu->addAction(tr("Zoom &Out"), m_timeline, &TimelineView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomSelection
        = m_viewMenu->addAction(tr("Zoom to &Selection"), m_timeline, &TimelineView::zoomToSelection);
    zoomSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_actions.addAction(QStringLiteral("view.fitAll"), fit);
    m_actions.addAction(QStringLiteral("view.zoomIn"), zoomIn);
    m_actions.addAction(QStringLiteral("view.zoomOut"), zoomOut);
    m_actions.addAction(QStringLiteral("view.zoomSelection"), zoomSelection);
    QAction *squeeze = m_viewMenu->addAction(tr("S&horten Empty Stretches"));
    squeeze->setCheckable(true);
    squeeze->setChecked(true);
    squeeze->setToolTip(tr("Squeeze long stretches without events, so that years-old background and the "
                           "story's own days are readable together"));
    connect(squeeze, &QAction::toggled, m_timeline, &TimelineView::setSqueezeGaps);
    m_actions.addAction(QStringLiteral("view.squeezeGaps"), squeeze);
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : { m_articlesDock, m_searchDock, m_warningsDock })
        m_viewMenu->addAction(dock->toggleViewAction());

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(open);
    bar->addAction(exportAction);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Lanes: "), bar));
    m_laneMode = new QComboBox(bar);
    m_laneMode->addItem(tr("by category"), int(TimelineIndex::LaneMode::Category));
    m_laneMode->addItem(tr("by outlet"), int(TimelineIndex::LaneMode::Outlet));
    m_laneMode->setToolTip(tr("Group the timeline's events by category or by the outlets that mention them"));
    connect(m_laneMode, &QComboBox::currentIndexChanged, this,
        [this] { m_timeline->setLaneMode(TimelineIndex::LaneMode(m_laneMode->currentData().toInt())); });
    bar->addWidget(m_laneMode);
    bar->addSeparator();
    m_outletFilter = new OutletFilterButton(bar);
    connect(m_outletFilter, &OutletFilterButton::selectionChanged, this, &MainWindow::applyOutletFilter);
    bar->addWidget(m_outletFilter);
    bar->addAction(fit);
    bar->addAction(squeeze);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_searchField = new QLineEdit(bar);
    m_searchField->setPlaceholderText(tr("Find in articles (Ctrl+F)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMaximumWidth(320);
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        m_searchDock->show();
        m_searchDock->raise();
        m_search->search(m_searchField->text());
    });
    bar->addWidget(m_searchField);
}

void MainWindow::createStatusBar()
{
    m_statusText = new QLabel(tr("Open a corpus folder to begin (Ctrl+O), or drop one onto the window."), this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, &MainWindow::cancelWork);
    m_warningsButton = new QToolButton(this);
    m_warningsButton->setAutoRaise(true);
    m_warningsButton->setIcon(QIcon::fromTheme(QStringLiteral("dialog-warning")));
    m_warningsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_warningsButton, &QToolButton::clicked, this, [this] {
        m_warningsDock->show();
        m_warningsDock->raise();
    });
    connect(m_warnings, &WarningsPanel::countChanged, this, [this](int n) {
        m_warningsButton->setText(tr("%n warning(s)", nullptr, n));
        m_warningsButton->setVisible(n > 0);
    });
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_warningsButton);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_warningsButton->hide();
    setLoading(false);
}

void MainWindow::bindDocument()
{
    const AnalysisJob *job = m_document->job();
    connect(job, &AnalysisJob::started, this, [this](const QString &path) {
        setLoading(true);
        m_statusText->setText(tr("Loading %1…").arg(QDir::toNativeSeparators(path)));
    });
    connect(job, &AnalysisJob::progressChanged, this, &MainWindow::onProgress);
    connect(job, &AnalysisJob::cancelled, this, [this] {
        setLoading(false);
        m_statusText->setText(tr("Loading cancelled."));
    });
    connect(m_document, &ProjectDocument::projectOpenStarted, this, [this](const QString &path) {
        setLoading(true);
        m_progress->setFormat(tr("Checking…"));
        m_statusText->setText(tr("Checking project %1…").arg(QFileInfo(path).fileName()));
    });
    connect(m_document, &ProjectDocument::projectOpenFinished, this, [this](const QString &path, const Error &error) {
        // On success the corpus load has taken over the indicator; a failure's message was shown by
        // showError(), so the status line only names the file.
        if (error.ok() || m_document->isOpeningProject())
            return;
        setLoading(m_document->job()->isRunning());
        m_statusText->setText(error.code == Error::Code::Refused
                ? error.message
                : tr("%1 was not opened.").arg(QFileInfo(path).fileName()));
    });
    connect(m_document, &ProjectDocument::analysisChanged, this, &MainWindow::showAnalysis);
    connect(m_document, &ProjectDocument::eventsEdited, this, &MainWindow::showEditedEvents);
    connect(m_document, &ProjectDocument::annotationMarksChanged, this, &MainWindow::showAnnotationMarks);
    connect(m_document, &ProjectDocument::projectChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::projectChanged, this, [this](const QString &path) {
        if (!path.isEmpty())
            m_recent->add(path);
    });
    connect(m_document, &ProjectDocument::closed, this, &MainWindow::showClosed);
    connect(m_document, &ProjectDocument::errorOccurred, this, &MainWindow::showError);
    connect(m_document, &ProjectDocument::noticeOccurred, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });
}

void MainWindow::nameParts()
{
    // After the docks are made: a dock's name (which the saved window state goes by) comes from its
    // panel's class.
    const std::pair<QObject *, const char *> parts[] { { m_timeline, "timelineView" }, { m_articleView, "articleView" },
        { m_quotePanel, "quotePanel" }, { m_articles, "articleList" }, { m_search, "searchPanel" },
        { m_warnings, "warningsPanel" }, { m_project, "projectSession" }, { m_eventEditor, "eventEditor" },
        { m_help, "helpMenu" }, { m_recent, "recentCorpora" }, { m_timelineFilter, "timelineFilter" } };
    for (const auto &[part, name] : parts)
        part->setObjectName(QLatin1String(name));
}

void MainWindow::bindSelection()
{
    DocumentSelection *selection = m_document->selection();
    // What the analyst picks in a view becomes the document's selection…
    connect(m_timeline, &TimelineView::eventSelected, selection, [selection](const QString &eventId) {
        if (!eventId.isEmpty())
            selection->setCurrentEvent(eventId);
    });
    connect(m_timeline, &TimelineView::quoteSelected, this, [this, selection](const QString &statementId) {
        // A quote mark on the timeline opens the statement's reference rendering in its article.
        const int index = m_result ? m_result->statementIndex(statementId) : -1;
        if (index >= 0) {
            const Statement &s = m_result->statements.at(index);
            selection->showQuote(s.reference.isEmpty() ? s.quotes.value(0) : s.reference);
        }
        selection->setCurrentStatement(statementId);
        showStatementStatus(statementId);
    });
    connect(m_articleView, &ArticleView::eventClicked, selection, &DocumentSelection::setCurrentEvent);
    connect(m_articleView, &ArticleView::quoteClicked, this, [this, selection](const QString &statementId) {
        selection->setCurrentStatement(statementId);
        showStatementStatus(statementId);
    });
    connect(m_articleView, &ArticleView::articleChanged, selection, &DocumentSelection::setCurrentArticle);
    connect(m_articleView, &ArticleView::textSelectionChanged, selection, &DocumentSelection::setTextSpan);
    connect(m_articles, &ArticleList::articleActivated, selection, &DocumentSelection::setCurrentArticle);
    connect(m_search, &SearchPanel::hitActivated, selection, &DocumentSelection::showSpan);
    connect(m_quotePanel, &QuotePanel::statementSelected, selection, &DocumentSelection::setCurrentStatement);
    connect(m_quotePanel, &QuotePanel::quoteActivated, selection, &DocumentSelection::showQuote);

    // …and every view follows it.
    connect(selection, &DocumentSelection::currentArticleChanged, m_articleView, &ArticleView::showArticle);
    connect(selection, &DocumentSelection::currentArticleChanged, m_articles, &ArticleList::setCurrentArticle);
    connect(selection, &DocumentSelection::currentEventChanged, this, &MainWindow::selectEvent);
    connect(selection, &DocumentSelection::currentStatementChanged, m_quotePanel, &QuotePanel::selectStatement);
    // The current statement's events are ringed on the timeline.
    connect(selection, &DocumentSelection::currentStatementChanged, this, &MainWindow::highlightStatementEvents);
    connect(selection, &DocumentSelection::quoteRequested, m_articleView, &ArticleView::showQuote);
    connect(selection, &DocumentSelection::spanRequested, m_articleView, &ArticleView::showSpan);
}

void MainWindow::addPanel(QWidget *panel, const QString &title)
{
    if (m_panelPlaceholder) {
        m_sidePanels->removeTab(m_sidePanels->indexOf(m_panelPlaceholder));
        m_panelPlaceholder->deleteLater();
        m_panelPlaceholder = nullptr;
    }
    m_sidePanels->addTab(panel, title);
}

QDockWidget *MainWindow::addDockPanel(QWidget *panel, const QString &title, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    // saveState() finds docks by object name: a stable, unique one from the panel's class.
    const QString base = QStringLiteral("dock_")
        + (panel->objectName().isEmpty() ? QLatin1String(panel->metaObject()->className()) : panel->objectName());
    QString name = base;
    for (int i = 2; findChild<QDockWidget *>(name, Qt::FindDirectChildrenOnly); ++i)
        name = base + QString::number(i);
    dock->setObjectName(name);
    dock->setWidget(panel);
    addDockWidget(area, dock);
    if (m_viewMenu)
        m_viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::openPath(const QString &path)
{
    m_document->open(path);
}

void MainWindow::chooseCorpus()
{
    const QStringList recent = m_recent->paths();
    const QString start = recent.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::HomeLocation)
                                           : QFileInfo(recent.constFirst()).absolutePath();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Corpus Folder"), start);
    if (!folder.isEmpty())
        openPath(folder);
}

void MainWindow::setLoading(bool loading)
{
    m_progress->setVisible(loading);
    m_cancel->setVisible(loading);
    if (loading) {
        m_progress->setRange(0, 0); // busy until the first progress report
        m_progress->setFormat(tr("Loading %p%"));
    }
    updateTimelineEmptyText();
}

void MainWindow::updateTimelineEmptyText()
{
    // An empty timeline says why: "no dated events" only of a corpus that is open.
    if (m_result)
        m_timeline->setEmptyText(QString());
    else if (m_progress->isVisibleTo(this))
        m_timeline->setEmptyText(tr("Loading…"));
    else
        m_timeline->setEmptyText(tr("No corpus open.\nOpen a corpus folder (Ctrl+O) or a project, or drop one "
                                    "onto the window, to see its events here."));
}

void MainWindow::onProgress(AnalysisJob::Stage stage, int done, int total)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_progress->setFormat(stage == AnalysisJob::Stage::Loading ? tr("Reading %v/%m") : tr("Analysing %v/%m"));
}

void MainWindow::cancelWork()
{
    // A project still being checked is abandoned with its lock; otherwise the corpus load stops.
    if (m_document->isOpeningProject())
        m_document->close();
    else
        m_document->job()->cancel();
}

void MainWindow::onLoadFailed(const QString &message)
{
    setLoading(false);
    m_statusText->setText(message);
    m_warnings->addMessage(QString(), message);
    m_warningsDock->show();
}

void MainWindow::showError(const DocumentError &error)
{
    switch (error.kind) {
    case DocumentError::Kind::Load:
        onLoadFailed(error.error.message);
        return;
    case DocumentError::Kind::Cache:
        statusBar()->showMessage(error.error.message);
        return;
    case DocumentError::Kind::Project:
    case DocumentError::Kind::Annotation:
    case DocumentError::Kind::EventEdit:
        QMessageBox::warning(this, error.title, error.error.message);
        return;
    }
}

void MainWindow::showAnnotationMarks(const std::shared_ptr<const AnnotationLookup> &lookup)
{
    m_articleView->setAnnotatedSpans(m_document->annotatedSpans());
    m_timelineModel->setAnnotations(lookup);
    m_quotePanel->setAnnotations(lookup);
}

void MainWindow::showClosed()
{
    m_result.reset();
    m_timelineModel->setResult(nullptr);
    m_articleView->setResult(nullptr);
    m_articles->setResult(nullptr);
    m_search->setResult(nullptr);
    m_quotePanel->setResult(nullptr);
    m_warnings->setWarnings({});
    m_outletFilter->setOutlets({});
    m_timelineFilter->setOutlets({});
    ++m_quoteMarksRequest;
    m_statementEvents.reset();
    m_timeline->setQuoteMarks({});
    m_timeline->setHighlightedEvents({});
    setWindowFilePath(QString());
    setWindowTitle(tr("Parallax"));
    m_statusText->setText(tr("Open a corpus folder to begin (Ctrl+O), or drop one onto the window."));
    updateTimelineEmptyText();
    updateActions();
}

// What acts on an open corpus is greyed out while none is open, rather than answering a click with "open
// a corpus first".
void MainWindow::updateActions()
{
    const bool open = m_result != nullptr;
    for (const char *id : { "file.reload", "file.close", "file.exportTimeline", "edit.find", "view.fitAll",
             "view.zoomIn", "view.zoomOut", "view.zoomSelection", "view.squeezeGaps" })
        m_actions.action(QString::fromLatin1(id))->setEnabled(open);
    for (QWidget *widget : std::initializer_list<QWidget *> { m_laneMode, m_outletFilter, m_searchField })
        widget->setEnabled(open);
}

void MainWindow::updateTitle()
{
    if (const ProjectStore *project = m_document->project()) {
        setWindowFilePath(project->path());
        setWindowTitle(project->isReadOnly()
                ? tr("%1 [read-only] — Parallax").arg(QFileInfo(project->path()).fileName())
                : tr("%1 — Parallax").arg(QFileInfo(project->path()).fileName()));
    } else if (m_result) {
        setWindowFilePath(QString());
        setWindowTitle(tr("%1 — Parallax").arg(m_result->corpus.name));
    }
}

void MainWindow::showEditedEvents(AnalysisResultPtr result)
{
    const QString article = m_articleView->currentArticleId();
    m_result = std::move(result);
    m_timelineModel->setResult(m_result);
    digestResult(false);
    m_articleView->setResult(m_result);
    m_articleView->showArticle(article);
    updateQuoteMarks(m_timelineFilter->outlets(), false);
    // The selected event again, where the edit left it (gone when merged into another or deleted).
    selectEvent(m_document->selection()->currentEvent());
}

void MainWindow::showAnalysis(const AnalysisResultPtr &result)
{
    setLoading(false);
    if (!result)
        return;
    m_result = result;
    updateTimelineEmptyText();
    m_timelineModel->setResult(result);
    m_articleView->setResult(result);
    m_articles->setResult(result);
    m_search->setResult(result);
    m_warnings->setWarnings(result->corpus.warnings);
    if (!result->corpus.warnings.isEmpty())
        m_warningsDock->show();

    digestResult(true);
    m_timelineFilter->setOutlets({});
    m_timeline->setQuoteMarks({});
    updateQuoteMarks({}, true);
    m_timeline->setHighlightedEvents({});
    m_timeline->fitAll();
    if (!result->corpus.articles.isEmpty())
        m_articleView->showArticle(result->corpus.articles.constFirst().id);

    // A project is reopened as the project (its annotations with it), not as its bare folder.
    m_recent->add(m_document->project() ? m_document->project()->path() : result->corpus.path);
    updateTitle();
    updateActions();
    m_statusText->setText(tr("%n article(s)", nullptr, int(result->corpus.articles.size())) + QStringLiteral(" · ")
        + tr("%n event(s)", nullptr, int(result->events.size())) + QStringLiteral(" · ")
        + tr("%n quote(s)", nullptr, int(result->quotes.size())) + QStringLiteral(" · ")
        + tr("%n statement(s)", nullptr, int(result->statements.size())));
    m_quotePanel->setResult(result);
}

void MainWindow::digestResult(bool listOutlets)
{
    if (listOutlets)
        m_outletFilter->setOutlets({});
    auto *watcher = new QFutureWatcher<ResultOutlets>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, result = m_result, listOutlets] {
        watcher->deleteLater();
        if (result != m_result)
            return;
        const ResultOutlets outlets = watcher->result();
        m_timelineModel->setEventOutlets(result, outlets.eventOutlets, outlets.outletIds);
        m_articles->model()->setOutletIds(result, outlets.articleOutlets);
        if (listOutlets)
            m_outletFilter->setOutlets(outlets.names);
    });
    watcher->setFuture(QtConcurrent::run([result = m_result, listOutlets] {
        return ResultOutletsBuilder().setListOutlets(listOutlets).build(*result);
    }));
}

void MainWindow::applyOutletFilter(const QStringList &outlets)
{
    m_timelineFilter->setOutlets(outlets);
    m_articles->setOutlets(outlets);
    updateQuoteMarks(outlets, false);
}

struct MainWindow::StatementEventsIndex {
    explicit StatementEventsIndex(AnalysisResultPtr r)
        : result(std::move(r))
        , events(*result)
    {
    }
    AnalysisResultPtr result;
    StatementEvents events;
};

void MainWindow::updateQuoteMarks(const QStringList &outlets, bool fit)
{
    const int request = ++m_quoteMarksRequest;
    if (!m_result)
        return;
    struct Lane {
        QList<TimelineQuoteMark> marks;
        std::shared_ptr<const StatementEventsIndex> index;
    };
    auto *watcher = new QFutureWatcher<Lane>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, fit] {
        watcher->deleteLater();
        if (request != m_quoteMarksRequest)
            return;
        const Lane lane = watcher->result();
        m_statementEvents = lane.index;
        m_timeline->setQuoteMarks(lane.marks);
        if (fit)
            m_timeline->fitAll();
        highlightStatementEvents(m_document->selection()->currentStatement());
    });
    std::shared_ptr<const StatementEventsIndex> index
        = m_statementEvents && m_statementEvents->result == m_result ? m_statementEvents : nullptr;
    watcher->setFuture(QtConcurrent::run([result = m_result, index, outlets]() mutable {
        if (!index)
            index = std::make_shared<const StatementEventsIndex>(result);
        QList<TimelineQuoteMark> marks = TimelineQuotes::fromResult(*result, index->events, outlets);
        TimelineIndex::sortQuoteMarks(marks);
        return Lane { std::move(marks), index };
    }));
}

void MainWindow::highlightStatementEvents(const QString &statementId)
{
    if (!m_result || statementId.isEmpty()) {
        m_timeline->setHighlightedEvents({});
        return;
    }
    // None until the worker has indexed this result's events; it rings them when it is done.
    const bool indexed = m_statementEvents && m_statementEvents->result == m_result;
    m_timeline->setHighlightedEvents(indexed ? m_statementEvents->events.eventsFor(statementId) : QStringList());
}

void MainWindow::selectEvent(const QString &eventId)
{
    const QModelIndexList rows = eventId.isEmpty() || m_timelineModel->rowCount() == 0
        ? QModelIndexList()
        : m_timelineModel->match(
            m_timelineModel->index(0, 0), TimelineModel::EventIdRole, eventId, 1, Qt::MatchExactly);
    if (!eventId.isEmpty() && rows.isEmpty()) {
        m_document->selection()->setCurrentEvent(QString());
        return;
    }
    const QModelIndex shown = rows.isEmpty() ? QModelIndex() : m_timelineFilter->mapFromSource(rows.constFirst());
    if (shown.isValid() && m_timeline->selectedIndex() != shown)
        m_timeline->selectRow(shown.row());
    m_articleView->showEventMentions(eventId);
}

void MainWindow::showStatementStatus(const QString &statementId)
{
    const int index = m_result ? m_result->statementIndex(statementId) : -1;
    if (index < 0)
        return;
    const Statement &s = m_result->statements.at(index);
    statusBar()->showMessage(tr("Statement by %1, rendered %n time(s)", nullptr, int(s.quotes.size()))
                                 .arg(s.speaker.isEmpty() ? tr("an unknown speaker") : s.speaker),
        5000);
}

void MainWindow::find()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

void MainWindow::exportTimeline()
{
    if (!m_result) {
        statusBar()->showMessage(tr("Open a corpus first: there is no timeline to export."), 5000);
        return;
    }
    TimelineExportDialog dialog(this);
    // The last export's folder (else Pictures, Documents or home, whichever exists); the file is
    // written from the dialog, which stays open with the problem said when writing fails.
    const QString fileName
        = m_exportPath.isEmpty() ? QStringLiteral("timeline.png") : QFileInfo(m_exportPath).fileName();
    dialog.setPath(QDir(ExportFileDialog::startFolder()).filePath(fileName));
    dialog.setTitle(m_result->corpus.name);
    const TimelineGeometry &g = m_timeline->geometry();
    const TimelineExportSource source { &m_timeline->index(), m_timelineFilter, g.scale(), palette(), font() };
    dialog.setWriter(
        [&source](const QString &path, const TimelineExportOptions &options) {
            return TimelineExporter::write(path, source, options);
        },
        g.visibleStart(), g.visibleEnd());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_exportPath = dialog.path();
    statusBar()->showMessage(tr("Timeline exported to %1").arg(QDir::toNativeSeparators(m_exportPath)), 8000);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    m_geometryRestored = restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    m_layoutRestored = restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_splitterRestored = m_mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray());
    m_bottomSplitter->restoreState(settings.value(QStringLiteral("bottomSplitter")).toByteArray());
    m_laneMode->setCurrentIndex(settings.value(QStringLiteral("laneMode"), 0).toInt());
}

void MainWindow::fitFirstWindow(const QRect &available)
{
    if (m_geometryRestored || available.isEmpty())
        return;
    // Four panels want the room a large screen has: nine tenths of it, never less than the designed size where
    // that fits. Room for the window manager's frame and a panel: 1400x900 is taller than a 1366x768 laptop.
    const QSize frame(24, 64);
    const QSize most = available.size() * 0.9;
    resize(size().expandedTo(most).boundedTo(available.size() - frame));
    move(available.center() - QPoint(width() / 2, (height() + frame.height() / 2) / 2));
}

void MainWindow::fitTimelineHeight()
{
    // On a laptop's short screen two fifths for the timeline would leave the quote panel four statements and two
    // rows of the alignment: the panels below get the room they need to be read, the timeline (which scrolls its
    // lanes) keeps the rest. A tall window keeps the designed proportions.
    const int total = m_mainSplitter->height() - m_mainSplitter->handleWidth();
    const int wanted = std::min(panelsHeight, total - minimumTimelineHeight);
    const int panels = std::max(total * 3 / 5, wanted);
    m_mainSplitter->setSizes({ total - panels, panels });
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("bottomSplitter"), m_bottomSplitter->saveState());
    settings.setValue(QStringLiteral("laneMode"), m_laneMode->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_document->job()->cancel();
    event->accept();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (std::exchange(m_shown, true))
        return;
    if (!m_splitterRestored)
        fitTimelineHeight();
    if (m_layoutRestored)
        return;
    // First run: docks can be sized once the window is laid out, which it is when first shown;
    // the articles list needs room for titles and outlets.
    resizeDocks({ m_articlesDock }, { std::clamp(width() / 6, 220, 360) }, Qt::Horizontal);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedPath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openPath(path);
}

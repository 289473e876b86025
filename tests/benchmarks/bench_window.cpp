// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window as an analyst meets it, on benchmark corpora of 1,000, 10,000 (and, when asked, 100,000)
// articles: opening the folder, then opening it as a project (filling the analysis cache) and reopening
// the project, each to a usable window; selecting the largest and a middling statement; zooming;
// filtering by outlet; closing the corpus. For each: wall time, the longest the GUI thread went without returning to
// its event loop (GuiWatchdog), the GUI thread's CPU time in all (what a step queued for later turns included), peak
// and final resident memory, and the machine's load. Usage: bench_window
// [ARTICLES…|PATH…] (default 1000 10000); a PATH (a corpus folder or a .parallax project) is opened as it is, without
// the other phases: the reopen of a kept 100,000-article project, or one step to profile; a project's corpus folder is
// read wherever it is. A modal dialog (a question, an error) is dismissed and said on stderr, and the open counts as
// failed: nobody answers it here. Corpora are kept in $PARALLAX_BENCH_CORPORA (default /tmp/parallax-bench-corpora) and
// reused. Runs on the offscreen platform unless told otherwise.
#include "benchsupport.h"
#include "corpus/benchcorpus.h"
#include "guiwatchdog.h"

#include "common/outletfilterbutton.h"
#include "document/documenterror.h"
#include "document/documentselection.h"
#include "document/projectdocument.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "storage/projectstore.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <numeric>

namespace
{
struct Figure {
    int articles = 0;
    QString phase;
    double seconds = 0;
    qint64 longestBlockMs = 0;
    qint64 longestBlockCpuMs = 0;
    QString where;
    qint64 busiestBlockCpuMs = 0;
    QString busiestWhere;
    qint64 guiCpuMs = 0;
    double peakMb = 0;
    double residentMb = 0;
    QString load;
};

QList<Figure> figures;
int currentArticles = 0;

// The calling thread's CPU time.
qint64 threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

// Runs the event loop until `done` or `timeoutMs`; false on timeout.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// Lets the window finish what the last step queued (layouts, paints) for `ms`.
void settle(int ms)
{
    waitUntil([] { return false; }, ms);
}

class Phase
{
public:
    Phase(GuiWatchdog &watchdog, const QString &name)
        : m_watchdog(watchdog)
        , m_name(name)
        , m_articles(currentArticles)
    {
        BenchSupport::resetPeakResident();
        m_watchdog.start(name);
        m_timer.start();
        m_cpuStart = threadCpuMs();
    }
    // The phase's work is done: its time stops here; the watchdog watches `settleMs` more.
    void end(int settleMs = 300)
    {
        const double seconds = double(m_timer.nsecsElapsed()) / 1e9;
        settle(settleMs);
        m_watchdog.stop();
        const Figure f { m_articles, m_name, seconds, m_watchdog.longestMs(), m_watchdog.longestCpuMs(),
            m_watchdog.longestWhere(), m_watchdog.busiestCpuMs(), m_watchdog.busiestWhere(), threadCpuMs() - m_cpuStart,
            BenchSupport::peakResidentMb(), BenchSupport::residentMb(), BenchSupport::loadAverage() };
        std::printf("  %-36s %8.2f s   longest GUI block %6lld ms, %6lld ms CPU (%d over 100 ms; %s)   busiest "
                    "%6lld ms CPU (%s)   GUI CPU %6lld ms in all   peak %7.0f MB, resident %7.0f MB   load %s\n",
            qPrintable(f.phase), f.seconds, f.longestBlockMs, f.longestBlockCpuMs, m_watchdog.longBlocks(),
            qPrintable(f.where), f.busiestBlockCpuMs, qPrintable(f.busiestWhere), f.guiCpuMs, f.peakMb, f.residentMb,
            qPrintable(f.load));
        std::fflush(stdout);
        figures.append(f);
    }

private:
    GuiWatchdog &m_watchdog;
    QString m_name;
    int m_articles;
    QElapsedTimer m_timer;
    qint64 m_cpuStart = 0;
};

// A question or warning the window asks in a modal dialog has nobody to answer it here: its nested event loop
// would run until the hour's timeout with the watchdog content. Each one is said on stderr and dismissed, and the
// open it interrupted counts as failed.
class ModalDismisser
{
public:
    explicit ModalDismisser(bool &failed)
    {
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, [&failed] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            const auto *box = qobject_cast<QMessageBox *>(modal);
            std::fprintf(stderr, "bench_window: dismissed a modal dialog \"%s\": %s\n",
                qPrintable(modal->windowTitle()),
                qPrintable(box ? box->text() : QString::fromLatin1(modal->metaObject()->className())));
            failed = true;
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
            else
                modal->close();
        });
        m_timer.start();
    }

private:
    QTimer m_timer;
};

// Opens `path` in a new window and waits for its result: the window is usable once the result is shown
// and the event loop has come round once. Null when the document reports an error or asks a question instead.
std::unique_ptr<MainWindow> open(
    GuiWatchdog &watchdog, const QString &path, const QString &phase, ProjectDocument::Prompt answers = {})
{
    auto window = std::make_unique<MainWindow>();
    window->document()->setPrompt(std::move(answers));
    window->show();
    settle(200);
    bool shown = false;
    bool failed = false;
    QObject::connect(window->document(), &ProjectDocument::analysisChanged, window.get(),
        [&shown] { QTimer::singleShot(0, [&shown] { shown = true; }); });
    QObject::connect(
        window->document(), &ProjectDocument::errorOccurred, window.get(), [&failed](const DocumentError &error) {
            std::fprintf(stderr, "bench_window: %s: %s\n", qPrintable(error.title), qPrintable(error.error.message));
            // A cache that could not be written leaves the window usable.
            failed = failed || error.kind == DocumentError::Kind::Load || error.kind == DocumentError::Kind::Project;
        });
    QObject::connect(window->document(), &ProjectDocument::projectOpenFinished, window.get(),
        [&failed](const QString & /*path*/, const Error &error) { failed = failed || !error.ok(); });
    const ModalDismisser dismisser(failed);
    Phase p(watchdog, phase);
    window->openPath(path);
    if (!waitUntil([&] { return shown || failed; }, 3600 * 1000)) {
        std::fprintf(stderr, "bench_window: %s did not open within an hour\n", qPrintable(path));
        return nullptr;
    }
    if (!shown) {
        std::fprintf(stderr, "bench_window: %s did not open\n", qPrintable(path));
        return nullptr;
    }
    p.end();
    return window;
}

void interact(GuiWatchdog &watchdog, MainWindow &window)
{
    const AnalysisResultPtr result = window.document()->result();
    if (!result || result->statements.isEmpty())
        return;
    QList<int> order(result->statements.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
        [&](int a, int b) { return result->statements.at(a).quotes.size() > result->statements.at(b).quotes.size(); });
    const Statement &largest = result->statements.at(order.constFirst());
    const Statement &middling = result->statements.at(order.at(order.size() / 20));
    // The middling one first: the window may show the largest already, and selecting it again does nothing.
    for (const Statement *s : { &middling, &largest }) {
        Phase p(watchdog, QStringLiteral("select statement (%1 renderings)").arg(s->quotes.size()));
        window.document()->selection()->setCurrentStatement(s->id);
        p.end(1000);
    }
    {
        Phase p(watchdog, QStringLiteral("zoom in 3x, fit all"));
        for (int i = 0; i < 3; ++i) {
            window.findChild<TimelineView *>(QStringLiteral("timelineView"))->zoomIn();
            settle(50);
        }
        window.findChild<TimelineView *>(QStringLiteral("timelineView"))->fitAll();
        p.end();
    }
    if (auto *filter = window.findChild<OutletFilterButton *>()) {
        QStringList outlets;
        for (const Article &a : result->corpus.articles) {
            if (outlets.size() < 3 && !a.outlet.isEmpty() && !outlets.contains(a.outlet))
                outlets.append(a.outlet);
        }
        Phase p(watchdog, QStringLiteral("filter to 3 outlets, then all"));
        filter->setSelectedOutlets(outlets);
        settle(100);
        filter->setSelectedOutlets({});
        p.end();
    }
}

// Closes the corpus (File > Close), which lets go of its analysis.
void closeCorpus(GuiWatchdog &watchdog, MainWindow &window)
{
    Phase p(watchdog, QStringLiteral("close"));
    window.document()->close();
    p.end();
}

// Opens one existing corpus folder or project, as the user would, and works with it.
void runPath(GuiWatchdog &watchdog, const QString &path)
{
    currentArticles = 0;
    std::printf("%s\n", qPrintable(path));
    // The project named on the command line is read from its corpus folder wherever that is, as its analyst
    // would answer the window's question about a folder outside the project's own.
    ProjectDocument::Prompt answers;
    answers.chooseCorpus = [](const QString & /*question*/, const QString &corpus) { return corpus; };
    if (auto window
        = open(watchdog, path, QStringLiteral("open %1").arg(QFileInfo(path).fileName()), std::move(answers))) {
        // The table's rows say the project's size, as the generated corpora's do.
        const AnalysisResultPtr result = window->document()->result();
        currentArticles = int(result->corpus.articles.size());
        figures.last().articles = currentArticles;
        std::printf("  %d articles, %lld quotes, %lld statements, %lld events\n", currentArticles,
            qlonglong(result->quotes.size()), qlonglong(result->statements.size()), qlonglong(result->events.size()));
        window->document()->waitForCacheWrite();
        interact(watchdog, *window);
        closeCorpus(watchdog, *window);
    }
    settle(200);
}

void run(GuiWatchdog &watchdog, int articles)
{
    currentArticles = articles;
    BenchCorpus::Spec spec;
    spec.articles = articles;
    QElapsedTimer timer;
    timer.start();
    const Result<BenchCorpus::Summary> made = BenchCorpus::ensure(BenchCorpus::defaultRoot(), spec);
    if (!made.ok()) {
        std::fprintf(stderr, "bench_window: %s\n", qPrintable(made.error().message));
        return;
    }
    const BenchCorpus::Summary &corpus = made.value();
    std::printf("%d articles, %.0f MB in %s (%s in %.1f s)\n", corpus.articles, double(corpus.bytes) / 1e6,
        qPrintable(corpus.folder), corpus.reused ? "reused" : "generated", double(timer.elapsed()) / 1e3);

    if (auto window = open(watchdog, corpus.folder, QStringLiteral("open folder (first load)"))) {
        {
            const AnalysisResultPtr result = window->document()->result();
            std::printf("  %lld quotes, %lld statements, %lld events\n", qlonglong(result->quotes.size()),
                qlonglong(result->statements.size()), qlonglong(result->events.size()));
        }
        interact(watchdog, *window);
        closeCorpus(watchdog, *window);
    }
    settle(200);

    const QString project = QDir(QDir::tempPath()).filePath(QStringLiteral("bench-window-%1.parallax").arg(articles));
    QFile::remove(project);
    if (!ProjectStore::create(project, corpus.folder).ok()) {
        std::fprintf(stderr, "bench_window: cannot create %s\n", qPrintable(project));
        return;
    }
    if (auto window = open(watchdog, project, QStringLiteral("open new project (fills cache)"))) {
        QElapsedTimer flush;
        flush.start();
        window->document()->waitForCacheWrite();
        std::printf("  cache written %.1f s after the window was usable; project %.0f MB\n",
            double(flush.elapsed()) / 1e3, double(QFileInfo(project).size()) / 1e6);
    }
    settle(200);
    if (auto window = open(watchdog, project, QStringLiteral("reopen unchanged project")))
        interact(watchdog, *window);
    settle(200);
    QFile::remove(project);
}
}

// The offscreen platform's complaints about window hints are not news.
void quietMessages(QtMsgType type, const QMessageLogContext & /*unused*/, const QString &message)
{
    if (type >= QtCriticalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

int main(int argc, char **argv)
{
    qInstallMessageHandler(quietMessages);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QStringList args = QApplication::arguments().mid(1);
    if (args.isEmpty())
        args = { QStringLiteral("1000"), QStringLiteral("10000") };
    GuiWatchdog watchdog;
    for (const QString &arg : std::as_const(args)) {
        bool number = false;
        const int articles = arg.toInt(&number);
        if (number)
            run(watchdog, articles);
        else
            runPath(watchdog, arg);
    }
    std::printf(
        "\n| articles | step | wall s | longest GUI block ms (CPU ms) | busiest block CPU ms | GUI CPU ms in all "
        "| peak MB | load |\n|---|---|---|---|---|---|---|---|\n");
    for (const Figure &f : std::as_const(figures))
        std::printf("| %d | %s | %.2f | %lld (%lld) | %lld | %lld | %.0f | %s |\n", f.articles, qPrintable(f.phase),
            f.seconds, f.longestBlockMs, f.longestBlockCpuMs, f.busiestBlockCpuMs, f.guiCpuMs, f.peakMb,
            qPrintable(f.load));
    return 0;
}

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/projectdocument.h"

#include "annotations/annotationstore.h"
#include "annotations/eventeditapplier.h"
#include "annotations/eventeditstore.h"
#include "core/logging.h"
#include "document/documentselection.h"
#include "itemmodels/annotationlookup.h"
#include "storage/analysiscache.h"
#include "storage/corpuslocation.h"
#include "storage/projectstore.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QThreadPool>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

QString ProjectDocument::author()
{
    QString configured = QSettings().value(QStringLiteral("annotations/author")).toString();
    if (!configured.isEmpty())
        return configured;
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

namespace
{
// The result as the window holds it: when the window lets go of it the last time (another corpus opened, this one
// closed) it is freed on a worker. Freeing 10,000 articles with their quotes and events took the GUI thread 180 ms.
AnalysisResultPtr freedOnWorker(AnalysisResultPtr result)
{
    if (!result)
        return result;
    const AnalysisResult *shown = result.get();
    return { shown, [owner = std::move(result)](const AnalysisResult * /*shown*/) mutable {
                if (QThreadPool *pool = QThreadPool::globalInstance())
                    pool->start([owner = std::move(owner)]() mutable { owner.reset(); });
                else
                    owner.reset();
            } };
}
}

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
    , m_job(new AnalysisJob(this))
    , m_undoStack(new QUndoStack(this))
    , m_annotations(new AnnotationStore(m_undoStack, this))
    , m_eventEdits(new EventEditStore(m_undoStack, this))
    , m_selection(new DocumentSelection(this))
{
    qRegisterMetaType<DocumentError>();
    m_cacheWriter.setMaxThreadCount(1);
    connect(&m_cacheWrite, &QFutureWatcher<Error>::finished, this, [this] {
        const Error error = m_cacheWrite.result();
        if (!error.ok())
            report(DocumentError::Kind::Cache, tr("Analysis Not Cached"),
                { error.code, tr("The analysis could not be cached in the project: %1").arg(error.message),
                    error.file });
    });
    connect(
        &m_opening, &QFutureWatcher<Result<ProjectStore::Opening>>::finished, this, &ProjectDocument::finishOpening);
    connect(m_job, &AnalysisJob::finished, this, &ProjectDocument::setAnalysis);
    connect(m_job, &AnalysisJob::failed, this,
        [this](const Error &error) { report(DocumentError::Kind::Load, tr("Cannot Open Corpus"), error); });
    connect(m_annotations, &AnnotationStore::changed, this, &ProjectDocument::updateAnnotationMarks);
    connect(m_annotations, &AnnotationStore::errorOccurred, this, [this](const Error &error) {
        if (!m_loadingProject)
            report(DocumentError::Kind::Annotation, tr("Annotation Not Saved"), error);
    });
    connect(m_eventEdits, &EventEditStore::changed, this, &ProjectDocument::replayEventEdits);
    connect(m_eventEdits, &EventEditStore::errorOccurred, this, [this](const Error &error) {
        if (!m_loadingProject)
            report(DocumentError::Kind::EventEdit, tr("Event Edit Not Saved"), error);
    });
}

ProjectDocument::~ProjectDocument()
{
    // Nobody listens any more: detaching the stores below must not call out.
    disconnect(m_annotations, nullptr, this, nullptr);
    disconnect(m_eventEdits, nullptr, this, nullptr);
    // Worker threads may still read the project through the cache, or write it, or validate a file.
    disconnect(&m_opening, nullptr, this, nullptr);
    // Only while one runs: a future whose result was taken never says it finished.
    if (isOpeningProject())
        m_opening.waitForFinished();
    m_job->cancelAndWait();
    waitForCacheWrite();
    m_cache.reset();
    // The stores read the project until they are detached.
    m_annotations->setProject(nullptr);
    m_eventEdits->setProject(nullptr);
}

void ProjectDocument::setPrompt(Prompt prompt)
{
    if (prompt.confirm)
        m_prompt.confirm = std::move(prompt.confirm);
    if (prompt.choosePath)
        m_prompt.choosePath = std::move(prompt.choosePath);
    if (prompt.chooseCorpus)
        m_prompt.chooseCorpus = std::move(prompt.chooseCorpus);
}

void ProjectDocument::report(DocumentError::Kind kind, const QString &title, const Error &error)
{
    Logging::get("document")->warn("{}: {}", title.toStdString(), error.message.toStdString());
    Q_EMIT errorOccurred({ kind, title, error });
}

void ProjectDocument::open(const QString &path)
{
    if (path.isEmpty() || openProject(path))
        return;
    const QFileInfo info(path);
    if (!info.isDir()) {
        report(DocumentError::Kind::Load, tr("Cannot Open Corpus"),
            { Error::Code::InvalidArgument, tr("%1 is not a corpus folder").arg(QDir::toNativeSeparators(path)),
                path });
        return;
    }
    loadCorpus(info.absoluteFilePath());
}

bool ProjectDocument::openProject(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir() || !path.endsWith(QLatin1String(".parallax"), Qt::CaseInsensitive))
        return false;
    if (isOpeningProject()) {
        // The running one ends with its lock released before this one takes it.
        m_pendingOpen = path;
        m_openingDropped = true;
        return true;
    }
    startOpening(path);
    return true;
}

void ProjectDocument::startOpening(const QString &path)
{
    m_openingPath = path;
    m_openingDropped = false;
    // A project on a read-only share or medium is opened for reading: it is shown, not edited.
    const ProjectStore::Mode mode = ProjectStore::modeFor(path);
    m_opening.setFuture(QtConcurrent::run([path, mode] { return ProjectStore::prepare(path, mode); }));
    Q_EMIT projectOpenStarted(path);
}

void ProjectDocument::finishOpening()
{
    // Taken out of the future, not copied: the lock it holds must go with `prepared`.
    Result<ProjectStore::Opening> prepared = m_opening.future().takeResult();
    const QString path = std::exchange(m_openingPath, QString());
    if (m_openingDropped) {
        // Superseded by another openProject() or by close(): its lock goes with `prepared`.
        Q_EMIT projectOpenFinished(path, { Error::Code::Refused, tr("Opening %1 was cancelled").arg(path), path });
        if (!m_pendingOpen.isEmpty())
            startOpening(std::exchange(m_pendingOpen, QString()));
        return;
    }
    Result<std::unique_ptr<ProjectStore>> opened = prepared.ok()
        ? ProjectStore::finish(prepared.value())
        : Result<std::unique_ptr<ProjectStore>>(prepared.error());
    if (!opened.ok()) {
        report(DocumentError::Kind::Project, tr("Cannot Open Project"), opened.error());
        Q_EMIT projectOpenFinished(path, opened.error());
        return;
    }
    Q_EMIT projectOpenFinished(path, continueOpening(std::move(opened.value())));
}

Error ProjectDocument::continueOpening(std::unique_ptr<ProjectStore> opened)
{
    const QString path = opened->path();
    const QFileInfo info(path);
    QString corpus = opened->corpusPath();
    if (QFileInfo(corpus).isDir() && !CorpusLocation::mayRead(path, corpus)) {
        // A project file from someone else can name any folder: it is not read without asking.
        const QString question
            = tr("%1 reads its articles from %2, which is outside the project's own folder. A project file from "
                 "someone else can name any folder on this computer.\n\nRead the articles from this folder?")
                  .arg(info.fileName(), QDir::toNativeSeparators(corpus));
        const QString chosen = m_prompt.chooseCorpus ? m_prompt.chooseCorpus(question, corpus) : QString();
        if (chosen.isEmpty())
            return { Error::Code::Refused, tr("%1 was not opened: its corpus folder was not chosen").arg(path), path };
        if (QFileInfo(chosen) == QFileInfo(corpus)) {
            CorpusLocation::choose(path, corpus);
        } else if (Error e = opened->setCorpusPath(chosen); !e.ok()) {
            report(DocumentError::Kind::Project, tr("Cannot Open Project"), e);
            return e;
        }
        corpus = opened->corpusPath();
    }
    setProject(std::move(opened));
    if (!m_project)
        return { Error::Code::Damaged, tr("%1 could not be opened").arg(path), path };
    if (m_project->isReadOnly())
        Q_EMIT noticeOccurred(m_project->readOnlyMessage());
    if (!QFileInfo(corpus).isDir()) {
        // The project is open (its annotations are shown); only its corpus is not.
        report(DocumentError::Kind::Project, tr("Corpus Folder Missing"),
            { Error::Code::NotFound,
                tr("The project's corpus folder %1 is missing. The annotations are kept; open the folder where it is "
                   "now and save the project again.")
                    .arg(QDir::toNativeSeparators(corpus)),
                corpus });
        return {};
    }
    loadCorpus(QFileInfo(corpus).absoluteFilePath());
    return {};
}

void ProjectDocument::loadCorpus(const QString &folder)
{
    m_job->start(folder, cacheHooksFor(folder));
}

void ProjectDocument::reload()
{
    if (m_analysis)
        loadCorpus(m_analysis->corpus.path);
}

void ProjectDocument::close()
{
    if (isOpeningProject())
        m_openingDropped = true;
    m_pendingOpen.clear();
    m_job->cancelAndWait();
    setProject(nullptr);
    m_analysis.reset();
    m_result.reset();
    m_selection->clear();
    updateAnnotationMarks();
    Q_EMIT closed();
}

bool ProjectDocument::isProjectCorpus(const QString &corpusPath) const
{
    return m_project && QFileInfo(corpusPath) == QFileInfo(m_project->corpusPath());
}

AnalysisJob::CacheHooks ProjectDocument::cacheHooksFor(const QString &corpusPath) const
{
    // Another folder must not fill or prune this project's cache.
    if (!m_cache || !isProjectCorpus(corpusPath))
        return {};
    // The hooks share the cache, so a job never calls into a destroyed one.
    const std::shared_ptr<AnalysisCache> cache = m_cache;
    return { [cache](const Article &article) { return cache->lookup(article); },
        [cache](const Article &article, const ArticleAnalysis &analysis) { cache->store(article, analysis); },
        [cache](const QString &file, const QByteArray &stamp) { return cache->lookupFile(file, stamp); },
        [cache](const QString &file, const QByteArray &stamp, const ArticleBuilder::Built &built) {
            cache->storeFile(file, stamp, built);
        },
        [cache](AnalysisResult &result) { return cache->lookupCorpus(result); },
        [cache](const AnalysisResult &result) { cache->storeCorpus(result); }, [cache] { cache->beginLoad(); } };
}

void ProjectDocument::flushCache(const AnalysisResultPtr &result)
{
    if (!m_cache || !isProjectCorpus(result->corpus.path))
        return;
    // Thousands of articles take a noticeable time to encode and write: not on the GUI thread. The
    // project's write gate lets the analyst's own writes in between the cache's batches. One writer
    // thread: writes queue in order, and the watcher follows the last.
    const std::shared_ptr<AnalysisCache> cache = m_cache;
    m_cacheWrite.setFuture(QtConcurrent::run(&m_cacheWriter, [cache, result] {
        // Entries of articles gone from the folder are dropped, so the cache does not grow forever.
        QStringList ids;
        QStringList files;
        ids.reserve(result->corpus.articles.size());
        files.reserve(result->corpus.articles.size());
        for (const Article &article : result->corpus.articles) {
            ids.append(article.id);
            files.append(article.file);
        }
        return cache->flush(&ids, &files);
    }));
}

void ProjectDocument::waitForCacheWrite()
{
    m_cacheWrite.waitForFinished();
}

void ProjectDocument::setProject(std::unique_ptr<ProjectStore> project)
{
    // A running load may read the old project through its cache: stop it, and run it again below.
    const QString rerun = m_job->isRunning() && m_job->usesCache() ? m_job->path() : QString();
    if (!rerun.isEmpty())
        m_job->cancelAndWait();
    waitForCacheWrite();
    m_cache.reset();
    // Detach from the old file before it closes; load everything from the new one. A store that
    // cannot load is the one error of opening the project, said once below.
    m_loadingProject = true;
    Error loaded = m_annotations->setProject(project.get());
    if (loaded.ok())
        loaded = m_eventEdits->setProject(project.get());
    if (!loaded.ok()) {
        m_annotations->setProject(nullptr);
        m_eventEdits->setProject(nullptr);
        project.reset();
    }
    m_loadingProject = false;
    m_undoStack->clear();
    m_project = std::move(project);
    // The cache reads its index through the project's connection: made here, on the GUI thread.
    if (m_project)
        m_cache = std::make_shared<AnalysisCache>(*m_project);
    m_declinedProject = false;
    if (!loaded.ok())
        report(DocumentError::Kind::Project, tr("Cannot Open Project"), loaded);
    Q_EMIT projectChanged(m_project ? m_project->path() : QString());
    if (!rerun.isEmpty())
        loadCorpus(rerun);
}

bool ProjectDocument::ensureProject()
{
    if (m_project && m_project->isReadOnly()) {
        report(DocumentError::Kind::Project, tr("Project Is Read-Only"),
            { Error::Code::ReadOnly, m_project->readOnlyMessage(), m_project->path() });
        return false;
    }
    if (m_project)
        return true;
    if (!m_result)
        return false;
    const QString notSaved = tr("Not done: annotations and event edits need a project file (File > Save Project As…).");
    if (!m_declinedProject) {
        if (!m_prompt.confirm
            || !m_prompt.confirm(tr("Annotations and event edits are saved in a project file, at once and for good. "
                                    "Create one for this corpus now?"))) {
            m_declinedProject = true;
            Q_EMIT noticeOccurred(notSaved);
            return false;
        }
    }
    const QString suggested = QFileInfo(m_result->corpus.path).absolutePath() + QLatin1Char('/') + m_result->corpus.name
        + QStringLiteral(".parallax");
    QString path = m_prompt.choosePath ? m_prompt.choosePath(suggested) : QString();
    if (path.isEmpty()) {
        Q_EMIT noticeOccurred(notSaved);
        return false;
    }
    if (!path.endsWith(QLatin1String(".parallax"), Qt::CaseInsensitive))
        path += QStringLiteral(".parallax");
    auto created = ProjectStore::create(path, m_result->corpus.path);
    if (!created.ok()) {
        report(DocumentError::Kind::Project, tr("Cannot Create Project"), created.error());
        return false;
    }
    setProject(std::move(created.value()));
    return m_project != nullptr;
}

bool ProjectDocument::createProject()
{
    m_declinedProject = false;
    return ensureProject();
}

bool ProjectDocument::saveProjectAs(const QString &path)
{
    if (!m_project)
        return false;
    waitForCacheWrite();
    auto copy = m_project->saveAs(
        path.endsWith(QLatin1String(".parallax"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".parallax"));
    if (!copy.ok()) {
        report(DocumentError::Kind::Project, tr("Cannot Save Project"), copy.error());
        return false;
    }
    setProject(std::move(copy.value()));
    return m_project != nullptr;
}

bool ProjectDocument::addEventEdit(EventEdit edit)
{
    if (!m_result || !ensureProject())
        return false;
    edit.author = author();
    // A refused write is said by the store's errorOccurred, forwarded once.
    return m_eventEdits->add(edit).ok();
}

void ProjectDocument::setAnalysis(const AnalysisResultPtr &analysis)
{
    if (m_project && analysis && !isProjectCorpus(analysis->corpus.path)) {
        // Another corpus: the project's annotations and edits do not belong to it.
        setProject(nullptr);
    }
    m_analysis = freedOnWorker(analysis);
    m_result = withEventEdits(m_analysis);
    m_selection->clear();
    if (m_project && analysis) {
        auto report = m_annotations->reanchor(analysis->corpus);
        if (report.ok() && report.value().orphaned > 0)
            Q_EMIT noticeOccurred(
                tr("%n annotation anchor(s) could not be found in the current text; they are kept as orphans", nullptr,
                    report.value().orphaned));
    }
    Q_EMIT analysisChanged(m_result);
    updateAnnotationMarks();
    // After the result is shown: the cache's encoding and writing take nothing from showing it.
    if (m_project && analysis)
        flushCache(m_analysis);
}

AnalysisResultPtr ProjectDocument::withEventEdits(const AnalysisResultPtr &analysis)
{
    const QList<EventEdit> &edits = m_eventEdits->edits();
    if (!analysis || edits.isEmpty())
        return analysis;
    // A shallow copy: the corpus, quotes and statements stay shared with the computed analysis.
    auto edited = std::make_shared<AnalysisResult>(*analysis);
    EventEditApplier::Result applied = EventEditApplier::apply(analysis->events, edits, analysis->corpus);
    edited->events = std::move(applied.events);
    if (!applied.skipped.isEmpty()) {
        Logging::get("document")->info("{} event edit(s) found nothing to act on", applied.skipped.size());
        Q_EMIT noticeOccurred(tr("%n event edit(s) no longer apply: the events or articles they named changed.",
            nullptr, int(applied.skipped.size())));
    }
    return freedOnWorker(std::move(edited));
}

void ProjectDocument::replayEventEdits()
{
    if (!m_analysis)
        return;
    const AnalysisResultPtr edited = withEventEdits(m_analysis);
    if (edited == m_result)
        return;
    m_result = edited;
    Q_EMIT eventsEdited(m_result);
    updateAnnotationMarks();
}

void ProjectDocument::updateAnnotationMarks()
{
    m_spans.clear();
    for (const Annotation &annotation : m_annotations->annotations()) {
        for (const AnnotationAnchor &anchor : annotation.anchors) {
            const TextPositionSelector &at = anchor.target.position;
            if (anchor.state != AnchorState::Orphaned && at.isValid() && at.end > at.start)
                m_spans[anchor.target.articleId].append({ at.start, at.end });
        }
    }
    for (TextSpans &list : m_spans)
        std::sort(list.begin(), list.end());
    m_lookup = m_result
        ? std::make_shared<const AnnotationLookup>(AnnotationLookup::build(*m_result, m_annotations->annotations()))
        : nullptr;
    Q_EMIT annotationMarksChanged(m_lookup);
}

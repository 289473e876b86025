// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisjob.h"
#include "core/error.h"
#include "core/textspan.h"
#include "document/documenterror.h"
#include "storage/projectstore.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

struct AnnotationLookup;
struct EventEdit;
class AnalysisCache;
class AnnotationStore;
class DocumentSelection;
class EventEditStore;
class QUndoStack;

// One open corpus, or project, as a window shows it: the analysis job and the computed analysis, the
// project file (NAME.parallax) with its analysis cache, the analyst's annotations and event edits on
// one undo stack, the shown analysis (the computed one with the event edits replayed) and the
// annotation counts of its items. Every error is reported once, through errorOccurred(); every
// change through a typed signal. A document on a plain folder has no project until the analyst's
// first edit, when it asks (prompt()) where to create one, so no edit lives only in memory.
class ProjectDocument : public QObject
{
    Q_OBJECT
public:
    explicit ProjectDocument(QObject *parent = nullptr);
    ~ProjectDocument() override;

    // The questions the document asks: `confirm` (true: create a project file), `choosePath` where,
    // from a suggested path (empty: cancelled), and `chooseCorpus` when a project names a corpus
    // folder outside its own folder that this user has not chosen for it (that folder: read it;
    // another: read that one; empty: do not open the project). Unset questions are declined.
    struct Prompt {
        std::function<bool(const QString &question)> confirm;
        std::function<QString(const QString &suggestedPath)> choosePath;
        std::function<QString(const QString &question, const QString &corpusPath)> chooseCorpus;
    };
    // Replaces the questions `prompt` answers; the others stay.
    void setPrompt(Prompt prompt);

    // Opens a project file (then loads its corpus) or a corpus folder, in the background. A project
    // that cannot be written (a read-only folder or file) is opened read-only, said once through
    // noticeOccurred().
    void open(const QString &path);
    // Opens `path` when it is a project file and returns true; false for anything else. The file is
    // locked and validated on a worker thread (the check of a large project reads every page), then
    // the project is set and its corpus loads; projectOpenFinished() says how it ended. A second
    // openProject() or a close() while one runs supersedes it.
    bool openProject(const QString &path);
    // An openProject() is still locking and validating its file.
    bool isOpeningProject() const { return !m_openingPath.isEmpty(); }
    // Loads and analyses a corpus folder in the background (with the project's cache when it is the
    // project's corpus); the result arrives through analysisChanged().
    void loadCorpus(const QString &folder);
    // Loads the shown corpus again (after its articles changed on disk).
    void reload();
    // Stops a running load and forgets the analysis and the project.
    void close();

    AnalysisJob *job() const { return m_job; }
    // Shows a computed analysis (the job's, or a project's cached or a test's): replays the event
    // edits on it, caches it in the project and re-anchors the annotations to its text.
    void setAnalysis(const AnalysisResultPtr &analysis);
    // The computed analysis, before event edits.
    AnalysisResultPtr analysis() const { return m_analysis; }
    // The shown analysis: the computed one with the event edits applied.
    AnalysisResultPtr result() const { return m_result; }

    ProjectStore *project() const { return m_project.get(); }
    // Continues with `project` (nullptr: none), loading its annotations and event edits.
    void setProject(std::unique_ptr<ProjectStore> project);
    // Makes sure there is a project file before an edit: asks once to create one on a plain folder.
    // False when there is none (declined, or it could not be made) or it is open read-only (said
    // through errorOccurred); then nothing of the edit is done.
    bool ensureProject();
    // Asks where to create the project file, even when the analyst declined before (File > Save
    // Project As… without a project).
    bool createProject();
    // Copies the project to `path` and continues there.
    bool saveProjectAs(const QString &path);
    // After an analysis the cache is written on a worker thread; this waits until it is written.
    void waitForCacheWrite();

    AnnotationStore *annotations() const { return m_annotations; }
    EventEditStore *eventEdits() const { return m_eventEdits; }
    // Undo and redo of the analyst's annotations and event edits together.
    QUndoStack *undoStack() const { return m_undoStack; }
    // The analyst's current article, event and statement, which every view on the document follows;
    // cleared by a new analysis and by close().
    DocumentSelection *selection() const { return m_selection; }
    // Records an event edit (by the analyst, author()); false when it was not done, said through
    // errorOccurred() or noticeOccurred().
    bool addEventEdit(EventEdit edit);

    // Annotation counts of the shown analysis' quotes, statements and events (nullptr: no analysis).
    std::shared_ptr<const AnnotationLookup> annotationLookup() const { return m_lookup; }
    // The annotated text of each article (by article id), sorted, orphans left out.
    const QHash<QString, TextSpans> &annotatedSpans() const { return m_spans; }

    // The analyst's name: the settings' "annotations/author", else the login name.
    static QString author();

Q_SIGNALS:
    // A new analysis is shown.
    void analysisChanged(AnalysisResultPtr result);
    // The event edits changed the shown events (the quotes and the corpus did not change).
    void eventsEdited(AnalysisResultPtr result);
    // The annotations or the analysis they count changed.
    void annotationMarksChanged(std::shared_ptr<const AnnotationLookup> lookup);
    // Another project file (empty: none).
    void projectChanged(const QString &path);
    // close() forgot the analysis and the project.
    void closed();
    // An openProject() began locking and validating `path`; projectOpenFinished() follows.
    void projectOpenStarted(const QString &path);
    // An openProject() ended: ok when `path` is now the document's project (its corpus loading), else
    // why not (also said through errorOccurred(), unless the analyst declined to read its corpus).
    void projectOpenFinished(const QString &path, const Error &error);
    void errorOccurred(const DocumentError &error);
    // Something the analyst should know that is no error (edits that no longer apply, orphans).
    void noticeOccurred(const QString &message);

private:
    void report(DocumentError::Kind kind, const QString &title, const Error &error);
    void startOpening(const QString &path);
    void finishOpening();
    Error continueOpening(std::unique_ptr<ProjectStore> opened);
    AnalysisJob::CacheHooks cacheHooksFor(const QString &corpusPath) const;
    bool isProjectCorpus(const QString &corpusPath) const;
    void flushCache(const AnalysisResultPtr &result);
    AnalysisResultPtr withEventEdits(const AnalysisResultPtr &analysis);
    void replayEventEdits();
    void updateAnnotationMarks();

    AnalysisJob *m_job;
    QUndoStack *m_undoStack;
    AnnotationStore *m_annotations;
    EventEditStore *m_eventEdits;
    DocumentSelection *m_selection;
    AnalysisResultPtr m_analysis;
    AnalysisResultPtr m_result;
    std::unique_ptr<ProjectStore> m_project;
    // Shared with the running job's hooks; reads through m_project, so the project is never replaced
    // while a job uses it (setProject waits for the job first).
    std::shared_ptr<AnalysisCache> m_cache;
    // Writes the cache after an analysis, one write at a time, off the GUI thread; the project is
    // neither replaced nor closed before it is done (waitForCacheWrite()).
    QThreadPool m_cacheWriter;
    QFutureWatcher<Error> m_cacheWrite;
    // The project file being locked and validated (openProject()), and the next one asked for.
    QFutureWatcher<Result<ProjectStore::Opening>> m_opening;
    QString m_openingPath; // until finishOpening() took its result
    QString m_pendingOpen;
    bool m_openingDropped = false;
    std::shared_ptr<const AnnotationLookup> m_lookup;
    QHash<QString, TextSpans> m_spans;
    bool m_declinedProject = false;
    // Set while a project loads: its stores' errors are the load's one error.
    bool m_loadingProject = false;
    Prompt m_prompt;
};

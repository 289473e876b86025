// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisjob.h"

#include "storage/storeerror.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>

struct AnnotationAnchor;
class AnalysisCache;
class AnnotationPanel;
class AnnotationStore;
class EventEditStore;
class MainWindow;
class ProjectStore;
class QAction;

// The window's project: the open NAME.parallax file, its annotations and event edits, the
// annotations panel and the project actions (File > Open Project…, Save Project As…,
// Edit > Annotate Discrepancy…, Undo, Redo). A window opened on a plain folder asks once, before
// the first annotation, where to create the project file, so no annotation lives only in memory.
class ProjectSession : public QObject
{
    Q_OBJECT
public:
    explicit ProjectSession(MainWindow *window);
    ~ProjectSession() override;

    // Opens `path` when it is a project file (then loads its corpus) and returns true; false
    // for anything else, which the window opens itself.
    bool openIfProject(const QString &path);

    ProjectStore *project() const { return m_project.get(); }
    // The project's analysis cache for a load of `corpusPath`: hooks when it is the project's corpus
    // folder, none otherwise (another folder must not fill or prune this project's cache).
    AnalysisJob::CacheHooks cacheHooksFor(const QString &corpusPath) const;
    AnnotationStore *annotations() const { return m_annotations; }
    EventEditStore *eventEdits() const { return m_eventEdits; }
    AnnotationPanel *panel() const { return m_panel; }

    // Opens the Annotate dialog for the article view's selection (or its emphasised span).
    void annotateSelection();
    // Opens the Annotate dialog anchored on one quote, on every rendering of a statement, or on an
    // event's mentions (`eventIndex` into AnalysisResult::events).
    void annotateQuote(const QString &quoteId);
    void annotateStatement(const QString &statementId);
    void annotateEvent(int eventIndex);

    // Continues with `project` (nullptr: none), loading its annotations and event edits.
    void setProject(std::unique_ptr<ProjectStore> project);
    // Makes sure there is a project file before the analyst's first edit: a window on a plain folder
    // asks once to create one. False when there is none (declined, or it could not be made); then
    // nothing of the edit is done.
    bool ensureProject();
    // How ensureProject() asks: `confirm` the question (true: create), `choosePath` where, from a
    // suggested path (empty: cancelled). Dialogs by default; tests answer without modal dialogs.
    // `chooseCorpus` is asked when a project names a corpus folder outside its own folder that this
    // user has not chosen for it: it returns that folder (read it), another folder (read that one
    // instead), or nothing (do not open the project).
    struct ProjectPrompt {
        std::function<bool(const QString &question)> confirm;
        std::function<QString(const QString &suggestedPath)> choosePath;
        std::function<QString(const QString &question, const QString &corpusPath)> chooseCorpus;
    };
    void setProjectPrompt(ProjectPrompt prompt);
    // The analyst's name: the settings' "annotations/author", else the login name.
    static QString author();

    // File > Save Project As… without its file dialog: copies the project to `path` and continues there.
    bool saveProjectTo(const QString &path);

    // After an analysis the cache is written on a worker thread; this waits until it is written.
    void waitForCacheWrite();

private:
    void createActions();
    void onResult(AnalysisResultPtr result);
    void annotate(const QList<AnnotationAnchor> &anchors);
    bool isProjectCorpus(const QString &corpusPath) const;
    void flushCache(const AnalysisResult &result);
    void chooseProject();
    void saveProjectAs();
    void showAnchor(const QString &articleId, TextSpan span);
    void updateTitle();
    void updateAnnotationMarks();
    void reportError(const QString &title, const QString &message);

    MainWindow *m_window;
    QPointer<AnalysisJob> m_job; // the window's; may go before this session when the window closes
    std::unique_ptr<ProjectStore> m_project;
    // Shared with the running AnalysisJob's hooks; reads through m_project, so the project is never
    // replaced while a job uses it (setProject waits for the job first).
    std::shared_ptr<AnalysisCache> m_cache;
    // Writes the cache after an analysis, one write at a time, off the GUI thread; the project is
    // neither replaced nor closed before it is done (waitForCacheWrite()).
    QThreadPool m_cacheWriter;
    QFutureWatcher<StoreError> m_cacheWrite;
    AnnotationStore *m_annotations;
    EventEditStore *m_eventEdits;
    AnnotationPanel *m_panel;
    QAction *m_annotate = nullptr;
    AnalysisResultPtr m_result;
    bool m_declinedProject = false;
    ProjectPrompt m_prompt;
};

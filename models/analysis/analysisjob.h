// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

using AnalysisResultPtr = std::shared_ptr<const AnalysisResult>;
Q_DECLARE_METATYPE(AnalysisResultPtr)

// Loads and analyses a corpus folder off the GUI thread (CorpusLoader::load, then Analyzer::run),
// reporting progress and honouring cancel. Starting again while busy cancels the running load first.
class AnalysisJob : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Loading, Analysing };
    Q_ENUM(Stage)

    explicit AnalysisJob(QObject *parent = nullptr);
    ~AnalysisJob() override; // cancels and waits: worker callbacks never outlive the job

    void start(const QString &path);
    void cancel();
    bool isRunning() const;
    QString path() const { return m_path; }

Q_SIGNALS:
    void started(const QString &path);
    // Throttled to whole percent steps.
    void progressChanged(AnalysisJob::Stage stage, int done, int total);
    void finished(AnalysisResultPtr result);
    void failed(const QString &message);
    void cancelled();

private:
    struct Outcome {
        AnalysisResultPtr result;
        QString error;
    };
    void launch();
    void onFinished();
    void reportProgress(Stage stage, int done, int total);

    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::atomic_int m_lastPercent = -1;
    QString m_path;
    QString m_pending; // started while busy: runs once the cancelled load has wound down
};

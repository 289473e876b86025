// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

#include <QDir>
#include <QStandardPaths>
#include <QString>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>

namespace
{
std::mutex s_mutex;
std::vector<spdlog::sink_ptr> s_sinks;
spdlog::level::level_enum s_level = spdlog::level::warn;
QString s_logFile;

std::vector<spdlog::sink_ptr> &sinks()
{
    if (s_sinks.empty())
        s_sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    return s_sinks;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    auto logger = Logging::get("qt");
    const std::string text = message.toStdString();
    const char *category = context.category ? context.category : "default";
    switch (type) {
    case QtDebugMsg:
        logger->debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        logger->info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        logger->warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        logger->error("[{}] {}", category, text);
        break;
    }
}
}

void Logging::initialize(bool verbose, bool toFile)
{
    {
        std::lock_guard lock(s_mutex);
        s_level = verbose ? spdlog::level::debug : spdlog::level::warn;
        sinks();
        if (toFile && s_logFile.isEmpty()) {
            QString dir = qEnvironmentVariable("XDG_STATE_HOME");
            if (dir.isEmpty())
                dir = QDir::homePath() + QStringLiteral("/.local/state");
            dir += QStringLiteral("/parallax");
            if (QDir().mkpath(dir)) {
                s_logFile = dir + QStringLiteral("/parallax.log");
                try {
                    auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                        s_logFile.toStdString(), 5 * 1024 * 1024, 3);
                    file->set_level(spdlog::level::info);
                    s_sinks.push_back(file);
                } catch (const spdlog::spdlog_ex &) {
                    s_logFile.clear();
                }
            }
        }
        spdlog::apply_all([](const std::shared_ptr<spdlog::logger> &logger) {
            logger->sinks() = s_sinks;
            logger->set_level(spdlog::level::trace);
        });
        sinks().front()->set_level(s_level);
    }
    qInstallMessageHandler(qtMessageHandler);
}

std::shared_ptr<spdlog::logger> Logging::get(const char *area)
{
    std::lock_guard lock(s_mutex);
    if (auto existing = spdlog::get(area))
        return existing;
    auto &all = sinks();
    all.front()->set_level(s_level);
    auto logger = std::make_shared<spdlog::logger>(area, all.begin(), all.end());
    logger->set_level(spdlog::level::trace);
    spdlog::register_logger(logger);
    return logger;
}

QString Logging::logFilePath()
{
    std::lock_guard lock(s_mutex);
    return s_logFile;
}

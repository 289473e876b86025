// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <spdlog/logger.h>

#include <memory>

// One named spdlog logger per area: "corpus", "quotes", "events", "store", "annotations", "ui", "app".
namespace Logging
{
// Sets up the console sink and, when `toFile`, a rotating file under the XDG state directory;
// routes Qt's own messages into the "qt" logger. Safe to call more than once.
void initialize(bool verbose, bool toFile = true);

// The logger for an area, created on first use with the shared sinks.
std::shared_ptr<spdlog::logger> get(const char *area);

// Where the log file is written (empty when file logging is off).
QString logFilePath();
}

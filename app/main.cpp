// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/command.h"
#include "core/logging.h"
#include "mainwindow.h"
#include "translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QScreen>

#include <cstdio>

namespace
{
// Strips --verbose wherever it stands, so every subcommand accepts it.
bool takeVerbose(QStringList &arguments)
{
    return arguments.removeAll(QStringLiteral("--verbose")) + arguments.removeAll(QStringLiteral("-v")) > 0;
}

void printUsage(const QList<Command> &commands)
{
    std::printf("%s", qPrintable(Commands::usage()));
    for (const Command &c : commands)
        std::printf("  %-18s %s\n", qPrintable(c.name), qPrintable(c.summary));
}
}

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const bool verbose = takeVerbose(arguments);
    QCoreApplication::setOrganizationName(QStringLiteral("Parallax"));
    QCoreApplication::setApplicationName(QStringLiteral("parallax"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));

    const QList<Command> commands = Commands::all();
    const QString first = arguments.value(1);
    for (const Command &command : commands) {
        if (command.name != first)
            continue;
        const QStringList rest = arguments.mid(2);
        Logging::initialize(verbose);
        if (command.paints) {
            // Export commands need fonts and painting, never a display.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            TranslationLoader::install(app);
            return command.run(rest);
        }
        QCoreApplication app(argc, argv);
        TranslationLoader::install(app);
        return command.run(rest);
    }

    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        QCoreApplication app(argc, argv);
        TranslationLoader::install(app);
        printUsage(commands);
        return 0;
    }
    if (first == QLatin1String("--version")) {
        std::printf("parallax %s\n", PARALLAX_VERSION);
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Parallax"));
    QApplication::setDesktopFileName(QStringLiteral("org.parallax.Parallax"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/parallax.svg")));
    TranslationLoader::install(app);
    Logging::initialize(verbose);
    MainWindow window;
    window.fitFirstWindow(window.screen()->availableGeometry());
    window.show();
    // QApplication has taken its own options (-style Fusion, -platform …) out of its arguments.
    QStringList paths = QCoreApplication::arguments().mid(1);
    takeVerbose(paths);
    if (!paths.isEmpty())
        window.openPath(paths.constFirst());
    return QApplication::exec();
}

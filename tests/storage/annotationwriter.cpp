// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for tst_crashsafety: writes annotations to a project and prints each id only
// once it is committed ("write"), holds a project open until stdin closes ("hold"), or tries
// to open one and reports the outcome ("open").
#include "annotations/anchorresolver.h"
#include "annotations/annotationstore.h"
#include "storage/projectstore.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace
{
const QString text
    = QStringLiteral("Officials said the talks would resume on Monday in Geneva, a spokesman confirmed.");

int openFailed(const Error &error)
{
    std::printf("error %d %s\n", int(error.code), qPrintable(error.message));
    std::fflush(stdout);
    return error.code == Error::Code::Locked ? 3 : 1;
}
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    const QString mode = args.at(1);
    auto project = ProjectStore::open(args.at(2));
    if (!project.ok())
        return openFailed(project.error());

    if (mode == QLatin1String("open")) {
        std::printf("opened\n");
        return 0;
    }
    if (mode == QLatin1String("hold")) {
        std::printf("holding\n");
        std::fflush(stdout);
        char buffer[64];
        while (::read(STDIN_FILENO, buffer, sizeof buffer) > 0) { }
        return 0;
    }
    if (mode != QLatin1String("write"))
        return 2;
    const int count = args.size() > 3 ? args.at(3).toInt() : -1;
    AnnotationStore store;
    if (Error e = store.setProject(project.value().get()); !e.ok())
        return openFailed(e);
    for (int i = 0; count < 0 || i < count; ++i) {
        Annotation a = Annotation::create(AnnotationCategory::FactualDate,
            QStringLiteral("note %1 ").arg(i).repeated(1 + i % 7), QStringLiteral("writer %1").arg(getpid()));
        a.anchors.append({ QStringLiteral("outlet A"),
            AnchorResolver::makeTarget(QStringLiteral("a"), text, { int(i % 20), int(20 + i % 30) }) });
        if (Error e = store.insertDirect(a); !e.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message));
            return 1;
        }
        std::printf("%s\n", qPrintable(a.id));
        std::fflush(stdout);
    }
    return 0;
}

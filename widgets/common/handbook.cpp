// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/handbook.h"

#include <QFile>
#include <QHash>

QStringList Handbook::userSections()
{
    return { QStringLiteral("The window, the timeline and `export-timeline`"),
        QStringLiteral("Quote panel and `export-quotes`"), QStringLiteral("Projects and annotations"),
        QStringLiteral("Corpus folders"), QStringLiteral("Command line") };
}

QString Handbook::fromReadme(const QString &readme)
{
    // Split at level-2 headings; a section runs to the next one, its level-3 headings included.
    QString introduction;
    QHash<QString, QString> sections;
    QString current;
    QString *target = &introduction;
    const QStringList lines = readme.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("## "))) {
            current = line.mid(3).trimmed();
            target = &sections[current];
        }
        if (line.startsWith(QLatin1String("# ")) && target == &introduction)
            continue; // the title: the window has its own
        target->append(line);
        target->append(QLatin1Char('\n'));
    }
    QString markdown = introduction.trimmed() + QStringLiteral("\n\n");
    for (const QString &heading : userSections()) {
        if (sections.contains(heading))
            markdown += sections.value(heading).trimmed() + QStringLiteral("\n\n");
    }
    return markdown;
}

QString Handbook::markdown()
{
    QFile file(QStringLiteral(":/help/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return tr("The handbook is missing from this build of Parallax.");
    return fromReadme(QString::fromUtf8(file.readAll()));
}

QString Handbook::reportUrl()
{
    return QStringLiteral("https://github.com/parallax-news/parallax/issues/new");
}

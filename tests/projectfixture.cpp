// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfixture.h"

#include "storage/projectstore.h"

#include <QDir>
#include <QFile>

ProjectFixture::ProjectFixture()
    : m_corpus(m_dir.filePath(QStringLiteral("corpus")))
{
    if (m_dir.isValid())
        QDir().mkpath(m_corpus);
}

bool ProjectFixture::isValid() const
{
    return m_dir.isValid() && QFileInfo(m_corpus).isDir();
}

QString ProjectFixture::filePath(const QString &name) const
{
    return m_dir.filePath(name);
}

QString ProjectFixture::corpus() const
{
    return m_corpus;
}

bool ProjectFixture::writeArticle(const QString &name, const QString &text) const
{
    QFile file(m_corpus + QLatin1Char('/') + name + QStringLiteral(".txt"));
    const QByteArray bytes = text.toUtf8();
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QString ProjectFixture::newProject()
{
    const QString path = m_dir.filePath(QStringLiteral("p%1.parallax").arg(++m_count));
    return ProjectStore::create(path, m_corpus).ok() ? path : QString();
}

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfixture.h"

#include "storage/projectstore.h"

#include <QDir>
#include <QFile>

#include <algorithm>

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
    return writeFile(name + QStringLiteral(".txt"), text.toUtf8());
}

bool ProjectFixture::writeFile(const QString &relative, const QByteArray &bytes) const
{
    QFile file(m_corpus + QLatin1Char('/') + relative);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

bool ProjectFixture::copyCorpus(const QString &folder) const
{
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files);
    return !files.isEmpty() && std::all_of(files.cbegin(), files.cend(), [this](const QFileInfo &file) {
        return QFile::copy(file.filePath(), m_corpus + QLatin1Char('/') + file.fileName());
    });
}

QString ProjectFixture::newProject()
{
    const QString path = m_dir.filePath(QStringLiteral("p%1.parallax").arg(++m_count));
    return ProjectStore::create(path, m_corpus).ok() ? path : QString();
}

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/documentmanager.h"

#include "document/projectdocument.h"

#include <QCoreApplication>
#include <QPointer>

DocumentManager::DocumentManager(QObject *parent)
    : QObject(parent)
{
}

DocumentManager::~DocumentManager()
{
    // Newest first, so a document never outlives one made after it that may refer to its files.
    while (!m_documents.isEmpty())
        delete m_documents.takeLast();
}

DocumentManager *DocumentManager::instance()
{
    static QPointer<DocumentManager> manager;
    if (!manager)
        manager = new DocumentManager(QCoreApplication::instance());
    return manager;
}

ProjectDocument *DocumentManager::createDocument()
{
    auto *document = new ProjectDocument;
    m_documents.append(document);
    Q_EMIT documentAdded(document);
    return document;
}

void DocumentManager::addView(ProjectDocument *document)
{
    if (document)
        ++m_views[document];
}

void DocumentManager::removeView(ProjectDocument *document)
{
    const auto views = m_views.find(document);
    if (views == m_views.end())
        return;
    if (--views.value() > 0)
        return;
    m_views.erase(views);
    if (!m_documents.removeOne(document))
        return;
    Q_EMIT documentAboutToClose(document);
    delete document;
}

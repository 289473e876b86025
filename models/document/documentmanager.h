// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class ProjectDocument;

// The application's open documents (as Tiled's DocumentManager and Kate's KateDocManager): it owns
// them, and the windows only show them, so a window that asked for a new document does not own it
// and a second window on the same document may outlive the first. Each window says when it starts
// and stops showing a document; the manager deletes one of its documents when no window shows it.
// A document the manager did not make is never deleted by it.
class DocumentManager : public QObject
{
    Q_OBJECT
public:
    explicit DocumentManager(QObject *parent = nullptr);
    ~DocumentManager() override;

    // The application's manager, made on first use and deleted with the application object.
    static DocumentManager *instance();

    // A new, empty document owned by the manager (no window shows it yet).
    ProjectDocument *createDocument();
    // The documents the manager owns, in the order they were made.
    QList<ProjectDocument *> documents() const { return m_documents; }

    // A window starts or stops showing `document`; after the last one stops, the manager deletes the
    // document if it owns it (its destructor stops the analysis and waits for the cache write).
    void addView(ProjectDocument *document);
    void removeView(ProjectDocument *document);
    int viewCount(ProjectDocument *document) const { return m_views.value(document); }

Q_SIGNALS:
    void documentAdded(ProjectDocument *document);
    // Said before a document of the manager's is deleted.
    void documentAboutToClose(ProjectDocument *document);

private:
    QList<ProjectDocument *> m_documents;
    QHash<ProjectDocument *, int> m_views;
};

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/documentmanager.h"
#include "document/projectdocument.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

// The manager owns the documents it makes; windows only show them. A document goes when the last
// window on it goes, whichever window made it, and a document the manager did not make is left alone.
class TestDocumentManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentLivesWhileAWindowShowsIt()
    {
        DocumentManager manager;
        QSignalSpy added(&manager, &DocumentManager::documentAdded);
        QSignalSpy closing(&manager, &DocumentManager::documentAboutToClose);
        const QPointer<ProjectDocument> document = manager.createDocument();
        QCOMPARE(added.count(), 1);
        QCOMPARE(manager.documents(), QList<ProjectDocument *> { document.data() });
        manager.addView(document); // the window that asked for it
        manager.addView(document); // a second window on it
        QCOMPARE(manager.viewCount(document), 2);
        manager.removeView(document);
        QVERIFY(document);
        QCOMPARE(closing.count(), 0);
        manager.removeView(document);
        QVERIFY(!document);
        QCOMPARE(closing.count(), 1);
        QVERIFY(manager.documents().isEmpty());
    }

    void foreignDocumentIsNeverDeleted()
    {
        DocumentManager manager;
        ProjectDocument own;
        manager.addView(&own);
        manager.removeView(&own);
        manager.removeView(&own); // one release too many changes nothing
        QCOMPARE(manager.viewCount(&own), 0);
        QVERIFY(manager.documents().isEmpty());
    }

    void managerDeletesWhatIsLeft()
    {
        QPointer<ProjectDocument> document;
        {
            DocumentManager manager;
            document = manager.createDocument();
            manager.addView(document);
        }
        QVERIFY(!document);
    }

    void applicationHasOneManager()
    {
        QVERIFY(DocumentManager::instance());
        QCOMPARE(DocumentManager::instance(), DocumentManager::instance());
        QCOMPARE(DocumentManager::instance()->parent(), QCoreApplication::instance());
    }
};

QTEST_GUILESS_MAIN(TestDocumentManager)
#include "tst_documentmanager.moc"

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/anchorresolver.h"
#include "annotations/annotationstore.h"
#include "projectfixture.h"
#include "storage/projectstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using TestSupport::parallax;
using TestSupport::run;
using TestSupport::Run;

// The parallax commands on a read-only folder and on a full disk, each made real in a private mount
// namespace (a read-only bind mount, a small tmpfs), since root ignores folder permissions.
class TestProjectFileSystem : public QObject
{
    Q_OBJECT
private:
    ProjectFixture m_fixture;
    QStringList m_namespace; // unshare's arguments for a private mount namespace

    // `script` runs in sh inside the namespace, with $PARALLAX set to the binary.
    Run inNamespace(const QString &script)
    {
        return run(QStringLiteral("unshare"),
            m_namespace
                + QStringList { QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("PARALLAX='%1'; %2").arg(TestSupport::parallaxBinary(), script) });
    }

    QString makeAnnotatedProject(const QString &folder)
    {
        QString project = folder + QStringLiteral("/study.parallax");
        if (parallax({ QStringLiteral("new-project"), m_fixture.corpus(), QStringLiteral("-o"), project }).exitCode
            != 0)
            return {};
        for (const char *range : { "0", "10" }) {
            const Run r = parallax({ QStringLiteral("annotate"), project, QStringLiteral("--article"),
                QStringLiteral("story"), QStringLiteral("--start"), QLatin1String(range), QStringLiteral("--end"),
                QString::number(QByteArray(range).toInt() + 8), QStringLiteral("--category"), QStringLiteral("other"),
                QStringLiteral("--note"), QStringLiteral("kept") });
            if (r.exitCode != 0)
                return {};
        }
        return project;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_fixture.isValid());
        QVERIFY(m_fixture.writeArticle(QStringLiteral("story"),
            QStringLiteral("The council met on Monday. “We will rebuild the bridge,” the mayor said.\n")));
        m_namespace = geteuid() == 0 ? QStringList { QStringLiteral("-m") } : QStringList { QStringLiteral("-rm") };
        const Run probe = run(QStringLiteral("unshare"), m_namespace + QStringList { QStringLiteral("true") });
        if (probe.exitCode != 0)
            QSKIP("mount namespaces are not available here (unshare -m failed)");
    }

    void readersReadAProjectInAReadOnlyFolder()
    {
        const QString folder = m_fixture.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        const QString project = makeAnnotatedProject(folder);
        QVERIFY(!project.isEmpty());
        const QString mount = QStringLiteral("mount --bind '%1' '%1' && mount -o remount,bind,ro '%1' && ").arg(folder);
        const Run read
            = inNamespace(mount + QStringLiteral("\"$PARALLAX\" annotations '%1' --format json").arg(project));
        QVERIFY2(read.exitCode == 0, read.err.constData());
        const QJsonArray annotations
            = QJsonDocument::fromJson(read.out).object().value(QStringLiteral("annotations")).toArray();
        QCOMPARE(annotations.size(), 2);

        const Run write = inNamespace(mount
            + QStringLiteral("\"$PARALLAX\" annotate '%1' --article story --start 0 --end 3 --category other")
                  .arg(project));
        QCOMPARE(write.exitCode, 1);
        QVERIFY2(write.err.contains("read-only"), write.err.constData());
        QVERIFY2(!write.err.contains("writable?"), write.err.constData());
    }

    void readersSeeCommittedChangesStillInTheWal()
    {
        // A writer killed in a folder that is read-only afterwards (a USB stick, a share) leaves
        // committed annotations in the WAL, and a reader there cannot make the -shm file SQLite wants.
        const QString source = m_fixture.filePath(QStringLiteral("source"));
        const QString folder = m_fixture.filePath(QStringLiteral("readonly-wal"));
        QVERIFY(QDir().mkpath(source) && QDir().mkpath(folder));
        const QString project = makeAnnotatedProject(source);
        QVERIFY(!project.isEmpty());
        const QString copy = folder + QStringLiteral("/study.parallax");
        {
            auto store = ProjectStore::open(project);
            QVERIFY(store.ok());
            AnnotationStore annotations;
            QVERIFY(annotations.setProject(store.value().get()).ok());
            Annotation a = Annotation::create(AnnotationCategory::Other, QStringLiteral("in the WAL"), QString());
            a.anchors.append({ QStringLiteral("story"),
                AnchorResolver::makeTarget(
                    QStringLiteral("story"), QStringLiteral("The council met on Monday."), { 4, 11 }) });
            QVERIFY(annotations.insertDirect(a).ok());
            // The state a kill leaves: the file and its WAL, not checkpointed.
            QVERIFY(QFile::copy(project, copy));
            QVERIFY(QFile::copy(project + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        }
        const QString mount = QStringLiteral("mount --bind '%1' '%1' && mount -o remount,bind,ro '%1' && ").arg(folder);
        // The copy lies away from its corpus: named on the command line, as a user would.
        const Run read = inNamespace(mount
            + QStringLiteral("\"$PARALLAX\" annotations '%1' --format json --corpus '%2'")
                  .arg(copy, m_fixture.corpus()));
        QVERIFY2(read.exitCode == 0, read.err.constData());
        const QJsonArray annotations
            = QJsonDocument::fromJson(read.out).object().value(QStringLiteral("annotations")).toArray();
        QCOMPARE(annotations.size(), 3);
    }

    void fullDiskLeavesNoProjectAndSaysSo()
    {
        const QString disk = m_fixture.filePath(QStringLiteral("small-disk"));
        QVERIFY(QDir().mkpath(disk));
        // A 1 MB disk with the corpus on it, then filled up but for a few kilobytes.
        const Run r = inNamespace(QStringLiteral("mount -t tmpfs -o size=1m tmpfs '%1' && cp -r '%2' '%1/corpus' && "
                                                 "(dd if=/dev/zero of='%1/filler' bs=4k 2>/dev/null; true) && "
                                                 "rm -f '%1/filler' && dd if=/dev/zero of='%1/filler' bs=4k "
                                                 "count=$(( $(stat -f -c %a '%1') - 3 )) 2>/dev/null && "
                                                 "\"$PARALLAX\" new-project '%1/corpus' -o '%1/study.parallax'; "
                                                 "echo \"exit=$?\"; ls -a '%1'")
                                      .arg(disk, m_fixture.corpus()));
        QVERIFY2(r.out.contains("exit=1"), QByteArray(r.out + r.err).constData());
        QVERIFY2(r.err.contains("full"), r.err.constData());
        QVERIFY2(!r.err.contains("Unknown error") && !r.err.contains("writable?"), r.err.constData());
        QVERIFY2(!r.out.contains("study.parallax"), r.out.constData());
    }

    void fullDiskRefusesAnAnnotationWithAClearMessage()
    {
        const QString disk = m_fixture.filePath(QStringLiteral("filling-disk"));
        QVERIFY(QDir().mkpath(disk));
        const Run r = inNamespace(QStringLiteral("mount -t tmpfs -o size=2m tmpfs '%1' && cp -r '%2' '%1/corpus' && "
                                                 "\"$PARALLAX\" new-project '%1/corpus' -o '%1/study.parallax' && "
                                                 "(dd if=/dev/zero of='%1/filler' bs=4k 2>/dev/null; true) && "
                                                 "\"$PARALLAX\" annotate '%1/study.parallax' --article story "
                                                 "--start 0 --end 3 --category other --note "
                                                 "\"$(head -c 20000 /dev/zero | tr '\\0' n)\"; echo \"exit=$?\"; "
                                                 "rm '%1/filler'; \"$PARALLAX\" annotations '%1/study.parallax'")
                                      .arg(disk, m_fixture.corpus()));
        QVERIFY2(r.out.contains("exit=1"), QByteArray(r.out + r.err).constData());
        QVERIFY2(r.err.contains("full"), r.err.constData());
        // Nothing was half-written: the project still reads, without the refused annotation.
        QVERIFY2(r.out.contains("\"annotations\": ["), r.out.constData());
        QVERIFY2(!r.out.contains("nnnnnnnnnn"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestProjectFileSystem)
#include "tst_projectfilesystem.moc"

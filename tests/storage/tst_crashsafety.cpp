// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationstore.h"
#include "storage/projectstore.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Real child processes against one project file: two writers are refused, and a writer killed
// with SIGKILL at random moments never loses an annotation it had confirmed.
class TestCrashSafety : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_corpus;
    int m_count = 0;

    QString newProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("p%1.parallax").arg(++m_count));
        auto created = ProjectStore::create(path, m_corpus);
        return created.ok() ? path : QString();
    }

    static QString helper() { return QStringLiteral(PARALLAX_ANNOTATION_WRITER); }

    static QString integrity(ProjectStore &project)
    {
        QSqlQuery query(project.database());
        if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
            return QStringLiteral("integrity_check failed to run");
        return query.value(0).toString();
    }

    // Ids the writer printed in full lines: each was committed before it was printed.
    static QStringList confirmedIds(const QByteArray &output)
    {
        QStringList ids;
        const qsizetype lastNewline = output.lastIndexOf('\n');
        if (lastNewline < 0)
            return ids;
        const QList<QByteArray> lines = output.left(lastNewline).split('\n');
        for (const QByteArray &line : lines) {
            if (!line.isEmpty())
                ids.append(QString::fromLatin1(line));
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_corpus = m_dir.filePath(QStringLiteral("corpus"));
        QVERIFY(QDir().mkpath(m_corpus));
        QVERIFY(QFileInfo(helper()).isExecutable());
    }

    void childIsRefusedWhileWeHoldTheProject()
    {
        const QString path = newProject();
        auto held = ProjectStore::open(path);
        QVERIFY(held.ok());
        QProcess child;
        child.start(helper(), { QStringLiteral("open"), path });
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitCode(), 3);
        const QByteArray out = child.readAllStandardOutput();
        QVERIFY2(out.contains("already open in another Parallax"), out.constData());
        QVERIFY(out.contains(QByteArray::number(QCoreApplication::applicationPid())));
    }

    void weAreRefusedWhileAChildHoldsTheProject()
    {
        const QString path = newProject();
        QProcess child;
        child.start(helper(), { QStringLiteral("hold"), path });
        QVERIFY(child.waitForReadyRead(20000));
        QCOMPARE(child.readLine().trimmed(), QByteArray("holding"));
        const auto refused = ProjectStore::open(path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Locked);
        QVERIFY(refused.error().message.contains(QString::number(child.processId())));
        child.closeWriteChannel();
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitCode(), 0);
        QVERIFY(ProjectStore::open(path).ok());
    }

    void lockOfAKilledChildIsStale()
    {
        const QString path = newProject();
        QProcess child;
        child.start(helper(), { QStringLiteral("hold"), path });
        QVERIFY(child.waitForReadyRead(20000));
        child.kill();
        QVERIFY(child.waitForFinished(20000));
        QVERIFY(QFileInfo::exists(ProjectStore::lockPath(path)));
        auto reopened = ProjectStore::open(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
    }

    void killedWriterLosesNothingConfirmed()
    {
        const QString path = newProject();
        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        qInfo("kill test seed %u", seed);
        constexpr int trials = 20;
        QSet<QString> confirmed;
        int killedMidStream = 0;
        QElapsedTimer clock;
        clock.start();
        for (int trial = 0; trial < trials; ++trial) {
            QProcess writer;
            writer.start(helper(), { QStringLiteral("write"), path });
            QVERIFY(writer.waitForStarted(20000));
            // Wait for the first confirmation on most trials, then kill at a random moment;
            // some trials kill right away, while the writer is still opening the project.
            if (trial % 5 != 0)
                QVERIFY(writer.waitForReadyRead(20000));
            QTest::qWait(int(random.bounded(5, 150)));
            writer.kill();
            QVERIFY(writer.waitForFinished(20000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            const QStringList ids = confirmedIds(writer.readAllStandardOutput());
            killedMidStream += ids.isEmpty() ? 0 : 1;
            for (const QString &id : ids) {
                if (!id.startsWith(QLatin1String("error")))
                    confirmed.insert(id);
            }

            auto project = ProjectStore::open(path);
            QVERIFY2(project.ok(), qPrintable(project.error().message));
            QCOMPARE(integrity(*project.value()), QStringLiteral("ok"));
            AnnotationStore store;
            QVERIFY(store.setProject(project.value().get()).ok());
            QSet<QString> present;
            for (const Annotation &a : store.annotations()) {
                present.insert(a.id);
                QCOMPARE(a.anchors.size(), 1);
                QVERIFY(a.note.startsWith(QLatin1String("note ")));
            }
            const QSet<QString> missing = confirmed - present;
            if (!missing.isEmpty())
                QFAIL(qPrintable(QStringLiteral("trial %1: %2 confirmed annotations lost, e.g. %3")
                                     .arg(trial)
                                     .arg(missing.size())
                                     .arg(*missing.cbegin())));
        }
        qInfo("%d kill trials (%d killed mid-stream), %lld confirmed annotations, none lost, %lld ms", trials,
            killedMidStream, qint64(confirmed.size()), qint64(clock.elapsed()));
        QVERIFY(killedMidStream >= trials / 2);
        QVERIFY(!confirmed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"

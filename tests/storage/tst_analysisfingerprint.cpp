// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/analysiscache.h"

#include "analysisfingerprint.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The fingerprint the build writes for the cache's analyzer tag: it follows the analysis's files, names and contents,
// and nothing else.
class TestAnalysisFingerprint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

    // Runs the build's script over `inputs` and returns the fingerprint it defines.
    QByteArray fingerprint(const QStringList &inputs)
    {
        write(QStringLiteral("inputs.txt"), inputs.join(u'\n').toUtf8() + '\n');
        const QString header = m_dir.filePath(QStringLiteral("analysisfingerprint.h"));
        QProcess cmake;
        cmake.start(QStringLiteral(PARALLAX_CMAKE),
            { QStringLiteral("-DROOT=") + m_dir.path(),
                QStringLiteral("-DINPUTS_FILE=") + m_dir.filePath(QStringLiteral("inputs.txt")),
                QStringLiteral("-DOUTPUT=") + header, QStringLiteral("-P"),
                QStringLiteral(PARALLAX_FINGERPRINT_SCRIPT) });
        if (!cmake.waitForFinished(60000) || cmake.exitCode() != 0)
            return cmake.readAllStandardError();
        QFile file(header);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray text = file.readAll();
        const qsizetype at = text.indexOf("PARALLAX_ANALYSIS_FINGERPRINT \"");
        return at < 0 ? QByteArray() : text.mid(at + 31, 16);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void followsTheFilesAndNothingElse()
    {
        write(QStringLiteral("rules.cpp"), "int rule = 1;\n");
        write(QStringLiteral("words.txt"), "halt\nreturn\n");
        const QStringList both { QStringLiteral("rules.cpp"), QStringLiteral("words.txt") };
        const QByteArray first = fingerprint(both);
        QCOMPARE(first.size(), 16);
        QCOMPARE(fingerprint(both), first);
        // a touched file with the same content is the same analysis
        write(QStringLiteral("words.txt"), "halt\nreturn\n");
        QCOMPARE(fingerprint(both), first);
        // a word added to a list is another
        write(QStringLiteral("words.txt"), "halt\nreturn\nretreat\n");
        const QByteArray second = fingerprint(both);
        QCOMPARE(second.size(), 16);
        QVERIFY(second != first);
        // and so is a file fewer
        const QByteArray third = fingerprint({ QStringLiteral("rules.cpp") });
        QCOMPARE(third.size(), 16);
        QVERIFY(third != second);
    }

    void theTagCarriesTheBuildsFingerprint()
    {
        QVERIFY(AnalysisCache::defaultAnalyzerTag().endsWith(
            QStringLiteral("/analysis ") + QStringLiteral(PARALLAX_ANALYSIS_FINGERPRINT)));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisFingerprint)
#include "tst_analysisfingerprint.moc"

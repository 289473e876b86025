// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
// One case is a folder of tests/data/ holding `corpus/` (the articles, written for the project) and
// `dump.json` (what `parallax dump --indent` wrote for it when the reference was last regenerated).
QString dataPath()
{
    return QDir::cleanPath(QStringLiteral(PARALLAX_GOLDEN_DATA));
}

QStringList cases()
{
    QStringList out;
    const QDir data(dataPath());
    for (const QString &name : data.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo(data.filePath(name + u"/corpus"_s)).isDir())
            out.append(name);
    }
    return out;
}

// The dump names the corpus folder by its absolute path, the one value that depends on the machine:
// it becomes "corpus" (the folder beside the reference).
QByteArray normalised(const QByteArray &dump)
{
    const QJsonObject corpus = QJsonDocument::fromJson(dump).object().value("corpus"_L1).toObject();
    const QString path = corpus.value("path"_L1).toString();
    if (path.isEmpty())
        return dump;
    // The path exactly as the writer escaped it: a one-element array, brackets dropped.
    QByteArray quoted = QJsonDocument(QJsonArray { path }).toJson(QJsonDocument::Compact);
    quoted = quoted.mid(1, quoted.size() - 2);
    const QByteArray before = QByteArray("\"path\": ").append(quoted);
    QByteArray out = dump;
    out.replace(before, QByteArray(R"("path": "corpus")"));
    return out;
}

// `diff -u` of the two files, else the first line that differs.
QString difference(
    const QString &expectedFile, const QString &actualFile, const QByteArray &expected, const QByteArray &actual)
{
    QProcess diff;
    diff.start(u"diff"_s, { u"-u"_s, u"--label"_s, u"reference"_s, u"--label"_s, u"now"_s, expectedFile, actualFile });
    if (diff.waitForFinished(30000) && diff.exitStatus() == QProcess::NormalExit) {
        QString text = QString::fromUtf8(diff.readAllStandardOutput());
        constexpr int MaxLines = 200;
        const QStringList lines = text.split(u'\n');
        if (lines.size() > MaxLines)
            text = lines.mid(0, MaxLines).join(u'\n') + u"\n… (%1 more lines)"_s.arg(lines.size() - MaxLines);
        return text;
    }
    const QList<QByteArray> a = expected.split('\n');
    const QList<QByteArray> b = actual.split('\n');
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i))
            return u"line %1:\n- %2\n+ %3"_s.arg(i + 1).arg(
                QString::fromUtf8(a.value(i)), QString::fromUtf8(b.value(i)));
    }
    return {};
}
}

// The whole pipeline on the project's fixture corpora: `parallax dump --indent` on each case must write its
// reference byte for byte (the corpus path aside). With PARALLAX_UPDATE_GOLDEN=1 it writes the references
// instead (scripts/update-golden), after a change that alters the analysis on purpose.
class TestGoldenDump : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo(TestSupport::parallaxBinary()).isExecutable(), "PARALLAX_BINARY names no executable");
        QVERIFY2(cases().size() >= 4, qPrintable(u"too few cases in "_s + dataPath()));
    }

    void dump_data()
    {
        QTest::addColumn<QString>("folder");
        for (const QString &name : cases())
            QTest::newRow(qPrintable(name)) << QDir(dataPath()).filePath(name);
    }
    void dump()
    {
        QFETCH(QString, folder);
        QProcess p;
        p.start(TestSupport::parallaxBinary(), { u"dump"_s, folder + u"/corpus"_s, u"--indent"_s });
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
        const QByteArray actual = normalised(p.readAllStandardOutput());
        QVERIFY2(!actual.contains(QDir(dataPath()).absolutePath().toUtf8()), "the dump names a folder of this machine");

        const QString referenceFile = folder + u"/dump.json"_s;
        if (qEnvironmentVariableIntValue("PARALLAX_UPDATE_GOLDEN") == 1) {
            QSaveFile out(referenceFile);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(actual), actual.size());
            QVERIFY(out.commit());
            qInfo("wrote %s", qPrintable(referenceFile));
            return;
        }

        QFile reference(referenceFile);
        QVERIFY2(reference.open(QIODevice::ReadOnly),
            qPrintable(u"no reference %1: scripts/update-golden writes it"_s.arg(referenceFile)));
        const QByteArray expected = reference.readAll();
        // A differing output is kept beside the test for a closer look; the reference is left alone.
        const QString actualFile = QDir::current().absoluteFilePath(QFileInfo(folder).fileName() + u".dump.json"_s);
        if (actual == expected) {
            QFile::remove(actualFile);
            return;
        }
        QSaveFile out(actualFile);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(actual) == actual.size() && out.commit());
        qWarning().noquote() << difference(referenceFile, actualFile, expected, actual);
        QFAIL(qPrintable(u"the dump of %1 differs from its reference (diff above, output in %2); if the change "
                         "is intended, run scripts/update-golden and commit the new references"_s.arg(
                             QFileInfo(folder).fileName(), actualFile)));
    }
};

QTEST_GUILESS_MAIN(TestGoldenDump)
#include "tst_goldendump.moc"

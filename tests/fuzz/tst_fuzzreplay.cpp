// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Replays one fuzz target's seed corpus and every input a fuzzing run ever found (tests/fuzz/
// regressions/<target>/) through the target's entry point, in the normal (sanitizer) test build.
#include <QDir>
#include <QFile>
#include <QTest>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

class TestFuzzReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replays_data()
    {
        QTest::addColumn<QString>("path");
        int files = 0;
        for (const char *kind : { "corpus", "regressions" }) {
            const QDir dir(QStringLiteral(PARALLAX_FUZZ_DATA "/%1/" PARALLAX_FUZZ_TARGET).arg(QLatin1String(kind)));
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(QLatin1String(kind) + u'/' + name)) << dir.filePath(name);
                ++files;
            }
        }
        QVERIFY2(files > 0, "no seed inputs for " PARALLAX_FUZZ_TARGET);
    }

    void replays()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray input = file.readAll();
        QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size())), 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"

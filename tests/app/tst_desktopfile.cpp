// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// What the desktop integration offers Parallax for: its own projects, not every folder.
class TestDesktopFile : public QObject
{
    Q_OBJECT
private:
    static QString read(const char *name)
    {
        QFile file(QStringLiteral(PARALLAX_SOURCE_DIR "/resources/") + QLatin1String(name));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void projectsHaveTheirOwnType()
    {
        const QString desktop = read("org.parallax.Parallax.desktop");
        QVERIFY(!desktop.isEmpty());
        const QRegularExpressionMatch types
            = QRegularExpression(QStringLiteral("^MimeType=(.*)$"), QRegularExpression::MultilineOption).match(desktop);
        QVERIFY(types.hasMatch());
        const QStringList list = types.captured(1).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        QCOMPARE(list, QStringList { QStringLiteral("application/x-parallax-project") });
        QVERIFY(desktop.contains(QStringLiteral("Exec=parallax %f")));

        const QString mime = read("org.parallax.Parallax.xml");
        QVERIFY(mime.contains(QStringLiteral("<mime-type type=\"application/x-parallax-project\">")));
        QVERIFY(mime.contains(QStringLiteral("<glob pattern=\"*.parallax\"/>")));
    }
};

QTEST_GUILESS_MAIN(TestDesktopFile)
#include "tst_desktopfile.moc"

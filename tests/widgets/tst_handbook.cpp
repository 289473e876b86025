// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/handbook.h"
#include "common/handbookwindow.h"
#include "widgettestsupport.h"

#include <QFile>
#include <QListWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

// The handbook is the README's user parts, shipped in the application.
class TestHandbook : public QObject
{
    Q_OBJECT
private:
    static QString readme()
    {
        QFile file(QStringLiteral(PARALLAX_SOURCE_DIR "/README.md"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyUserSectionIsInTheReadme()
    {
        const QString text = readme();
        QVERIFY(!text.isEmpty());
        for (const QString &heading : Handbook::userSections())
            QVERIFY2(text.contains(QStringLiteral("\n## ") + heading + QLatin1Char('\n')), qPrintable(heading));
    }

    void keepsTheUserPartsOnly()
    {
        const QString readme = QStringLiteral("# Tool\n\nWhat it is.\n\n## Set-up: two commands\n\nbuild it\n\n"
                                              "## Corpus folders\n\nfolders\n\n### `corpus.json`\n\nmetadata\n\n"
                                              "## Speed\n\nfast\n\n## Command line\n\ncommands\n");
        const QString handbook = Handbook::fromReadme(readme);
        QVERIFY(handbook.startsWith(QStringLiteral("What it is.")));
        for (const char *kept : { "## Corpus folders", "### `corpus.json`", "metadata", "## Command line" })
            QVERIFY2(handbook.contains(QLatin1String(kept)), kept);
        for (const char *dropped : { "# Tool", "Set-up", "build it", "Speed", "fast" })
            QVERIFY2(!handbook.contains(QLatin1String(dropped)), dropped);
        // In the order the handbook gives, not the README's.
        QVERIFY(
            handbook.indexOf(QLatin1String("## Corpus folders")) < handbook.indexOf(QLatin1String("## Command line")));
    }

    void windowShowsTheShippedHandbook()
    {
        HandbookWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString text = window.browser()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Shift+drag")));
        QVERIFY(!text.contains(QStringLiteral("ccache")));
        QVERIFY(window.contents()->count() >= Handbook::userSections().size());
        QVERIFY(window.showSection(QStringLiteral("Corpus folders")));
        QVERIFY(!window.showSection(QStringLiteral("Speed")));
        WidgetTestSupport::maybeScreenshot(window, QStringLiteral("handbook.png"));
    }
};

QTEST_MAIN(TestHandbook)
#include "tst_handbook.moc"

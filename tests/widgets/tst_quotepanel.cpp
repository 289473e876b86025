// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotepanel/alignmentview.h"
#include "quotepanel/comparisonview.h"
#include "quotepanel/contextview.h"
#include "testsupport.h"
#include "tst_quotepanelfixture.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
// Screenshots for a human to look at, when PARALLAX_SCREENSHOTS names a folder.
void keepScreenshot(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("PARALLAX_SCREENSHOTS");
    if (!dir.isEmpty())
        image.save(QDir(dir).filePath(name + u".png"_s));
}

// Distinct colours in an image, counted on a coarse grid: a blank grab has one or two.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}
}

class TestQuotePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 9));
    }

    void comparisonShowsEveryRendering()
    {
        ComparisonView view;
        view.resize(1000, 700);
        view.setResult(QuotePanelFixture::make());
        view.setStatement(0);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const AlignmentView *alignment = view.alignmentView();
        QCOMPARE(alignment->comparison().renderings.size(), 3);
        QCOMPARE(alignment->alignmentLayout().renderingCount(), 3);
        for (int r = 0; r < 3; ++r)
            QVERIFY(alignment->alignmentLayout().labelRect(r).isValid());
        const QImage image = view.grab().toImage();
        keepScreenshot(image, u"comparison-s1"_s);
        QVERIFY(colourCount(image) > 20);
    }
};

QTEST_MAIN(TestQuotePanel)
#include "tst_quotepanel.moc"

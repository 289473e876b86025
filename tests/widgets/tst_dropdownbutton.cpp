// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/dropdownbutton.h"
#include "common/outletfilterbutton.h"
#include "quotepanel/comparisonview.h"
#include "quotepanel/quotepanel.h"
#include "widgettestsupport.h"

#include <QMenu>
#include <QScopeGuard>
#include <QTest>

namespace
{
// Where a button paints differently with its text than without: the box of its text.
QRect textBox(QToolButton &button)
{
    const QString text = button.text();
    const QImage with = button.grab().toImage();
    button.setText(QString());
    const QImage without = button.grab().toImage();
    button.setText(text);
    QRect box;
    for (int y = 0; y < with.height(); ++y) {
        for (int x = 0; x < with.width(); ++x) {
            if (with.pixel(x, y) != without.pixel(x, y))
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}

// The box of the menu's arrow: dark ink inside the frame of the button painted without text.
QRect arrowBox(QToolButton &button)
{
    const QString text = button.text();
    button.setText(QString());
    const QImage image = button.grab().toImage();
    button.setText(text);
    QRect box;
    for (int y = 2; y < image.height() - 2; ++y) {
        for (int x = 2; x < image.width() - 2; ++x) {
            if (qGray(image.pixel(x, y)) < 128)
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}
}

// The window's drop-down buttons: their menu arrow sits beside their text, never on it.
class TestDropDownButton : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { WidgetTestSupport::initWidgetTest(); }

    void arrowBesideTheText_data()
    {
        QTest::addColumn<QString>("button");
        QTest::newRow("outlet filter") << QStringLiteral("outlets");
        QTest::newRow("quote panel's Export") << QStringLiteral("export");
        QTest::newRow("comparison's View") << QStringLiteral("view");
        QTest::newRow("a long text") << QStringLiteral("long");
    }

    void arrowBesideTheText()
    {
        QFETCH(QString, button);
        OutletFilterButton outlets;
        outlets.setOutlets({ QStringLiteral("Morning Ledger"), QStringLiteral("Harbour Times") });
        QuotePanel panel;
        DropDownButton longButton;
        longButton.setText(QStringLiteral("Everything the analyst chose"));
        longButton.setMenu(new QMenu(&longButton));
        QToolButton *b = button == QLatin1String("outlets") ? static_cast<QToolButton *>(&outlets)
            : button == QLatin1String("export")             ? panel.exportButton()
            : button == QLatin1String("view")               ? panel.comparisonView()->viewButton()
                                                            : &longButton;
        QVERIFY(b->menu());
        QVERIFY(!b->text().isEmpty());
        // Alone, at the size it asks a layout for.
        QWidget *panelPart = b->parentWidget();
        const auto putBack = qScopeGuard([b, panelPart] { b->setParent(panelPart); });
        b->setParent(nullptr);
        b->resize(b->sizeHint());
        const QRect text = textBox(*b);
        const QRect arrow = arrowBox(*b);
        QVERIFY(!text.isEmpty());
        QVERIFY(!arrow.isEmpty());
        const QString where = QStringLiteral("text at %1,%2 %3x%4, arrow at %5,%6 %7x%8")
                                  .arg(text.x())
                                  .arg(text.y())
                                  .arg(text.width())
                                  .arg(text.height())
                                  .arg(arrow.x())
                                  .arg(arrow.y())
                                  .arg(arrow.width())
                                  .arg(arrow.height());
        // Beside the text with a gap between them, at the text's height, not in the frame's corner.
        QVERIFY2(arrow.left() >= text.right() + 3, qPrintable(where));
        QVERIFY2(arrow.center().y() >= text.top() && arrow.center().y() <= text.bottom(), qPrintable(where));
        QVERIFY2(arrow.right() < b->width() - 3, qPrintable(where));
    }
};

QTEST_MAIN(TestDropDownButton)
#include "tst_dropdownbutton.moc"

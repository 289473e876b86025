// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/outletfilterbutton.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace
{
const QStringList Outlets { QStringLiteral("Morning Ledger"), QStringLiteral("Harbour Times"),
    QStringLiteral("Valley Courier") };

// The menu as the analyst sees it once opened: each outlet and whether it is checked.
QStringList shownEntries(OutletFilterButton &button)
{
    Q_EMIT button.menu()->aboutToShow();
    QStringList entries;
    const QList<QAction *> actions = button.menu()->actions();
    for (const QAction *a : actions) {
        if (a->isCheckable())
            entries.append((a->isChecked() ? QStringLiteral("[x] ") : QStringLiteral("[ ] ")) + a->text());
    }
    return entries;
}

QAction *entry(OutletFilterButton &button, const QString &outlet)
{
    Q_EMIT button.menu()->aboutToShow();
    const QList<QAction *> actions = button.menu()->actions();
    for (QAction *a : actions) {
        if (a->isCheckable() && a->text() == outlet)
            return a;
    }
    return nullptr;
}
}

class TestOutletFilterButton : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyOutletCheckedAfterSetOutlets()
    {
        OutletFilterButton button;
        QCOMPARE(button.text(), QStringLiteral("Outlets"));
        button.setOutlets(Outlets);
        QVERIFY(button.isEnabled());
        QVERIFY(button.selectedOutlets().isEmpty());
        QCOMPARE(button.text(), QStringLiteral("All outlets"));
        QCOMPARE(shownEntries(button),
            QStringList({ QStringLiteral("[x] Morning Ledger"), QStringLiteral("[x] Harbour Times"),
                QStringLiteral("[x] Valley Courier") }));
        button.setOutlets({});
        QVERIFY(!button.isEnabled());
        QVERIFY(shownEntries(button).isEmpty());
    }

    void selectionFromCodeAndFromTheMenu()
    {
        OutletFilterButton button;
        button.setOutlets(Outlets);
        QSignalSpy changed(&button, &OutletFilterButton::selectionChanged);
        button.setSelectedOutlets({ QStringLiteral("Valley Courier") });
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.takeFirst().constFirst().toStringList(), QStringList { QStringLiteral("Valley Courier") });
        QCOMPARE(button.text(), QStringLiteral("Valley Courier"));
        QCOMPARE(shownEntries(button),
            QStringList({ QStringLiteral("[ ] Morning Ledger"), QStringLiteral("[ ] Harbour Times"),
                QStringLiteral("[x] Valley Courier") }));

        // Checking another in the menu adds it, in the outlets' order.
        entry(button, QStringLiteral("Morning Ledger"))->setChecked(true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(button.selectedOutlets(),
            QStringList({ QStringLiteral("Morning Ledger"), QStringLiteral("Valley Courier") }));
        QVERIFY(button.text().startsWith(QStringLiteral("2 outlet")));

        // The last checked outlet cannot be unchecked: an empty selection would mean all.
        entry(button, QStringLiteral("Morning Ledger"))->setChecked(false);
        changed.clear();
        QAction *last = entry(button, QStringLiteral("Valley Courier"));
        last->setChecked(false);
        QVERIFY(last->isChecked());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(button.selectedOutlets(), QStringList { QStringLiteral("Valley Courier") });

        // Checking every outlet is the same as all of them.
        entry(button, QStringLiteral("Morning Ledger"))->setChecked(true);
        entry(button, QStringLiteral("Harbour Times"))->setChecked(true);
        QVERIFY(button.selectedOutlets().isEmpty());
        QCOMPARE(button.text(), QStringLiteral("All outlets"));
    }

    void newOutletsResetTheSelection()
    {
        OutletFilterButton button;
        button.setOutlets(Outlets);
        button.setSelectedOutlets({ QStringLiteral("Harbour Times") });
        QVERIFY(entry(button, QStringLiteral("Harbour Times")));
        button.setOutlets({ QStringLiteral("Harbour Times"), QStringLiteral("River Post") });
        QVERIFY(button.selectedOutlets().isEmpty());
        QCOMPARE(shownEntries(button),
            QStringList({ QStringLiteral("[x] Harbour Times"), QStringLiteral("[x] River Post") }));
    }
};

QTEST_MAIN(TestOutletFilterButton)
#include "tst_outletfilterbutton.moc"

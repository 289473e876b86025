// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/eventchoicemodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace
{
std::shared_ptr<const AnalysisResult> resultOf(const QStringList &idsAndLabels)
{
    auto r = std::make_shared<AnalysisResult>();
    for (const QString &pair : idsAndLabels) {
        Event e;
        e.id = pair.section(QLatin1Char('='), 0, 0);
        e.label = pair.section(QLatin1Char('='), 1);
        r->events.append(e);
    }
    return r;
}

QStringList rows(const QAbstractItemModel &model)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row, 0);
        lines.append(i.data().toString() + QLatin1Char('|') + i.data(EventChoiceModel::IdRole).toString());
    }
    return lines;
}
}

class TestEventChoiceModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // "All events" without an id, then each event by its label, or by its id when it has no label.
    void listsAllThenEveryEvent()
    {
        EventChoiceModel model(QStringLiteral("All events"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(rows(model), QStringList { QStringLiteral("All events|") });
        model.setResult(resultOf({ QStringLiteral("e1=Harbour gates close"), QStringLiteral("e2=") }));
        QCOMPARE(rows(model),
            (QStringList {
                QStringLiteral("All events|"), QStringLiteral("Harbour gates close|e1"), QStringLiteral("e2|e2") }));
        model.setResult(nullptr);
        QCOMPARE(rows(model), QStringList { QStringLiteral("All events|") });
    }

    // A new result is one reset, whatever its number of events: nothing is made per event until it is shown.
    void aNewResultIsOneReset()
    {
        EventChoiceModel model(QStringLiteral("All events"));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QStringList events;
        for (int i = 0; i < 5000; ++i)
            events.append(QStringLiteral("e%1=Quay meeting %1").arg(i));
        model.setResult(resultOf(events));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(inserts.count(), 0);
        QCOMPARE(model.rowCount(), 5001);
    }

    // A combo box on the model finds an event by its id and says the id of the chosen one, as the filters ask.
    void aComboBoxFindsEventsById()
    {
        EventChoiceModel model(QStringLiteral("All events"));
        QComboBox combo;
        combo.setModel(&model);
        model.setResult(resultOf({ QStringLiteral("e1=Harbour gates close"), QStringLiteral("e2=Ferry strike") }));
        combo.setCurrentIndex(combo.findData(QStringLiteral("e2")));
        QCOMPARE(combo.currentText(), QStringLiteral("Ferry strike"));
        QCOMPARE(combo.currentData().toString(), QStringLiteral("e2"));
        QCOMPARE(combo.findData(QStringLiteral("nowhere")), -1);
    }
};

QTEST_MAIN(TestEventChoiceModel)
#include "tst_eventchoicemodel.moc"

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/annotationlookup.h"
#include "itemmodels/statementmodel.h"
#include "itemmodels/timelinemodel.h"
#include "syntheticanalysis.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
AnnotationAnchor spanAnchor(const AnalysisResult &r, int article, const QString &words)
{
    AnnotationAnchor anchor;
    const TextSpan span = SyntheticAnalysis::spanOf(r, article, words);
    anchor.target.articleId = r.corpus.articles.at(article).id;
    anchor.target.position = { span.start, span.end };
    anchor.target.quote.exact = words;
    return anchor;
}

Annotation annotation(const QList<AnnotationAnchor> &anchors)
{
    Annotation a = Annotation::create(AnnotationCategory::WordingChanged, QString(), QStringLiteral("test"));
    a.anchors = anchors;
    return a;
}

// AnnotationCountRole of every row, "row: n" and "row.child: n", only where n > 0.
QStringList counts(const QAbstractItemModel &model, int role)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex parent = model.index(row, 0);
        if (const int n = parent.data(role).toInt(); n > 0)
            lines.append(QStringLiteral("%1: %2").arg(row).arg(n));
        for (int child = 0; child < model.rowCount(parent); ++child) {
            if (const int n = model.index(child, 0, parent).data(role).toInt(); n > 0)
                lines.append(QStringLiteral("%1.%2: %3").arg(row).arg(child).arg(n));
        }
    }
    return lines;
}
}

// Which quotes, statements and events annotations touch, and the item models' AnnotationCountRole.
class TestAnnotationLookup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void lookup_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("expected");
        // Text overlapping a rendering marks it and its statement.
        QTest::newRow("span on a quote") << u"quote-span"_s << QStringList { u"q0=1"_s, u"s0=1"_s };
        // Anchors made from a statement's renderings count once for the statement.
        QTest::newRow("both renderings") << u"quote-ids"_s << QStringList { u"q0=1"_s, u"q1=1"_s, u"s0=1"_s };
        // Text overlapping an event mention marks the event; made from the event counts once.
        QTest::newRow("event mention") << u"mention"_s << QStringList { u"e2=1"_s };
        // Orphans touch nothing: their text is not where the position says.
        QTest::newRow("orphan") << u"orphan"_s << QStringList {};
        QTest::newRow("statement id") << u"statement"_s << QStringList { u"s1=1"_s };
    }

    void lookup()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, expected);
        const auto r = SyntheticAnalysis::make();
        Annotation a;
        if (kind == u"quote-span"_s) {
            a = annotation({ spanAnchor(*r, 0, u"talk again soon"_s) });
        } else if (kind == u"quote-ids"_s) {
            AnnotationAnchor one;
            one.target.quoteId = u"alpha/one#q1"_s;
            AnnotationAnchor two;
            two.target.quoteId = u"beta/two#q1"_s;
            a = annotation({ one, two });
        } else if (kind == u"mention"_s) {
            AnnotationAnchor made = spanAnchor(*r, 1, u"Two rockets"_s);
            made.target.eventId = u"e3"_s;
            a = annotation({ made, spanAnchor(*r, 0, u"tested a rocket"_s) });
        } else if (kind == u"orphan"_s) {
            AnnotationAnchor lost = spanAnchor(*r, 0, u"talk again soon"_s);
            lost.state = AnchorState::Orphaned;
            a = annotation({ lost });
        } else {
            AnnotationAnchor statement;
            statement.target.statementId = u"s2"_s;
            a = annotation({ statement });
        }
        const AnnotationLookup lookup = AnnotationLookup::build(*r, { a });
        QStringList found;
        for (auto it = lookup.quotes.cbegin(); it != lookup.quotes.cend(); ++it)
            found.append(QStringLiteral("q%1=%2").arg(it.key()).arg(*it));
        for (auto it = lookup.statements.cbegin(); it != lookup.statements.cend(); ++it)
            found.append(QStringLiteral("s%1=%2").arg(it.key()).arg(*it));
        for (auto it = lookup.events.cbegin(); it != lookup.events.cend(); ++it)
            found.append(QStringLiteral("e%1=%2").arg(it.key()).arg(*it));
        found.sort();
        expected.sort();
        QCOMPARE(found, expected);
    }

    void statementModelRoles()
    {
        const auto r = SyntheticAnalysis::make();
        StatementModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(r);
        QCOMPARE(counts(model, StatementModel::AnnotationCountRole), QStringList());

        AnnotationAnchor both;
        both.target.quoteId = u"beta/two#q1"_s;
        const QList<Annotation> annotations { annotation({ spanAnchor(*r, 0, u"talk again soon"_s) }),
            annotation({ spanAnchor(*r, 0, u"We will"_s), both }) };
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setAnnotations(std::make_shared<const AnnotationLookup>(AnnotationLookup::build(*r, annotations)));
        QCOMPARE(
            counts(model, StatementModel::AnnotationCountRole), QStringList({ u"0: 2"_s, u"0.0: 2"_s, u"0.1: 1"_s }));
        // Only the annotated statement and its renderings are told, not the whole model.
        QCOMPARE(changed.count(), 2);
        for (const QList<QVariant> &signal : std::as_const(changed))
            QCOMPARE(signal.at(2).value<QList<int>>(), QList<int> { StatementModel::AnnotationCountRole });

        changed.clear();
        model.setAnnotations(nullptr);
        QCOMPARE(counts(model, StatementModel::AnnotationCountRole), QStringList());
        QCOMPARE(changed.count(), 2);
    }

    void timelineModelRoles()
    {
        const auto r = SyntheticAnalysis::make();
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(r);
        AnnotationAnchor fromEvent;
        fromEvent.target.eventId = u"e1"_s;
        const QList<Annotation> annotations { annotation({ spanAnchor(*r, 2, u"envoy arrived"_s) }),
            annotation({ fromEvent }) };
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setAnnotations(std::make_shared<const AnnotationLookup>(AnnotationLookup::build(*r, annotations)));
        QCOMPARE(counts(model, TimelineModel::AnnotationCountRole), QStringList({ u"0: 1"_s, u"3: 1"_s }));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.roleNames().value(TimelineModel::AnnotationCountRole), QByteArray("annotationCount"));
    }
};

QTEST_MAIN(TestAnnotationLookup)
#include "tst_annotationlookup.moc"

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/anchorresolver.h"
#include "annotations/annotationstore.h"
#include "itemmodels/annotationfiltermodel.h"
#include "itemmodels/annotationmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

namespace
{
QStringList rows(const QAbstractItemModel &model)
{
    QStringList lines;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, 0);
        lines.append(i.data(AnnotationModel::CategoryNameRole).toString() + QLatin1Char('|')
            + i.data(AnnotationModel::NoteRole).toString() + QLatin1Char('|')
            + i.data(AnnotationModel::OutletsRole).toStringList().join(QLatin1Char(',')));
    }
    return lines;
}
}

class TestAnnotationModel : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<AnalysisResult> m_result;
    AnnotationStore m_store;
    QDateTime m_clock = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);

    Annotation make(AnnotationCategory category, const QString &note, const QStringList &articles,
        const QString &eventId = QString())
    {
        Annotation a = Annotation::create(category, note, QStringLiteral("Ana"));
        m_clock = m_clock.addSecs(60);
        a.created = a.modified = m_clock;
        for (const QString &id : articles) {
            const Article &article = m_result->corpus.articles.at(m_result->corpus.indexOf(id));
            AnnotationAnchor anchor { article.outlet, AnchorResolver::makeTarget(article, { 0, 9 }) };
            anchor.target.eventId = eventId;
            a.anchors.append(anchor);
        }
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_result = std::make_shared<AnalysisResult>();
        for (const auto &[id, outlet] :
            { std::pair { "a", "Daily" }, std::pair { "b", "Weekly" }, std::pair { "c", "Wire" } }) {
            Article article = TestSupport::makeArticle(
                QStringLiteral("The minister said on Monday that nine people were hurt."), {}, QString::fromLatin1(id));
            article.outlet = QString::fromLatin1(outlet);
            m_result->corpus.articles.append(article);
        }
        QVERIFY(m_store
                    .add(make(AnnotationCategory::FactualNumber, QStringLiteral("nine or ten"),
                        { QStringLiteral("a"), QStringLiteral("b") }, QStringLiteral("e2")))
                    .ok());
        QVERIFY(m_store
                    .add(make(AnnotationCategory::Misattribution, QStringLiteral("said by the aide"),
                        { QStringLiteral("c") }))
                    .ok());
        QVERIFY(
            m_store
                .add(make(AnnotationCategory::WordsOmitted, QStringLiteral("missing clause"), { QStringLiteral("b") }))
                .ok());
    }

    void showsTheStoreAndFollowsIt()
    {
        AnnotationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(m_result);
        model.setStore(&m_store);
        QCOMPARE(rows(model),
            (QStringList { QStringLiteral("factual-number|nine or ten|Daily,Weekly"),
                QStringLiteral("misattribution|said by the aide|Wire"),
                QStringLiteral("words-omitted|missing clause|Weekly") }));
        QCOMPARE(model.index(0, AnnotationModel::CategoryColumn).data().toString(),
            annotationCategoryLabel(AnnotationCategory::FactualNumber));
        QCOMPARE(
            model.index(0, 0).data(AnnotationModel::EventIdsRole).toStringList(), QStringList { QStringLiteral("e2") });
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("nine or ten")));

        const QString id = model.index(1, 0).data(AnnotationModel::IdRole).toString();
        QVERIFY(m_store.setNote(id, QStringLiteral("said by a spokesman")).ok());
        QCOMPARE(model.index(1, 0).data(AnnotationModel::NoteRole).toString(), QStringLiteral("said by a spokesman"));
        QVERIFY(m_store.remove(id).ok());
        QCOMPARE(model.rowCount(), 2);
        m_store.undoStack()->undo();
        m_store.undoStack()->undo();
        QCOMPARE(rows(model).at(1), QStringLiteral("misattribution|said by the aide|Wire"));
        QCOMPARE(model.indexOf(id).row(), 1);
    }

    void filters_data()
    {
        QTest::addColumn<QList<AnnotationCategory>>("categories");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("eventId");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("notes");
        const QList<AnnotationCategory> all;
        QTest::newRow("everything") << all << QString() << QString() << QString()
                                    << QStringList { QStringLiteral("nine or ten"), QStringLiteral("said by the aide"),
                                           QStringLiteral("missing clause") };
        QTest::newRow("category") << QList<AnnotationCategory> { AnnotationCategory::Misattribution } << QString()
                                  << QString() << QString() << QStringList { QStringLiteral("said by the aide") };
        QTest::newRow("two categories") << QList<AnnotationCategory> { AnnotationCategory::Misattribution,
            AnnotationCategory::WordsOmitted }
                                        << QString() << QString() << QString()
                                        << QStringList { QStringLiteral("said by the aide"),
                                               QStringLiteral("missing clause") };
        QTest::newRow("outlet") << all << QStringLiteral("Weekly") << QString() << QString()
                                << QStringList { QStringLiteral("nine or ten"), QStringLiteral("missing clause") };
        QTest::newRow("event") << all << QString() << QStringLiteral("e2") << QString()
                               << QStringList { QStringLiteral("nine or ten") };
        QTest::newRow("search note") << all << QString() << QString() << QStringLiteral("AIDE")
                                     << QStringList { QStringLiteral("said by the aide") };
        QTest::newRow("search annotated text")
            << all << QString() << QString() << QStringLiteral("the MINIS")
            << QStringList { QStringLiteral("nine or ten"), QStringLiteral("said by the aide"),
                   QStringLiteral("missing clause") };
        QTest::newRow("outlet and category") << QList<AnnotationCategory> { AnnotationCategory::WordsOmitted }
                                             << QStringLiteral("Daily") << QString() << QString() << QStringList {};
    }

    void filters()
    {
        QFETCH(QList<AnnotationCategory>, categories);
        QFETCH(QString, outlet);
        QFETCH(QString, eventId);
        QFETCH(QString, search);
        QFETCH(QStringList, notes);
        AnnotationModel model;
        model.setResult(m_result);
        model.setStore(&m_store);
        AnnotationFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setCategories(categories);
        filter.setOutlet(outlet);
        filter.setEventId(eventId);
        filter.setSearchText(search);
        QStringList shown;
        for (int r = 0; r < filter.rowCount(); ++r)
            shown.append(filter.index(r, 0).data(AnnotationModel::NoteRole).toString());
        QCOMPARE(shown, notes);
    }
};

QTEST_MAIN(TestAnnotationModel)
#include "tst_annotationmodel.moc"

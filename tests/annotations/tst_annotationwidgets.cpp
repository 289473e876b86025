// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/anchorfactory.h"
#include "annotations/annotatedialog.h"
#include "annotations/annotationpanel.h"
#include "annotations/annotationstore.h"
#include "itemmodels/annotationmodel.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestAnnotationWidgets : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<AnalysisResult> m_result;

    Annotation twoOutlets(const QString &note)
    {
        Annotation a = Annotation::create(AnnotationCategory::WordingChanged, note, QStringLiteral("Ana"));
        a.anchors.append(AnchorFactory::fromSelection(*m_result, 0, { 4, 12 }));
        a.anchors.append(AnchorFactory::fromSelection(*m_result, 1, { 4, 12 }));
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_result = std::make_shared<AnalysisResult>();
        for (const char *outlet : { "Daily", "Weekly" }) {
            Article a = TestSupport::makeArticle(
                QStringLiteral("The minister said nine people were hurt."), {}, QString::fromLatin1(outlet).toLower());
            a.outlet = QString::fromLatin1(outlet);
            m_result->corpus.articles.append(a);
        }
    }

    void dialogEditsACopy()
    {
        const Annotation original = twoOutlets(QStringLiteral("first"));
        AnnotateDialog dialog;
        dialog.setAnnotation(original);
        QCOMPARE(dialog.anchorTable()->rowCount(), 2);
        QCOMPARE(dialog.anchorTable()->item(0, 0)->text(), QStringLiteral("Daily"));
        QCOMPARE(dialog.anchorTable()->item(1, 1)->text(), QStringLiteral("minister"));
        dialog.categoryBox()->setCurrentIndex(dialog.categoryBox()->findData(int(AnnotationCategory::Misattribution)));
        dialog.noteEdit()->setPlainText(QStringLiteral("second"));
        dialog.anchorTable()->item(1, 0)->setText(QStringLiteral("outlet B"));
        Annotation edited = dialog.annotation();
        QCOMPARE(edited.id, original.id);
        QCOMPARE(edited.category, AnnotationCategory::Misattribution);
        QCOMPARE(edited.note, QStringLiteral("second"));
        QCOMPARE(edited.anchors.at(1).role, QStringLiteral("outlet B"));
        QCOMPARE(edited.author, QStringLiteral("Ana"));
        QCOMPARE(edited.anchors.at(0).target, original.anchors.at(0).target);

        // Without anchors there is nothing to annotate: OK is disabled.
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        auto *remove = dialog.findChildren<QPushButton *>().constFirst();
        for (int i = 0; i < 2; ++i) {
            dialog.anchorTable()->selectRow(0);
            remove->click();
        }
        QCOMPARE(dialog.anchorTable()->rowCount(), 0);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog.annotation().note, QStringLiteral("second"));
    }

    void emptyListSaysHowToStart()
    {
        AnnotationStore store;
        AnnotationPanel panel;
        panel.setStore(&store);
        panel.setResult(m_result);
        panel.resize(640, 320);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const auto *hint = panel.findChild<QLabel *>(QStringLiteral("emptyListHint"));
        QVERIFY(hint);
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("Ctrl+M")));
        Annotation a = twoOutlets(QStringLiteral("note"));
        QVERIFY(store.add(a).ok());
        QVERIFY(!hint->isVisible());
    }

    void exportsWhatTheListShows_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("contains");
        QTest::newRow("json") << int(AnnotationPanel::ExportFormat::Json) << QStringLiteral("a.json")
                              << QStringLiteral("\"note\"");
        QTest::newRow("csv") << int(AnnotationPanel::ExportFormat::Csv) << QStringLiteral("a.csv")
                             << QStringLiteral("nine or ten");
        QTest::newRow("w3c") << int(AnnotationPanel::ExportFormat::W3c) << QStringLiteral("a.jsonld")
                             << QStringLiteral("AnnotationCollection");
        QTest::newRow("markdown") << int(AnnotationPanel::ExportFormat::Markdown) << QStringLiteral("a.md")
                                  << QStringLiteral("a-timeline.png");
    }
    void exportsWhatTheListShows()
    {
        QFETCH(int, format);
        QFETCH(QString, name);
        QFETCH(QString, contains);
        AnnotationStore store;
        const Annotation first = twoOutlets(QStringLiteral("nine or ten"));
        Annotation second = Annotation::create(AnnotationCategory::FactualNumber, QStringLiteral("only weekly"), {});
        second.anchors.append(AnchorFactory::fromSelection(*m_result, 1, { 18, 22 }));
        QVERIFY(store.add(first).ok());
        QVERIFY(store.add(second).ok());
        AnnotationPanel panel;
        panel.setStore(&store);
        panel.setResult(m_result);
        QVERIFY(panel.exportAction()->isEnabled());
        auto *outlets = panel.findChildren<QComboBox *>().at(1);
        outlets->setCurrentIndex(outlets->findData(QStringLiteral("Daily")));
        const QList<Annotation> shown = panel.shownAnnotations();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.constFirst().id, first.id);

        QTemporaryDir dir;
        QStringList pictures;
        panel.setTimelineWriter([&pictures](const QString &path) {
            pictures.append(path);
            return Error();
        });
        const QString path = dir.filePath(name);
        QCOMPARE(panel.exportTo(path, AnnotationPanel::ExportFormat(format), shown).message, QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(contains), qPrintable(text.left(300)));
        QVERIFY(!text.contains(QStringLiteral("only weekly")));
        QCOMPARE(pictures.size(), format == int(AnnotationPanel::ExportFormat::Markdown) ? 1 : 0);
        // A file that cannot be written says so.
        const Error unwritable = panel.exportTo(
            dir.filePath(QStringLiteral("no/such/folder/") + name), AnnotationPanel::ExportFormat(format), shown);
        QCOMPARE(unwritable.code, Error::Code::Io);
        QVERIFY(unwritable.message.contains(QStringLiteral("no/such/folder")));
    }

    void panelListsFiltersDeletesAndUndoes()
    {
        AnnotationStore store;
        const Annotation first = twoOutlets(QStringLiteral("nine or ten"));
        Annotation second
            = Annotation::create(AnnotationCategory::FactualNumber, QStringLiteral("count"), QStringLiteral("Ana"));
        second.created = first.created.addSecs(5);
        second.anchors.append(AnchorFactory::fromSelection(*m_result, 1, { 18, 22 }));
        QVERIFY(store.add(first).ok());
        QVERIFY(store.add(second).ok());

        AnnotationPanel panel;
        panel.setStore(&store);
        panel.setResult(m_result);
        panel.resize(640, 320);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.view()->model()->rowCount(), 2);

        auto *outlets = panel.findChildren<QComboBox *>().at(1);
        outlets->setCurrentIndex(outlets->findData(QStringLiteral("Daily")));
        QCOMPARE(panel.view()->model()->rowCount(), 1);
        outlets->setCurrentIndex(0);

        QSignalSpy jumps(&panel, &AnnotationPanel::anchorActivated);
        panel.selectAnnotation(second.id);
        QCOMPARE(panel.currentId(), second.id);
        emit panel.view()->activated(panel.view()->currentIndex());
        QCOMPARE(jumps.size(), 1);
        QCOMPARE(jumps.at(0).at(0).toString(), QStringLiteral("weekly"));
        QCOMPARE(jumps.at(0).at(1).value<TextSpan>(), (TextSpan { 18, 22 }));

        // The table shows the annotated words.
        QCOMPARE(panel.view()->model()->index(panel.view()->currentIndex().row(), AnnotationModel::TextColumn).data(),
            QVariant(QStringLiteral("\u201cnine\u201d")));
        QCOMPARE(panel.editAction()->shortcut(), QKeySequence(Qt::Key_F2));

        // Enter again and again reaches every anchor of an annotation, in turn.
        jumps.clear();
        panel.selectAnnotation(first.id);
        for (int i = 0; i < 3; ++i)
            emit panel.view()->activated(panel.view()->currentIndex());
        QCOMPARE(jumps.size(), 3);
        QCOMPARE(jumps.at(0).at(0).toString(), QStringLiteral("daily"));
        QCOMPARE(jumps.at(1).at(0).toString(), QStringLiteral("weekly"));
        QCOMPARE(jumps.at(2).at(0).toString(), QStringLiteral("daily"));
        // ... and any of them from the context menu.
        Q_EMIT panel.anchorMenu()->aboutToShow();
        QCOMPARE(panel.anchorMenu()->actions().size(), 2);
        panel.anchorMenu()->actions().at(1)->trigger();
        QCOMPARE(jumps.constLast().at(0).toString(), QStringLiteral("weekly"));

        panel.deleteAction()->trigger();
        QCOMPARE(store.count(), 1);
        QCOMPARE(panel.view()->model()->rowCount(), 1);
        QVERIFY(panel.undoAction()->isEnabled());
        panel.undoAction()->trigger();
        QCOMPARE(store.count(), 2);
        QVERIFY(panel.redoAction()->isEnabled());

        const QString png = QDir::temp().filePath(QStringLiteral("parallax-annotation-panel.png"));
        QVERIFY(panel.grab().save(png));
    }
};

QTEST_MAIN(TestAnnotationWidgets)
#include "tst_annotationwidgets.moc"

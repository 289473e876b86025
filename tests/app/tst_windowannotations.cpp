// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotatedialog.h"
#include "annotations/annotationstore.h"
#include "articleview/articleview.h"
#include "document/projectdocument.h"
#include "itemmodels/statementmodel.h"
#include "itemmodels/timelinefiltermodel.h"
#include "itemmodels/timelinemodel.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "quotepanel/alignmentview.h"
#include "quotepanel/comparisonview.h"
#include "quotepanel/quotepanel.h"
#include "storage/projectstore.h"
#include "syntheticanalysis.h"
#include "timeline/timelineview.h"
#include "widgettestsupport.h"
#include "windowtestsupport.h"

#include <QApplication>
#include <QDir>
#include <QMap>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using WidgetTestSupport::maybeScreenshot;
using WidgetTestSupport::menuAction;
using WidgetTestSupport::part;
using WindowTestSupport::showSyntheticProject;

namespace
{
int rowOf(const MainWindow &w, const QString &eventId)
{
    const QAbstractItemModel *model = part<TimelineFilterModel>(w, "timelineFilter");
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(TimelineModel::EventIdRole).toString() == eventId)
            return row;
    }
    return -1;
}
}

// The "Annotate…" menus of the quote panel and the timeline open the annotate flow on the right
// anchors, and what is annotated shows a badge there, through the models' AnnotationCountRole.
class TestWindowAnnotations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        QVERIFY(m_dir.emplace().isValid());
        m_window.emplace();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(showSyntheticProject(*m_window, m_dir->filePath(QStringLiteral("marks.parallax"))));
    }

    void cleanup() { m_window.reset(); }

    void renderingMenuAnnotatesThatQuote()
    {
        MainWindow &w = *m_window;
        auto *quotes = part<QuotePanel>(w, "quotePanel");
        quotes->selectStatement(QStringLiteral("s1"));
        const QString quoteId = quotes->comparisonView()->comparison().renderings.at(1).quoteId;
        quotes->comparisonView()->setCurrentRendering(quoteId);
        std::unique_ptr<QMenu> menu(quotes->createAnnotateMenu(true, nullptr));
        QAction *rendering = menuAction(*menu, QStringLiteral("annotateRendering"));
        QVERIFY(rendering);
        QVERIFY(menuAction(*menu, QStringLiteral("annotateStatement")));
        QList<AnnotationAnchor> offered;
        acceptAnnotateDialog(&offered);
        rendering->trigger();
        QCOMPARE(offered.size(), 1);
        QCOMPARE(offered.constFirst().target.quoteId, quoteId);

        // The statement and that rendering carry the mark; the other rendering does not.
        const QModelIndex statement = quotes->statementModel()->index(0, 0);
        QCOMPARE(statement.data(StatementModel::AnnotationCountRole).toInt(), 1);
        int marked = 0;
        for (int row = 0; row < quotes->statementModel()->rowCount(statement); ++row) {
            const QModelIndex r = quotes->statementModel()->index(row, 0, statement);
            const bool isIt = r.data(StatementModel::QuoteIdRole).toString() == quoteId;
            QCOMPARE(r.data(StatementModel::AnnotationCountRole).toInt(), isIt ? 1 : 0);
            marked += r.data(StatementModel::AnnotationCountRole).toInt();
        }
        QCOMPARE(marked, 1);
        QCOMPARE(
            quotes->comparisonView()->alignmentView()->annotatedQuotes(), (QHash<QString, int> { { quoteId, 1 } }));
        maybeScreenshot(w, QStringLiteral("annotations-quotepanel.png"));

        // Undo takes the marks away again.
        w.document()->undoStack()->undo();
        QCOMPARE(statement.data(StatementModel::AnnotationCountRole).toInt(), 0);
        QVERIFY(quotes->comparisonView()->alignmentView()->annotatedQuotes().isEmpty());
    }

    void statementMenuAnchorsEveryRendering()
    {
        MainWindow &w = *m_window;
        auto *quotes = part<QuotePanel>(w, "quotePanel");
        quotes->selectStatement(QStringLiteral("s1"));
        std::unique_ptr<QMenu> menu(quotes->createAnnotateMenu(false, nullptr));
        QVERIFY(!menuAction(*menu, QStringLiteral("annotateRendering")));
        QList<AnnotationAnchor> offered;
        acceptAnnotateDialog(&offered);
        menuAction(*menu, QStringLiteral("annotateStatement"))->trigger();
        QStringList quoteIds;
        for (const AnnotationAnchor &a : std::as_const(offered))
            quoteIds.append(a.target.quoteId);
        QCOMPARE(quoteIds, QStringList({ QStringLiteral("alpha/one#q1"), QStringLiteral("beta/two#q1") }));
        QCOMPARE(quotes->statementModel()->index(0, 0).data(StatementModel::AnnotationCountRole).toInt(), 1);
    }

    void eventMenuAnnotatesItsMentionsAndMarksTheEvent()
    {
        MainWindow &w = *m_window;
        const int row = rowOf(w, QStringLiteral("e3"));
        std::unique_ptr<QMenu> menu(
            part<TimelineView>(w, "timelineView")->createEventMenu(QStringLiteral("e3"), nullptr));
        QAction *annotate = menuAction(*menu, QStringLiteral("annotateEvent"));
        QVERIFY(annotate);
        QList<AnnotationAnchor> offered;
        acceptAnnotateDialog(&offered);
        annotate->trigger();
        // One anchor per mention of the rocket test, in its two outlets.
        QCOMPARE(offered.size(), 2);
        for (const AnnotationAnchor &a : std::as_const(offered))
            QCOMPARE(a.target.eventId, QStringLiteral("e3"));
        QCOMPARE(part<TimelineFilterModel>(w, "timelineFilter")
                     ->index(row, 0)
                     .data(TimelineModel::AnnotationCountRole)
                     .toInt(),
            1);
        QCOMPARE(part<TimelineFilterModel>(w, "timelineFilter")
                     ->index(rowOf(w, QStringLiteral("e1")), 0)
                     .data(TimelineModel::AnnotationCountRole)
                     .toInt(),
            0);
        // The view paints from the index it builds from the model: the event is flagged there.
        QTRY_VERIFY(flagged(w, row));
        part<TimelineView>(w, "timelineView")->selectRow(-1);
        maybeScreenshot(w, QStringLiteral("annotations-timeline.png"));
        w.document()->undoStack()->undo();
        QCOMPARE(part<TimelineFilterModel>(w, "timelineFilter")
                     ->index(row, 0)
                     .data(TimelineModel::AnnotationCountRole)
                     .toInt(),
            0);
        QTRY_VERIFY(!flagged(w, row));
    }

    void darkPaletteStaysLegible()
    {
        const QPalette light = QApplication::palette();
        // A whole dark palette, as dark desktop themes give (text, base, bevels, links, placeholders).
        const QColor text(0xe6, 0xe6, 0xe6);
        QPalette dark(text, QColor(0x35, 0x35, 0x35), QColor(0x4a, 0x4a, 0x4a), QColor(0x1a, 0x1a, 0x1a),
            QColor(0x2f, 0x2f, 0x2f), text, Qt::white, QColor(0x1e, 0x1e, 0x1e), QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
        dark.setColor(QPalette::LinkVisited, QColor(0xb4, 0x8c, 0xff));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ToolTipText, text);
        QApplication::setPalette(dark);
        MainWindow &w = *m_window;
        part<QuotePanel>(w, "quotePanel")->selectStatement(QStringLiteral("s1"));
        QList<AnnotationAnchor> offered;
        acceptAnnotateDialog(&offered);
        part<ProjectSession>(w, "projectSession")->annotateEvent(w.document()->result()->events.at(2).id);
        QCoreApplication::processEvents();
        maybeScreenshot(w, QStringLiteral("annotations-dark.png"));
        // The timeline and the article view paint on the dark base with light text.
        for (QWidget *view : { static_cast<QWidget *>(part<TimelineView>(w, "timelineView")),
                 static_cast<QWidget *>(part<ArticleView>(w, "articleView")) }) {
            const QImage image = view->grab().toImage();
            int lightPixels = 0;
            QMap<int, int> lightness;
            for (int y = 0; y < image.height(); y += 2) {
                for (int x = 0; x < image.width(); x += 2) {
                    const int l = QColor(image.pixel(x, y)).lightness();
                    ++lightness[l / 32];
                    lightPixels += l > 180;
                }
            }
            const int mostCommon = std::max_element(lightness.cbegin(), lightness.cend()).key();
            QVERIFY2(mostCommon <= 2, view->metaObject()->className());
            QVERIFY2(lightPixels > 50, view->metaObject()->className());
        }
        QApplication::setPalette(light);
    }

private:
    // Accepts the Annotate dialog the next action opens, keeping the anchors it offered.
    void acceptAnnotateDialog(QList<AnnotationAnchor> *anchors)
    {
        QTimer::singleShot(0, this, [anchors] {
            auto *dialog = qobject_cast<AnnotateDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            *anchors = dialog->annotation().anchors;
            dialog->accept();
        });
    }

    static bool flagged(const MainWindow &w, int row)
    {
        for (const TimelineLane &lane : part<TimelineView>(w, "timelineView")->index().lanes()) {
            for (const TimelineItem &item : lane.items) {
                if (item.row == row)
                    return item.flags & TimelineItem::Annotated;
            }
        }
        return false;
    }

    std::optional<QTemporaryDir> m_dir;
    std::optional<MainWindow> m_window;
};

QTEST_MAIN(TestWindowAnnotations)
#include "tst_windowannotations.moc"

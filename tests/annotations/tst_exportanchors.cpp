// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfixture.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using TestSupport::parallax;
using TestSupport::Run;

// `parallax annotations` reports where each anchor is in the corpus as it is now, not where it was
// when the project last saw it: moved words at their new place, changed words as re-attached with
// the annotated text, missing ones as orphans without a position.
class TestExportAnchors : public QObject
{
    Q_OBJECT
private:
    ProjectFixture m_fixture;
    QString m_project;

    QJsonObject anchorOf(const QString &article)
    {
        const Run r = parallax(
            { QStringLiteral("annotations"), m_project, QStringLiteral("--format"), QStringLiteral("json") });
        const QJsonArray all = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("annotations")).toArray();
        for (const auto &a : all) {
            QJsonObject anchor = a.toObject().value(QStringLiteral("anchors")).toArray().at(0).toObject();
            if (anchor.value(QStringLiteral("target")).toObject().value(QStringLiteral("article")).toString()
                == article)
                return anchor;
        }
        return {};
    }

    static const QString &opening()
    {
        static const QString text = QStringLiteral("The harbour authority said on Tuesday that the northern pier "
                                                   "would close for repairs until the spring.\n");
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_fixture.isValid());
        for (const char *name : { "moved", "changed", "gone", "kept" })
            QVERIFY(m_fixture.writeArticle(QLatin1String(name), opening()));
        m_project = m_fixture.filePath(QStringLiteral("study.parallax"));
        const Run created
            = parallax({ QStringLiteral("new-project"), m_fixture.corpus(), QStringLiteral("-o"), m_project });
        QVERIFY2(created.exitCode == 0, created.err.constData());
        // "the northern pier" in every article: code points 43..60.
        QCOMPARE(opening().mid(43, 17), QStringLiteral("the northern pier"));
        for (const char *name : { "moved", "changed", "gone", "kept" }) {
            const Run r = parallax({ QStringLiteral("annotate"), m_project, QStringLiteral("--article"),
                QLatin1String(name), QStringLiteral("--start"), QStringLiteral("43"), QStringLiteral("--end"),
                QStringLiteral("60"), QStringLiteral("--category"), QStringLiteral("factual-place") });
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        // Then the corpus changes under the project.
        QVERIFY(m_fixture.writeArticle(QStringLiteral("moved"), QStringLiteral("Updated at noon.\n\n") + opening()));
        QString changed = opening();
        changed.replace(QStringLiteral("the northern pier"), QStringLiteral("the north pier"));
        QVERIFY(m_fixture.writeArticle(QStringLiteral("changed"), changed));
        QVERIFY(QFile::remove(m_fixture.corpus() + QStringLiteral("/gone.txt")));
    }

    void jsonTellsWhereEachAnchorIsNow_data()
    {
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("start");
        QTest::newRow("unchanged") << "kept"
                                   << "attached" << 43;
        QTest::newRow("moved by a new first paragraph") << "moved"
                                                        << "moved" << 43 + 18;
        QTest::newRow("words changed") << "changed"
                                       << "fuzzy" << 43;
        QTest::newRow("article removed") << "gone"
                                         << "orphaned" << -1;
    }

    void jsonTellsWhereEachAnchorIsNow()
    {
        QFETCH(QString, article);
        QFETCH(QString, state);
        QFETCH(int, start);
        const QJsonObject anchor = anchorOf(article);
        QVERIFY(!anchor.isEmpty());
        QCOMPARE(anchor.value(QStringLiteral("state")).toString(), state);
        const QJsonObject target = anchor.value(QStringLiteral("target")).toObject();
        QCOMPARE(target.value(QStringLiteral("start")).toInt(-1), start);
        if (state == QLatin1String("fuzzy"))
            QCOMPARE(anchor.value(QStringLiteral("previous_exact")).toString(), QStringLiteral("the northern pier"));
    }

    void otherFormatsAgree()
    {
        const Run w3c
            = parallax({ QStringLiteral("annotations"), m_project, QStringLiteral("--format"), QStringLiteral("w3c") });
        QCOMPARE(w3c.exitCode, 0);
        const QJsonArray items = QJsonDocument::fromJson(w3c.out)
                                     .object()
                                     .value(QStringLiteral("first"))
                                     .toObject()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QCOMPARE(items.size(), 4);
        int checked = 0;
        for (const auto &item : items) {
            const QJsonObject target = item.toObject().value(QStringLiteral("target")).toArray().at(0).toObject();
            if (target.value(QStringLiteral("article")).toString() != QLatin1String("moved"))
                continue;
            QCOMPARE(target.value(QStringLiteral("anchorState")).toString(), QStringLiteral("moved"));
            const QJsonArray selectors = target.value(QStringLiteral("selector")).toArray();
            QCOMPARE(selectors.size(), 2);
            QCOMPARE(selectors.at(1).toObject().value(QStringLiteral("start")).toInt(), 61);
            ++checked;
        }
        QCOMPARE(checked, 1);

        const Run csv
            = parallax({ QStringLiteral("annotations"), m_project, QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(csv.out.contains(",moved,,61,78,the northern pier,moved\r\n"), csv.out.constData());
        QVERIFY2(csv.out.contains(",gone,,,,the northern pier,orphaned\r\n"), csv.out.constData());

        const Run md
            = parallax({ QStringLiteral("annotations"), m_project, QStringLiteral("--format"), QStringLiteral("md") });
        QCOMPARE(md.exitCode, 0);
        QVERIFY2(md.out.contains("orphaned"), md.out.constData());
        QVERIFY2(md.out.contains("the text has changed"), md.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestExportAnchors)
#include "tst_exportanchors.moc"

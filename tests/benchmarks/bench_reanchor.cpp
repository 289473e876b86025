// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/anchorresolver.h"
#include "corpus/corpusloader.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

// Re-anchoring cost on a long article: anchors whose exact text survives (moved) and anchors whose
// text was edited (approximate search over the whole article).
class BenchReanchor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void reanchor_data()
    {
        QTest::addColumn<bool>("edited");
        QTest::newRow("moved") << false;
        QTest::newRow("edited inside") << true;
    }

    void reanchor()
    {
        QFETCH(bool, edited);
        CorpusLoader::Result loaded = CorpusLoader::load(TestSupport::sampleCorpusPath());
        QVERIFY(loaded.ok());
        QString text;
        while (text.size() < 100000) {
            for (const Article &a : std::as_const(loaded.corpus.articles))
                text += a.text() + QStringLiteral("\n\n");
        }
        QList<AnnotationAnchor> anchors;
        for (int i = 0; i < 200; ++i) {
            const int start = int((qint64(i) * 4999) % (text.size() - 200));
            anchors.append(
                { QStringLiteral("r"), AnchorResolver::makeTarget(QStringLiteral("a"), text, { start, start + 60 }) });
        }
        QString changed = QStringLiteral("An inserted first paragraph.\n\n") + text;
        if (edited) {
            for (const AnnotationAnchor &a : std::as_const(anchors))
                changed[a.target.position.start + 30 + 30] = QLatin1Char('#');
        }
        QElapsedTimer clock;
        clock.start();
        int found = 0;
        int right = 0;
        const int shift = 30; // the inserted paragraph
        for (AnnotationAnchor a : std::as_const(anchors)) {
            const int expected = a.target.position.start + shift;
            AnchorResolver::reattach(a, changed);
            found += a.state != AnchorState::Orphaned;
            right += a.target.position.start == expected;
        }
        qInfo("%lld chars, 200 anchors (%s): %d re-attached, %d at the right place, in %lld ms", qint64(changed.size()),
            edited ? "edited" : "moved", found, right, qint64(clock.elapsed()));
        QCOMPARE(right, 200);
    }
};

QTEST_GUILESS_MAIN(BenchReanchor)
#include "bench_reanchor.moc"

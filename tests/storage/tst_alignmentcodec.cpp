// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/aligner.h"
#include "storage/analysiscodec.h"
#include "testsupport.h"

#include <QTest>
#include <QtEndian>

namespace
{
// A one-article corpus: the statements below name quotes but the codec only checks their shape.
AnalysisResult withStatements(const QList<Statement> &statements)
{
    AnalysisResult result;
    result.corpus.articles.append(TestSupport::makeArticle(QStringLiteral("Nothing quoted here.")));
    result.statements = statements;
    return result;
}

Statement statement(const QString &id, const QList<AlignmentColumn> &alignment, int renderings)
{
    Statement s;
    s.id = id;
    for (int i = 0; i < renderings; ++i) {
        s.quotes.append(QStringLiteral("a#q%1").arg(i + 1));
        s.similarity.append(1.0 - i * 0.25);
    }
    s.reference = s.quotes.constFirst();
    s.alignment = alignment;
    return s;
}

// A corpus blob of statements alone holds one chunk: the header, the chunk count, the chunk's section
// and compressed length, then its compressed bytes.
constexpr qsizetype onlyChunkAt = 8 + 4 + 4 + 4;

QByteArray onlyChunk(const QByteArray &blob)
{
    return qUncompress(blob.mid(onlyChunkAt));
}

QByteArray withOnlyChunk(const QByteArray &blob, const QByteArray &raw)
{
    const QByteArray compressed = qCompress(raw);
    QByteArray framed = blob.left(onlyChunkAt);
    qToBigEndian<quint32>(quint32(compressed.size()), framed.data() + onlyChunkAt - 4);
    return framed + compressed;
}

QStringList rows(const QList<AlignmentColumn> &columns)
{
    QStringList out;
    for (const AlignmentColumn &c : columns) {
        QStringList cells;
        for (const QString &cell : c.cells)
            cells.append(cell.isNull() ? QStringLiteral("<gap>") : u'[' + cell + u']');
        out.append(cells.join(u' ') + u' ' + diffKindName(c.kind));
    }
    return out;
}
}

// The corpus cache stores a statement's alignment as one word table and positions into it.
class TestAlignmentCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrips()
    {
        // Columns from the aligner share one table; columns written by hand each have their own, with
        // words in common, empty cells that are not gaps, and columns of other lengths.
        const QList<Aligner::Rendering> renderings { Aligner::Rendering::of(u"Fares will rise in spring"),
            Aligner::Rendering::of(u"fares will rise"), Aligner::Rendering::of(u"fares will surely rise in May") };
        const Aligner::Result aligned = Aligner::align(renderings, Aligner::fullest(renderings));
        QVERIFY(aligned.columns.size() > 3);
        const QList<AlignmentColumn> byHand {
            { { QStringLiteral("No"), QStringLiteral("No"), QString() }, DiffKind::Same },
            { { QStringLiteral("comment"), QLatin1String(""), QStringLiteral("No") }, DiffKind::Substitution },
            { { QString(), QString() }, DiffKind::Omission },
            { {}, DiffKind::Insertion },
        };
        const AnalysisResult result = withStatements({ statement(QStringLiteral("s1"), aligned.columns, 3),
            statement(QStringLiteral("s2"), byHand, 3), statement(QStringLiteral("s3"), {}, 1) });
        AnalysisResult back;
        back.corpus = result.corpus;
        QVERIFY(AnalysisCodec::decodeCorpus(AnalysisCodec::encodeCorpus(result), back));
        QCOMPARE(back.statements.size(), result.statements.size());
        for (int s = 0; s < result.statements.size(); ++s) {
            const Statement &want = result.statements.at(s);
            const Statement &got = back.statements.at(s);
            QCOMPARE(got.id, want.id);
            QCOMPARE(got.quotes, want.quotes);
            QCOMPARE(got.similarity, want.similarity);
            QCOMPARE(rows(got.alignment), rows(want.alignment));
            for (int c = 0; c < want.alignment.size(); ++c)
                QCOMPARE(got.alignment.at(c).cells, want.alignment.at(c).cells);
            // Read back, a statement's columns share one table again.
            for (const AlignmentColumn &c : got.alignment)
                QVERIFY(c.cells.words().isSharedWith(got.alignment.constFirst().cells.words()));
        }
    }

    // A word is stored once per statement, not once per cell: many renderings of the same words
    // cost little more than one.
    void storesEachWordOnce()
    {
        const auto blobFor = [](int renderings) {
            QList<Aligner::Rendering> texts;
            for (int i = 0; i < renderings; ++i)
                texts.append(Aligner::Rendering::of(u"the new bridge opens to traffic next week"));
            const Aligner::Result aligned = Aligner::align(texts, 0);
            return onlyChunk(AnalysisCodec::encodeCorpus(
                withStatements({ statement(QStringLiteral("s1"), aligned.columns, renderings) })));
        };
        const qsizetype one = blobFor(100).size();
        const qsizetype more = blobFor(200).size();
        // Each further rendering adds its similarity (8 bytes), its quote id and a position per column.
        QVERIFY2(more - one < qsizetype(100) * (8 + 4 + 2 * 6 + 8 * 4 + 8), qPrintable(QString::number(more - one)));
    }

    void refusesPositionsOutsideTheTable()
    {
        const AnalysisResult result = withStatements({ statement(QStringLiteral("s1"),
            { { { QStringLiteral("Yes"), QString(), QStringLiteral("yes") }, DiffKind::Normalisation } }, 3) });
        const QByteArray blob = AnalysisCodec::encodeCorpus(result);
        QByteArray raw = onlyChunk(blob);
        // The last column's last cell is the last four bytes before the statement's conflicts (a count of
        // zero): make it point past the two-word table.
        const qsizetype cell = raw.size() - 4 - 4;
        QCOMPARE(qFromBigEndian<qint32>(raw.constData() + cell), 1);
        qToBigEndian<qint32>(2, raw.data() + cell);
        AnalysisResult back;
        back.corpus = result.corpus;
        QVERIFY(!AnalysisCodec::decodeCorpus(withOnlyChunk(blob, raw), back));
        QVERIFY(back.statements.isEmpty());
        qToBigEndian<qint32>(-2, raw.data() + cell);
        QVERIFY(!AnalysisCodec::decodeCorpus(withOnlyChunk(blob, raw), back));
        qToBigEndian<qint32>(1, raw.data() + cell);
        QVERIFY(AnalysisCodec::decodeCorpus(withOnlyChunk(blob, raw), back));
        QCOMPARE(back.statements.constFirst().alignment.constFirst().cells.at(2), QStringLiteral("yes"));
    }
};

QTEST_GUILESS_MAIN(TestAlignmentCodec)
#include "tst_alignmentcodec.moc"

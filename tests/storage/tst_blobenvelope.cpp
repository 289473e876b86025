// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/blobenvelope.h"
#include "storage/blobreader.h"

#include <QTest>
#include <QtEndian>

namespace
{
constexpr quint32 magic = 0x54535442; // "TSTB"

QByteArray sealed(const QByteArray &body)
{
    return BlobEnvelope::seal(magic, 1, body);
}

// A QDataStream-style string: its length in bytes of UTF-16, then the characters big-endian.
QByteArray encodedString(const QString &text)
{
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << text;
    return bytes;
}
}

// The envelope's bodies (zlib streams) are inflated by one reused decompressor per thread: each blob must open to
// exactly what it held, whatever the blobs before it were, and a stream that is not exactly what its length claims must
// open to nothing.
class TestBlobEnvelope : public QObject
{
    Q_OBJECT

private slots:
    void bodiesRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short") << QByteArray("Mirela Vantos said the bridge at Korrin would reopen.");
        QTest::newRow("long, repetitive") << QByteArray("The ferry to Ostrava Nord left late. ").repeated(5000);
        QByteArray noise(70000, Qt::Uninitialized);
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + i / 13) & 0xff);
        QTest::newRow("incompressible") << noise;
    }
    void bodiesRoundTrip()
    {
        QFETCH(QByteArray, body);
        const std::optional<QByteArray> opened = BlobEnvelope::open(sealed(body), magic, 1);
        QVERIFY(opened);
        QCOMPARE(*opened, body);
    }

    // A damaged blob between good ones leaves the thread's inflater fit for the next blob.
    void aDamagedBlobDoesNotSpoilTheNext()
    {
        const QByteArray good = QByteArray("Anwen Kaller met the mayor of Lessby. ").repeated(300);
        QByteArray cut = sealed(good);
        cut.chop(cut.size() / 2);
        QByteArray flipped = sealed(good);
        flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x5a);
        for (int round = 0; round < 3; ++round) {
            QVERIFY(!BlobEnvelope::open(cut, magic, 1));
            QCOMPARE(BlobEnvelope::open(sealed(good), magic, 1).value_or(QByteArray()), good);
            QVERIFY(!BlobEnvelope::open(flipped, magic, 1));
            QCOMPARE(BlobEnvelope::open(sealed(good), magic, 1).value_or(QByteArray()), good);
        }
    }

    // The length in front of the stream is believed only when the stream expands to exactly that.
    void aWrongLengthOpensToNothing_data()
    {
        QTest::addColumn<qint64>("claimDelta");
        QTest::newRow("one byte fewer") << qint64(-1);
        QTest::newRow("one byte more") << qint64(1);
        QTest::newRow("half") << qint64(-500);
    }
    void aWrongLengthOpensToNothing()
    {
        QFETCH(qint64, claimDelta);
        const QByteArray body = QByteArray("Tovi Marsh, a ferry pilot, spoke first. ").repeated(25);
        QByteArray compressed = qCompress(body);
        qToBigEndian<quint32>(quint32(body.size() + claimDelta), compressed.data());
        QVERIFY(!BlobEnvelope::uncompress(compressed, 0));
    }

    // Bytes after the stream are damage too (one stream is all qCompress writes).
    void bytesAfterTheStreamOpenToNothing()
    {
        const QByteArray body = QByteArray("The harbour of Quessa closed at dawn. ").repeated(40);
        QVERIFY(BlobEnvelope::uncompress(qCompress(body), 0));
        QVERIFY(!BlobEnvelope::uncompress(qCompress(body) + QByteArray("tail"), 0));
    }

    // The stream's own checksum (Adler-32, its last four bytes) is checked: inflating well is not enough.
    void aWrongChecksumOpensToNothing()
    {
        const QByteArray body = QByteArray("Ilse Varga closed the archive at Brennholt. ").repeated(30);
        QByteArray compressed = qCompress(body);
        QVERIFY(BlobEnvelope::uncompress(compressed, 0));
        compressed[compressed.size() - 1] = char(compressed.at(compressed.size() - 1) ^ 0x01);
        QVERIFY(!BlobEnvelope::uncompress(compressed, 0));
    }

    // Empty data is the four-byte length alone; any other four bytes are not a blob.
    void emptyBodies()
    {
        const std::optional<QByteArray> empty = BlobEnvelope::uncompress(qCompress(QByteArray()), 0);
        QVERIFY(empty);
        QVERIFY(empty->isEmpty());
        QVERIFY(!BlobEnvelope::uncompress(QByteArray("\0\0\0\0x", 5), 0));
        QVERIFY(!BlobEnvelope::uncompress(QByteArray("\0\0", 2), 0));
    }

    // A string is read into exactly its size (no rounded-up capacity: a reopen holds every quote's
    // strings), and an empty one is empty but not null, as QDataStream reads it.
    void stringsAreSizedExactly()
    {
        const QString text = QStringLiteral("Pelle Durand, harbour master of Ovreby");
        BlobReader reader(encodedString(text) + encodedString(QString(QLatin1StringView(""))), -1);
        QString read;
        reader.read(read);
        QCOMPARE(read, text);
        QCOMPARE(read.capacity(), text.size());
        QString empty;
        reader.read(empty);
        QVERIFY(reader.ok());
        QVERIFY(reader.atEnd());
        QVERIFY(empty.isEmpty());
        QVERIFY(!empty.isNull());
    }

    // A byte array is read as a view of the blob's own bytes, not a copy.
    void byteArraysAreReadInPlace()
    {
        QByteArray blob;
        QDataStream s(&blob, QIODevice::WriteOnly);
        s << QByteArray("chunk one") << QByteArray("chunk two");
        BlobReader reader(QByteArray::fromRawData(blob.constData(), blob.size()), -1);
        QByteArrayView first;
        QByteArrayView second;
        reader.read(first);
        reader.read(second);
        QVERIFY(reader.ok());
        QCOMPARE(first, QByteArrayView("chunk one"));
        QCOMPARE(second, QByteArrayView("chunk two"));
        QVERIFY(first.data() >= blob.constData() && second.data() < blob.constData() + blob.size());
    }
};

QTEST_GUILESS_MAIN(TestBlobEnvelope)
#include "tst_blobenvelope.moc"

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/formats/textdecoder.h"

#include <QStandardPaths>
#include <QStringEncoder>
#include <QTest>

// Bytes of every supported encoding come out as the same text; invalid UTF-8 is read as
// Windows-1252 and says so; binary data is refused.
class TestTextDecoder : public QObject
{
    Q_OBJECT
private:
    static QByteArray utf16(const QString &text, bool littleEndian, bool bom)
    {
        QStringEncoder encoder(littleEndian ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE,
            bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
        return encoder.encode(text);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<bool>("fallback");

        const QString sample = QStringLiteral("Kim said \u201cno\u201d \u2014 caf\u00e9 \u20ac5 \U0001F600");
        using E = TextDecoder::Encoding;
        QTest::newRow("ascii") << QByteArray("Plain text.") << QStringLiteral("Plain text.") << int(E::Utf8) << false;
        QTest::newRow("utf-8") << sample.toUtf8() << sample << int(E::Utf8) << false;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + sample.toUtf8() << sample << int(E::Utf8Bom)
                                   << false;
        QTest::newRow("utf-16le bom") << utf16(sample, true, true) << sample << int(E::Utf16LE) << false;
        QTest::newRow("utf-16be bom") << utf16(sample, false, true) << sample << int(E::Utf16BE) << false;
        QTest::newRow("utf-16le no bom") << utf16(QStringLiteral("An article without a byte order mark."), true, false)
                                         << QStringLiteral("An article without a byte order mark.") << int(E::Utf16LE)
                                         << false;
        // 0x93/0x94 are curly quotes, 0x80 the euro sign, 0xE9 é in Windows-1252; none is valid UTF-8 here.
        QTest::newRow("windows-1252") << QByteArray("He said \x93no\x94 \x96 caf\xe9 \x80"
                                                    "5")
                                      << QStringLiteral("He said \u201cno\u201d \u2013 caf\u00e9 \u20ac5")
                                      << int(E::Windows1252) << true;
        QTest::newRow("truncated utf-8 sequence")
            << QByteArray("caf\xc3") << QStringLiteral("caf\u00c3") << int(E::Windows1252) << true;
        QTest::newRow("overlong utf-8") << QByteArray("a\xc0\xaf") << QStringLiteral("a\u00c0\u00af")
                                        << int(E::Windows1252) << true;
        QTest::newRow("utf-8 bom then invalid bytes") << QByteArray("\xEF\xBB\xBF"
                                                                    "caf\xe9")
                                                      << QStringLiteral("caf\u00e9") << int(E::Windows1252) << true;
    }

    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(int, encoding);
        QFETCH(bool, fallback);
        const TextDecoder::Result result = TextDecoder::decode(bytes);
        QVERIFY(!result.binary);
        QCOMPARE(result.text, text);
        QCOMPARE(int(result.encoding), encoding);
        QCOMPARE(result.fallback, fallback);
    }

    void undefinedWindows1252BytesAreCounted()
    {
        const TextDecoder::Result result = TextDecoder::decode(QByteArray("a\x81"
                                                                          "b\x9d"
                                                                          "c\xff"));
        QVERIFY(result.fallback);
        QCOMPARE(result.undefinedBytes, 2);
        QCOMPARE(result.text.size(), 6);
    }

    void declaredCharsetIsUsedForInvalidUtf8()
    {
        // ISO-8859-2: 0xB1 is "ą" (in Windows-1252 it would be "±").
        const QByteArray html("<meta charset=\"iso-8859-2\"><p>Gda\xf1sk \xb1</p>");
        QCOMPARE(TextDecoder::sniffHtmlCharset(html), QByteArray("iso-8859-2"));
        const TextDecoder::Result result = TextDecoder::decode(html, TextDecoder::sniffHtmlCharset(html));
        QCOMPARE(int(result.encoding), int(TextDecoder::Encoding::Declared));
        QVERIFY(result.text.contains(QStringLiteral("Gda\u0144sk \u0105")));
    }

    void latin1LabelMeansWindows1252()
    {
        const QByteArray html("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">\x93q\x94");
        const TextDecoder::Result result = TextDecoder::decode(html, TextDecoder::sniffHtmlCharset(html));
        QCOMPARE(int(result.encoding), int(TextDecoder::Encoding::Windows1252));
        QVERIFY(result.text.endsWith(QStringLiteral("\u201cq\u201d")));
    }

    void lineEndsAreNormalised_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("crlf") << QByteArray("a\r\nb\r\n\r\nc") << QStringLiteral("a\nb\n\nc");
        QTest::newRow("cr") << QByteArray("a\rb\r\rc") << QStringLiteral("a\nb\n\nc");
        QTest::newRow("mixed") << QByteArray("a\r\n\rb\nc") << QStringLiteral("a\n\nb\nc");
        QTest::newRow("form feed") << QByteArray("a\fb") << QStringLiteral("a\n\nb");
        QTest::newRow("unicode separators")
            << QStringLiteral("a\u2028b\u2029c").toUtf8() << QStringLiteral("a\nb\n\nc");
        QTest::newRow("stray control") << QByteArray("a\x01"
                                                     "b\tc")
                                       << QStringLiteral("ab\tc");
    }

    void lineEndsAreNormalised()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(TextDecoder::decode(bytes).text, text);
    }

    void binaryIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20);
        QTest::newRow("nul in text") << QByteArray("Some text\0 and more text that follows it", 41);
        QByteArray controls;
        for (int i = 0; i < 200; ++i)
            controls.append(char(1 + i % 7)).append("ab");
        QTest::newRow("control characters") << controls;
        QByteArray zip("PK\x03\x04\x14\0\0\0\x08\0", 10);
        QTest::newRow("zip") << zip + QByteArray(100, '\x7f');
    }

    void binaryIsRefused()
    {
        QFETCH(QByteArray, bytes);
        const TextDecoder::Result result = TextDecoder::decode(bytes);
        QVERIFY(result.binary);
        QVERIFY(result.text.isEmpty());
        QVERIFY(!TextDecoder::asUtf8Text(bytes));
    }

    // More than a tenth of control characters (other than tab, line ends, form feed and escape)
    // means binary, wherever they fall in the text.
    void controlShareDecides_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("controls");
        for (const int length : { 40, 63, 64, 65, 200, 1000 }) {
            for (const int controls : { 2, 3, length / 10, length / 10 + 1 })
                QTest::addRow("%d bytes, %d controls", length, controls) << length << controls;
        }
    }

    void controlShareDecides()
    {
        QFETCH(int, length);
        QFETCH(int, controls);
        QByteArray bytes(length, 'a');
        // Text controls everywhere, which never count.
        for (int i = 0; i < length; i += 3)
            bytes[i] = "\t\n\f\r\x1b"[(i / 3) % 5];
        for (int k = 0; k < controls; ++k)
            bytes[1 + (k * (length - 1)) / controls % (length - 1)] = '\x02';
        QCOMPARE(TextDecoder::looksBinary(bytes), controls > 2 && controls * 10 > length);
    }

    // What may skip decoding and go to the HTML parser as it is.
    void asUtf8Text_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("usable");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("ascii") << QByteArray("<p>Plain</p>") << true << QByteArray("<p>Plain</p>");
        QTest::newRow("utf-8") << QByteArray("<p>caf\xc3\xa9</p>") << true << QByteArray("<p>caf\xc3\xa9</p>");
        QTest::newRow("bom dropped") << QByteArray("\xEF\xBB\xBF<p>x</p>") << true << QByteArray("<p>x</p>");
        QTest::newRow("windows-1252") << QByteArray("<p>\x93no\x94</p>") << false << QByteArray();
        QTest::newRow("utf-16le") << utf16(QStringLiteral("<p>An article</p>"), true, true) << false << QByteArray();
        QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << false << QByteArray();
    }

    void asUtf8Text()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, usable);
        QFETCH(QByteArray, after);
        const std::optional<QByteArrayView> utf8 = TextDecoder::asUtf8Text(bytes);
        QCOMPARE(utf8.has_value(), usable);
        if (usable)
            QCOMPARE(utf8->toByteArray(), after);
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/formats/textdecoder.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace
{
constexpr qsizetype SniffLength = qsizetype(64) * 1024;

// Plain ASCII is the common case and needs no charset decision; a fast check avoids the decoder.
bool isAscii(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    unsigned char any = 0;
    for (; p != end; ++p)
        any |= *p;
    return any < 0x80;
}

// UTF-16 without a BOM: in Latin-script text almost every other byte is zero.
TextDecoder::Encoding guessUtf16(QByteArrayView bytes, bool *isUtf16)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), SniffLength) & ~qsizetype(1);
    qsizetype evenZero = 0;
    qsizetype oddZero = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZero += bytes[i] == 0;
        oddZero += bytes[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    *isUtf16 = pairs >= 8
        && ((oddZero * 10 >= pairs * 9 && evenZero * 10 < pairs)
            || (evenZero * 10 >= pairs * 9 && oddZero * 10 < pairs));
    return oddZero > evenZero ? TextDecoder::Encoding::Utf16LE : TextDecoder::Encoding::Utf16BE;
}

bool decodedLooksBinary(const QString &text)
{
    const qsizetype n = std::min<qsizetype>(text.size(), SniffLength);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0)
            return true;
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f')
            ++controls;
    }
    return controls > 2 && controls * 10 > n;
}

QString decodeWith(QStringDecoder &decoder, QByteArrayView bytes, bool *error)
{
    QString text = decoder.decode(bytes);
    *error = decoder.hasError();
    return text;
}

int countUndefinedWindows1252(QByteArrayView bytes)
{
    // The five byte values Windows-1252 leaves unassigned.
    return int(std::count_if(bytes.begin(), bytes.end(), [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D;
    }));
}
}

bool TextDecoder::looksBinary(QByteArrayView bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), SniffLength);
    if (std::memchr(bytes.data(), 0, size_t(n)))
        return true;
    // Control characters less the five that are text (tab, line feed, form feed, carriage return,
    // escape). Counted, not tested one by one (GCC turns that into bit tests, which do not
    // vectorise), and per block in a byte, so the loop works on 16 bytes at a time.
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto control = [](unsigned char c) {
        return (c < 0x20) - (c == '\t') - (c == '\n') - (c == '\f') - (c == '\r') - (c == 0x1b);
    };
    constexpr qsizetype Block = 64;
    unsigned controls = 0;
    qsizetype i = 0;
    for (; i + Block <= n; i += Block) {
        unsigned char block = 0;
        for (qsizetype k = 0; k < Block; ++k)
            block += control(p[i + k]);
        controls += block;
    }
    for (; i < n; ++i)
        controls += control(p[i]);
    return controls > 2 && qsizetype(controls) * 10 > n;
}

std::optional<QByteArrayView> TextDecoder::asUtf8Text(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (bytes.isEmpty() || looksBinary(bytes) || !bytes.isValidUtf8())
        return std::nullopt;
    return bytes;
}

QByteArray TextDecoder::sniffHtmlCharset(QByteArrayView bytes)
{
    const QByteArray head = bytes.first(std::min<qsizetype>(bytes.size(), 4096)).toByteArray().toLower();
    qsizetype at = head.indexOf("charset=");
    if (at < 0)
        return {};
    at += 8;
    while (at < head.size() && (head.at(at) == '"' || head.at(at) == '\'' || head.at(at) == ' '))
        ++at;
    qsizetype end = at;
    while (end < head.size()
        && (std::isalnum(static_cast<unsigned char>(head.at(end))) || head.at(end) == '-' || head.at(end) == '_'
            || head.at(end) == ':' || head.at(end) == '.'))
        ++end;
    return head.mid(at, end - at);
}

QString TextDecoder::normaliseLineEnds(QString text)
{
    // Most files need nothing: check before paying for a copy, without branches so it vectorises.
    // (A 16-bit accumulator, like the characters: GCC does not vectorise a bool one, and a wider
    // one costs a widening per vector.)
    const auto *p = reinterpret_cast<const char16_t *>(text.constData());
    unsigned short needsWork = 0;
    for (qsizetype i = 0, n = text.size(); i < n; ++i) {
        const char16_t u = p[i];
        needsWork |= ((u < 0x20) & (u != u'\n') & (u != u'\t')) | (u == 0x2028) | (u == 0x2029) | (u == 0xFEFF);
    }
    if (!needsWork)
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\r') {
            out.append(QLatin1Char('\n'));
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == u'\f' || c == 0x2029) {
            out.append(QLatin1String("\n\n"));
        } else if (c == 0x2028) {
            out.append(QLatin1Char('\n'));
        } else if (c == 0xFEFF || (c < 0x20 && c != u'\n' && c != u'\t')) {
            continue;
        } else {
            out.append(QChar(c));
        }
    }
    return out;
}

TextDecoder::Result TextDecoder::decode(QByteArrayView bytes, QByteArrayView declaredCharset)
{
    Result result;
    const auto bomIs = [&bytes](const char *bom, qsizetype n) {
        return bytes.size() >= n && bytes.first(n) == QByteArrayView(bom, n);
    };

    if (bomIs("\xEF\xBB\xBF", 3)) {
        result.encoding = Encoding::Utf8Bom;
        bytes = bytes.sliced(3);
    } else if (bomIs("\xFF\xFE", 2) || bomIs("\xFE\xFF", 2)) {
        result.encoding = bytes[0] == '\xFF' ? Encoding::Utf16LE : Encoding::Utf16BE;
        bytes = bytes.sliced(2);
    } else if (bytes.contains('\0')) {
        bool utf16 = false;
        const Encoding guess = guessUtf16(bytes, &utf16);
        if (!utf16) {
            result.binary = true;
            return result;
        }
        result.encoding = guess;
    } else if (looksBinary(bytes)) {
        result.binary = true;
        return result;
    }

    if (result.encoding == Encoding::Utf16LE || result.encoding == Encoding::Utf16BE) {
        QStringDecoder decoder(result.encoding == Encoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
            QStringDecoder::Flag::Stateless);
        bool error = false;
        result.encodingName
            = result.encoding == Encoding::Utf16LE ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        result.text = decodeWith(decoder, bytes, &error);
        if (decodedLooksBinary(result.text)) {
            result.binary = true;
            result.text.clear();
            return result;
        }
        result.text = normaliseLineEnds(std::move(result.text));
        return result;
    }

    result.encodingName = QStringLiteral("UTF-8");
    if (isAscii(bytes)) {
        result.text = normaliseLineEnds(QString::fromLatin1(bytes));
        return result;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    bool error = false;
    QString text = decodeWith(utf8, bytes, &error);
    if (!error) {
        result.text = normaliseLineEnds(std::move(text));
        return result;
    }

    // Not UTF-8: a charset the file declares, else the legacy Western default of the web.
    result.fallback = true;
    if (result.encoding == Encoding::Utf8Bom)
        result.encoding = Encoding::Utf8; // a BOM followed by invalid bytes: the BOM lied
    QByteArray name = declaredCharset.toByteArray().toLower();
    // Browsers read these labels as Windows-1252 too (WHATWG encoding standard).
    if (name == "iso-8859-1" || name == "latin1" || name == "us-ascii" || name == "ascii" || name == "cp1252")
        name.clear();
    const bool declaredUsable
        = !name.isEmpty() && name != "utf-8" && name != "utf8" && QStringDecoder(name.constData()).isValid();
    if (!declaredUsable)
        name = QByteArrayLiteral("windows-1252");
    QStringDecoder legacy(name.constData(), QStringDecoder::Flag::Stateless);
    result.encoding = declaredUsable ? Encoding::Declared : Encoding::Windows1252;
    result.encodingName = QString::fromLatin1(legacy.name());
    result.text = normaliseLineEnds(decodeWith(legacy, bytes, &error));
    if (!declaredUsable)
        result.undefinedBytes = countUndefinedWindows1252(bytes);
    return result;
}

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// Turns the bytes of an article file into text: UTF-8 (with or without BOM), UTF-16 LE/BE (with a
// BOM, or recognised by its zero bytes), a charset an HTML file declares, else Windows-1252.
// Line ends come out as '\n'. Binary files are recognised rather than decoded into garbage.
class TextDecoder
{
public:
    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Declared, Windows1252 };

    struct Result {
        QString text;
        Encoding encoding = Encoding::Utf8;
        QString encodingName; // for messages: "UTF-8", "windows-1252", the declared charset…
        bool binary = false; // not text: nothing decoded
        // The bytes were not valid UTF-8 and a legacy single-byte charset was used instead.
        bool fallback = false;
        // Bytes the chosen charset leaves undefined (kept as the C1 control they name).
        int undefinedBytes = 0;
    };

    // `declaredCharset` is an HTML file's <meta charset>, used only when the bytes are not UTF-8.
    static Result decode(QByteArrayView bytes, QByteArrayView declaredCharset = {});

    // Heuristic on a prefix: NUL bytes or many control characters mean a binary file.
    static bool looksBinary(QByteArrayView bytes);
    // Text that is UTF-8 as it stands (an optional UTF-8 BOM aside): a parser that reads UTF-8 can
    // take these bytes without decoding them first. Returns the bytes after the BOM, or null.
    static std::optional<QByteArrayView> asUtf8Text(QByteArrayView bytes);

    // The charset an HTML file declares in its first kilobytes (lowercase), or empty.
    static QByteArray sniffHtmlCharset(QByteArrayView bytes);

    // CRLF and CR become LF; U+2028/U+2029 become line/paragraph breaks; stray C0 controls and
    // BOMs inside the text are dropped.
    static QString normaliseLineEnds(QString text);
};

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bytes of any file to text: BOMs, UTF-16 guessing, charset sniffing, the Windows-1252 fallback.
#include "corpus/formats/textdecoder.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = FuzzSupport::bytes(data, size);
    const TextDecoder::Result decoded = TextDecoder::decode(input, TextDecoder::sniffHtmlCharset(input));
    TextDecoder::normaliseLineEnds(decoded.text);
    return 0;
}

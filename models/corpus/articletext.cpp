// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/articletext.h"

#include "core/logging.h"

#include <atomic>

struct ArticleText::Deferred {
    QByteArray bytes; // let go once decoded
    QString file;
    Decoder decode;
    std::once_flag once;
    std::atomic_bool decoded = false;
    QString text;
    Error error;
};

ArticleText ArticleText::deferred(QByteArray bytes, qsizetype length, QString file, Decoder decode)
{
    ArticleText text;
    text.m_length = length;
    text.m_deferred = std::make_shared<Deferred>();
    text.m_deferred->bytes = std::move(bytes);
    text.m_deferred->file = std::move(file);
    text.m_deferred->decode = std::move(decode);
    return text;
}

const QString &ArticleText::get() const
{
    if (!m_deferred)
        return m_text;
    Deferred &d = *m_deferred;
    std::call_once(d.once, [&d, length = m_length] {
        std::optional<QString> text = d.decode(d.bytes);
        if (text && text->size() == length) {
            d.text = std::move(*text);
        } else {
            d.error = Error(Error::Code::Damaged,
                QStringLiteral("The cached text of %1 is damaged and cannot be shown.").arg(d.file), d.file);
            Logging::get("store")->error("{}", d.error.message.toStdString());
            d.text = QString(length, QChar::ReplacementCharacter);
        }
        d.bytes = {};
        d.decode = {};
        d.decoded = true;
    });
    return d.text;
}

bool ArticleText::isDecoded() const
{
    return !m_deferred || m_deferred->decoded.load();
}

Error ArticleText::error() const
{
    return m_deferred && m_deferred->decoded.load() ? m_deferred->error : Error();
}

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

// An article's text: held as it is, or (an article read back from the project's cache) as the cache's
// encoded bytes, decoded on first use. A reopen then decodes only the texts the window shows or an export
// reads, not every article's (at 100,000 articles, a fifth of the reopen's work and most of its memory).
// Copies share the one decoding, which is safe from any thread.
class ArticleText
{
public:
    // Turns the encoded bytes into the text; nullopt when they are damaged.
    using Decoder = std::function<std::optional<QString>(const QByteArray &bytes)>;

    ArticleText() = default;
    explicit ArticleText(QString text)
        : m_text(std::move(text))
        , m_length(m_text.size())
    {
    }
    // A text of `length` UTF-16 units, decoded from `bytes` when first asked for; `file` names it in an error.
    static ArticleText deferred(QByteArray bytes, qsizetype length, QString file, Decoder decode);

    // Bytes that turn out damaged give `length` replacement characters (the spans stay within the text),
    // and error() says which file's text it is.
    const QString &get() const;
    // Known without decoding.
    qsizetype length() const { return m_length; }
    bool isDecoded() const;
    Error error() const;

private:
    struct Deferred;
    QString m_text;
    qsizetype m_length = 0;
    std::shared_ptr<Deferred> m_deferred;
};

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"
#include "corpus/articletext.h"

#include <QByteArray>
#include <QDate>
#include <QString>

// Where an article's publication date came from, most trusted first.
enum class PublishedBasis { Manifest, HtmlMeta, Byline, InferredLatestDate, InferredFromCorpus, Unknown };

QString publishedBasisName(PublishedBasis basis);

// One article, decoded and segmented. All spans index text() (UTF-16) and are sorted.
struct Article {
    QString id; // stable: the relative path without extension
    QString file; // relative to the corpus root, '/' separated
    QString title;
    QString outlet;
    QString url;
    QString author;
    QDate published;
    PublishedBasis publishedBasis = PublishedBasis::Unknown;

    QByteArray contentHash; // XXH3-128 of text() (hex), to know when cached analysis is stale

    TextSpans paragraphs; // every paragraph, body and boilerplate alike
    TextSpans sentences; // sentences of the body paragraphs and headings
    TextSpans headings; // the title line and section headings (quotes there are headline quotes)
    TextSpans boilerplate; // captions, credits, "also read", ads, bylines, tag lists: not the article

    bool isBoilerplate(TextSpan span) const { return overlapsAny(boilerplate, span); }
    bool isHeading(TextSpan span) const { return overlapsAny(headings, span); }
    QStringView slice(TextSpan span) const { return QStringView(text()).mid(span.start, span.length()); }

    // The normalised plain text, '\n' line ends, paragraphs separated by "\n\n"; an article from the project's
    // cache decodes it here on first use (ArticleText).
    const QString &text() const { return m_text.get(); }
    qsizetype textLength() const { return m_text.length(); }
    const ArticleText &textHolder() const { return m_text; }
    void setText(QString text) { m_text = ArticleText(std::move(text)); }
    void setText(ArticleText text) { m_text = std::move(text); }

private:
    ArticleText m_text;
};

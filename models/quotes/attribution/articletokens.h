// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/article.h"
#include "language/wordtokenizer.h"

// An article's tokens with the paragraph, sentence and zone each belongs to, made once and shared
// by the person finder and the speaker attribution.
class ArticleTokens
{
public:
    enum class Zone : quint8 { Body, Heading, Boilerplate };

    explicit ArticleTokens(const Article &article);

    const Article &article() const { return m_article; }
    const QList<WordToken> &tokens() const { return m_tokens; }
    int size() const { return int(m_tokens.size()); }
    const WordToken &at(int i) const { return m_tokens.at(i); }
    QStringView text(int i) const
    {
        const WordToken &t = m_tokens.at(i);
        return QStringView(m_article.text()).mid(t.start, t.end - t.start);
    }
    QStringView text(int first, int last) const; // tokens first..last inclusive, as written
    bool is(int i, QStringView word) const // case-insensitive
    {
        if (i < 0 || i >= size())
            return false;
        const WordToken &t = m_tokens.at(i);
        return t.end - t.start == word.size() && sameWord(text(i), word);
    }
    // The word at `i` belongs to one of the AttributionLexicon::WordClass bits in `classes`.
    bool has(int i, quint32 classes) const { return i >= 0 && i < size() && (m_classes.at(i) & classes); }
    bool isPunct(int i, QChar c) const;
    int paragraph(int i) const { return m_paragraph.at(i); }
    int sentence(int i) const { return m_sentence.at(i); }
    // The first and last token of the sentence (within its paragraph) and of the paragraph holding token `i`.
    int sentenceFirst(int i) const { return m_sentenceFirst.at(i); }
    int sentenceLast(int i) const { return m_sentenceLast.at(i); }
    int paragraphFirst(int i) const { return m_paragraphFirst.at(i); }
    int paragraphLast(int i) const { return m_paragraphLast.at(i); }
    Zone zone(int i) const { return m_zone.at(i); }

    // Index of the first token starting at or after `pos`.
    int tokenAt(int pos) const;
    // Tokens [first, last) covering `span`.
    std::pair<int, int> range(TextSpan span) const;

    // Marks the tokens inside `span` as quoted.
    void markQuoted(TextSpan span);

private:
    // text.compare(word, Qt::CaseInsensitive) == 0 for texts of one length, without Qt's Unicode folding
    // when both are ASCII: the rules ask it of most tokens.
    static bool sameWord(QStringView text, QStringView word);

    const Article &m_article;
    QList<WordToken> m_tokens;
    QList<int> m_paragraph;
    QList<int> m_sentence;
    QList<Zone> m_zone;
    QList<int> m_sentenceFirst;
    QList<int> m_sentenceLast;
    QList<int> m_paragraphFirst;
    QList<int> m_paragraphLast;
    QList<quint32> m_classes; // AttributionLexicon::wordClasses of each word
};

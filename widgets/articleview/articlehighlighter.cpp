// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleview/articlehighlighter.h"

#include "presentation/speakercolors.h"

#include <QTextDocument>

#include <algorithm>
#include <functional>

namespace
{
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// One formatting layer over a span; layers are applied in order, later ones on top.
struct Layer {
    TextSpan span;
    std::function<void(QTextCharFormat &)> apply;
};
}

ArticleHighlighter::ArticleHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void ArticleHighlighter::setMarkup(const ArticleMarkup *markup)
{
    m_markup = markup;
    m_focus = {};
    rehighlight();
}

void ArticleHighlighter::setFocusSpan(TextSpan span)
{
    if (span == m_focus)
        return;
    m_focus = span;
    rehighlight();
}

void ArticleHighlighter::setPalette(const QPalette &palette)
{
    m_palette = palette;
    rehighlight();
}

void ArticleHighlighter::highlightBlock(const QString &text)
{
    if (!m_markup)
        return;
    const TextSpan block { currentBlock().position(), currentBlock().position() + int(text.size()) };
    const bool dark = isDark(m_palette);
    QList<Layer> layers;

    const auto addSpans = [&](const TextSpans &spans, const std::function<void(QTextCharFormat &)> &apply) {
        for (const TextSpan &s : spans) {
            if (s.overlaps(block))
                layers.append({ s, apply });
        }
    };
    const QColor dim = m_palette.color(QPalette::PlaceholderText);
    addSpans(m_markup->boilerplate, [dim](QTextCharFormat &f) {
        f.setForeground(dim);
        f.setFontItalic(true);
    });
    addSpans(m_markup->headings, [](QTextCharFormat &f) {
        f.setFontWeight(QFont::Bold);
        f.setFontPointSize(QFont().pointSizeF() * 1.15);
    });
    for (const ArticleMarkup::QuoteMark &q : m_markup->quotes) {
        if (!q.span.overlaps(block))
            continue;
        QColor tint = SpeakerColors::forName(q.speaker, dark);
        tint.setAlpha(dark ? 90 : 55);
        layers.append({ q.span, [tint](QTextCharFormat &f) { f.setBackground(tint); } });
    }
    const QColor link = m_palette.color(QPalette::Link);
    for (const ArticleMarkup::MentionMark &m : m_markup->mentions) {
        if (m.span.overlaps(block)) {
            layers.append({ m.span, [link](QTextCharFormat &f) {
                               f.setUnderlineStyle(QTextCharFormat::DotLine);
                               f.setUnderlineColor(link);
                           } });
        }
        if (!m.timex.isEmpty() && m.timex.overlaps(block)) {
            layers.append({ m.timex, [link](QTextCharFormat &f) {
                               f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
                               f.setUnderlineColor(link);
                               f.setForeground(link);
                           } });
        }
    }
    // Annotated discrepancies: a wavy underline in a colour no analysis mark uses.
    const QColor annotated = dark ? QColor(255, 110, 200) : QColor(200, 0, 130);
    addSpans(m_markup->annotated, [annotated](QTextCharFormat &f) {
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(annotated);
    });
    if (!m_focus.isEmpty() && m_focus.overlaps(block)) {
        QColor focus = m_palette.color(QPalette::Highlight);
        focus.setAlpha(110);
        layers.append({ m_focus, [focus](QTextCharFormat &f) { f.setBackground(focus); } });
    }
    if (layers.isEmpty())
        return;

    // Cut the block at every layer edge and give each piece the merge of the layers over it.
    QList<int> cuts { block.start, block.end };
    for (const Layer &l : std::as_const(layers)) {
        cuts.append(qBound(block.start, l.span.start, block.end));
        cuts.append(qBound(block.start, l.span.end, block.end));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    for (int i = 0; i + 1 < cuts.size(); ++i) {
        const TextSpan piece { cuts.at(i), cuts.at(i + 1) };
        QTextCharFormat format;
        bool any = false;
        for (const Layer &l : std::as_const(layers)) {
            if (l.span.contains(piece)) {
                l.apply(format);
                any = true;
            }
        }
        if (any)
            setFormat(piece.start - block.start, piece.length(), format);
    }
}

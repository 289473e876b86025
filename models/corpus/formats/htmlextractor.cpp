// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/formats/htmlextractor.h"

#include "corpus/formats/htmldom.h"
#include "corpus/formats/htmlmetareader.h"
#include "corpus/structure/textfeatures.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace
{
using HtmlDom::Document;
using HtmlDom::Node;
using HtmlDom::Tag;

// Deeper nesting than this is malformed or hostile; its text is still read, flat.
constexpr int MaxDepth = 400;

bool isDroppedTag(Tag tag)
{
    switch (tag) {
    case Tag::Head:
    case Tag::Script:
    case Tag::Style:
    case Tag::Noscript:
    case Tag::Iframe:
    case Tag::Nav:
    case Tag::Aside:
    case Tag::Form:
    case Tag::Button:
    case Tag::Select:
    case Tag::Input:
    case Tag::Textarea:
    case Tag::Svg:
    case Tag::Math:
    case Tag::Canvas:
    case Tag::Template:
    case Tag::Object:
    case Tag::Embed:
    case Tag::Video:
    case Tag::Audio:
    case Tag::Map:
    case Tag::Menu:
    case Tag::Footer:
    case Tag::Img:
    case Tag::Source:
    case Tag::Label:
        return true;
    default:
        return false;
    }
}

bool isBlockTag(Tag tag)
{
    switch (tag) {
    case Tag::P:
    case Tag::Div:
    case Tag::Section:
    case Tag::Article:
    case Tag::Main:
    case Tag::Header:
    case Tag::H1:
    case Tag::H2:
    case Tag::H3:
    case Tag::H4:
    case Tag::H5:
    case Tag::H6:
    case Tag::Li:
    case Tag::Ul:
    case Tag::Ol:
    case Tag::Blockquote:
    case Tag::Pre:
    case Tag::Figure:
    case Tag::Figcaption:
    case Tag::Table:
    case Tag::Tr:
    case Tag::Dl:
    case Tag::Dt:
    case Tag::Dd:
    case Tag::Address:
    case Tag::Hr:
    case Tag::Details:
    case Tag::Summary:
    case Tag::Center:
    case Tag::Body:
    case Tag::Html:
        return true;
    default:
        return false;
    }
}

BlockKind kindOf(Tag tag, BlockKind inherited)
{
    switch (tag) {
    case Tag::H1:
        return BlockKind::Title;
    case Tag::H2:
    case Tag::H3:
    case Tag::H4:
    case Tag::H5:
    case Tag::H6:
        return BlockKind::Heading;
    case Tag::Figcaption:
        return BlockKind::Caption;
    case Tag::Li:
        return BlockKind::ListItem;
    default:
        return inherited;
    }
}

// Class and id words of page furniture; a whole word of the attribute must match.
bool hasFurnitureName(const Document &doc, Node node)
{
    static const QSet<QByteArray> words = [] {
        QSet<QByteArray> set;
        for (const char *w : { "share", "sharing", "social", "related", "newsletter", "advert", "advertisement", "ads",
                 "ad", "adslot", "promo", "comments", "comment", "cookie", "cookies", "subscribe", "sidebar",
                 "breadcrumb", "breadcrumbs", "menu", "navbar", "popup", "modal", "outbrain", "taboola", "recommended",
                 "recirculation", "paywall", "sponsored", "widget", "toolbar", "banner" })
            set.insert(QByteArray(w));
        return set;
    }();
    for (const char *name : { "class", "id" }) {
        const char *value = doc.attribute(node, name);
        if (!value)
            continue;
        QByteArray word;
        for (const char *p = value;; ++p) {
            const char c = *p;
            if (c && (std::isalnum(static_cast<unsigned char>(c)))) {
                word.append(char(std::tolower(static_cast<unsigned char>(c))));
                continue;
            }
            if (words.contains(word))
                return true;
            word.clear();
            if (!c)
                break;
        }
    }
    return false;
}

bool isHidden(const Document &doc, Node node)
{
    if (doc.attribute(node, "hidden") || doc.attributeIs(node, "aria-hidden", "true"))
        return true;
    const char *role = doc.attribute(node, "role");
    if (role) {
        for (const char *r : { "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu" }) {
            if (qstricmp(role, r) == 0)
                return true;
        }
    }
    const char *style = doc.attribute(node, "style");
    if (style) {
        QByteArray s(style);
        s = s.toLower();
        s.replace(' ', "");
        if (s.contains("display:none") || s.contains("visibility:hidden"))
            return true;
    }
    return false;
}

// Text inside a node, roughly: how to pick the largest <article>.
qsizetype textLength(const Document &doc, Node node, int depth = 0)
{
    if (doc.text(node))
        return doc.textSize(node);
    if (!doc.isElement(node) || depth > MaxDepth || isDroppedTag(doc.tag(node)))
        return 0;
    qsizetype total = 0;
    for (Node child = doc.firstChild(node); child; child = doc.nextSibling(child))
        total += textLength(doc, child, depth + 1);
    return total;
}

struct Roots {
    Node articleBody = 0;
    Node article = 0;
    qsizetype articleLength = -1;
    Node main = 0;
    Node body = 0;
};

void findRoots(const Document &doc, Node node, Roots &roots, int depth)
{
    if (!doc.isElement(node) || depth > MaxDepth)
        return;
    const Tag tag = doc.tag(node);
    if (isDroppedTag(tag))
        return;
    if (tag == Tag::Body && !roots.body)
        roots.body = node;
    if (!roots.articleBody && doc.attributeIs(node, "itemprop", "articleBody"))
        roots.articleBody = node;
    if (tag == Tag::Article) {
        const qsizetype length = textLength(doc, node);
        if (length > roots.articleLength) {
            roots.article = node;
            roots.articleLength = length;
        }
    }
    if (!roots.main && (tag == Tag::Main || doc.attributeIs(node, "role", "main")))
        roots.main = node;
    for (Node child = doc.firstChild(node); child; child = doc.nextSibling(child))
        findRoots(doc, child, roots, depth + 1);
}

// Bytes of a character QChar::isSpace() accepts (ASCII ones aside), else 0: NEL, no-break space, the
// Unicode space separators, line and paragraph separators.
int unicodeSpaceLength(const char *p, const char *end)
{
    const auto at = [p, end](qsizetype i) { return p + i < end ? uchar(p[i]) : 0; };
    switch (uchar(*p)) {
    case 0xC2:
        return at(1) == 0x85 || at(1) == 0xA0 ? 2 : 0;
    case 0xE1:
        return at(1) == 0x9A && at(2) == 0x80 ? 3 : 0;
    case 0xE2:
        if (at(1) == 0x80)
            return (at(2) >= 0x80 && at(2) <= 0x8A) || at(2) == 0xA8 || at(2) == 0xA9 || at(2) == 0xAF ? 3 : 0;
        return at(1) == 0x81 && at(2) == 0x9F ? 3 : 0;
    case 0xE3:
        return at(1) == 0x80 && at(2) == 0x80 ? 3 : 0;
    default:
        return 0;
    }
}

// Whether simplified() would leave the text as it is: no blank at either end, no blank but single
// spaces inside.
bool isSimplified(QByteArrayView utf8)
{
    if (utf8.isEmpty() || utf8.front() == ' ' || utf8.back() == ' ')
        return false;
    const char *p = utf8.data();
    const char *end = p + utf8.size();
    constexpr qsizetype Block = 32;
    while (p < end) {
        // A block with no control character, double space or lead byte of a Unicode space needs
        // no closer look: counted without branches, so the loop vectorises.
        if (end - p > Block) {
            unsigned char suspects = 0;
            for (qsizetype k = 0; k < Block; ++k) {
                const auto c = uchar(p[k]);
                suspects += (c < 0x20) + ((c == ' ') & (p[k + 1] == ' ')) + (c == 0xC2) + (c == 0xE1) + (c == 0xE2)
                    + (c == 0xE3);
            }
            if (!suspects) {
                p += Block;
                continue;
            }
        }
        for (const char *blockEnd = std::min(p + Block, end); p < blockEnd; ++p) {
            const auto c = uchar(*p);
            if (c <= ' ') {
                if (c != ' ' || p[1] == ' ')
                    return false;
            } else if (c >= 0xC2 && unicodeSpaceLength(p, end)) {
                return false;
            }
        }
    }
    return true;
}

// QString::fromUtf8(utf8).simplified(): Qt's simplified() was the largest cost of our own in
// extraction, and most block texts need nothing done, which a look at the bytes tells.
QString simplifiedUtf8(const QByteArray &utf8)
{
    QString text = QString::fromUtf8(utf8);
    return isSimplified(utf8) ? text : std::move(text).simplified();
}

class BlockCollector
{
public:
    BlockCollector(const Document &doc, Node root)
        : m_doc(doc)
        , m_root(root)
    {
    }

    QList<TextBlock> collect()
    {
        walk(m_root, BlockKind::Paragraph, 0);
        flush(BlockKind::Paragraph);
        return std::move(m_blocks);
    }

private:
    void flush(BlockKind kind, bool lineBreak = false)
    {
        const QString text = simplifiedUtf8(m_text);
        m_text.resize(0); // keeps its buffer for the next block
        if (!text.isEmpty()) {
            m_blocks.append({ text, kind, m_afterLineBreak });
            m_afterLineBreak = lineBreak;
        } else if (!lineBreak) {
            m_afterLineBreak = false;
        }
    }

    void walk(Node node, BlockKind kind, int depth)
    {
        if (const char *text = m_doc.text(node)) {
            m_text.append(text);
            return;
        }
        if (!m_doc.isElement(node))
            return;
        const Tag tag = m_doc.tag(node);
        if (node != m_root && (isDroppedTag(tag) || isHidden(m_doc, node) || hasFurnitureName(m_doc, node)))
            return;
        // The page header is furniture; a header inside the article holds its title and byline.
        if (tag == Tag::Header && node != m_root && m_doc.tag(m_root) == Tag::Body)
            return;
        if (tag == Tag::Br) {
            flush(kind, true);
            return;
        }
        const bool block = isBlockTag(tag) || depth > MaxDepth;
        const BlockKind inner = kindOf(tag, kind);
        if (block)
            flush(kind);
        else if (tag == Tag::Td || tag == Tag::Th)
            m_text.append(' ');
        if (depth <= MaxDepth) {
            for (Node child = m_doc.firstChild(node); child; child = m_doc.nextSibling(child))
                walk(child, inner, depth + 1);
        } else {
            appendFlat(node);
        }
        if (block)
            flush(inner);
    }

    // The text under a node nested too deep to recurse into, without structure, on an explicit stack.
    void appendFlat(Node top)
    {
        std::vector<Node> stack { top };
        while (!stack.empty()) {
            Node node = stack.back();
            stack.pop_back();
            if (const char *text = m_doc.text(node)) {
                m_text.append(text);
            } else if (m_doc.isElement(node) && !isDroppedTag(m_doc.tag(node)) && !isHidden(m_doc, node)) {
                m_text.append(' ');
                const auto first = qsizetype(stack.size());
                for (Node child = m_doc.firstChild(node); child; child = m_doc.nextSibling(child))
                    stack.push_back(child);
                std::reverse(stack.begin() + first, stack.end());
            }
        }
    }

    const Document &m_doc;
    Node m_root;
    QByteArray m_text;
    QList<TextBlock> m_blocks;
    bool m_afterLineBreak = false;
};
}

ExtractedDocument HtmlExtractor::extract(QByteArrayView utf8)
{
    ExtractedDocument doc;
    const Document page = Document::parse(utf8);
    doc.meta = HtmlMetaReader::read(page);

    Roots roots;
    const Node top = page.rootElement();
    if (!top)
        return doc;
    findRoots(page, top, roots, 0);
    const Node root = roots.articleBody ? roots.articleBody
        : roots.article                 ? roots.article
        : roots.main                    ? roots.main
        : roots.body                    ? roots.body
                                        : top;
    doc.blocks = BlockCollector(page, root).collect();

    // The headline may live outside the chosen element (or only in the meta tags): put it first,
    // as a title line, so the text reads like a plain-text article.
    const bool hasTitle = std::any_of(
        doc.blocks.cbegin(), doc.blocks.cend(), [](const TextBlock &b) { return b.kind == BlockKind::Title; });
    if (!hasTitle && !doc.meta.title.isEmpty()) {
        const QString key = TextFeatures::comparisonKey(doc.meta.title);
        const qsizetype maxLength = doc.meta.title.size() * 2 + 10;
        auto same = std::find_if(doc.blocks.begin(), doc.blocks.end(), [&key, maxLength](const TextBlock &b) {
            return b.text.size() >= key.size() && b.text.size() <= maxLength
                && TextFeatures::comparisonKey(b.text) == key;
        });
        if (same != doc.blocks.end())
            same->kind = BlockKind::Title;
        else
            doc.blocks.prepend({ doc.meta.title, BlockKind::Title, false });
    }
    return doc;
}

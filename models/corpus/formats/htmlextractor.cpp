// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/formats/htmlextractor.h"

#include "corpus/formats/htmlmetareader.h"
#include "corpus/structure/textfeatures.h"

#include <QSet>

#include <gumbo.h>

#include <memory>
#include <vector>

namespace
{
// Deeper nesting than this is malformed or hostile; its text is still read, flat.
constexpr int MaxDepth = 400;

const char *attribute(const GumboNode *node, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? a->value : nullptr;
}

bool attributeIs(const GumboNode *node, const char *name, const char *value)
{
    const char *v = attribute(node, name);
    return v && qstricmp(v, value) == 0;
}

bool isDroppedTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_LABEL:
        return true;
    default:
        return false;
    }
}

bool isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
        return true;
    default:
        return false;
    }
}

BlockKind kindOf(GumboTag tag, BlockKind inherited)
{
    switch (tag) {
    case GUMBO_TAG_H1:
        return BlockKind::Title;
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
        return BlockKind::Heading;
    case GUMBO_TAG_FIGCAPTION:
        return BlockKind::Caption;
    case GUMBO_TAG_LI:
        return BlockKind::ListItem;
    default:
        return inherited;
    }
}

// Class and id words of page furniture; a whole word of the attribute must match.
bool hasFurnitureName(const GumboNode *node)
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
        const char *value = attribute(node, name);
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

bool isHidden(const GumboNode *node)
{
    if (attribute(node, "hidden") || attributeIs(node, "aria-hidden", "true"))
        return true;
    const char *role = attribute(node, "role");
    if (role) {
        for (const char *r : { "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu" }) {
            if (qstricmp(role, r) == 0)
                return true;
        }
    }
    const char *style = attribute(node, "style");
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
qsizetype textLength(const GumboNode *node, int depth = 0)
{
    if (node->type == GUMBO_NODE_TEXT)
        return qsizetype(strlen(node->v.text.text));
    if (node->type != GUMBO_NODE_ELEMENT || depth > MaxDepth || isDroppedTag(node->v.element.tag))
        return 0;
    qsizetype total = 0;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        total += textLength(static_cast<const GumboNode *>(children.data[i]), depth + 1);
    return total;
}

struct Roots {
    const GumboNode *articleBody = nullptr;
    const GumboNode *article = nullptr;
    qsizetype articleLength = -1;
    const GumboNode *main = nullptr;
    const GumboNode *body = nullptr;
};

void findRoots(const GumboNode *node, Roots &roots, int depth)
{
    if (node->type != GUMBO_NODE_ELEMENT || depth > MaxDepth || isDroppedTag(node->v.element.tag))
        return;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BODY && !roots.body)
        roots.body = node;
    if (!roots.articleBody && attributeIs(node, "itemprop", "articleBody"))
        roots.articleBody = node;
    if (tag == GUMBO_TAG_ARTICLE) {
        const qsizetype length = textLength(node);
        if (length > roots.articleLength) {
            roots.article = node;
            roots.articleLength = length;
        }
    }
    if (!roots.main && (tag == GUMBO_TAG_MAIN || attributeIs(node, "role", "main")))
        roots.main = node;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        findRoots(static_cast<const GumboNode *>(children.data[i]), roots, depth + 1);
}

class BlockCollector
{
public:
    explicit BlockCollector(const GumboNode *root)
        : m_root(root)
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
        const QString text = QString::fromUtf8(m_text).simplified();
        m_text.clear();
        if (!text.isEmpty()) {
            m_blocks.append({ text, kind, m_afterLineBreak });
            m_afterLineBreak = lineBreak;
        } else if (!lineBreak) {
            m_afterLineBreak = false;
        }
    }

    void walk(const GumboNode *node, BlockKind kind, int depth)
    {
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
            m_text.append(node->v.text.text);
            return;
        case GUMBO_NODE_WHITESPACE:
            m_text.append(' ');
            return;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            break;
        default:
            return;
        }
        const GumboTag tag = node->v.element.tag;
        if (node != m_root && (isDroppedTag(tag) || isHidden(node) || hasFurnitureName(node)))
            return;
        // The page header is furniture; a header inside the article holds its title and byline.
        if (tag == GUMBO_TAG_HEADER && node != m_root && m_root->v.element.tag == GUMBO_TAG_BODY)
            return;
        if (tag == GUMBO_TAG_BR) {
            flush(kind, true);
            return;
        }
        const bool block = isBlockTag(tag) || depth > MaxDepth;
        const BlockKind inner = kindOf(tag, kind);
        if (block)
            flush(kind);
        else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
            m_text.append(' ');
        if (depth <= MaxDepth) {
            const GumboVector &children = node->v.element.children;
            for (unsigned i = 0; i < children.length; ++i)
                walk(static_cast<const GumboNode *>(children.data[i]), inner, depth + 1);
        } else {
            appendFlat(node);
        }
        if (block)
            flush(inner);
    }

    // The text under a node nested too deep to recurse into, without structure, on an explicit stack.
    void appendFlat(const GumboNode *top)
    {
        std::vector<const GumboNode *> stack { top };
        while (!stack.empty()) {
            const GumboNode *node = stack.back();
            stack.pop_back();
            if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
                m_text.append(node->v.text.text);
            } else if (node->type == GUMBO_NODE_WHITESPACE) {
                m_text.append(' ');
            } else if ((node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
                && !isDroppedTag(node->v.element.tag) && !isHidden(node)) {
                m_text.append(' ');
                const GumboVector &children = node->v.element.children;
                for (unsigned i = children.length; i > 0; --i)
                    stack.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
            }
        }
    }

    const GumboNode *m_root;
    QByteArray m_text;
    QList<TextBlock> m_blocks;
    bool m_afterLineBreak = false;
};
}

ExtractedDocument HtmlExtractor::extract(QByteArrayView utf8)
{
    ExtractedDocument doc;
    // Parse errors are not reported to anyone: recording them only costs time.
    static const GumboOptions options = [] {
        GumboOptions o = kGumboDefaultOptions;
        o.max_errors = 0;
        return o;
    }();
    const std::unique_ptr<GumboOutput, void (*)(GumboOutput *)> output(
        gumbo_parse_with_options(&options, utf8.data(), size_t(utf8.size())),
        [](GumboOutput *o) { gumbo_destroy_output(&options, o); });
    if (!output)
        return doc;
    doc.meta = HtmlMetaReader::read(reinterpret_cast<const GumboInternalNode *>(output->document));

    Roots roots;
    findRoots(output->root, roots, 0);
    const GumboNode *root = roots.articleBody ? roots.articleBody
        : roots.article                       ? roots.article
        : roots.main                          ? roots.main
        : roots.body                          ? roots.body
                                              : output->root;
    doc.blocks = BlockCollector(root).collect();

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

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/formats/htmldom.h"

#include <QByteArray>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <string_view>
#include <unordered_map>

namespace HtmlDom
{
void DocumentDeleter::operator()(_xmlDoc *doc) const
{
    xmlFreeDoc(doc);
}

Document parse(QByteArrayView utf8)
{
    // libxml2 wants its global state set up once before threads parse in parallel.
    static const bool initialised = [] {
        xmlInitParser();
        return true;
    }();
    Q_UNUSED(initialised);
    // Errors are not reported to anyone (recording them costs time); HUGE lifts the nesting limit
    // that would otherwise cut a deeply nested page short.
    constexpr int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
    htmlDocPtr doc = htmlReadMemory(utf8.data(), int(utf8.size()), nullptr, "UTF-8", options);
    if (!doc) {
        // Empty or whitespace-only input gives no document at all: an empty page is the same.
        static const char empty[] = "<html></html>";
        doc = htmlReadMemory(empty, int(sizeof(empty) - 1), nullptr, "UTF-8", options);
    }
    return Document(doc);
}

const _xmlNode *rootElement(const _xmlDoc *doc)
{
    return xmlDocGetRootElement(doc);
}

const _xmlNode *firstChild(const _xmlDoc *doc)
{
    return doc ? doc->children : nullptr;
}

bool isElement(const _xmlNode *node)
{
    return node->type == XML_ELEMENT_NODE;
}

const char *text(const _xmlNode *node)
{
    if (node->type != XML_TEXT_NODE && node->type != XML_CDATA_SECTION_NODE)
        return nullptr;
    return node->content ? reinterpret_cast<const char *>(node->content) : "";
}

Tag tag(const _xmlNode *node)
{
    static const std::unordered_map<std::string_view, Tag> tags {
        { "a", Tag::A },
        { "address", Tag::Address },
        { "article", Tag::Article },
        { "aside", Tag::Aside },
        { "audio", Tag::Audio },
        { "blockquote", Tag::Blockquote },
        { "body", Tag::Body },
        { "br", Tag::Br },
        { "button", Tag::Button },
        { "canvas", Tag::Canvas },
        { "center", Tag::Center },
        { "dd", Tag::Dd },
        { "details", Tag::Details },
        { "div", Tag::Div },
        { "dl", Tag::Dl },
        { "dt", Tag::Dt },
        { "embed", Tag::Embed },
        { "figcaption", Tag::Figcaption },
        { "figure", Tag::Figure },
        { "footer", Tag::Footer },
        { "form", Tag::Form },
        { "h1", Tag::H1 },
        { "h2", Tag::H2 },
        { "h3", Tag::H3 },
        { "h4", Tag::H4 },
        { "h5", Tag::H5 },
        { "h6", Tag::H6 },
        { "head", Tag::Head },
        { "header", Tag::Header },
        { "hr", Tag::Hr },
        { "html", Tag::Html },
        { "iframe", Tag::Iframe },
        { "img", Tag::Img },
        { "input", Tag::Input },
        { "label", Tag::Label },
        { "li", Tag::Li },
        { "link", Tag::Link },
        { "main", Tag::Main },
        { "map", Tag::Map },
        { "math", Tag::Math },
        { "menu", Tag::Menu },
        { "meta", Tag::Meta },
        { "nav", Tag::Nav },
        { "noscript", Tag::Noscript },
        { "object", Tag::Object },
        { "ol", Tag::Ol },
        { "p", Tag::P },
        { "pre", Tag::Pre },
        { "script", Tag::Script },
        { "section", Tag::Section },
        { "select", Tag::Select },
        { "source", Tag::Source },
        { "style", Tag::Style },
        { "summary", Tag::Summary },
        { "svg", Tag::Svg },
        { "table", Tag::Table },
        { "td", Tag::Td },
        { "template", Tag::Template },
        { "textarea", Tag::Textarea },
        { "th", Tag::Th },
        { "title", Tag::Title },
        { "tr", Tag::Tr },
        { "ul", Tag::Ul },
        { "video", Tag::Video },
    };
    if (node->type != XML_ELEMENT_NODE || !node->name)
        return Tag::Other;
    // The HTML parser lower-cases element names.
    const auto found = tags.find(reinterpret_cast<const char *>(node->name));
    return found == tags.end() ? Tag::Other : found->second;
}

const _xmlNode *firstChild(const _xmlNode *node)
{
    return node->children;
}

const _xmlNode *nextSibling(const _xmlNode *node)
{
    return node->next;
}

const char *attribute(const _xmlNode *node, const char *name)
{
    if (node->type != XML_ELEMENT_NODE)
        return nullptr;
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        if (qstricmp(reinterpret_cast<const char *>(a->name), name) != 0)
            continue;
        const xmlNode *value = a->children;
        return value && value->content ? reinterpret_cast<const char *>(value->content) : "";
    }
    return nullptr;
}

bool attributeIs(const _xmlNode *node, const char *name, const char *value)
{
    const char *v = attribute(node, name);
    return v && qstricmp(v, value) == 0;
}
}

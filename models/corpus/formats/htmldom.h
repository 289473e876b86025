// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <memory>

struct _xmlDoc;
struct _xmlNode;

// A page parsed by libxml2's HTML parser (error-tolerant, no network, no DTD), and the few ways
// the extractors read its tree: element tags as an enum, attributes without copying.
namespace HtmlDom
{
enum class Tag {
    Other,
    A,
    Address,
    Article,
    Aside,
    Audio,
    Blockquote,
    Body,
    Br,
    Button,
    Canvas,
    Center,
    Dd,
    Details,
    Div,
    Dl,
    Dt,
    Embed,
    Figcaption,
    Figure,
    Footer,
    Form,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Head,
    Header,
    Hr,
    Html,
    Iframe,
    Img,
    Input,
    Label,
    Li,
    Link,
    Main,
    Map,
    Math,
    Menu,
    Meta,
    Nav,
    Noscript,
    Object,
    Ol,
    P,
    Pre,
    Script,
    Section,
    Select,
    Source,
    Style,
    Summary,
    Svg,
    Table,
    Td,
    Template,
    Textarea,
    Th,
    Title,
    Tr,
    Ul,
    Video,
};

struct DocumentDeleter {
    void operator()(_xmlDoc *doc) const;
};
using Document = std::unique_ptr<_xmlDoc, DocumentDeleter>;

// Never null for any input, however broken; the bytes must be UTF-8 (TextDecoder made them so), so
// a <meta charset> in the page is ignored.
Document parse(QByteArrayView utf8);
const _xmlNode *rootElement(const _xmlDoc *doc);
const _xmlNode *firstChild(const _xmlDoc *doc);

bool isElement(const _xmlNode *node);
// Text and CDATA nodes; the text of everything else is null.
const char *text(const _xmlNode *node);
Tag tag(const _xmlNode *node);
const _xmlNode *firstChild(const _xmlNode *node);
const _xmlNode *nextSibling(const _xmlNode *node);

// The attribute's value, "" for a bare attribute, nullptr when absent.
const char *attribute(const _xmlNode *node, const char *name);
bool attributeIs(const _xmlNode *node, const char *name, const char *value);
}

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <string>
#include <vector>

// A page parsed by libxml2's HTML parser (error-tolerant, no network, no DTD), and the few ways
// the extractors read its tree: element tags as an enum, attributes without copying.
namespace HtmlDom
{
enum class Tag : quint8 {
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

// A node of a Document; the document itself is node 0, and 0 also means "no node" as a child or
// sibling (the document is nobody's child).
using Node = quint32;

// The tree libxml2 would build for the page, built by our own SAX handler into flat arrays: libxml2's
// own tree (a malloc per node and attribute, freed again one by one) cost more than the parse itself.
// It has the same shape as libxml2's, quirks included, so extraction reads the same page.
class Document
{
public:
    // Never fails, for any input however broken; the bytes must be UTF-8 (TextDecoder made them so),
    // so a <meta charset> in the page is ignored.
    static Document parse(QByteArrayView utf8);

    static constexpr Node document = 0;
    // The first element at the top level, 0 if none.
    Node rootElement() const;

    Node firstChild(Node node) const { return m_nodes[node].firstChild; }
    Node nextSibling(Node node) const { return m_nodes[node].next; }
    bool isElement(Node node) const { return m_nodes[node].kind == Kind::Element; }
    // Text and CDATA nodes; the text of everything else is null.
    const char *text(Node node) const;
    // strlen(text(node)), without counting.
    qsizetype textSize(Node node) const { return m_nodes[node].size; }
    Tag tag(Node node) const { return m_nodes[node].tag; }

    // The attribute's value, "" for a bare attribute, nullptr when absent.
    const char *attribute(Node node, const char *name) const;
    bool attributeIs(Node node, const char *name, const char *value) const;

private:
    friend class TreeBuilder;
    enum class Kind : quint8 { Document, Element, Text, Cdata, Other };
    struct NodeData {
        Node firstChild = 0;
        Node lastChild = 0;
        Node next = 0;
        // Text: offset into m_text, and length. Element: first index into m_attributes, and count.
        quint32 begin = 0;
        quint32 size = 0;
        Tag tag = Tag::Other;
        Kind kind = Kind::Other;
        // The text held a NUL byte: libxml2's C strings end there, so ours do too.
        bool truncated = false;
    };
    struct Attribute {
        quint32 name;
        quint32 value;
    };

    std::vector<NodeData> m_nodes;
    std::vector<Attribute> m_attributes;
    // NUL-terminated texts and attribute names and values.
    std::string m_text;
    std::string m_strings;
};
}

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/formats/htmldom.h"

#include "corpus/formats/htmlprefilter.h"

#include <QByteArray>

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/SAX.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <cstring>
#include <string_view>
#include <unordered_map>

namespace HtmlDom
{
namespace
{
Tag tagNamed(std::string_view name)
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
    // The HTML parser lower-cases element names.
    const auto found = tags.find(name);
    return found == tags.end() ? Tag::Other : found->second;
}
}

// Builds the tree from libxml2's SAX events exactly as libxml2's own tree builder (SAX2.c, for HTML)
// links its nodes, so the shape is the same: text after the root is closed opens a new top-level
// element, a prefixed name keeps its local part, adjacent texts merge.
class TreeBuilder
{
public:
    explicit TreeBuilder(Document &document)
        : m_doc(document)
    {
        m_doc.m_nodes.push_back({ .kind = Document::Kind::Document });
        // Offset 0: the empty value of a bare attribute.
        m_doc.m_strings.push_back('\0');
    }

    static xmlSAXHandlerV1 handler()
    {
        xmlSAXHandlerV1 sax {};
        sax.internalSubset = &TreeBuilder::onDoctype;
        sax.startElement = &TreeBuilder::onStartElement;
        sax.endElement = &TreeBuilder::onEndElement;
        sax.characters = &TreeBuilder::onCharacters;
        sax.cdataBlock = &TreeBuilder::onCdata;
        sax.comment = &TreeBuilder::onComment;
        sax.processingInstruction = &TreeBuilder::onProcessingInstruction;
        sax.initialized = 1;
        return sax;
    }

private:
    using Kind = Document::Kind;

    static TreeBuilder &of(void *context)
    {
        return *static_cast<TreeBuilder *>(static_cast<xmlParserCtxtPtr>(context)->_private);
    }

    Node current() const { return m_open.empty() ? 0 : m_open.back(); }

    Node create(Kind kind)
    {
        Document::NodeData data;
        data.kind = kind;
        m_doc.m_nodes.push_back(data);
        return Node(m_doc.m_nodes.size() - 1);
    }

    void append(Node parent, Node child)
    {
        Document::NodeData &p = m_doc.m_nodes[parent];
        if (p.lastChild)
            m_doc.m_nodes[p.lastChild].next = child;
        else
            p.firstChild = child;
        p.lastChild = child;
    }

    // Comments and processing instructions: under the open element, else at the top level.
    void addOther()
    {
        const Node node = create(Kind::Other);
        append(current(), node);
    }

    void appendText(Kind kind, const char *chars, int length)
    {
        const Node parent = current();
        if (!parent)
            return;
        Node node = m_doc.m_nodes[parent].lastChild;
        if (!node || m_doc.m_nodes[node].kind != kind) {
            node = create(kind);
            append(parent, node);
            m_doc.m_nodes[node].begin = quint32(m_doc.m_text.size());
            m_doc.m_text.push_back('\0');
        }
        Document::NodeData &data = m_doc.m_nodes[node];
        if (data.truncated)
            return;
        if (const void *nul = std::memchr(chars, 0, size_t(length))) {
            length = int(static_cast<const char *>(nul) - chars);
            data.truncated = true;
        }
        std::string &text = m_doc.m_text;
        if (data.begin + data.size + 1 != text.size()) {
            // Not the last text written (libxml2 never interleaves so, but stay correct): move it to the end.
            const std::string moved = text.substr(data.begin, data.size);
            data.begin = quint32(text.size());
            text.append(moved);
            text.push_back('\0');
        }
        text.pop_back();
        text.append(chars, size_t(length));
        text.push_back('\0');
        data.size += quint32(length);
    }

    quint32 addString(const xmlChar *value)
    {
        const auto offset = quint32(m_doc.m_strings.size());
        m_doc.m_strings.append(reinterpret_cast<const char *>(value));
        m_doc.m_strings.push_back('\0');
        return offset;
    }

    void startElement(xmlParserCtxtPtr context, const xmlChar *name, const xmlChar **attributes)
    {
        const Node node = create(Kind::Element);
        Document::NodeData &data = m_doc.m_nodes[node];
        const char *qualified = reinterpret_cast<const char *>(name);
        if (std::strchr(qualified, ':')) {
            // libxml2 names the element by its local part ("o:p" is a p).
            xmlChar *prefix = nullptr;
            xmlChar *local = xmlSplitQName(context, name, &prefix);
            data.tag = local ? tagNamed(reinterpret_cast<const char *>(local)) : Tag::Other;
            xmlFree(local);
            xmlFree(prefix);
        } else {
            data.tag = tagNamed(qualified);
        }
        data.begin = quint32(m_doc.m_attributes.size());
        for (const xmlChar **a = attributes; a && a[0]; a += 2) {
            const xmlChar *value = a[1];
            // As libxml2's tree builder does: a bare boolean attribute (checked) has its name as value.
            if (!value && htmlIsBooleanAttr(a[0]))
                value = a[0];
            m_doc.m_attributes.push_back({ addString(a[0]), value ? addString(value) : 0 });
        }
        data.size = quint32(m_doc.m_attributes.size()) - data.begin;

        Node parent = current();
        const Node top = m_doc.m_nodes[Document::document].firstChild;
        if (!top)
            append(Document::document, node);
        else if (!parent)
            parent = top;
        m_open.push_back(node);
        if (parent)
            append(m_doc.m_nodes[parent].kind == Kind::Element ? parent : Document::document, node);
    }

    void doctype()
    {
        // Only the first doctype counts, and libxml2 puts it first in the document.
        if (m_hasDoctype)
            return;
        m_hasDoctype = true;
        const Node node = create(Kind::Other);
        Document::NodeData &document = m_doc.m_nodes[Document::document];
        m_doc.m_nodes[node].next = document.firstChild;
        document.firstChild = node;
        if (!document.lastChild)
            document.lastChild = node;
    }

    static void onDoctype(
        void *context, const xmlChar * /*name*/, const xmlChar * /*externalId*/, const xmlChar * /*systemId*/)
    {
        of(context).doctype();
    }
    static void onStartElement(void *context, const xmlChar *name, const xmlChar **attributes)
    {
        of(context).startElement(static_cast<xmlParserCtxtPtr>(context), name, attributes);
    }
    static void onEndElement(void *context, const xmlChar * /*name*/)
    {
        TreeBuilder &builder = of(context);
        if (!builder.m_open.empty())
            builder.m_open.pop_back();
    }
    static void onCharacters(void *context, const xmlChar *chars, int length)
    {
        of(context).appendText(Kind::Text, reinterpret_cast<const char *>(chars), length);
    }
    static void onCdata(void *context, const xmlChar *chars, int length)
    {
        of(context).appendText(Kind::Cdata, reinterpret_cast<const char *>(chars), length);
    }
    static void onComment(void *context, const xmlChar * /*value*/) { of(context).addOther(); }
    static void onProcessingInstruction(void *context, const xmlChar * /*target*/, const xmlChar * /*data*/)
    {
        of(context).addOther();
    }

    Document &m_doc;
    std::vector<Node> m_open;
    bool m_hasDoctype = false;
};

namespace
{
// What htmlReadMemory does, with our handler in place of libxml2's tree builder. False when libxml2
// makes no document of the input at all (it is empty).
bool parseInto(TreeBuilder &builder, QByteArrayView utf8)
{
    xmlParserCtxtPtr context = xmlCreateMemoryParserCtxt(utf8.data(), int(utf8.size()));
    if (!context)
        return false;
    const xmlSAXHandlerV1 sax = TreeBuilder::handler();
    std::memcpy(context->sax, &sax, sizeof(sax));
    context->_private = &builder;
    // Errors are not reported to anyone (recording them costs time); HUGE lifts the nesting limit
    // that would otherwise cut a deeply nested page short.
    constexpr int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
    htmlCtxtUseOptions(context, options);
    context->html = 1;
    // The input is valid UTF-8 already: libxml2 reads it as it is, without a converter copying it.
    context->charset = XML_CHAR_ENCODING_UTF8;
    xmlFree(const_cast<xmlChar *>(context->input->encoding));
    context->input->encoding = xmlStrdup(BAD_CAST "UTF-8");
    htmlParseDocument(context);
    if (context->myDoc)
        xmlFreeDoc(context->myDoc);
    context->myDoc = nullptr;
    xmlFreeParserCtxt(context);
    return true;
}
}

Document Document::parse(QByteArrayView utf8)
{
    // libxml2 wants its global state set up once before threads parse in parallel.
    static const bool initialised = [] {
        xmlInitParser();
        return true;
    }();
    Q_UNUSED(initialised);
    Document document;
    document.m_nodes.reserve(size_t(utf8.size() / 16) + 8);
    document.m_text.reserve(size_t(utf8.size()) + 1);
    TreeBuilder builder(document);
    const std::optional<QByteArray> filtered = HtmlPrefilter::apply(utf8);
    if (!parseInto(builder, filtered ? QByteArrayView(*filtered) : utf8)) {
        // Empty input gives no document at all: an empty page is the same.
        parseInto(builder, "<html></html>");
    }
    return document;
}

Node Document::rootElement() const
{
    for (Node node = firstChild(document); node; node = nextSibling(node)) {
        if (isElement(node))
            return node;
    }
    return 0;
}

const char *Document::text(Node node) const
{
    const NodeData &data = m_nodes[node];
    if (data.kind != Kind::Text && data.kind != Kind::Cdata)
        return nullptr;
    return m_text.data() + data.begin;
}

const char *Document::attribute(Node node, const char *name) const
{
    const NodeData &data = m_nodes[node];
    if (data.kind != Kind::Element)
        return nullptr;
    for (quint32 i = data.begin, end = data.begin + data.size; i < end; ++i) {
        const Attribute &a = m_attributes[i];
        if (qstricmp(m_strings.data() + a.name, name) == 0)
            return m_strings.data() + a.value;
    }
    return nullptr;
}

bool Document::attributeIs(Node node, const char *name, const char *value) const
{
    const char *v = attribute(node, name);
    return v && qstricmp(v, value) == 0;
}
}

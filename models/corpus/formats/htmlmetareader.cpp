// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/formats/htmlmetareader.h"

#include "corpus/formats/htmldom.h"

#include "corpus/metadata/datefinder.h"
#include "corpus/structure/textfeatures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace
{
using HtmlDom::Document;
using HtmlDom::Node;
using HtmlDom::Tag;

QString attribute(const Document &doc, Node node, const char *name)
{
    const char *value = doc.attribute(node, name);
    return value ? QString::fromUtf8(value).trimmed() : QString();
}

QString textOf(const Document &doc, Node node, int depth = 0)
{
    if (const char *text = doc.text(node))
        return QString::fromUtf8(text);
    if (!doc.isElement(node) || depth > 32)
        return {};
    QString text;
    for (Node child = doc.firstChild(node); child; child = doc.nextSibling(child))
        text += textOf(doc, child, depth + 1);
    return text.simplified();
}

bool isUrl(const QString &value)
{
    return value.startsWith(QLatin1String("http://")) || value.startsWith(QLatin1String("https://"))
        || value.startsWith(QLatin1String("//"));
}

// What the page says, each field from the most specific source that has it.
struct Found {
    QString ogTitle, ldHeadline, titleTag, h1;
    QString metaAuthor, ldAuthor, itemAuthor, relAuthor;
    QString ogSite, ldPublisher, appName;
    QString publishedTime, ldPublished, otherDate, itemDate;
    QString canonical, ogUrl;
};

QString authorName(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isObject())
        return value.toObject().value(QStringLiteral("name")).toString().trimmed();
    if (value.isArray()) {
        QStringList names;
        for (const auto &v : value.toArray()) {
            const QString name = authorName(v);
            if (!name.isEmpty())
                names.append(name);
        }
        return names.join(QLatin1String(", "));
    }
    return {};
}

bool isArticleType(const QJsonValue &type)
{
    const QStringList types = type.isArray() ? type.toVariant().toStringList() : QStringList { type.toString() };
    return std::ranges::any_of(types, [](const QString &t) {
        return t.endsWith(QLatin1String("Article")) || t == QLatin1String("BlogPosting") || t == QLatin1String("Report")
            || t == QLatin1String("WebPage") || t == QLatin1String("ReportageNews");
    });
}

void readJsonLd(const QJsonValue &value, Found &found, int depth = 0)
{
    if (depth > 8)
        return;
    if (value.isArray()) {
        for (const auto &v : value.toArray())
            readJsonLd(v, found, depth + 1);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject o = value.toObject();
    if (o.contains(QStringLiteral("@graph")))
        readJsonLd(o.value(QStringLiteral("@graph")), found, depth + 1);
    if (!isArticleType(o.value(QStringLiteral("@type"))) && !o.contains(QStringLiteral("headline")))
        return;
    // A WebPage node is weaker than the article node: let the article's fields win.
    const bool page = o.value(QStringLiteral("@type")).toString() == QLatin1String("WebPage");
    auto set = [page](QString &field, const QString &v) {
        if (!v.isEmpty() && (field.isEmpty() || !page))
            field = v;
    };
    set(found.ldHeadline, o.value(QStringLiteral("headline")).toString().trimmed());
    set(found.ldPublished, o.value(QStringLiteral("datePublished")).toString().trimmed());
    set(found.ldAuthor, authorName(o.value(QStringLiteral("author"))));
    set(found.ldPublisher, authorName(o.value(QStringLiteral("publisher"))));
}

void visit(const Document &doc, Node node, Found &found, int depth)
{
    if (!doc.isElement(node) || depth > 256)
        return;
    const Tag tag = doc.tag(node);
    switch (tag) {
    case Tag::Meta: {
        const QString key
            = (attribute(doc, node, "property") + attribute(doc, node, "name") + attribute(doc, node, "itemprop"))
                  .toLower();
        const QString content = attribute(doc, node, "content");
        if (content.isEmpty())
            break;
        if (key == QLatin1String("og:title") || (key == QLatin1String("twitter:title") && found.ogTitle.isEmpty()))
            found.ogTitle = content;
        else if (key == QLatin1String("og:site_name"))
            found.ogSite = content;
        else if (key == QLatin1String("application-name") || key == QLatin1String("publisher"))
            found.appName = content;
        else if (key == QLatin1String("og:url"))
            found.ogUrl = content;
        else if ((key == QLatin1String("author") || key == QLatin1String("article:author")
                     || key == QLatin1String("parsely-author") || key == QLatin1String("sailthru.author")
                     || key == QLatin1String("dc.creator") || key == QLatin1String("byl"))
            && !isUrl(content) && found.metaAuthor.isEmpty())
            found.metaAuthor = content;
        else if (key == QLatin1String("article:published_time") || key == QLatin1String("og:article:published_time"))
            found.publishedTime = content;
        else if (key == QLatin1String("datepublished"))
            found.itemDate = content;
        else if ((key == QLatin1String("pubdate") || key == QLatin1String("publishdate")
                     || key == QLatin1String("publish-date") || key == QLatin1String("date")
                     || key == QLatin1String("dc.date") || key == QLatin1String("dc.date.issued")
                     || key == QLatin1String("dcterms.date") || key == QLatin1String("dcterms.created")
                     || key == QLatin1String("sailthru.date") || key == QLatin1String("parsely-pub-date")
                     || key == QLatin1String("article.published") || key == QLatin1String("published_time"))
            && found.otherDate.isEmpty())
            found.otherDate = content;
        break;
    }
    case Tag::Title:
        if (found.titleTag.isEmpty())
            found.titleTag = textOf(doc, node);
        return;
    case Tag::H1:
        if (found.h1.isEmpty())
            found.h1 = textOf(doc, node);
        break;
    case Tag::Link:
        if (attribute(doc, node, "rel").toLower() == QLatin1String("canonical"))
            found.canonical = attribute(doc, node, "href");
        break;
    case Tag::Script:
        if (attribute(doc, node, "type").toLower() == QLatin1String("application/ld+json")) {
            const QJsonDocument ld = QJsonDocument::fromJson(textOf(doc, node).toUtf8());
            if (ld.isObject())
                readJsonLd(ld.object(), found);
            else if (ld.isArray())
                readJsonLd(ld.array(), found);
        }
        return;
    case Tag::Style:
        return;
    default:
        break;
    }
    const QString itemprop = attribute(doc, node, "itemprop");
    if (itemprop == QLatin1String("datePublished") && found.itemDate.isEmpty()) {
        found.itemDate = attribute(doc, node, "datetime");
        if (found.itemDate.isEmpty())
            found.itemDate = attribute(doc, node, "content");
    } else if (itemprop == QLatin1String("author") && found.itemAuthor.isEmpty()) {
        found.itemAuthor = attribute(doc, node, "content");
        if (found.itemAuthor.isEmpty())
            found.itemAuthor = textOf(doc, node);
    }
    if (tag == Tag::A && attribute(doc, node, "rel").toLower() == QLatin1String("author") && found.relAuthor.isEmpty())
        found.relAuthor = textOf(doc, node);
    for (Node child = doc.firstChild(node); child; child = doc.nextSibling(child))
        visit(doc, child, found, depth + 1);
}

QString firstOf(std::initializer_list<QString> values)
{
    for (const QString &v : values) {
        if (!v.isEmpty())
            return v;
    }
    return {};
}
}

QDate HtmlMetaReader::parseDate(const QString &value)
{
    const QString v = value.trimmed();
    QDate date = QDate::fromString(v.left(10), Qt::ISODate);
    if (date.isValid())
        return date;
    date = QDate::fromString(v.left(10), QStringLiteral("yyyy/MM/dd"));
    if (date.isValid())
        return date;
    const QList<DateFinder::Match> found = DateFinder::find(v);
    return !found.isEmpty() && found.constFirst().dayPrecision ? found.constFirst().date : QDate();
}

QString HtmlMetaReader::stripSiteSuffix(const QString &title, const QString &siteName)
{
    for (const char *separator : { " | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 " }) {
        const QString sep = QString::fromUtf8(separator);
        const qsizetype at = title.lastIndexOf(sep);
        if (at <= 0)
            continue;
        const QString suffix = title.mid(at + sep.size()).trimmed();
        QString head = title.left(at).trimmed();
        const bool isSite = !siteName.isEmpty() && suffix.compare(siteName, Qt::CaseInsensitive) == 0;
        if (isSite
            || (TextFeatures::wordCount(suffix) <= 4 && TextFeatures::wordCount(head) >= 4 && siteName.isEmpty()))
            return head;
    }
    return title;
}

DocumentMeta HtmlMetaReader::read(const HtmlDom::Document &doc)
{
    Found found;
    for (Node child = doc.firstChild(Document::document); child; child = doc.nextSibling(child))
        visit(doc, child, found, 0);
    DocumentMeta meta;
    meta.siteName = firstOf({ found.ogSite, found.ldPublisher, found.appName });
    meta.title = stripSiteSuffix(
        firstOf({ found.ogTitle, found.ldHeadline, found.titleTag, found.h1 }).simplified(), meta.siteName);
    meta.author = firstOf({ found.metaAuthor, found.ldAuthor, found.itemAuthor, found.relAuthor }).simplified();
    if (meta.author.startsWith(QLatin1String("By "), Qt::CaseInsensitive))
        meta.author = meta.author.mid(3).trimmed();
    meta.url = firstOf({ found.canonical, found.ogUrl });
    for (const QString &candidate : { found.publishedTime, found.ldPublished, found.otherDate, found.itemDate }) {
        if (candidate.isEmpty())
            continue;
        meta.published = parseDate(candidate);
        if (meta.published.isValid())
            break;
    }
    return meta;
}

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/structure/boilerplatelexicon.h"

#include "corpus/structure/textfeatures.h"
#include "language/characters.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringTokenizer>

#include <bitset>
#include <initializer_list>
#include <utility>

namespace
{
using Kind = BoilerplateKind;

struct Phrases {
    Kind kind;
    std::initializer_list<const char *> phrases;
};

QHash<QString, Kind> table(std::initializer_list<Phrases> groups)
{
    QHash<QString, Kind> hash;
    for (const Phrases &group : groups) {
        for (const char *phrase : group.phrases)
            hash.insert(QString::fromUtf8(phrase), group.kind);
    }
    return hash;
}

const QHash<QString, Kind> &wholeLines()
{
    static const QHash<QString, Kind> hash = table({
        { Kind::Related,
            { "also read", "read also", "read more", "read next", "related", "related articles", "related stories",
                "related posts", "related news", "related content", "related coverage", "related reading",
                "recommended", "recommended for you", "recommended stories", "recommended articles",
                "you may also like", "you might also like", "you may like", "you might like",
                "you may also be interested in", "you might also be interested in", "you might also want to read",
                "you may also want to read", "others are reading now", "other people are reading",
                "people are also reading", "what others are reading", "trending", "trending now", "trending stories",
                "most read", "most popular", "popular now", "popular stories", "don't miss", "see also", "more stories",
                "more news", "more on this story", "more to read", "latest news", "latest stories", "what to read next",
                "editor's picks", "top stories", "continue reading", "keep reading", "in case you missed it",
                "further reading", "watch now", "listen to this article", "read the full story",
                "read the full article", "read full article", "more like this", "up next", "next up",
                "more from this author", "more from author" } },
        { Kind::Social,
            { "share", "share this", "share this article", "share this story", "share this post", "share your love",
                "share on facebook", "share on twitter", "share on x", "share via email", "share article",
                "share story", "tweet", "facebook", "twitter", "whatsapp", "email", "e-mail", "print", "copy link",
                "link copied", "copy url", "follow us", "follow us on", "like this", "comments", "comment",
                "leave a comment", "leave a reply", "join the conversation", "show comments", "view comments",
                "add comment", "post a comment", "facebook twitter", "facebook twitter email", "save", "save article",
                "bookmark", "give feedback" } },
        { Kind::Advert,
            { "advertisement", "advertisements", "advert", "ad", "ads", "sponsored", "sponsored content",
                "sponsored links", "sponsored stories", "paid content", "paid post", "promoted", "promoted content",
                "partner content", "story continues below advertisement", "article continues below advertisement",
                "continue reading below", "scroll to continue", "scroll to continue with content",
                "content continues below", "article continues below", "story continues below",
                "advertisement - scroll to continue", "remove ads", "ad free", "report this ad" } },
        { Kind::Navigation,
            { "my posts", "my account", "my profile", "my articles", "menu", "main menu", "home", "homepage", "search",
                "log in", "login", "sign in", "sign up", "register", "logout", "log out", "skip to content",
                "skip to main content", "skip to navigation", "toggle navigation", "back to top", "next article",
                "previous article", "next post", "previous post", "next story", "previous story", "newer post",
                "older post", "newer posts", "older posts", "contact us", "about us", "privacy policy", "cookie policy",
                "cookie settings", "terms of use", "terms and conditions", "terms of service", "all rights reserved",
                "accept cookies", "accept all", "loading", "close", "open menu", "close menu", "subscribe",
                "subscribe now", "newsletter", "sign up for our newsletter", "subscribe to our newsletter",
                "get the app", "download the app", "go to top", "view all", "see all", "show more", "load more", "more",
                "previous", "next", "back", "news", "latest" } },
        { Kind::Tags,
            { "tags", "tagged", "tagged with", "topics", "filed under", "categories", "category", "keywords",
                "related topics", "more about", "explore more on these topics", "more on these topics" } },
        { Kind::Credit,
            { "getty images", "getty", "reuters", "afp", "ap", "ap photo", "epa", "epa-efe", "shutterstock", "alamy",
                "istock", "istockphoto", "public domain", "wikimedia commons", "handout", "pool", "file photo",
                "stock photo", "creative commons", "unsplash", "pexels", "pixabay", "flickr", "afp via getty images",
                "ap images" } },
        { Kind::AuthorBio, { "about the author", "about the authors", "author bio", "author", "authors" } },
    });
    return hash;
}

const QHash<QString, Kind> &labels()
{
    static const QHash<QString, Kind> hash = table({
        { Kind::Related,
            { "also read", "read also", "read more", "read next", "related", "related article", "related story",
                "related articles", "related stories", "related coverage", "see also", "more", "recommended", "watch",
                "listen", "you might also want to read", "you may also want to read", "you might also like",
                "you may also like", "don't miss", "trending", "most read", "read", "more on this",
                "more on this story", "latest", "must read", "must-read", "also see", "also on", "more from",
                "catch up" } },
        { Kind::Social, { "share", "share this", "share on", "follow us", "follow", "follow us on" } },
        { Kind::Advert, { "advertisement", "sponsored", "ad", "promoted" } },
        { Kind::Tags,
            { "tags", "tagged", "tagged with", "topics", "filed under", "categories", "category", "keywords",
                "related topics", "more about" } },
        { Kind::Credit,
            { "credit", "credits", "photo", "photos", "photo credit", "photo credits", "image", "images",
                "image credit", "image credits", "picture", "pictures", "photograph", "photographer", "foto", "source",
                "image source", "photo source", "illustration", "graphic", "video", "featured image",
                "featured image credit", "main image", "top image", "header image", "lead image", "cover image",
                "cover photo", "featured photo", "image courtesy", "photo courtesy", "pictured" } },
        { Kind::Byline, { "author", "authors", "written by", "by", "reporter", "words", "text", "story by" } },
    });
    return hash;
}

const QHash<QString, Kind> &leadings()
{
    static const QHash<QString, Kind> hash = table({
        { Kind::Advert,
            { "ads by", "ad by", "sponsored by", "promoted by", "paid for by", "advertisement by",
                "content by our partner" } },
        { Kind::Byline,
            { "written by", "posted by", "reported by", "words by", "story by", "reporting by", "edited by",
                "additional reporting by", "compiled by", "contributed by", "text by", "published by", "updated by",
                "produced by" } },
        { Kind::Credit,
            { "photo by", "photos by", "image by", "images by", "picture by", "photograph by", "photography by",
                "image via", "photo via", "image courtesy of", "photo courtesy of", "courtesy of", "copyright", "(c)",
                "©", "photo illustration by", "illustration by", "video by" } },
        { Kind::Social, { "share on", "follow us on", "share this article on", "click to share on" } },
        { Kind::Navigation,
            { "skip to", "sign up for", "subscribe to", "you are here", "back to", "click here to",
                "get our newsletter", "download our app" } },
    });
    return hash;
}

// Picture libraries: naming one at the end of a short line is a credit.
const QList<QString> &pictureLibraries()
{
    static const QList<QString> list = [] {
        QList<QString> l;
        for (const char *s : { "getty images", "getty", "ap photo", "ap images", "shutterstock", "alamy", "istockphoto",
                 "istock", "wikimedia commons", "flickr", "unsplash", "pexels", "pixabay", "public domain", "nurphoto",
                 "sopa images", "zuma press", "zuma wire", "imago", "rex features", "rex/shutterstock", "dreamstime",
                 "depositphotos", "adobe stock", "backgrid", "splash news", "afp via getty images", "pa images",
                 "pa wire", "anadolu via getty images" })
            l.append(QString::fromUtf8(s));
        return l;
    }();
    return list;
}

// Agencies and other sources that also appear in headings ("Kim's statement to KCNA"): a credit
// only after a credit separator ("Jane Doe/AFP", "via Reuters", "© Xinhua") or alone.
const QList<QString> &agencies()
{
    static const QList<QString> list = [] {
        QList<QString> l;
        for (const char *s : { "afp", "reuters", "ap", "associated press", "epa-efe", "epa", "xinhua", "anadolu agency",
                 "anadolu", "sipa", "pa", "press association", "bloomberg", "kcna", "yonhap", "kyodo", "dpa", "ansa",
                 "tass", "sputnik", "abaca", "polaris", "bbc", "handout", "pool", "wenn", "mega", "instagram", "x",
                 "twitter", "facebook", "youtube", "white house", "u.s. army", "u.s. navy", "dod", "nasa", "getty",
                 "getty images", "wikimedia", "wikimedia commons", "shutterstock" })
            l.append(QString::fromUtf8(s));
        return l;
    }();
    return list;
}

const QSet<QString> &agencySet()
{
    static const QSet<QString> set(agencies().cbegin(), agencies().cend());
    return set;
}

const QList<QString> &licences()
{
    static const QList<QString> list = [] {
        QList<QString> l;
        for (const char *s : { "public domain", "cc by", "cc-by", "cc0", "creative commons", "all rights reserved",
                 "cc by-sa", "cc-by-sa", "gnu free documentation license", "wikimedia commons" })
            l.append(QString::fromUtf8(s));
        return l;
    }();
    return list;
}

// Whether `c` starts a licence: a licence is looked for only where one could start.
bool startsLicence(QChar c)
{
    static const std::bitset<128> firsts = [] {
        std::bitset<128> set;
        for (const QString &licence : licences()) {
            Q_ASSERT(licence.front().unicode() < 128);
            set.set(licence.front().unicode());
        }
        return set;
    }();
    return c.unicode() < 128 && firsts.test(c.unicode());
}

bool licenceAt(QStringView text)
{
    for (const QString &licence : licences()) {
        // The first character first, inline: most places start no licence.
        if (licence.front() == text.front() && text.startsWith(licence))
            return true;
    }
    return false;
}

QStringView firstWord(QStringView form)
{
    qsizetype end = 0;
    while (end < form.size() && form.at(end) != u' ' && form.at(end) != u':')
        ++end;
    return form.first(end);
}

using PhrasesByFirstWord = QHash<QString, QList<std::pair<QString, Kind>>>;

// A table's phrases grouped by their first word: most lines start with none of them, and a line
// is compared only with the phrases that start like it.
PhrasesByFirstWord byFirstWord(const QHash<QString, Kind> &hash)
{
    PhrasesByFirstWord table;
    for (auto it = hash.cbegin(); it != hash.cend(); ++it)
        table[firstWord(it.key()).toString()].append({ it.key(), it.value() });
    return table;
}

// The longest phrase of `table` that starts `form`, followed by a label separator (colon, bar,
// dash) when `needColon`, else by a space.
Kind lookupPrefix(const PhrasesByFirstWord &table, const QString &form, bool needColon)
{
    const QStringView first = firstWord(form);
    // A key without a copy: this runs for every short line.
    const auto candidates = table.constFind(QString::fromRawData(first.data(), first.size()));
    if (candidates == table.cend())
        return Kind::None;
    Kind best = Kind::None;
    qsizetype bestLength = 0;
    for (const auto &[phrase, kind] : *candidates) {
        if (phrase.size() <= bestLength || !form.startsWith(phrase) || form.size() == phrase.size())
            continue;
        const QStringView rest = QStringView(form).sliced(phrase.size());
        const QChar next = rest.front();
        bool ok = false;
        if (needColon) {
            const QStringView trimmed = rest.trimmed();
            ok = !trimmed.isEmpty()
                && (trimmed.front() == u':' || trimmed.front() == u'|' || Characters::isDash(trimmed.front())
                    || (trimmed.front() == u'-' && rest.front().isSpace()));
        } else {
            ok = next.isSpace() || !phrase.back().isLetterOrNumber();
        }
        if (ok) {
            best = kind;
            bestLength = phrase.size();
        }
    }
    return best;
}

bool endsWithWord(const QString &form, const QString &word)
{
    // The last character first, inline: most lines end otherwise.
    if (form.isEmpty() || form.back() != word.back() || !form.endsWith(word))
        return false;
    const qsizetype at = form.size() - word.size();
    return at == 0 || !form.at(at - 1).isLetterOrNumber();
}
}

QString boilerplateKindName(BoilerplateKind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Caption:
        return QStringLiteral("caption");
    case Kind::Credit:
        return QStringLiteral("credit");
    case Kind::Related:
        return QStringLiteral("related");
    case Kind::Social:
        return QStringLiteral("social");
    case Kind::Advert:
        return QStringLiteral("advert");
    case Kind::Duplicate:
        return QStringLiteral("duplicate");
    case Kind::Tags:
        return QStringLiteral("tags");
    case Kind::Byline:
        return QStringLiteral("byline");
    case Kind::Dateline:
        return QStringLiteral("dateline");
    case Kind::Breadcrumb:
        return QStringLiteral("breadcrumb");
    case Kind::ReadingTime:
        return QStringLiteral("reading-time");
    case Kind::Navigation:
        return QStringLiteral("navigation");
    case Kind::Separator:
        return QStringLiteral("separator");
    case Kind::AuthorBio:
        return QStringLiteral("author-bio");
    case Kind::LinkTitle:
        return QStringLiteral("link-title");
    }
    return {};
}

BoilerplateKind BoilerplateLexicon::wholeLine(const QString &form)
{
    return wholeLines().value(form, Kind::None);
}

BoilerplateKind BoilerplateLexicon::labelled(const QString &form)
{
    static const PhrasesByFirstWord table = byFirstWord(labels());
    return lookupPrefix(table, form, true);
}

BoilerplateKind BoilerplateLexicon::leading(const QString &form)
{
    static const PhrasesByFirstWord table = byFirstWord(leadings());
    return lookupPrefix(table, form, false);
}

bool BoilerplateLexicon::isSourceCredit(const QString &form)
{
    for (const QString &library : pictureLibraries()) {
        if (endsWithWord(form, library))
            return true;
    }
    // Each credit separator in the line, then an agency right after it.
    const auto agencyAt = [&form](qsizetype at) {
        while (at < form.size() && form.at(at) == u' ')
            ++at;
        const QStringView rest = QStringView(form).sliced(at);
        for (const QString &agency : agencies()) {
            // The first character first, inline: most separators are followed by no agency.
            if (!rest.isEmpty() && rest.front() == agency.front() && rest.startsWith(agency)
                && (rest.size() == agency.size() || !rest.at(agency.size()).isLetterOrNumber()))
                return true;
        }
        return false;
    };
    if (form.size() > 1 && agencySet().contains(form))
        return true;
    // One pass over the line for both licences anywhere and agencies after a separator.
    for (qsizetype i = 0; i < form.size(); ++i) {
        const QChar c = form.at(i);
        if (startsLicence(c) && licenceAt(QStringView(form).sliced(i)))
            return true;
        qsizetype after = -1;
        if (c == u'/' || c == u'|' || c == QChar(0x00A9))
            after = i + 1;
        else if (c == u'v' && QStringView(form).sliced(i).startsWith(QLatin1String("via "))
            && (i == 0 || form.at(i - 1) == u' '))
            after = i + 4;
        else if (c == u'(' && QStringView(form).sliced(i).startsWith(QLatin1String("(c) ")))
            after = i + 4;
        if (after >= 0 && agencyAt(after))
            return true;
    }
    return false;
}

bool BoilerplateLexicon::isDatelineWord(const QString &lowerWord)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *w :
            { "published", "updated", "posted", "last", "modified", "on", "at", "am", "pm", "a.m", "p.m", "gmt", "utc",
                "bst", "est", "edt", "cet", "cest", "pst", "pdt", "ist", "kst", "jst", "et", "pt", "first", "date",
                "time", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
                "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "and", "created", "released", "issued" })
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words.contains(lowerWord);
}

bool BoilerplateLexicon::hasAuthorBioWords(const QString &form)
{
    for (QStringView word : QStringTokenizer(form, u' ', Qt::SkipEmptyParts)) {
        while (!word.isEmpty() && !word.back().isLetter())
            word.chop(1);
        for (const char *w : { "writer", "journalist", "reporter", "editor", "author", "correspondent", "contributor",
                 "columnist", "freelance", "freelancer", "covers", "writes", "blogger", "graduate", "enthusiast",
                 "passionate", "editorial" }) {
            if (word == QLatin1String(w))
                return true;
        }
    }
    return false;
}

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchpage.h"

#include "bencharticle.h"
#include "benchrng.h"
#include "benchwords.h"

namespace
{
QByteArray esc(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray hex(BenchRng &rng, int digits)
{
    static const char chars[] = "0123456789abcdef";
    QByteArray out(digits, '0');
    for (char &c : out)
        c = chars[rng.below(16)];
    return out;
}

// Minified-looking script: what analytics, consent and ad loaders put inline.
QByteArray scriptChunk(BenchRng &rng)
{
    const QByteArray id = hex(rng, 6);
    switch (rng.below(4)) {
    case 0:
        return "!function(e,t){var n=e.q_" + id + "=e.q_" + id + "||[];function r(){n.push(arguments)}r('init','"
            + hex(rng, 12) + "');for(var o=0;o<" + QByteArray::number(rng.between(2, 40))
            + ";o++)r('slot',o,{sizes:[[300,250],[728,90]],lazy:!0});t.addEventListener('scroll',function(){r('view',"
              "Date.now())},{passive:!0})}(window,document);\n";
    case 1:
        return "window.dataLayer=window.dataLayer||[];dataLayer.push({event:'pv_" + id + "',section:'news',tags:['"
            + hex(rng, 5) + "','" + hex(rng, 7) + "'],ts:" + QByteArray::number(rng.next() % 1000000000)
            + "});function g" + id + "(a){return a&&a.nodeType===1?a.getAttribute('data-" + hex(rng, 4) + "'):null}\n";
    case 2:
        return "if(document.cookie.indexOf('consent_" + id + "=')<0){var b=document.getElementById('cb-" + id
            + "');b&&b.classList.remove('hidden');b&&b.querySelector('button').onclick=function(){document.cookie="
              "'consent_"
            + id + "=1;max-age=31536000;path=/';b.remove()}}\n";
    default:
        return "(function(){var s=document.createElement('script');s.async=true;s.src='https://cdn.example/"
            + hex(rng, 10) + ".js?v=" + QByteArray::number(rng.between(1, 999))
            + "';document.head.appendChild(s)})();\n";
    }
}

QByteArray cssChunk(BenchRng &rng)
{
    const QByteArray c = hex(rng, 5);
    return ".c-" + c + "{margin:0 " + QByteArray::number(rng.below(24))
        + "px;padding:" + QByteArray::number(rng.below(16)) + "px;color:#" + hex(rng, 6) + ";font:400 "
        + QByteArray::number(rng.between(11, 22)) + "px/1.4 system-ui,sans-serif}.c-" + c + ":hover{background:#"
        + hex(rng, 6) + "}@media (max-width:" + QByteArray::number(rng.between(480, 1200)) + "px){.c-" + c
        + "{display:none}}\n";
}

// The page's state as a JSON blob, with teasers of other articles, as front-end frameworks inline it.
QByteArray stateChunk(BenchRng &rng, const BenchArticle &a)
{
    const QString &headline = a.related.at(rng.below(int(a.related.size())));
    return R"({"id":")" + hex(rng, 16) + R"(","type":"teaser","headline":")" + headline.toUtf8()
        + R"(","image":{"src":"https://img.example/)" + hex(rng, 24) + R"(.jpg","w":)"
        + QByteArray::number(rng.between(300, 1600)) + ",\"h\":" + QByteArray::number(rng.between(200, 900))
        + R"(},"section":"world","flags":{"premium":)" + (rng.chance(0.3) ? "true" : "false") + ",\"live\":false}},";
}

QByteArray navigation(BenchRng &rng)
{
    QByteArray out = R"(<header class="site-header"><a class="logo" href="/">Home</a><nav aria-label="Main"><ul>)";
    for (int i = 0, n = rng.between(30, 120); i < n; ++i) {
        const QByteArray word = BenchWords::properWord(rng).toUtf8();
        out += R"(<li class="menu-item"><a href="/)" + word.toLower() + "\">" + word + "</a></li>";
    }
    return out + "</ul></nav><button class=\"menu-toggle\" aria-label=\"Menu\">&#9776;</button></header>\n";
}

QByteArray footer(BenchRng &rng, const BenchArticle &a)
{
    QByteArray out = R"(<footer class="site-footer"><div class="footer-links">)";
    for (int i = 0, n = rng.between(20, 80); i < n; ++i) {
        const QByteArray word = BenchWords::properWord(rng).toUtf8();
        out += "<a href=\"/info/" + word.toLower() + "\">" + word + "</a> ";
    }
    return out + "</div><p>&copy; " + QByteArray::number(a.published.year()) + " " + esc(a.outlet)
        + ". All rights reserved.</p></footer>\n";
}
}

QByteArray BenchPage::plainText(const BenchArticle &a, BenchRng &rng, bool datelineInText)
{
    QString text = QStringLiteral("Home | News | World\n\n") + a.title + QStringLiteral("\n\nBy ") + a.author
        + QStringLiteral("\n\n");
    if (datelineInText)
        text += QStringLiteral("%1 %2 %3\n\n")
                    .arg(a.published.day())
                    .arg(BenchWords::monthName(a.published.month()))
                    .arg(a.published.year());
    for (int i = 0; i < a.paragraphs.size(); ++i) {
        text += a.paragraphs.at(i) + QStringLiteral("\n\n");
        if (i == 1)
            text += a.caption + QStringLiteral("\n\n");
        if (i == 3 && rng.chance(0.5))
            text += QStringLiteral("Also read: ") + a.related.at(0) + QStringLiteral("\n\nAdvertisement\n\n");
    }
    return (text + QStringLiteral("Share this article\n")).toUtf8();
}

QByteArray BenchPage::markdown(const BenchArticle &a, BenchRng &rng)
{
    QString text = QStringLiteral("---\ntitle: \"%1\"\nauthor: %2\ndate: %3\n---\n\n# %1\n\n")
                       .arg(a.title, a.author, a.published.toString(Qt::ISODate));
    for (int i = 0; i < a.paragraphs.size(); ++i) {
        text += a.paragraphs.at(i) + QStringLiteral("\n\n");
        if (i == 2 && rng.chance(0.5))
            text += QStringLiteral("## What happens next\n\n");
        if (i == 4)
            text += QStringLiteral("- [%1](https://example.org/related)\n\n").arg(a.related.at(1));
    }
    return text.toUtf8();
}

QByteArray BenchPage::html(const BenchArticle &a, BenchRng &rng, int htmlBytes)
{
    const QByteArray date = a.published.toString(Qt::ISODate).toUtf8();
    QByteArray head = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(a.title) + " | "
        + esc(a.outlet) + R"(</title><meta name="viewport" content="width=device-width,initial-scale=1">)"
        + R"(<meta property="og:site_name" content=")" + esc(a.outlet) + R"("><meta property="og:title" content=")"
        + esc(a.title) + R"("><meta property="og:url" content=")" + esc(a.url)
        + R"("><meta property="article:published_time" content=")" + date
        + "T08:" + QByteArray::number(10 + rng.below(50)) + R"(:00Z"><meta name="author" content=")" + esc(a.author)
        + R"("><link rel="canonical" href=")" + esc(a.url) + "\">";
    for (int i = 0; i < 6; ++i)
        head += R"(<link rel="preload" as="font" href="/fonts/)" + hex(rng, 8) + ".woff2\" crossorigin>";
    head += "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
            "\"headline\":\""
        + esc(a.title) + R"(","datePublished":")" + date + R"(","author":{"@type":"Person","name":")" + esc(a.author)
        + "\"}}</script>\n";

    QByteArray article = "<main id=\"content\"><nav class=\"breadcrumb\"><a href=\"/\">Home</a> &rsaquo; <a "
                         "href=\"/world\">World</a></nav><article><h1>"
        + esc(a.title) + R"(</h1><p class="byline">By <a rel="author" href="/authors/)" + hex(rng, 6) + "\">"
        + esc(a.author) + "</a> &middot; <time datetime=\"" + date + "\">" + date
        + "</time> &middot; 4 min read</p><figure><img src=\"https://img.example/" + hex(rng, 24)
        + R"(.jpg" alt=""><figcaption>)" + esc(a.caption) + "</figcaption></figure>\n";
    for (int i = 0; i < a.paragraphs.size(); ++i) {
        article += "<p>" + esc(a.paragraphs.at(i)) + "</p>\n";
        if (i == 2)
            article += R"(<div class="ad-slot" data-slot=")" + hex(rng, 6)
                + "\"><span>Advertisement</span><script>googletag.cmd.push(function(){googletag.display('" + hex(rng, 6)
                + "')})</script></div>\n";
        if (i == 4)
            article += R"(<aside class="related"><h3>Related</h3><ul><li><a href="/r/)" + hex(rng, 6) + "\">"
                + esc(a.related.at(2)) + "</a></li><li><a href=\"/r/" + hex(rng, 6) + "\">" + esc(a.related.at(3))
                + "</a></li></ul></aside>\n";
    }
    article += "<div class=\"share\"><a href=\"#\">Share on social media</a> <a href=\"#\">Email</a> <button>Copy "
               "link</button></div></article>";
    article += "<aside class=\"most-read\"><h2>Most read</h2><ol>";
    for (int i = 4; i < a.related.size(); ++i)
        article += "<li><a href=\"/m/" + hex(rng, 6) + "\">" + esc(a.related.at(i)) + "</a></li>";
    article += "</ol></aside><form class=\"newsletter\"><label>Get our morning briefing <input type=\"email\" "
               "placeholder=\"Email address\"></label><button>Sign up</button></form></main>\n";

    const QByteArray body = "<body class=\"article-page\"><div id=\"cb-banner\" class=\"cookie-banner hidden\">We use "
                            "cookies to improve your experience. <button>Accept</button></div>"
        + navigation(rng) + article + footer(rng, a);

    // What real pages weigh beyond their text: a style sheet, the framework's state, tag scripts.
    const int fixed = int(head.size() + body.size()) + 200;
    const int extra = std::max(0, htmlBytes - fixed);
    QByteArray style = "<style>";
    while (style.size() < extra / 6)
        style += cssChunk(rng);
    style += "</style>\n";
    QByteArray state = R"(<script id="__STATE__" type="application/json">{"page":{"teasers":[)";
    while (state.size() < extra / 2)
        state += stateChunk(rng, a);
    state.chop(1);
    state += "]}}</script>\n";
    QByteArray scripts;
    while (scripts.size() < extra - style.size() - state.size())
        scripts += "<script>" + scriptChunk(rng) + "</script>\n";
    return head + style + "</head>" + body + state + scripts + "</body></html>\n";
}

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/weblink.h"

#include <QTest>

// Only absolute http(s) URLs from a corpus ever become links.
class TestWebLink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isWebUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("web");
        QTest::newRow("https") << QStringLiteral("https://news.example/a?b=1#c") << true;
        QTest::newRow("http, upper case") << QStringLiteral("HTTP://news.example/") << true;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("javascript, blanks and case") << QStringLiteral("  JavaScript:alert(1)") << false;
        QTest::newRow("data") << QStringLiteral("data:text/html,<script>alert(1)</script>") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("relative") << QStringLiteral("/news/a.html") << false;
        QTest::newRow("no host") << QStringLiteral("http:///path") << false;
        QTest::newRow("scheme-relative") << QStringLiteral("//evil.example/x") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void isWebUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, web);
        QCOMPARE(WebLink::isWebUrl(url), web);
    }
};

QTEST_GUILESS_MAIN(TestWebLink)
#include "tst_weblink.moc"

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/anchorresolver.h"
#include "annotations/annotationreport.h"
#include "annotations/markdowntext.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace
{
// The report as CommonMark renders it with raw HTML allowed (cmark --unsafe, as scripts/deps.sh
// installs it): what a reader of the report would see.
QString renderUnsafe(const QByteArray &markdown)
{
    QProcess cmark;
    cmark.start(QStringLiteral("cmark"), { QStringLiteral("--unsafe") });
    if (!cmark.waitForStarted(10000))
        return QStringLiteral("(cmark missing: run scripts/deps.sh)");
    cmark.write(markdown);
    cmark.closeWriteChannel();
    cmark.waitForFinished(10000);
    return QString::fromUtf8(cmark.readAllStandardOutput());
}

const QStringList &hostile()
{
    static const QStringList all {
        QStringLiteral("<script>alert(1)</script>"),
        QStringLiteral("<img src=x onerror=alert(1)>"),
        QStringLiteral("[click](javascript:alert(1))"),
        QStringLiteral("![x](javascript:alert(1))"),
        QStringLiteral("<javascript:alert(1)>"),
        QStringLiteral("a`b``c` <b>bold</b>"),
        QStringLiteral("line one\n<div onclick=x>\n\n<iframe src=//evil>"),
        QStringLiteral("    <script>indented</script>"),
        QStringLiteral("&lt;script&gt; and &#60;b&#62;"),
    };
    return all;
}
}

// The Markdown report carries notes, names, roles and article ids the analyst (or a corpus) wrote:
// rendered, none of them becomes markup.
class TestMarkdownReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void hostileTextStaysText_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &text : hostile())
            QTest::newRow(qPrintable(text.left(24))) << text;
    }

    void hostileTextStaysText()
    {
        QFETCH(QString, text);
        Annotation a = Annotation::create(AnnotationCategory::Other, text, text);
        AnnotationAnchor anchor;
        anchor.role = text;
        anchor.target = AnchorResolver::makeTarget(
            text + QStringLiteral("`id`"), QStringLiteral("before ") + text, { 7, 7 + int(text.size()) });
        anchor.state = AnchorState::Fuzzy;
        anchor.previousExact = text;
        a.anchors.append(anchor);
        const QByteArray markdown = AnnotationReport::toMarkdown({ a }, nullptr, { text, QStringLiteral("t (1).png") });
        const QString html = renderUnsafe(markdown);
        QVERIFY2(!html.startsWith(QLatin1String("(cmark missing")), qPrintable(html));
        // The only tags are CommonMark's own; our <br> is not even rendered raw outside a table.
        static const QRegularExpression tag(QStringLiteral("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9]*)"));
        const QStringList allowed { QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("p"),
            QStringLiteral("em"), QStringLiteral("strong"), QStringLiteral("blockquote"), QStringLiteral("code"),
            QStringLiteral("img"), QStringLiteral("br") };
        for (auto it = tag.globalMatch(html); it.hasNext();) {
            const QString name = it.next().captured(1).toLower();
            QVERIFY2(allowed.contains(name), qPrintable(name + QStringLiteral(" in\n") + html));
        }
        QVERIFY2(!html.contains(QLatin1String("href=")), qPrintable(html));
        // The one image is the timeline, with its name intact.
        QCOMPARE(html.count(QLatin1String("<img")), 1);
        QVERIFY2(html.contains(QLatin1String("src=\"t%20%281%29.png\"")), qPrintable(html));
    }

    void codeSpanHoldsAnyBackticks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("outlet/a");
        QTest::newRow("one backtick") << QStringLiteral("a`b");
        QTest::newRow("runs") << QStringLiteral("a``b```c");
        QTest::newRow("backtick at the ends") << QStringLiteral("`a`");
        QTest::newRow("spaces at the ends") << QStringLiteral(" a ");
        QTest::newRow("html inside") << QStringLiteral("<b>x</b>");
    }

    void codeSpanHoldsAnyBackticks()
    {
        QFETCH(QString, text);
        const QString html = renderUnsafe(MarkdownText::codeSpan(text).toUtf8());
        QCOMPARE(html.trimmed(), QStringLiteral("<p><code>") + text.toHtmlEscaped() + QStringLiteral("</code></p>"));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownReport)
#include "tst_markdownreport.moc"

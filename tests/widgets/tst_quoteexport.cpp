// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentation/quoteexporter.h"
#include "quotepanel/quotepanel.h"
#include "quotepanel/quotepanelimage.h"
#include "testsupport.h"
#include "tst_quotepanelfixture.h"
#include "widgettestsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
// A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

// The statement column of a CSV export, each statement once, in the order written.
QStringList csvStatements(const QByteArray &csv)
{
    QStringList ids;
    for (const QStringList &row : parseCsv(QString::fromUtf8(csv)).mid(1)) {
        if (!ids.contains(row.constFirst()))
            ids.append(row.constFirst());
    }
    return ids;
}
}

// The exports write what they say: every rendering, its difference and similarity, a legend, a picture.
class TestQuoteExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { WidgetTestSupport::initWidgetTest(); }

    void formatFromExtension_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format"); // -1: none
        QTest::newRow("html") << u"out/quotes.html"_s << int(QuoteExporter::Format::Html);
        QTest::newRow("htm upper case") << u"QUOTES.HTM"_s << int(QuoteExporter::Format::Html);
        QTest::newRow("csv") << u"quotes.csv"_s << int(QuoteExporter::Format::Csv);
        QTest::newRow("png") << u"/tmp/panel.png"_s << int(QuoteExporter::Format::Png);
        QTest::newRow("unknown") << u"quotes.txt"_s << -1;
        QTest::newRow("none") << u"quotes"_s << -1;
    }

    void formatFromExtension()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        const auto found = QuoteExporter::formatFor(path);
        QCOMPARE(found ? int(*found) : -1, format);
    }

    void selection_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("fails");
        QTest::newRow("all") << QString() << QString() << QStringList { u"s1"_s, u"s2"_s, u"s3"_s, u"s4"_s } << false;
        QTest::newRow("by id") << u"s2"_s << QString() << QStringList { u"s2"_s } << false;
        QTest::newRow("by speaker, any case, part of the name")
            << QString() << u"lopez"_s << QStringList { u"s1"_s, u"s2"_s } << false;
        QTest::newRow("unknown id") << u"s99"_s << QString() << QStringList {} << true;
        QTest::newRow("unknown speaker") << QString() << u"Nobody"_s << QStringList {} << true;
        QTest::newRow("id by another speaker") << u"s3"_s << u"Lopez"_s << QStringList {} << true;
    }

    void selection()
    {
        QFETCH(QString, statement);
        QFETCH(QString, speaker);
        QFETCH(QStringList, expected);
        QFETCH(bool, fails);
        const Result<QStringList> selected = QuoteExporter(QuotePanelFixture::make()).select(statement, speaker);
        QCOMPARE(selected.ok(), !fails);
        if (fails) {
            QCOMPARE(selected.error().code, Error::Code::NotFound);
            QVERIFY(!selected.error().message.isEmpty());
        } else {
            QCOMPARE(selected.value(), expected);
        }
    }

    void csvQuoting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"plain words"_s << u"plain words"_s;
        QTest::newRow("comma") << u"a, b"_s << u"\"a, b\""_s;
        QTest::newRow("quote") << u"say \"no\""_s << u"\"say \"\"no\"\"\""_s;
        QTest::newRow("line break") << u"one\ntwo"_s << u"\"one\ntwo\""_s;
    }

    void csvQuoting()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(QuoteExporter::csvField(value), expected);
    }

    // The panel exports what its list shows, in the list's order, however it is sorted or filtered: the
    // statements go to the exporter by id, so a sorted or narrowed list cannot export the wrong ones.
    void exportFollowsTheList_data()
    {
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("corpus order") << int(QuotePanel::SortOrder::Corpus) << QString() << QString()
                                      << QStringList { u"s1"_s, u"s2"_s, u"s3"_s, u"s4"_s };
        QTest::newRow("most divergent first") << int(QuotePanel::SortOrder::Divergence) << QString() << QString()
                                              << QStringList { u"s2"_s, u"s1"_s, u"s3"_s, u"s4"_s };
        QTest::newRow("one speaker, most divergent first") << int(QuotePanel::SortOrder::Divergence) << u"Ana Lopez"_s
                                                           << QString() << QStringList { u"s2"_s, u"s1"_s };
        QTest::newRow("another speaker") << int(QuotePanel::SortOrder::Corpus) << u"Ben Ortiz"_s << QString()
                                         << QStringList { u"s3"_s };
        QTest::newRow("searched") << int(QuotePanel::SortOrder::Corpus) << QString() << u"deficit"_s
                                  << QStringList { u"s2"_s };
    }

    void exportFollowsTheList()
    {
        QFETCH(int, order);
        QFETCH(QString, speaker);
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        const auto result = QuotePanelFixture::make();
        QuotePanel panel;
        panel.setResult(result);
        panel.setSortOrder(QuotePanel::SortOrder(order));
        panel.setSpeakerFilter(speaker);
        panel.setSearchText(search);
        QCOMPARE(panel.shownStatements(), expected);
        QCOMPARE(csvStatements(QuoteExporter(result).csv(panel.shownStatements())), expected);
    }

    void unknownStatementsAreSkipped()
    {
        const QuoteExporter exporter(QuotePanelFixture::make());
        QCOMPARE(csvStatements(exporter.csv({ u"s3"_s, u"gone"_s, u"s1"_s })), (QStringList { u"s3"_s, u"s1"_s }));
        QVERIFY(!QString::fromUtf8(exporter.html({ u"gone"_s })).contains(u"<section"_s));
    }

    void csvHasOneRowPerRendering()
    {
        const auto result = QuotePanelFixture::make();
        const QuoteExporter exporter(result);
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(exporter.csv({ u"s1"_s, u"s2"_s, u"s3"_s })));
        QCOMPARE(rows.size(), 1 + 3 + 2 + 2);
        const QStringList &header = rows.constFirst();
        QCOMPARE(header,
            (QStringList { u"statement"_s, u"speaker"_s, u"outlet"_s, u"article"_s, u"url"_s, u"quote"_s,
                u"quote_kind"_s, u"credited_to"_s, u"text"_s, u"difference"_s, u"similarity"_s }));
        QStringList lines;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), header.size());
            lines.append(QStringList { row.at(0), row.at(2), row.at(6), row.at(7), row.at(9), row.at(10) }.join(u'|'));
        }
        QCOMPARE(lines,
            (QStringList {
                u"s1|Daily Ledger|direct|Ana Lopez|reference|1.000"_s,
                u"s1|Morning Wire|direct|Ana Lopez|substitution;insertion|0.800"_s,
                u"s1|Coast Courier|direct|Ana Lopez|omission;reordering|0.600"_s,
                u"s2|Morning Wire|direct|Ana Lopez|reference|1.000"_s,
                u"s2|Coast Courier|fragment|Ana Lopez|same|0.330"_s,
                u"s3|Daily Ledger|direct|Ben Ortiz|reference|1.000"_s,
                u"s3|Coast Courier|direct|Carl Ruiz|same|1.000"_s,
            }));
        // The text survives quoting intact.
        QCOMPARE(rows.at(2).at(8), result->quotes.at(result->quoteIndex(u"art2#q1"_s)).text);
        QCOMPARE(rows.at(2).at(4), u"https://example.org/art2"_s);
    }

    void htmlHoldsEveryRenderingAndTheLegend()
    {
        const auto result = QuotePanelFixture::make();
        const QString html = QString::fromUtf8(QuoteExporter(result).html({ u"s1"_s, u"s2"_s, u"s3"_s }));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
        // Self-contained: no external style sheets, scripts or images.
        QVERIFY(!html.contains(u"<link"_s));
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"<img"_s));
        for (const Quote &q : result->quotes)
            QVERIFY2(html.contains(q.text.toHtmlEscaped()), qPrintable(q.text));
        for (const QString &label : { u"substitution"_s, u"insertion"_s, u"omission"_s, u"reordering"_s })
            QVERIFY2(html.contains(label), qPrintable(label));
        for (const QString &outlet : { u"Daily Ledger"_s, u"Morning Wire"_s, u"Coast Courier"_s })
            QVERIFY(html.contains(outlet));
        QVERIFY(html.contains(u"<section id=\"s3\">"_s));
        // The conflict is spelled out.
        QVERIFY(html.contains(u"Carl Ruiz"_s));
        // The substituted word is tinted with the substitution colour.
        QVERIFY(html.contains(u"title=\"substitution\">not</td>"_s));
    }

    void htmlOfOneStatement()
    {
        const QString html = QString::fromUtf8(QuoteExporter(QuotePanelFixture::make()).html({ u"s2"_s }));
        QVERIFY(html.contains(u"<section id=\"s2\">"_s));
        QVERIFY(!html.contains(u"<section id=\"s1\">"_s));
        QVERIFY(html.contains(u"deficit is gone"_s));
    }

    void pngShowsThePanel()
    {
        const QuoteExporter exporter(QuotePanelFixture::make(), QuotePanelImage::render);
        const QImage image = exporter.png({ u"s2"_s }, QSize(1100, 700));
        QCOMPARE(image.size(), QSize(1100, 700));
        QVERIFY(WidgetTestSupport::colourCount(image) > 20);
        WidgetTestSupport::maybeSave(image, u"export-s2.png"_s);
        // Not the same picture as another statement's.
        QVERIFY(exporter.png({ u"s1"_s }, QSize(1100, 700)) != image);
    }

    void writeFiles()
    {
        QTemporaryDir dir;
        const QuoteExporter exporter(QuotePanelFixture::make(), QuotePanelImage::render);
        for (const QString &name : { u"q.html"_s, u"q.csv"_s, u"q.png"_s }) {
            const QString path = dir.filePath(name);
            const Error written = exporter.write(path, *QuoteExporter::formatFor(path), { u"s1"_s, u"s2"_s });
            QVERIFY2(written.ok(), qPrintable(written.message));
            QVERIFY(QFileInfo(path).size() > 100);
        }
        QVERIFY(!QImage(dir.filePath(u"q.png"_s)).isNull());
    }

    void unwritableFileFails()
    {
        const QuoteExporter exporter(QuotePanelFixture::make());
        const Error written = exporter.write(u"/nonexistent-dir/q.csv"_s, QuoteExporter::Format::Csv, { u"s1"_s });
        QCOMPARE(written.code, Error::Code::Io);
        QCOMPARE(written.file, u"/nonexistent-dir/q.csv"_s);
        QVERIFY(written.message.contains(u"/nonexistent-dir/q.csv"_s));
    }
};

QTEST_MAIN(TestQuoteExport)
#include "tst_quoteexport.moc"

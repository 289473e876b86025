// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/dumpwriter.h"

#include "analysis/analyzer.h"
#include "corpus/corpusloader.h"
#include "testsupport.h"

#include <QBuffer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
// Text that needs every escape: quotes, backslash, controls, characters beyond the BMP, a lone surrogate.
const QString Tricky = u"\U0001F600 \u201cHi \"there\",\u201d she said.\n\nBack\\slash\ttab \u0001 "_s + QChar(0xD800)
    + u" \uC11C\uC6B8"_s;

AnalysisResult trickyResult()
{
    AnalysisResult r;
    r.corpus.name = u"Odd \"names\""_s;
    r.corpus.path = u"/tmp/odd\\path"_s;
    r.corpus.articles = { TestSupport::makeArticle(Tricky, QDate(2024, 2, 29), u"a"_s),
        TestSupport::makeArticle(u"Plain."_s, {}, u"b"_s) };
    r.corpus.warnings = { { Error::Code::Malformed, u"not valid UTF-8"_s, u"x.txt"_s } };
    Quote q;
    q.id = u"a#q1"_s;
    q.article = 0;
    q.span = { int(Tricky.indexOf(u"Hi")), int(Tricky.indexOf(u"\u201d")) };
    q.text = Tricky.mid(q.span.start, q.span.length());
    q.speaker = u"Ana Ruiz"_s;
    q.statement = u"s1"_s;
    Quote q2 = q;
    q2.id = u"a#q0"_s; // sorts before q1: objects keyed by quote id come out sorted
    r.quotes = { q, q2 };
    Statement s;
    s.id = u"s1"_s;
    s.quotes = { q.id, q2.id, q.id }; // a repeated id keeps one key, as in a QJsonObject
    s.reference = q.id;
    s.similarity = { 1.0, 0.1 + 0.2, 0.5 };
    s.alignment = { { { u"Hi"_s, QString(), u"Hi"_s }, DiffKind::Same } };
    r.statements = { s };
    Event e;
    e.id = u"e1"_s;
    e.start = QDate(2024, 2, 1);
    e.end = QDate(2024, 2, 29);
    e.precision = DatePrecision::Month;
    EventMention m;
    m.article = 0;
    m.span = q.span;
    m.timex.confidence = std::nan(""); // JSON has no NaN: null, as QJsonDocument writes it
    e.mentions = { m };
    e.conflicts = { { u"date"_s, { 0 } } };
    r.events = { e };
    return r;
}
}

class TestDumpWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sameBytesAsQJsonDocument_data()
    {
        QTest::addColumn<bool>("fixture");
        QTest::addColumn<bool>("indented");
        QTest::newRow("fixture corpus, compact") << true << false;
        QTest::newRow("fixture corpus, indented") << true << true;
        QTest::newRow("every escape, compact") << false << false;
        QTest::newRow("every escape, indented") << false << true;
    }
    // What the stream writes reads back into the same document, which QJsonDocument writes back
    // byte for byte: same key order, escapes, number forms and layout.
    void sameBytesAsQJsonDocument()
    {
        QFETCH(bool, fixture);
        QFETCH(bool, indented);
        const AnalysisResult result = fixture ? TestSupport::fixtureAnalysis(u"attribution"_s) : trickyResult();
        const QByteArray bytes
            = DumpWriter::toBytes(result, indented ? DumpWriter::Format::Indented : DumpWriter::Format::Compact);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.errorString(), QJsonParseError().errorString());
        QVERIFY(bytes.endsWith('\n'));
        const QByteArray again = doc.toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
        QCOMPARE(indented ? again : again + '\n', bytes);
    }

    void compactAndIndentedAgree()
    {
        const AnalysisResult result = trickyResult();
        const QJsonDocument compact = QJsonDocument::fromJson(DumpWriter::toBytes(result, DumpWriter::Format::Compact));
        const QJsonDocument indented
            = QJsonDocument::fromJson(DumpWriter::toBytes(result, DumpWriter::Format::Indented));
        QCOMPARE(compact, indented);
        QCOMPARE(DumpWriter::toBytes(result).count('\n'), 1);
    }

    void offsetsAreCodePoints()
    {
        const QJsonObject doc = QJsonDocument::fromJson(DumpWriter::toBytes(trickyResult())).object();
        const QJsonObject quote = doc.value("quotes"_L1).toArray().at(0).toObject();
        // "😀 “Hi": the emoji is two UTF-16 units and one code point.
        QCOMPARE(quote.value("start"_L1).toInt(), 3);
        QCOMPARE(doc.value("articles"_L1).toArray().at(0).toObject().value("text"_L1).toString(), Tricky);
        const QJsonObject mention
            = doc.value("events"_L1).toArray().at(0).toObject().value("mentions"_L1).toArray().at(0).toObject();
        QCOMPARE(mention.value("start"_L1).toInt(), 3);
        QVERIFY(mention.value("confidence"_L1).isNull());
    }

    // A text with a surrogate stays in its article; the others are packed and come back whole.
    void packedTextsComeBackWhole()
    {
        Corpus corpus = trickyResult().corpus;
        corpus.articles.append(TestSupport::makeArticle(QString(), {}, u"c"_s));
        const PackedTexts packed(corpus);
        QVERIFY(!packed.holds(0));
        QCOMPARE(corpus.articles.at(0).text(), Tricky);
        QVERIFY(packed.holds(1));
        QVERIFY(corpus.articles.at(1).text().isNull());
        QCOMPARE(packed.text(1), u"Plain."_s);
        QVERIFY(!packed.holds(2));
    }

    void packedTextsDumpTheSame()
    {
        AnalysisResult result = trickyResult();
        const QByteArray kept = DumpWriter::toBytes(result);
        result.packedTexts = PackedTexts(result.corpus);
        QVERIFY(result.packedTexts.holds(1));
        QCOMPARE(DumpWriter::toBytes(result), kept);
    }

    // The analysis packs or drops the texts only after the stages that read them: the results are the same.
    void analysisWithoutTextsAfterQuotesFindsTheSame()
    {
        const Corpus corpus = CorpusLoader::load(TestSupport::fixtureCorpus(u"attribution"_s)).corpus;
        QVERIFY(!corpus.articles.isEmpty());
        const AnalysisResult kept = Analyzer::run(corpus);
        QVERIFY(!kept.quotes.isEmpty() && !kept.statements.isEmpty());
        Analyzer::Options options;
        options.texts = Analyzer::Options::Texts::Pack;
        const auto packed = Analyzer::run(corpus, options);
        QVERIFY(packed);
        QVERIFY(packed->corpus.articles.at(0).text().isNull());
        QCOMPARE(DumpWriter::toBytes(*packed), DumpWriter::toBytes(kept));
        options.texts = Analyzer::Options::Texts::Drop;
        auto dropped = Analyzer::run(corpus, options);
        QVERIFY(dropped);
        QVERIFY(std::all_of(dropped->corpus.articles.cbegin(), dropped->corpus.articles.cend(),
            [](const Article &a) { return a.text().isNull(); }));
        dropped->corpus = kept.corpus;
        QCOMPARE(DumpWriter::toBytes(*dropped), DumpWriter::toBytes(kept));
    }

    // Mentions parked until the event merge come back to it whole, their article indices restored.
    void parkedMentionsFindTheSame()
    {
        const Corpus corpus = CorpusLoader::load(TestSupport::fixtureCorpus(u"attribution"_s)).corpus;
        const AnalysisResult kept = Analyzer::run(corpus);
        QVERIFY(!kept.events.isEmpty());
        QMutex mutex;
        QHash<QByteArray, QList<EventMention>> parked;
        int unparked = 0;
        Analyzer::Options options;
        options.parkMentions = [&](const QList<EventMention> &mentions) {
            const QMutexLocker lock(&mutex);
            QByteArray key = QByteArray::number(parked.size());
            QList<EventMention> &copy = parked[key];
            copy = mentions;
            for (EventMention &m : copy)
                m.article = -1; // a blob need not keep them
            return key;
        };
        options.unparkMentions = [&](const QByteArray &key) {
            const QMutexLocker lock(&mutex);
            ++unparked;
            return parked.value(key);
        };
        const auto result = Analyzer::run(corpus, options);
        QVERIFY(result);
        QCOMPARE(parked.size(), corpus.articles.size());
        QCOMPARE(unparked, corpus.articles.size());
        QCOMPARE(DumpWriter::toBytes(*result), DumpWriter::toBytes(kept));
        // A trigger that recurs in other articles comes back from parking as one string, not a copy for each.
        QHash<QString, const QChar *> triggers;
        int recurring = 0;
        for (const Event &e : result->events) {
            for (const EventMention &m : e.mentions) {
                if (m.trigger.isEmpty())
                    continue;
                const auto it = triggers.constFind(m.trigger);
                if (it == triggers.cend()) {
                    triggers.insert(m.trigger, m.trigger.constData());
                } else {
                    ++recurring;
                    QCOMPARE(m.trigger.constData(), it.value());
                }
            }
        }
        QVERIFY(recurring > 0);
    }

    // An article's mentions wait in its own list for the event merge: at their size, without growth slack.
    void articleMentionsAtTheirSize()
    {
        const Article article = TestSupport::makeArticle(
            u"Vera Lund met Ivo Marsh in Belmar on 3 May 2021. Storms hit Tarsis on 4 May 2021. "
            "Lund visited Corva on 9 May 2021. Marsh resigned on 12 May 2021. Talks resumed in Belmar on 20 May 2021."_s,
            QDate(2021, 5, 21), u"a0"_s);
        const ArticleAnalysis analysis = Analyzer::analyzeArticle(article, 0);
        QVERIFY(analysis.mentions.size() >= 3);
        QCOMPARE(analysis.mentions.capacity(), analysis.mentions.size());
    }

    void refusedWriteFails()
    {
        QByteArray bytes;
        QBuffer readOnly(&bytes);
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QVERIFY(!DumpWriter::write(trickyResult(), &readOnly));
    }
};

QTEST_GUILESS_MAIN(TestDumpWriter)
#include "tst_dumpwriter.moc"

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analyzer.h"
#include "analysis/dumpwriter.h"
#include "corpus/articlebuilder.h"
#include "corpus/corpusloader.h"
#include "projectfixture.h"
#include "storage/analysiscache.h"
#include "storage/analysiscodec.h"
#include "storage/articlecodec.h"
#include "storage/blobenvelope.h"
#include "storage/projectstore.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>
#include <QtEndian>

#include <cmath>
#include <functional>
#include <optional>
#include <zlib.h>

namespace
{
// An article blob with its compressed body changed by `edit`, as damage on disk could leave it.
template<typename Edit>
QByteArray editedBody(const QByteArray &blob, Edit edit)
{
    QByteArray raw = qUncompress(blob.mid(8));
    edit(raw);
    return blob.left(8) + qCompress(raw);
}

ArticleAnalysis populated()
{
    ArticleAnalysis a;
    Quote q;
    q.id = QStringLiteral("x#q1");
    q.article = 3;
    q.span = { 10, 20 };
    q.text = QStringLiteral("we will \U0001F600 win");
    q.kind = QuoteKind::Fragment;
    q.headline = true;
    q.speaker = QStringLiteral("A. Speaker");
    q.speakerCue = QStringLiteral("she said");
    q.cueSpan = { 21, 29 };
    q.rule = AttributionRule::Coreference;
    Quote unnamed;
    unnamed.speakerRole = QStringLiteral("harbour master");
    a.quotes = { q, unnamed };
    a.people = { QStringLiteral("A. Speaker"), QStringLiteral("B. Other") };
    a.titles = { QStringLiteral("harbour master"), QStringLiteral("B. Other") };
    EventMention m;
    m.article = 3;
    m.span = { 0, 40 };
    m.text = QStringLiteral("The summit took place on 12 June");
    m.timex = { { 25, 32 }, QStringLiteral("12 June"), QDate(2018, 6, 12), QDate(2018, 6, 12), DatePrecision::Day,
        DateBasis::RelativeToPublication, 0.75, QStringLiteral("2018-06-12") };
    m.trigger = QStringLiteral("summit");
    m.place = QStringLiteral("Port Alder");
    m.participants = { QStringLiteral("P1"), QStringLiteral("P2") };
    m.claim = QStringLiteral("two leaders");
    a.mentions = { m };
    return a;
}

// The per-article cache alone: the corpus-level cache would answer an unchanged corpus whole.
void withoutCorpusCache(Analyzer::Options &options)
{
    options.cachedCorpus = nullptr;
    options.storeCorpus = nullptr;
}

Article withText(Article article, const QString &text)
{
    article.setText(text);
    article.contentHash = ArticleBuilder::contentHash(text);
    return article;
}

// The quote-styles fixture corpus copied into `fixture` and loaded: what the cache tests analyse.
Corpus fixtureCorpusIn(const ProjectFixture &fixture)
{
    if (!fixture.isValid() || !fixture.copyCorpus(TestSupport::fixtureCorpus(QStringLiteral("quote-styles"))))
        return {};
    return CorpusLoader::load(fixture.corpus()).corpus;
}

// The first column of what `sql` selects; the database's error, which no test expects, when it fails.
QStringList firstColumn(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return { query.lastError().text() };
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

// `count` quotes "a#q1", "a#q2" … of `word`, the first word of the first article's text: many small items.
void addQuotes(AnalysisResult &result, int count, const QString &word)
{
    const int at = int(result.corpus.articles.at(0).text().indexOf(word));
    for (int i = 0; i < count; ++i) {
        Quote &q = result.quotes.emplace_back();
        q.id = QStringLiteral("a#q%1").arg(i + 1);
        q.article = 0;
        q.span = { at, at + int(word.size()) };
        q.text = word;
    }
}

// The corpus-level results of `blob` decoded into a result of `corpus`, as a reopened project does; none when the
// codec refuses the blob.
std::optional<AnalysisResult> decodedCorpus(const QByteArray &blob, const Corpus &corpus)
{
    AnalysisResult back;
    back.corpus = corpus;
    if (!AnalysisCodec::decodeCorpus(blob, back))
        return std::nullopt;
    return back;
}
}

class TestAnalysisCache : public QObject
{
    Q_OBJECT
private:
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void codecRoundTrips()
    {
        const ArticleAnalysis in = populated();
        const std::optional<ArticleAnalysis> out = AnalysisCodec::decode(AnalysisCodec::encode(in));
        QVERIFY(out);
        QCOMPARE(out->quotes.size(), 2);
        const Quote &q = out->quotes.at(0);
        const Quote &p = in.quotes.at(0);
        QCOMPARE(q.id, p.id);
        QCOMPARE(q.span, p.span);
        QCOMPARE(q.text, p.text);
        QCOMPARE(q.kind, p.kind);
        QCOMPARE(q.headline, p.headline);
        QCOMPARE(q.speaker, p.speaker);
        QCOMPARE(q.speakerCue, p.speakerCue);
        QCOMPARE(out->quotes.at(1).speakerRole, in.quotes.at(1).speakerRole);
        QCOMPARE(q.cueSpan, p.cueSpan);
        QCOMPARE(q.rule, p.rule);
        QCOMPARE(out->people, in.people);
        QCOMPARE(out->titles, in.titles);
        QCOMPARE(out->mentions.size(), 1);
        const EventMention &m = out->mentions.at(0);
        const EventMention &n = in.mentions.at(0);
        QCOMPARE(m.span, n.span);
        QCOMPARE(m.text, n.text);
        QCOMPARE(m.timex.span, n.timex.span);
        QCOMPARE(m.timex.text, n.timex.text);
        QCOMPARE(m.timex.start, n.timex.start);
        QCOMPARE(m.timex.end, n.timex.end);
        QCOMPARE(m.timex.precision, n.timex.precision);
        QCOMPARE(m.timex.basis, n.timex.basis);
        QCOMPARE(m.timex.confidence, n.timex.confidence);
        QCOMPARE(m.timex.value, n.timex.value);
        QCOMPARE(m.trigger, n.trigger);
        QCOMPARE(m.place, n.place);
        QCOMPARE(m.participants, n.participants);
        QCOMPARE(m.claim, n.claim);
    }

    void codecRefusesDamage_data()
    {
        QTest::addColumn<QByteArray>("blob");
        const QByteArray good = AnalysisCodec::encode(populated());
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << good.left(good.size() / 2);
        QTest::newRow("trailing bytes") << editedBody(good, [](QByteArray &raw) { raw += QByteArrayLiteral("xx"); });
        QTest::newRow("not compressed") << good.left(8) + QByteArrayLiteral("\0\0\0\x10not zlib at all");
        QByteArray otherVersion = good;
        otherVersion[7] = char(99);
        QTest::newRow("other version") << otherVersion;
        QTest::newRow("huge count") << editedBody(good, [](QByteArray &raw) { raw[0] = char(0x7f); });
    }

    void codecRefusesDamage()
    {
        QFETCH(QByteArray, blob);
        QVERIFY(!AnalysisCodec::decode(blob));
    }

    // Values a damaged or crafted project can hold that the analysis never makes: each is refused
    // (the article is analysed again) instead of allocated, indexed with or computed on.
    void codecRefusesValuesOutOfRange_data()
    {
        QTest::addColumn<QByteArray>("blob");
        QTest::addColumn<int>("textLength");
        const auto withQuote = [](auto change) {
            ArticleAnalysis a = populated();
            change(a.quotes.first());
            return AnalysisCodec::encode(a);
        };
        const auto withTimex = [](auto change) {
            ArticleAnalysis a = populated();
            change(a.mentions.first().timex);
            return AnalysisCodec::encode(a);
        };
        QTest::newRow("unknown quote kind") << withQuote([](Quote &q) { q.kind = QuoteKind(7); }) << -1;
        QTest::newRow("negative rule") << withQuote([](Quote &q) { q.rule = AttributionRule(-1); }) << -1;
        QTest::newRow("reversed span") << withQuote([](Quote &q) { q.span = { 20, 10 }; }) << -1;
        QTest::newRow("negative span") << withQuote([](Quote &q) { q.cueSpan = { -5, 2 }; }) << -1;
        QTest::newRow("span past the text") << AnalysisCodec::encode(populated()) << 35;
        QTest::newRow("year two million") << withTimex([](Timex &t) { t.end = QDate(2000000, 1, 1); }) << -1;
        QTest::newRow("year minus a billion")
            << withTimex([](Timex &t) { t.start = QDate::fromJulianDay(-365LL * 1000000000); }) << -1;
        QTest::newRow("unknown precision")
            << withTimex([](Timex &t) { t.precision = DatePrecision(int(DatePrecision::Unknown) + 1); }) << -1;
        QTest::newRow("NaN confidence") << withTimex([](Timex &t) { t.confidence = std::nan(""); }) << -1;
        QTest::newRow("confidence above 1") << withTimex([](Timex &t) { t.confidence = 7.0; }) << -1;
        // No quotes, then the people list: its count at byte 4 of the body claims four billion names.
        QTest::newRow("four billion people") << editedBody(AnalysisCodec::encode({}), [](QByteArray &raw) {
            raw[4] = char(0xff);
            raw[5] = char(0xff);
            raw[6] = char(0xff);
            raw[7] = char(0xf0);
        }) << -1;
        ArticleAnalysis manyParticipants = populated();
        manyParticipants.mentions.first().participants = QStringList(3, QStringLiteral("x"));
        qsizetype count = -1;
        const QByteArray participants = editedBody(AnalysisCodec::encode(manyParticipants), [&count](QByteArray &raw) {
            count = raw.indexOf(QByteArrayLiteral("\0\0\0\x03\0\0\0\x02\0x"));
            if (count >= 0)
                raw[count] = char(0x7f);
        });
        QVERIFY(count > 0);
        QTest::newRow("two billion participants") << participants << -1;
    }

    void codecRefusesValuesOutOfRange()
    {
        QFETCH(QByteArray, blob);
        QFETCH(int, textLength);
        QVERIFY(!AnalysisCodec::decode(blob, textLength));
    }

    void codecKeepsValuesInRange()
    {
        ArticleAnalysis a = populated();
        a.mentions.first().timex.start = QDate(-9999, 1, 1);
        a.mentions.first().timex.end = QDate(9999, 12, 31);
        a.mentions.first().timex.confidence = 1.0;
        QVERIFY(AnalysisCodec::decode(AnalysisCodec::encode(a), 40));
        QVERIFY(AnalysisCodec::decode(AnalysisCodec::encode({}), 0));
    }

    void reanalysesOnlyChangedArticles()
    {
        ProjectFixture fixture;
        const Corpus corpus = fixtureCorpusIn(fixture);
        QVERIFY(corpus.articles.size() >= 3);
        auto project = ProjectStore::open(fixture.newProject());
        QVERIFY(project.ok());
        const QByteArray fresh = DumpWriter::toBytes(Analyzer::run(corpus));

        {
            AnalysisCache cache(*project.value());
            Analyzer::Options options;
            cache.install(options);
            withoutCorpusCache(options);
            const auto result = Analyzer::run(corpus, options);
            QVERIFY(result);
            QCOMPARE(cache.hits(), 0);
            QCOMPARE(cache.misses(), int(corpus.articles.size()));
            QVERIFY(cache.flush().ok());
        }
        {
            AnalysisCache cache(*project.value());
            Analyzer::Options options;
            cache.install(options);
            withoutCorpusCache(options);
            const auto result = Analyzer::run(corpus, options);
            QCOMPARE(cache.hits(), int(corpus.articles.size()));
            QCOMPARE(cache.misses(), 0);
            // Cached per-article results give the same corpus analysis as a fresh run.
            QCOMPARE(DumpWriter::toBytes(*result), fresh);
        }
        Corpus changed = corpus;
        changed.articles[1]
            = withText(changed.articles[1], changed.articles[1].text() + QStringLiteral("\n\nCorrection appended."));
        {
            AnalysisCache cache(*project.value());
            Analyzer::Options options;
            cache.install(options);
            withoutCorpusCache(options);
            QVERIFY(Analyzer::run(changed, options));
            QCOMPARE(cache.misses(), 1);
            QCOMPARE(cache.hits(), int(corpus.articles.size()) - 1);
            QVERIFY(cache.flush().ok());
        }
        {
            // Another analyzer (a newer Parallax) trusts nothing cached by this one.
            AnalysisCache cache(*project.value(), QStringLiteral("another analyzer"));
            Analyzer::Options options;
            cache.install(options);
            withoutCorpusCache(options);
            QVERIFY(Analyzer::run(changed, options));
            QCOMPARE(cache.hits(), 0);
        }
        {
            // Articles gone from the corpus leave the cache.
            AnalysisCache cache(*project.value());
            const QStringList keep { changed.articles.at(0).id };
            QVERIFY(cache.flush(&keep).ok());
            QCOMPARE(firstColumn(project.value()->database(), QStringLiteral("SELECT article_id FROM analysis_cache")),
                keep);
        }
    }

    // new-project's analysis holds a batch of per-article results: the rest are in the file already.
    void writeBehindWritesBatchesDuringTheAnalysis()
    {
        ProjectFixture fixture;
        const Corpus corpus = fixtureCorpusIn(fixture);
        QVERIFY(corpus.articles.size() >= 3);
        auto project = ProjectStore::open(fixture.newProject());
        QVERIFY(project.ok());
        const auto rows = [&project] {
            QSqlQuery query(project.value()->database());
            return query.exec(QStringLiteral("SELECT COUNT(*) FROM analysis_cache")) && query.next()
                ? query.value(0).toInt()
                : -1;
        };
        AnalysisCache cache(*project.value());
        Analyzer::Options options;
        cache.install(options);
        withoutCorpusCache(options);
        cache.writeBehind(2);
        QVERIFY(Analyzer::run(corpus, options));
        QVERIFY(rows() >= 2);
        QVERIFY(cache.flush().ok());
        QCOMPARE(rows(), int(corpus.articles.size()));
    }

    void articleCodecRoundTrips()
    {
        ArticleBuilder::Built built;
        built.article = TestSupport::makeArticle(
            QStringLiteral("Harbour plans\n\nThe board met on Tuesday. \u201cWe will dredge,\u201d she said.\n\nPhoto: "
                           "archive"),
            QDate(2025, 3, 4), QStringLiteral("harbour"), true);
        built.article->file = QStringLiteral("news/harbour.html");
        built.article->outlet = QStringLiteral("Harbour Herald");
        built.article->url = QStringLiteral("https://example.org/harbour");
        built.article->author = QStringLiteral("A. Writer");
        built.article->publishedBasis = PublishedBasis::HtmlMeta;
        built.article->boilerplate = { built.article->paragraphs.constLast() };
        built.warnings = { { Error::Code::Malformed, QStringLiteral("a warning \U0001F600"),
            QStringLiteral("news/harbour.html") } };
        const std::optional<ArticleBuilder::Built> back = ArticleCodec::decode(ArticleCodec::encode(built));
        QVERIFY(back && back->article);
        const Article &a = *built.article;
        const Article &b = *back->article;
        QCOMPARE(b.file, a.file);
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.outlet, a.outlet);
        QCOMPARE(b.url, a.url);
        QCOMPARE(b.author, a.author);
        QCOMPARE(b.published, a.published);
        QCOMPARE(b.publishedBasis, a.publishedBasis);
        QCOMPARE(b.text(), a.text());
        QCOMPARE(b.contentHash, a.contentHash);
        QCOMPARE(b.paragraphs, a.paragraphs);
        QCOMPARE(b.sentences, a.sentences);
        QCOMPARE(b.headings, a.headings);
        QCOMPARE(b.boilerplate, a.boilerplate);
        QCOMPARE(back->warnings.size(), 1);
        QCOMPARE(back->warnings.constFirst().message, built.warnings.constFirst().message);
        QCOMPARE(back->warnings.constFirst().file, built.warnings.constFirst().file);
        QCOMPARE(back->warnings.constFirst().code, Error::Code::Malformed);

        // A text UTF-8 cannot carry unchanged (a lone surrogate) comes back as it was.
        ArticleBuilder::Built odd;
        odd.article = TestSupport::makeArticle(QStringLiteral("Odd ") + QChar(0xd800) + QStringLiteral(" text."));
        const std::optional<ArticleBuilder::Built> oddBack = ArticleCodec::decode(ArticleCodec::encode(odd));
        QVERIFY(oddBack && oddBack->article);
        QCOMPARE(oddBack->article->text(), odd.article->text());
    }

    void articleCodecRefusesDamage_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("truncated") << 0;
        QTest::newRow("another version") << 1;
        QTest::newRow("a size claim of 4 GB") << 2;
        QTest::newRow("compressed bytes flipped") << 3;
        QTest::newRow("a span past the text") << 4;
        QTest::newRow("the compressed text damaged") << 5;
    }

    void articleCodecRefusesDamage()
    {
        QFETCH(int, damage);
        ArticleBuilder::Built built;
        built.article = TestSupport::makeArticle(QStringLiteral("The ferry ran late. The operator apologised."));
        if (damage == 4)
            built.article->sentences.append({ 0, int(built.article->text().size()) + 5 });
        QByteArray blob = ArticleCodec::encode(built);
        switch (damage) {
        case 0:
            blob.chop(blob.size() / 2);
            break;
        case 1:
            blob[7] = char(blob[7] + 1);
            break;
        case 2:
            // The head's size as qCompress() wrote it, after the header and the head's length.
            blob[12] = blob[13] = blob[14] = blob[15] = char(0xff);
            break;
        case 3:
            for (qsizetype i = 18; i < blob.size(); i += 3)
                blob[i] = char(~blob[i]);
            break;
        case 5:
            for (qsizetype i = blob.size() - 8; i < blob.size(); ++i)
                blob[i] = char(~blob[i]);
            break;
        default:
            break;
        }
        QVERIFY(!ArticleCodec::decode(blob));
    }

    // A cached file's text is inflated when first read, not when the file is loaded; its length is known before,
    // and copies of the article share the one inflating.
    void articleCodecInflatesTheTextWhenFirstRead()
    {
        ArticleBuilder::Built built;
        built.article = TestSupport::makeArticle(
            QStringLiteral("The Velmar ferry ran late. \u201cWe are sorry,\u201d the operator said."));
        const std::optional<ArticleBuilder::Built> back = ArticleCodec::decode(ArticleCodec::encode(built));
        QVERIFY(back && back->article);
        const Article copy = *back->article;
        QVERIFY(!back->article->textHolder().isDecoded());
        QCOMPARE(back->article->textLength(), built.article->text().size());
        QCOMPARE(copy.text(), built.article->text());
        QVERIFY(back->article->textHolder().isDecoded());
        QVERIFY(back->article->textHolder().error().ok());
        QCOMPARE(back->article->slice(built.article->sentences.constLast()),
            built.article->slice(built.article->sentences.constLast()));
    }

    // Text bytes that cannot be inflated when first read (the load's checksum catches a damaged blob first) give a
    // text of the recorded length, so that every span stays within it, and an error naming the file: no crash.
    void aDamagedCachedTextNamesItsFile()
    {
        const QString file = QStringLiteral("news/velmar-ferry.html");
        const ArticleText text
            = ArticleText::deferred(QByteArray("\0\0\0\x10not a zlib stream"), 16, file, [](const QByteArray &bytes) {
                  const std::optional<QByteArray> utf8 = BlobEnvelope::uncompress(bytes);
                  return utf8 ? std::optional(QString::fromUtf8(*utf8)) : std::nullopt;
              });
        QVERIFY(text.error().ok());
        QCOMPARE(text.get().size(), 16);
        QVERIFY(text.isDecoded());
        QCOMPARE(text.error().code, Error::Code::Damaged);
        QCOMPARE(text.error().file, file);
        QVERIFY2(text.error().message.contains(file), qPrintable(text.error().message));
        // A text inflated to another length than the one recorded is damaged too.
        const ArticleText shorter = ArticleText::deferred(qCompress(QByteArrayLiteral("short")), 16, file,
            [](const QByteArray &bytes) -> std::optional<QString> { return QString::fromUtf8(qUncompress(bytes)); });
        QCOMPARE(shorter.get().size(), 16);
        QCOMPARE(shorter.error().code, Error::Code::Damaged);
    }

    // The head and the text of an article blob are compressed at zlib's fastest level (the level a zlib stream's
    // second byte names in its top two bits: 0 is the fastest, 2 the default): the default level made writing
    // the file cache a third of a new project's time.
    void articleCodecCompressesAtTheFastestLevel()
    {
        ArticleBuilder::Built built;
        built.article = TestSupport::makeArticle(
            QStringLiteral("The Orlen quay reopened. \u201cBoats can moor again,\u201d the harbour master said."));
        const QByteArray blob = ArticleCodec::encode(built);
        const qsizetype headAt = 12;
        const qsizetype textAt = headAt + qFromBigEndian<quint32>(blob.constData() + 8);
        QVERIFY(textAt + 6 <= blob.size());
        // After each part's four-byte length (qCompress's): the zlib header, CMF then FLG.
        QCOMPARE(quint8(blob.at(headAt + 5)) >> 6, 0);
        QCOMPARE(quint8(blob.at(textAt + 5)) >> 6, 0);
    }

    // Blobs written at the default level (every project made before the fastest one) read back the same.
    void articleCodecReadsBlobsOfTheDefaultLevel()
    {
        ArticleBuilder::Built built;
        built.article = TestSupport::makeArticle(
            QStringLiteral("The Orlen quay reopened. \u201cBoats can moor again,\u201d the harbour master said."));
        const QByteArray blob = ArticleCodec::encode(built);
        const qsizetype textAt = 12 + qFromBigEndian<quint32>(blob.constData() + 8);
        const QByteArray text = qCompress(qUncompress(blob.mid(textAt)), 6);
        // The head holds the compressed text's checksum (CRC-32, big-endian): the new text's replaces it.
        const auto crcOf = [](const QByteArray &bytes) {
            QByteArray crc(4, Qt::Uninitialized);
            qToBigEndian<quint32>(
                quint32(crc32_z(0, reinterpret_cast<const Bytef *>(bytes.constData()), size_t(bytes.size()))),
                crc.data());
            return crc;
        };
        QByteArray plainHead = qUncompress(blob.mid(12, textAt - 12));
        const qsizetype crcAt = plainHead.indexOf(crcOf(blob.mid(textAt)));
        QVERIFY(crcAt > 0);
        plainHead.replace(crcAt, 4, crcOf(text));
        const QByteArray head = qCompress(plainHead, 6);
        QCOMPARE(quint8(head.at(5)) >> 6, 2);
        QByteArray old = blob.left(8);
        old.resize(12);
        qToBigEndian<quint32>(quint32(head.size()), old.data() + 8);
        old += head + text;
        const std::optional<ArticleBuilder::Built> back = ArticleCodec::decode(old);
        QVERIFY(back && back->article);
        QCOMPARE(back->article->text(), built.article->text());
        QCOMPARE(back->article->sentences, built.article->sentences);
    }

    // Reopening reads no file whose size and modification time are unchanged; a file touched without
    // a change is parsed again but its analysis still comes from the cache (by content hash); a
    // changed file is parsed and analysed again; a file gone leaves the cache.
    void reopenParsesOnlyChangedFiles()
    {
        ProjectFixture fixture;
        QVERIFY(fixture.isValid());
        const QString folder = fixture.corpus();
        const QStringList names { QStringLiteral("a.txt"), QStringLiteral("b.txt"), QStringLiteral("c.html") };
        for (int i = 0; i < names.size(); ++i) {
            QVERIFY(fixture.writeFile(names.at(i),
                names.at(i).endsWith(QLatin1String(".html")) ? QByteArray(
                    "<html><body><h1>Quay works</h1><p>\xe2\x80\x9cThe quay reopens in May,\xe2\x80\x9d the engineer "
                    "said.</p></body></html>")
                                                             : QByteArray("The ferry ran late on Monday number ")
                        + QByteArray::number(i) + QByteArray(".\n")));
        }
        auto project = ProjectStore::open(fixture.newProject());
        QVERIFY(project.ok());
        struct Opened {
            Corpus corpus;
            int fileHits, fileMisses, hits, misses;
        };
        const auto open = [&](const QStringList *keepFiles = nullptr) {
            AnalysisCache cache(*project.value());
            CorpusLoader::Options loadOptions;
            cache.install(loadOptions);
            Analyzer::Options options;
            cache.install(options);
            withoutCorpusCache(options);
            CorpusLoader::Result loaded = CorpusLoader::load(folder, loadOptions);
            Analyzer::run(loaded.corpus, options);
            QStringList files;
            for (const Article &a : std::as_const(loaded.corpus.articles))
                files.append(a.file);
            cache.flush(nullptr, keepFiles ? keepFiles : &files);
            return Opened { loaded.corpus, cache.fileHits(), cache.fileMisses(), cache.hits(), cache.misses() };
        };
        const Opened first = open();
        QCOMPARE(first.fileMisses, 3);
        QCOMPARE(first.fileHits, 0);
        const Opened second = open();
        QCOMPARE(second.fileHits, 3);
        QCOMPARE(second.fileMisses, 0);
        QCOMPARE(second.hits, 3);
        QCOMPARE(second.corpus.articles.size(), first.corpus.articles.size());
        for (qsizetype i = 0; i < first.corpus.articles.size(); ++i) {
            const Article &a = first.corpus.articles.at(i);
            const Article &b = second.corpus.articles.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.text(), a.text());
            QCOMPARE(b.contentHash, a.contentHash);
            QCOMPARE(b.sentences, a.sentences);
            QCOMPARE(b.published, a.published);
        }

        {
            QFile touched(folder + QStringLiteral("/a.txt"));
            QVERIFY(touched.open(QIODevice::ReadWrite));
            QVERIFY(touched.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        }
        const Opened afterTouch = open();
        QCOMPARE(afterTouch.fileMisses, 1);
        QCOMPARE(afterTouch.fileHits, 2);
        QCOMPARE(afterTouch.misses, 0);

        {
            QFile changed(folder + QStringLiteral("/b.txt"));
            QVERIFY(changed.open(QIODevice::Append));
            changed.write("A correction was appended.\n");
        }
        const Opened afterChange = open();
        QCOMPARE(afterChange.fileMisses, 1);
        QCOMPARE(afterChange.misses, 1);
        QVERIFY(afterChange.corpus.articles.at(1).text().contains(QStringLiteral("correction")));

        const QStringList keep { QStringLiteral("a.txt") };
        open(&keep);
        QCOMPARE(firstColumn(project.value()->database(), QStringLiteral("SELECT file FROM article_cache")), keep);
    }

    // A reopen with nothing changed (files and corpus-level results from the cache) inflates no article's text;
    // each text reads as it was when first asked for.
    void reopenInflatesNoTextUntilAsked()
    {
        ProjectFixture fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(fixture.copyCorpus(TestSupport::fixtureCorpus(QStringLiteral("quote-styles"))));
        auto project = ProjectStore::open(fixture.newProject());
        QVERIFY(project.ok());
        const auto open = [&](AnalysisCache &cache) {
            CorpusLoader::Options loadOptions;
            cache.install(loadOptions);
            Analyzer::Options options;
            cache.install(options);
            CorpusLoader::Result loaded = CorpusLoader::load(fixture.corpus(), loadOptions);
            return Analyzer::run(loaded.corpus, options);
        };
        std::optional<AnalysisResult> first;
        {
            AnalysisCache cache(*project.value());
            first = open(cache);
            QVERIFY(first);
            QVERIFY(cache.flush().ok());
        }
        AnalysisCache cache(*project.value());
        const std::optional<AnalysisResult> reopened = open(cache);
        QVERIFY(reopened);
        QVERIFY(cache.corpusHit());
        QCOMPARE(cache.fileHits(), int(first->corpus.articles.size()));
        QCOMPARE(reopened->corpus.articles.size(), first->corpus.articles.size());
        for (const Article &a : reopened->corpus.articles)
            QVERIFY2(!a.textHolder().isDecoded(), qPrintable(a.file));
        for (qsizetype i = 0; i < first->corpus.articles.size(); ++i) {
            const Article &a = reopened->corpus.articles.at(i);
            QCOMPARE(a.textLength(), first->corpus.articles.at(i).text().size());
            QCOMPARE(a.text(), first->corpus.articles.at(i).text());
        }
    }

    // The window keeps one cache for the project and loads the corpus again with it (reload): every
    // load reads the cached files afresh, after a flush and after a load cut short alike.
    void oneCacheServesEveryLoad()
    {
        ProjectFixture fixture;
        QVERIFY(fixture.isValid());
        const QString folder = fixture.corpus();
        for (const QString &name : { QStringLiteral("a.txt"), QStringLiteral("b.txt") })
            QVERIFY(fixture.writeFile(name, "The lock gates were shut on Friday for " + name.toUtf8() + ".\n"));
        auto project = ProjectStore::open(fixture.newProject());
        QVERIFY(project.ok());
        AnalysisCache cache(*project.value());
        const auto load = [&] {
            CorpusLoader::Options loadOptions;
            cache.install(loadOptions);
            return CorpusLoader::load(folder, loadOptions).corpus.articles.size();
        };
        QCOMPARE(load(), 2);
        QCOMPARE(cache.fileMisses(), 2);
        QVERIFY(cache.flush().ok());
        QCOMPARE(load(), 2);
        QCOMPARE(cache.fileHits(), 2);
        QCOMPARE(load(), 2);
        QCOMPARE(cache.fileHits(), 4);
        QCOMPARE(cache.fileMisses(), 2);
    }

    // A reopen with no article changed takes the corpus-level results whole and analyses nothing;
    // they are the same results; any change of an article's text sends the corpus through the
    // analysis again.
    void reopenWithNothingChangedAnalysesNothing()
    {
        ProjectFixture fixture;
        const Corpus corpus = fixtureCorpusIn(fixture);
        QVERIFY(!corpus.articles.isEmpty());
        auto project = ProjectStore::open(fixture.newProject());
        QVERIFY(project.ok());
        const QByteArray fresh = DumpWriter::toBytes(Analyzer::run(corpus));
        {
            AnalysisCache cache(*project.value());
            Analyzer::Options options;
            cache.install(options);
            QVERIFY(Analyzer::run(corpus, options));
            QVERIFY(!cache.corpusHit());
            QVERIFY(cache.flush().ok());
        }
        {
            AnalysisCache cache(*project.value());
            Analyzer::Options options;
            cache.install(options);
            const auto result = Analyzer::run(corpus, options);
            QVERIFY(result);
            QVERIFY(cache.corpusHit());
            QCOMPARE(cache.hits() + cache.misses(), 0);
            QCOMPARE(DumpWriter::toBytes(*result), fresh);
            QCOMPARE(result->statementIndex(result->statements.constLast().id), int(result->statements.size()) - 1);
        }
        Corpus changed = corpus;
        changed.articles[0]
            = withText(changed.articles[0], changed.articles[0].text() + QStringLiteral("\n\nA line was added."));
        {
            AnalysisCache cache(*project.value());
            Analyzer::Options options;
            cache.install(options);
            QVERIFY(Analyzer::run(changed, options));
            QVERIFY(!cache.corpusHit());
            QCOMPARE(cache.misses(), 1);
        }
        {
            // Another analyzer trusts nothing cached by this one.
            AnalysisCache cache(*project.value(), QStringLiteral("another analyzer"));
            Analyzer::Options options;
            cache.install(options);
            QVERIFY(Analyzer::run(corpus, options));
            QVERIFY(!cache.corpusHit());
        }
    }

    // A load reads the cached files and the corpus-level results together when it begins (on a thread of its
    // own, while the folder is listed): what is written to the cache after that is not this load's, and the
    // next load reads the cache afresh.
    void aLoadReadsTheCacheAsItBegan()
    {
        ProjectFixture fixture;
        QVERIFY(!fixtureCorpusIn(fixture).articles.isEmpty());
        auto project = ProjectStore::open(fixture.newProject());
        QVERIFY(project.ok());
        const auto reopen = [&fixture](AnalysisCache &cache, const std::function<void()> &afterLoad) {
            CorpusLoader::Options loadOptions;
            cache.install(loadOptions);
            const Corpus corpus = CorpusLoader::load(fixture.corpus(), loadOptions).corpus;
            afterLoad();
            Analyzer::Options options;
            cache.install(options);
            return Analyzer::run(corpus, options).has_value();
        };
        {
            AnalysisCache cache(*project.value());
            QVERIFY(reopen(cache, [] {}));
            QVERIFY(!cache.corpusHit());
            QVERIFY(cache.flush().ok());
        }
        AnalysisCache cache(*project.value());
        QSqlDatabase db = project.value()->database();
        QVERIFY(reopen(cache, [&db] { QVERIFY(QSqlQuery(db).exec(QStringLiteral("DELETE FROM corpus_cache"))); }));
        QVERIFY(cache.fileHits() > 0);
        QCOMPARE(cache.fileMisses(), 0);
        QVERIFY(cache.corpusHit());
        QVERIFY(reopen(cache, [] {}));
        QVERIFY(!cache.corpusHit());
    }

    // More quotes than one chunk holds: they come back in order across the chunks, into a list sized once
    // (grown chunk by chunk, it moved every quote already decoded, and kept up to twice the room).
    void corpusCodecJoinsChunksInOrder()
    {
        AnalysisResult result;
        result.corpus.articles.append(
            TestSupport::makeArticle(QStringLiteral("Ilse Varga spoke at the Brenner mill.")));
        addQuotes(result, 9000, QStringLiteral("Ilse"));
        const std::optional<AnalysisResult> back = decodedCorpus(AnalysisCodec::encodeCorpus(result), result.corpus);
        QVERIFY(back);
        QCOMPARE(back->quotes.size(), result.quotes.size());
        QCOMPARE(back->quotes.at(4095).id, QStringLiteral("a#q4096"));
        QCOMPARE(back->quotes.at(4096).id, QStringLiteral("a#q4097"));
        QCOMPARE(back->quotes.constLast().id, QStringLiteral("a#q9000"));
        QCOMPARE(back->quotes.capacity(), back->quotes.size());
    }

    // A result moved into the encoder (a new project's flush) is let go section by section as it is encoded: its
    // blob is byte for byte the one a result still held elsewhere (the window's) makes, every section in its place.
    void corpusCodecEncodesAMovedResultAsAHeldOne()
    {
        AnalysisResult result;
        result.corpus.articles.append(TestSupport::makeArticle(QStringLiteral("Ilse Varga said the mill opens.")));
        addQuotes(result, 5000, QStringLiteral("Ilse"));
        for (int i = 0; i < 1100; ++i)
            result.statements.emplace_back().id = QStringLiteral("s%1").arg(i + 1);
        for (int i = 0; i < 600; ++i) {
            Event &e = result.events.emplace_back();
            e.id = QStringLiteral("e%1").arg(i + 1);
            EventMention &m = e.mentions.emplace_back();
            m.article = 0;
            m.span = { 0, 4 };
            m.trigger = QStringLiteral("opens");
        }
        const QByteArray held = AnalysisCodec::encodeCorpus(result);
        AnalysisResult moved = result;
        moved.quotes.detach();
        moved.statements.detach();
        moved.events.detach();
        QCOMPARE(AnalysisCodec::encodeCorpus(std::move(moved)), held);
        const std::optional<AnalysisResult> back = decodedCorpus(held, result.corpus);
        QVERIFY(back);
        QCOMPARE(back->quotes.constLast().id, QStringLiteral("a#q5000"));
        QCOMPARE(back->statements.constLast().id, QStringLiteral("s1100"));
        QCOMPARE(back->events.constLast().id, QStringLiteral("e600"));
        QCOMPARE(result.quotes.size(), 5000); // the held result is untouched
    }

    // A speaker, statement or trigger that recurs is decoded once and shared, so that the reopened results
    // hold it once; distinct values stay distinct, and a null one null.
    void corpusCodecSharesRecurringStrings()
    {
        AnalysisResult result;
        result.corpus.articles.append(
            TestSupport::makeArticle(QStringLiteral("Ilse Varga said the Brenner mill would close.")));
        for (int i = 0; i < 3; ++i) {
            Quote &q = result.quotes.emplace_back();
            q.id = QStringLiteral("a#q%1").arg(i + 1);
            q.article = 0;
            q.span = { 0, 4 };
            q.text = QStringLiteral("Ilse");
            q.speaker = i < 2 ? QStringLiteral("Ilse Varga") : QStringLiteral("Oren Balt");
            q.statement = QStringLiteral("s1");
        }
        Event &e = result.events.emplace_back();
        e.id = QStringLiteral("e1");
        for (int i = 0; i < 2; ++i) {
            EventMention &m = e.mentions.emplace_back();
            m.article = 0;
            m.span = { 0, 10 };
            m.trigger = QStringLiteral("close");
        }
        const std::optional<AnalysisResult> back = decodedCorpus(AnalysisCodec::encodeCorpus(result), result.corpus);
        QVERIFY(back);
        QCOMPARE(back->quotes.size(), 3);
        QCOMPARE(back->quotes.at(0).speaker, QStringLiteral("Ilse Varga"));
        QCOMPARE(back->quotes.at(1).speaker.constData(), back->quotes.at(0).speaker.constData());
        QCOMPARE(back->quotes.at(2).speaker, QStringLiteral("Oren Balt"));
        QCOMPARE(back->quotes.at(2).statement.constData(), back->quotes.at(0).statement.constData());
        QVERIFY(back->quotes.at(0).speakerRole.isNull());
        QCOMPARE(back->events.at(0).mentions.at(1).trigger, QStringLiteral("close"));
        QCOMPARE(back->events.at(0).mentions.at(1).trigger.constData(),
            back->events.at(0).mentions.at(0).trigger.constData());
    }

    // A statement and an event (with its mentions) hold several quotes' bytes: they go in smaller chunks, so
    // that an encoder holds some 2 MB before compressing, not a whole 4,096 events (19 MB at 10,000 articles).
    void corpusCodecChunksLargerItemsFewerAtATime()
    {
        AnalysisResult result;
        result.corpus.articles.append(TestSupport::makeArticle(QStringLiteral("The mayor said the bridge opens.")));
        addQuotes(result, 100, QStringLiteral("mayor"));
        for (int i = 0; i < 1100; ++i)
            result.statements.emplace_back().id = QStringLiteral("s%1").arg(i + 1);
        for (int i = 0; i < 1100; ++i)
            result.events.emplace_back().id = QStringLiteral("e%1").arg(i + 1);
        const QByteArray blob = AnalysisCodec::encodeCorpus(result);
        // After the 8-byte header, the chunk count: one of quotes, two of 1,024 statements, three of 512 events.
        QCOMPARE(qFromBigEndian<quint32>(blob.constData() + 8), 1u + 2u + 3u);
        const std::optional<AnalysisResult> back = decodedCorpus(blob, result.corpus);
        QVERIFY(back);
        QCOMPARE(back->statements.size(), 1100);
        QCOMPARE(back->statements.constLast().id, QStringLiteral("s1100"));
        QCOMPARE(back->events.size(), 1100);
        QCOMPARE(back->events.at(512).id, QStringLiteral("e513"));
        QCOMPARE(back->events.constLast().id, QStringLiteral("e1100"));
    }

    // The corpus-level chunks are compressed at zlib's fastest level too (encoding them at the default level took as
    // long as the corpus stages whose results they keep).
    void corpusCodecCompressesAtTheFastestLevel()
    {
        AnalysisResult result;
        result.corpus.articles.append(
            TestSupport::makeArticle(QStringLiteral("Ilse Varga spoke at the Brenner mill.")));
        Quote &q = result.quotes.emplace_back();
        q.id = QStringLiteral("a#q1");
        q.span = { 0, 4 };
        q.text = QStringLiteral("Ilse");
        const QByteArray blob = AnalysisCodec::encodeCorpus(result);
        // The header (8 bytes), the chunk count, a chunk's section and its byte array's length, then the bytes
        // qCompress made: their own four-byte length, then CMF and FLG.
        const qsizetype flg = 8 + 4 + 4 + 4 + 4 + 1;
        QVERIFY(blob.size() > flg);
        QCOMPARE(quint8(blob.at(flg)) >> 6, 0);
    }

    void corpusCodecRefusesDamage()
    {
        AnalysisResult result
            = Analyzer::run(CorpusLoader::load(TestSupport::fixtureCorpus(QStringLiteral("quote-styles"))).corpus);
        const QByteArray blob = AnalysisCodec::encodeCorpus(result);
        const std::optional<AnalysisResult> back = decodedCorpus(blob, result.corpus);
        QVERIFY(back);
        QCOMPARE(back->quotes.size(), result.quotes.size());
        QCOMPARE(back->events.size(), result.events.size());
        // Truncated, a claimed count of 4 billion chunks, and quotes of articles the corpus does not have.
        AnalysisResult untouched;
        untouched.corpus = result.corpus;
        QVERIFY(!AnalysisCodec::decodeCorpus(blob.left(blob.size() / 2), untouched));
        QByteArray huge = blob;
        huge[8] = huge[9] = huge[10] = huge[11] = char(0xff);
        QVERIFY(!AnalysisCodec::decodeCorpus(huge, untouched));
        QVERIFY(untouched.quotes.isEmpty());
        AnalysisResult fewer;
        fewer.corpus = result.corpus;
        fewer.corpus.articles.resize(1);
        QVERIFY(!result.quotes.isEmpty() && result.quotes.constLast().article > 0);
        QVERIFY(!AnalysisCodec::decodeCorpus(blob, fewer));
    }

    // The corpus-level results are written in chunks that decode side by side: read back, they are in
    // their order; a damaged chunk, the last one too, or a blob of the previous version, refuses all.
    void corpusCodecKeepsTheOrderOfItsChunks()
    {
        AnalysisResult result;
        result.corpus.articles.append(TestSupport::makeArticle(QStringLiteral("The mayor said the bridge opens.")));
        addQuotes(result, 10000, QStringLiteral("mayor"));
        for (int i = 0; i < 5000; ++i) {
            Event e;
            e.id = QStringLiteral("e%1").arg(i);
            e.label = QStringLiteral("opening");
            result.events.append(e);
        }
        const QByteArray blob = AnalysisCodec::encodeCorpus(result);
        const std::optional<AnalysisResult> back = decodedCorpus(blob, result.corpus);
        QVERIFY(back);
        QCOMPARE(back->quotes.size(), result.quotes.size());
        QCOMPARE(back->events.size(), result.events.size());
        for (qsizetype i = 0; i < result.quotes.size(); ++i)
            QCOMPARE(back->quotes.at(i).id, result.quotes.at(i).id);
        for (qsizetype i = 0; i < result.events.size(); ++i)
            QCOMPARE(back->events.at(i).id, result.events.at(i).id);

        AnalysisResult untouched;
        untouched.corpus = result.corpus;
        QByteArray damaged = blob;
        for (qsizetype i = damaged.size() - 40; i < damaged.size(); ++i)
            damaged[i] = char(~damaged[i]);
        QVERIFY(!AnalysisCodec::decodeCorpus(damaged, untouched));
        QByteArray previous = blob;
        qToBigEndian<qint32>(AnalysisCodec::corpusVersion - 1, previous.data() + 4);
        QVERIFY(!AnalysisCodec::decodeCorpus(previous, untouched));
        QVERIFY(untouched.quotes.isEmpty() && untouched.events.isEmpty());
    }

    // The window writes the cache on a worker thread while the analyst may be annotating: the
    // project's own writes go in between the cache's batches instead of waiting for all of them.
    void flushOnAWorkerLetsTheProjectWrite()
    {
        ProjectFixture fixture;
        auto project = ProjectStore::open(fixture.newProject());
        QVERIFY(project.ok());
        AnalysisCache cache(*project.value());
        const ArticleAnalysis analysis = populated();
        const int count = 20 * AnalysisCache::rowsPerTransaction;
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            const QString id = QStringLiteral("article-%1").arg(i);
            // Long enough for the analysis' spans: the cache refuses spans past an article's text.
            cache.store(TestSupport::makeArticle(QStringLiteral("text %1 ").arg(i).repeated(8), {}, id), analysis);
            ids.append(id);
        }
        QFuture<Error> flushed = QtConcurrent::run([&cache, &ids] { return cache.flush(&ids); });
        int writes = 0;
        while (!flushed.isFinished()) {
            QVERIFY(project.value()->setMetaValue(QStringLiteral("note"), QString::number(writes)).ok());
            ++writes;
        }
        QVERIFY(flushed.result().ok());
        QVERIFY2(writes >= 2, qPrintable(QString::number(writes)));
        QCOMPARE(project.value()->metaValue(QStringLiteral("note")), QString::number(writes - 1));
        QSqlQuery query(project.value()->database());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM analysis_cache")) && query.next());
        QCOMPARE(query.value(0).toInt(), count);
        // A reopened cache knows every entry written on the worker.
        AnalysisCache again(*project.value());
        QVERIFY(again.lookup(
            TestSupport::makeArticle(QStringLiteral("text 7 ").repeated(8), {}, QStringLiteral("article-7"))));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisCache)
#include "tst_analysiscache.moc"

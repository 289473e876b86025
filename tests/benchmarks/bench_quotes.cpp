// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Quote pipeline speed: extraction and attribution on one core (target >= 30 MB/s), and grouping plus
// alignment of 1,000,000 synthetic renderings of 50,000 statements (target < 20 s, < 2 GB peak RSS).
// Then one statement whose 1,000 renderings each insert a passage of their own (issue 17: its table of cells
// must stay linear in the renderings' words).
// Usage: bench_quotes [statements] [renderings-per-statement] [renderings-with-insertions]
#include "quotes/aligner.h"
#include "quotes/quoteanalyzer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>

#include <cstdio>
#include <ctime>
#include <random>

namespace
{
// CPU time of the calling thread: on a shared machine the wall clock also counts other people's builds.
double threadSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLong();
    }
    return -1;
}

// Starts peak RSS again from the current RSS, so that one benchmark's peak is not another's.
void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

class Words
{
public:
    explicit Words(quint32 seed)
        : m_rng(seed)
    {
    }

    int uniform(int n) { return int(m_rng() % quint32(n)); }

    QString word()
    {
        static const char *syllables[] = { "ka", "lo", "mi", "ne", "ru", "ta", "ve", "so", "di", "ga", "po", "le",
            "shi", "an", "or", "el", "um", "ri", "ba", "to" };
        QString w;
        const int n = 1 + uniform(3);
        for (int i = 0; i < n; ++i)
            w += QLatin1String(syllables[uniform(20)]);
        return w;
    }

    QString name()
    {
        QString n = word() + u' ' + word();
        n[0] = n[0].toUpper();
        n[n.indexOf(u' ') + 1] = n[n.indexOf(u' ') + 1].toUpper();
        return n;
    }

    QString sentence(int words)
    {
        QStringList ws;
        for (int i = 0; i < words; ++i)
            ws.append(i % 4 == 1 ? QStringLiteral("the") : word());
        QString s = ws.join(u' ');
        s[0] = s[0].toUpper();
        return s;
    }

private:
    std::mt19937 m_rng;
};

// News-like articles: narrative paragraphs, direct quotes with cues, fragments, pronouns, appositions.
QList<Article> syntheticArticles(int count)
{
    Words w(7);
    QList<Article> articles;
    for (int a = 0; a < count; ++a) {
        const QString speaker = w.name();
        const QString other = w.name();
        QStringList paragraphs { w.sentence(10) };
        for (int p = 0; p < 14; ++p) {
            switch (p % 7) {
            case 0:
                paragraphs.append(QStringLiteral("President %1 arrived in the capital on Monday. %2. %3.")
                                      .arg(speaker, w.sentence(18), w.sentence(14)));
                break;
            case 1:
                paragraphs.append(
                    QStringLiteral("“%1,” %2 told reporters. “%3.”").arg(w.sentence(12), speaker, w.sentence(16)));
                break;
            case 2:
                paragraphs.append(
                    QStringLiteral("%1, a professor at %2 University, said the plan was “%3” and %4.")
                        .arg(other, w.name().section(u' ', 0, 0), w.sentence(3).toLower(), w.sentence(12).toLower()));
                break;
            case 3:
                paragraphs.append(
                    QStringLiteral("%1. %2, according to the Daily Planet.").arg(w.sentence(20), w.sentence(15)));
                break;
            case 4:
                paragraphs.append(
                    QStringLiteral("He added: \"%1, and %2.”").arg(w.sentence(14), w.sentence(9).toLower()));
                break;
            case 5:
                paragraphs.append(QStringLiteral("%1 said he has ‘%2’ of the talks. %3.")
                                      .arg(speaker, w.sentence(2).toLower(), w.sentence(22)));
                break;
            default:
                paragraphs.append(QStringLiteral("%1. %2. %3.").arg(w.sentence(16), w.sentence(21), w.sentence(11)));
            }
        }
        Article article;
        article.id = QStringLiteral("a%1").arg(a);
        article.file = article.id + QStringLiteral(".txt");
        article.setText(paragraphs.join(QStringLiteral("\n\n")));
        int pos = 0;
        for (const QString &p : std::as_const(paragraphs)) {
            article.paragraphs.append({ pos, pos + int(p.size()) });
            // Sentences as the loader gives them: split after ". " and ".” ".
            int s = pos;
            for (int i = pos; i < pos + p.size() - 1; ++i) {
                const QChar c = article.text().at(i);
                if ((c == u'.' || c == u'\u201D') && article.text().at(i + 1) == u' ') {
                    article.sentences.append({ s, i + 1 });
                    s = i + 2;
                }
            }
            article.sentences.append({ s, pos + int(p.size()) });
            pos += int(p.size()) + 2;
        }
        article.headings.append(article.paragraphs.constFirst());
        articles.append(article);
    }
    return articles;
}

void benchmarkExtraction()
{
    const QList<Article> articles = syntheticArticles(400);
    qint64 bytes = 0;
    for (const Article &a : articles)
        bytes += a.text().toUtf8().size();
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadSeconds();
    int rounds = 0;
    qint64 quotes = 0;
    QHash<QString, int> speakers;
    while (timer.elapsed() < 3000 || rounds < 2) {
        for (int i = 0; i < articles.size(); ++i) {
            const ArticleQuotes a = QuoteAnalyzer::analyzeArticle(articles.at(i), i);
            quotes += a.quotes.size();
            if (rounds == 0) {
                for (const Quote &q : a.quotes)
                    ++speakers[q.speaker.isEmpty() ? QStringLiteral("?") : QStringLiteral("known")];
            }
        }
        ++rounds;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = threadSeconds() - cpuStart;
    const double mb = double(bytes) * rounds / 1e6;
    std::printf("extraction+attribution, one core: %.1f MB in %.2f s CPU (%.2f s wall) = %.1f MB/s of CPU time "
                "(%.1f MB/s wall); %lld quotes, per round %d attributed, %d unknown\n",
        mb, cpu, seconds, mb / cpu, mb / seconds, quotes, speakers.value(QStringLiteral("known")),
        speakers.value(QStringLiteral("?")));
}

// Renderings of one statement as outlets produce them: full, partial, re-spelt, re-cased, changed words.
QString render(Words &w, const QStringList &words, int variant)
{
    QStringList out = words;
    switch (variant % 6) {
    case 0:
        break;
    case 1: { // a partial quote
        const int len = std::max(3, int(out.size()) / 2);
        const int from = w.uniform(int(out.size()) - len + 1);
        out = out.mid(from, len);
        break;
    }
    case 2: // a changed word
        out[w.uniform(int(out.size()))] = w.word();
        break;
    case 3: // punctuation and case
        out[0] = out[0].toUpper();
        out.last().append(u'.');
        break;
    case 4: // a dropped word
        out.removeAt(1 + w.uniform(int(out.size()) - 2));
        break;
    default: // an inserted word
        out.insert(1 + w.uniform(int(out.size()) - 1), QStringLiteral("really"));
    }
    return out.join(u' ');
}

void benchmarkGrouping(int statementCount, int renderingsPer)
{
    Words w(11);
    const int perArticle = 10;
    const int total = statementCount * renderingsPer;
    Corpus corpus;
    const int articleCount = (total + perArticle - 1) / perArticle;
    corpus.articles.resize(articleCount);
    for (int a = 0; a < articleCount; ++a) {
        corpus.articles[a].id = QStringLiteral("a%1").arg(a, 7, 10, QLatin1Char('0'));
        corpus.articles[a].file = corpus.articles[a].id + QStringLiteral(".txt");
    }
    QStringList speakers;
    for (int i = 0; i < 2000; ++i)
        speakers.append(w.name());
    // Renderings are spread over articles at random, as outlets quote statements independently.
    QList<Quote> quotes;
    quotes.reserve(total);
    QList<int> truth;
    truth.reserve(total);
    for (int s = 0; s < statementCount; ++s) {
        QStringList words;
        const int len = 10 + w.uniform(20);
        for (int i = 0; i < len; ++i)
            words.append(w.word());
        const QString &speaker = speakers.at(w.uniform(int(speakers.size())));
        for (int r = 0; r < renderingsPer; ++r) {
            Quote q;
            q.article = w.uniform(articleCount);
            q.text = render(w, words, r);
            q.span = { w.uniform(100000), 0 };
            q.span.end = q.span.start + int(q.text.size());
            q.kind = r % 6 == 1 ? QuoteKind::Fragment : QuoteKind::Direct;
            q.speaker = r % 7 == 3 ? QString() : speaker;
            q.id = QStringLiteral("q%1").arg(quotes.size());
            quotes.append(q);
            truth.append(s);
        }
    }
    std::printf(
        "generated %d quotes of %d statements; peak RSS so far %.0f MB\n", total, statementCount, peakRssKb() / 1024.0);
    QList<Statement> statements;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    QuoteAnalyzer::analyzeCorpus(corpus, {}, {}, quotes, statements);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;

    // Purity: renderings whose statement is mostly made of their own true statement.
    QHash<QString, QHash<int, int>> votes;
    for (int i = 0; i < quotes.size(); ++i)
        ++votes[quotes.at(i).statement][truth.at(i)];
    qint64 pure = 0;
    for (const auto &v : std::as_const(votes)) {
        int best = 0;
        for (int c : v)
            best = std::max(best, c);
        pure += best;
    }
    qint64 columns = 0;
    for (const Statement &s : std::as_const(statements))
        columns += s.alignment.size();
    std::printf(
        "grouping+alignment of %d quotes: %.2f s wall, %.2f s CPU over all threads, %lld statements (truth %d), "
        "purity %.4f, %lld alignment columns, peak RSS %.0f MB\n",
        total, seconds, cpu, qint64(statements.size()), statementCount, double(pure) / total, columns,
        peakRssKb() / 1024.0);
}

// One statement's renderings aligned on the first, timed alone: its words, time and peak RSS.
struct TimedAlignment {
    Aligner::Result aligned;
    qint64 words = 0;
    double seconds = 0;
    double cpu = 0;
    long peakRssKb = 0;
};

TimedAlignment alignTimed(const QStringList &texts)
{
    TimedAlignment t;
    QList<Aligner::Rendering> renderings;
    for (const QString &text : texts) {
        renderings.append(Aligner::Rendering::of(text));
        t.words += qint64(renderings.constLast().words.size());
    }
    resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadSeconds();
    t.aligned = Aligner::align(renderings, 0);
    t.cpu = threadSeconds() - cpuStart;
    t.seconds = timer.nsecsElapsed() / 1e9;
    t.peakRssKb = peakRssKb();
    return t;
}

// One statement: a 400-word passage that every rendering repeats with a passage of its own (1 to 200 words)
// inserted in a place of its own.
void benchmarkDistinctInsertions(int renderingCount)
{
    Words w(17);
    QStringList reference;
    for (int i = 0; i < 400; ++i)
        reference.append(w.word());
    QStringList texts { reference.join(u' ') };
    for (int r = 1; r < renderingCount; ++r) {
        QStringList own = reference;
        const int at = w.uniform(int(reference.size()) + 1);
        const int length = 1 + w.uniform(200);
        for (int k = 0; k < length; ++k)
            own.insert(at, QStringLiteral("x%1x%2").arg(r).arg(k));
        texts.append(own.join(u' '));
    }
    const TimedAlignment t = alignTimed(texts);
    std::printf("alignment of %d renderings with distinct insertions (%lld words): %.2f s CPU (%.2f s wall), %lld "
                "columns, %lld cells, peak RSS %.0f MB\n",
        renderingCount, t.words, t.cpu, t.seconds, qint64(t.aligned.columns.size()),
        qint64(t.aligned.columns.size()) * renderingCount, t.peakRssKb / 1024.0);
}

// One statement: an 8,000-word passage (a page quoted whole) and renderings of 2 to 8 of its words in a row, one
// word of each changed: many outlets quoting a long text a phrase at a time.
void benchmarkShortRenderingsOfALongPassage(int renderingCount)
{
    Words w(23);
    QStringList passage;
    for (int i = 0; i < 8000; ++i)
        passage.append(i % 4 == 1 ? QStringLiteral("the") : w.word());
    QStringList texts { passage.join(u' ') };
    for (int r = 1; r < renderingCount; ++r) {
        const int length = 2 + w.uniform(7);
        QStringList phrase = passage.mid(w.uniform(int(passage.size()) - length), length);
        phrase[w.uniform(length)] = QStringLiteral("x%1").arg(r);
        texts.append(phrase.join(u' '));
    }
    const TimedAlignment t = alignTimed(texts);
    std::printf("alignment of %d short renderings of an 8,000-word passage (%lld words): %.2f s CPU (%.2f s wall), "
                "%lld columns, peak RSS %.0f MB\n",
        renderingCount, t.words, t.cpu, t.seconds, qint64(t.aligned.columns.size()), t.peakRssKb / 1024.0);
}
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int statements = args.size() > 1 ? args.at(1).toInt() : 50000;
    const int renderings = args.size() > 2 ? args.at(2).toInt() : 20;
    benchmarkExtraction();
    benchmarkGrouping(statements, renderings);
    benchmarkDistinctInsertions(args.size() > 3 ? args.at(3).toInt() : 1000);
    benchmarkShortRenderingsOfALongPassage(args.size() > 4 ? args.at(4).toInt() : 20000);
    return 0;
}

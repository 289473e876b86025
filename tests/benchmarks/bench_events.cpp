// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Event pipeline speed: temporal tagging and event extraction on one core (target >= 30 MB/s), and merging
// the mentions of 10,000 and 100,000 articles, mentions that only name a happening included (target < 10 s at
// 100,000). Synthetic, deterministic input.
#include "events/eventextractor.h"
#include "events/eventmerger.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <ctime>

namespace
{
// CPU time of this thread: the machine running benchmarks is often shared, wall time would measure the others.
double threadSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

const QStringList people { QStringLiteral("Whitfield"), QStringLiteral("Dana Whitfield"),
    QStringLiteral("Tomas Okafor"), QStringLiteral("Ines Marlowe"), QStringLiteral("Priya Raman"),
    QStringLiteral("Aldo Ferrante") };
const QStringList places { QStringLiteral("Riverton"), QStringLiteral("Port Ellis"), QStringLiteral("Northgate"),
    QStringLiteral("Castlemere"), QStringLiteral("Lowbridge"), QStringLiteral("Saltmarsh") };
const QStringList months { QStringLiteral("January"), QStringLiteral("March"), QStringLiteral("June"),
    QStringLiteral("October"), QStringLiteral("December") };

// News-like paragraphs: some sentences dated happenings, most plain prose, as in real articles.
QString paragraph(QRandomGenerator &rng)
{
    const auto pick = [&rng](const QStringList &list) { return list.at(int(rng.bounded(int(list.size())))); };
    const int year = 2000 + int(rng.bounded(26));
    const QStringList sentences {
        QStringLiteral("On %1 %2 %3, %4 and %5 met in %6 for talks that broke up without a settlement.")
            .arg(QString::number(1 + rng.bounded(28)), pick(months), QString::number(year), pick(people), pick(people),
                pick(places)),
        QStringLiteral("Shipping agents say the dealings between the two port boards have changed a great deal, and "
                       "pilots on both shifts continue to describe the new rota as exhausting and unsafe."),
        QStringLiteral("Last month, %1 told the council chamber there was no reason to change course.")
            .arg(pick(people)),
        QStringLiteral(
            "In %1 %2, just hours before the visit, the coastguard test-fired several signal rockets over the "
            "estuary.")
            .arg(pick(months), QString::number(year)),
        QStringLiteral("Transport economists quoted by the local press said that a standing committee would settle "
                       "disputes sooner, cut delays at the locks and keep freight moving over the coming years."),
        QStringLiteral("%1, who took office in June after the previous chair stepped down, hoped for progress.")
            .arg(pick(people)),
        QStringLiteral("The vote was described as decisive, but it did not settle the older grievances."),
        QStringLiteral("Neighbouring councils including Lowbridge and Saltmarsh are watching the dispute closely and "
                       "have urged both sides back to the table before the winter season."),
    };
    QString text;
    for (int i = 0; i < 4; ++i) {
        if (i)
            text += QLatin1Char(' ');
        text += pick(sentences);
    }
    return text;
}

QString article(QRandomGenerator &rng)
{
    QStringList paragraphs;
    for (int i = 0; i < 8; ++i)
        paragraphs.append(paragraph(rng));
    return paragraphs.join(QStringLiteral("\n\n"));
}

EventMention syntheticMention(QRandomGenerator &rng, int article)
{
    // Mentions of 20,000 distinct happenings, written at different precisions by different outlets.
    static const QStringList triggers { QStringLiteral("summit"), QStringLiteral("met"), QStringLiteral("test-fired"),
        QStringLiteral("visit"), QStringLiteral("took office"), QStringLiteral("speech") };
    const int happening = int(rng.bounded(20000));
    QRandomGenerator h(quint32(happening) * 2654435761u);
    const QDate day = QDate(2000, 1, 1).addDays(h.bounded(9000));
    EventMention m;
    m.article = article;
    m.span = { 0, 20 };
    m.text = QStringLiteral("synthetic mention");
    m.trigger = triggers.at(int(h.bounded(int(triggers.size()))));
    m.place = QStringLiteral("Place%1").arg(h.bounded(500));
    m.participants
        = { QStringLiteral("Person%1").arg(h.bounded(1000)), QStringLiteral("Person%1").arg(h.bounded(1000)) };
    if (m.trigger == QLatin1String("test-fired"))
        m.claim = rng.bounded(2) ? QStringLiteral("two cruise missiles") : QStringLiteral("several cruise missiles");
    m.timex.span = { 0, 10 };
    m.timex.basis = DateBasis::Absolute;
    m.timex.confidence = 0.9;
    switch (rng.bounded(4)) {
    case 0:
        m.timex.start = QDate(day.year(), day.month(), 1);
        m.timex.end = QDate(day.year(), day.month(), day.daysInMonth());
        m.timex.precision = DatePrecision::Month;
        break;
    case 1:
        m.timex.start = QDate(day.year(), 1, 1);
        m.timex.end = QDate(day.year(), 12, 31);
        m.timex.precision = DatePrecision::Year;
        break;
    case 2:
        // an undated article: unresolved relative date
        m.timex.value = QStringLiteral("PUB-1M");
        m.timex.basis = DateBasis::RelativeToPublication;
        m.timex.confidence = 0.1;
        break;
    default:
        m.timex.start = day;
        m.timex.end = day;
        m.timex.precision = DatePrecision::Day;
        break;
    }
    m.timex.span = { int(rng.bounded(1000)), 0 };
    m.timex.span.end = m.timex.span.start + 10;
    return m;
}

// A mention that only names one of the happenings ("Person12's resignation"), for the merger to find the dated
// event it means across articles.
EventMention namingMention(QRandomGenerator &rng, int article)
{
    static const QStringList nouns { QStringLiteral("summit"), QStringLiteral("meeting"), QStringLiteral("visit"),
        QStringLiteral("resignation"), QStringLiteral("speech") };
    const int happening = int(rng.bounded(20000));
    QRandomGenerator h(quint32(happening) * 2654435761u);
    EventMention m;
    m.article = article;
    m.span = { 0, 20 };
    m.text = QStringLiteral("synthetic naming mention");
    m.trigger = nouns.at(int(rng.bounded(int(nouns.size()))));
    m.place = QStringLiteral("Place%1").arg(h.bounded(500));
    m.participants = { QStringLiteral("Person%1").arg(h.bounded(1000)) };
    m.theme = m.participants.constFirst();
    m.timex.value = QStringLiteral("UNDATED");
    m.timex.basis = DateBasis::RelativeToPrevious;
    return m;
}
}

class BenchEvents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void extractionThroughput()
    {
        QRandomGenerator rng(42);
        QList<Article> articles;
        qint64 bytes = 0;
        while (bytes < qint64(24) * 1024 * 1024) {
            articles.append(TestSupport::makeArticle(article(rng), QDate(2025, 10, 29), QStringLiteral("a")));
            bytes += articles.constLast().text().toUtf8().size();
        }
        int mentions = 0;
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadSeconds();
        for (int i = 0; i < articles.size(); ++i)
            mentions += int(EventExtractor::extract(articles.at(i), i).size());
        const double seconds = threadSeconds() - cpuStart;
        const double wall = double(timer.nsecsElapsed()) / 1e9;
        const double mbPerSecond = double(bytes) / (1024.0 * 1024.0) / seconds;
        qInfo("tagging + extraction: %lld bytes (UTF-8) in %d articles, %d mentions, %.3f s CPU (%.3f s wall), "
              "%.1f MB/s on one core",
            bytes, int(articles.size()), mentions, seconds, wall, mbPerSecond);
        QVERIFY(mentions > 0);
#ifdef NDEBUG
        QVERIFY2(mbPerSecond >= 30.0, "below the 30 MB/s target");
#endif
    }

    // At n and 10n articles: the time per mention must not grow with the corpus (and 10k is small enough to
    // profile under callgrind).
    void mergeArticles_data()
    {
        QTest::addColumn<int>("articles");
        QTest::newRow("10k") << 10000;
        QTest::newRow("100k") << 100000;
    }

    void mergeArticles()
    {
        QFETCH(int, articles);
        QRandomGenerator rng(7);
        QList<EventMention> mentions;
        for (int a = 0; a < articles; ++a) {
            const int n = 2 + int(rng.bounded(7));
            for (int k = 0; k < n; ++k)
                mentions.append(syntheticMention(rng, a));
            // cross-article coreference: about one naming mention per two dated ones
            for (int k = 0; k < n / 2; ++k)
                mentions.append(namingMention(rng, a));
        }
        const qsizetype total = mentions.size();
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadSeconds();
        const QList<Event> events = EventMerger::merge(std::move(mentions));
        const double seconds = threadSeconds() - cpuStart;
        qInfo("merging: %lld mentions of %d articles into %lld events in %.2f s CPU (%.2f s wall), %.2f us CPU a "
              "mention",
            qlonglong(total), articles, qlonglong(events.size()), seconds, double(timer.nsecsElapsed()) / 1e9,
            seconds * 1e6 / double(total));
        QVERIFY(!events.isEmpty());
#ifdef NDEBUG
        if (articles == 100000)
            QVERIFY2(seconds < 10.0, "above the 10 s target");
#endif
    }

    // One story told by many outlets: a few happenings, each in tens of thousands of articles. Work per mention
    // must not grow with the size of the event it joins.
    void mergeOneStory()
    {
        QRandomGenerator rng(11);
        QList<EventMention> mentions;
        const int articles = 50000;
        for (int a = 0; a < articles; ++a) {
            for (int k = 0; k < 4; ++k) {
                EventMention m;
                m.article = a;
                m.span = { 100 * k, 100 * k + 40 };
                m.text = QStringLiteral("synthetic mention");
                const int happening = int(rng.bounded(5));
                m.trigger = QStringList { QStringLiteral("collapse"), QStringLiteral("search"),
                    QStringLiteral("resigned"), QStringLiteral("met"), QStringLiteral("visit") }
                                .at(happening);
                m.place = QStringLiteral("Rivertown");
                m.participants = { QStringLiteral("Person%1").arg(happening) };
                m.timex.span = { 100 * k, 100 * k + 10 };
                m.timex.basis = DateBasis::Absolute;
                m.timex.confidence = 0.9;
                m.timex.start = m.timex.end = QDate(2024, 3, 20).addDays(happening + int(rng.bounded(2)));
                m.timex.precision = DatePrecision::Day;
                if (k == 3) {
                    m.timex = {};
                    m.timex.value = QStringLiteral("UNDATED");
                }
                mentions.append(m);
            }
        }
        const qsizetype total = mentions.size();
        const double cpuStart = threadSeconds();
        const QList<Event> events = EventMerger::merge(std::move(mentions));
        const double seconds = threadSeconds() - cpuStart;
        qInfo("one story: %lld mentions of %d articles into %lld events in %.2f s CPU", qlonglong(total), articles,
            qlonglong(events.size()), seconds);
        QVERIFY(!events.isEmpty());
    }
};

QTEST_GUILESS_MAIN(BenchEvents)
#include "bench_events.moc"

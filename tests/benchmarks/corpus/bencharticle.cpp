// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bencharticle.h"

#include "benchplan.h"
#include "benchrng.h"
#include "benchwords.h"

#include <QRegularExpression>

namespace
{
QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

QString dayMonthYear(const QDate &d, BenchRng &rng)
{
    return rng.chance(0.5)
        ? QStringLiteral("%1 %2 %3").arg(d.day()).arg(BenchWords::monthName(d.month())).arg(d.year())
        : QStringLiteral("%1 %2, %3").arg(BenchWords::monthName(d.month())).arg(d.day()).arg(d.year());
}

QString season(const QDate &d)
{
    static const char *const names[] = { "winter", "winter", "spring", "spring", "spring", "summer", "summer", "summer",
        "autumn", "autumn", "autumn", "winter" };
    return QLatin1String(names[d.month() - 1]);
}

// A statement as one outlet renders it: whole, or changed the ways reporting changes quotes.
QStringList rendered(QStringList words, BenchRng &rng, bool *fragment)
{
    *fragment = false;
    const int n = int(words.size());
    switch (rng.below(10)) {
    case 0: // in part, inside the reporter's own sentence
        if (n > 6) {
            const int len = rng.between(3, std::min(8, n - 2));
            const int from = rng.between(1, n - len);
            words = words.mid(from, len);
            QString &last = words.last();
            while (!last.isEmpty() && !last.back().isLetterOrNumber())
                last.chop(1);
            *fragment = true;
        }
        break;
    case 1: // contractions
        for (int i = 0; i + 1 < words.size(); ++i) {
            if (words.at(i) == QLatin1String("will") && words.at(i + 1) == QLatin1String("not")) {
                words[i] = QStringLiteral("won't");
                words.removeAt(i + 1);
            } else if (words.at(i) == QLatin1String("cannot")) {
                words[i] = QStringLiteral("can't");
            }
        }
        break;
    case 2: // a word dropped
        if (n > 4)
            words.removeAt(rng.between(1, n - 2));
        break;
    case 3: // a word changed
        if (n > 3)
            words[rng.between(1, n - 2)] = rng.pick(QStringList { QStringLiteral("really"), QStringLiteral("simply"),
                QStringLiteral("this"), QStringLiteral("the"), QStringLiteral("our") });
        break;
    case 4: // spelling
        for (QString &w : words) {
            w.replace(QStringLiteral("harbour"), QStringLiteral("harbor"));
            w.replace(QStringLiteral("licence"), QStringLiteral("license"));
            w.replace(QStringLiteral("programme"), QStringLiteral("program"));
            w.replace(QStringLiteral("mayor's"), QStringLiteral("mayor\u2019s"));
        }
        break;
    case 5: // punctuation and case
        words.last().chop(1);
        words.last() += u'!';
        words[0] = words.at(0).toUpper() == words.at(0) ? words.at(0) : words.at(0).toLower();
        break;
    case 6: // only the first sentence
        for (int i = 0; i < words.size(); ++i) {
            if (words.at(i).endsWith(u'.')) {
                words = words.mid(0, i + 1);
                break;
            }
        }
        break;
    default:
        break;
    }
    if (!*fragment)
        words[0] = capitalised(words.at(0));
    return words;
}

// The quote inside its attribution, in one of the ways news writes it.
QString quoteSentence(BenchRng &rng, const BenchPlan::Speaker &s, const QStringList &words, bool fragment)
{
    QString text = words.join(u' ');
    const bool straight = rng.chance(0.15);
    const QString open = straight ? QStringLiteral("\"") : QStringLiteral("\u201c");
    const QString close = straight ? QStringLiteral("\"") : QStringLiteral("\u201d");
    const QString pronoun = s.female ? QStringLiteral("she") : QStringLiteral("he");
    if (fragment) {
        switch (rng.below(3)) {
        case 0:
            return QStringLiteral("%1 said %2 would %3%4%5.").arg(s.name, pronoun, open, text, close);
        case 1:
            return QStringLiteral("%1 warned that the plan was %2%3%4.").arg(s.surname, open, text, close);
        default:
            return QStringLiteral("The %1 described it as %2%3%4.").arg(s.role, open, text, close);
        }
    }
    // "We will act." becomes "We will act," before the cue.
    QString withComma = text;
    if (withComma.endsWith(u'.'))
        withComma.back() = u',';
    switch (rng.below(7)) {
    case 0:
        return QStringLiteral("%1%2%3 %4 said.").arg(open, withComma, close, s.name);
    case 1:
        return QStringLiteral("%1%2%3 said %4, the %5.").arg(open, withComma, close, s.name, s.role);
    case 2:
        return QStringLiteral("%1 told reporters: %2%3%4").arg(s.name, open, text, close);
    case 3:
        return QStringLiteral("%1, the %2, spoke after the meeting. %3%4%5 %6 said.")
            .arg(s.name, s.role, open, withComma, close, pronoun);
    case 4:
        return QStringLiteral("According to %1, %2%3%4").arg(s.name, open, text, close);
    case 5:
        return QStringLiteral("%1%2%3 %4 added.").arg(open, withComma, close, s.surname);
    default:
        return QStringLiteral("%1 said in a statement: %2%3%4").arg(s.name, open, text, close);
    }
}

QString eventSentence(
    BenchRng &rng, const BenchPlan &plan, const BenchPlan::Event &e, const QDate &published, const QString &topic)
{
    const BenchPlan::Speaker &a = plan.speaker(e.speakers.value(0));
    const BenchPlan::Speaker &b = plan.speaker(e.speakers.value(1));
    const QString date = BenchArticle::datePhrase(rng, e.date, published, e.background);
    // A casualty figure that some outlets report differently.
    const int casualties = rng.chance(0.2) ? e.casualties + rng.between(1, 9) : e.casualties;
    QString body;
    switch (e.kind) {
    case BenchPlan::EventKind::Meeting:
        body = QStringLiteral("%1 met %2 in %3 for talks on %4").arg(a.name, b.name, e.place, topic);
        break;
    case BenchPlan::EventKind::Visit:
        body = QStringLiteral("%1 visited %2").arg(a.name, e.place);
        break;
    case BenchPlan::EventKind::Agreement:
        body = QStringLiteral("the two sides signed an agreement on %1 in %2").arg(topic, e.place);
        break;
    case BenchPlan::EventKind::Resignation:
        body = QStringLiteral("%1 resigned as %2").arg(a.name, a.role);
        break;
    case BenchPlan::EventKind::Election:
        body = QStringLiteral("%1 was elected mayor of %2").arg(a.name, e.place);
        break;
    case BenchPlan::EventKind::Launch:
        body = QStringLiteral("the army launched %1 missiles from a base near %2")
                   .arg(BenchWords::count(casualties % 12 + 2), e.place);
        break;
    case BenchPlan::EventKind::Disaster:
        body = QStringLiteral("a flood struck %1, killing %2 people").arg(e.place, BenchWords::count(casualties));
        break;
    case BenchPlan::EventKind::Protest:
        body = QStringLiteral("thousands protested in %1 against the %2 plan").arg(e.place, topic);
        break;
    case BenchPlan::EventKind::Announcement:
        body = QStringLiteral("%1 announced a review of the %2 programme").arg(a.name, topic);
        break;
    }
    if (rng.chance(0.5))
        return capitalised(date) + QStringLiteral(", ") + body + u'.';
    return capitalised(body) + u' ' + date + u'.';
}
}

QString BenchArticle::datePhrase(BenchRng &rng, const QDate &date, const QDate &published, bool background)
{
    if (background) {
        switch (rng.below(4)) {
        case 0:
            return QStringLiteral("in the %1s").arg(date.year() / 10 * 10);
        case 1:
            return QStringLiteral("in the %1 of %2").arg(season(date)).arg(date.year());
        default:
            return QStringLiteral("in %1").arg(date.year());
        }
    }
    const qint64 before = date.daysTo(published);
    switch (rng.below(12)) {
    case 0:
        if (before == 1)
            return QStringLiteral("yesterday");
        if (before > 1 && before < 7)
            return QStringLiteral("on %1").arg(BenchWords::weekdayName(date.dayOfWeek()));
        break;
    case 1:
        if (before >= 7 && before < 14 && published.dayOfWeek() <= 3)
            return QStringLiteral("last week");
        break;
    case 2: {
        const int day = date.day();
        const QString part = day <= 10 ? QStringLiteral("early")
            : day <= 20                ? QStringLiteral("mid")
                                       : QStringLiteral("late");
        return day <= 10 || day > 20
            ? QStringLiteral("in %1 %2 %3").arg(part, BenchWords::monthName(date.month())).arg(date.year())
            : QStringLiteral("in mid-%1").arg(BenchWords::monthName(date.month()));
    }
    case 3:
        return QStringLiteral("in %1 %2").arg(BenchWords::monthName(date.month())).arg(date.year());
    case 4:
        if (date.year() == published.addMonths(-1).year() && date.month() == published.addMonths(-1).month())
            return QStringLiteral("last month");
        return QStringLiteral("in %1").arg(BenchWords::monthName(date.month()));
    case 5:
        return QStringLiteral("in the %1 of %2").arg(season(date)).arg(date.year());
    case 6:
        return date.year() == published.year() && before > 0 ? QStringLiteral("earlier this year")
                                                             : QStringLiteral("in %1").arg(date.year());
    case 7:
        if (before > 0 && before < 300)
            return QStringLiteral("on %1 %2").arg(BenchWords::monthName(date.month())).arg(date.day());
        break;
    default:
        break;
    }
    return QStringLiteral("on ") + dayMonthYear(date, rng);
}

BenchArticle BenchArticle::compose(const BenchPlan &plan, int index)
{
    BenchRng rng(BenchRng::derive(plan.seed(), 10000000 + quint64(index)));
    const BenchPlan::Story &story = plan.story(plan.storyOf(index));
    BenchArticle a;
    a.index = index;
    a.outlet = plan.outlet(plan.outletOf(index));
    a.published = story.start.addDays(rng.between(0, 90));
    a.author = BenchWords::personName(rng);
    const BenchPlan::Speaker &lead = plan.speaker(rng.pick(story.speakers));
    a.title = BenchWords::headline(rng, story.place, story.topic, lead.surname);
    QString slug = a.title.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    a.url = QStringLiteral("https://www.%1.example/%2/%3-%4")
                .arg(a.outlet.toLower().remove(u' '), a.published.toString(QStringLiteral("yyyy/MM/dd")), slug)
                .arg(index);
    a.caption = QStringLiteral("Residents of %1 queue outside a closed office. Photo: %2")
                    .arg(story.place, BenchWords::agency(rng));
    for (int i = 0; i < 8; ++i)
        a.related.append(BenchWords::headline(
            rng, BenchWords::placeName(rng), BenchWords::properWord(rng).toLower(), BenchWords::properWord(rng)));

    QList<int> statements;
    for (int i = 0, n = rng.between(2, 6); i < n; ++i)
        statements.append(story.statements.at(rng.skewed(int(story.statements.size()))));
    for (const BenchPlan::Wire &w : plan.wireStatements()) {
        if (rng.chance(w.share))
            statements.append(w.statement);
    }
    QList<int> events;
    for (int i = 0, n = rng.between(3, 8); i < n; ++i)
        events.append(story.events.at(rng.skewed(int(story.events.size()))));
    for (const BenchPlan::Wire &w : plan.wireEvents()) {
        if (rng.chance(w.share))
            events.append(w.statement);
    }

    // A lead, then quotes, events and background in news order.
    a.paragraphs.append(eventSentence(rng, plan, plan.event(events.first()), a.published, story.topic) + u' '
        + BenchWords::fillerSentence(rng, story.place, story.topic));
    int e = 1;
    for (int s : std::as_const(statements)) {
        bool fragment = false;
        const BenchPlan::Statement &st = plan.statement(s);
        const QStringList words = rendered(st.words, rng, &fragment);
        QString p = quoteSentence(rng, plan.speaker(st.speaker), words, fragment);
        if (rng.chance(0.4))
            p += u' ' + BenchWords::fillerSentence(rng, story.place, story.topic);
        a.paragraphs.append(p);
        if (e < events.size() && rng.chance(0.7))
            a.paragraphs.append(eventSentence(rng, plan, plan.event(events.at(e++)), a.published, story.topic));
        for (int f = 0, n = rng.between(1, 3); f < n; ++f) {
            QString filler = BenchWords::fillerSentence(rng, story.place, story.topic);
            for (int k = 0, m = rng.below(3); k < m; ++k)
                filler += u' ' + BenchWords::fillerSentence(rng, story.place, story.topic);
            a.paragraphs.append(filler);
        }
    }
    for (; e < events.size(); ++e)
        a.paragraphs.append(eventSentence(rng, plan, plan.event(events.at(e)), a.published, story.topic) + u' '
            + BenchWords::fillerSentence(rng, story.place, story.topic));
    return a;
}

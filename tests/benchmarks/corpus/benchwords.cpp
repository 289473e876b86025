// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchwords.h"

#include <QLocale>

namespace
{
const char *const Syllables[] = { "ka", "lo", "mi", "ne", "ru", "ta", "ve", "so", "di", "ga", "po", "le", "shi", "an",
    "or", "el", "um", "ri", "ba", "to", "sen", "dar", "vik", "mor", "tal", "bren", "ish", "ku", "wen", "zo" };

QString syllables(BenchRng &rng, int n)
{
    QString w;
    for (int i = 0; i < n; ++i)
        w += QLatin1String(rng.pick(Syllables));
    w[0] = w[0].toUpper();
    return w;
}

QString fill(QString text, BenchRng &rng, const QString &place, const QString &topic)
{
    static const QStringList groups { QStringLiteral("local residents"), QStringLiteral("the workers"),
        QStringLiteral("small businesses"), QStringLiteral("families"), QStringLiteral("the farmers"),
        QStringLiteral("taxpayers"), QStringLiteral("the victims"), QStringLiteral("teachers"),
        QStringLiteral("the nurses"), QStringLiteral("young people"), QStringLiteral("shareholders"),
        QStringLiteral("pensioners"), QStringLiteral("the fishermen"), QStringLiteral("truck drivers"),
        QStringLiteral("the doctors"), QStringLiteral("students"), QStringLiteral("the miners"),
        QStringLiteral("tenants"), QStringLiteral("bus drivers"), QStringLiteral("the police") };
    static const QStringList things { QStringLiteral("protection"), QStringLiteral("answers"),
        QStringLiteral("a fair hearing"), QStringLiteral("clean water"), QStringLiteral("their pensions"),
        QStringLiteral("compensation"), QStringLiteral("the truth"), QStringLiteral("a safe place to live"),
        QStringLiteral("decent jobs"), QStringLiteral("lower prices"), QStringLiteral("more time"),
        QStringLiteral("a seat at the table"), QStringLiteral("cheaper bread"), QStringLiteral("safer streets"),
        QStringLiteral("an apology"), QStringLiteral("working trains"), QStringLiteral("real wages"),
        QStringLiteral("fair rents"), QStringLiteral("open borders"), QStringLiteral("a second chance") };
    static const QStringList objects { QStringLiteral("any deal"), QStringLiteral("the plan"),
        QStringLiteral("the proposal"), QStringLiteral("this budget"), QStringLiteral("a ceasefire"),
        QStringLiteral("the new rules"), QStringLiteral("the merger"), QStringLiteral("the inquiry"),
        QStringLiteral("these reforms"), QStringLiteral("a settlement"), QStringLiteral("the contract"),
        QStringLiteral("that request"), QStringLiteral("the tax increase"), QStringLiteral("the bridge project") };
    const auto replace = [&](const QString &slot, const QStringList &list) {
        while (text.contains(slot))
            text.replace(text.indexOf(slot), slot.size(), rng.pick(list));
    };
    replace(QStringLiteral("{group}"), groups);
    replace(QStringLiteral("{thing}"), things);
    replace(QStringLiteral("{object}"), objects);
    text.replace(QStringLiteral("{place}"), place);
    text.replace(QStringLiteral("{topic}"), topic);
    while (text.contains(QStringLiteral("{n}")))
        text.replace(text.indexOf(QStringLiteral("{n}")), 3, BenchWords::count(rng.between(2, 900)));
    while (text.contains(QStringLiteral("{pct}")))
        text.replace(text.indexOf(QStringLiteral("{pct}")), 5, QString::number(rng.between(2, 60)));
    return text;
}
}

QString BenchWords::personName(BenchRng &rng)
{
    return syllables(rng, rng.between(2, 3)) + u' ' + syllables(rng, rng.between(2, 3));
}

QString BenchWords::placeName(BenchRng &rng)
{
    static const QStringList prefixes { QStringLiteral("Port "), QStringLiteral("North "), QStringLiteral("San "),
        QStringLiteral("Upper ") };
    const QString base = syllables(rng, rng.between(2, 3));
    return rng.chance(0.15) ? rng.pick(prefixes) + base : base;
}

QString BenchWords::properWord(BenchRng &rng)
{
    return syllables(rng, rng.between(2, 3));
}

QString BenchWords::outletName(BenchRng &rng)
{
    static const QStringList kinds { QStringLiteral("Herald"), QStringLiteral("Daily"), QStringLiteral("Ledger"),
        QStringLiteral("Sentinel"), QStringLiteral("Courier"), QStringLiteral("Observer"), QStringLiteral("Tribune"),
        QStringLiteral("News Agency"), QStringLiteral("Gazette"), QStringLiteral("Chronicle"), QStringLiteral("Wire"),
        QStringLiteral("Review") };
    const QString name = syllables(rng, 2) + u' ' + rng.pick(kinds);
    return rng.chance(0.4) ? QStringLiteral("The ") + name : name;
}

QString BenchWords::role(BenchRng &rng, const QString &place)
{
    static const QStringList offices { QStringLiteral("minister of transport"), QStringLiteral("finance minister"),
        QStringLiteral("mayor"), QStringLiteral("opposition leader"), QStringLiteral("police chief"),
        QStringLiteral("union leader"), QStringLiteral("spokeswoman for the ministry"),
        QStringLiteral("spokesman for the army"), QStringLiteral("chief executive"), QStringLiteral("senior economist"),
        QStringLiteral("health commissioner"), QStringLiteral("foreign minister"), QStringLiteral("judge"),
        QStringLiteral("prosecutor"), QStringLiteral("professor of law") };
    const QString office = rng.pick(offices);
    return rng.chance(0.5) ? office + QStringLiteral(" of ") + place : office;
}

QString BenchWords::agency(BenchRng &rng)
{
    static const QStringList agencies { QStringLiteral("AFP"), QStringLiteral("Reuters"),
        QStringLiteral("Getty Images"), QStringLiteral("AP"), QStringLiteral("EPA") };
    return personName(rng) + QStringLiteral(" / ") + rng.pick(agencies);
}

QString BenchWords::monthName(int month)
{
    return QLocale::c().standaloneMonthName(month);
}

QString BenchWords::weekdayName(int weekday)
{
    return QLocale::c().dayName(weekday);
}

QString BenchWords::count(int n)
{
    static const QStringList words { QStringLiteral("zero"), QStringLiteral("one"), QStringLiteral("two"),
        QStringLiteral("three"), QStringLiteral("four"), QStringLiteral("five"), QStringLiteral("six"),
        QStringLiteral("seven"), QStringLiteral("eight"), QStringLiteral("nine"), QStringLiteral("ten") };
    return n >= 0 && n <= 10 ? words.at(n) : QLocale::c().toString(n);
}

QString BenchWords::fillerSentence(BenchRng &rng, const QString &place, const QString &topic)
{
    static const QStringList templates {
        QStringLiteral("Officials did not respond to a request for comment."),
        QStringLiteral("The figures could not be independently verified."),
        QStringLiteral("{place} has a population of about {n} thousand people, most of them employed in farming and "
                       "light industry."),
        QStringLiteral("The dispute over {topic} has divided the council for months, and {group} say they have been "
                       "left out of the talks."),
        QStringLiteral("Critics argue that {object} would cost {group} far more than the government admits."),
        QStringLiteral("Analysts expect the debate over {topic} to continue well into next year."),
        QStringLiteral("Support for {object} has fallen to {pct} percent, according to a survey published by a "
                       "local university."),
        QStringLiteral("The {topic} question is expected to dominate the next session of parliament."),
        QStringLiteral("Several hundred people gathered outside the town hall in {place}, many of them carrying "
                       "handwritten signs."),
        QStringLiteral("The company said {n} jobs could be at risk if {object} went ahead."),
        QStringLiteral("It was not immediately clear how many people were affected."),
        QStringLiteral("A report by the national audit office found that spending on {topic} had risen by {pct} "
                       "percent in three years."),
        QStringLiteral("Residents of {place} have long complained about the state of the roads and the lack of "
                       "public transport."),
        QStringLiteral("The proposal still needs the approval of the upper house, where the governing coalition "
                       "lacks a majority."),
        QStringLiteral("Talks are expected to resume after the holidays."),
        QStringLiteral("Prices in {place} rose faster than anywhere else in the region last quarter."),
    };
    return fill(rng.pick(templates), rng, place, topic);
}

QString BenchWords::headline(BenchRng &rng, const QString &place, const QString &topic, const QString &speakerSurname)
{
    static const QStringList templates { QStringLiteral("{place} divided over {topic} as talks stall"),
        QStringLiteral("What the {topic} dispute means for {group}"),
        QStringLiteral("%1 rejects criticism over {topic}"),
        QStringLiteral("Thousands protest in {place} over {object}"),
        QStringLiteral("{topic}: a timeline of the crisis"), QStringLiteral("%1 says {group} deserve {thing}"),
        QStringLiteral("Pressure grows on %1 after {topic} vote"),
        QStringLiteral("Inside the fight over {topic} in {place}") };
    QString t = rng.pick(templates);
    if (t.contains(QStringLiteral("%1")))
        t = t.arg(speakerSurname);
    return fill(t, rng, place, topic);
}

QStringList BenchWords::statementWords(BenchRng &rng, const QString &place, const QString &topic)
{
    // Large word lists and many frames, so that two statements share few word pairs (as two things people
    // say do), while the renderings of one statement share almost all of theirs.
    static const QStringList nouns { QStringLiteral("budget"), QStringLiteral("plan"), QStringLiteral("proposal"),
        QStringLiteral("reform"), QStringLiteral("bridge"), QStringLiteral("hospital"), QStringLiteral("school"),
        QStringLiteral("pipeline"), QStringLiteral("contract"), QStringLiteral("settlement"), QStringLiteral("strike"),
        QStringLiteral("tariff"), QStringLiteral("subsidy"), QStringLiteral("pension scheme"), QStringLiteral("border"),
        QStringLiteral("port"), QStringLiteral("railway"), QStringLiteral("airport"), QStringLiteral("mine"),
        QStringLiteral("harbour"), QStringLiteral("reservoir"), QStringLiteral("factory"), QStringLiteral("ruling"),
        QStringLiteral("investigation"), QStringLiteral("audit"), QStringLiteral("ceasefire"), QStringLiteral("treaty"),
        QStringLiteral("merger"), QStringLiteral("loan"), QStringLiteral("deficit"), QStringLiteral("curfew"),
        QStringLiteral("vaccine programme"), QStringLiteral("clinic"), QStringLiteral("licence"),
        QStringLiteral("quota"), QStringLiteral("levy"), QStringLiteral("highway"), QStringLiteral("tunnel"),
        QStringLiteral("dam"), QStringLiteral("power plant"), QStringLiteral("housing project"),
        QStringLiteral("police force"), QStringLiteral("coalition"), QStringLiteral("currency"),
        QStringLiteral("export ban"), QStringLiteral("fishing fleet"), QStringLiteral("harvest"),
        QStringLiteral("data law"), QStringLiteral("appeal"), QStringLiteral("inquiry"), QStringLiteral("sanctions"),
        QStringLiteral("peace process"), QStringLiteral("aid convoy"), QStringLiteral("tax credit"),
        QStringLiteral("minimum wage"), QStringLiteral("water supply"), QStringLiteral("ferry service"),
        QStringLiteral("grain deal"), QStringLiteral("stadium"), QStringLiteral("library") };
    static const QStringList adjectives { QStringLiteral("reckless"), QStringLiteral("fair"),
        QStringLiteral("dangerous"), QStringLiteral("historic"), QStringLiteral("unacceptable"),
        QStringLiteral("necessary"), QStringLiteral("premature"), QStringLiteral("unworkable"),
        QStringLiteral("generous"), QStringLiteral("modest"), QStringLiteral("cautious"), QStringLiteral("bold"),
        QStringLiteral("costly"), QStringLiteral("illegal"), QStringLiteral("unfair"), QStringLiteral("overdue"),
        QStringLiteral("responsible"), QStringLiteral("transparent"), QStringLiteral("rushed"),
        QStringLiteral("secret"), QStringLiteral("flawed"), QStringLiteral("sensible"), QStringLiteral("brave"),
        QStringLiteral("cynical"), QStringLiteral("shameful"), QStringLiteral("timely"), QStringLiteral("fragile"),
        QStringLiteral("temporary"), QStringLiteral("permanent"), QStringLiteral("expensive") };
    static const QStringList verbs { QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("delay"),
        QStringLiteral("fund"), QStringLiteral("defend"), QStringLiteral("rebuild"), QStringLiteral("question"),
        QStringLiteral("abandon"), QStringLiteral("protect"), QStringLiteral("cut"), QStringLiteral("raise"),
        QStringLiteral("expand"), QStringLiteral("scrap"), QStringLiteral("review"), QStringLiteral("challenge"),
        QStringLiteral("support"), QStringLiteral("sign"), QStringLiteral("block"), QStringLiteral("investigate"),
        QStringLiteral("reopen"), QStringLiteral("close"), QStringLiteral("sell"), QStringLiteral("restore"),
        QStringLiteral("finish"), QStringLiteral("redesign"), QStringLiteral("postpone"), QStringLiteral("negotiate") };
    static const QStringList subjects { QStringLiteral("We"), QStringLiteral("Our government"),
        QStringLiteral("This administration"), QStringLiteral("The company"), QStringLiteral("Our members"),
        QStringLiteral("The council"), QStringLiteral("Nobody in this building"), QStringLiteral("Our partners"),
        QStringLiteral("The committee"), QStringLiteral("I"), QStringLiteral("My party"), QStringLiteral("The board"),
        QStringLiteral("This court"), QStringLiteral("The union") };
    static const QStringList modals { QStringLiteral("will not"), QStringLiteral("cannot"), QStringLiteral("must"),
        QStringLiteral("will"), QStringLiteral("should never"), QStringLiteral("would never"),
        QStringLiteral("could still"), QStringLiteral("may yet"), QStringLiteral("must not"),
        QStringLiteral("will soon") };
    static const QStringList bodies { QStringLiteral("the ministry"), QStringLiteral("the regional council"),
        QStringLiteral("the central bank"), QStringLiteral("parliament"), QStringLiteral("the board"),
        QStringLiteral("the court"), QStringLiteral("the commission"), QStringLiteral("the mayor's office") };
    static const QStringList pastVerbs { QStringLiteral("hurt"), QStringLiteral("failed"), QStringLiteral("helped"),
        QStringLiteral("ignored"), QStringLiteral("surprised"), QStringLiteral("divided"), QStringLiteral("betrayed"),
        QStringLiteral("protected"), QStringLiteral("misled"), QStringLiteral("saved") };
    // Mostly slots: two statements share few words unless they are renderings of one another.
    static const QStringList openers { QStringLiteral("Frankly"), QStringLiteral("In {month}"),
        QStringLiteral("After {years} years"), QStringLiteral("Whatever {body} says"), QStringLiteral("As of today"),
        QStringLiteral("For the record"), QStringLiteral("Let me be clear"), QStringLiteral("Make no mistake"),
        QStringLiteral("Sooner or later"), QStringLiteral("Without {thing}") };
    // Mostly slots: two statements share few words unless they are renderings of one another.
    static const QStringList frames { QStringLiteral("{subject} {modal} {verb} the {adj} {noun} {tail}."),
        QStringLiteral("The {adj} {noun} {past} {group} in {place} {tail}."),
        QStringLiteral("{Group} {modal} {verb} the {adj} {noun} {tail}."),
        QStringLiteral("{body} {past} {group} over the {adj} {noun} {tail}."),
        QStringLiteral("{opener}, {subject} {modal} {verb} the {noun} {tail}.") };
    static const QStringList tails { QStringLiteral("that leaves {group} without {thing}"),
        QStringLiteral("before the {month} deadline"), QStringLiteral("unless {group} are given {thing}"),
        QStringLiteral("while {group} wait for {thing}"), QStringLiteral("at any price"),
        QStringLiteral("without a debate in {place}"), QStringLiteral("in the interest of {group}"),
        QStringLiteral("because {group} deserve {thing}"), QStringLiteral("for the people of {place}"),
        QStringLiteral("until the {topic} review is finished"), QStringLiteral("after the {adj} vote in {month}"),
        QStringLiteral("as long as {body} stays silent"), QStringLiteral("this year"), QStringLiteral("next spring"),
        QStringLiteral("without asking {group}"), QStringLiteral("for {years} years"),
        QStringLiteral("at a cost of {millions} million"), QStringLiteral("in {place} and beyond"),
        QStringLiteral("") };
    QString text;
    for (int i = 0, n = rng.chance(0.15) ? 1 : rng.between(2, 3); i < n; ++i) {
        QString sentence = rng.pick(frames);
        sentence.replace(QStringLiteral("{opener}"), rng.pick(openers));
        sentence.replace(QStringLiteral("{tail}"), rng.pick(tails));
        const auto slot = [&](const QString &name, const QStringList &list) {
            while (sentence.contains(name))
                sentence.replace(sentence.indexOf(name), name.size(), rng.pick(list));
        };
        // A project or place of its own, as statements name things: "the Velka bridge".
        if (rng.chance(0.5))
            sentence.replace(QStringLiteral("the {adj} {noun}"),
                QStringLiteral("the {adj} ") + properWord(rng) + QStringLiteral(" {noun}"));
        slot(QStringLiteral("{subject}"), subjects);
        slot(QStringLiteral("{modal}"), modals);
        slot(QStringLiteral("{verb}"), verbs);
        slot(QStringLiteral("{adj}"), adjectives);
        slot(QStringLiteral("{noun}"), nouns);
        slot(QStringLiteral("{body}"), bodies);
        slot(QStringLiteral("{past}"), pastVerbs);
        sentence.replace(QStringLiteral("{years}"), count(rng.between(2, 30)));
        sentence.replace(QStringLiteral("{millions}"), QString::number(rng.between(3, 900)));
        sentence.replace(QStringLiteral("{month}"), monthName(rng.between(1, 12)));
        if (sentence.startsWith(QStringLiteral("{Group}"))) {
            sentence.remove(0, 7);
            sentence.prepend(QStringLiteral("{group}"));
            sentence = fill(sentence, rng, place, topic);
            sentence[0] = sentence.at(0).toUpper();
        }
        sentence[0] = sentence.at(0).toUpper();
        text += (text.isEmpty() ? QString() : QStringLiteral(" "))
            + sentence.simplified().replace(QStringLiteral(" ."), QStringLiteral("."));
    }
    return fill(text, rng, place, topic).split(u' ');
}

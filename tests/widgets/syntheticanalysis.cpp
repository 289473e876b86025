// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticanalysis.h"

#include "testsupport.h"

TextSpan SyntheticAnalysis::spanOf(const AnalysisResult &result, int article, const QString &words)
{
    const int start = int(result.corpus.articles.at(article).text().indexOf(words));
    Q_ASSERT(start >= 0);
    return { start, start + int(words.size()) };
}

namespace
{
EventMention mention(const AnalysisResult &r, int article, const QString &clause, const QString &dateWords, QDate start,
    QDate end, DatePrecision precision, DateBasis basis)
{
    EventMention m;
    m.article = article;
    m.span = SyntheticAnalysis::spanOf(r, article, clause);
    m.text = clause;
    m.timex.span = SyntheticAnalysis::spanOf(r, article, dateWords);
    m.timex.text = dateWords;
    m.timex.start = start;
    m.timex.end = end;
    m.timex.precision = precision;
    m.timex.basis = basis;
    return m;
}

Quote quote(const AnalysisResult &r, int article, const QString &words, const QString &speaker, const QString &id,
    const QString &statement)
{
    Quote q;
    q.id = id;
    q.article = article;
    q.span = SyntheticAnalysis::spanOf(r, article, words);
    q.text = words;
    q.speaker = speaker;
    q.statement = statement;
    return q;
}
}

std::shared_ptr<const AnalysisResult> SyntheticAnalysis::make()
{
    auto r = std::make_shared<AnalysisResult>();
    r->corpus.name = QStringLiteral("Synthetic story");
    r->corpus.path = QStringLiteral("/synthetic");
    Article a0 = TestSupport::makeArticle(
        QStringLiteral(
            "Leaders may meet again\n\n"
            "The two leaders first met in Geneva on 12 June 2018. A second summit followed in February 2019.\n\n"
            "\"We will talk again soon,\" the president said on Monday.\n\n"
            "Photo: agency archive\n\n"
            "The army tested a rocket on 22 October 2025, officials said."),
        QDate(2025, 10, 28), QStringLiteral("alpha/one"), true);
    a0.outlet = QStringLiteral("Alpha News");
    a0.boilerplate = { a0.paragraphs.at(3) };
    Article a1 = TestSupport::makeArticle(QStringLiteral("No reply yet\n\n"
                                                         "They met in Geneva in June 2018.\n\n"
                                                         "\"We will talk again,\" the president told reporters.\n\n"
                                                         "Two rockets were tested last week."),
        QDate(2025, 10, 30), QStringLiteral("beta/two"), true);
    a1.outlet = QStringLiteral("Beta Daily");
    Article a2 = TestSupport::makeArticle(
        QStringLiteral("Talks\n\nThe envoy arrived on 27 October 2025. \"Nothing is planned,\" a spokesman said."),
        QDate(2025, 10, 29), QStringLiteral("beta/three"), true);
    a2.outlet = QStringLiteral("Beta Daily");
    r->corpus.articles = { a0, a1, a2 };

    r->quotes = {
        quote(*r, 0, QStringLiteral("We will talk again soon,"), QStringLiteral("The President"),
            QStringLiteral("alpha/one#q1"), QStringLiteral("s1")),
        quote(*r, 1, QStringLiteral("We will talk again,"), QStringLiteral("The President"),
            QStringLiteral("beta/two#q1"), QStringLiteral("s1")),
        quote(*r, 2, QStringLiteral("Nothing is planned,"), QStringLiteral("A Spokesman"),
            QStringLiteral("beta/three#q1"), QStringLiteral("s2")),
    };
    Statement s1;
    s1.id = QStringLiteral("s1");
    s1.speaker = QStringLiteral("The President");
    s1.quotes = { QStringLiteral("alpha/one#q1"), QStringLiteral("beta/two#q1") };
    s1.reference = QStringLiteral("alpha/one#q1");
    s1.similarity = { 1.0, 0.8 };
    Statement s2;
    s2.id = QStringLiteral("s2");
    s2.speaker = QStringLiteral("A Spokesman");
    s2.quotes = { QStringLiteral("beta/three#q1") };
    s2.reference = s2.quotes.constFirst();
    s2.similarity = { 1.0 };
    r->statements = { s1, s2 };

    Event geneva;
    geneva.id = QStringLiteral("e1");
    geneva.label = QStringLiteral("Geneva meeting");
    geneva.category = QStringLiteral("diplomacy");
    geneva.start = geneva.end = QDate(2018, 6, 12);
    geneva.precision = DatePrecision::Day;
    geneva.mentions = {
        mention(*r, 0, QStringLiteral("The two leaders first met in Geneva on 12 June 2018."),
            QStringLiteral("12 June 2018"), QDate(2018, 6, 12), QDate(2018, 6, 12), DatePrecision::Day,
            DateBasis::Absolute),
        mention(*r, 1, QStringLiteral("They met in Geneva in June 2018."), QStringLiteral("June 2018"),
            QDate(2018, 6, 1), QDate(2018, 6, 30), DatePrecision::Month, DateBasis::Absolute),
    };
    Event second;
    second.id = QStringLiteral("e2");
    second.label = QStringLiteral("Second summit");
    second.category = QStringLiteral("diplomacy");
    second.start = QDate(2019, 2, 1);
    second.end = QDate(2019, 2, 28);
    second.precision = DatePrecision::Month;
    second.mentions = { mention(*r, 0, QStringLiteral("A second summit followed in February 2019."),
        QStringLiteral("February 2019"), second.start, second.end, DatePrecision::Month, DateBasis::Absolute) };
    Event rocket;
    rocket.id = QStringLiteral("e3");
    rocket.label = QStringLiteral("Rocket test");
    rocket.category = QStringLiteral("military");
    rocket.start = rocket.end = QDate(2025, 10, 22);
    rocket.precision = DatePrecision::Day;
    rocket.mentions = {
        mention(*r, 0, QStringLiteral("The army tested a rocket on 22 October 2025, officials said."),
            QStringLiteral("22 October 2025"), rocket.start, rocket.end, DatePrecision::Day, DateBasis::Absolute),
        mention(*r, 1, QStringLiteral("Two rockets were tested last week."), QStringLiteral("last week"),
            QDate(2025, 10, 20), QDate(2025, 10, 26), DatePrecision::Week, DateBasis::RelativeToPublication),
    };
    rocket.mentions[0].claim = QStringLiteral("a rocket");
    rocket.mentions[1].claim = QStringLiteral("two rockets");
    rocket.conflicts = { EventConflict { QStringLiteral("number"), { 0, 1 } } };
    Event envoy;
    envoy.id = QStringLiteral("e4");
    envoy.label = QStringLiteral("Envoy arrives");
    envoy.category = QStringLiteral("diplomacy");
    envoy.start = envoy.end = QDate(2025, 10, 27);
    envoy.precision = DatePrecision::Day;
    envoy.mentions = { mention(*r, 2, QStringLiteral("The envoy arrived on 27 October 2025."),
        QStringLiteral("27 October 2025"), envoy.start, envoy.end, DatePrecision::Day, DateBasis::Absolute) };
    r->events = { geneva, second, rocket, envoy };
    return r;
}

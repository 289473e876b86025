// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/quoteanalyzer.h"

#include "core/logging.h"
#include "quotes/attribution/articletokens.h"
#include "quotes/attribution/coreference.h"
#include "quotes/attribution/personfinder.h"
#include "quotes/attribution/speakerattributor.h"
#include "quotes/quoteclassifier.h"
#include "quotes/quoteextractor.h"
#include "quotes/statementbuilder.h"

ArticleQuotes QuoteAnalyzer::analyzeArticle(const Article &article, int articleIndex)
{
    ArticleQuotes analysis;
    const QList<ExtractedQuote> extracted = QuoteExtractor::extract(article);
    ArticleTokens tokens(article);
    for (const ExtractedQuote &q : extracted)
        tokens.markQuoted(q.outer());
    const Coreference coreference(tokens, PersonFinder(tokens).find());
    const QList<Attribution> attributions = SpeakerAttributor(tokens, coreference).attribute(extracted);

    analysis.quotes.reserve(extracted.size());
    for (int i = 0; i < extracted.size(); ++i) {
        const ExtractedQuote &e = extracted.at(i);
        const Attribution &a = attributions.at(i);
        Quote q;
        q.id = article.id + QStringLiteral("#q") + QString::number(i + 1);
        q.article = articleIndex;
        q.kind = QuoteClassifier::classify(article, e);
        q.span = QuoteClassifier::displaySpan(article, e, q.kind);
        q.text = article.slice(q.span).toString();
        q.headline = e.headline;
        if (a.credited()) {
            q.speaker = a.entity >= 0 ? coreference.entities().at(a.entity).name : a.organisation;
            q.speakerKind = a.entity >= 0 ? SpeakerKind::Person : SpeakerKind::Organisation;
            q.speakerCue = a.cue;
            q.cueSpan = a.cueSpan;
            q.rule = a.rule;
        } else if (a.unnamed >= 0) {
            // The description's span becomes the cue if the corpus names the role (nameRoles).
            q.speakerRole = coreference.mentions().at(a.unnamed).role;
            q.cueSpan = coreference.mentions().at(a.unnamed).span;
        }
        analysis.quotes.append(q);
    }
    // Every name as written, once per mention, so that the corpus can pick the most frequent full form.
    for (const PersonMention &m : coreference.mentions()) {
        if (m.kind == PersonMention::Kind::Name && !m.quoted)
            analysis.people.append(m.name);
        if (m.kind == PersonMention::Kind::Name && !m.quoted && !m.role.isEmpty())
            analysis.titles << m.role << m.name;
    }
    return analysis;
}

namespace
{
// "The opposition leader insisted …" in an article that never names the leader: the one person the rest of the
// corpus gives that role ("opposition leader Ana Ruiz"). A role two different people hold names nobody.
void nameRoles(const Corpus &corpus, const QStringList &titles, QList<Quote> &quotes)
{
    struct Holder {
        QString name;
        QString surname;
        bool shared = false;
    };
    QHash<QString, Holder> holders;
    for (qsizetype i = 0; i + 1 < titles.size(); i += 2) {
        const QString &name = titles.at(i + 1);
        const QStringList parts = PersonFinder::nameParts(name);
        if (parts.isEmpty())
            continue;
        Holder &h = holders[titles.at(i)];
        if (h.name.isEmpty()) {
            h.name = name;
            h.surname = parts.constLast();
        } else if (h.surname != parts.constLast()) {
            h.shared = true;
        } else if (name.size() > h.name.size()) {
            h.name = name;
        }
    }
    for (Quote &q : quotes) {
        if (q.speakerRole.isEmpty() || !q.speaker.isEmpty())
            continue;
        const auto h = holders.constFind(q.speakerRole);
        if (h == holders.constEnd() || h->shared) {
            q.cueSpan = {};
            continue;
        }
        q.speaker = h->name;
        q.speakerKind = SpeakerKind::Person;
        q.rule = AttributionRule::Coreference;
        if (q.article >= 0 && q.article < corpus.articles.size())
            q.speakerCue = corpus.articles.at(q.article).slice(q.cueSpan).toString().simplified();
    }
}
}

void QuoteAnalyzer::analyzeCorpus(const Corpus &corpus, const QStringList &people, const QStringList &titles,
    QList<Quote> &quotes, QList<Statement> &statements, const std::function<void()> &textsRead)
{
    nameRoles(corpus, titles, quotes);
    StatementBuilder::build(corpus, people, quotes, statements, textsRead);
    Logging::get("quotes")->debug("{} quotes in {} statements", quotes.size(), statements.size());
}

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/eventextractor.h"

#include "core/logging.h"
#include "events/argumentfinder.h"
#include "events/mentionfeatures.h"
#include "events/scannedarticle.h"
#include "events/temporaltagger.h"
#include "events/timexvalue.h"
#include "events/triggerfinder.h"
#include "language/characters.h"
#include "language/languagedata.h"

#include <QCoreApplication>
#include <QScopeGuard>

#include <array>
#include <vector>

using Match = TemporalTagger::Match;
using Trigger = TriggerFinder::Trigger;

namespace
{
bool isClauseMark(const ScanToken &t)
{
    if (t.kind == ScanToken::Punct) {
        switch (t.punct) {
        case u',':
        case u';':
        case u':':
        case u'(':
        case u')':
        case u'\u2014':
            return true;
        default:
            // a spaced hyphen or en dash sets a phrase off as an em dash does; "1950–53" joins
            if (Characters::isHyphen(t.punct) || Characters::isDash(t.punct))
                return t.is(ScanToken::SpaceBefore);
            return Characters::isDoubleQuote(t.punct);
        }
    }
    return t.has(Lexicon::ClauseBreak);
}

// "the", "his", "Marr's", "this": what makes a noun one known happening.
bool isDeterminer(const ScanToken &t)
{
    return t.is(ScanToken::Possessive) || t.has(Lexicon::Demonstrative) || (t.word && t.word->possessive);
}

// The time of a mention that names a happening without telling when: it joins a dated event or nothing.
Timex undatedTime()
{
    Timex undated;
    undated.basis = DateBasis::RelativeToPrevious;
    undated.value = QStringLiteral("UNDATED");
    return undated;
}

// A word between a determiner and its noun: "shock" of "the shock ouster", "recent" of "her recent remarks"; not a
// function word, a negation or a happening word.
bool isModifier(const ScanToken &t)
{
    if (!t.isWord() || t.is(ScanToken::Possessive))
        return false;
    return !t.word || (!t.word->has(Lexicon::Stop) && !t.word->has(Lexicon::Negation) && !t.word->family);
}

// "During his tour, …", "With the tour underway, …": the subject comes in the next clause.
bool isFrontedAdverbial(const ScanToken &t)
{
    static const std::array words = { Lexicon::lookup(u"during"), Lexicon::lookup(u"with"), Lexicon::lookup(u"as"),
        Lexicon::lookup(u"amid"), Lexicon::lookup(u"despite"), Lexicon::lookup(u"in"), Lexicon::lookup(u"on"),
        Lexicon::lookup(u"after"), Lexicon::lookup(u"before") };
    return t.word && std::find(words.begin(), words.end(), t.word) != words.end();
}

// The number of double quotes before each token (one more entry than tokens).
std::vector<int> countQuoteMarks(const ScanTokens &tokens)
{
    std::vector<int> marks(tokens.size() + 1, 0);
    for (size_t k = 0; k < tokens.size(); ++k) {
        const ScanToken &t = tokens[k];
        marks[k + 1] = marks[k] + (t.kind == ScanToken::Punct && Characters::isDoubleQuote(t.punct) ? 1 : 0);
    }
    return marks;
}

// One article's sentences, one at a time: tags, finds triggers, pairs them with times and builds mentions.
class SentenceReader
{
public:
    SentenceReader(const Article &article, int articleIndex, const ScannedArticle &scanned)
        : m_article(article)
        , m_articleIndex(articleIndex)
        , m_tokens(scanned.tokens())
        , m_tagger(article, m_tokens)
        , m_triggers(article.text(), m_tokens)
        , m_quoteMarks(countQuoteMarks(m_tokens))
    {
    }

    void read(const ScannedArticle::Sentence &s, int index, QList<EventMention> &out);
    // A heading is read only for a date that heads a list ("June 23" above its bullets).
    // A headline in sentence case that tells of a saying ("Ames says the plant will close") is the article's news;
    // so is the page's own headline in Title Case ("Ames Says Plant Will Close") when the body names the speaker.
    void readHeading(const ScannedArticle::Sentence &s, QList<EventMention> &out);
    // "Ames resigned today with her family by her side": a heading whose happening is dated by the day it was
    // published tells that day's happening as the body would.
    void addHeadingOfTheDay(const ScannedArticle::Sentence &s, QList<EventMention> &out);
    int unresolved() const { return m_tagger.unresolvedCount(); }

private:
    struct Previous {
        int sentence = -100;
        int paragraph = -1;
        int begin = 0; // token range of that sentence
        int end = 0;
        Timex timex;
        int mention = -1; // index into the output, or -1 when the dated sentence told of no happening
    };

    // Words of a heading, and how many of them are capitalised.
    struct WordCount {
        int words = 0;
        int capitals = 0;
        bool mostlyCapitalized() const { return capitals * 2 > words; }
    };
    // Where the body may name what a heading names: after the heading only, or on either side of it.
    enum class BodySide { After, Either };

    WordCount countWords(int begin, int end) const;
    bool namedInBody(const ScannedArticle::Sentence &heading, const QString &name, BodySide side) const;
    // The sentence's clauses, and its triggers afresh in m_found.
    void findTriggers(const ScannedArticle::Sentence &s);
    void computeClauses(int begin, int end);
    int quotedFragmentEnd(int open) const;
    int clauseOf(int token) const { return m_clause.at(token - m_begin); }
    int clauseEnd(int token) const;
    int pairedMatch(const Trigger &t) const;
    int attributedMatch(const Trigger &t) const;
    void findAttribution();
    bool ownPhrase(int from, int to) const;
    bool bareClause(const Match &m) const;
    bool participleAfter(const Trigger &t, int clause) const;
    bool occurredAfter(const Trigger &t, int clause) const;
    int nounPhraseStart(const Trigger &t) const;
    bool sinceBetween(const Trigger &t, const Match &m) const;
    int withAntecedent(const ArgumentFinder &args, int first) const;
    int causeEnd(const QList<Trigger> &triggers, int last) const;
    int pastTitle(int end) const;
    int withMedium(const QList<Trigger> &triggers, int first) const;
    bool refersBack(const QList<Trigger> &triggers) const;
    bool pointsBack(const Trigger &t) const;
    EventMention makeMention(
        const ArgumentFinder &args, const QList<Trigger> &triggers, int first, int last, const Timex &timex) const;
    bool namesHappening(const Trigger &t) const;
    bool nextToTime(const Trigger &t) const;
    bool nextToOwnTime(const Trigger &t) const;
    QStringView ownerOf(const Trigger &t) const;
    bool reactedTo(const Trigger &t) const;
    QList<Trigger> namedBySaying();
    QList<Trigger> onlyNamed();
    void takeReportedActs();
    const Trigger *foundAt(int token) const;
    bool clauseDated(int clause) const;
    int reportedAct(const Trigger &saying) const;
    bool habitual(int act) const;
    QList<Trigger> namedInSaying();
    QList<int> sayingTimes() const;
    QString themeOf(const ArgumentFinder &args, const Trigger &t, int first, int last,
        const ArgumentFinder::Place &place, const QStringList &participants) const;
    QString frontedSayer(const ArgumentFinder &args, int from) const;
    QString earlierSayer(const ArgumentFinder &args, int clauseBegin) const;
    void addUndated(const ArgumentFinder &args, const QList<Trigger> &triggers, QList<EventMention> &out) const;
    bool ownPhraseAfterNews(EventMention &mention, int from, int end, QList<EventMention> &out) const;
    void addNamedSayings(const ArgumentFinder &args, const QList<Trigger> &sayings, QList<EventMention> &out) const;
    void addNewsSaying(const ArgumentFinder &args, bool headline, QList<EventMention> &out);
    void addNewsRequest(const ArgumentFinder &args, QList<EventMention> &out);
    void addDatingSentence(const EventMention &told, QList<EventMention> &out);
    void addOwnedSayings(const ArgumentFinder &args, QList<EventMention> &out);
    QString sayingPlace(const ArgumentFinder &args, const Trigger &saying, int first, int last) const;
    bool undatedNews() const;
    bool saidEarlier(int first, int last) const;
    bool describesPeople(const Trigger &t) const;
    Timex newsTime() const;

    QStringView textOf(const ScanToken &t) const { return t.textIn(m_article.text()); }
    bool quoted(int token) const;
    bool isDateLine(int begin, int end) const;
    bool inDateline(const Match &m, int begin, int end) const;
    bool isCaption(int begin, int end) const;
    bool startsWithBullet(int begin) const;
    void followSection(const ScannedArticle::Sentence &s);

    const Article &m_article;
    int m_articleIndex;
    // The date heading a list ("June 23" then "- Zarkov says…"): its items without a time of their own happened
    // then. Ends with the first paragraph that is not a list item.
    Timex m_section;
    int m_lastParagraph = -1;
    const ScanTokens &m_tokens;
    TemporalTagger m_tagger;
    TriggerFinder m_triggers;
    Previous m_previous;
    int m_begin = 0;
    int m_end = 0;
    QList<int> m_clause; // first token of each token's clause
    QList<Match> m_matches;
    int m_dateline = -1; // the match of a dateline heading the sentence, or -1
    QList<Trigger> m_found;
    int m_keptSaying = -1; // the saying verb namedInSaying gave the time to: it stays beside strong triggers
    int m_saidFrom = -1; // where what that verb said begins: the happenings named there are mentioned from it on
    // A dated attribution after the sentence's report ("…, the firm announced on Tuesday"): its clause and time.
    int m_attributionClause = -1;
    int m_attributionMatch = -1;
    int m_paragraphBegin = 0; // first token of the current sentence's paragraph
    // Double quotes before each token, so that whether a token is quoted is one subtraction, not a scan of
    // its paragraph (an article may be one paragraph of thousands of sentences).
    std::vector<int> m_quoteMarks;
    int m_lastBegin = -1; // token range of the sentence before the current one
    int m_lastEnd = -1;
    // Who the last news saying was of, and the first token of its sentence: "he told reporters" in the next one is
    // theirs when that sentence opens with an adverbial rather than its subject.
    QString m_sayer;
    int m_sayerBegin = -1;
    int m_newsClause = -1; // the first token of the last news saying's clause
    int m_newsMention = -1; // and its mention's index in the output
};

// 'Orrin backed a ballot "to close by next Friday", Velt noted': a time quoted inside a clause, up to
// its end, dates that clause. The closing mark when the double quote at `open` starts such a fragment, else -1; a
// quote after a saying verb or a colon is speech of its own.
int SentenceReader::quotedFragmentEnd(int open) const
{
    const ScanToken &before = m_tokens[size_t(open - 1)];
    if (!m_tokens[size_t(open)].is(ScanToken::SpaceBefore) || !before.isWord() || before.has(Lexicon::ClauseBreak)
        || (before.word && (before.word->family & (Lexicon::Statement | Lexicon::Speech))))
        return -1;
    for (int k = open + 1; k < m_end; ++k) {
        const ScanToken &t = m_tokens[size_t(k)];
        if (!(t.kind == ScanToken::Punct && Characters::isDoubleQuote(t.punct)))
            continue;
        const bool dated = std::any_of(
            m_matches.begin(), m_matches.end(), [&](const Match &m) { return m.first > open && m.last <= k; });
        return dated && k + 1 < m_end && m_tokens[size_t(k) + 1].kind == ScanToken::Punct ? k : -1;
    }
    return -1;
}

void SentenceReader::computeClauses(int begin, int end)
{
    m_begin = begin;
    m_end = end;
    m_clause.resize(end - begin);
    int start = begin;
    int outer = -1; // the clause a parenthesis interrupts: "wrote on Fotor (formerly Pixa) on Monday that …"
    int fragmentEnd = -1; // the closing mark of a quoted fragment the clause goes on through
    qsizetype match = 0;
    for (int k = begin; k < end; ++k) {
        while (match < m_matches.size() && m_matches.at(match).last <= k)
            ++match;
        const bool insideDate = match < m_matches.size() && m_matches.at(match).first < k;
        const ScanToken &t = m_tokens[size_t(k)];
        if (k > begin && fragmentEnd < 0 && t.kind == ScanToken::Punct && Characters::isDoubleQuote(t.punct))
            fragmentEnd = quotedFragmentEnd(k);
        const bool inFragment = fragmentEnd >= 0 && k <= fragmentEnd;
        if (k == fragmentEnd)
            fragmentEnd = -1;
        if (k > begin && !insideDate && !inFragment && isClauseMark(t)) {
            if (t.isPunct(u'('))
                outer = start;
            start = k;
        } else if (outer >= 0 && k > begin && m_tokens[size_t(k - 1)].isPunct(u')')) {
            start = outer;
            outer = -1;
        }
        m_clause[k - begin] = start;
    }
}

int SentenceReader::clauseEnd(int token) const
{
    const int c = clauseOf(token);
    int k = token + 1;
    while (k < m_end && clauseOf(k) == c)
        ++k;
    return k;
}

// A clause that is only the time and its adverbial ("On Tuesday", "Earlier in the day", "Speaking on Monday"):
// it dates the clause next to it. In "the bridge, used by millions of drivers last year, collapsed" the year dates
// the traffic, not the collapse.
bool SentenceReader::bareClause(const Match &m) const
{
    const int end = clauseEnd(m.first);
    for (int k = clauseOf(m.first); k < end; ++k) {
        if (k >= m.first && k < m.last)
            continue;
        const ScanToken &t = m_tokens[size_t(k)];
        if (t.kind != ScanToken::Word)
            continue;
        if (t.word
            && (t.word->has(Lexicon::Stop) || t.word->has(Lexicon::Temporal) || t.word->has(Lexicon::PlacePreposition)
                || t.word->has(Lexicon::ClauseBreak)))
            continue;
        const QStringView w = textOf(t);
        if (w.endsWith(u"ing") || t.is(ScanToken::Capitalized))
            continue;
        return false;
    }
    return true;
}

// "what we have built since starting out eight years ago": a time after "since" opens a stretch that the
// happening before it fills; it dates no one happening.
bool SentenceReader::sinceBetween(const Trigger &t, const Match &m) const
{
    for (int k = t.last; k < m.first; ++k) {
        if (m_tokens[size_t(k)].word == Lexicon::w<u"since">())
            return true;
    }
    return false;
}

// Where a happening noun's phrase begins: "the shock ouster", "Quell's resignation", "the Harlow Bridge collapse".
int SentenceReader::nounPhraseStart(const Trigger &t) const
{
    const int clause = clauseOf(t.token);
    int phrase = t.first;
    while (phrase > clause && isModifier(m_tokens[size_t(phrase - 1)]))
        --phrase;
    if (phrase > clause && m_tokens[size_t(phrase - 1)].is(ScanToken::Possessive)) {
        --phrase;
        while (phrase > clause && m_tokens[size_t(phrase - 1)].isWord()
            && m_tokens[size_t(phrase - 1)].is(ScanToken::Capitalized))
            --phrase;
    }
    if (phrase > clause && m_tokens[size_t(phrase - 1)].has(Lexicon::Demonstrative))
        --phrase;
    return phrase;
}

// "The appointments, settled late on Sunday, …": a participle clause set off right after a happening noun, whose
// time dates the noun. `clause` is the first token of the clause after the noun.
bool SentenceReader::participleAfter(const Trigger &t, int clause) const
{
    if (!t.noun || t.last != clause || !m_tokens[size_t(clause)].isPunct(u',') || clause + 1 >= m_end)
        return false;
    const ScanToken &verb = m_tokens[size_t(clause) + 1];
    if (!verb.isWord() || verb.is(ScanToken::Capitalized))
        return false;
    if (verb.word)
        return verb.word->tense == Lexicon::Tense::Past;
    const QStringView w = textOf(verb);
    return w.size() >= 5 && w.endsWith(u"ed");
}

// "the incident, which occurred early on Monday": a relative clause right after a happening noun that tells only that
// it happened; its time dates the noun. `clause` is the first token of the clause after the noun.
bool SentenceReader::occurredAfter(const Trigger &t, int clause) const
{
    static const QStringList verbs = LanguageData::list(QStringLiteral("events/occurrence-verbs")).words();
    int k = t.last;
    if (!t.noun || k >= m_end)
        return false;
    if (m_tokens[size_t(k)].isPunct(u','))
        ++k;
    if (k != clause || k + 1 >= m_end || m_tokens[size_t(k)].word != Lexicon::w<u"which">())
        return false;
    for (const QString &phrase : verbs) {
        int at = k + 1;
        bool same = true;
        for (const QStringView word : QStringView(phrase).split(u' ')) {
            const ScanToken *tok = at < m_end ? &m_tokens[size_t(at)] : nullptr;
            same = same && tok && tok->isWord() && textOf(*tok).compare(word, Qt::CaseInsensitive) == 0;
            ++at;
        }
        if (same)
            return true;
    }
    return false;
}

// "spoke by phone on Saturday", "spoke to reporters on Friday", "wrote on Fotor on Monday": tokens [from, to) are a
// short phrase of a saying verb's own, with no pronoun or verb that would start another predicate.
bool SentenceReader::ownPhrase(int from, int to) const
{
    if (to - from > 7)
        return false;
    int depth = 0;
    for (int k = from; k < to; ++k) {
        const ScanToken &tok = m_tokens[size_t(k)];
        // "wrote on Fotor (once Pixa) on Monday": an aside in parentheses is no predicate
        depth += tok.isPunct(u'(') ? 1 : tok.isPunct(u')') ? -1 : 0;
        if (depth > 0 || tok.isPunct(u')'))
            continue;
        if (!tok.isWord())
            return false;
        // "said in an update on Tuesday": the saying's own medium
        const bool medium = tok.word && (tok.word->family & (Lexicon::Statement | Lexicon::Speech)) && k > from
            && m_tokens[size_t(k - 1)].word
            && (m_tokens[size_t(k - 1)].word == Lexicon::w<u"a">()
                || m_tokens[size_t(k - 1)].word == Lexicon::w<u"an">());
        if (tok.word && !tok.has(Lexicon::AudienceWord) && !medium
            && !(tok.word == Lexicon::w<u"by">() || tok.word == Lexicon::w<u"to">() || tok.word == Lexicon::w<u"with">()
                || tok.word == Lexicon::w<u"the">() || tok.word == Lexicon::w<u"a">() || tok.word == Lexicon::w<u"an">()
                || tok.word == Lexicon::w<u"on">() || tok.word == Lexicon::w<u"at">()
                || tok.word == Lexicon::w<u"in">()))
            return false;
    }
    return true;
}

// The time a trigger belongs to: one in its own clause, else a date standing in a clause of its own
// ("Indeed, on June 12 of that year, Halvorsen and Oduya met").
int SentenceReader::pairedMatch(const Trigger &t) const
{
    const int clause = clauseOf(t.token);
    int best = -1;
    int bestDistance = INT_MAX;
    // "the sacking of Lund last Friday and the axing of the plan on Monday": a time after a noun, with no other
    // happening between, is that noun's; one before it belongs to the phrase before.
    const auto ownsAfter = [&](const Match &m) {
        return t.noun && m.first > t.token && std::none_of(m_found.begin(), m_found.end(), [&](const Trigger &o) {
            return o.token > t.token && o.token < m.first;
        });
    };
    // "the blast at the plant on Friday … had a fire in its yard in Tarsis, in 2009": a time another
    // noun before it owns, or one with another happening between, is not a later noun's.
    const auto ownedBefore = [&](const Match &m) {
        if (!t.noun || m.first > t.token)
            return false;
        const bool between = std::any_of(
            m_found.begin(), m_found.end(), [&](const Trigger &o) { return o.token > m.first && o.token < t.token; });
        const auto last
            = std::find_if(m_found.rbegin(), m_found.rend(), [&](const Trigger &o) { return o.token < m.first; });
        return between
            || (last != m_found.rend() && last->noun && last->token != t.token && clauseOf(last->token) == clause);
    };
    for (int i = 0; i < m_matches.size(); ++i) {
        const Match &m = m_matches.at(i);
        if (m.placeFirst >= 0 || clauseOf(m.first) != clause || ownedBefore(m) || sinceBetween(t, m)
            || (i == m_dateline && t.noun))
            continue;
        const int d = std::abs(m.first - t.token) - (ownsAfter(m) ? 10000 : 0);
        if (d < bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    // A saying verb owns a time only right after it or in front of it: "said on Monday", "Last month, Oduya
    // said"; in "said he would meet Oduya in 2026" the year belongs to the meeting. Another weak verb has its
    // object between: "hit the pier on Tuesday".
    // "spoke by phone on Saturday", "spoke to reporters on Friday": a short phrase of the verb's own between
    // them, no pronoun or verb that would start another predicate.
    if (best >= 0 && ((t.weak && (t.family & (Lexicon::Statement | Lexicon::Speech))) || t.reported)) {
        const Match &m = m_matches.at(best);
        if (m.first > t.token + 3 && !ownPhrase(t.token + 1, m.first))
            best = -1;
    }
    if (best >= 0)
        return best;
    for (int i = 0; i < m_matches.size(); ++i) {
        const Match &m = m_matches.at(i);
        // A vague time ("recently") belongs to its own clause; "just ahead of …" is an adverbial like a date.
        if ((m.vague && !m.leansOnEvent) || m.placeFirst >= 0 || (i == m_dateline && t.noun))
            continue;
        const int mc = clauseOf(m.first);
        // "Velt addresses the nation, the palace said on Monday, as Keldoria faced a revolt": the attribution's time
        // is the saying's and the report's before it; a clause after it tells of something else.
        if (mc == m_attributionClause && clauseOf(t.token) > mc)
            continue;
        const bool clauseHasTrigger
            = std::any_of(m_found.begin(), m_found.end(), [&](const Trigger &o) { return clauseOf(o.token) == mc; });
        if (clauseHasTrigger)
            continue;
        const bool adjacent = clauseEnd(m.first) == clause || clauseEnd(t.token) == mc;
        // "… Vell said … (2019)": a year alone in parentheses dates a picture or a work, not a saying
        const bool aside = m.first > m_begin && m_tokens[size_t(m.first - 1)].isPunct(u'(') && m.last < m_end
            && m_tokens[size_t(m.last)].isPunct(u')');
        if ((t.weak || t.reported) && (m.vague || !adjacent || aside))
            continue;
        if (!bareClause(m) && !participleAfter(t, mc) && !occurredAfter(t, mc))
            continue;
        // Dates before the trigger win ties: fronted adverbials are the common case in news.
        const int d = 2 * std::abs(m.first - t.token) + (m.first > t.token ? 1 : 0) + (m.vague ? 1000 : 0);
        if (d < bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best >= 0 ? best : attributedMatch(t);
}

// "Ames has reached a deal to return as chief, the firm announced late on Tuesday": a report told before its
// attribution is what the dated saying tells; the happening takes the saying's time and the saying gives way.
// Found before the sayings that give way leave the triggers.
void SentenceReader::findAttribution()
{
    m_attributionClause = -1;
    m_attributionMatch = -1;
    constexpr quint32 sayingKinds = Lexicon::Statement | Lexicon::Speech;
    const auto saying = std::find_if(m_found.begin(), m_found.end(),
        [&](const Trigger &o) { return o.weak && !o.noun && (o.family & sayingKinds); });
    if (saying == m_found.end())
        return;
    const int clause = clauseOf(saying->token);
    if (clause == m_begin || !m_tokens[size_t(clause)].isPunct(u','))
        return;
    // the attribution tells of nothing else: "…, officials said, and the port closed on Monday"
    if (std::any_of(m_found.begin(), m_found.end(),
            [&](const Trigger &o) { return !o.weak && o.token > saying->token && clauseOf(o.token) == clause; }))
        return;
    const int i = pairedMatch(*saying);
    if (i < 0)
        return;
    const Match &m = m_matches.at(i);
    if (m.vague || !m.timex.isResolved() || clauseOf(m.first) != clause)
        return;
    m_attributionClause = clause;
    m_attributionMatch = i;
}

// Only a verb of the sentence's main clause takes the attribution's time: in "…, after shareholders removed her, the
// firm said on Friday" the removal is older, and in "rebels who joined the revolt face no charges, …" the revolt is
// only named.
int SentenceReader::attributedMatch(const Trigger &t) const
{
    if (m_attributionMatch < 0 || t.weak || t.noun || clauseOf(t.token) != m_begin || quoted(t.token))
        return -1;
    // "Ames will return as chief, it was announced on Tuesday": what is to come did not happen on the day it was told
    for (int k = t.first - 1; k >= std::max(m_begin, t.first - 2); --k) {
        const ScanToken &tok = m_tokens[size_t(k)];
        if (tok.word && (tok.has(Lexicon::Modal) || tok.word->tense == Lexicon::Tense::Future))
            return -1;
    }
    // what lies between is subordinate: "…, after shareholders removed her, the firm said …"
    for (int c = clauseEnd(t.token); c < m_attributionClause; c = clauseEnd(c)) {
        const bool subordinate = m_tokens[size_t(c)].has(Lexicon::ClauseBreak)
            || (c + 1 < m_end && m_tokens[size_t(c) + 1].has(Lexicon::ClauseBreak));
        if (!subordinate)
            return -1;
    }
    return m_attributionMatch;
}

bool SentenceReader::refersBack(const QList<Trigger> &triggers) const
{
    // The previous sentence gave a precise date but no happening: "Then, on June 30, 2019, Halvorsen made a
    // gesture." A verb must then tell what happened on it.
    const bool verb = std::any_of(triggers.begin(), triggers.end(), [](const Trigger &t) { return !t.noun; });
    if (m_previous.mention < 0 && verb && int(m_previous.timex.precision) <= int(DatePrecision::Month))
        return true;
    for (const Trigger &t : triggers) {
        // "The meeting ended…", "these tests"
        const ScanToken *prev = t.first > m_begin ? &m_tokens[size_t(t.first - 1)] : nullptr;
        if (t.noun && prev && prev->has(Lexicon::Demonstrative))
            return true;
    }
    // "The two signed…", "he briefly crossed…": someone already named does the next thing
    const auto firstVerb = std::find_if(triggers.begin(), triggers.end(), [](const Trigger &t) { return !t.noun; });
    if (firstVerb == triggers.end())
        return false;
    for (int k = m_begin; k < firstVerb->first; ++k) {
        if (m_tokens[size_t(k)].has(Lexicon::Pronoun))
            return true;
    }
    return false;
}

// "Oduya, who had quit after the dismissal, said …": a relative clause tells its happening of the name it follows,
// so the mention starts with that name. Where no name is set off just before the clause, it starts at the clause.
int SentenceReader::withAntecedent(const ArgumentFinder &args, int first) const
{
    const ScanToken &opener = m_tokens[size_t(first)];
    if (first - 1 <= m_begin || !m_tokens[size_t(first - 1)].isPunct(u',')
        || (opener.word != Lexicon::w<u"who">() && opener.word != Lexicon::w<u"which">()))
        return first;
    int name = first - 1;
    return args.nameBefore(first - 1, &name).isEmpty() ? first : name;
}

// "Oduya, who had quit after Quell was ousted": a resignation's clause that goes straight on to the ouster it
// followed tells why it happened, so its mention runs through that cause. The end of the span, `last` when there is
// none.
int SentenceReader::causeEnd(const QList<Trigger> &triggers, int last) const
{
    const bool resigned = std::any_of(triggers.begin(), triggers.end(),
        [](const Trigger &t) { return !t.noun && (t.family & Lexicon::Resignation); });
    if (!resigned || last >= m_end
        || (m_tokens[size_t(last)].word != Lexicon::w<u"after">()
            && m_tokens[size_t(last)].word != Lexicon::w<u"following">()))
        return last;
    int end = clauseEnd(last);
    const bool ouster = std::any_of(m_tokens.begin() + last + 1, m_tokens.begin() + end,
        [](const ScanToken &t) { return t.word && (t.word->family & Lexicon::Ouster); });
    while (end - 1 > last && m_tokens[size_t(end - 1)].kind == ScanToken::Punct)
        --end;
    return ouster ? end : last;
}

// "During an interview with Orm Radio, Vask said …": the interview a saying was made in, named by the adverbial that
// opens the sentence, is part of the saying's mention. The mention's first token.
int SentenceReader::withMedium(const QList<Trigger> &triggers, int first) const
{
    const ScanToken &opener = m_tokens[size_t(m_begin)];
    if (first <= m_begin || (!opener.has(Lexicon::PlacePreposition) && opener.word != Lexicon::w<u"during">()))
        return first;
    int k = clauseEnd(m_begin);
    while (k < first && m_tokens[size_t(k)].kind == ScanToken::Punct)
        ++k;
    const bool saying = std::any_of(triggers.begin(), triggers.end(),
        [](const Trigger &t) { return !t.noun && (t.family & (Lexicon::Statement | Lexicon::Speech)); });
    const bool medium = std::any_of(m_tokens.begin() + m_begin, m_tokens.begin() + k,
        [](const ScanToken &t) { return t.has(Lexicon::Noun) && (t.word->family & Lexicon::Speech); });
    return k == first && saying && medium ? m_begin : first;
}

// Where a name set off before a title ends: the comma of "Ivo Marr, Corvex's president" for `end` just past
// "president"; `end` itself when no such title ends there.
int SentenceReader::pastTitle(int end) const
{
    int k = end - 1;
    if (k <= m_begin || !m_tokens[size_t(k)].has(Lexicon::Title) || m_tokens[size_t(k)].is(ScanToken::Capitalized))
        return end;
    --k;
    if (m_tokens[size_t(k)].is(ScanToken::Possessive)) {
        while (k > m_begin && m_tokens[size_t(k - 1)].isWord() && m_tokens[size_t(k - 1)].is(ScanToken::Capitalized)
            && !m_tokens[size_t(k - 1)].is(ScanToken::Possessive))
            --k;
        --k;
    }
    return k > m_begin && m_tokens[size_t(k)].isPunct(u',') ? k : end;
}

EventMention SentenceReader::makeMention(
    const ArgumentFinder &args, const QList<Trigger> &triggers, int first, int last, const Timex &timex) const
{
    // "recovery efforts were called off", "the coast guard ended its search": the halt is what happened, the
    // activity it halted only its object.
    QList<Trigger> group = triggers;
    if (std::any_of(group.begin(), group.end(), [](const Trigger &t) { return !t.noun && (t.family & Lexicon::Halt); }))
        group.removeIf([](const Trigger &t) { return t.noun && !(t.family & Lexicon::Halt); });
    // "Vale announced that Park, with her team, would be joining Corvex": the mention runs on to the act announced
    for (const Trigger &t : std::as_const(group)) {
        if (t.reported)
            last = std::max(last, clauseEnd(t.first));
    }
    // Trim punctuation at both ends of the clause span.
    while (first < last - 1 && m_tokens[size_t(first)].kind == ScanToken::Punct)
        ++first;
    while (last - 1 > first && m_tokens[size_t(last - 1)].kind == ScanToken::Punct
        && m_tokens[size_t(last - 1)].punct != u')')
        --last;
    EventMention m;
    m.article = m_articleIndex;
    m.span = { m_tokens[size_t(withMedium(group, withAntecedent(args, first)))].start,
        m_tokens[size_t(causeEnd(group, last) - 1)].end };
    m.text = m_article.slice(m.span).toString();
    m.timex = timex;
    // The primary trigger names the happening: a strong one before a saying verb, the nearest to the time first.
    const Trigger *primary = &group.first();
    int primaryDistance = INT_MAX;
    for (const Trigger &t : group) {
        const bool ownTime = !timex.span.isEmpty() && timex.span.start >= m_tokens[size_t(first)].start
            && timex.span.end <= m_tokens[size_t(last - 1)].end;
        const int distance = (t.weak ? 10000 : 0)
            + (!ownTime ? 0
                        : std::min(std::abs(m_tokens[size_t(t.token)].start - timex.span.start),
                            std::abs(m_tokens[size_t(t.token)].end - timex.span.end)));
        if (distance < primaryDistance) {
            primary = &t;
            primaryDistance = distance;
        }
    }
    QStringList words;
    for (const Trigger &t : group) {
        const QString w = m_article.text().mid(
            m_tokens[size_t(t.first)].start, m_tokens[size_t(t.last - 1)].end - m_tokens[size_t(t.first)].start);
        if (!words.contains(w))
            words.append(w);
    }
    // The primary trigger first: labels are made from it.
    const QString primaryWord = m_article.text().mid(m_tokens[size_t(primary->first)].start,
        m_tokens[size_t(primary->last - 1)].end - m_tokens[size_t(primary->first)].start);
    words.removeAll(primaryWord);
    words.prepend(primaryWord);
    m.trigger = words.join(QStringLiteral(", "));
    const ArgumentFinder::Place place = args.place(first, last, primary->token);
    m.place = place.text;
    m.participants = args.participants(first, last, place);
    // "Piet Lindqvist, president of the firm, resigned on Friday": a clause that starts with its verb has the
    // sentence's subject; the names between are an apposition.
    const bool verbFirst = !primary->noun && first > m_begin
        && std::none_of(m_tokens.begin() + first, m_tokens.begin() + primary->first,
            [](const ScanToken &t) { return t.isWord() && t.is(ScanToken::Capitalized); });
    if (verbFirst) {
        // "…, which exited the union in 2020": a relative clause's subject is the name it follows
        const ScanToken &opener = m_tokens[size_t(first)];
        const bool relative = opener.word == Lexicon::w<u"which">() || opener.word == Lexicon::w<u"who">();
        int antecedent = first;
        while (relative && antecedent > m_begin && m_tokens[size_t(antecedent - 1)].kind == ScanToken::Punct)
            --antecedent;
        // "Ivo Marr, Corvex's president who quit": a title set off after a name is that name's
        if (relative)
            antecedent = pastTitle(antecedent);
        const QString named = relative ? args.nameBefore(antecedent) : QString();
        QStringList subject = !named.isEmpty() ? QStringList { named }
            : relative                         ? args.nearestParticipantBefore(first)
                                               : args.sentenceSubject();
        // "The deputy commander, General Jon Vask, urges …": the name set off just before the verb is its subject
        int from = first;
        if (subject.isEmpty() && !relative && m_tokens[size_t(first - 1)].isPunct(u',')
            && !args.nameBefore(first - 1, &from).isEmpty())
            subject = args.participants(from, first - 1, {}).mid(0, 1);
        // "Marr became Valdoria's youngest minister, quitting …": a participle clause has the main clause's
        // subject, never the owner of a noun
        const QStringView word = textOf(m_tokens[size_t(first)]);
        if (subject.isEmpty() && !relative && word.endsWith(u"ing"))
            subject = args.nearestParticipantBefore(first, true);
        if (!subject.isEmpty() && !m.participants.contains(subject.constFirst()))
            m.participants.prepend(subject.constFirst());
    }
    // "The crew of the Vela radioed for help, officials said": a sayer named by a common noun is not the name
    // before it.
    const auto sayingVerb = std::find_if(m_tokens.begin() + first, m_tokens.begin() + last, [](const ScanToken &t) {
        return t.word && (t.word->family & (Lexicon::Statement | Lexicon::Speech)) && !t.has(Lexicon::Noun);
    });
    const bool commonSayer = sayingVerb != m_tokens.begin() + first && sayingVerb != m_tokens.begin() + last
        && std::none_of(
            m_tokens.begin() + first, sayingVerb, [](const ScanToken &t) { return t.is(ScanToken::Capitalized); })
        && (sayingVerb - 1)->isWord() && !(sayingVerb - 1)->has(Lexicon::Stop)
        && !(sayingVerb - 1)->has(Lexicon::Pronoun) && !(sayingVerb - 1)->has(Lexicon::Temporal);
    // "Marr told the rebels they would be punished in a televised address": a speech named in a clause without a
    // name of its own is the sentence subject's, not that of the nearest name before it.
    if (m.participants.isEmpty() && !commonSayer && primary->noun
        && (primary->family & (Lexicon::Speech | Lexicon::Statement)))
        m.participants = args.sentenceSubject().mid(0, 1);
    // "…, saying she was elected last month": the pronoun is the sentence's subject, and what happened, happened
    // to them.
    const bool pronounSubject = m.participants.isEmpty() && first > m_begin
        && std::any_of(m_tokens.begin() + first, m_tokens.begin() + primary->first,
            [](const ScanToken &t) { return t.has(Lexicon::Pronoun); });
    if (pronounSubject)
        m.participants = args.sentenceSubject().mid(0, 1);
    if (m.participants.isEmpty() && !commonSayer)
        m.participants = args.nearestParticipantBefore(first, pointsBack(*primary));
    m.theme = themeOf(args, *primary, first, last, place, m.participants);
    if (m.theme.isEmpty() && pronounSubject && !m.participants.isEmpty()
        && (primary->family & (Lexicon::Office | Lexicon::Ouster | Lexicon::Resignation)))
        m.theme = m.participants.constFirst();
    // "Marr's move comes days after she was fired by Harkwell's board": a pronoun that a passive happened to is,
    // as above, the sentence's subject, whatever names its agent brings
    if (m.theme.isEmpty() && !pronounSubject && first > m_begin && !primary->noun
        && (primary->family & (Lexicon::Office | Lexicon::Ouster | Lexicon::Resignation))
        && args.participants(first, primary->first, place).isEmpty()
        && std::any_of(m_tokens.begin() + first, m_tokens.begin() + primary->first,
            [](const ScanToken &t) { return t.has(Lexicon::Pronoun); }))
        m.theme = args.sentenceSubject().value(0);
    // "Quell will go down in history. She was appointed by …": the sentence's "he" or "she" is the name the
    // sentence before opens with
    const ScanToken &opener = m_tokens[size_t(m_begin)];
    if (m.theme.isEmpty() && first == m_begin && m_lastBegin >= 0 && !primary->noun
        && (primary->family & (Lexicon::Office | Lexicon::Ouster | Lexicon::Resignation))
        && (opener.word == Lexicon::w<u"he">() || opener.word == Lexicon::w<u"she">())) {
        const QStringList subject
            = ArgumentFinder(m_article.text(), m_tokens, m_lastBegin, m_lastEnd).sentenceSubject();
        if (!subject.isEmpty())
            m.theme = subject.constFirst();
    }
    if (!m.theme.isEmpty()) {
        m.participants.removeAll(m.theme);
        m.participants.prepend(m.theme);
    }
    if (m.participants.isEmpty() && first == m_begin && last < m_end && isFrontedAdverbial(m_tokens[size_t(first)]))
        m.participants = args.participants(last, clauseEnd(last), place).mid(0, 1); // "During his tour, Halvorsen …"
    m.claim = args.claim(first, last);
    return m;
}

// "this journey", "that visit": a happening named before, not one of the name nearest before it ("Orvel's muted
// response suggests a deal is doubtful, at least on this journey": no journey of Orvel's).
bool SentenceReader::pointsBack(const Trigger &t) const
{
    const ScanToken *prev = t.first > m_begin ? &m_tokens[size_t(t.first - 1)] : nullptr;
    return t.noun && prev && prev->has(Lexicon::Demonstrative) && prev->word != Lexicon::w<u"the">();
}

// Whether a token stands inside quotation marks of its paragraph: an odd number of double quotes before it.
bool SentenceReader::quoted(int token) const
{
    return (m_quoteMarks[size_t(token)] - m_quoteMarks[size_t(m_paragraphBegin)]) % 2 == 1;
}

// A sentence that is only a date (and a weekday, punctuation): "June 23", "Saturday, June 24:".
bool SentenceReader::isDateLine(int begin, int end) const
{
    if (m_matches.size() != 1 || !m_matches.first().timex.isResolved())
        return false;
    const Match &m = m_matches.first();
    for (int k = begin; k < end; ++k) {
        const ScanToken &t = m_tokens[size_t(k)];
        if ((k >= m.first && k < m.last) || t.kind == ScanToken::Punct || (t.word && t.word->weekday))
            continue;
        return false;
    }
    return true;
}

// "TARSIS, Oct. 25 (Agency) - The minister …": a dateline at the head of a report tells when it was filed; what the
// lead tells done that day may take it, but a happening it names ("spoke of the revolt") may be older.
bool SentenceReader::inDateline(const Match &m, int begin, int end) const
{
    int k = begin;
    while (k < m.first && m_tokens[size_t(k)].isWord() && m_tokens[size_t(k)].is(ScanToken::Capitalized))
        ++k;
    // a place and a comma before the date, or the agency in parentheses after it: "On Monday - …" is no dateline
    bool framed = k > begin && k < m.first && m_tokens[size_t(k)].isPunct(u',');
    if (framed)
        ++k;
    if (k != m.first)
        return false;
    k = m.last;
    if (k < end && m_tokens[size_t(k)].isPunct(u','))
        ++k;
    if (k < end && m_tokens[size_t(k)].isPunct(u'(')) {
        framed = true;
        while (k < end && k < m.last + 8 && !m_tokens[size_t(k)].isPunct(u')'))
            ++k;
        ++k;
    }
    return framed && k < end && m_tokens[size_t(k)].isDash();
}

// "A screen grab taken from footage released on 4 May shows the minister speaking", "In this photo, Ames is
// seen …": a caption describes a picture; its date is the picture's, and the happening is told in the article.
bool SentenceReader::isCaption(int begin, int end) const
{
    const ScanToken &first = m_tokens[size_t(begin)];
    const bool framed = first.word
        && (first.word == Lexicon::w<u"a">() || first.word == Lexicon::w<u"an">() || first.word == Lexicon::w<u"this">()
            || first.word == Lexicon::w<u"these">() || first.word == Lexicon::w<u"in">());
    if (!framed)
        return false;
    bool image = false;
    for (int k = begin; k < std::min(begin + 4, end) && m_tokens[size_t(k)].isWord(); ++k)
        image = image || m_tokens[size_t(k)].has(Lexicon::ImageWord);
    if (!image)
        return false;
    return std::any_of(m_tokens.begin() + begin, m_tokens.begin() + end, [](const ScanToken &t) {
        return t.word
            && (t.word == Lexicon::w<u"shows">() || t.word == Lexicon::w<u"show">()
                || t.word == Lexicon::w<u"showing">() || t.word == Lexicon::w<u"pictured">()
                || t.word == Lexicon::w<u"seen">());
    });
}

bool SentenceReader::startsWithBullet(int begin) const
{
    const ScanToken &t = m_tokens[size_t(begin)];
    return t.kind == ScanToken::Punct
        && (Characters::isHyphen(t.punct) || Characters::isDash(t.punct) || t.punct == u'\u2022' || t.punct == u'*');
}

// A paragraph that is not a list item ends the list a date heads.
void SentenceReader::followSection(const ScannedArticle::Sentence &s)
{
    if (s.paragraph != m_lastParagraph && s.begin < s.end && !startsWithBullet(s.begin))
        m_section = {};
    m_lastParagraph = s.paragraph;
}

SentenceReader::WordCount SentenceReader::countWords(int begin, int end) const
{
    WordCount count;
    for (int k = begin; k < end; ++k) {
        const ScanToken &t = m_tokens[size_t(k)];
        count.words += t.isWord() ? 1 : 0;
        count.capitals += t.isWord() && t.is(ScanToken::Capitalized) ? 1 : 0;
    }
    return count;
}

bool SentenceReader::namedInBody(const ScannedArticle::Sentence &heading, const QString &name, BodySide side) const
{
    const QStringView text(m_article.text());
    return text.mid(heading.span.end).contains(name)
        || (side == BodySide::Either && text.left(heading.span.start).contains(name));
}

void SentenceReader::findTriggers(const ScannedArticle::Sentence &s)
{
    m_found.clear();
    computeClauses(s.begin, s.end);
    m_triggers.find(s.begin, s.end, m_clause, m_found);
}

void SentenceReader::readHeading(const ScannedArticle::Sentence &s, QList<EventMention> &out)
{
    m_matches.clear();
    m_dateline = -1;
    m_tagger.tagSentence(s.begin, s.end, s.paragraph, m_matches);
    m_section = isDateLine(s.begin, s.end) ? m_matches.first().timex : Timex();
    m_lastParagraph = s.paragraph;
    if (!m_matches.isEmpty()) {
        addHeadingOfTheDay(s, out);
        return;
    }
    if (!m_tagger.hasPublicationDate())
        return;
    // Title Case ("Ames Signals She Is Open") hides which words are names, except in the page's own headline,
    // whose known words were lowered (ScannedArticle).
    const WordCount count = countWords(s.begin, s.end);
    if (count.words < 3 || (count.mostlyCapitalized() && !s.titleCase && !s.titleCaseSubhead))
        return;
    findTriggers(s);
    const ArgumentFinder args(m_article.text(), m_tokens, s.begin, s.end);
    const qsizetype before = out.size();
    m_saidFrom = -1;
    // A Title Case subhead within the body ("Ames Signals She Is Open", "Ames's Message to Oduya") is no news of its
    // own: it names a saying the body tells, of a speaker the body names, without a time, to join that saying.
    if (s.titleCaseSubhead) {
        addNewsSaying(args, true, out);
        if (out.size() > before)
            out.last().timex = undatedTime();
        else
            addOwnedSayings(args, out);
        if (out.size() > before
            && (out.constLast().theme.isEmpty() || !namedInBody(s, out.constLast().theme, BodySide::Either)))
            out.removeLast();
        return;
    }
    addNewsSaying(args, true, out);
    if (out.size() == before)
        addNewsRequest(args, out);
    if (out.size() == before)
        addOwnedSayings(args, out);
    // In the page's Title Case headline a capital tells no name: the speaker must be one the body names too.
    if (s.titleCase && out.size() > before && !namedInBody(s, out.constLast().theme, BodySide::After))
        out.removeLast();
    // "Ames Opens Door to Talks During Asia Trip": the trip the saying is told during is a happening of its own,
    // mentioned by "during" and its phrase; the saying's mention ends before it.
    if (out.size() != before + 1 || m_newsMention != int(before))
        return;
    for (const Trigger &t : std::as_const(m_found)) {
        int from = t.first;
        while (from > t.first - 3 && from > m_begin && m_tokens[size_t(from - 1)].word != Lexicon::w<u"during">())
            --from;
        if (!t.noun || from <= m_begin + 1 || m_tokens[size_t(from - 1)].word != Lexicon::w<u"during">())
            continue;
        EventMention trip = makeMention(args, { t }, from - 1, t.last, undatedTime());
        if (!ownPhraseAfterNews(trip, from - 1, trip.span.end, out))
            continue;
        out.append(trip);
        return;
    }
}

void SentenceReader::addHeadingOfTheDay(const ScannedArticle::Sentence &s, QList<EventMention> &out)
{
    if (m_matches.size() != 1 || m_section.isResolved() || s.titleCase || s.titleCaseSubhead)
        return;
    const Match &day = m_matches.constFirst();
    // Only the publication's own day ("today", "this afternoon"): a heading's other dates head lists or tell history.
    if (day.vague || day.timex.basis != DateBasis::RelativeToPublication || day.timex.precision != DatePrecision::Day
        || day.timex.start != TemporalTagger::referenceDate(m_article))
        return;
    // in Title Case a capital tells no name
    const WordCount count = countWords(s.begin, s.end);
    if (count.mostlyCapitalized())
        return;
    findTriggers(s);
    // the verb right before the day: "resigned today", not a noun only named ("after the collapse, today")
    const auto verb = std::find_if(
        m_found.begin(), m_found.end(), [&day](const Trigger &t) { return !t.noun && !t.weak && t.last == day.first; });
    if (verb == m_found.end())
        return;
    const ArgumentFinder args(m_article.text(), m_tokens, s.begin, s.end);
    const int first = clauseOf(verb->token);
    EventMention m = makeMention(args, { *verb }, first, day.last, day.timex);
    // "resigned today" with nobody named before it says too little to tell whose resignation it was
    if (!args.participants(first, verb->first, {}).isEmpty())
        out.append(m);
}

// Who a happening about one person is about: "Rendell's ouster", "the resignation of Mara Quell", "the board
// fired Rendell", "Rendell was fired", "Quell resigned", "Aldane wrote". Empty for other happenings and when
// the clause names nobody in that place.
QString SentenceReader::themeOf(const ArgumentFinder &args, const Trigger &t, int first, int last,
    const ArgumentFinder::Place &place, const QStringList &participants) const
{
    constexpr quint32 personal = Lexicon::Office | Lexicon::Return | Lexicon::Ouster | Lexicon::Resignation
        | Lexicon::Statement | Lexicon::Speech | Lexicon::Legal;
    if (!(t.family & personal))
        return {};
    const auto after = [&](int from) { return args.headName(from, std::min(from + 10, last), place); };
    const auto before = [&](int to) {
        const QStringList names = args.participants(first, to, place);
        return names.isEmpty() ? QString() : names.constLast();
    };
    if (t.noun) {
        int k = t.first - 1;
        while (k >= first && isModifier(m_tokens[size_t(k)]))
            --k; // "the shock ouster"
        if (k >= first && m_tokens[size_t(k)].is(ScanToken::Possessive))
            return args.ownerAt(k);
        // "Lindqvist announced his departure": a possessive pronoun is the clause's subject
        const ScanToken &det = m_tokens[size_t(std::max(k, first))];
        if (k >= first && det.word && det.word->isPersonalPossessive())
            return before(k);
        if (t.last < last && m_tokens[size_t(t.last)].word == Lexicon::w<u"of">())
            return after(t.last + 1);
        // "Aldane confirmed in a post on Monday", "Marr said at a news conference": the saying is the subject's.
        const bool article
            = det.word == Lexicon::w<u"a">() || det.word == Lexicon::w<u"an">() || det.word == Lexicon::w<u"the">();
        if ((t.family & (Lexicon::Statement | Lexicon::Speech)) && k > first && article
            && m_tokens[size_t(k - 1)].has(Lexicon::PlacePreposition)) {
            if (k - 1 == m_begin)
                return frontedSayer(args, t.last);
            const QString sayer = before(k - 1);
            return sayer.isEmpty() ? earlierSayer(args, first) : sayer;
        }
        return {};
    }
    // "was fired", "was abruptly fired", "had been removed"
    int k = t.first - 1;
    if (k >= first && m_tokens[size_t(k)].isWord() && !m_tokens[size_t(k)].word)
        --k; // an adverb
    const ScanToken *aux = k >= first ? &m_tokens[size_t(k)] : nullptr;
    const bool passive = aux && aux->word
        && (aux->word == Lexicon::w<u"was">() || aux->word == Lexicon::w<u"were">()
            || aux->word == Lexicon::w<u"been">() || aux->word == Lexicon::w<u"being">()
            || aux->word == Lexicon::w<u"be">() || aux->word == Lexicon::w<u"is">());
    // "was only appointed by Lund": the agent's "by" marks a passive whatever adverbs stand before the verb
    const bool agent = t.last < last && m_tokens[size_t(t.last)].word == Lexicon::w<u"by">();
    const bool transitive = t.family & (Lexicon::Ouster | Lexicon::Office | Lexicon::Return | Lexicon::Legal);
    // "return to Velt as chief", "moved to Corvex", "joined Corvex": the name after the preposition or the joining
    // is where one went, not who
    static const WordTable joining = LanguageData::wordSet(QStringLiteral("events/joining-verbs"));
    const ScanToken *next = t.last < last ? &m_tokens[size_t(t.last)] : nullptr;
    const bool went = (next && (next->word == Lexicon::w<u"to">() || next->word == Lexicon::w<u"as">()))
        || joining.contains(Lexicon::lemma(m_tokens[size_t(t.token)].word));
    if (transitive && !passive && !agent && !went) {
        QString object = after(t.last);
        if (!object.isEmpty())
            return object;
    }
    // "Vale announced that Park, with her deputy, would be joining": the one the announcement is about
    if (t.reported) {
        const QStringList told = args.participants(t.token + 1, t.first, place);
        if (!told.isEmpty())
            return told.constFirst();
    }
    QString subject = before(t.first);
    if (!subject.isEmpty())
        return subject;
    // "She was appointed by Queen Mara", "he was fired by Harkwell's board": the agent of a passive, owner or
    // head, is who did it, not who it happened to; "when I joined Corvex": nor is where one went
    if ((passive || agent || went) && !participants.isEmpty()
        && args.participants(t.last, last, place).contains(participants.constFirst()))
        return {};
    // "Piet Lindqvist, president of the firm, resigned": the sentence's subject, found by the caller
    return participants.value(0);
}

// "Corvex said it would hire Park", "Marr announced the halt of his advance": an appointment, a halt or a return is
// made by announcing it, so the announcement is that happening. The saying gives way to the act it reports, which
// keeps the saying's token: it is dated and placed as the saying is, and named by the act.
void SentenceReader::takeReportedActs()
{
    QList<int> taken;
    for (Trigger &saying : m_found) {
        const int act = reportedAct(saying);
        if (act < 0)
            continue;
        taken.append(act);
        const Trigger *found = foundAt(act);
        saying.first = found ? found->first : act;
        saying.last = found ? found->last : act + 1;
        saying.family = found ? found->family : m_tokens[size_t(act)].word->family;
        saying.weak = false;
        saying.reported = true;
        saying.noun = isDeterminer(m_tokens[size_t(act - 1)]);
    }
    m_found.removeIf([&taken](const Trigger &t) { return taken.contains(t.token); });
}

// The trigger found at `token`, or nullptr.
const Trigger *SentenceReader::foundAt(int token) const
{
    const auto found
        = std::find_if(m_found.begin(), m_found.end(), [token](const Trigger &o) { return o.token == token; });
    return found != m_found.end() ? &*found : nullptr;
}

// Whether a time of the sentence begins in clause `clause` (the first token of a clause).
bool SentenceReader::clauseDated(int clause) const
{
    return std::any_of(
        m_matches.begin(), m_matches.end(), [this, clause](const Match &m) { return clauseOf(m.first) == clause; });
}

// The appointment, halt or return a saying announces, or -1: a noun made definite right after the saying ("announced
// the halt of", "announced on Monday the return of"), or a verb of what was to come ("said it would hire", "that
// Park would be joining"). One the trigger finder kept is told already ("said his men had returned").
int SentenceReader::reportedAct(const Trigger &saying) const
{
    static const WordTable announcing = LanguageData::wordSet(QStringLiteral("events/announcing-words"));
    constexpr quint32 acts = Lexicon::Office | Lexicon::Halt | Lexicon::Return;
    const ScanToken &verb = m_tokens[size_t(saying.token)];
    if (!saying.weak || saying.first != saying.token || quoted(saying.token) || !announcing.contains(textOf(verb)))
        return -1;
    const auto inTime = [this](int k) {
        return std::any_of(
            m_matches.begin(), m_matches.end(), [k](const Match &m) { return k >= m.first && k < m.last; });
    };
    bool adjacent = true; // nothing but a time between the saying and here
    for (int k = saying.last; k < std::min(m_end, saying.last + 25); ++k) {
        const ScanToken &t = m_tokens[size_t(k)];
        if (inTime(k))
            continue;
        // what another clause or another happening tells is not what was announced
        if (t.has(Lexicon::ClauseBreak) || t.has(Lexicon::Negation) || (t.kind == ScanToken::Punct && !t.isPunct(u',')))
            return -1;
        // "announced that Park, with her team, would be joining": an act set off in a clause without a time of its
        // own is the one announced; any other happening is told apart
        if (const Trigger *found = foundAt(k)) {
            const int clause = clauseOf(k);
            const bool own = !found->weak && !found->noun && (found->family & acts) && clause != clauseOf(saying.token)
                && !clauseDated(clause);
            return own ? k : -1;
        }
        const bool act = t.word && (t.word->family & acts) && !t.is(ScanToken::Capitalized);
        if (!act) {
            // "announced on Saturday the return": a time's preposition stands between too
            adjacent = adjacent && (isDeterminer(t) || (t.isWord() && k + 1 < m_end && inTime(k + 1)));
            continue;
        }
        // "that Park would join the board in June": the act's own time dates it
        const int clause = clauseOf(k);
        if (clause != clauseOf(saying.token) && clauseDated(clause))
            return -1;
        const ScanToken &prev = m_tokens[size_t(k - 1)];
        if (adjacent && isDeterminer(prev))
            return k;
        // "would hire", "will be joining"; not "would return every spring", a habit
        for (int j = k - 1; j >= std::max(saying.last, k - 2); --j) {
            const ScanToken &aux = m_tokens[size_t(j)];
            if (aux.word == Lexicon::w<u"would">() || aux.word == Lexicon::w<u"will">())
                return habitual(k) ? -1 : k;
            if (aux.word != Lexicon::w<u"be">())
                break;
        }
        return -1;
    }
    return -1;
}

// Whether a word of recurrence follows the act in its clause ("would return every spring", "will meet each year").
bool SentenceReader::habitual(int act) const
{
    static const WordTable recurrence = LanguageData::wordSet(QStringLiteral("events/recurrence-words"));
    const int clause = clauseOf(act);
    for (int k = act + 1; k < std::min(m_end, act + 6) && clauseOf(k) == clause; ++k) {
        const ScanToken &t = m_tokens[size_t(k)];
        if (t.isWord() && recurrence.contains(textOf(t)))
            return true;
    }
    return false;
}

// "In the Orm Radio interview, Vask said …": a saying named before the sentence's subject is that of the subject who
// says something; "he" or "she" there is the one the sentence before told of. Empty when no sayer follows.
QString SentenceReader::frontedSayer(const ArgumentFinder &args, int from) const
{
    int comma = from;
    while (comma < m_end && comma < from + 8 && !m_tokens[size_t(comma)].isPunct(u','))
        ++comma;
    if (comma + 1 >= m_end || !m_tokens[size_t(comma)].isPunct(u','))
        return {};
    const int to = std::min(comma + 6, m_end);
    const bool says = std::any_of(m_tokens.begin() + comma + 1, m_tokens.begin() + to, [](const ScanToken &t) {
        return t.word && (t.word->family & (Lexicon::Statement | Lexicon::Speech)) && !t.has(Lexicon::Noun);
    });
    if (!says)
        return {};
    const ScanToken &subject = m_tokens[size_t(comma) + 1];
    if (subject.word != Lexicon::w<u"he">() && subject.word != Lexicon::w<u"she">())
        return args.headName(comma + 1, to, {});
    if (m_lastBegin < 0)
        return {};
    if (m_sayerBegin == m_lastBegin && !m_sayer.isEmpty())
        return m_sayer;
    return ArgumentFinder(m_article.text(), m_tokens, m_lastBegin, m_lastEnd).sentenceSubject().value(0);
}

// "Vask said he was open to it when asked in a Monday interview": a saying named in a clause of its own, with no
// sayer there, is that of the sentence's subject who says something before it. Empty when nothing is said before.
QString SentenceReader::earlierSayer(const ArgumentFinder &args, int clauseBegin) const
{
    const bool says = std::any_of(m_tokens.begin() + m_begin, m_tokens.begin() + clauseBegin, [](const ScanToken &t) {
        return t.word && (t.word->family & (Lexicon::Statement | Lexicon::Speech)) && !t.has(Lexicon::Noun);
    });
    return says ? args.sentenceSubject().value(0) : QString();
}

// A trigger that names a happening on its own, without a time: "resigned", "the collapse", "Rendell's ouster",
// "Aldane's post"; not a bare saying verb ("said").
bool SentenceReader::namesHappening(const Trigger &t) const
{
    if (!t.noun)
        return !t.weak;
    // A noun names a known happening only when made definite: "the collapse", "Rendell's ouster", "her
    // resignation"; "a meeting" is any meeting.
    int k = t.first - 1;
    while (k >= m_begin && isModifier(m_tokens[size_t(k)]))
        --k; // adjectives: "the shock ouster", "her recent remarks"
    if (k < m_begin)
        return false;
    const ScanToken &det = m_tokens[size_t(k)];
    if (isDeterminer(det))
        return true;
    // "the crew issued a mayday", "Marr delivered an address": a verb that carries the happening out tells it
    static const WordTable performing = LanguageData::wordSet(QStringLiteral("events/performing-verbs"));
    if (k <= m_begin || (det.word != Lexicon::w<u"a">() && det.word != Lexicon::w<u"an">()))
        return false;
    const ScanToken &verb = m_tokens[size_t(k - 1)];
    if (verb.isWord() && performing.contains(textOf(verb)))
        return true;
    // "Velt had threatened in an address to the nation": what a speaker did in a speech tells of that one speech
    static const WordTable occasion = LanguageData::wordSet(QStringLiteral("events/occasion-prepositions"));
    return (t.family & Lexicon::Speech) && verb.isWord() && occasion.contains(textOf(verb)) && k - 2 >= m_begin
        && m_tokens[size_t(k - 2)].isWord() && !m_tokens[size_t(k - 2)].has(Lexicon::Stop);
}

// "her resignation on Thursday", "Tuesday's collision": a time right after the noun or in front of it dates it.
bool SentenceReader::nextToTime(const Trigger &t) const
{
    return std::any_of(m_matches.begin(), m_matches.end(), [&t](const Match &m) {
        return (m.first >= t.last && m.first <= t.last + 1) || (m.last <= t.first && m.last >= t.first - 2);
    });
}

// "Quell's statement on Monday", not "Quell's statement came hours after …": a time the news leans on dates another
// happening, not the noun before it.
bool SentenceReader::nextToOwnTime(const Trigger &t) const
{
    return std::any_of(m_matches.begin(), m_matches.end(), [&t](const Match &m) {
        return !m.leansOnEvent
            && ((m.first >= t.last && m.first <= t.last + 1) || (m.last <= t.first && m.last >= t.first - 2));
    });
}

// Who owns a happening noun: "Quell" of "Quell's recent post"; empty when no possessive stands before it.
QStringView SentenceReader::ownerOf(const Trigger &t) const
{
    if (!t.noun)
        return {};
    int k = t.first - 1;
    while (k >= m_begin && isModifier(m_tokens[size_t(k)]))
        --k;
    if (k < m_begin || !m_tokens[size_t(k)].is(ScanToken::Possessive))
        return {};
    const ScanToken &owner = m_tokens[size_t(k)];
    return textOf(owner);
}

// "in response to the resignation", "in the wake of Ames's departure": a happening someone reacts to.
bool SentenceReader::reactedTo(const Trigger &t) const
{
    for (int k = t.first - 1; k >= std::max(m_begin, t.first - 8); --k) {
        const ScanToken &tok = m_tokens[size_t(k)];
        if (tok.kind == ScanToken::Punct && !tok.is(ScanToken::Possessive))
            return false;
        if (tok.has(Lexicon::ReactionCue))
            return true;
    }
    return false;
}

// "Officials released Ames's itinerary on Monday": a noun that only names its happening takes no time; it leaves the
// dated triggers to be a naming mention of the happening's own event.
QList<Trigger> SentenceReader::onlyNamed()
{
    static const QStringList nouns = LanguageData::list(QStringLiteral("events/naming-nouns")).words();
    QList<Trigger> named;
    m_found.removeIf([&](const Trigger &t) {
        const ScanToken &w = m_tokens[size_t(t.token)];
        const QStringView word = textOf(w);
        const bool naming = t.noun && std::any_of(nouns.begin(), nouns.end(), [word](const QString &n) {
            return word.compare(n, Qt::CaseInsensitive) == 0;
        });
        if (naming)
            named.append(t);
        return naming;
    });
    return named;
}

// "Ames on Thursday reiterated her support in response to the resignation": the time dates the saying, and the
// happening it reacts to is only named. Such nouns leave the dated triggers, to be named mentions of the
// happening's own event; the saying verb keeps the time.
QList<Trigger> SentenceReader::namedBySaying()
{
    // The cheap tests first: most sentences have no saying verb beside a happening noun after a reaction cue.
    const bool saying = std::any_of(m_found.begin(), m_found.end(), [](const Trigger &t) { return t.weak && !t.noun; });
    const bool strong = std::any_of(m_found.begin(), m_found.end(), [](const Trigger &t) { return !t.weak; });
    if (!saying || !strong)
        return {};
    const bool onlyNamed = std::all_of(m_found.begin(), m_found.end(),
        [this](const Trigger &t) { return t.weak || (t.noun && namesHappening(t) && reactedTo(t) && !nextToTime(t)); });
    if (!onlyNamed)
        return {};
    const bool sayingDated = std::any_of(m_found.begin(), m_found.end(), [this](const Trigger &t) {
        if (!t.weak || t.noun)
            return false;
        const int i = pairedMatch(t);
        return i >= 0 && !m_matches.at(i).vague && clauseOf(m_matches.at(i).first) == clauseOf(t.token);
    });
    if (!sayingDated)
        return {};
    QList<Trigger> named;
    m_found.removeIf([&named](const Trigger &t) {
        if (!t.weak)
            named.append(t);
        return !t.weak;
    });
    return named;
}

// "Halvorsen on Saturday said an armed revolt was a betrayal", "vowed on Monday to crush the revolt": a time
// right next to a saying verb dates the saying. What was said follows the verb as a clause ("said …") or an
// infinitive ("vowed to …"); a happening noun in it is only named there. Nouns for the saying itself ("said in a
// statement") and nouns with a time of their own ("said the collapse on Tuesday…") keep theirs.
QList<Trigger> SentenceReader::namedInSaying()
{
    const auto saying = std::find_if(m_found.begin(), m_found.end(),
        [](const Trigger &t) { return t.weak && !t.noun && (t.family & (Lexicon::Statement | Lexicon::Speech)); });
    if (saying == m_found.end())
        return {};
    const Trigger verb = *saying;
    const auto isWord = [this](int i, const Lexicon::WordInfo *w) {
        return i >= m_begin && i < m_end && m_tokens[size_t(i)].word == w;
    };
    const bool strongNoun = std::any_of(m_found.begin(), m_found.end(),
        [&verb](const Trigger &t) { return !t.weak && t.noun && t.token > verb.token; });
    if (!strongNoun)
        return {};
    int after = verb.last;
    bool dated = false;
    for (const Match &m : std::as_const(m_matches)) {
        if (m.vague || !m.timex.isResolved())
            continue;
        if (m.last == verb.first) {
            dated = true;
        } else if (m.first >= verb.last && ownPhrase(verb.last, m.first)) {
            dated = true;
            after = m.last;
        }
    }
    if (!dated)
        return {};
    const QStringView lemma = Lexicon::lemma(m_tokens[size_t(verb.token)].word);
    // "replied on Monday by saying that …": what was said follows the manner of the saying
    const ScanToken *how = after + 1 < m_end ? &m_tokens[size_t(after) + 1] : nullptr;
    const bool manner = isWord(after, Lexicon::w<u"by">()) && how && textOf(*how).endsWith(u"ing");
    if (lemma != u"say" && !isWord(after, Lexicon::w<u"to">()) && !isWord(after, Lexicon::w<u"that">()) && !manner)
        return {};
    const quint32 sayingKinds = Lexicon::Statement | Lexicon::Speech;
    QList<Trigger> named;
    m_keptSaying = verb.token;
    m_found.removeIf([&](const Trigger &t) {
        const bool inSaid = !t.weak && t.noun && t.token >= after && clauseOf(t.token) == clauseOf(verb.token)
            && !(t.family & sayingKinds) && !nextToTime(t);
        if (inSaid)
            named.append(t);
        return inSaid;
    });
    if (named.isEmpty())
        m_keptSaying = -1;
    else
        m_saidFrom = after;
    return named;
}

// "Leaders voiced hope on Thursday that …, after Ames resigned", "the crew raised the alarm, officials said in an
// update late on Tuesday": a saying (verb or noun) with a firm time of its own that no stronger trigger takes is a
// happening of its own. The tokens of such sayings.
QList<int> SentenceReader::sayingTimes() const
{
    QList<int> taken;
    for (const Trigger &t : m_found) {
        if (!t.weak)
            taken.append(pairedMatch(t));
    }
    QList<int> kept;
    for (const Trigger &t : m_found) {
        if (!t.weak || !(t.family & (Lexicon::Statement | Lexicon::Speech)))
            continue;
        const int i = pairedMatch(t);
        if (i < 0 || taken.contains(i) || clauseOf(m_matches.at(i).first) != clauseOf(t.token))
            continue;
        const Match &m = m_matches.at(i);
        if (!m.vague && m.timex.isResolved())
            kept.append(t.token);
    }
    return kept;
}

// A happening in the clause of the news saying is mentioned by its own phrase, from token `from` to text offset
// `end`; the saying's mention ends before it. False when the saying's mention does not hold that phrase.
bool SentenceReader::ownPhraseAfterNews(EventMention &mention, int from, int end, QList<EventMention> &out) const
{
    mention.span = { m_tokens[size_t(from)].start, end };
    mention.text = m_article.slice(mention.span).toString();
    EventMention &saying = out[m_newsMention];
    if (!saying.span.contains(mention.span) || from == 0)
        return false;
    saying.span.end = m_tokens[size_t(from - 1)].end;
    saying.text = m_article.slice(saying.span).toString();
    return true;
}

// "a plea from one of the guards who arrested her": an undated deed in a relative clause on a common
// noun, not set off by a comma, only says which people are meant; it tells no happening of its own.
bool SentenceReader::describesPeople(const Trigger &t) const
{
    const int first = clauseOf(t.token);
    // "the troops who joined the mutiny" still names the mutiny by its noun
    if (t.noun || first <= m_begin || m_tokens[size_t(first)].word != Lexicon::w<u"who">())
        return false;
    const ScanToken &noun = m_tokens[size_t(first - 1)];
    // "its president who quit" names one office holder, as "Ames, who quit" names her
    return noun.isWord() && !noun.is(ScanToken::Capitalized) && !noun.has(Lexicon::Stop) && !noun.has(Lexicon::Title);
}

// Mentions that name a happening without a time, one per clause: the merger joins them to the dated event
// they name, across articles, or leaves them out.
void SentenceReader::addUndated(
    const ArgumentFinder &args, const QList<Trigger> &triggers, QList<EventMention> &out) const
{
    const Timex undated = undatedTime();
    QList<Trigger> group;
    // "Marr's remarks fuel the row Quell's post began": sayings of two owners in one clause are two happenings, each
    // told by its own phrase, up to the next owner's.
    bool ownPhrases = false;
    int phraseEnd = -1;
    const auto flush = [&] {
        if (group.isEmpty())
            return;
        int first = ownPhrases ? nounPhraseStart(group.first()) : clauseOf(group.first().token);
        int last = phraseEnd >= 0 ? phraseEnd : clauseEnd(group.last().token);
        phraseEnd = -1;
        if (m_saidFrom > first && m_saidFrom <= group.first().first)
            first = m_saidFrom; // "wrote (…) on Monday that he regretted the sacking": only what was said
        // "Quell's statement came hours after Ames announced …": the time the news leans on parts two happenings
        for (const Match &x : std::as_const(m_matches)) {
            if (x.leansOnEvent && x.first > group.last().token && x.first < last)
                last = x.first;
            if (x.leansOnEvent && x.first > first && x.first < group.first().first)
                first = x.first;
        }
        const bool noun = std::all_of(group.begin(), group.end(), [](const Trigger &t) { return t.noun; });
        // "Marr today renewed his call for an election in the wake of Quell's resignation": a noun only named
        // beside a dated happening of its clause is mentioned by its own phrase.
        const bool datedBeside = noun && std::any_of(m_matches.begin(), m_matches.end(), [&](const Match &x) {
            return !x.vague && clauseOf(x.first) == clauseOf(group.first().token);
        });
        EventMention m = makeMention(args, group, first, last, undated);
        // "Corvex confirmed that Velt will leave as part of the deal brokered by Marr": the deal is no part of
        // what was confirmed, as a dated noun there is not (see read)
        if (group.first().noun && clauseOf(group.first().token) == m_newsClause && m_newsMention < out.size()) {
            int from = nounPhraseStart(group.first());
            const ScanToken *owner = from > first ? &m_tokens[size_t(from - 1)] : nullptr;
            if (owner && owner->word && owner->word->possessive)
                --from; // "announced | her resignation"
            ownPhraseAfterNews(m, from, m.span.end, out);
        } else if (datedBeside) {
            m.span = { m_tokens[size_t(nounPhraseStart(group.first()))].start,
                m_tokens[size_t(group.last().last - 1)].end };
            m.text = m_article.slice(m.span).toString();
        }
        // "resigned" with nobody named says too little to find which happening it was
        if (noun || !m.participants.isEmpty())
            out.append(m);
        group.clear();
    };
    // "fond memories of his meetings with Oduya": occasions counted in the plural are several happenings, none named
    static const WordTable occasions = LanguageData::wordSet(QStringLiteral("events/occasion-plurals"));
    for (const Trigger &t : triggers) {
        const ScanToken &word = m_tokens[size_t(t.token)];
        if (!namesHappening(t) || (t.plural && occasions.contains(textOf(word))) || describesPeople(t))
            continue;
        const bool parted = !group.isEmpty() && std::any_of(m_matches.begin(), m_matches.end(), [&](const Match &x) {
            return x.leansOnEvent && x.first > group.last().token && x.first < t.token;
        });
        const bool sameClause = !group.isEmpty() && clauseOf(group.first().token) == clauseOf(t.token);
        const QStringView owner = ownerOf(t);
        const QStringView lastOwner = group.isEmpty() ? QStringView() : ownerOf(group.last());
        const bool otherOwner = sameClause && !owner.isEmpty() && !lastOwner.isEmpty() && owner != lastOwner;
        if (otherOwner) {
            ownPhrases = true;
            phraseEnd = nounPhraseStart(t);
        }
        if (!group.isEmpty() && (parted || !sameClause || otherOwner))
            flush();
        if (!sameClause && !otherOwner)
            ownPhrases = false;
        group.append(t);
    }
    flush();
}

// "Despite Ames's overture to Oduya during her tour, …": a saying named by its owner beside a stronger happening is
// mentioned by its own phrase and the name it was addressed to, the clause being the stronger one's.
void SentenceReader::addNamedSayings(
    const ArgumentFinder &args, const QList<Trigger> &sayings, QList<EventMention> &out) const
{
    for (const Trigger &t : sayings) {
        int last = t.last;
        const ScanToken *to = last < m_end ? &m_tokens[size_t(last)] : nullptr;
        if (to && (to->word == Lexicon::w<u"to">() || to->word == Lexicon::w<u"with">())) {
            int k = last + 1;
            while (k < m_end && m_tokens[size_t(k)].isWord() && m_tokens[size_t(k)].is(ScanToken::Capitalized))
                ++k;
            if (k > last + 1)
                last = k;
        }
        const qsizetype before = out.size();
        addUndated(args, { t }, out);
        for (qsizetype i = before; i < out.size(); ++i) {
            out[i].span = { m_tokens[size_t(nounPhraseStart(t))].start, m_tokens[size_t(last - 1)].end };
            out[i].text = m_article.slice(out[i].span).toString();
        }
    }
}

// "Aldane said he would …", "Marr told reporters …" with no time anywhere in the sentence: a news report's saying
// told in the past without a date is its news, said in the days before it appeared. Dated by the publication's
// week (value NEWS_REF); the merger joins it to the same speaker's dated saying, or keeps it where outlets agree.
void SentenceReader::addNewsSaying(const ArgumentFinder &args, bool headline, QList<EventMention> &out)
{
    constexpr quint32 sayingKinds = Lexicon::Statement | Lexicon::Speech;
    const auto saying = std::find_if(m_found.begin(), m_found.end(),
        [](const Trigger &t) { return !t.noun && (t.family & sayingKinds) && !(t.family & ~sayingKinds); });
    if (saying == m_found.end())
        return;
    // "Ames recently said": a vague time of the saying's own clause is no news of the week; "said … during his
    // current tour": a time within a happening noun's phrase dates that noun, not the saying.
    const auto datesNoun = [this](const Match &x) {
        return std::any_of(m_found.begin(), m_found.end(), [&x](const Trigger &t) {
            return t.noun
                && ((x.first >= t.last && x.first <= t.last + 1) || (x.last <= t.first && x.last >= t.first - 2));
        });
    };
    if (std::any_of(m_matches.begin(), m_matches.end(),
            [&](const Match &x) { return clauseOf(x.first) == clauseOf(saying->token) && !datesNoun(x); }))
        return;
    if (saidEarlier(m_begin, clauseEnd(saying->token)))
        return;
    // "said", "told", "confirmed": told in the past; "who speaks for the party" describes, it reports nothing.
    const ScanToken &verb = m_tokens[size_t(saying->token)];
    const QStringView verbText = textOf(verb);
    // A headline tells its news in the present: "Ames says".
    if (!headline && verb.word->tense != Lexicon::Tense::Past && !verbText.endsWith(u"ed"))
        return;
    // Within a quotation the words are the speaker's, not the reporter's: the last quotation mark before the verb
    // opens one ("“…" or a straight mark before a word). A quote begun in an earlier sentence ends in this one:
    // "… the company," Ames wrote. "will say", "could tell" are not done.
    for (int k = saying->first - 1; k >= m_begin; --k) {
        const ScanToken &t = m_tokens[size_t(k)];
        if (t.kind != ScanToken::Punct || !Characters::isDoubleQuote(t.punct))
            continue;
        const int next = k + 1;
        const bool opening = t.punct == u'\u201C'
            || (t.punct == u'"' && next < m_end && m_tokens[size_t(next)].isWord()
                && !m_tokens[size_t(next)].is(ScanToken::SpaceBefore));
        if (opening)
            return;
        break;
    }
    const ScanToken *before = saying->first > m_begin ? &m_tokens[size_t(saying->first - 1)] : nullptr;
    if (before && before->word && (before->has(Lexicon::Modal) || before->word->tense == Lexicon::Tense::Future))
        return;
    EventMention m = makeMention(args, { *saying }, clauseOf(saying->token), clauseEnd(saying->token), newsTime());
    m.place = sayingPlace(args, *saying, clauseOf(saying->token), clauseEnd(saying->token));
    // "Speaking aboard his plane, he told reporters …": "he" or "she" is the name the sentence before opens with;
    // where it opens otherwise ("The opposition leader, Ames, disagreed."), who is meant is not told plainly.
    if (before && (before->word == Lexicon::w<u"he">() || before->word == Lexicon::w<u"she">())) {
        if (m_lastBegin < 0)
            return;
        const ArgumentFinder previous(m_article.text(), m_tokens, m_lastBegin, m_lastEnd);
        // "During his tour, Ames signalled … . Speaking aboard his plane, he told reporters …": the one whose
        // saying the sentence before reported, not the first name of its adverbial
        const QStringList subject
            = m_sayerBegin == m_lastBegin && !m_sayer.isEmpty() ? QStringList { m_sayer } : previous.sentenceSubject();
        if (subject.isEmpty())
            return;
        m.theme = subject.constFirst();
        m.participants.removeAll(m.theme);
        m.participants.prepend(m.theme);
    }
    if (m.theme.isEmpty() || !m.theme.at(0).isUpper())
        return;
    m_newsMention = int(out.size());
    out.append(m);
    m_sayer = m.theme;
    m_sayerBegin = m_begin;
    m_newsClause = clauseOf(saying->token);
    m_found.erase(saying);
}

// "In a statement at the time, Ames said …" (events/earlier-times): said when what the text told before happened,
// which the sentence does not date; not news of the days before the article appeared.
bool SentenceReader::saidEarlier(int first, int last) const
{
    static const QList<QStringList> phrases = [] {
        QList<QStringList> out;
        for (const QString &line : LanguageData::list(QStringLiteral("events/earlier-times")).words())
            out.append(line.split(u' '));
        return out;
    }();
    for (int k = first; k < last; ++k) {
        for (const QStringList &words : phrases) {
            if (k + words.size() > last)
                continue;
            bool same = true;
            for (qsizetype w = 0; w < words.size() && same; ++w) {
                const ScanToken &t = m_tokens[size_t(k + w)];
                same = t.isWord() && textOf(t).compare(words.at(w), Qt::CaseInsensitive) == 0;
            }
            if (same)
                return true;
        }
    }
    return false;
}

// The time of a saying the text does not date: the week before the article appeared.
Timex SentenceReader::newsTime() const
{
    Timex news;
    const QDate published = TemporalTagger::referenceDate(m_article);
    news.start = published.addDays(-6);
    news.end = published;
    news.precision = DatePrecision::Week;
    news.basis = DateBasis::RelativeToPublication;
    news.confidence = 0.3;
    news.value = TimexValue::NewsRef;
    return news;
}

// "Ties warmed in 2017. On 3 May of that year, Ames and Oduya met": a sentence that gives the date and tells of
// no happening, the next one telling the happening by it, dates that happening: a mention of it too, told as `told`.
void SentenceReader::addDatingSentence(const EventMention &told, QList<EventMention> &out)
{
    if (m_previous.mention >= 0 || m_previous.end <= m_previous.begin)
        return;
    int end = m_previous.end;
    if (end - 1 > m_previous.begin && m_tokens[size_t(end - 1)].kind == ScanToken::Punct)
        --end;
    EventMention dating = told;
    dating.span = { m_tokens[size_t(m_previous.begin)].start, m_tokens[size_t(end - 1)].end };
    dating.text = m_article.slice(dating.span).toString();
    out.append(dating);
    m_previous.mention = int(out.size() - 1);
}

// "Ames asked to meet Oduya", "Ames requested talks": asking is a saying reported without its words, dated by the
// article as a news saying is, and of the asker named right before the verb ("was asked to" names none). Never a
// trigger: it would take the time of what was asked for ("requested a meeting in May").
void SentenceReader::addNewsRequest(const ArgumentFinder &args, QList<EventMention> &out)
{
    static const QStringList verbs = LanguageData::list(QStringLiteral("events/request-verbs")).words();
    for (int k = m_begin + 1; k < m_end; ++k) {
        const ScanToken &t = m_tokens[size_t(k)];
        if (!t.isWord() || t.is(ScanToken::Capitalized) || quoted(k) || !verbs.contains(textOf(t).toString()))
            continue;
        int first = k;
        const QString asker = args.nameBefore(k, &first);
        // a saying of the asker's already reported in these words ("Ames said she asked …") is enough
        if (asker.isEmpty() || std::any_of(out.begin(), out.end(), [&](const EventMention &m) {
                return m.article == m_articleIndex && m.span.end > m_tokens[size_t(first)].start
                    && m.span.start < m_tokens[size_t(k)].end && m.theme == asker;
            }))
            continue;
        Trigger asked;
        asked.token = k;
        asked.first = k;
        asked.last = k + 1;
        asked.family = t.word ? t.word->family : quint32(Lexicon::Statement);
        asked.weak = true;
        // the mention runs from the asker: in "Kim answered after Ames asked to meet him" the clause is Kim's too
        EventMention m = makeMention(args, { asked }, first, clauseEnd(k), newsTime());
        m.theme = asker;
        m.place.clear(); // "asked to meet him in Tarsis": the place is the meeting's, not the asking's
        m.participants.removeAll(asker);
        m.participants.prepend(asker);
        out.append(m);
        return;
    }
}

// Where a saying was made: the place in [first, last), unless a happening told after the saying owns it ("spoke
// candidly on the second day of her visit to Tarsis", "Ames's request for a meeting in Tarsis").
QString SentenceReader::sayingPlace(const ArgumentFinder &args, const Trigger &saying, int first, int last) const
{
    const ArgumentFinder::Place place = args.place(first, last, saying.token);
    constexpr quint32 sayingKinds = Lexicon::Statement | Lexicon::Speech;
    // after a verb, a happening it tells of; after a noun, any happening word, as what it asks for: "request for a
    // meeting in Tarsis"
    const auto happening = [&](int k) {
        const ScanToken &t = m_tokens[size_t(k)];
        if (saying.noun)
            return t.word && t.word->family && !(t.word->family & sayingKinds);
        return std::any_of(m_found.begin(), m_found.end(), [k](const Trigger &o) { return !o.weak && o.token == k; });
    };
    bool owned = false;
    for (int k = saying.token + 1; k < place.first && !owned; ++k)
        owned = happening(k);
    return owned ? QString() : place.text;
}

// "Oduya's reply to Ames's request for talks": a headline naming an owner's saying tells of it as the body would,
// a mention without a time, by its own phrase ("Ames's Renewed Outreach During the Tour"), that joins that speaker's
// saying.
void SentenceReader::addOwnedSayings(const ArgumentFinder &args, QList<EventMention> &out)
{
    QList<Trigger> owned;
    for (const Trigger &t : std::as_const(m_found)) {
        if (t.weak && (t.family & (Lexicon::Statement | Lexicon::Speech)) && !ownerOf(t).isEmpty())
            owned.append(t);
    }
    const qsizetype before = out.size();
    addNamedSayings(args, owned, out);
    for (qsizetype i = before; i < out.size(); ++i)
        out[i].place = sayingPlace(args, owned.first(), m_begin, m_end);
}

// A sentence with no time of its own that would date a happening: none, or only a vague present ("during his
// current tour") or past ("recently") in another clause than the saying.
bool SentenceReader::undatedNews() const
{
    return std::all_of(m_matches.begin(), m_matches.end(), [](const Match &m) { return m.vague && !m.leansOnEvent; });
}

void SentenceReader::read(const ScannedArticle::Sentence &s, int index, QList<EventMention> &out)
{
    // Whatever way this sentence is read, the next one looks back at it.
    const auto remember = qScopeGuard([this, &s] {
        m_lastBegin = s.begin;
        m_lastEnd = s.end;
    });
    m_matches.clear();
    m_found.clear();
    if (s.paragraph != m_lastParagraph)
        m_paragraphBegin = s.begin;
    followSection(s);
    m_tagger.tagSentence(s.begin, s.end, s.paragraph, m_matches);
    // "“Our divers now turn to the wreck,” he said": a speaker's "now" is the time of speaking, not of a
    // happening the report dates.
    m_matches.removeIf([this](const Match &m) { return m.vague && m.present && quoted(m.first); });
    m_dateline = !m_matches.isEmpty() && inDateline(m_matches.constFirst(), s.begin, s.end) ? 0 : -1;
    if (isDateLine(s.begin, s.end)) {
        m_section = m_matches.first().timex;
        m_previous = {};
        return;
    }
    if (isCaption(s.begin, s.end))
        return;
    findTriggers(s);
    takeReportedActs();
    // "just hours before Halvorsen's arrival": the arrival only dates the news. A clause of its own ("hours after the
    // board removed Rendell") tells of a happening without dating it: a naming mention, to join the event it names.
    QList<Trigger> anchors;
    QList<Trigger> leaned; // "Halvorsen's arrival" of "just hours before Halvorsen's arrival"
    for (const Match &m : std::as_const(m_matches)) {
        if (m.leansOnEvent) {
            m_found.removeIf([&m, &anchors, &leaned](const Trigger &t) {
                const bool anchor = t.token >= m.last && t.token <= m.last + 4;
                if (anchor)
                    (t.noun ? leaned : anchors).append(t);
                return anchor;
            });
        }
    }
    const ArgumentFinder args(m_article.text(), m_tokens, s.begin, s.end);
    const bool continues = m_previous.sentence == index - 1 && m_previous.paragraph == s.paragraph;
    if (undatedNews() && !continues && !m_section.isResolved() && m_tagger.hasPublicationDate()) {
        addNewsSaying(args, false, out);
        addNewsRequest(args, out);
    }
    // a list item under a date heading ("June 23" then "- Ames urges …") has that date for a time of its own
    const bool firmTime = std::any_of(m_matches.begin(), m_matches.end(), [](const Match &m) { return !m.vague; })
        || (m_matches.isEmpty() && m_section.isResolved());
    if (!firmTime)
        m_found.removeIf([this](const Trigger &t) { return t.weak && !namesHappening(t); });
    findAttribution();
    if (!m_matches.isEmpty() || m_section.isResolved())
        anchors.append(onlyNamed());
    anchors.append(namedBySaying());
    m_keptSaying = -1;
    m_saidFrom = -1;
    anchors.append(namedInSaying());
    // "On Monday, Belmar announced a chief – and Corvex said it would hire Park": an announced act no time dates leaves
    // the other sayings their times
    const bool hasStrong = std::any_of(m_found.begin(), m_found.end(),
        [this](const Trigger &t) { return !t.weak && !(t.reported && pairedMatch(t) < 0); });
    // "Despite Ames's overture, the two never met": a saying named by its owner, with no time of its own, names
    // that saying's event though a stronger happening takes the sentence.
    QList<Trigger> namedSayings;
    if (hasStrong) {
        const QList<int> ownTimes = sayingTimes();
        m_found.removeIf([&](const Trigger &t) {
            if (!t.weak || t.token == m_keptSaying || ownTimes.contains(t.token))
                return false;
            int owner = t.first - 1;
            while (owner >= m_begin && isModifier(m_tokens[size_t(owner)]))
                --owner;
            if (t.noun && !nextToOwnTime(t) && owner >= m_begin && m_tokens[size_t(owner)].is(ScanToken::Possessive))
                namedSayings.append(t);
            return true;
        });
    }

    if (m_matches.isEmpty() && m_section.isResolved() && !m_found.isEmpty()) {
        // A list item under a date heading: one mention per clause, dated by the heading; a saying's clauses are one.
        QList<Trigger> group;
        int first = 0;
        qsizetype last = 0; // the group's last trigger in the text
        const auto flush = [&] {
            if (!group.isEmpty())
                out.append(makeMention(args, group, first, clauseEnd(m_found.at(last).token), m_section));
            group.clear();
        };
        const auto sayingOnly
            = [&group] { return std::all_of(group.begin(), group.end(), [](const Trigger &t) { return t.weak; }); };
        for (qsizetype i = 0; i < m_found.size(); ++i) {
            const Trigger &t = m_found.at(i);
            const bool sameClause = !group.isEmpty() && clauseOf(m_found.at(last).token) == clauseOf(t.token);
            // "- In a recording posted on Fotor, Ames says …": a saying and the medium it came in are one happening,
            // told by the clause that names the speaker
            if (!sameClause && !group.isEmpty() && t.weak && sayingOnly()) {
                group.prepend(t);
            } else {
                if (!sameClause) {
                    flush();
                    first = clauseOf(t.token);
                }
                group.append(t);
            }
            last = i;
        }
        flush();
        m_previous = {};
        return;
    }
    addNamedSayings(args, namedSayings, out);
    if (m_matches.isEmpty()) {
        // "Oduya, who had quit after the dismissal, will also return": a relative clause tells of something
        // before, not of what the sentence goes on about; it only names its happening.
        QList<Trigger> background;
        if (continues) {
            m_found.removeIf([&](const Trigger &t) {
                bool relative = false;
                for (int k = t.first - 1; k >= m_begin && m_tokens[size_t(k)].kind != ScanToken::Punct; --k) {
                    const ScanToken &w = m_tokens[size_t(k)];
                    if (w.word == Lexicon::w<u"who">() || w.word == Lexicon::w<u"which">()) {
                        relative = true;
                        break;
                    }
                }
                if (relative)
                    background.append(t);
                return relative;
            });
        }
        const bool strongLeft = std::any_of(m_found.begin(), m_found.end(), [](const Trigger &t) { return !t.weak; });
        if (!strongLeft || !continues || !refersBack(m_found)) {
            m_previous = {};
            m_found.append(background);
            std::sort(
                m_found.begin(), m_found.end(), [](const Trigger &a, const Trigger &b) { return a.token < b.token; });
            addUndated(args, m_found, out);
            return;
        }
        addUndated(args, background, out);
        Timex timex = m_previous.timex;
        timex.basis = DateBasis::RelativeToPrevious;
        timex.confidence *= 0.8;
        const int first = clauseOf(m_found.first().token);
        const int last = clauseEnd(m_found.last().token);
        EventMention m = makeMention(args, m_found, first, last, timex);
        // The sentence goes on about the same happening: same place, and a pronoun means the same people.
        const auto verb = std::find_if(m_found.begin(), m_found.end(), [](const Trigger &t) { return !t.noun; });
        const int subjectEnd = verb != m_found.end() ? verb->first : m_found.first().first;
        const bool pronoun = std::any_of(m_tokens.begin() + s.begin, m_tokens.begin() + subjectEnd,
            [](const ScanToken &t) { return t.has(Lexicon::Pronoun); });
        if (m_previous.mention >= 0) {
            const EventMention &before = out.at(m_previous.mention);
            if (m.place.isEmpty())
                m.place = before.place;
            if (m.participants.isEmpty() || pronoun)
                m.participants = before.participants;
        } else if (pronoun) {
            const ArgumentFinder previous(m_article.text(), m_tokens, m_previous.begin, m_previous.end);
            m.participants = previous.participants(m_previous.begin, m_previous.end, {});
        }
        out.append(m);
        const int told = int(out.size() - 1);
        // "On 30 June 2019, Ames made a bold gesture. During a visit to Tarsis, she crossed …": the person the dated
        // sentence told of does the happening; "It took guards minutes to close the pier on Friday. It sank …" tells
        // two happenings.
        const bool someone
            = std::any_of(m_tokens.begin() + s.begin, m_tokens.begin() + subjectEnd, [](const ScanToken &t) {
                  return t.word == Lexicon::w<u"he">() || t.word == Lexicon::w<u"she">()
                      || t.word == Lexicon::w<u"they">();
              });
        if (someone)
            addDatingSentence(m, out);
        m_previous.sentence = index;
        m_previous.mention = told;
        return;
    }

    // "Tarsis 2018, Belmar 2019": one mention per place and year, told of by the sentence's trigger
    QList<int> listItems;
    for (int i = 0; i < m_matches.size(); ++i) {
        if (m_matches.at(i).placeFirst >= 0)
            listItems.append(i);
    }
    if (hasStrong && !listItems.isEmpty()) {
        const Trigger &t = m_found.first();
        const QStringList participants = args.participants(clauseOf(t.token), clauseEnd(t.token), {});
        for (int i : std::as_const(listItems)) {
            const Match &item = m_matches.at(i);
            EventMention m = makeMention(args, { t }, item.placeFirst, item.last, item.timex);
            m.place = args.nameBefore(item.placeLast);
            m.participants = participants;
            out.append(m);
        }
    }

    // Group the triggers by the time each belongs to: one mention per time.
    QList<QList<Trigger>> groups(m_matches.size());
    QList<Trigger> unpaired;
    for (const Trigger &t : std::as_const(m_found)) {
        const int i = pairedMatch(t);
        // A time that gives no date ("just hours before" with nothing dated nearby) dates nothing.
        const bool dateless = i >= 0 && !m_matches.at(i).timex.isResolved() && m_tagger.hasPublicationDate();
        if (i >= 0 && !dateless)
            groups[i].append(t);
        else
            unpaired.append(t);
    }
    unpaired.append(anchors);
    std::sort(unpaired.begin(), unpaired.end(), [](const Trigger &a, const Trigger &b) { return a.token < b.token; });
    addUndated(args, unpaired, out);
    int lastMention = -1;
    for (int i = 0; i < m_matches.size(); ++i) {
        const QList<Trigger> &paired = groups.at(i);
        if (paired.isEmpty())
            continue;
        const Match &match = m_matches.at(i);
        // "amid ongoing exercises", "ongoing missile tests": a continuing series, not one happening
        if (match.present && std::all_of(paired.begin(), paired.end(), [](const Trigger &t) { return t.plural; }))
            continue;
        // One mention per clause: "Quell resigned on Thursday, and the party will hold an election" tells of two
        // happenings on one day.
        QList<QList<Trigger>> byClause;
        for (const Trigger &t : paired) {
            if (byClause.isEmpty() || clauseOf(byClause.constLast().constFirst().token) != clauseOf(t.token))
                byClause.append(QList<Trigger>());
            byClause.last().append(t);
        }
        for (const QList<Trigger> &group : std::as_const(byClause)) {
            int first = match.first;
            int last = match.last;
            // "the sacking of Lund last Friday and the axing of the plan on Monday": where a clause tells of
            // happenings at several times, each noun's mention runs from its phrase to its time.
            const bool shared = std::all_of(group.begin(), group.end(), [](const Trigger &t) { return t.noun; })
                && std::any_of(groups.begin(), groups.end(), [&](const QList<Trigger> &other) {
                       return &other != &paired && std::any_of(other.begin(), other.end(), [&](const Trigger &o) {
                           return clauseOf(o.token) == clauseOf(group.first().token);
                       });
                   });
            for (const Trigger &t : group) {
                first = std::min(first, shared ? nounPhraseStart(t) : clauseOf(t.token));
                last = std::max(last, shared ? t.last : clauseEnd(t.token));
            }
            // "In October 2025, just hours before Halvorsen's arrival, the North test-fired …": the arrival is a
            // mention of its own
            if (std::any_of(leaned.begin(), leaned.end(),
                    [&](const Trigger &l) { return l.token >= first && l.token < group.first().token; }))
                first = clauseOf(group.first().token);
            // "In October 2025, …": the preposition belongs with the date in the quoted text
            if (first == match.first && first > s.begin && m_tokens[size_t(first - 1)].has(Lexicon::PlacePreposition))
                --first;
            EventMention mention = makeMention(args, group, first, last, match.timex);
            // "Ames said she was open to talks during her current tour": a noun its time dates, in the clause of the
            // news saying, is mentioned by its own phrase, with the words that lead to it ("during her"); the
            // saying's mention ends before them.
            if (clauseOf(group.first().token) == m_newsClause && m_newsMention < out.size()
                && std::all_of(group.begin(), group.end(), [](const Trigger &t) { return t.noun; })) {
                int from = std::min(match.first, nounPhraseStart(group.first()));
                for (int lead = 0; lead < 2 && from > first && m_tokens[size_t(from - 1)].has(Lexicon::Stop); ++lead)
                    --from;
                ownPhraseAfterNews(
                    mention, from, m_tokens[size_t(std::max(match.last, group.last().last) - 1)].end, out);
            }
            // "just hours before Halvorsen's arrival": the person named there dates the news, not takes part in it
            for (const Match &other : std::as_const(m_matches)) {
                if (other.leansOnEvent) {
                    for (const QString &name : args.participants(other.last, std::min(other.last + 4, s.end), {}))
                        mention.participants.removeAll(name);
                }
            }
            out.append(mention);
            if (!match.vague)
                lastMention = int(out.size() - 1);
            // "On 3 May of that year, …" after "Ties warmed in 2017.": the year's sentence dates this one
            const bool previousYear = match.timex.basis == DateBasis::RelativeToPrevious
                && m_previous.sentence == index - 1 && m_previous.paragraph == s.paragraph
                && m_previous.timex.isResolved() && match.timex.start >= m_previous.timex.start
                && match.timex.end <= m_previous.timex.end;
            if (previousYear)
                addDatingSentence(mention, out);
        }
    }

    // "In October 2025, just hours before Halvorsen's arrival, …": what the news leans on happened within hours of
    // the sentence's date; a month or a year holds it as well.
    for (const Trigger &t : std::as_const(leaned)) {
        const auto firm = std::find_if(m_matches.begin(), m_matches.end(), [](const Match &m) {
            return !m.vague && m.placeFirst < 0 && m.timex.isResolved()
                && int(m.timex.precision) >= int(DatePrecision::Month);
        });
        if (!namesHappening(t))
            continue;
        // "Hours after Rendell's ouster, …" with no date: a naming mention, to join the ouster's event. Only an
        // owner's noun: in "hours before the charges were dropped" the happening is the verb's.
        const bool owned = std::any_of(m_tokens.begin() + nounPhraseStart(t), m_tokens.begin() + t.first,
            [](const ScanToken &x) { return x.is(ScanToken::Possessive); });
        if (firm == m_matches.end() && !owned)
            continue;
        Timex undated;
        undated.basis = DateBasis::RelativeToPrevious;
        undated.value = QStringLiteral("UNDATED");
        out.append(makeMention(
            args, { t }, nounPhraseStart(t), clauseEnd(t.token), firm != m_matches.end() ? firm->timex : undated));
    }

    // What a following sentence may refer back to: the last firm date of this one.
    m_previous = {};
    for (qsizetype i = m_matches.size() - 1; i >= 0; --i) {
        // a date a speaker gives inside a quotation dates nothing the report goes on to tell
        if (!m_matches.at(i).vague && m_matches.at(i).placeFirst < 0 && !quoted(m_matches.at(i).first)) {
            m_previous.sentence = index;
            m_previous.paragraph = s.paragraph;
            m_previous.begin = s.begin;
            m_previous.end = s.end;
            m_previous.timex = m_matches.at(i).timex;
            m_previous.mention
                = lastMention >= 0 && out.at(lastMention).timex.span == m_previous.timex.span ? lastMention : -1;
            break;
        }
    }
}
}

namespace
{
// "Last month, Oduya told parliament …" then "Oduya said …": where an article dates a saying of a speaker on another
// occasion than its news, their undated sayings may be that one; only the merger's dated events can tell.
void dropNewsOfOtherOccasions(QList<EventMention> &mentions)
{
    constexpr quint32 sayingKinds = Lexicon::Statement | Lexicon::Speech;
    QStringList elsewhere; // speakers of sayings the article dates outside its own week
    QDate weekStart;
    for (const EventMention &m : std::as_const(mentions)) {
        if (m.timex.value == TimexValue::NewsRef)
            weekStart = m.timex.start;
    }
    if (!weekStart.isValid())
        return;
    for (const EventMention &m : std::as_const(mentions)) {
        // the primary trigger's first word: "told" of "told reporters, briefing"
        const auto *const end
            = std::find_if(m.trigger.cbegin(), m.trigger.cend(), [](QChar c) { return c == u' ' || c == u','; });
        const QStringView form(m.trigger.cbegin(), end);
        const Lexicon::WordInfo *word = Lexicon::lookup(form);
        // "Ames speaks, Oct. 3, 2025, in Tarsis": a dated saying told in the present is a picture's caption
        const bool present = word && form.size() > Lexicon::lemma(word).size() && form.startsWith(Lexicon::lemma(word))
            && form.endsWith(u's');
        const bool saying = word && (word->family & sayingKinds) && !present;
        if (saying && !m.theme.isEmpty() && m.timex.isResolved() && m.timex.end < weekStart)
            elsewhere.append(m.theme);
    }
    if (elsewhere.isEmpty())
        return;
    mentions.removeIf([&elsewhere](const EventMention &m) {
        return m.timex.value == TimexValue::NewsRef
            && std::any_of(elsewhere.begin(), elsewhere.end(),
                [&m](const QString &who) { return MentionFeatures::samePerson(who, m.theme); });
    });
}
}

namespace
{
// "Ames's Outreach During the Tarsis Tour" above "During her current Tarsis tour, …": a Title Case subhead that names
// the happening its first sentence tells is a mention of that happening too, from its phrase on ("During the
// Tarsis Tour"). A subhead is read for sayings alone otherwise: the capitals of Title Case hide what it tells.
void addSubheadsNamingNext(const Article &article, const ScannedArticle &scanned, QList<EventMention> &mentions)
{
    const QList<ScannedArticle::Sentence> &sentences = scanned.sentences();
    const ScanTokens &tokens = scanned.tokens();
    const QStringView text(article.text());
    for (qsizetype i = 0; i + 1 < sentences.size(); ++i) {
        const ScannedArticle::Sentence &head = sentences.at(i);
        const ScannedArticle::Sentence &next = sentences.at(i + 1);
        if (!head.titleCaseSubhead || next.heading)
            continue;
        for (qsizetype j = 0; j < mentions.size(); ++j) {
            const EventMention &m = mentions.at(j);
            if (m.span.start < next.span.start || m.span.end > next.span.end)
                continue;
            const QStringView trigger = QStringView(m.trigger).first(
                std::find_if(m.trigger.cbegin(), m.trigger.cend(), [](QChar c) { return c == u' ' || c == u','; })
                - m.trigger.cbegin());
            int k = head.begin;
            while (k < head.end
                && (!tokens[size_t(k)].isWord()
                    || tokens[size_t(k)].textIn(text).compare(trigger, Qt::CaseInsensitive) != 0))
                ++k;
            if (trigger.isEmpty() || k == head.end)
                continue;
            // the noun's phrase: its modifiers and determiner, and the preposition that sets it off
            int first = k;
            while (first - 1 >= head.begin
                && (isModifier(tokens[size_t(first - 1)]) || tokens[size_t(first - 1)].has(Lexicon::Demonstrative)))
                --first;
            if (first - 1 >= head.begin && isFrontedAdverbial(tokens[size_t(first - 1)]))
                --first;
            EventMention named = m;
            named.span = { tokens[size_t(first)].start, tokens[size_t(k)].end };
            const auto told
                = [&named](const EventMention &o) { return o.span.overlaps(named.span) && o.trigger == named.trigger; };
            if (std::any_of(mentions.begin(), mentions.end(), told))
                break;
            named.text = article.slice(named.span).toString();
            // in text order, before the sentence's own mentions
            const auto at = std::find_if(mentions.begin(), mentions.end(),
                [&named](const EventMention &o) { return o.span.start > named.span.start; });
            mentions.insert(at, named);
            break;
        }
    }
}
}

QList<EventMention> EventExtractor::extract(const Article &article, int articleIndex)
{
    const ScannedArticle scanned(article);
    SentenceReader reader(article, articleIndex, scanned);
    QList<EventMention> mentions;
    const QList<ScannedArticle::Sentence> &sentences = scanned.sentences();
    for (int i = 0; i < sentences.size(); ++i) {
        // Headlines are written in their own tense and title case: they tell of nothing the body does not. One
        // that ends in a full stop is a sentence set apart, a caption above the story: it is read as the body is.
        const ScannedArticle::Sentence &s = sentences.at(i);
        if (!s.heading || (s.end > s.begin && scanned.tokens()[size_t(s.end - 1)].isPunct(u'.')))
            reader.read(sentences.at(i), i, mentions);
        else
            reader.readHeading(sentences.at(i), mentions);
    }
    addSubheadsNamingNext(article, scanned, mentions);
    dropNewsOfOtherOccasions(mentions);
    if (!TemporalTagger::referenceDate(article).isValid() && reader.unresolved() > 0) {
        Logging::get("events")->debug("{}: no publication date, {} relative date(s) left unresolved",
            article.id.toStdString(), reader.unresolved());
    }
    return mentions;
}

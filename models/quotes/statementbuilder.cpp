// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/statementbuilder.h"

#include "quotes/aligner.h"
#include "quotes/namecanonicalizer.h"
#include "quotes/statementgrouper.h"
#include "quotes/textnormalizer.h"

#include "language/attributionlexicon.h"
#include "language/characters.h"
#include "language/languagedata.h"
#include "language/wordtokenizer.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>
#include <vector>

namespace
{
void canonicaliseSpeakers(const QStringList &people, QList<Quote> &quotes)
{
    NameCanonicalizer names;
    for (const QString &p : people)
        names.add(p);
    for (const Quote &q : std::as_const(quotes))
        names.add(q.speaker);
    names.build();
    for (Quote &q : quotes)
        q.speaker = names.canonical(q.speaker);
}

// Article file, then offset: the same order whatever order the articles were loaded in.
QList<int> stableOrder(const Corpus &corpus, const QList<Quote> &quotes)
{
    QList<int> articleRank(corpus.articles.size());
    std::iota(articleRank.begin(), articleRank.end(), 0);
    std::sort(articleRank.begin(), articleRank.end(),
        [&](int a, int b) { return corpus.articles.at(a).file < corpus.articles.at(b).file; });
    QList<int> rankOf(corpus.articles.size() + 1, int(corpus.articles.size()));
    for (int r = 0; r < articleRank.size(); ++r)
        rankOf[articleRank.at(r)] = r;
    const auto rank = [&](const Quote &q) {
        return q.article >= 0 && q.article < corpus.articles.size() ? rankOf.at(q.article) : rankOf.constLast();
    };
    // The sort moves small keys, not indices into the quotes: the ids are compared only on a tie.
    struct Key {
        int rank;
        int start;
        int index;
    };
    std::vector<Key> keys(size_t(quotes.size()));
    for (int i = 0; i < quotes.size(); ++i)
        keys[size_t(i)] = { rank(quotes.at(i)), quotes.at(i).span.start, i };
    std::sort(keys.begin(), keys.end(), [&](const Key &x, const Key &y) {
        if (x.rank != y.rank)
            return x.rank < y.rank;
        if (x.start != y.start)
            return x.start < y.start;
        return quotes.at(x.index).id < quotes.at(y.index).id;
    });
    QList<int> order(quotes.size());
    for (int k = 0; k < order.size(); ++k)
        order[k] = keys[size_t(k)].index;
    return order;
}

qint64 sentenceOf(const Corpus &corpus, const Quote &q)
{
    if (q.article < 0 || q.article >= corpus.articles.size())
        return -1;
    const TextSpans &sentences = corpus.articles.at(q.article).sentences;
    const auto it = std::upper_bound(
        sentences.cbegin(), sentences.cend(), q.span.start, [](int pos, const TextSpan &s) { return pos < s.end; });
    if (it == sentences.cend() || !it->contains(q.span.start))
        return -1;
    return (qint64(q.article) << 32) | qint64(it - sentences.cbegin());
}

bool wordless(QStringView text)
{
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

// Where the quote sits in its paragraph, for the grouper's continuation rule; headline quotes sit nowhere.
void placeInParagraph(const Corpus &corpus, const Quote &q, GroupInput &in)
{
    if (q.article < 0 || q.article >= corpus.articles.size())
        return;
    in.article = q.article;
    in.headline = q.headline;
    if (q.headline)
        return;
    const Article &article = corpus.articles.at(q.article);
    const auto it = std::upper_bound(article.paragraphs.cbegin(), article.paragraphs.cend(), q.span.start,
        [](int pos, const TextSpan &p) { return pos < p.end; });
    if (it == article.paragraphs.cend() || !it->contains(q.span.start) || q.span.end > it->end)
        return;
    const QStringView text(article.text());
    in.paragraph = (qint64(q.article) << 32) | qint64(it - article.paragraphs.cbegin());
    in.opensParagraph = wordless(text.mid(it->start, q.span.start - it->start));
    const QStringView after = text.mid(q.span.end, it->end - q.span.end);
    in.isParagraph = in.opensParagraph && wordless(after);
    in.runsOn = after.trimmed().isEmpty();
}

// Whether a word putting a question to the speaker stands in q's sentence before q and after `previous`, the
// quote before it in its article (null when none).
bool answersQuestion(const Corpus &corpus, const Quote &q, const Quote *previous)
{
    if (q.headline || q.article < 0 || q.article >= corpus.articles.size())
        return false;
    const Article &article = corpus.articles.at(q.article);
    const auto sentence = std::upper_bound(article.sentences.cbegin(), article.sentences.cend(), q.span.start,
        [](int pos, const TextSpan &s) { return pos < s.end; });
    if (sentence == article.sentences.cend() || !sentence->contains(q.span.start))
        return false;
    int from = sentence->start;
    if (previous && previous->article == q.article && !previous->headline)
        from = std::max(from, previous->span.end);
    if (from >= q.span.start)
        return false;
    static const WordTable questions = LanguageData::wordSet(QStringLiteral("attribution/question-words"));
    const QList<WordToken> tokens = WordTokenizer::tokenize(article.text(), { from, q.span.start });
    return std::any_of(tokens.cbegin(), tokens.cend(), [&](const WordToken &t) {
        return t.word && questions.contains(QStringView(article.text()).mid(t.start, t.end - t.start));
    });
}

// The subject word of the speech verb that credits an uncredited quote in its sentence, lower case: of the last
// one between `previous` (the quote before in its article, null when none) and the quote and the first one after
// the quote before another quote opens, the nearer ("“…,” the report said", "one nurse told reporters “…”").
// Fillers between subject and verb are passed over ("the report further noted"); after a verb that opens its
// clause, the subject follows it ("said the report"). Empty when no speech verb stands there.
QString uncreditedSource(const Corpus &corpus, const Quote &q, const Quote *previous)
{
    if (q.headline || q.article < 0 || q.article >= corpus.articles.size())
        return {};
    const Article &article = corpus.articles.at(q.article);
    const auto sentence = std::upper_bound(article.sentences.cbegin(), article.sentences.cend(), q.span.start,
        [](int pos, const TextSpan &s) { return pos < s.end; });
    if (sentence == article.sentences.cend() || !sentence->contains(q.span.start))
        return {};
    const QStringView text(article.text());
    // A full stop that lost its space ("said.The" in scraped text) ends a word: what follows is the next word.
    const auto word = [&](const WordToken &t) {
        const QStringView w = text.mid(t.start, t.end - t.start);
        const qsizetype dot = w.indexOf(u'.');
        const bool glued = dot >= 2 && dot + 1 < w.size() && w.at(dot + 1).isUpper()
            && std::all_of(w.cbegin(), w.cbegin() + dot, [](QChar c) { return c.isLower(); });
        return glued ? w.mid(dot + 1) : w;
    };
    const auto is
        = [&](const WordToken &t, quint32 classes) { return t.word && AttributionLexicon::has(word(t), classes); };
    // A speech verb that also names a document or a speech is the noun after a determiner ("the report").
    const auto isVerb = [&](const QList<WordToken> &tokens, qsizetype k) {
        return is(tokens.at(k), AttributionLexicon::SpeechVerb)
            && !(k > 0 && is(tokens.at(k), AttributionLexicon::DocumentNoun | AttributionLexicon::SpeechNoun)
                && is(tokens.at(k - 1), AttributionLexicon::FunctionWord)
                && !is(tokens.at(k - 1), AttributionLexicon::PersonPronoun));
    };
    int from = sentence->start;
    if (previous && previous->article == q.article && !previous->headline)
        from = std::max(from, previous->span.end);
    const QList<WordToken> before
        = from < q.span.start ? WordTokenizer::tokenize(article.text(), { from, q.span.start }) : QList<WordToken> {};
    qsizetype verbBefore = before.size() - 1;
    while (verbBefore >= 0 && !isVerb(before, verbBefore))
        --verbBefore;
    // The quote may hold sentences of its own: the words after it are those of the sentence it ends in.
    const auto last = std::upper_bound(
        sentence, article.sentences.cend(), q.span.end, [](int pos, const TextSpan &s) { return pos < s.end; });
    const int end = last != article.sentences.cend() && last->contains(q.span.end) ? last->end : q.span.end;
    const QList<WordToken> after = WordTokenizer::tokenize(article.text(), { q.span.end, end });
    qsizetype verbAfter = 0; // past the quote's own closing marks and punctuation
    while (verbAfter < after.size() && !after.at(verbAfter).word)
        ++verbAfter;
    while (verbAfter < after.size() && !isVerb(after, verbAfter)
        && (after.at(verbAfter).word || !Characters::isDoubleQuote(text.at(after.at(verbAfter).start))))
        ++verbAfter;
    if (verbAfter < after.size() && !after.at(verbAfter).word)
        verbAfter = after.size();
    const bool useAfter = verbAfter < after.size()
        && (verbBefore < 0 || after.at(verbAfter).start - q.span.end < q.span.start - before.at(verbBefore).end);
    if (!useAfter && verbBefore < 0)
        return {};
    const QList<WordToken> &tokens = useAfter ? after : before;
    const qsizetype verb = useAfter ? verbAfter : verbBefore;
    qsizetype k = verb - 1;
    while (k >= 0 && is(tokens.at(k), AttributionLexicon::VerbFiller))
        --k;
    if (k >= 0 && tokens.at(k).word)
        return word(tokens.at(k)).toString().toLower();
    for (k = verb + 1; k < tokens.size() && tokens.at(k).word; ++k) {
        if (!is(tokens.at(k), AttributionLexicon::FunctionWord | AttributionLexicon::StopWord))
            return word(tokens.at(k)).toString().toLower();
    }
    return {};
}

// The ids of words that say nothing of what a statement is about, as keyed like a quote's words. Every word of
// every quote is looked up here, so it is an open-addressing table indexed by the ids' low bits (the ids are
// well-mixed hashes) rather than a node-based set.
class FunctionWords
{
public:
    FunctionWords()
    {
        std::vector<int> ids;
        for (const QString &list :
            { QStringLiteral("attribution/stop-words"), QStringLiteral("attribution/function-words") }) {
            for (const QString &word : LanguageData::list(list).words()) {
                for (const KeyedWord &w : TextNormalizer::keyedWords(word))
                    ids.push_back(int(w.key & 0x7fffffff));
            }
        }
        size_t size = 16;
        while (size < 4 * ids.size())
            size *= 2;
        m_slots.assign(size, Empty);
        m_mask = size - 1;
        for (const int id : ids) {
            size_t i = size_t(id) & m_mask;
            while (m_slots[i] != Empty && m_slots[i] != id)
                i = (i + 1) & m_mask;
            m_slots[i] = id;
        }
    }

    bool contains(int id) const
    {
        for (size_t i = size_t(id) & m_mask;; i = (i + 1) & m_mask) {
            if (m_slots[i] == id)
                return true;
            if (m_slots[i] == Empty)
                return false;
        }
    }

private:
    static constexpr int Empty = -1; // ids are masked to 31 bits
    std::vector<int> m_slots;
    size_t m_mask = 0;
};

const FunctionWords &functionWords()
{
    static const FunctionWords words;
    return words;
}

// The stable order jumps about the list of quotes, so that each quote's fields and words would be waited for in
// turn: they are asked for a few quotes ahead, the words' own list (whose place the vector holds) half as far.
constexpr int Ahead = 16;

void prefetchQuote(const QList<Quote> &quotes, const QList<int> &order, int k)
{
    if (k + Ahead < order.size()) {
        const auto *fields = reinterpret_cast<const char *>(&quotes.at(order.at(k + Ahead)));
        for (size_t line = 0; line < sizeof(Quote); line += 64)
            __builtin_prefetch(fields + line);
    }
}

void prefetchWords(const QList<int> &order, const std::vector<std::vector<KeyedWord>> &words, int k)
{
    if (k + Ahead < order.size())
        __builtin_prefetch(&words[size_t(order.at(k + Ahead))]);
    if (k + Ahead / 2 < order.size())
        __builtin_prefetch(words[size_t(order.at(k + Ahead / 2))].data());
}

// The grouper's inputs and the word lists they view: every quote's in one array of each kind, in the stable order,
// so that the grouper reads neighbouring memory and no quote allocates lists of its own.
struct GroupInputs {
    QList<GroupInput> inputs;
    std::vector<int> words;
    std::vector<int> content;
};

// What the grouper takes from the articles (speaker or source, place in the text): the inputs without their words.
GroupInputs groupInputs(const Corpus &corpus, const QList<Quote> &quotes, const QList<int> &order)
{
    QHash<QString, int> speakerIds;
    QHash<QString, int> sourceIds;
    GroupInputs all;
    QList<GroupInput> &inputs = all.inputs;
    inputs.resize(order.size());
    for (int k = 0; k < order.size(); ++k) {
        prefetchQuote(quotes, order, k);
        const Quote &q = quotes.at(order.at(k));
        GroupInput &in = inputs[k];
        if (!q.speaker.isEmpty()) {
            auto it = speakerIds.constFind(q.speaker);
            if (it == speakerIds.cend())
                it = speakerIds.insert(q.speaker, int(speakerIds.size()));
            in.speaker = it.value();
        } else if (const QString source = uncreditedSource(corpus, q, k > 0 ? &quotes.at(order.at(k - 1)) : nullptr);
                   !source.isEmpty()) {
            auto it = sourceIds.constFind(source);
            if (it == sourceIds.cend())
                it = sourceIds.insert(source, int(sourceIds.size()));
            in.source = it.value();
        }
        in.fragment = q.kind != QuoteKind::Direct;
        in.term = q.kind == QuoteKind::Term;
        in.sentence = sentenceOf(corpus, q);
        if (q.article >= 0 && q.cueSpan.length() > 0)
            in.cue = (qint64(q.article) << 32) | qint64(q.cueSpan.end);
        placeInParagraph(corpus, q, in);
        in.answers = answersQuestion(corpus, q, k > 0 ? &quotes.at(order.at(k - 1)) : nullptr);
    }
    return all;
}

// The quotes' words, in the inputs' arrays: after the texts, which they do not need, are gone.
void addWords(GroupInputs &all, const QList<int> &order, const std::vector<std::vector<KeyedWord>> &words)
{
    QList<GroupInput> &inputs = all.inputs;
    size_t total = 0;
    for (const std::vector<KeyedWord> &ws : words)
        total += ws.size();
    // Sized once: the views into them stay valid.
    all.words.resize(total);
    all.content.resize(total);
    int *nextWords = all.words.data();
    int *nextContent = all.content.data();
    for (int k = 0; k < order.size(); ++k) {
        prefetchWords(order, words, k);
        GroupInput &in = inputs[k];
        const std::vector<KeyedWord> &ws = words[order.at(k)];
        const FunctionWords &function = functionWords();
        int *contentEnd = nextContent;
        for (size_t i = 0; i < ws.size(); ++i) {
            nextWords[i] = int(ws[i].key & 0x7fffffff);
            if (!function.contains(nextWords[i]))
                *contentEnd++ = nextWords[i];
        }
        std::sort(nextContent, contentEnd);
        contentEnd = std::unique(nextContent, contentEnd);
        in.words = { nextWords, ws.size() };
        in.content = { nextContent, contentEnd };
        nextWords += ws.size();
        nextContent = contentEnd;
        // A one-word term is a label unless someone is credited with it.
        in.groupable = !(in.term && in.words.size() < 2 && in.speaker < 0) && !in.words.empty();
    }
}

// The speaker most renderings credit (ties: the one credited earliest); a conflict when they disagree.
// Speakers are counted in the order of their first rendering, not the hash's, which differs from run to run.
void settleSpeaker(Statement &s, const QList<Quote> &quotes, const QList<int> &members)
{
    QHash<QString, int> slot;
    QList<std::pair<QString, int>> votes; // by first rendering
    for (int i : members) {
        const QString &speaker = quotes.at(i).speaker;
        if (speaker.isEmpty())
            continue;
        const auto it = slot.constFind(speaker);
        if (it == slot.cend()) {
            slot.insert(speaker, int(votes.size()));
            votes.append({ speaker, 1 });
        } else {
            ++votes[it.value()].second;
        }
    }
    int best = 0;
    for (const auto &[speaker, count] : std::as_const(votes)) {
        if (count > best) {
            best = count;
            s.speaker = speaker;
        }
    }
    if (votes.size() < 2)
        return;
    AttributionConflict conflict;
    for (int i : members) {
        if (quotes.at(i).speaker.isEmpty())
            continue;
        conflict.speakers.append(quotes.at(i).speaker);
        conflict.quotes.append(quotes.at(i).id);
    }
    s.conflicts.append(conflict);
}
}

void StatementBuilder::build(const Corpus &corpus, const QStringList &people, QList<Quote> &quotes,
    QList<Statement> &statements, const std::function<void()> &textsRead)
{
    statements.clear();
    canonicaliseSpeakers(people, quotes);
    const QList<int> order = stableOrder(corpus, quotes);
    GroupInputs inputs = groupInputs(corpus, quotes, order);
    // The last read of the texts: the rest compares the quotes. Their words come after, not beside the texts.
    if (textsRead)
        textsRead();
    // Every quote normalised once, in parallel, for grouping and alignment alike.
    std::vector<std::vector<KeyedWord>> words(quotes.size());
    {
        QList<int> all(quotes.size());
        std::iota(all.begin(), all.end(), 0);
        QtConcurrent::blockingMap(all, [&](int i) { words[i] = TextNormalizer::keyedWords(quotes.at(i).text); });
    }
    addWords(inputs, order, words);
    const QList<int> groups = StatementGrouper::group(inputs.inputs);
    inputs = {};

    // Statements numbered by their first rendering in the stable order.
    QHash<int, int> statementOfGroup;
    QList<QList<int>> members;
    for (int k = 0; k < order.size(); ++k) {
        Quote &q = quotes[order.at(k)];
        q.statement.clear();
        if (groups.at(k) < 0)
            continue;
        auto it = statementOfGroup.constFind(groups.at(k));
        if (it == statementOfGroup.cend()) {
            it = statementOfGroup.insert(groups.at(k), int(members.size()));
            members.append(QList<int> {});
        }
        members[it.value()].append(order.at(k));
    }
    statements.resize(members.size());
    for (int s = 0; s < members.size(); ++s) {
        Statement &st = statements[s];
        st.id = QStringLiteral("s") + QString::number(s + 1);
        for (int i : std::as_const(members[s])) {
            Quote &q = quotes[i];
            q.statement = st.id;
            // A label that renders part of someone's statement is a fragment of it.
            if (q.kind == QuoteKind::Term && members.at(s).size() > 1)
                q.kind = QuoteKind::Fragment;
            st.quotes.append(q.id);
        }
        settleSpeaker(st, quotes, members.at(s));
    }

    QList<int> indices(statements.size());
    std::iota(indices.begin(), indices.end(), 0);
    QtConcurrent::blockingMap(indices, [&](int s) {
        Statement &st = statements[s];
        QList<Aligner::Rendering> renderings;
        renderings.reserve(members.at(s).size());
        for (int i : members.at(s))
            renderings.append({ quotes.at(i).text, std::move(words[i]) });
        const int reference = Aligner::fullest(renderings);
        st.reference = st.quotes.at(reference);
        Aligner::Result aligned = Aligner::align(renderings, reference);
        st.alignment = std::move(aligned.columns);
        st.similarity = std::move(aligned.similarity);
    });
}

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/eventlabeler.h"

#include "events/eventcategorizer.h"
#include "events/lexicon.h"
#include "events/timexvalue.h"
#include "language/characters.h"
#include "language/languagedata.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace
{
// The timeline's lane elides a longer label: a label drops its least telling part (a place, then modifiers) first.
constexpr qsizetype LabelBudget = 28;

// Words between a subject and its verb that tell nothing of what happened: "will", "are expected to", "due to".
bool auxiliary(const QString &word)
{
    static const QSet<QString> words = [] {
        const QStringList list = LanguageData::list(QStringLiteral("events/label-auxiliaries")).words();
        return QSet<QString>(list.begin(), list.end());
    }();
    return words.contains(word);
}

// The noun a label names a happening by, with its preposition: "visit to" for "visit", "capture of" for
// "capturing"; empty for other words.
struct EventNoun {
    QString noun;
    QString preposition;
};

EventNoun eventNoun(const QString &word)
{
    static const QHash<QString, EventNoun> nouns = [] {
        QHash<QString, EventNoun> out;
        for (const QString &line : LanguageData::list(QStringLiteral("events/event-nouns")).words()) {
            const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.size() == 3)
                out.insert(parts.at(0), EventNoun { parts.at(1), parts.at(2) });
        }
        return out;
    }();
    return nouns.value(word);
}

// A word without the punctuation around it, in lower case: "efforts," is "efforts".
QString plain(QStringView word)
{
    while (!word.isEmpty() && !word.front().isLetterOrNumber())
        word = word.mid(1);
    while (!word.isEmpty() && !word.back().isLetterOrNumber())
        word.chop(1);
    return word.toString().toLower();
}

QString singular(const QString &w)
{
    if (w.endsWith(QLatin1String("es")) && (w.endsWith(QLatin1String("ches")) || w.endsWith(QLatin1String("shes"))))
        return w.chopped(2);
    if (w.endsWith(QLatin1Char('s')) && !w.endsWith(QLatin1String("ss")) && w != QLatin1String("talks"))
        return w.chopped(1);
    return w;
}

// The present tense of a base form, as headlines use it: "fire" -> "fires", "step down" -> "steps down".
QString present(QStringView base)
{
    const qsizetype space = base.indexOf(u' ');
    const QStringView verb = space < 0 ? base : base.left(space);
    const QStringView rest = space < 0 ? QStringView() : base.mid(space);
    QString out = verb.toString();
    if (out == QLatin1String("be"))
        return QStringLiteral("is") + rest.toString();
    const auto vowel = [](QChar c) { return QStringView(u"aeiou").contains(c); };
    if (out.endsWith(QLatin1Char('s')) || out.endsWith(QLatin1String("sh")) || out.endsWith(QLatin1String("ch"))
        || out.endsWith(QLatin1Char('x')) || out.endsWith(QLatin1Char('z')) || out.endsWith(QLatin1Char('o')))
        out += QLatin1String("es");
    else if (out.size() > 1 && out.endsWith(QLatin1Char('y')) && !vowel(out.at(out.size() - 2)))
        out = out.chopped(1) + QLatin1String("ies");
    else
        out += QLatin1Char('s');
    return out + rest.toString();
}

// The happening noun of a kind, for a label that has a place but no name: "meeting in Tarsis".
QString kindNoun(Lexicon::Family kind)
{
    switch (kind) {
    case Lexicon::Meeting:
        return EventLabeler::tr("meeting");
    case Lexicon::Visit:
        return EventLabeler::tr("visit");
    case Lexicon::Conflict:
        return EventLabeler::tr("attack");
    case Lexicon::Uprising:
        return EventLabeler::tr("uprising");
    case Lexicon::Capture:
        return EventLabeler::tr("capture");
    case Lexicon::Agreement:
        return EventLabeler::tr("agreement");
    case Lexicon::Office:
        return EventLabeler::tr("appointment");
    case Lexicon::Ouster:
        return EventLabeler::tr("ouster");
    case Lexicon::Resignation:
        return EventLabeler::tr("resignation");
    case Lexicon::Election:
        return EventLabeler::tr("vote");
    case Lexicon::Speech:
        return EventLabeler::tr("speech");
    case Lexicon::Statement:
        return EventLabeler::tr("statement");
    case Lexicon::Accident:
        return EventLabeler::tr("accident");
    case Lexicon::Disaster:
        return EventLabeler::tr("disaster");
    case Lexicon::Casualty:
        return EventLabeler::tr("deaths");
    case Lexicon::Rescue:
        return EventLabeler::tr("rescue");
    case Lexicon::Halt:
        return EventLabeler::tr("halt");
    case Lexicon::Legal:
        return EventLabeler::tr("legal action");
    case Lexicon::Business:
        return EventLabeler::tr("deal");
    case Lexicon::Founding:
        return EventLabeler::tr("opening");
    case Lexicon::Return:
        return EventLabeler::tr("return");
    case Lexicon::Alert:
        return EventLabeler::tr("distress call");
    case Lexicon::Incident:
        return EventLabeler::tr("protest");
    default:
        return {};
    }
}

// Words separated by white space, without building them.
qsizetype wordCount(QStringView text)
{
    qsizetype count = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool space = c.isSpace();
        count += !space && !inWord ? 1 : 0;
        inWord = !space;
    }
    return count;
}

QString capitalized(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

// The most frequent value, ties to the shorter one, then alphabetical: stable across runs.
QString mostFrequent(const QHash<QString, int> &counts)
{
    QString best;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const bool better = it.value() > bestCount
            || (it.value() == bestCount
                && (it.key().size() < best.size() || (it.key().size() == best.size() && it.key() < best)));
        if (better) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

// text.section(separator, 0, 0) and text.section(separator, -1): the labeler reads every mention of every event,
// and section() makes a string of the separator and splits the whole text each time.
QString firstField(const QString &text, char16_t separator)
{
    const qsizetype at = text.indexOf(QChar(separator));
    return at < 0 ? text : text.left(at);
}

QString lastField(const QString &text, char16_t separator)
{
    return text.mid(text.lastIndexOf(QChar(separator)) + 1);
}

// text.split(QRegularExpression("[\\s,]+"), Qt::SkipEmptyParts) without the expression: its \s is ASCII white space.
QStringList triggerWords(const QString &text)
{
    const auto separates = [](QChar c) {
        const char16_t u = c.unicode();
        return u == u',' || u == u' ' || (u >= u'\t' && u <= u'\r');
    };
    QStringList out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && !separates(text.at(i));
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            out.append(text.mid(start, i - start));
            start = -1;
        }
    }
    return out;
}

// The short form of a place as the label uses it: "DMZ" for "Demilitarized Zone (DMZ)", "Belmar" for
// "Belmar, Keldoria"; the most frequent short form across mentions wins.
QString shortPlace(const QString &place)
{
    const qsizetype paren = place.indexOf(QLatin1Char('('));
    if (paren > 0 && place.endsWith(QLatin1Char(')')))
        return place.mid(paren + 1).chopped(1).trimmed();
    return firstField(place, u',').trimmed();
}

QStringList mergedParticipants(const QList<EventMention> &mentions)
{
    // One entry per person, in the longest form any mention gives; most mentioned first.
    QStringList names;
    QList<int> counts;
    for (const EventMention &m : mentions) {
        for (const QString &p : m.participants) {
            qsizetype i = 0;
            while (i < names.size() && !MentionFeatures::samePerson(names.at(i), p))
                ++i;
            if (i == names.size()) {
                names.append(p);
                counts.append(1);
            } else {
                ++counts[i];
                if (p.size() > names.at(i).size())
                    names[i] = p;
            }
        }
    }
    QList<int> order(names.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&counts](int a, int b) { return counts.at(a) > counts.at(b); });
    QStringList out;
    for (int i : std::as_const(order))
        out.append(names.at(i));
    return out;
}

// The full form of `name` among the event's participants ("Tomas Rendell" for "Rendell").
QString fullName(const QString &name, const QStringList &participants)
{
    for (const QString &p : participants) {
        if (MentionFeatures::samePerson(p, name))
            return p.size() > name.size() ? p : name;
    }
    return name;
}

// A person's name as a headline gives it: the surname, without the offices before it, "Vogel" of "Keldor Prime
// Minister Ann Vogel" and of "Velt CEO Ann Vogel". An office before the name is what tells a person from a bridge or a
// party, whose last word is no surname; "Charles III" keeps its numeral. The name stays whole when fewer than two
// words follow its last office word, so an office's own name keeps its words ("General Motors", "Prime Minister").
QString bareName(const QString &name)
{
    const QList<QStringView> words = QStringView(name).split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = words.size() - 1; i >= 0; --i) {
        QStringView w = words.at(i);
        if (w.endsWith(u'.'))
            w.chop(1);
        const Lexicon::WordInfo *info = Lexicon::lookup(w.toString().toLower());
        if (!info || !info->has(Lexicon::Title))
            continue;
        if (words.size() - i - 1 < 2)
            return name;
        const QStringView rest = QStringView(name).mid(words.at(i + 1).data() - name.data());
        if (!rest.at(0).isUpper())
            return name;
        const QStringView surname = words.constLast();
        const bool numeral = std::none_of(surname.begin(), surname.end(), [](QChar c) { return c.isLower(); });
        return numeral ? rest.toString() : surname.toString();
    }
    return name;
}

// The names of a label's subject, one or two joined by "and", each without its offices.
QString bareNames(const QString &names)
{
    const qsizetype and_ = names.indexOf(QLatin1String(" and "));
    if (and_ < 0)
        return bareName(names);
    return bareName(names.left(and_)) + QLatin1String(" and ") + bareName(names.mid(and_ + 5));
}

bool quoted(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), Characters::isDoubleQuote);
}

// Whether the name at `pos` follows a place preposition or "of" ("officials in Tarsis", "the governor of Tarsis",
// "United States of America"): such a name says where or whose, it is not who acted.
bool afterPreposition(QStringView text, qsizetype pos)
{
    QStringView before = text.left(pos).trimmed();
    // "officials in Tarsis, Keldoria": a name in apposition to another is where that one is.
    while (before.endsWith(u',')) {
        before = before.chopped(1).trimmed();
        while (!before.isEmpty()) {
            const qsizetype space = before.lastIndexOf(u' ');
            if (!before.at(space + 1).isUpper())
                break;
            before = space < 0 ? QStringView() : before.left(space).trimmed();
        }
    }
    // "in the frigid Orla River": up to two adjectives between the article and the name
    QStringView bare = before;
    for (int adjectives = 0; adjectives < 2; ++adjectives) {
        const qsizetype gap = bare.lastIndexOf(u' ');
        const QStringView w = bare.mid(gap + 1);
        const Lexicon::WordInfo *info = Lexicon::lookup(w);
        if (gap < 0 || w.isEmpty() || !std::all_of(w.begin(), w.end(), [](QChar c) { return c.isLower(); })
            || (info && (info->has(Lexicon::Stop) || info->has(Lexicon::PlacePreposition))))
            break;
        bare = bare.left(gap).trimmed();
        if (bare.endsWith(u" the", Qt::CaseInsensitive)) {
            // "chancellor of the exchequer Tam Orr": after "of" the word is a noun and the name its apposition
            const QStringView prep = bare.chopped(4).trimmed();
            const Lexicon::WordInfo *p = Lexicon::lookup(prep.mid(prep.lastIndexOf(u' ') + 1));
            if (p && p->has(Lexicon::PlacePreposition))
                before = bare;
            break;
        }
    }
    if (before.endsWith(u"the", Qt::CaseInsensitive))
        before = before.chopped(3).trimmed();
    const qsizetype space = before.lastIndexOf(u' ');
    const QStringView word = before.mid(space + 1);
    const Lexicon::WordInfo *info = Lexicon::lookup(word);
    return info && (info->has(Lexicon::PlacePreposition) || info == Lexicon::w<u"of">());
}

// "Oct. 3 (Agency) -- The bodies …": the name of `size` at `pos` credits the dateline; it says who reports.
bool credit(QStringView text, qsizetype pos, qsizetype size)
{
    if (pos == 0 || text.at(pos - 1) != u'(' || !text.mid(pos + size).startsWith(u')'))
        return false;
    const QStringView after = text.mid(pos + size + 1).trimmed();
    return after.startsWith(u'-') || after.startsWith(u'\u2014') || after.startsWith(u'\u2013');
}

// Whether the name at `pos` follows "from": where one came from ("crossed from Valdoria into Keldoria"), or whom
// something came from, never what the verb acts on.
bool fromName(QStringView text, qsizetype pos)
{
    const QStringView before = text.left(pos).trimmed();
    return before.endsWith(u" from", Qt::CaseInsensitive) || before.compare(u"from", Qt::CaseInsensitive) == 0;
}

// Whether an infinitive stands in `between` (the words from a trigger to a name): "agreed to halt his advance on
// Belmar" agreed to the halt, and the name is of the halt's phrase, not what was agreed ("agreed to Velt's offer" is).
bool throughInfinitive(QStringView between)
{
    const QList<QStringView> words = between.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        if (words.at(i).compare(u"to", Qt::CaseInsensitive) != 0)
            continue;
        const QStringView next = words.at(i + 1);
        const Lexicon::WordInfo *info = Lexicon::lookup(next);
        if (std::all_of(next.begin(), next.end(), [](QChar c) { return c.isLower(); })
            && !(info && info->has(Lexicon::Stop)))
            return true;
    }
    return false;
}

// The noun a verb acts on, when the words right after it are a short common-noun phrase: "supercomputer" of "built a
// supercomputer exclusively designed", "video" of "released a long video attacking"; nothing for "$2 billion".
QString headNoun(QStringView tail)
{
    QString head;
    int run = 0;
    for (QStringView w : tail.split(u' ', Qt::SkipEmptyParts)) {
        const bool ends = !w.back().isLetter();
        while (!w.isEmpty() && !w.back().isLetter())
            w.chop(1);
        const Lexicon::WordInfo *info = Lexicon::lookup(w);
        if (run == 0 && info && info->has(Lexicon::PlacePreposition))
            return {}; // "opened to traffic": no object
        const bool stop = info && info->has(Lexicon::Stop);
        if (run == 0 && stop && !ends)
            continue; // "a", "its"
        const bool common = !w.isEmpty() && !stop
            && std::all_of(w.begin(), w.end(), [](QChar c) { return c.isLower() || c == u'-'; });
        // Adverbs and participles end the phrase: "exclusively designed", "attacking".
        if (!common || w.endsWith(u"ly") || w.endsWith(u"ing") || w.endsWith(u"ed"))
            break;
        head = w.toString();
        if (ends || ++run == 3)
            break;
    }
    return head;
}

// How the clause leads from a verb to the place it names close after it: " into Keldoria" of "crossed the border
// from Valdoria into Keldoria", " Tarsis" of "entered the northern city of Tarsis"; empty when the place stands
// further on or in another phrase, where the label says "in".
QString wayTo(QStringView tail, const QString &place)
{
    const qsizetype at = place.isEmpty() ? -1 : tail.indexOf(place);
    if (at < 0)
        return {};
    const QList<QStringView> words = tail.left(at).split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 6 || std::any_of(words.begin(), words.end(), [](QStringView w) { return !w.back().isLetter(); }))
        return {};
    if (words.isEmpty())
        return u' ' + place;
    const auto info = [&words](qsizetype i) { return Lexicon::lookup(words.at(i).toString().toLower()); };
    const Lexicon::WordInfo *last = info(words.size() - 1);
    // "the northern city of Tarsis" is what was entered when nothing but its modifiers stand before "city".
    if (last == Lexicon::w<u"of">() && words.size() > 1) {
        const Lexicon::WordInfo *noun = info(words.size() - 2);
        const bool head = noun && (noun->has(Lexicon::Geographic) || noun->has(Lexicon::Site));
        const bool modifiers = std::none_of(words.begin(), words.end() - 2, [](QStringView w) {
            const Lexicon::WordInfo *i = Lexicon::lookup(w.toString().toLower());
            return i && (i->has(Lexicon::PlacePreposition) || i->has(Lexicon::ClauseBreak) || i->family);
        });
        return head && modifiers ? u' ' + place : QString();
    }
    if (last && last->has(Lexicon::PlacePreposition))
        return u' ' + words.constLast().toString().toLower() + u' ' + place;
    return {};
}

// "axing of the budget" for the noun `what` and its "of" phrase, "of most of the government's budget on Monday": the
// phrase up to its first preposition or date, from its last "of" on, as many words as the budget holds; empty when
// nothing fits.
QString ofPhraseLabel(const QString &what, const QString &tail)
{
    QStringList phrase;
    const QStringList words = tail.trimmed().mid(3).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        const QString bare = plain(w);
        const Lexicon::WordInfo *info = Lexicon::lookup(bare);
        const bool article = info && (info->has(Lexicon::Demonstrative) || info->count == 1);
        const bool ends = info
            && (info->has(Lexicon::PlacePreposition) || info->has(Lexicon::ClauseBreak) || info->month || info->weekday
                || (info->has(Lexicon::Stop) && info != Lexicon::w<u"of">() && !article));
        if (bare.isEmpty() || w.at(0).isUpper() || phrase.size() == 8 || (ends && !phrase.isEmpty()))
            break;
        if (ends)
            continue; // "of most of the budget": a quantity before the phrase's own "of"
        if (info == Lexicon::w<u"of">()) {
            phrase.clear(); // "most of the budget": the budget
            continue;
        }
        phrase.append(bare);
        if (!w.back().isLetterOrNumber())
            break;
    }
    // "the government's budget": a possessive before the head is the first modifier to go.
    const auto label
        = [&what, &phrase]() -> QString { return what + QLatin1String(" of ") + phrase.join(QLatin1Char(' ')); };
    for (qsizetype i = phrase.size() - 2; i >= 0 && label().size() > LabelBudget; --i) {
        if (phrase.at(i).endsWith(QLatin1String("'s")) || phrase.at(i).endsWith(u"\u2019s"))
            phrase.removeAt(i);
    }
    const Lexicon::WordInfo *head = phrase.isEmpty() ? nullptr : Lexicon::lookup(phrase.constLast());
    if (phrase.isEmpty() || (head && head->has(Lexicon::Dangling)) || label().size() > LabelBudget)
        return {};
    return label();
}

// One mention read for a label: who did what to whom, in the mention's own words.
struct Reading {
    QString subject; // the name before the trigger ("Halvorsen and Oduya" for two joined by "and")
    bool pair = false; // two subjects: the verb takes its base form
    QString object; // the name after it
    QString objectWay; // the words that lead from the verb to its object: "to" of "returned to Velt"
    QString theme; // who the happening is about, when the mention says ("Quell" of "the resignation of Quell")
    bool placeBefore = false; // "the Tarsis summit", "the Asia tour": the place names the happening
    QString tail; // the words after the trigger: "the collapse of a Tarsis bridge" has its place there
    QStringList placed; // names after "in" or "of" ("officials in Tarsis"): where or whose, never who acted
    QString thing; // the noun a verb acts on when it names nobody: "supercomputer" of "built a supercomputer"
    QString
        modifiers; // a reported happening noun's words after its article: "enemy rocket" of "an enemy rocket attack"
    bool passive = false; // "was fired"
    bool byAgent = false; // the object follows "by": "was appointed by the Queen" names who acted
    bool noun = false;
    QString what; // base form of a verb, or the singular of a noun
    QString form; // the words as the mention has them: "fired", "stepped down"
};

// The word a mention names its happening by: the base form of its verb ("step into" of "stepped into"), or the
// singular of its noun; `noun` says which.
QString happeningWord(const QString &primary, bool *noun)
{
    const QString head = lastField(primary, u' ').toLower();
    const Lexicon::WordInfo *info = Lexicon::lookup(head);
    const Lexicon::WordInfo *first = Lexicon::lookup(firstField(primary, u' '));
    const QStringView lemma = Lexicon::lemma(first && first->lemma ? first : info);
    *noun = info && info->has(Lexicon::Noun) && (lemma.isEmpty() || !first || first == info);
    QString what = *noun ? singular(head) : lemma.toString();
    if (what.isEmpty())
        what = primary.toLower();
    else if (!*noun && info && (info->has(Lexicon::PlacePreposition) || info->has(Lexicon::Press))
        && !what.endsWith(head))
        what += u' ' + head; // "stepped into": "step into"; "told reporters": "tell reporters"
    return what;
}

Reading read(const EventMention &m, const MentionFeatures &f)
{
    Reading r;
    const QString primary = firstField(m.trigger, u',').trimmed();
    if (primary.isEmpty())
        return r;
    // A list item ("Belmar 2019" in "past summits (Tarsis 2018, Belmar 2019)") has its trigger outside it.
    const qsizetype found = m.text.indexOf(primary);
    const qsizetype at = found < 0 ? m.text.size() : found;
    r.form = primary.toLower();
    const QString head = lastField(primary, u' ').toLower();
    const Lexicon::WordInfo *info = Lexicon::lookup(head);
    const Lexicon::WordInfo *first = Lexicon::lookup(firstField(primary, u' '));
    r.what = happeningWord(primary, &r.noun);
    // The nearest name before the trigger and the nearest after it.
    qsizetype before = -1;
    qsizetype after = m.text.size();
    QString previous; // the name before the subject
    qsizetype previousEnd = -1;
    for (const QString &p : m.participants) {
        if (p.size() < 2)
            continue; // "U" of "U.S."
        const qsizetype pos = m.text.indexOf(p);
        if (pos < 0)
            continue;
        if (pos + p.size() <= at && (afterPreposition(m.text, pos) || credit(m.text, pos, p.size()))) {
            r.placed.append(p);
            continue;
        }
        if (pos + p.size() <= at && pos > before) {
            if (!r.subject.isEmpty()) {
                previous = r.subject;
                previousEnd = before + r.subject.size();
            }
            before = pos;
            r.subject = p;
        } else if (pos + p.size() <= at && pos + p.size() > previousEnd) {
            previous = p;
            previousEnd = pos + p.size();
        } else if (pos >= at + primary.size() && pos < after && !fromName(m.text, pos)
            && !throughInfinitive(QStringView(m.text).mid(at + primary.size(), pos - at - primary.size()))) {
            after = pos;
            r.object = p;
        }
    }
    // "called off the Orm march": a halt acts on an activity, and a name before its noun says whose; the object is the
    // noun with its name ("released the Arko sedan" is of Arko).
    const bool halt = (info && (info->family & Lexicon::Halt)) || (first && (first->family & Lexicon::Halt));
    if (!r.object.isEmpty() && halt) {
        const QStringView rest = QStringView(m.text).mid(after + r.object.size());
        if (rest.startsWith(u' ')) {
            const QStringView next = rest.mid(1, rest.indexOf(u' ', 1) < 0 ? -1 : rest.indexOf(u' ', 1) - 1);
            const Lexicon::WordInfo *nextInfo = Lexicon::lookup(next);
            const bool common = !next.isEmpty()
                && std::all_of(next.begin(), next.end(), [](QChar c) { return c.isLower(); })
                && !(nextInfo && (nextInfo->has(Lexicon::Stop) || nextInfo->has(Lexicon::PlacePreposition)))
                && !next.endsWith(u"ed") && !next.endsWith(u"ing") && !next.endsWith(u"ly");
            if (common)
                r.object += u' ' + next.toString();
        }
    }
    // The object follows its verb closely ("hired Lind", "invests $2 billion in Velt"); a name further on
    // belongs to another phrase ("released a long report attacking the policies of Tarsis").
    if (!r.object.isEmpty() && wordCount(QStringView(m.text).mid(at + primary.size(), after - at - primary.size())) > 5)
        r.object.clear();
    // A happening noun's own phrase is short and opens on its preposition ("the mutiny by Ortega's guards"); a name
    // after a longer gap belongs to another phrase ("a resignation and bullying claims: Tarsis…").
    if (r.noun && !r.object.isEmpty()) {
        const QList<QStringView> words
            = QStringView(m.text).mid(at + primary.size(), after - at - primary.size()).split(u' ', Qt::SkipEmptyParts);
        const Lexicon::WordInfo *opener
            = words.isEmpty() ? nullptr : Lexicon::lookup(words.constFirst().toString().toLower());
        if (words.size() > 2 || !opener || !opener->has(Lexicon::Dangling))
            r.object.clear();
    }
    if (!r.object.isEmpty()) {
        const QStringView gap = QStringView(m.text).mid(at + primary.size(), after - at - primary.size()).trimmed();
        r.byAgent = gap.startsWith(u"by ") || gap == u"by";
    }
    // "told reporters": the audience is the verb's object already
    if (!r.noun && info && info->has(Lexicon::AudienceWord))
        r.object.clear();
    // "returned to Velt", "returned as chief of Velt": a verb reaches its object through the words between them when
    // those end in a preposition; "fired Vask" has none.
    if (!r.noun && !r.object.isEmpty()) {
        const QStringView gap = QStringView(m.text).mid(at + primary.size(), after - at - primary.size()).trimmed();
        const QList<QStringView> words = gap.split(u' ', Qt::SkipEmptyParts);
        const Lexicon::WordInfo *last
            = words.isEmpty() ? nullptr : Lexicon::lookup(words.constLast().toString().toLower());
        const bool preposition = last
            && (last->has(Lexicon::PlacePreposition) || last == Lexicon::w<u"of">() || last == Lexicon::w<u"with">());
        if (preposition && words.size() <= 3
            && std::all_of(words.begin(), words.end(), [](QStringView w) { return w.back().isLetter(); })
            && !r.what.endsWith(words.constLast()))
            r.objectWay = gap.toString();
    }
    // "the Harlow Bridge that spans the Tarsis River opened": the name a relative clause follows is the subject
    if (!previous.isEmpty() && previousEnd >= 0 && before > previousEnd) {
        static const QRegularExpression relative(QStringLiteral("^[\\s,]*(?:that|which|who)\\b"));
        if (relative.match(QStringView(m.text).mid(previousEnd, before - previousEnd)).hasMatch()) {
            r.subject = previous;
            before = previousEnd - previous.size();
            previous.clear();
        }
    }
    // "Halvorsen and Oduya met"
    if (!previous.isEmpty() && previousEnd >= 0
        && QStringView(m.text).mid(previousEnd, before - previousEnd).trimmed() == u"and") {
        r.subject = previous + QLatin1String(" and ") + r.subject;
        r.pair = true;
    }
    if (!m.place.isEmpty() && m.place.at(0).isUpper()) {
        const QString place = shortPlace(m.place);
        const qsizetype pos = at > 0 ? m.text.lastIndexOf(place, at - 1) : -1;
        r.placeBefore
            = pos >= 0 && QStringView(m.text).mid(pos + place.size(), at - pos - place.size()).trimmed().isEmpty();
    }
    // A happening noun is someone's only when the name stands right before it ("the Harlow Bridge collapse",
    // "Ortega's armed revolt"); a name further back belongs to another clause ("the governor of Tarsis said
    // ... after the collapse").
    bool reported = false;
    if (r.noun && !r.subject.isEmpty() && !r.pair) {
        QStringView gap = QStringView(m.text).mid(before + r.subject.size(), at - before - r.subject.size()).trimmed();
        // "Ortega's", and "Tomas'" for a name ending in s, with either apostrophe
        if (gap.startsWith(u'\'') || gap.startsWith(u'\u2019'))
            gap = gap.mid(gap.mid(1).startsWith(u's') ? 2 : 1).trimmed();
        const QList<QStringView> words = gap.split(u' ', Qt::SkipEmptyParts);
        const bool modifiers = words.size() <= 2 && std::none_of(words.begin(), words.end(), [](QStringView w) {
            const Lexicon::WordInfo *wi = Lexicon::lookup(w.toString().toLower());
            return !w.isEmpty() && (!w.at(0).isLetter() || (wi && wi->has(Lexicon::Stop)));
        });
        if (!modifiers) {
            // "Ortega claimed an enemy rocket attack": who says it happened did not do it.
            reported = std::any_of(words.begin(), words.end(), [](QStringView w) {
                const Lexicon::WordInfo *wi = Lexicon::lookup(w.toString().toLower());
                return wi && (wi->family & Lexicon::Statement);
            });
            r.subject.clear();
        }
    }
    // "claimed an enemy rocket attack": up to two words between an article and the noun tell what happening it was,
    // when the name before them only reported it.
    if (reported && found >= 0) {
        const QList<QStringView> lead = QStringView(m.text).left(at).split(u' ', Qt::SkipEmptyParts);
        QStringList modifiers;
        for (qsizetype i = lead.size() - 1; i >= 0 && modifiers.size() <= 2; --i) {
            const QStringView w = lead.at(i);
            const Lexicon::WordInfo *wi = Lexicon::lookup(w.toString().toLower());
            if (wi && (wi->has(Lexicon::Demonstrative) || wi->count == 1)) {
                r.modifiers = modifiers.join(QLatin1Char(' '));
                break;
            }
            const bool word = std::all_of(w.begin(), w.end(), [](QChar c) { return c.isLetter() || c == u'-'; });
            if (!word || (wi && (wi->has(Lexicon::Stop) || wi->has(Lexicon::PlacePreposition))))
                break;
            modifiers.prepend(w.toString());
        }
    }
    static const QRegularExpression passiveAux(
        QStringLiteral("\\b(?:was|were|been|being|is|are|be)\\s+(?:\\w+ly\\s+)?$"));
    r.passive = !r.noun && m.text.left(at).contains(passiveAux);
    r.theme = f.theme.isEmpty() ? QString() : m.theme; // the features drop a theme that does not stand
    // A list item ("Belmar 2019") is all the happening's own phrase.
    r.tail = found < 0 ? m.text : m.text.mid(at + primary.size());
    if (!r.noun && !r.passive && r.object.isEmpty() && found >= 0)
        r.thing = headNoun(r.tail);
    return r;
}

// The label the mention's reading gives, empty when it names nobody and nothing.
// With `fullNames`, a name is given in the longest form the event's mentions have ("Ann Vogel" for "Vogel").
QString labelOf(
    const Reading &r, const QString &place, const QStringList &participants, Lexicon::Family kind, bool fullNames)
{
    const auto longest
        = [&participants, fullNames](const QString &name) { return fullNames ? fullName(name, participants) : name; };
    const QString object = r.object.isEmpty() ? QString() : bareNames(longest(r.object));
    // "…, which exited the union in 2020": who did it stands outside the mention's words
    const auto placed = [&r](const QString &name) {
        return std::any_of(r.placed.begin(), r.placed.end(),
            [&name](const QString &q) { return MentionFeatures::samePerson(name, q); });
    };
    const bool themeActs = !r.noun && !r.passive && !r.theme.isEmpty() && r.theme != r.object && !placed(r.theme);
    const QString subject = !r.subject.isEmpty() ? bareNames(longest(r.subject))
        : themeActs                              ? bareName(longest(r.theme))
                                                 : QString();
    if (r.noun) {
        // "Rendell's ouster", "the Key Bridge collapse", "the Tarsis summit", "Halvorsen's Asia tour"
        if (r.placeBefore && !place.isEmpty()) {
            const QString what = place + QLatin1Char(' ') + r.what;
            return subject.isEmpty() || subject == place ? what : subject + QLatin1String("'s ") + what;
        }
        // A resignation or an ouster is someone's, not that of the country named before it.
        const QString theme = r.theme.isEmpty() ? QString() : bareName(longest(r.theme));
        const qsizetype placeAt = place.isEmpty() ? -1 : r.tail.indexOf(place);
        const bool placeAfter = placeAt >= 0 && wordCount(QStringView(r.tail).left(placeAt)) <= 5;
        // A place named in another clause of the sentence is not where the happening was; a name just after the
        // noun is ("the mutiny by Ortega's guards").
        // "praised Ortega for the capture of the eastern city of Tarsis": the happening is of the name its own "of"
        // phrase gives, not of one from another phrase of the sentence.
        QString ofName;
        if (r.tail.trimmed().startsWith(QLatin1String("of "))) {
            qsizetype best = -1;
            for (const QString &p : participants) {
                const qsizetype pos = r.tail.indexOf(p);
                // "the Russian leadership" names no "Russia": the name is a whole word of the phrase
                const qsizetype end = pos + p.size();
                const bool ownPhrase = pos >= 0 && (end == r.tail.size() || !r.tail.at(end).isLetter())
                    && std::none_of(r.tail.begin(), r.tail.begin() + pos, [](QChar c) { return c.isPunct(); });
                if (ownPhrase && (best < 0 || pos < best)) {
                    best = pos;
                    ofName = p;
                }
            }
        }
        // "the axing of most of the budget": a noun whose own "of" phrase names nobody is not someone else's.
        const bool ownOfPhrase = r.tail.trimmed().startsWith(QLatin1String("of "));
        const QString owner = !theme.isEmpty()      ? theme
            : !subject.isEmpty()                    ? subject
            : placeAfter                            ? place
            : !object.isEmpty()                     ? object
            : !ofName.isEmpty()                     ? bareName(ofName)
            : ownOfPhrase || !r.modifiers.isEmpty() ? QString()
                                                    : bareName(participants.value(0));
        // "the capturing of Tarsis": a gerund reads as its noun, and what its "of" names follows it, "capture of
        // Tarsis"; "the axing of most of the budget", naming nobody, is "axing of the budget".
        const EventNoun named = eventNoun(r.what);
        const QString what = named.noun.isEmpty() ? r.what : named.noun;
        if (owner.isEmpty() && !ownOfPhrase && !r.modifiers.isEmpty())
            return r.modifiers + QLatin1Char(' ') + what;
        if (owner.isEmpty())
            return ownOfPhrase ? ofPhraseLabel(what, r.tail) : QString();
        if (!named.noun.isEmpty() && owner == bareName(ofName))
            return what + QLatin1Char(' ') + named.preposition + QLatin1Char(' ') + owner;
        return owner + QLatin1Char(' ') + what;
    }
    if (r.passive) {
        // "Rendell was fired": the headline's "Rendell fired"; "she was appointed by the Queen" is what the Queen did,
        // "Queen appoints".
        if (subject.isEmpty())
            return r.byAgent && !object.isEmpty() ? object + QLatin1Char(' ') + present(r.what) : QString();
        return subject + QLatin1Char(' ') + r.form;
    }
    const QString verb = r.pair ? r.what : present(r.what);
    // "in Tarsis" when the place is not already one of the names; "steps into Tarsis" after a verb that ends in
    // its own preposition
    const Lexicon::WordInfo *last = Lexicon::lookup(QStringView(r.what).mid(r.what.lastIndexOf(u' ') + 1));
    // A saying verb's object is what is said about: "Vask said Corda agreed …" is "Vask says", not "Vask says Corda".
    const bool saying = kind & (Lexicon::Statement | Lexicon::Speech);
    const QString way = saying ? QString() : wayTo(r.tail, place);
    const QString where = place.isEmpty() || subject.contains(place) || object.contains(place) ? QString()
        : last && last->has(Lexicon::PlacePreposition)                                         ? u' ' + place
        : !way.isEmpty()                                                                       ? way
                         : EventLabeler::tr(" in %1").arg(place);
    // Over the budget, "in Tarsis" goes first. A verb's own way to a place ("steps into Tarsis") and a place its
    // phrase names ("invested $2 billion in Velt") are what was done, and stay.
    const qsizetype placeAt = place.isEmpty() ? -1 : r.tail.indexOf(place);
    const bool ownPlace = placeAt >= 0 && wordCount(QStringView(r.tail).left(placeAt)) <= 4
        && std::none_of(r.tail.begin(), r.tail.begin() + placeAt, [](QChar c) { return c == u',' || c == u';'; });
    const bool looseWhere
        = !where.isEmpty() && !(last && last->has(Lexicon::PlacePreposition)) && way.isEmpty() && !ownPlace;
    const auto withWhere = [&where, looseWhere](const QString &base) -> QString {
        return looseWhere && base.size() + where.size() > LabelBudget ? base : base + where;
    };
    if (!subject.isEmpty() && !object.isEmpty() && subject != object && !saying) {
        const QString acts = subject + QLatin1Char(' ') + verb;
        const QString told
            = acts + QLatin1Char(' ') + (r.objectWay.isEmpty() ? QString() : r.objectWay + QLatin1Char(' ')) + object;
        // "calls off the Velt march": the verb's own preposition took the object, so a place would follow bare
        const QString full = last && last->has(Lexicon::PlacePreposition) ? told : withWhere(told);
        // "returns as chief executive of Velt": an object reached through a phrase of its own goes next; one after a
        // bare preposition ("invests in Velt") is what was done, and stays.
        return full.size() > LabelBudget && r.objectWay.contains(QLatin1Char(' ')) ? withWhere(acts) : full;
    }
    // "Velt builds supercomputer", not "Velt builds": a company's act is told by what it acted on.
    const bool act = kind & (Lexicon::Business | Lexicon::Founding);
    if (!subject.isEmpty() && act && !r.thing.isEmpty())
        return withWhere(subject + QLatin1Char(' ') + verb + QLatin1Char(' ') + r.thing);
    if (!subject.isEmpty())
        return withWhere(subject + QLatin1Char(' ') + verb);
    // "who took office in June": the person the sentence is about, not a place it names ("officials in Tarsis"). A
    // collapse, a rescue or a halt befalls places and people; a name from around the clause did not do it.
    constexpr quint32 befalls
        = Lexicon::Accident | Lexicon::Disaster | Lexicon::Casualty | Lexicon::Rescue | Lexicon::Alert | Lexicon::Halt;
    const auto notPlaced
        = std::find_if(participants.begin(), participants.end(), [&placed](const QString &p) { return !placed(p); });
    const QString who = notPlaced == participants.end() || (kind & befalls) ? QString() : bareName(*notPlaced);
    if (object.isEmpty() && !who.isEmpty())
        return withWhere(who + QLatin1Char(' ') + present(r.what));
    // "the board fired Haddad" with no named subject: the headline's "Haddad fired", not "Haddad fires"
    // (nor is "outlets reported that Wagner…" a "Wagner reported").
    // "met Vask" with no named subject: a meeting is with someone, "Vask met" would have him meet another
    if (!object.isEmpty() && kind == Lexicon::Meeting)
        return EventLabeler::tr("meeting with %1").arg(object) + where;
    if (!object.isEmpty() && !saying)
        return withWhere(object + QLatin1Char(' ') + (r.form.endsWith(QLatin1Char('s')) ? present(r.what) : r.form));
    if (!place.isEmpty() && !kindNoun(kind).isEmpty())
        return kindNoun(kind) + where;
    return {};
}

// A headline of a clause whose verb follows an auxiliary, without it: "nominations will end" is "Nominations end",
// "efforts are expected to continue" "Efforts continue", "efforts … were temporarily called off" "Efforts called
// off", and "who was due to visit a plant" "Visit to a plant". A clause too long for a label is read from its own
// part that holds the trigger. Empty for other clauses.
QString headline(QStringList words, const QStringList &trigger)
{
    const auto info = [&words](qsizetype i) { return Lexicon::lookup(plain(words.at(i))); };
    const auto is = [&info](qsizetype i, Lexicon::Flag flag) { return info(i) && info(i)->has(flag); };
    qsizetype t = 0;
    while (!trigger.isEmpty() && t < words.size() && plain(words.at(t)) != trigger.constFirst().toLower())
        ++t;
    if (t == words.size())
        return {};
    if (t >= 7) {
        qsizetype from = t;
        while (from > 0 && !words.at(from - 1).endsWith(QLatin1Char(',')) && !is(from - 1, Lexicon::ClauseBreak))
            --from;
        words = words.mid(from);
        t -= from;
    }
    bool led = false; // "who had been due to visit": the clause opens on its verb
    while (!words.isEmpty() && t > 0
        && (auxiliary(plain(words.constFirst())) || is(0, Lexicon::Stop) || is(0, Lexicon::ClauseBreak))) {
        led |= auxiliary(plain(words.constFirst()));
        words.removeFirst();
        --t;
    }
    if (words.isEmpty())
        return {};
    if (led) {
        const EventNoun named = eventNoun(plain(words.constFirst()));
        if (named.noun.isEmpty())
            return {};
        // Its object up to the next phrase or clause: "a defence technology company", not "and do a clip".
        QStringList object;
        for (qsizetype i = 1; i < words.size() && object.size() < 5; ++i) {
            const Lexicon::WordInfo *w = info(i);
            const bool article = w && (w->has(Lexicon::Demonstrative) || w->count == 1);
            if (w && !article && (w->has(Lexicon::Stop) || w->has(Lexicon::PlacePreposition) || w->weekday || w->month))
                break;
            object.append(words.at(i));
            if (!words.at(i).back().isLetterOrNumber())
                break;
        }
        for (QString &w : object)
            w = plain(w);
        const auto label = [&named, &object]() -> QString {
            return named.noun + QLatin1Char(' ') + named.preposition + QLatin1Char(' ') + object.join(QLatin1Char(' '));
        };
        // Over the budget, the modifiers nearest the head go first: "a defence company".
        while (label().size() > LabelBudget && object.size() > 2)
            object.removeAt(object.size() - 2);
        return object.isEmpty() ? QString() : label();
    }
    // The subject, then the auxiliaries and adverbs before the verb.
    qsizetype aux = 0;
    while (aux < words.size() && aux < 8 && !auxiliary(plain(words.at(aux))) && words.at(aux).back().isLetter())
        ++aux;
    if (aux == 0 || aux == words.size() || aux >= 8 || !auxiliary(plain(words.at(aux))))
        return {};
    // The trigger is the verb or a noun of the subject ("nominations will end"); a verb before the auxiliary
    // ("parties agreed to the truce") makes the clause no subject and verb.
    const Lexicon::WordInfo *triggerInfo = t < words.size() ? info(t) : nullptr;
    if (t < aux && triggerInfo && triggerInfo->lemma && !triggerInfo->has(Lexicon::Noun))
        return {};
    qsizetype verb = aux;
    bool future = false; // "should be held": not done yet, so no participle tells it
    while (verb < words.size()
        && (auxiliary(plain(words.at(verb))) || (verb > aux && words.at(verb).endsWith(QLatin1String("ly"))))) {
        future |= is(verb, Lexicon::Modal) || (info(verb) && info(verb)->tense == Lexicon::Tense::Future);
        ++verb;
    }
    if (verb == words.size() || is(verb, Lexicon::Dangling)
        || !std::all_of(
            words.at(verb).begin(), words.at(verb).end(), [](QChar c) { return c.isLower() || !c.isLetterOrNumber(); }))
        return {};
    // "were called off", "has ended": a participle stays as headlines have it; "will end" takes the subject's number.
    const Lexicon::WordInfo *verbInfo = info(verb);
    const bool participle = words.at(verb).endsWith(QLatin1String("ed")) || words.at(verb).endsWith(QLatin1String("en"))
        || (verbInfo && verbInfo->tense == Lexicon::Tense::Past);
    if (participle && future)
        return {};
    QString what = plain(words.at(verb));
    // "called off": a verb of several words is the trigger's whole
    qsizetype end = verb + 1;
    if (verb == t && trigger.size() > 1) {
        what = trigger.join(QLatin1Char(' ')).toLower();
        end = verb + trigger.size();
    }
    QStringList subject = words.mid(0, aux);
    for (QString &w : subject)
        w = plain(w);
    // The subject's head ends before its own phrases: "nominations for the leadership", "efforts in the city".
    qsizetype head = 1;
    while (head < subject.size()) {
        const Lexicon::WordInfo *w = Lexicon::lookup(subject.at(head));
        if (w && (w->has(Lexicon::PlacePreposition) || (w->has(Lexicon::Stop) && !w->has(Lexicon::Demonstrative))))
            break;
        ++head;
    }
    const QString &noun = subject.at(head - 1);
    const bool plural = noun.endsWith(QLatin1Char('s')) && !noun.endsWith(QLatin1String("ss"));
    const QString verbForm = participle || plural ? what : present(what);
    // Over the budget, the subject's own phrases go: "efforts in the city's collapse" is "efforts".
    if (subject.join(QLatin1Char(' ')).size() + verbForm.size() + 1 > LabelBudget)
        subject = subject.mid(0, head);
    QString label = subject.join(QLatin1Char(' ')) + QLatin1Char(' ') + verbForm;
    // What the verb acts on, whole and when it fits: "Council approves the budget", not "Council approves the".
    QStringList object;
    for (qsizetype i = end; i < words.size() && i < end + 5 && words.at(end - 1).back().isLetter(); ++i) {
        if (is(i, Lexicon::ClauseBreak) || (info(i) && (info(i)->weekday || info(i)->month)))
            break;
        object.append(plain(words.at(i)));
        if (!words.at(i).back().isLetterOrNumber())
            break;
    }
    const Lexicon::WordInfo *objectEnd = object.isEmpty() ? nullptr : Lexicon::lookup(object.constLast());
    QString withObject = label + QLatin1Char(' ') + object.join(QLatin1Char(' '));
    if (object.isEmpty() || (objectEnd && objectEnd->has(Lexicon::Dangling)) || withObject.size() > LabelBudget)
        return label;
    return withObject;
}

// A clause too long for the lane, "council approved the plan to merge two districts", as a headline in the present
// tense with its object only when it fits: "Council approves the plan", "Council approves". Only a short common-noun
// subject right before the trigger's verb makes one; empty for other clauses.
QString pastHeadline(const QStringList &words, const QStringList &trigger)
{
    if (trigger.isEmpty())
        return {};
    qsizetype t = 1;
    while (t < words.size() && t <= 3 && plain(words.at(t)) != trigger.constFirst().toLower())
        ++t;
    if (t >= words.size() || t > 3)
        return {};
    const Lexicon::WordInfo *verb = Lexicon::lookup(plain(words.at(t)));
    const QStringView lemma = Lexicon::lemma(verb);
    // "outlets reported that Velt closed": what a saying verb says is the news, and stays whole.
    if (!verb || verb->has(Lexicon::Noun) || (verb->family & Lexicon::Statement) || lemma.isEmpty()
        || plain(words.at(t)) == lemma)
        return {};
    QStringList subject;
    for (qsizetype i = 0; i < t; ++i) {
        const QString w = plain(words.at(i));
        const Lexicon::WordInfo *info = Lexicon::lookup(w);
        if (w != words.at(i).toLower() || (info && (info->has(Lexicon::Stop) || info->has(Lexicon::PlacePreposition))))
            return {};
        subject.append(w);
    }
    const QString &noun = subject.constLast();
    const bool plural = noun.endsWith(QLatin1Char('s')) && !noun.endsWith(QLatin1String("ss"));
    QString label = subject.join(QLatin1Char(' ')) + QLatin1Char(' ') + (plural ? lemma.toString() : present(lemma));
    // The object a phrase at a time while it fits: "to shifts" of "to shifts for all", never "to remote" of "to remote
    // work"; without its articles, as headlines have it.
    const auto closes = [](const QString &w) {
        const Lexicon::WordInfo *info = Lexicon::lookup(plain(w));
        return info && (info->has(Lexicon::Dangling) || info->has(Lexicon::Stop) || info->count == 1);
    };
    QString withObject = label;
    for (qsizetype i = t + 1; i < words.size(); ++i) {
        const Lexicon::WordInfo *info = Lexicon::lookup(plain(words.at(i)));
        if (info && (info->count == 1 || info == Lexicon::w<u"the">()))
            continue;
        withObject += QLatin1Char(' ') + plain(words.at(i));
        if (withObject.size() > LabelBudget)
            break;
        if (!closes(words.at(i)) && (i + 1 == words.size() || closes(words.at(i + 1))))
            label = withObject;
    }
    return label;
}

// Words of the mention's own clause, without its date, for a happening that names nobody.
QString clauseWords(const EventMention &m)
{
    QString text = m.text;
    if (!m.timex.text.isEmpty()) {
        // "collapsed on Tuesday" is "collapsed": the preposition goes with its date.
        static const QRegularExpression preposition(
            QStringLiteral("\\b(?:on|by|at|in|until|from|since)\\s+$"), QRegularExpression::CaseInsensitiveOption);
        const qsizetype at = text.indexOf(m.timex.text);
        if (at >= 0) {
            const QRegularExpressionMatch before = preposition.match(text.left(at));
            qsizetype from = before.hasMatch() ? before.capturedStart() : at;
            qsizetype to = at + m.timex.text.size();
            // "approved late in the evening on Friday", "on Tuesday morning": the time of day goes with its date.
            const auto partOfDay = [](QStringView w) {
                const Lexicon::WordInfo *info = Lexicon::lookup(w);
                return info && (info->part || info->unit == Lexicon::Unit::PartOfDay);
            };
            // The word starting after white space at `i`, and where it ends.
            const auto wordAfter = [&text](qsizetype i) {
                while (i < text.size() && text.at(i).isSpace())
                    ++i;
                qsizetype end = i;
                while (end < text.size() && text.at(end).isLetter())
                    ++end;
                return std::pair<QStringView, qsizetype>(QStringView(text).mid(i, end - i), end);
            };
            while (true) {
                const auto [word, end] = wordAfter(to);
                if (word.isEmpty() || !partOfDay(word))
                    break;
                to = end;
            }
            bool timeOfDay = false;
            while (from > 0) {
                const QStringView left = QStringView(text).left(from).trimmed();
                const qsizetype space = left.lastIndexOf(u' ');
                const QStringView word = left.mid(space + 1);
                const Lexicon::WordInfo *info = Lexicon::lookup(word);
                const bool part = partOfDay(word);
                const bool linking
                    = timeOfDay && info && (info->has(Lexicon::Stop) || info->has(Lexicon::PlacePreposition));
                if (!part && !linking)
                    break;
                timeOfDay |= part;
                from = space + 1;
            }
            text.remove(from, to - from);
        }
    }
    // "June 3 (Agency) -- The bodies …": the dateline and its credit are no words of the clause.
    static const QRegularExpression dateline(
        QStringLiteral("^[^()]{0,40}\\([^()]{1,30}\\)\\s*(?:--|[\u2014\u2013-])\\s*"));
    text.remove(dateline);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression edge(QStringLiteral("^[\\s,;:.\u2014\u2013-]+|[\\s,;:.\u2014\u2013-]+$"));
    QStringList words = text.remove(edge).split(space, Qt::SkipEmptyParts);
    const auto isStop = [](const QString &w) {
        const Lexicon::WordInfo *info = Lexicon::lookup(w.toLower());
        return info && info->has(Lexicon::Stop);
    };
    while (!words.isEmpty() && isStop(words.constFirst()))
        words.removeFirst();
    // "agreed to to the": a word the source doubled by mistake
    words.erase(std::unique(words.begin(), words.end(),
                    [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) == 0; }),
        words.end());
    // "Two leaders met several times between …" is told by "Two leaders met": a vague count after the happening
    // word, and what follows it, only say how often.
    const QStringList trigger = firstField(m.trigger, u',').split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 1; !trigger.isEmpty() && i + trigger.size() < words.size(); ++i) {
        if (QString(words.at(i)).remove(edge).compare(trigger.constFirst(), Qt::CaseInsensitive) != 0)
            continue;
        const Lexicon::WordInfo *next = Lexicon::lookup(QString(words.at(i + trigger.size())).remove(edge).toLower());
        if (next && (next->has(Lexicon::Vague) || next->count > 1))
            words = words.mid(0, i + trigger.size());
        break;
    }
    if (QString head = headline(words, trigger); !head.isEmpty())
        return head;
    // "agreed to a pause in pursuing strikes": a gerund after a preposition (not after "the": "the missing divers")
    // opens a phrase of its own, which a label cut at seven words would end mid-way; the label ends before it.
    for (qsizetype i = 1; i < std::min<qsizetype>(words.size(), 7); ++i) {
        const QString &w = words.at(i);
        const Lexicon::WordInfo *before = Lexicon::lookup(words.at(i - 1).toLower());
        const bool gerund = w.size() > 5 && w.endsWith(QLatin1String("ing")) && w.at(0).isLower() && !Lexicon::lookup(w)
            && before
            && (before->has(Lexicon::PlacePreposition) || before == Lexicon::w<u"of">() || before == Lexicon::w<u"by">()
                || before == Lexicon::w<u"for">() || before == Lexicon::w<u"from">());
        if (gerund) {
            words = words.mid(0, i);
            break;
        }
    }
    words = words.mid(0, 7);
    // "The nominations, approved …": a label is a phrase, without the clause's commas.
    for (QString &w : words) {
        if (w.endsWith(QLatin1Char(',')))
            w.chop(1);
    }
    // A phrase, not a cut-off clause: no "to", "of", "and" at its end.
    const auto dangles = [](const QString &w) {
        const Lexicon::WordInfo *info = Lexicon::lookup(w);
        return info && info->has(Lexicon::Dangling);
    };
    // "of the government's": a possessive cut from its noun dangles too.
    const auto possessive = [](const QString &w) {
        return w.size() > 2 && w.endsWith(QLatin1Char('s')) && Characters::isApostrophe(w.at(w.size() - 2));
    };
    while (words.size() > 1 && (dangles(QString(words.constLast()).remove(edge)) || possessive(words.constLast())))
        words.removeLast();
    QString clause = words.join(QLatin1Char(' ')).remove(edge);
    if (clause.size() <= LabelBudget)
        return clause;
    const QString head = pastHeadline(words, trigger);
    return head.isEmpty() ? clause : head;
}
// A mention with a time of its own; a saying dated only by its article's publication (NEWS_REF) has none, though it
// may label the event when the dated mentions name nobody.
bool dates(const EventMention &m)
{
    return m.timex.isResolved() && m.timex.value != TimexValue::NewsRef;
}

// The label most mentions of the event's kind give, read from a mention outside quotes; with `datedOnly`, only
// from mentions that date the event.
QString bestLabel(const Event &event, const QList<MentionFeatures> &features, Lexicon::Family kind,
    const QString &place, bool datedOnly)
{
    // The word each mention of the kind names the happening by, and whether it is a noun.
    QStringList words(event.mentions.size());
    QList<bool> nouns(event.mentions.size(), false);
    for (qsizetype i = 0; i < event.mentions.size(); ++i) {
        const QString primary = firstField(event.mentions.at(i).trigger, u',').trimmed();
        if ((features.at(i).primaryFamilies & kind) && !primary.isEmpty())
            words[i] = happeningWord(primary, &nouns[i]);
    }
    QList<Reading> readings(event.mentions.size());
    // The verb of the mentions that date the event tells what happened ("posted", "hinted"); the many sayings
    // only reported of it mostly "said".
    bool datedWhat = false;
    for (qsizetype i = 0; i < event.mentions.size(); ++i) {
        if (!words.at(i).isEmpty() && (!datedOnly || event.mentions.at(i).timex.isResolved()))
            readings[i] = read(event.mentions.at(i), features.at(i));
        datedWhat |= !readings.at(i).what.isEmpty() && dates(event.mentions.at(i));
    }
    // The happening is what most mentions call it, the dated ones counting double: two dated "march"es of a spell
    // do not outweigh the "rebellion" nine mentions name. An undated verb only reports of it ("said"), and does not
    // vote while dated mentions do.
    QHash<QString, int> whats;
    for (qsizetype i = 0; i < event.mentions.size(); ++i) {
        if (!readings.at(i).what.isEmpty() && (!datedWhat || dates(event.mentions.at(i))))
            whats[readings.at(i).what] += quoted(event.mentions.at(i).text) ? 1 : 2;
        else if (datedWhat && nouns.at(i) && !dates(event.mentions.at(i)))
            ++whats[words.at(i)];
    }
    const QString what = mostFrequent(whats);
    // Any mention that names the happening by that noun may tell whose it was ("the Wagner rebellion"), dated or not.
    for (qsizetype i = 0; i < event.mentions.size(); ++i) {
        if (nouns.at(i) && !what.isEmpty() && words.at(i) == what && readings.at(i).what.isEmpty())
            readings[i] = read(event.mentions.at(i), features.at(i));
    }
    // "B's government lost A, as she resigned": a reading may make a bystander the actor; the person most mentions
    // carry is whom the event is about.
    const auto carriedBy = [&event](const QString &name) {
        return std::count_if(event.mentions.begin(), event.mentions.end(), [&name](const EventMention &m) {
            return MentionFeatures::samePerson(m.theme, name)
                || std::any_of(m.participants.begin(), m.participants.end(),
                    [&name](const QString &p) { return MentionFeatures::samePerson(p, name); });
        });
    };
    QString best;
    int bestScore = -1;
    for (qsizetype i = 0; i < event.mentions.size(); ++i) {
        const Reading &r = readings.at(i);
        if (r.what.isEmpty())
            continue;
        QString candidate = labelOf(r, place, event.participants, kind, true);
        // A fuller name from another mention is worth its words only while the label fits the lane; over the budget
        // the mention's own shorter form ("Vogel") stays.
        if (candidate.size() > LabelBudget) {
            const QString own = labelOf(r, place, event.participants, kind, false);
            if (!own.isEmpty() && own.size() < candidate.size())
                candidate = own;
        }
        if (candidate.isEmpty())
            continue;
        // A label in the mention's own words beats one that falls back on the kind's noun ("meeting in Belmar").
        const bool ownWords = r.noun || !r.subject.isEmpty() || !r.object.isEmpty();
        // A happening its place names ("the Tarsis summit", "the Asia tour") is named as the articles name it.
        const bool named = r.noun && r.placeBefore && !place.isEmpty();
        const QString actor = r.subject.isEmpty() ? r.theme : r.subject;
        const bool leading = !actor.isEmpty() && 2 * carriedBy(actor) > event.mentions.size();
        const int score = (r.what == what ? 4 : 0) + (quoted(event.mentions.at(i).text) ? 0 : 8)
            + (!r.subject.isEmpty() ? 2 : 0) + (!r.object.isEmpty() ? 1 : 0) + (ownWords ? 5 : 0) + (named ? 1 : 0)
            + (leading ? 1 : 0) + (datedOnly && event.mentions.at(i).timex.isResolved() ? 1 : 0);
        if (score > bestScore || (score == bestScore && candidate.size() < best.size())) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}
}

void EventLabeler::label(Event &event, const QString &preferredPlace, const QList<MentionFeatures> &features)
{
    QHash<QString, int> places;
    QHash<QString, int> shortPlaces;
    QHash<QString, int> weapons;
    QString audience;
    QString decreeObject;
    bool plural = false;
    QStringList commonTypes;
    bool firstTypes = true;
    for (qsizetype i = 0; i < event.mentions.size(); ++i) {
        const EventMention &m = event.mentions.at(i);
        const MentionFeatures &f = features.at(i);
        if (!m.place.isEmpty()) {
            ++places[m.place];
            ++shortPlaces[shortPlace(m.place)];
        }
        plural |= f.plural;
        if (!f.types.isEmpty()) {
            if (firstTypes)
                commonTypes = f.types;
            else
                commonTypes.removeIf([&f](const QString &t) { return !f.types.contains(t); });
            firstTypes = false;
        }
        if (!f.weapon.isEmpty())
            ++weapons[f.weapon];
        const QStringList words = triggerWords(m.trigger);
        for (qsizetype k = 0; k < words.size(); ++k) {
            const QString w = words.at(k).toLower();
            const Lexicon::WordInfo *info = Lexicon::lookup(w);
            if (info && info->has(Lexicon::AudienceWord) && !info->has(Lexicon::Press))
                audience = w;
            if (info && info->has(Lexicon::DecreeObject) && k > 0)
                decreeObject = words.at(k - 1).toLower() + QLatin1Char(' ') + w;
        }
    }
    event.place = preferredPlace.isEmpty() ? mostFrequent(places) : preferredPlace;
    event.participants = mergedParticipants(event.mentions);
    QString place = preferredPlace.isEmpty() ? mostFrequent(shortPlaces) : shortPlace(preferredPlace);
    // "Port" cut from "the Port of Tarsis": a common noun alone names no place a label can give.
    const bool oneName = !place.isEmpty() && place.at(0).isUpper() && !place.contains(QLatin1Char(' '));
    if (const Lexicon::WordInfo *info = oneName ? Lexicon::lookup(place.toLower()) : nullptr;
        info && (info->flags & (Lexicon::Site | Lexicon::Geographic)))
        place.clear();
    const bool descriptive = !place.isEmpty() && !place.at(0).isUpper();
    const Lexicon::Family kind = EventCategorizer::dominantKind(features);

    if (kind == Lexicon::WeaponTest) {
        QString weapon = weapons.isEmpty() ? EventLabeler::tr("weapon") : mostFrequent(weapons);
        // Without a place, the type the mentions agree on tells this test from others ("hypersonic missile")
        if (place.isEmpty() && !commonTypes.isEmpty())
            weapon = commonTypes.join(QLatin1Char(' ')) + QLatin1Char(' ') + weapon;
        const QString what
            = plural ? EventLabeler::tr("%1 tests").arg(weapon) : EventLabeler::tr("%1 test").arg(weapon);
        event.label = capitalized(place.isEmpty()
                ? what
                : what + QLatin1Char(' ') + (descriptive ? place : EventLabeler::tr("in %1").arg(place)));
        return;
    }
    if (kind == Lexicon::Speech && !audience.isEmpty()) {
        event.label = capitalized(EventLabeler::tr("speech to the %1").arg(audience));
        return;
    }
    if (kind == Lexicon::Decree && !decreeObject.isEmpty()) {
        event.label = capitalized(EventLabeler::tr("%1 declared").arg(decreeObject));
        return;
    }

    // Mentions that date the event tell of it; those that only name it ("his trip") may mean another, so they
    // label it only when no dated one names anybody or anything.
    const bool anyDated = std::any_of(
        event.mentions.begin(), event.mentions.end(), [](const EventMention &m) { return m.timex.isResolved(); });
    QString best = bestLabel(event, features, kind, descriptive ? QString() : place, anyDated);
    if (best.isEmpty() && anyDated)
        best = bestLabel(event, features, kind, descriptive ? QString() : place, false);
    if (best.isEmpty()) {
        // Nobody and nowhere named: the words of the clause that tells of it.
        for (qsizetype i = 0; i < event.mentions.size() && best.isEmpty(); ++i) {
            if (!quoted(event.mentions.at(i).text) || i == event.mentions.size() - 1)
                best = clauseWords(event.mentions.at(i));
        }
    }
    event.label = capitalized(best);
}

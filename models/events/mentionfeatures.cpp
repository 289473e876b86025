// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/mentionfeatures.h"

#include "events/lexicon.h"
#include "language/characters.h"
#include "language/languagedata.h"

#include <QHash>
#include <QStringView>
#include <QVarLengthArray>

#include <algorithm>

namespace
{
// Letters, digits, hyphens and apostrophes make words; everything else separates them. On the stack: the merger
// reads every mention, and compares names, with these.
using Words = QVarLengthArray<QStringView, 16>;

Words words(QStringView text)
{
    Words out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size()
            && (text.at(i).isLetterOrNumber() || Characters::isHyphen(text.at(i))
                || Characters::isApostrophe(text.at(i)));
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            out.append(text.mid(start, i - start));
            start = -1;
        }
    }
    return out;
}

// QString::toLower(), without its Unicode tables for the ASCII text most names are: a tenth of the time.
QString lowered(QStringView text)
{
    if (text.isEmpty() || std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x80; }))
        return text.toString().toLower();
    QString out(text.size(), Qt::Uninitialized);
    std::transform(text.begin(), text.end(), out.begin(),
        [](QChar c) { return c >= u'A' && c <= u'Z' ? QChar(char16_t(c.unicode() + 32)) : c; });
    return out;
}

// "in the wake of her resignation", "after the collapse": the trigger at `pos` is what the clause reacts to, not
// what it tells of. Up to eight words back, within the clause.
bool reactedTo(QStringView text, qsizetype pos)
{
    const Words before = words(text.left(pos));
    const auto clauseStart = std::find_if(text.rend() - pos, text.rend(),
        [](QChar c) { return c.isPunct() && !Characters::isApostrophe(c) && !Characters::isHyphen(c); });
    const qsizetype clause = text.rend() - clauseStart; // index just after the last punctuation before `pos`
    for (qsizetype i = before.size() - 1; i >= std::max<qsizetype>(0, before.size() - 8); --i) {
        if (before.at(i).data() < text.data() + clause)
            return false;
        const Lexicon::WordInfo *info = Lexicon::lookup(before.at(i));
        if (info && info->has(Lexicon::ReactionCue))
            return true;
    }
    return false;
}

// "updates" tells of what "update" does: a plural happening noun compares as its singular.
QString singularNoun(QString noun)
{
    if (noun.endsWith(QLatin1String("ies")) && noun.size() > 4)
        return noun.chopped(3) + QLatin1Char('y');
    if (noun.endsWith(QLatin1String("ches")) || noun.endsWith(QLatin1String("shes"))
        || noun.endsWith(QLatin1String("sses")) || noun.endsWith(QLatin1String("xes")))
        return noun.chopped(2);
    if (noun.endsWith(QLatin1Char('s')) && !noun.endsWith(QLatin1String("ss")))
        noun.chop(1);
    return noun;
}

// The word naming the act a base form tells of (events/same-acts): "launch" for "release", so that a release and a
// launch compare as one act.
QString act(const QString &lemma)
{
    static const QHash<QString, QString> groups = [] {
        QHash<QString, QString> out;
        for (const QString &line : LanguageData::list(QStringLiteral("events/same-acts")).words()) {
            const QStringList group = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &w : group)
                out.insert(w, group.constFirst());
        }
        return out;
    }();
    return groups.value(lemma, lemma);
}

// The primary phrase of a trigger list ("resignation" of "resignation, departure").
QStringView firstField(QStringView triggers)
{
    const qsizetype comma = triggers.indexOf(u',');
    return comma < 0 ? triggers : triggers.left(comma);
}

bool isTelling(QStringView word)
{
    static const WordTable words = LanguageData::wordSet(QStringLiteral("events/telling-verbs"));
    return words.contains(word);
}

// "Quell's", "Quell'", with either apostrophe: the name owns what follows.
bool possessive(QStringView word)
{
    if (word.endsWith(u's') && word.size() > 2 && Characters::isApostrophe(word.at(word.size() - 2)))
        return true;
    return !word.isEmpty() && Characters::isApostrophe(word.back());
}

QStringView withoutPossessive(QStringView word)
{
    if (word.endsWith(u's') && word.size() > 2 && Characters::isApostrophe(word.at(word.size() - 2)))
        return word.chopped(2);
    return !word.isEmpty() && Characters::isApostrophe(word.back()) ? word.chopped(1) : word;
}

// Whether the mention's theme is who its happening is about. Not so where every time the text names it, it is the
// one told of the happening ("phoned King Orm to inform him of her resignation": "her" is not the king), nor where
// it only owns another noun before a verb that tells of someone else ("from Quell's cabinet, as she resigned").
bool themeStands(const EventMention &mention, const Words &text)
{
    const Words name = words(mention.theme);
    const Words trigger = words(firstField(mention.trigger));
    if (name.isEmpty() || trigger.isEmpty())
        return true;
    const Lexicon::WordInfo *head = Lexicon::lookup(trigger.back());
    const bool noun = head && head->has(Lexicon::Noun);
    qsizetype at = -1; // the trigger's first word in the text
    for (qsizetype i = 0; i < text.size() && at < 0; ++i) {
        if (text.at(i).compare(trigger.front(), Qt::CaseInsensitive) == 0)
            at = i;
    }
    const Lexicon::WordInfo *owner = at > 0 ? Lexicon::lookup(text.at(at - 1)) : nullptr;
    const bool ownedByPronoun = noun && owner && owner->isPersonalPossessive();
    bool found = false;
    for (qsizetype i = 0; i + name.size() <= text.size(); ++i) {
        bool match = true;
        for (qsizetype k = 0; k < name.size() && match; ++k) {
            const QStringView w = k == name.size() - 1 ? withoutPossessive(text.at(i + k)) : text.at(i + k);
            match = w.compare(name.at(k), Qt::CaseInsensitive) == 0;
        }
        if (!match)
            continue;
        found = true;
        qsizetype before = i - 1;
        while (before >= 0) {
            const Lexicon::WordInfo *info = Lexicon::lookup(text.at(before));
            const bool title = info && (info->has(Lexicon::Title) || info == Lexicon::w<u"the">());
            if (!title && !(text.at(before).front().isUpper() && !info))
                break;
            --before;
        }
        const bool told = ownedByPronoun && before >= 0 && isTelling(text.at(before));
        const QStringView last = text.at(i + name.size() - 1);
        const bool ownsOther = !noun && possessive(last) && i + name.size() < text.size()
            && text.at(i + name.size()).compare(trigger.front(), Qt::CaseInsensitive) != 0;
        if (!told && !ownsOther)
            return true;
    }
    return !found;
}

// "North Valdorian territory", "Cuban waters": the land of an adjective in -an before a geographic noun is the
// adjective less its "n", with the compass words before it ("north valdoria", "cuba").
QStringList landsNamed(const Words &text)
{
    QStringList out;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const QStringView w = text.at(i);
        const QStringView next = text.at(i + 1);
        if (w.size() < 4 || !w.front().isUpper() || !w.endsWith(u"an") || next.front().isUpper())
            continue;
        const Lexicon::WordInfo *noun = Lexicon::lookup(next);
        if (!noun || !noun->has(Lexicon::Geographic))
            continue;
        qsizetype first = i;
        while (first > 0 && text.at(first - 1).front().isUpper()) {
            const Lexicon::WordInfo *info = Lexicon::lookup(text.at(first - 1));
            if (!info || !info->has(Lexicon::Direction))
                break;
            --first;
        }
        QString land;
        for (qsizetype k = first; k < i; ++k)
            land += lowered(text.at(k)) + QLatin1Char(' ');
        land += lowered(w.chopped(1));
        if (!out.contains(land))
            out.append(land);
    }
    return out;
}

void addKey(QStringList &keys, QString key)
{
    key = key.trimmed();
    if (key.startsWith(QLatin1String("the ")))
        key = key.mid(4);
    if (!key.isEmpty() && !keys.contains(key))
        keys.append(key);
}

QStringList properKeys(const QString &place)
{
    QStringList keys;
    const QString p = lowered(place);
    addKey(keys, p);
    const qsizetype paren = p.indexOf(QLatin1Char('('));
    if (paren > 0) {
        addKey(keys, p.left(paren));
        addKey(keys, p.mid(paren + 1).remove(QLatin1Char(')')));
    }
    for (const QString &part : p.split(QLatin1Char(','), Qt::SkipEmptyParts))
        addKey(keys, part);
    return keys;
}
}

MentionFeatures MentionFeatures::of(const EventMention &mention)
{
    MentionFeatures f;
    // "fired" and "launched" are weapon tests only with a weapon word in the clause; else their other kinds.
    bool weaponInText = false;
    bool bodyInText = false;
    constexpr quint32 cueFlags
        = Lexicon::BusinessCue | Lexicon::PoliticsCue | Lexicon::MilitaryCue | Lexicon::LegalCue | Lexicon::DisasterCue;
    for (QStringView w : words(mention.text)) {
        // "the government's budget": the owner's word still tells the field.
        if (const Lexicon::WordInfo *owner = Lexicon::lookup(withoutPossessive(w)))
            f.cues |= owner->flags & cueFlags;
        const Lexicon::WordInfo *info = Lexicon::lookup(w);
        if (!info)
            continue;
        f.audience |= info->has(Lexicon::AudienceWord) && !info->has(Lexicon::Press);
        bodyInText |= info->has(Lexicon::BodyWord);
        if (!info->has(Lexicon::WeaponWord))
            continue;
        weaponInText = true;
        // No checkable detail: the weapon the text names still says what was tested.
        if (mention.claim.isEmpty() && f.weapon.isEmpty() && info->has(Lexicon::Noun)) {
            f.weapon = lowered(w);
            if (f.weapon.endsWith(QLatin1Char('s'))) {
                f.plural = true;
                f.weapon.chop(f.weapon.endsWith(QLatin1String("oes")) ? 2 : 1);
            }
        }
    }
    // The trigger list is "primary, other, …": the primary phrase comes before the first comma. A phrase the clause
    // reacts to ("called for a vote in response to her resignation") is not what the clause tells of, when
    // another phrase is.
    const QList<QStringView> phrases = QStringView(mention.trigger).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QVarLengthArray<bool, 4> reacted(phrases.size(), false);
    for (qsizetype p = 0; phrases.size() > 1 && p < phrases.size(); ++p) {
        const qsizetype at = mention.text.indexOf(phrases.at(p).trimmed(), 0, Qt::CaseInsensitive);
        reacted[p] = at > 0 && reactedTo(mention.text, at);
    }
    const bool ownPhrase = std::find(reacted.begin(), reacted.end(), false) != reacted.end();
    qsizetype primary = -1;
    for (qsizetype p = 0; p < phrases.size(); ++p) {
        if (ownPhrase && reacted.at(p))
            continue;
        bool based = false; // the phrase's first word with a family gave its base form
        for (QStringView w : words(phrases.at(p))) {
            const Lexicon::WordInfo *info = Lexicon::lookup(w);
            if (!info)
                continue;
            quint32 family = info->family;
            if (info->has(Lexicon::Ambiguous))
                family = weaponInText ? quint32(Lexicon::WeaponTest) : family & ~quint32(Lexicon::WeaponTest);
            f.families |= family;
            f.plural |= info->has(Lexicon::Plural);
            if (family && !based) {
                based = true;
                const QString base = act(info->lemma ? Lexicon::lemma(info).toString()
                        : info->has(Lexicon::Plural) ? singularNoun(lowered(w))
                                                     : lowered(w));
                if (f.lemma.isEmpty() && (primary < 0 || primary == p))
                    f.lemma = base;
                else if (base != f.lemma && !f.otherLemmas.contains(base))
                    f.otherLemmas.append(base);
            }
            if (primary < 0 || primary == p) {
                primary = p;
                f.primaryFamilies |= family;
                f.remains |= bodyInText && (family & Lexicon::Rescue) && !info->has(Lexicon::Noun);
            }
        }
    }
    if (primary >= 0) {
        const qsizetype at = mention.text.indexOf(phrases.at(primary).trimmed(), 0, Qt::CaseInsensitive);
        for (QStringView w : words(QStringView(mention.text).left(std::max<qsizetype>(at, 0)))) {
            if (const Lexicon::WordInfo *info = Lexicon::lookup(withoutPossessive(w)))
                f.actorCues |= info->flags & cueFlags;
        }
        if (at >= 0) {
            for (QStringView w : words(QStringView(mention.text).mid(at + phrases.at(primary).trimmed().size()))) {
                const Lexicon::WordInfo *info = Lexicon::lookup(w);
                // "called off the march": a noun that is no trigger itself names the kind its past form tells of
                // ("marched").
                if (!(info && info->family) && !w.isEmpty() && w.front().isLower())
                    info = Lexicon::lookup(QString(w.toString() + (w.endsWith(u'e') ? u"d" : u"ed")));
                if (info)
                    f.objectFamilies |= info->family;
            }
        }
    }
    // "ended its search", "the rescue was called off": the end of a search is a turn of the search itself. Not when
    // the clause also tells of remains found, another happening of the search.
    if (f.primaryFamilies & Lexicon::Halt) {
        bool search = false;
        bool remains = false;
        for (QStringView w : words(mention.text)) {
            const Lexicon::WordInfo *info = Lexicon::lookup(w);
            search |= info && info->has(Lexicon::Noun) && (info->family & Lexicon::Rescue);
            remains |= info && info->has(Lexicon::BodyWord);
        }
        if (search && !remains)
            f.families |= Lexicon::Rescue;
    }
    // "spoke by phone": the call is a meeting of two sides, not a speech to an audience.
    if ((f.primaryFamilies & Lexicon::Meeting) && (f.primaryFamilies & Lexicon::Speech)) {
        f.primaryFamilies &= ~quint32(Lexicon::Speech);
        f.families &= ~quint32(Lexicon::Speech);
    }
    if (!mention.place.isEmpty()) {
        f.descriptivePlace = !mention.place.at(0).isUpper();
        if (f.descriptivePlace) {
            for (QStringView w : words(mention.place)) {
                const Lexicon::WordInfo *info = Lexicon::lookup(w);
                if (!info || !info->has(Lexicon::Stop))
                    f.placeKeys.append(QLatin1Char('~') + lowered(w));
            }
        } else {
            f.placeKeys = properKeys(mention.place);
        }
    }
    const Words text = words(mention.text);
    f.lands = landsNamed(text);
    const bool themeStandsUp = themeStands(mention, text);
    for (const QString &p : mention.participants) {
        if (themeStandsUp || p != mention.theme)
            f.people.append(lowered(p));
    }
    if (themeStandsUp)
        f.theme = lowered(mention.theme);
    const Words claim = words(mention.claim);
    for (qsizetype i = 0; i < claim.size(); ++i) {
        const Lexicon::WordInfo *info = Lexicon::lookup(claim.at(i));
        const bool last = i == claim.size() - 1;
        if (last) {
            QString head = lowered(claim.at(i));
            if (head.endsWith(QLatin1Char('s')) && head.size() > 3) {
                f.plural = true;
                head.chop(head.endsWith(QLatin1String("oes")) ? 2 : 1);
            }
            f.weapon = head;
        } else if (info && info->count) {
            f.count = quint8(info->count); // a count word's number, 1 to 12
        } else if (info && info->has(Lexicon::Vague)) {
            f.count = -1;
        } else {
            bool ok = false;
            const int n = claim.at(i).toInt(&ok);
            if (ok)
                f.count = n;
            else
                f.types.append(lowered(claim.at(i)));
        }
    }
    return f;
}

bool MentionFeatures::familiesMeet(quint32 a, quint32 b)
{
    // Saying and speaking are one kind.
    const auto widen = [](quint32 f) {
        if (f & (Lexicon::Speech | Lexicon::Statement))
            f |= Lexicon::Speech | Lexicon::Statement;
        return f;
    };
    return (widen(a) & widen(b)) != 0;
}

MentionFeatures::Agreement MentionFeatures::places(
    const QStringList &a, bool aDescriptive, const QStringList &b, bool bDescriptive)
{
    if (a.isEmpty() || b.isEmpty() || aDescriptive != bDescriptive)
        return Agreement::Unknown;
    for (const QString &k : a) {
        if (b.contains(k))
            return Agreement::Agree;
    }
    return Agreement::Disagree;
}

bool MentionFeatures::samePerson(const QString &a, const QString &b)
{
    const Words wa = words(a);
    const Words wb = words(b);
    const Words &shorter = wa.size() <= wb.size() ? wa : wb;
    const Words &longer = wa.size() <= wb.size() ? wb : wa;
    if (shorter.isEmpty())
        return false;
    for (QStringView w : shorter) {
        if (!std::any_of(
                longer.begin(), longer.end(), [w](QStringView o) { return o.compare(w, Qt::CaseInsensitive) == 0; }))
            return false;
    }
    return true;
}

bool MentionFeatures::sharePerson(const QStringList &a, const QStringList &b)
{
    for (const QString &x : a) {
        for (const QString &y : b) {
            if (samePerson(x, y))
                return true;
        }
    }
    return false;
}

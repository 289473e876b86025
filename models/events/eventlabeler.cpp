// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/eventlabeler.h"

#include "events/lexicon.h"
#include "events/mentionfeatures.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <numeric>

namespace
{
// The family a label speaks of, first among those the mentions share.
constexpr Lexicon::Family priority[]
    = { Lexicon::WeaponTest, Lexicon::Meeting, Lexicon::Visit, Lexicon::Conflict, Lexicon::Agreement, Lexicon::Decree,
          Lexicon::Office, Lexicon::Ouster, Lexicon::Speech, Lexicon::Incident, Lexicon::Statement };

// The happening noun a family's label uses when no mention names one.
QString defaultNoun(Lexicon::Family family)
{
    switch (family) {
    case Lexicon::Meeting:
        return QCoreApplication::translate("EventLabeler", "meeting");
    case Lexicon::Visit:
        return QCoreApplication::translate("EventLabeler", "visit");
    case Lexicon::Conflict:
        return QCoreApplication::translate("EventLabeler", "fighting");
    case Lexicon::Agreement:
        return QCoreApplication::translate("EventLabeler", "agreement");
    case Lexicon::Speech:
        return QCoreApplication::translate("EventLabeler", "speech");
    case Lexicon::Incident:
        return QCoreApplication::translate("EventLabeler", "incident");
    default:
        return QCoreApplication::translate("EventLabeler", "statement");
    }
}

QString singular(const QString &w)
{
    if (w.endsWith(QLatin1String("es")) && (w.endsWith(QLatin1String("ches")) || w.endsWith(QLatin1String("shes"))))
        return w.chopped(2);
    if (w.endsWith(QLatin1Char('s')) && !w.endsWith(QLatin1String("ss")) && w != QLatin1String("talks"))
        return w.chopped(1);
    return w;
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

// The short form of a place as the label uses it: "DMZ" for "Demilitarized Zone (DMZ)", "Hanoi" for
// "Hanoi, Vietnam"; the most frequent short form across mentions wins.
QString shortPlace(const QString &place)
{
    const qsizetype paren = place.indexOf(QLatin1Char('('));
    if (paren > 0 && place.endsWith(QLatin1Char(')')))
        return place.mid(paren + 1).chopped(1).trimmed();
    return place.section(QLatin1Char(','), 0, 0).trimmed();
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
}

void EventLabeler::label(Event &event, const QString &preferredPlace)
{
    QHash<QString, int> places;
    QHash<QString, int> shortPlaces;
    QHash<QString, int> nouns;
    QHash<int, int> families;
    QHash<QString, int> weapons;
    QString audience;
    QString decreeObject;
    bool plural = false;
    QStringList commonTypes;
    bool firstTypes = true;
    for (const EventMention &m : std::as_const(event.mentions)) {
        if (!m.place.isEmpty()) {
            ++places[m.place];
            ++shortPlaces[shortPlace(m.place)];
        }
        const MentionFeatures f = MentionFeatures::of(m);
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
        for (Lexicon::Family fam : priority) {
            if (f.families & fam)
                ++families[fam];
        }
        // Trigger nouns by family, and the objects that complete a trigger phrase.
        static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
        const QStringList words = m.trigger.split(separators, Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString w = words.at(i).toLower();
            const Lexicon::WordInfo *info = Lexicon::lookup(w);
            if (!info)
                continue;
            // Fighting keeps its plural ("exercises", "clashes"); meetings are named in the singular.
            if (info->has(Lexicon::Noun) && info->family)
                ++nouns[QString::number(info->family) + QLatin1Char(':')
                    + (info->family & Lexicon::Conflict ? w : singular(w))];
            if (info->has(Lexicon::AudienceWord))
                audience = w;
            if (info->has(Lexicon::DecreeObject) && i > 0)
                decreeObject = words.at(i - 1).toLower() + QLatin1Char(' ') + w;
        }
    }
    event.place = preferredPlace.isEmpty() ? mostFrequent(places) : preferredPlace;
    event.participants = mergedParticipants(event.mentions);

    Lexicon::Family family = Lexicon::Statement;
    int best = 0;
    for (Lexicon::Family fam : priority) {
        if (families.value(fam) > best) {
            family = fam;
            best = families.value(fam);
        }
    }
    QHash<QString, int> familyNouns;
    const QString prefix = QString::number(family) + QLatin1Char(':');
    for (auto it = nouns.cbegin(); it != nouns.cend(); ++it) {
        if (it.key().startsWith(prefix))
            familyNouns.insert(it.key().mid(prefix.size()), it.value());
    }
    // "summit" says more than "meeting" when outlets are split between them
    QString noun
        = familyNouns.contains(QStringLiteral("summit")) ? QStringLiteral("summit") : mostFrequent(familyNouns);
    if (noun.isEmpty())
        noun = defaultNoun(family);
    const QString place = preferredPlace.isEmpty() ? mostFrequent(shortPlaces) : shortPlace(preferredPlace);
    const bool descriptive = !place.isEmpty() && !place.at(0).isUpper();
    const QString person = event.participants.value(0);

    switch (family) {
    case Lexicon::WeaponTest: {
        QString weapon
            = weapons.isEmpty() ? QCoreApplication::translate("EventLabeler", "weapon") : mostFrequent(weapons);
        // Without a place, the type the mentions agree on tells this test from others ("hypersonic missile")
        if (place.isEmpty() && !commonTypes.isEmpty())
            weapon = commonTypes.join(QLatin1Char(' ')) + QLatin1Char(' ') + weapon;
        const QString what = plural ? QCoreApplication::translate("EventLabeler", "%1 tests").arg(weapon)
                                    : QCoreApplication::translate("EventLabeler", "%1 test").arg(weapon);
        event.label = place.isEmpty() ? what
                                      : what + QLatin1Char(' ')
                + (descriptive ? place : QCoreApplication::translate("EventLabeler", "in %1").arg(place));
        break;
    }
    case Lexicon::Speech:
        event.label
            = audience.isEmpty() ? noun : QCoreApplication::translate("EventLabeler", "speech to the %1").arg(audience);
        break;
    case Lexicon::Decree:
        event.label = QCoreApplication::translate("EventLabeler", "%1 declared")
                          .arg(decreeObject.isEmpty() ? noun : decreeObject);
        break;
    case Lexicon::Office:
        event.label = person.isEmpty() ? QCoreApplication::translate("EventLabeler", "taking office")
                                       : QCoreApplication::translate("EventLabeler", "%1 takes office").arg(person);
        break;
    case Lexicon::Ouster:
        event.label = person.isEmpty() ? QCoreApplication::translate("EventLabeler", "ouster")
                                       : QCoreApplication::translate("EventLabeler", "%1 ousted").arg(person);
        break;
    case Lexicon::Statement:
        event.label = person.isEmpty() ? noun : QCoreApplication::translate("EventLabeler", "%1 statement").arg(person);
        break;
    default:
        event.label = place.isEmpty() ? noun
            : descriptive             ? noun + QLatin1Char(' ') + place
                                      : place + QLatin1Char(' ') + noun;
        break;
    }
    event.label = capitalized(event.label);
}

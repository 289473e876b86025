// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/lexicon.h"

#include "core/logging.h"
#include "language/languagedata.h"
#include "language/wordtable.h"

#include <QHash>

#include <algorithm>
#include <vector>

using namespace Lexicon;

namespace
{
// The plain word lists of models/language/data/events/ and what a word in each is.
struct FlagList {
    const char *name;
    quint32 flags;
};
constexpr FlagList flagLists[] = {
    { "events/audiences", AudienceWord },
    { "events/business-cues", BusinessCue },
    { "events/clause-breaks", ClauseBreak },
    { "events/dangling-words", Dangling },
    { "events/decree-objects", DecreeObject },
    { "events/demonstratives", Demonstrative },
    { "events/directions", Direction },
    { "events/disaster-cues", DisasterCue },
    { "events/geographic-nouns", Geographic },
    { "events/image-words", ImageWord },
    { "events/intent-words", Intent },
    { "events/legal-cues", LegalCue },
    { "events/military-cues", MilitaryCue },
    { "events/modals", Modal },
    { "events/negations", Negation },
    { "events/place-prepositions", PlacePreposition },
    { "events/politics-cues", PoliticsCue },
    { "events/reaction-cues", ReactionCue },
    { "events/press", AudienceWord | Press },
    { "events/pronouns", Pronoun },
    { "events/remains-words", BodyWord },
    { "events/rule-words", 0 },
    { "events/sites", Site },
    { "events/stop-words", Stop },
    { "events/temporal-starters", Temporal },
    { "events/titles", Title },
    { "events/vague-counts", Vague },
    { "events/weapon-modifiers", WeaponWord },
    { "events/weapon-nouns", WeaponWord | Noun },
};

struct Name {
    QStringView name;
    quint32 bits;
};
// The kinds and marks events/triggers names.
constexpr Name familyNames[] = { { u"meeting", Meeting }, { u"visit", Visit }, { u"weapon-test", WeaponTest },
    { u"conflict", Conflict }, { u"agreement", Agreement }, { u"office", Office }, { u"ouster", Ouster },
    { u"decree", Decree }, { u"speech", Speech }, { u"statement", Statement }, { u"incident", Incident },
    { u"resignation", Resignation }, { u"uprising", Uprising }, { u"capture", Capture }, { u"election", Election },
    { u"accident", Accident }, { u"disaster", Disaster }, { u"casualty", Casualty }, { u"rescue", Rescue },
    { u"halt", Halt }, { u"legal", Legal }, { u"business", Business }, { u"founding", Founding }, { u"alert", Alert },
    { u"return", Return } };
constexpr Name markNames[] = { { u"noun", Noun }, { u"plural", Plural }, { u"weak-trigger", WeakTrigger },
    { u"needs-object", NeedsObject }, { u"ambiguous", Ambiguous } };

// The lines of list `name`, each split into its words; a list of another length than `expected` is logged
// and read as empty, so that no word gets the wrong value.
QList<QStringList> linesOf(const QString &name, qsizetype expected)
{
    QList<QStringList> lines;
    for (const QString &line : LanguageData::list(name).words())
        lines.append(line.split(u' ', Qt::SkipEmptyParts));
    if (lines.size() != expected) {
        Logging::get("events")->error("{}: {} lines, expected {}", name.toStdString(), lines.size(), expected);
        lines.clear();
    }
    return lines;
}

class Table
{
public:
    Table();

    const WordInfo *find(QStringView word) const
    {
        const quint32 index = m_index.value(word);
        return index ? &m_infos[index - 1] : nullptr;
    }

    QStringView lemma(quint16 index) const { return index < m_lemmas.size() ? QStringView(m_lemmas[index]) : u""; }

private:
    WordInfo &at(const QString &word);
    // Values by line: line n of list `name` gives its words the value n.
    template<typename Set>
    void byLine(const char *name, qsizetype expected, Set set)
    {
        const QList<QStringList> lines = linesOf(QLatin1String(name), expected);
        for (qsizetype n = 0; n < lines.size(); ++n) {
            for (const QString &w : lines.at(n))
                set(at(w), int(n + 1));
        }
    }
    void readTriggers();

    QHash<QString, qsizetype> m_positions; // while building: word -> index into m_infos
    std::vector<WordInfo> m_infos;
    QStringList m_lemmas { QString() };
    WordTable m_index; // word -> index into m_infos + 1
};

WordInfo &Table::at(const QString &word)
{
    const auto it = m_positions.constFind(word);
    if (it != m_positions.constEnd())
        return m_infos[size_t(*it)];
    m_positions.insert(word, qsizetype(m_infos.size()));
    return m_infos.emplace_back();
}

// One group a line: "KINDS | BASE | FORMS", then "| MARKS"; a form under two bases keeps the first.
void Table::readTriggers()
{
    const QString name = QStringLiteral("events/triggers");
    const auto bitsOf = [&](QStringView names, const auto &table, int line, quint32 &bits) {
        for (QStringView n : names.split(u' ', Qt::SkipEmptyParts)) {
            if (n == u"-")
                continue;
            const auto it
                = std::find_if(std::begin(table), std::end(table), [&](const Name &k) { return k.name == n; });
            if (it == std::end(table)) {
                Logging::get("events")->error(
                    "{}:{}: unknown \"{}\"", name.toStdString(), line, n.toString().toStdString());
                return false;
            }
            bits |= it->bits;
        }
        return true;
    };
    const WordList list = LanguageData::list(name);
    for (const WordList::Entry &e : list.entries()) {
        const QList<QStringView> fields = QStringView(e.text).split(u" | ");
        quint32 family = 0;
        quint32 flags = 0;
        if (fields.size() < 3 || fields.size() > 4 || !bitsOf(fields.at(0), familyNames, e.line, family)
            || (fields.size() == 4 && !bitsOf(fields.at(3), markNames, e.line, flags))) {
            if (fields.size() < 3 || fields.size() > 4)
                Logging::get("events")->error("{}:{}: not KINDS | BASE | FORMS [| MARKS]", name.toStdString(), e.line);
            continue;
        }
        quint16 lemma = 0;
        if (fields.at(1) != u"-") {
            m_lemmas.append(fields.at(1).toString());
            lemma = quint16(m_lemmas.size() - 1);
        }
        for (QStringView form : fields.at(2).split(u' ', Qt::SkipEmptyParts)) {
            WordInfo &info = at(form.toString());
            info.family |= family;
            info.flags |= flags;
            if (!info.lemma)
                info.lemma = lemma;
        }
    }
}

Table::Table()
{
    byLine("dates/months", 12, [](WordInfo &info, int n) { info.month = quint8(n); });
    byLine("dates/weekdays", 7, [](WordInfo &info, int n) { info.weekday = quint8(n); });
    byLine("events/count-words", 12, [](WordInfo &info, int n) { info.count = qint8(n); });
    byLine("events/period-parts", 3, [](WordInfo &info, int n) { info.part = quint8(n); });
    byLine("dates/period-part-nouns", 3, [](WordInfo &info, int n) { info.partNoun = quint8(n); });
    byLine("events/seasons", 4, [](WordInfo &info, int n) { info.season = quint8(n); });
    byLine("events/possessive-determiners", 2, [](WordInfo &info, int n) { info.possessive = quint8(n); });
    byLine("events/time-units", int(Unit::PartOfDay), [](WordInfo &info, int n) { info.unit = Unit(n); });
    byLine("events/date-shifts", int(Rel::Tomorrow), [](WordInfo &info, int n) { info.rel = Rel(n); });
    const std::pair<const char *, Tense> tenses[] = { { "events/past-tense", Tense::Past },
        { "events/present-tense", Tense::Present }, { "events/future-tense", Tense::Future } };
    for (const auto &[name, tense] : tenses) {
        for (const QString &w : LanguageData::list(QLatin1String(name)).words())
            at(w).tense = tense;
    }
    for (const FlagList &list : flagLists) {
        for (const QString &w : LanguageData::list(QLatin1String(list.name)).words())
            at(w).flags |= list.flags;
    }
    readTriggers();

    for (WordInfo &info : m_infos) {
        if (info.month || info.weekday || info.part || info.season || info.count || info.unit != Unit::None
            || info.rel != Rel::None)
            info.flags |= Temporal;
    }
    for (auto it = m_positions.constBegin(); it != m_positions.constEnd(); ++it)
        m_index.insert(it.key(), quint32(*it + 1));
    m_positions.clear();
}

const Table &table()
{
    static const Table t;
    return t;
}
}

const WordInfo *Lexicon::lookup(QStringView word)
{
    // The table folds every mark Characters::isApostrophe() knows to the plain apostrophe as it looks up.
    return table().find(word);
}

QStringView Lexicon::lemma(const WordInfo *word)
{
    if (!word || !word->lemma)
        return {};
    return table().lemma(word->lemma);
}

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/attributionlexicon.h"

#include "language/languagedata.h"

#include <array>

namespace
{
// The data file of each class, in the order of the class bits.
constexpr std::array<const char16_t *, 27> ListNames
    = { u"speech-verbs", u"reporting-verbs", u"titles", u"title-modifiers", u"honorifics", u"organisation-words",
          u"place-words", u"group-nouns", u"function-words", u"verb-fillers", u"person-pronouns", u"person-nouns",
          u"label-cues", u"stop-words", u"female-words", u"male-words", u"female-first-names", u"male-first-names",
          u"name-particles", u"abbreviated-titles", u"time-words", u"speaking-bodies", u"continuing-verbs",
          u"document-nouns", u"document-readers", u"company-nouns", u"speech-nouns" };
}

quint32 AttributionLexicon::wordClasses(QStringView word)
{
    static const WordTable table = [] {
        WordTable t;
        for (size_t i = 0; i < ListNames.size(); ++i) {
            const WordList list = LanguageData::list(u"attribution/" + QStringView(ListNames[i]));
            for (const WordList::Entry &e : list.entries())
                t.insert(e.text, 1u << i);
        }
        return t;
    }();
    return table.value(word);
}

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/structure/icuabbreviations.h"

#include "core/logging.h"

#include <unicode/udata.h>
#include <unicode/ures.h>

#include <algorithm>

const IcuAbbreviations &IcuAbbreviations::instance()
{
    static const IcuAbbreviations abbreviations;
    return abbreviations;
}

bool IcuAbbreviations::mayUndoAfter(QStringView word) const
{
    if (!m_loaded)
        return true;
    if (!mayEndLike(word))
        return false;
    for (qsizetype k = std::max<qsizetype>(0, word.size() - m_maxLength); k < word.size(); ++k) {
        if (m_views.contains(word.sliced(k)))
            return true;
    }
    return false;
}

// One or two characters before the final stop, looked up in bit sets: rules out most words
// without hashing any.
bool IcuAbbreviations::mayEndLike(QStringView word) const
{
    const qsizetype n = word.size();
    if (n < 2)
        return false;
    const char16_t last = word.at(n - 2).unicode();
    if (last >= 0x80 || m_oneBefore.test(last))
        return true;
    if (n < 3)
        return false;
    const char16_t before = word.at(n - 3).unicode();
    return before >= 0x80 || m_twoBefore.test(before * 0x80u + last);
}

IcuAbbreviations::IcuAbbreviations()
{
    // Where ICU's FilteredBreakIteratorBuilder reads them for English.
    UErrorCode status = U_ZERO_ERROR;
    icu::LocalUResourceBundlePointer bundle(ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "en", &status));
    icu::LocalUResourceBundlePointer exceptions(ures_getByKey(bundle.getAlias(), "exceptions", nullptr, &status));
    icu::LocalUResourceBundlePointer list(ures_getByKey(exceptions.getAlias(), "SentenceBreak", nullptr, &status));
    for (int32_t i = 0; U_SUCCESS(status) && i < ures_getSize(list.getAlias()); ++i) {
        int32_t length = 0;
        const UChar *entry = ures_getStringByIndex(list.getAlias(), i, &length, &status);
        const QStringView word(entry, length);
        for (qsizetype dot = word.indexOf(u'.'); dot >= 0; dot = word.indexOf(u'.', dot + 1))
            m_words.append(word.first(dot + 1).toString());
    }
    if (U_FAILURE(status)) {
        Logging::get("corpus")->warn("ICU's sentence exceptions unavailable: {}", u_errorName(status));
        return;
    }
    for (const QString &word : std::as_const(m_words)) {
        m_views.insert(word);
        m_maxLength = std::max(m_maxLength, word.size());
        const qsizetype n = word.size();
        if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() >= 0x80; }))
            return; // not the ASCII the bit sets hold: every word stays a candidate
        if (n == 2)
            m_oneBefore.set(word.at(0).unicode());
        else if (n > 2)
            m_twoBefore.set(word.at(n - 3).unicode() * 0x80u + word.at(n - 2).unicode());
    }
    m_loaded = true;
}

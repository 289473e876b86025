// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/structure/headingdetector.h"

#include "corpus/structure/textfeatures.h"

namespace
{
// Titles run longer than section headings.
constexpr int MaxTitleWords = 30;
constexpr int MaxTitleCaseHeadingWords = 20;
constexpr int MaxSentenceCaseHeadingWords = 14;
}

HeadingDetector::Result HeadingDetector::detect(const QList<QStringView> &paragraphs, const QList<TextBlock> &blocks,
    const QList<BoilerplateKind> &kinds, QStringView knownTitle)
{
    Result result;
    const qsizetype n = paragraphs.size();
    auto content = [&](qsizetype i) { return kinds.at(i) == BoilerplateKind::None; };

    // The title: the line matching a known title, else the first line marked as one, else the first
    // content line when it is shaped like a title.
    const QString knownKey = TextFeatures::comparisonKey(knownTitle);
    // The title line is near the top and about as long as the title.
    for (qsizetype i = 0; i < n && i < 12 && !knownKey.isEmpty() && result.title < 0; ++i) {
        const qsizetype length = paragraphs.at(i).size();
        if (content(i) && length >= knownKey.size() && length <= knownTitle.size() * 2 + 10
            && TextFeatures::comparisonKey(paragraphs.at(i)) == knownKey)
            result.title = int(i);
    }
    for (qsizetype i = 0; i < n && result.title < 0; ++i) {
        if (content(i) && blocks.at(i).kind == BlockKind::Title)
            result.title = int(i);
    }
    if (result.title < 0) {
        for (qsizetype i = 0; i < n; ++i) {
            if (!content(i))
                continue;
            if (blocks.at(i).kind != BlockKind::ListItem
                && TextFeatures::isHeadingShaped(paragraphs.at(i), MaxTitleWords))
                result.title = int(i);
            break;
        }
    }

    qsizetype lastContent = -1;
    for (qsizetype i = 0; i < n; ++i) {
        if (content(i))
            lastContent = i;
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (!content(i))
            continue;
        if (i < result.title && TextFeatures::wordCount(paragraphs.at(i)) == 1) {
            result.sectionLabels.append(int(i));
            continue;
        }
        bool heading
            = i == result.title || blocks.at(i).kind == BlockKind::Title || blocks.at(i).kind == BlockKind::Heading;
        if (!heading && i < lastContent && blocks.at(i).kind == BlockKind::Paragraph) {
            const QStringView text = paragraphs.at(i);
            heading = TextFeatures::isHeadingShaped(text, MaxTitleCaseHeadingWords)
                && (TextFeatures::wordCount(text) <= MaxSentenceCaseHeadingWords || TextFeatures::isTitleCase(text));
        }
        if (heading)
            result.headings.append(int(i));
    }
    return result;
}

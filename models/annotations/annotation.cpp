// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotation.h"

#include <QUuid>

#include <algorithm>

namespace
{
struct CategoryInfo {
    AnnotationCategory category;
    const char *name;
    const char *label;
};

const CategoryInfo categories[] = {
    { AnnotationCategory::WordingChanged, "wording-changed", QT_TRANSLATE_NOOP("Annotation", "Wording changed") },
    { AnnotationCategory::WordsAdded, "words-added", QT_TRANSLATE_NOOP("Annotation", "Words added") },
    { AnnotationCategory::WordsOmitted, "words-omitted", QT_TRANSLATE_NOOP("Annotation", "Words omitted") },
    { AnnotationCategory::Misattribution, "misattribution", QT_TRANSLATE_NOOP("Annotation", "Misattribution") },
    { AnnotationCategory::ParaphraseAsQuote, "paraphrase-as-quote",
        QT_TRANSLATE_NOOP("Annotation", "Paraphrase presented as quote") },
    { AnnotationCategory::FactualNumber, "factual-number",
        QT_TRANSLATE_NOOP("Annotation", "Factual conflict: number") },
    { AnnotationCategory::FactualDate, "factual-date", QT_TRANSLATE_NOOP("Annotation", "Factual conflict: date") },
    { AnnotationCategory::FactualPlace, "factual-place", QT_TRANSLATE_NOOP("Annotation", "Factual conflict: place") },
    { AnnotationCategory::ContextMissing, "context-missing", QT_TRANSLATE_NOOP("Annotation", "Context missing") },
    { AnnotationCategory::Other, "other", QT_TRANSLATE_NOOP("Annotation", "Other") },
};

struct SeverityInfo {
    AnnotationSeverity severity;
    const char *name;
    const char *label;
};

const SeverityInfo severities[] = {
    { AnnotationSeverity::Low, "low", QT_TRANSLATE_NOOP("Annotation", "Low") },
    { AnnotationSeverity::Medium, "medium", QT_TRANSLATE_NOOP("Annotation", "Medium") },
    { AnnotationSeverity::High, "high", QT_TRANSLATE_NOOP("Annotation", "High") },
};

const char *const anchorStates[] = { "attached", "moved", "fuzzy", "orphaned" };
}

bool Annotation::hasOrphans() const
{
    return std::any_of(
        anchors.cbegin(), anchors.cend(), [](const AnnotationAnchor &a) { return a.state == AnchorState::Orphaned; });
}

QStringList Annotation::articleIds() const
{
    QStringList ids;
    for (const AnnotationAnchor &a : anchors) {
        if (!a.target.articleId.isEmpty() && !ids.contains(a.target.articleId))
            ids.append(a.target.articleId);
    }
    return ids;
}

Annotation Annotation::create(AnnotationCategory category, const QString &note, const QString &author)
{
    Annotation a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.category = category;
    a.note = note;
    a.author = author;
    a.created = QDateTime::currentDateTimeUtc();
    a.modified = a.created;
    return a;
}

QString annotationCategoryName(AnnotationCategory category)
{
    for (const CategoryInfo &info : categories) {
        if (info.category == category)
            return QString::fromLatin1(info.name);
    }
    return QStringLiteral("other");
}

QString annotationCategoryLabel(AnnotationCategory category)
{
    for (const CategoryInfo &info : categories) {
        if (info.category == category)
            return Annotation::tr(info.label);
    }
    return {};
}

std::optional<AnnotationCategory> annotationCategoryFromName(const QString &name)
{
    for (const CategoryInfo &info : categories) {
        if (name.compare(QLatin1String(info.name), Qt::CaseInsensitive) == 0)
            return info.category;
    }
    return std::nullopt;
}

QList<AnnotationCategory> allAnnotationCategories()
{
    QList<AnnotationCategory> all;
    for (const CategoryInfo &info : categories)
        all.append(info.category);
    return all;
}

QString annotationSeverityName(AnnotationSeverity severity)
{
    return QString::fromLatin1(severities[int(severity)].name);
}

QString annotationSeverityLabel(AnnotationSeverity severity)
{
    return Annotation::tr(severities[int(severity)].label);
}

std::optional<AnnotationSeverity> annotationSeverityFromName(const QString &name)
{
    for (const SeverityInfo &info : severities) {
        if (name.compare(QLatin1String(info.name), Qt::CaseInsensitive) == 0)
            return info.severity;
    }
    return std::nullopt;
}

QString anchorStateName(AnchorState state)
{
    return QString::fromLatin1(anchorStates[int(state)]);
}

std::optional<AnchorState> anchorStateFromName(const QString &name)
{
    for (int i = 0; i < 4; ++i) {
        if (name == QLatin1String(anchorStates[i]))
            return AnchorState(i);
    }
    return std::nullopt;
}

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// The kinds of discrepancy an analyst records between outlets.
enum class AnnotationCategory {
    WordingChanged,
    WordsAdded,
    WordsOmitted,
    Misattribution,
    ParaphraseAsQuote, // a paraphrase presented in quotation marks
    FactualNumber, // factual conflict: a number
    FactualDate, // factual conflict: a date
    FactualPlace, // factual conflict: a place
    ContextMissing,
    Other,
};

enum class AnnotationSeverity { Low, Medium, High };

// W3C Web Annotation TextQuoteSelector: the annotated text and a little context on each side.
struct TextQuoteSelector {
    QString exact;
    QString prefix; // up to AnchorResolver::contextLength characters before `exact`
    QString suffix;
    friend bool operator==(const TextQuoteSelector &, const TextQuoteSelector &) = default;
};

// W3C TextPositionSelector, in UTF-16 indices of Article::text here; code points in exported JSON.
struct TextPositionSelector {
    int start = -1;
    int end = -1;
    bool isValid() const { return start >= 0 && end >= start; }
    friend bool operator==(TextPositionSelector, TextPositionSelector) = default;
};

// What an anchor points at: a stretch of one article's text, optionally also the analysis
// object it was made from (a quote, a statement and its alignment column, an event).
struct AnnotationTarget {
    QString articleId;
    TextQuoteSelector quote;
    TextPositionSelector position;
    QString quoteId;
    QString statementId;
    QString eventId;
    int alignmentColumn = -1;
    friend bool operator==(const AnnotationTarget &, const AnnotationTarget &) = default;
};

// How well an anchor fits the article's current text.
enum class AnchorState {
    Attached, // the exact text at the recorded position
    Moved, // the exact text, found elsewhere
    Fuzzy, // similar text found; `previousExact` holds what was annotated
    Orphaned, // not found: kept and listed, never dropped
};

struct AnnotationAnchor {
    QString role; // says which is which: "outlet A", "outlet B", "reference", an outlet's name
    AnnotationTarget target;
    AnchorState state = AnchorState::Attached;
    QString previousExact; // the annotated text, when re-anchoring found a changed version
    friend bool operator==(const AnnotationAnchor &, const AnnotationAnchor &) = default;
};

// One discrepancy an analyst recorded: the analysts' work product.
struct Annotation {
    QString id; // a UUID without braces
    AnnotationCategory category = AnnotationCategory::Other;
    AnnotationSeverity severity = AnnotationSeverity::Medium;
    QString note;
    QString author;
    QDateTime created; // UTC
    QDateTime modified; // UTC
    QList<AnnotationAnchor> anchors;

    bool hasOrphans() const;
    QStringList articleIds() const;
    friend bool operator==(const Annotation &, const Annotation &) = default;

    // A new annotation with a fresh id and both timestamps set to now.
    static Annotation create(AnnotationCategory category, const QString &note, const QString &author);

    Q_DECLARE_TR_FUNCTIONS(Annotation)
};

Q_DECLARE_METATYPE(Annotation)

// Stable names for files and the command line ("wording-changed"), and translated labels.
QString annotationCategoryName(AnnotationCategory category);
QString annotationCategoryLabel(AnnotationCategory category);
std::optional<AnnotationCategory> annotationCategoryFromName(const QString &name);
QList<AnnotationCategory> allAnnotationCategories();

QString annotationSeverityName(AnnotationSeverity severity);
QString annotationSeverityLabel(AnnotationSeverity severity);
std::optional<AnnotationSeverity> annotationSeverityFromName(const QString &name);

QString anchorStateName(AnchorState state);
std::optional<AnchorState> anchorStateFromName(const QString &name);

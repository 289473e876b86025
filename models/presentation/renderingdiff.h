// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

// How one cell of a rendering compares with the reference rendering's cell in the same column.
// Outside: the column lies beyond the part of the statement this rendering quotes,
// so a gap there is partial quoting, not an omission. Empty: neither has words there.
enum class CellMark { Same, Normalisation, Substitution, Insertion, Omission, Reordering, Outside, Empty };

QString cellMarkName(CellMark mark);
// True for the marks that change what the speaker is reported to have said.
bool isRealDifference(CellMark mark);

// One rendering as the quote panel and the exporters present it.
struct RenderingView {
    QString quoteId;
    int article = -1; // index into Corpus::articles
    TextSpan span; // the quote in the article, UTF-16
    QString articleId;
    QString articleTitle;
    QString outlet;
    int outletRepeat = 1; // 2 for the outlet's second rendering of the statement, and so on
    int outletRenderings = 1; // how many renderings of the statement the outlet has
    QString url;
    QDate published;
    QString text;
    QuoteKind kind = QuoteKind::Direct;
    bool headline = false;
    QString speaker; // as this article credits it; empty when unknown
    SpeakerKind speakerKind = SpeakerKind::Unknown;
    QString speakerCue;
    QString context; // the sentence(s) around the quote, line breaks as spaces
    TextSpan quoteInContext; // where the quote sits in `context`
    TextSpan cueInContext; // where the speaker cue sits in `context`; empty when it is not there
    int firstColumn = -1; // the alignment columns this rendering has words in; -1 when none
    int lastColumn = -1;
    int wordCount = 0;
    int coveredReferenceWords = 0; // words of the reference inside this rendering's columns
    double similarity = 0; // against the current reference, 0..1
    QList<CellMark> marks; // one per alignment column, against the current reference
    bool isReference = false;

    // The distinct real differences against the reference, in CellMark order.
    QList<CellMark> differences() const;
};

// One statement with its renderings compared against a chosen reference rendering.
struct StatementComparison {
    int statementIndex = -1;
    QString statementId;
    QString speaker;
    // Organisation when a rendering credits the statement's speaker as one, else person when one
    // does: a body ("the ministry") is shown as such, not as a person.
    SpeakerKind speakerKind = SpeakerKind::Unknown;
    QString gist; // the reference's opening words
    int reference = -1; // index into `renderings`
    int referenceWordCount = 0;
    QList<AlignmentColumn> columns;
    // Each column's weight on the coverage bars: the most words one of its cells holds, at least 1. Counted
    // with the comparison (on the worker for a large statement), not again for every few cards shown.
    QList<int> columnWeights;
    QList<RenderingView> renderings; // Statement::quotes order
    QStringList conflicts; // readable attribution conflicts
    int outletCount = 0;
    double minSimilarity = 1; // over the renderings other than the reference

    bool isValid() const { return statementIndex >= 0; }
    bool hasDifferences() const;
    // The position in `renderings` of the rendering of that quote; -1 when it is none of them.
    int renderingIndex(const QString &quoteId) const;
};

// The presentation-side comparison: the analysis aligns every rendering once; the analyst may pick any
// rendering as the reference, and the marks are then recomputed against it from the same alignment.
class RenderingDiff
{
    Q_DECLARE_TR_FUNCTIONS(RenderingDiff)

public:
    // Keeps a reference to `result`, which must outlive this object.
    explicit RenderingDiff(const AnalysisResult &result);

    // The statement named by its id, against the rendering `referenceQuoteId` (one of Statement::quotes;
    // empty or another id picks the statement's own reference); an unknown statement gives an invalid
    // comparison. Similarity against the statement's own reference is the analysis's; against another
    // it is recomputed.
    StatementComparison compare(const QString &statementId, const QString &referenceQuoteId = {}) const;

    // The marks of `rendering` against `reference`, one per column (both index the columns' cells).
    static QList<CellMark> marks(const QList<AlignmentColumn> &columns, int rendering, int reference);
    // Share of the words of either rendering that the other renders the same, up to normalisation.
    static double similarity(
        const QList<AlignmentColumn> &columns, const QList<CellMark> &marks, int rendering, int reference);

    // Case, punctuation, quote marks, apostrophes, accents and common British/American spellings folded.
    static QString normalised(QStringView text);
    static int wordCount(QStringView cell);
    // StatementComparison::columnWeights of these columns.
    static QList<int> columnWeights(const QList<AlignmentColumn> &columns);

    // The sentence(s) around `span` in `article`, widened to the speaker cue when it is adjacent.
    static QString contextOf(
        const Article &article, TextSpan span, TextSpan cue, TextSpan *quoteInContext, TextSpan *cueInContext);
    // The first words of `text`, cut at a word boundary near `maxChars`.
    static QString gistOf(const QString &text, int maxChars = 80);

private:
    const AnalysisResult &m_result;
};

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"
#include "presentation/renderingdiff.h"
#include "quotepanel/alignmentlayout.h"

#include <QWidget>

#include <memory>

class AlignmentView;
class ContextView;
class DiffLegend;
class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QToolButton;

// One statement's renderings side by side: the aligned words, each rendering in its sentence, the legend,
// and the analyst's choices (reference rendering, rows or columns, whether spelling differences show).
class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonView(QWidget *parent = nullptr);
    ~ComparisonView() override;

    void setResult(std::shared_ptr<const AnalysisResult> result);
    // The statement named by its id; an empty or unknown id shows nothing.
    void setStatement(const QString &statementId);
    // The statement asked for: a large one is compared on a worker, and comparison() is empty until it is shown.
    QString statement() const { return m_statementId; }

    // The rendering, by its quote id, against which differences are marked. The analyst's choice in the
    // Reference box is remembered per statement and kept when the statement is shown again.
    void setReference(const QString &quoteId);
    QString reference() const;
    void setOrientation(AlignmentLayout::Orientation orientation);
    AlignmentLayout::Orientation orientation() const;
    void setShowNormalisation(bool show);
    bool showNormalisation() const;

    // The current rendering by its quote id; empty when none. Setting a quote that is not one of this
    // statement's renderings changes nothing.
    QString currentRendering() const;
    void setCurrentRendering(const QString &quoteId);
    // Moves the current rendering `delta` renderings on (the keyboard's Left/Right); stays at either end.
    void moveCurrentRendering(int delta);
    const StatementComparison &comparison() const { return m_comparison; }

    // The current rendering with outlet and URL, as a citation; empty when there is none.
    QString currentCitation() const;
    void copyCitation() const;

    AlignmentView *alignmentView() const { return m_alignment; }
    ContextView *contextView() const { return m_context; }
    // The View button's menu: outlets as columns, spelling differences, copy citation.
    QToolButton *viewButton() const { return m_view; }
    DiffLegend *legend() const { return m_legend; }

Q_SIGNALS:
    void currentRenderingChanged(const QString &quoteId);
    // Open the article at the quote.
    void quoteActivated(const QString &quoteId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitSplitter();
    struct Compared;
    // Compares the statement against the reference (the statement's own when empty), at once or on a worker,
    // and shows it with `current` (or the reference when -1) current.
    void compare(QString statementId, QString referenceQuoteId, int current);
    void showCompared(Compared compared, int current);
    void activate(int rendering);
    // Renderings by position, as the alignment and the context cards draw them.
    int currentIndex() const;
    void setCurrentIndex(int rendering);

    std::shared_ptr<const AnalysisResult> m_result;
    std::unique_ptr<RenderingDiff> m_diff;
    StatementComparison m_comparison;
    QString m_statementId;
    int m_request = 0; // the latest comparison asked for; a worker's older one is dropped
    QHash<QString, QString> m_chosenReferences; // statement id -> the quote id the analyst made the reference
    QLabel *m_header = nullptr;
    QComboBox *m_reference = nullptr;
    QToolButton *m_view = nullptr;
    QAction *m_transpose = nullptr;
    QAction *m_normalisation = nullptr;
    QSplitter *m_splitter = nullptr;
    AlignmentView *m_alignment = nullptr;
    ContextView *m_context = nullptr;
    DiffLegend *m_legend = nullptr;
};

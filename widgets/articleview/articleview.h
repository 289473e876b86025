// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "articleview/articlemarkup.h"

#include <QHash>
#include <QWidget>

#include <memory>

class ArticleHighlighter;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QSplitter;

// One article's text with the analysis marked on it, and the list of an event's mentions when one is selected.
class ArticleView : public QWidget
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    void setResult(std::shared_ptr<const AnalysisResult> result);

    // The shown article's id; empty when none is shown.
    QString currentArticleId() const;
    // The emphasised span (the selected mention, quote or search hit); empty when none.
    TextSpan focusSpan() const { return m_focus; }
    // The selected words of the shown article, else the emphasised span; empty when neither.
    TextSpan textSelection() const;
    // The mentions listed for the selected event (empty when no event is selected).
    int mentionListCount() const;
    QPlainTextEdit *textEdit() const { return m_text; }
    // The spans annotations are anchored to, by article id; the shown article's are underlined.
    void setAnnotatedSpans(const QHash<QString, TextSpans> &spansByArticle);
    TextSpans annotatedSpans() const { return m_markup.annotated; }
    // `span` of `text` widened to whole words and without blanks at its ends, as a mouse selection is.
    static TextSpan snappedToWords(const QString &text, TextSpan span);
    // Whether the article's text opens with its title line (or the sentence a shortened title was taken
    // from), which the header then does not repeat.
    static bool opensWithTitle(const Article &article);

public Q_SLOTS:
    // Articles, events and quotes are named by their ids; an unknown id changes nothing.
    void showArticle(const QString &articleId);
    // Shows `span` of the article, scrolled into view and emphasised.
    void showSpan(const QString &articleId, TextSpan span);
    // Jumps to the event's first mention and lists all of them; an empty id clears the list.
    void showEventMentions(const QString &eventId);
    void showQuote(const QString &quoteId);

Q_SIGNALS:
    void quoteClicked(const QString &statementId);
    void eventClicked(const QString &eventId);
    void articleChanged(const QString &articleId);
    // textSelection() changed (said after articleChanged for a new article).
    void textSelectionChanged(TextSpan span);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateHeader();
    // Shown when the article's cached text could not be inflated: its replacement characters would otherwise
    // pass for the article, with the error only in the log.
    void updateDamageNotice(const Article &article);
    // The wrapped title and facts get every line they need: the splitter below would otherwise
    // take the height, cutting a long title after its first line.
    void fitHeader();
    void updateReadingWidth();
    // By the article's position in the corpus, which the markup and the mentions list keep.
    void showArticleAt(int article);
    void showSpanAt(int article, TextSpan span);
    void activateMention(QListWidgetItem *item);
    void followArticleInMentions();
    void snapSelectionToWords();
    int positionAt(const QPoint &viewportPos) const;

    std::shared_ptr<const AnalysisResult> m_result;
    std::shared_ptr<const MentionIndex> m_mentionIndex; // of m_result, once built on a worker
    QHash<QString, TextSpans> m_annotated;
    ArticleMarkup m_markup;
    int m_article = -1;
    TextSpan m_focus;
    QPoint m_pressPos;

    QWidget *m_header = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_damage = nullptr; // says the shown text could not be read back from the project's cache
    QPlainTextEdit *m_text = nullptr;
    ArticleHighlighter *m_highlighter = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_mentionsHeader = nullptr;
    QListWidget *m_mentions = nullptr;
};

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"

#include <QObject>
#include <QString>

// What the analyst has picked in one document, shared by the views on it so that they follow one
// another without knowing one another (as Tiled's MapDocument keeps the selected objects): the
// current article, event and statement, each by its stable id, the analyst's text selection in the
// current article, and requests to show a quote or a span of an article. Each current item's signal is emitted only
// when it changes, so a view that sets what it shows and then hears it back does nothing twice. A new analysis or a
// closed document clears it.
class DocumentSelection : public QObject
{
    Q_OBJECT
public:
    explicit DocumentSelection(QObject *parent = nullptr);

    QString currentArticle() const { return m_article; }
    QString currentEvent() const { return m_event; }
    QString currentStatement() const { return m_statement; }

    void setCurrentArticle(const QString &articleId);
    void setCurrentEvent(const QString &eventId);
    void setCurrentStatement(const QString &statementId);
    // The words the analyst selected in the current article (else the span shown emphasised there),
    // what an annotation of a selection anchors on; empty when none. Another article clears it.
    TextSpan textSpan() const { return m_textSpan; }
    void setTextSpan(TextSpan span);
    // Asks the article view to open the quote's article at the quote, or an article at `span`.
    void showQuote(const QString &quoteId);
    void showSpan(const QString &articleId, TextSpan span);
    // Forgets the current items (each changed one says so).
    void clear();

Q_SIGNALS:
    void currentArticleChanged(const QString &articleId);
    void currentEventChanged(const QString &eventId);
    void currentStatementChanged(const QString &statementId);
    void textSpanChanged(TextSpan span);
    void quoteRequested(const QString &quoteId);
    void spanRequested(const QString &articleId, TextSpan span);

private:
    QString m_article;
    QString m_event;
    QString m_statement;
    TextSpan m_textSpan;
};

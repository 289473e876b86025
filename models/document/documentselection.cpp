// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/documentselection.h"

DocumentSelection::DocumentSelection(QObject *parent)
    : QObject(parent)
{
}

void DocumentSelection::setCurrentArticle(const QString &articleId)
{
    if (articleId == m_article)
        return;
    m_article = articleId;
    setTextSpan({});
    Q_EMIT currentArticleChanged(m_article);
}

void DocumentSelection::setCurrentEvent(const QString &eventId)
{
    if (eventId == m_event)
        return;
    m_event = eventId;
    Q_EMIT currentEventChanged(m_event);
}

void DocumentSelection::setCurrentStatement(const QString &statementId)
{
    if (statementId == m_statement)
        return;
    m_statement = statementId;
    Q_EMIT currentStatementChanged(m_statement);
}

void DocumentSelection::setTextSpan(TextSpan span)
{
    if (span == m_textSpan)
        return;
    m_textSpan = span;
    Q_EMIT textSpanChanged(m_textSpan);
}

void DocumentSelection::showQuote(const QString &quoteId)
{
    if (!quoteId.isEmpty())
        Q_EMIT quoteRequested(quoteId);
}

void DocumentSelection::showSpan(const QString &articleId, TextSpan span)
{
    if (!articleId.isEmpty())
        Q_EMIT spanRequested(articleId, span);
}

void DocumentSelection::clear()
{
    setCurrentArticle(QString());
    setTextSpan({});
    setCurrentEvent(QString());
    setCurrentStatement(QString());
}

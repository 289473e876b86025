// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/handbookwindow.h"

#include "common/handbook.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

HandbookWindow::HandbookWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_contents(new QListWidget(this))
    , m_text(new QTextBrowser(this))
    , m_find(new QLineEdit(this))
{
    setWindowTitle(tr("Parallax Handbook"));
    setObjectName(QStringLiteral("handbook"));
    m_text->setOpenExternalLinks(true);
    m_text->document()->setDocumentMargin(16);
    m_text->setMarkdown(Handbook::markdown());
    m_text->setAccessibleName(tr("Handbook"));
    // The contents: the document's level-2 and level-3 headings.
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 2 || level > 3)
            continue;
        auto *item = new QListWidgetItem((level == 3 ? QStringLiteral("    ") : QString()) + block.text(), m_contents);
        item->setData(Qt::UserRole, block.position());
        item->setData(Qt::UserRole + 1, block.text());
    }
    connect(m_contents, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        QTextCursor cursor(m_text->document());
        cursor.setPosition(item->data(Qt::UserRole).toInt());
        m_text->setTextCursor(cursor);
        // The heading at the top, not wherever ensureCursorVisible would leave it.
        m_text->verticalScrollBar()->setValue(
            int(m_text->document()->documentLayout()->blockBoundingRect(cursor.block()).top()));
    });
    m_find->setPlaceholderText(tr("Find in the handbook"));
    m_find->setClearButtonEnabled(true);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { find(false); });
    auto *findNext = new QAction(this);
    findNext->setShortcuts(QKeySequence::FindNext);
    connect(findNext, &QAction::triggered, this, [this] { find(false); });
    auto *findPrevious = new QAction(this);
    findPrevious->setShortcuts(QKeySequence::FindPrevious);
    connect(findPrevious, &QAction::triggered, this, [this] { find(true); });
    auto *focusFind = new QAction(this);
    focusFind->setShortcuts(QKeySequence::Find);
    connect(focusFind, &QAction::triggered, m_find, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    addActions({ findNext, findPrevious, focusFind });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_find);
    leftLayout->addWidget(m_contents, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 240, 760 });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    resize(1000, 720);
}

bool HandbookWindow::showSection(const QString &heading)
{
    for (int i = 0; i < m_contents->count(); ++i) {
        if (m_contents->item(i)->data(Qt::UserRole + 1).toString() == heading) {
            m_contents->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void HandbookWindow::find(bool backwards)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return;
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_text->find(text, flags))
        return;
    // From the other end once, so that finding goes round.
    QTextCursor cursor(m_text->document());
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_text->setTextCursor(cursor);
    m_text->find(text, flags);
}

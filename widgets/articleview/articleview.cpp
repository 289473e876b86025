// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleview/articleview.h"

#include "articleview/articlehighlighter.h"
#include "core/weblink.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace
{
constexpr int ArticleRole = Qt::UserRole + 1;
constexpr int SpanStartRole = Qt::UserRole + 2;
constexpr int SpanEndRole = Qt::UserRole + 3;
constexpr int MaxReadingWidth = 780; // about 90 characters: long lines tire the eye

// Centres the text in a column of reading width on wide screens.
class ReadingTextEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    void setSideMargins(int margin) { setViewportMargins(margin, 0, margin, 0); }
};
}

ArticleView::ArticleView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_damage(new QLabel(this))
    , m_text(new ReadingTextEdit(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_mentionsHeader(new QLabel(this))
    , m_mentions(new QListWidget(this))
{
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_meta->setWordWrap(true);
    m_meta->setOpenExternalLinks(true);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_damage->setWordWrap(true);
    m_damage->setTextFormat(Qt::RichText);
    m_damage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_damage->setFrameShape(QFrame::StyledPanel);
    m_damage->setMargin(6);
    // The tooltip colours: a note that stands out from the article in any theme.
    m_damage->setAutoFillBackground(true);
    m_damage->setBackgroundRole(QPalette::ToolTipBase);
    m_damage->setForegroundRole(QPalette::ToolTipText);
    m_damage->hide();

    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setCenterOnScroll(true);
    m_text->document()->setDocumentMargin(12);
    m_text->viewport()->installEventFilter(this);
    m_text->viewport()->setMouseTracking(true);
    m_text->setPlaceholderText(tr("Select an article, an event on the timeline or a search result."));
    m_highlighter = new ArticleHighlighter(m_text->document());
    m_highlighter->setPalette(palette());

    m_mentions->setAlternatingRowColors(true);
    m_mentions->setUniformItemSizes(true);
    m_mentions->setFrameShape(QFrame::NoFrame);
    connect(m_text, &QPlainTextEdit::selectionChanged, this, [this] { Q_EMIT textSelectionChanged(textSelection()); });
    connect(m_mentions, &QListWidget::itemActivated, this, &ArticleView::activateMention);
    connect(m_mentions, &QListWidget::itemClicked, this, &ArticleView::activateMention);

    auto *mentionsBox = new QWidget(this);
    auto *mentionsLayout = new QVBoxLayout(mentionsBox);
    mentionsLayout->setContentsMargins(0, 4, 0, 0);
    mentionsLayout->setSpacing(2);
    m_mentionsHeader->setIndent(8);
    mentionsLayout->addWidget(m_mentionsHeader);
    mentionsLayout->addWidget(m_mentions);
    m_splitter->addWidget(m_text);
    m_splitter->addWidget(mentionsBox);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    mentionsBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *header = new QWidget(this);
    m_header = header;
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(12, 8, 12, 4);
    headerLayout->setSpacing(2);
    headerLayout->addWidget(m_title);
    headerLayout->addWidget(m_meta);
    headerLayout->addWidget(m_damage);
    layout->addWidget(header);
    layout->addWidget(m_splitter, 1);
    updateHeader();
}

ArticleView::~ArticleView() = default;

void ArticleView::setResult(std::shared_ptr<const AnalysisResult> result)
{
    m_result = std::move(result);
    m_mentionIndex.reset();
    if (m_result) {
        // A pass over every event mention (over a million in 100,000 articles): on a worker. Meanwhile an
        // article's mentions are looked up for it alone.
        auto *watcher = new QFutureWatcher<std::shared_ptr<const MentionIndex>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, result = m_result] {
            watcher->deleteLater();
            if (result == m_result)
                m_mentionIndex = watcher->result();
        });
        watcher->setFuture(QtConcurrent::run([result = m_result] {
            auto index = std::make_shared<MentionIndex>();
            index->build(*result);
            return std::shared_ptr<const MentionIndex>(std::move(index));
        }));
    }
    m_article = -1;
    m_markup = {};
    m_highlighter->setMarkup(nullptr);
    m_text->clear();
    m_mentions->clear();
    m_mentions->parentWidget()->hide();
    updateHeader();
}

void ArticleView::setAnnotatedSpans(const QHash<QString, TextSpans> &spansByArticle)
{
    m_annotated = spansByArticle;
    if (!m_result || m_article < 0)
        return;
    const TextSpans spans = m_annotated.value(m_result->corpus.articles.at(m_article).id);
    if (spans == m_markup.annotated)
        return;
    m_markup.annotated = spans;
    m_highlighter->rehighlight();
}

int ArticleView::mentionListCount() const
{
    return m_mentions->parentWidget()->isHidden() ? 0 : m_mentions->count();
}

QString ArticleView::currentArticleId() const
{
    return m_result && m_article >= 0 ? m_result->corpus.articles.at(m_article).id : QString();
}

void ArticleView::showArticle(const QString &articleId)
{
    if (m_result)
        showArticleAt(m_result->corpus.indexOf(articleId));
}

void ArticleView::showArticleAt(int article)
{
    if (!m_result || article < 0 || article >= m_result->corpus.articles.size() || article == m_article)
        return;
    m_article = article;
    m_focus = {};
    m_markup = buildArticleMarkup(
        *m_result, m_mentionIndex ? *m_mentionIndex : MentionIndex::ofArticle(*m_result, article), article);
    m_markup.annotated = m_annotated.value(m_result->corpus.articles.at(article).id);
    // Markup first, then text: the highlighter formats each block once as the text arrives.
    m_highlighter->setMarkup(&m_markup);
    m_text->setPlainText(m_result->corpus.articles.at(article).text());
    updateHeader();
    updateReadingWidth();
    followArticleInMentions();
    Q_EMIT articleChanged(m_result->corpus.articles.at(article).id);
    Q_EMIT textSelectionChanged(textSelection());
}

TextSpan ArticleView::textSelection() const
{
    const QTextCursor cursor = m_text->textCursor();
    return cursor.hasSelection() ? TextSpan { cursor.selectionStart(), cursor.selectionEnd() } : m_focus;
}

void ArticleView::followArticleInMentions()
{
    // The event's mentions stay listed while one of them is in the article shown, with it current;
    // an article without any (opened from the quote panel, the list, a search) closes the list.
    QWidget *box = m_mentions->parentWidget();
    if (box->isHidden())
        return;
    const QListWidgetItem *current = m_mentions->currentItem();
    if (current && current->data(ArticleRole).toInt() == m_article)
        return;
    for (int i = 0; i < m_mentions->count(); ++i) {
        if (m_mentions->item(i)->data(ArticleRole).toInt() == m_article) {
            const QSignalBlocker block(m_mentions);
            m_mentions->setCurrentRow(i);
            return;
        }
    }
    m_mentions->clear();
    box->hide();
}

TextSpan ArticleView::snappedToWords(const QString &text, TextSpan span)
{
    const auto inWord = [&text](int i) {
        if (i < 0 || i >= text.size())
            return false;
        const QChar c = text.at(i);
        // An apostrophe or hyphen between letters belongs to the word ("don't", "well-known").
        if (c == u'\'' || c == u'\u2019' || c == u'-')
            return i > 0 && i + 1 < text.size() && text.at(i - 1).isLetterOrNumber()
                && text.at(i + 1).isLetterOrNumber();
        return c.isLetterOrNumber() || c.isMark();
    };
    int start = std::clamp(span.start, 0, int(text.size()));
    int end = std::clamp(span.end, start, int(text.size()));
    // Blanks at either end are not part of the selection's words.
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (start == end)
        return { start, end };
    while (start > 0 && inWord(start - 1) && inWord(start))
        --start;
    while (end < text.size() && inWord(end) && inWord(end - 1))
        ++end;
    return { start, end };
}

void ArticleView::showSpan(const QString &articleId, TextSpan span)
{
    if (m_result)
        showSpanAt(m_result->corpus.indexOf(articleId), span);
}

void ArticleView::showSpanAt(int article, TextSpan span)
{
    showArticleAt(article);
    if (article != m_article)
        return;
    m_focus = span;
    m_highlighter->setFocusSpan(span);
    QTextCursor cursor(m_text->document());
    cursor.setPosition(qBound(0, span.start, m_text->document()->characterCount() - 1));
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
    Q_EMIT textSelectionChanged(textSelection());
}

void ArticleView::showEventMentions(const QString &eventId)
{
    m_mentions->clear();
    QWidget *box = m_mentions->parentWidget();
    const Event *found = nullptr;
    if (m_result && !eventId.isEmpty()) {
        for (const Event &e : m_result->events) {
            if (e.id == eventId) {
                found = &e;
                break;
            }
        }
    }
    if (!found) {
        box->hide();
        return;
    }
    const Event &event = *found;
    m_mentionsHeader->setText(
        tr("<b>%1</b> — %n mention(s)", nullptr, int(event.mentions.size())).arg(event.label.toHtmlEscaped()));
    for (const EventMention &m : event.mentions) {
        if (m.article < 0 || m.article >= m_result->corpus.articles.size())
            continue;
        const Article &a = m_result->corpus.articles.at(m.article);
        const QString source = a.outlet.isEmpty() ? a.id : a.outlet;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 · %2 — %3")
                .arg(source, m.timex.text.isEmpty() ? QStringLiteral("—") : m.timex.text, m.text.simplified()),
            m_mentions);
        item->setToolTip(m.text);
        item->setData(ArticleRole, m.article);
        item->setData(SpanStartRole, m.span.start);
        item->setData(SpanEndRole, m.span.end);
    }
    if (box->isHidden() && m_mentions->count() > 0) {
        box->show();
        // A quarter of the height for the list, enough for a few mentions without hiding the text.
        const int height = std::max(200, m_splitter->height());
        m_splitter->setSizes({ height * 3 / 4, height / 4 });
    }
    box->setVisible(m_mentions->count() > 0);
    if (m_mentions->count() > 0) {
        m_mentions->setCurrentRow(0);
        activateMention(m_mentions->item(0));
    }
}

void ArticleView::showQuote(const QString &quoteId)
{
    if (!m_result)
        return;
    const int index = m_result->quoteIndex(quoteId);
    if (index < 0)
        return;
    const Quote &q = m_result->quotes.at(index);
    showSpanAt(q.article, q.span);
}

void ArticleView::activateMention(QListWidgetItem *item)
{
    if (!item)
        return;
    showSpanAt(item->data(ArticleRole).toInt(), { item->data(SpanStartRole).toInt(), item->data(SpanEndRole).toInt() });
}

void ArticleView::updateHeader()
{
    if (!m_result || m_article < 0) {
        m_title->setText(m_result ? tr("No article selected") : tr("No corpus open"));
        m_title->show();
        m_meta->clear();
        m_damage->hide();
        fitHeader();
        return;
    }
    const Article &a = m_result->corpus.articles.at(m_article);
    updateDamageNotice(a);
    m_title->setText(a.title.isEmpty() ? a.id : a.title);
    // The text's own title line stays (its quotes and mentions are marked there): the header gives way.
    m_title->setHidden(opensWithTitle(a));
    QStringList parts;
    if (!a.outlet.isEmpty())
        parts.append(QStringLiteral("<b>%1</b>").arg(a.outlet.toHtmlEscaped()));
    parts.append(a.published.isValid() ? QLocale().toString(a.published, QLocale::LongFormat) : tr("date unknown"));
    if (!a.author.isEmpty())
        parts.append(a.author.toHtmlEscaped());
    if (WebLink::isWebUrl(a.url))
        parts.append(QStringLiteral("<a href=\"%1\">%2</a>").arg(a.url.toHtmlEscaped(), tr("source")));
    else if (!a.url.isEmpty())
        parts.append(a.url.toHtmlEscaped()); // not a web address: shown, never a link
    parts.append(tr("%n quote(s), %1", nullptr, int(m_markup.quotes.size()))
                     .arg(tr("%n event mention(s)", nullptr, int(m_markup.mentions.size()))));
    m_meta->setText(parts.join(QStringLiteral(" · ")));
    fitHeader();
}

void ArticleView::updateDamageNotice(const Article &article)
{
    // The text is inflated by now (the view shows it), so its error is known.
    const Error error = article.textHolder().error();
    m_damage->setVisible(!error.ok());
    if (error.ok())
        return;
    m_damage->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(error.message.toHtmlEscaped(),
                tr("The original file is not affected: open it to read the article, or analyse the corpus folder "
                   "again as a new project to rebuild the cache.")
                    .toHtmlEscaped()));
}

bool ArticleView::opensWithTitle(const Article &article)
{
    if (article.title.isEmpty() || article.paragraphs.isEmpty())
        return false;
    const TextSpan first = article.paragraphs.constFirst();
    if (!article.slice({ 0, first.start }).trimmed().isEmpty())
        return false;
    const QString opening = article.slice(first).toString().simplified();
    QString title = article.title.simplified();
    // A title taken from the opening sentence and shortened repeats it too.
    const bool shortened = title.endsWith(u'\u2026') || title.endsWith(QStringLiteral("..."));
    if (shortened)
        title = title.chopped(title.endsWith(u'\u2026') ? 1 : 3).trimmed();
    return shortened ? !title.isEmpty() && opening.startsWith(title, Qt::CaseInsensitive)
                     : opening.compare(title, Qt::CaseInsensitive) == 0;
}

void ArticleView::fitHeader()
{
    m_header->setMinimumHeight(m_header->heightForWidth(width()));
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeader();
}

void ArticleView::updateReadingWidth()
{
    const int spare = m_text->width() - MaxReadingWidth;
    const int side = spare > 0 ? spare / 2 : 0;
    static_cast<ReadingTextEdit *>(m_text)->setSideMargins(side);
}

void ArticleView::snapSelectionToWords()
{
    QTextCursor cursor = m_text->textCursor();
    if (!cursor.hasSelection())
        return;
    const TextSpan words = snappedToWords(m_text->toPlainText(), { cursor.selectionStart(), cursor.selectionEnd() });
    if (words.isEmpty())
        return;
    // Keep the end the analyst dragged to as the cursor's position.
    const bool forward = cursor.position() == cursor.selectionEnd();
    cursor.setPosition(forward ? words.start : words.end);
    cursor.setPosition(forward ? words.end : words.start, QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
}

int ArticleView::positionAt(const QPoint &viewportPos) const
{
    return m_text->cursorForPosition(viewportPos).position();
}

bool ArticleView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_text->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Resize:
        updateReadingWidth();
        break;
    case QEvent::MouseButtonPress:
        m_pressPos = static_cast<QMouseEvent *>(event)->position().toPoint();
        break;
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            break;
        // A drag selects text, whole words of it (what an annotation anchors); only a click activates a mark.
        if ((mouse->position().toPoint() - m_pressPos).manhattanLength() > 4) {
            snapSelectionToWords();
            break;
        }
        const int pos = positionAt(mouse->position().toPoint());
        const ArticleMarkup::MentionMark *mention = m_markup.mentionAt(pos);
        const ArticleMarkup::QuoteMark *quote = m_markup.quoteAt(pos);
        // The innermost mark wins: a date inside a quote selects the event.
        if (mention && (!quote || mention->span.length() <= quote->span.length() || mention->timex.contains(pos)))
            Q_EMIT eventClicked(mention->eventId);
        else if (quote)
            Q_EMIT quoteClicked(quote->statementId);
        break;
    }
    case QEvent::MouseMove: {
        const int pos = positionAt(static_cast<QMouseEvent *>(event)->position().toPoint());
        const bool onMark = m_markup.mentionAt(pos) || m_markup.quoteAt(pos);
        m_text->viewport()->setCursor(onMark ? Qt::PointingHandCursor : Qt::IBeamCursor);
        break;
    }
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int pos = positionAt(help->pos());
        QStringList lines;
        if (const ArticleMarkup::QuoteMark *q = m_markup.quoteAt(pos))
            lines.append(tr("Quote by %1").arg(q->speaker.isEmpty() ? tr("unknown speaker") : q->speaker));
        if (const ArticleMarkup::MentionMark *m = m_markup.mentionAt(pos); m && m_result) {
            const Event &e = m_result->events.at(m->eventIndex);
            lines.append(tr("Event: %1 (%2)").arg(e.label, QLocale().toString(e.start, QLocale::ShortFormat)));
        }
        if (lines.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), m_text->viewport());
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void ArticleView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
    QWidget::changeEvent(event);
}

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/timelinemodel.h"

#include "annotations/eventeditapplier.h"
#include "events/datetext.h"

#include <QHash>
#include <QSet>

// internalId 0 marks an event row; a mention row stores its event's row + 1.
TimelineModel::TimelineModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void TimelineModel::setResult(std::shared_ptr<const AnalysisResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    m_eventOutlets.reset();
    m_outletIds.reset();
    m_rowOfEvent.clear();
    endResetModel();
}

TimelineModel::EventOutlets TimelineModel::eventOutlets(const AnalysisResult &result)
{
    EventOutlets outlets;
    outlets.reserve(result.events.size());
    for (const Event &e : result.events)
        outlets.append(outletsOf(result, e));
    return outlets;
}

void TimelineModel::setEventOutlets(const std::shared_ptr<const AnalysisResult> &forResult,
    std::shared_ptr<const EventOutlets> outlets, std::shared_ptr<const OutletIds> ids)
{
    if (forResult != m_result || !outlets || outlets->size() != rowCount())
        return;
    m_eventOutlets = std::move(outlets);
    if (ids && ids->byEvent.size() == rowCount())
        m_outletIds = std::move(ids);
}

TimelineModel::OutletIds TimelineModel::outletIds(const EventOutlets &outlets)
{
    OutletIds ids;
    QHash<QString, int> idOf;
    ids.byEvent.reserve(outlets.size());
    for (const QStringList &names : outlets) {
        QList<int> row;
        row.reserve(names.size());
        for (const QString &name : names) {
            auto it = idOf.constFind(name);
            if (it == idOf.cend()) {
                it = idOf.insert(name, int(ids.names.size()));
                ids.names.append(name);
            }
            row.append(*it);
        }
        ids.byEvent.append(row);
    }
    return ids;
}

const std::shared_ptr<const TimelineModel::OutletIds> &TimelineModel::outletIds() const
{
    if (!m_outletIds && m_result) {
        m_outletIds
            = std::make_shared<const OutletIds>(outletIds(m_eventOutlets ? *m_eventOutlets : eventOutlets(*m_result)));
    }
    return m_outletIds;
}

void TimelineModel::setAnnotations(std::shared_ptr<const AnnotationLookup> annotations)
{
    const QHash<int, int> before = m_annotations ? m_annotations->events : QHash<int, int>();
    m_annotations = std::move(annotations);
    const QHash<int, int> after = m_annotations ? m_annotations->events : QHash<int, int>();
    QList<int> changed;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (after.value(it.key()) != *it)
            changed.append(it.key());
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            changed.append(it.key());
    }
    for (int row : std::as_const(changed)) {
        if (row < rowCount())
            Q_EMIT dataChanged(index(row, 0), index(row, 0), { AnnotationCountRole });
    }
}

int TimelineModel::rowOfEvent(const QString &id) const
{
    if (m_rowOfEvent.isEmpty() && m_result) {
        m_rowOfEvent.reserve(m_result->events.size());
        for (int row = 0; row < m_result->events.size(); ++row)
            m_rowOfEvent.insert(m_result->events.at(row).id, row);
    }
    return m_rowOfEvent.value(id, -1);
}

const Event *TimelineModel::event(const QModelIndex &index) const
{
    if (!m_result || !index.isValid() || index.model() != this)
        return nullptr;
    const int row = index.internalId() == 0 ? index.row() : int(index.internalId() - 1);
    return row < m_result->events.size() ? &m_result->events.at(row) : nullptr;
}

const EventMention *TimelineModel::mention(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const Event *e = event(index);
    return e && index.row() < e->mentions.size() ? &e->mentions.at(index.row()) : nullptr;
}

QModelIndex TimelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex TimelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    if (!m_result || parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_result->events.size());
    if (parent.internalId() != 0)
        return 0;
    return int(m_result->events.at(parent.row()).mentions.size());
}

int TimelineModel::columnCount(const QModelIndex & /*parent*/) const
{
    return 1;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_result)
        return {};
    if (index.internalId() == 0)
        return eventData(index.row(), role);
    return mentionData(int(index.internalId() - 1), index.row(), role);
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Event");
    return {};
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(QHash<int, QByteArray> {
        { EventIdRole, "eventId" },
        { LabelRole, "label" },
        { StartDateRole, "startDate" },
        { EndDateRole, "endDate" },
        { PrecisionRole, "precision" },
        { CategoryRole, "category" },
        { OutletsRole, "outlets" },
        { MentionCountRole, "mentionCount" },
        { PlaceRole, "place" },
        { ParticipantsRole, "participants" },
        { HasConflictRole, "hasConflict" },
        { ConflictsRole, "conflicts" },
        { ArticleIndexRole, "articleIndex" },
        { ArticleIdRole, "articleId" },
        { OutletRole, "outlet" },
        { SpanStartRole, "spanStart" },
        { SpanEndRole, "spanEnd" },
        { TimexTextRole, "timexText" },
        { BasisRole, "basis" },
        { MentionIdRole, "mentionId" },
        { AnnotationCountRole, "annotationCount" },
    });
    return names;
}

QVariant TimelineModel::eventData(int row, int role) const
{
    const Event &e = m_result->events.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return e.label;
    case Qt::ToolTipRole:
        return eventToolTip(e);
    case EventIdRole:
        return e.id;
    case AnnotationCountRole:
        return annotationCount(row);
    case StartDateRole:
        return e.start;
    case EndDateRole:
        return e.end;
    case PrecisionRole:
        return int(e.precision);
    case CategoryRole:
        return e.category;
    case OutletsRole:
        return m_eventOutlets ? m_eventOutlets->at(row) : outletsOf(*m_result, e);
    case MentionCountRole:
        return int(e.mentions.size());
    case PlaceRole:
        return e.place;
    case ParticipantsRole:
        return e.participants;
    case HasConflictRole:
        return !e.conflicts.isEmpty();
    case ConflictsRole:
        return conflictTexts(e);
    default:
        return {};
    }
}

QVariant TimelineModel::mentionData(int eventRow, int row, int role) const
{
    const Event &e = m_result->events.at(eventRow);
    const EventMention &m = e.mentions.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return m.text;
    case Qt::ToolTipRole:
        return tr("%1 (%2): %3 — “%4”, %5")
            .arg(outletOf(m.article), DateText::format(m.timex.start, m.timex.end, m.timex.precision), m.text,
                m.timex.text, dateBasisName(m.timex.basis));
    case EventIdRole:
        return e.id;
    case LabelRole:
        return e.label;
    case StartDateRole:
        return m.timex.start;
    case EndDateRole:
        return m.timex.end;
    case PrecisionRole:
        return int(m.timex.precision);
    case CategoryRole:
        return e.category;
    case PlaceRole:
        return m.place;
    case ParticipantsRole:
        return m.participants;
    case ArticleIndexRole:
        return m.article;
    case ArticleIdRole:
        return m.article >= 0 && m.article < m_result->corpus.articles.size()
            ? m_result->corpus.articles.at(m.article).id
            : QString();
    case OutletRole:
    case OutletsRole:
        return role == OutletRole ? QVariant(outletOf(m.article)) : QVariant(QStringList { outletOf(m.article) });
    case SpanStartRole:
        return m.span.start;
    case SpanEndRole:
        return m.span.end;
    case MentionIdRole:
        return EventEditApplier::keyOf(m, m_result->corpus).id();
    case TimexTextRole:
        return m.timex.text;
    case BasisRole:
        return dateBasisName(m.timex.basis);
    default:
        return {};
    }
}

QString TimelineModel::outletOf(int articleIndex) const
{
    return outletOf(*m_result, articleIndex);
}

QString TimelineModel::outletOf(const AnalysisResult &result, int articleIndex)
{
    if (articleIndex < 0 || articleIndex >= result.corpus.articles.size())
        return {};
    const Article &a = result.corpus.articles.at(articleIndex);
    // An article without a known outlet still needs a name the filter can offer.
    return a.outlet.isEmpty() ? a.id : a.outlet;
}

QStringList TimelineModel::outletsOf(const AnalysisResult &result, const Event &event)
{
    QStringList outlets;
    QSet<QString> seen;
    for (const EventMention &m : event.mentions) {
        QString outlet = outletOf(result, m.article);
        if (!seen.contains(outlet)) {
            seen.insert(outlet);
            outlets.append(std::move(outlet));
        }
    }
    return outlets;
}

QStringList TimelineModel::conflictTexts(const Event &event) const
{
    QStringList texts;
    for (const EventConflict &c : event.conflicts) {
        QStringList claims;
        for (int i : c.mentions) {
            if (i < 0 || i >= event.mentions.size())
                continue;
            const EventMention &m = event.mentions.at(i);
            const QString claim = c.about == QLatin1String("date") ? m.timex.text : m.claim;
            claims.append(tr("%1: “%2”").arg(outletOf(m.article), claim.isEmpty() ? m.text : claim));
        }
        texts.append(tr("%1 differs — %2").arg(c.about, claims.join(QStringLiteral("; "))));
    }
    return texts;
}

QString TimelineModel::eventToolTip(const Event &event) const
{
    QStringList lines { event.label, DateText::format(event.start, event.end, event.precision) };
    if (!event.place.isEmpty())
        lines.append(tr("Place: %1").arg(event.place));
    if (!event.participants.isEmpty())
        lines.append(tr("Participants: %1").arg(event.participants.join(QStringLiteral(", "))));
    lines.append(tr("%n mention(s) in %1", nullptr, int(event.mentions.size()))
                     .arg(outletsOf(*m_result, event).join(QStringLiteral(", "))));
    lines.append(conflictTexts(event));
    return lines.join(QLatin1Char('\n'));
}

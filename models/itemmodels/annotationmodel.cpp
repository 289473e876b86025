// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/annotationmodel.h"

#include "annotations/annotationstore.h"

#include <QLocale>

namespace
{
template<typename Get>
QStringList collect(const Annotation &a, Get get)
{
    QStringList values;
    for (const AnnotationAnchor &anchor : a.anchors) {
        const QString value = get(anchor);
        if (!value.isEmpty() && !values.contains(value))
            values.append(value);
    }
    return values;
}
}

AnnotationModel::AnnotationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AnnotationModel::setStore(AnnotationStore *store)
{
    beginResetModel();
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_rows = m_store ? m_store->annotations() : QList<Annotation>();
    if (m_store)
        connect(m_store, &AnnotationStore::changed, this, &AnnotationModel::onChanged);
    endResetModel();
}

void AnnotationModel::setResult(std::shared_ptr<const AnalysisResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    m_outletOfArticle.clear();
    endResetModel();
}

void AnnotationModel::onChanged(const AnnotationChange &change)
{
    switch (change.kind) {
    case AnnotationChange::Kind::Added:
        beginInsertRows({}, change.index, change.index);
        m_rows.insert(change.index, m_store->annotations().at(change.index));
        endInsertRows();
        break;
    case AnnotationChange::Kind::Removed:
        beginRemoveRows({}, change.index, change.index);
        m_rows.removeAt(change.index);
        endRemoveRows();
        break;
    case AnnotationChange::Kind::Changed:
        m_rows[change.index] = m_store->annotations().at(change.index);
        Q_EMIT dataChanged(index(change.index, 0), index(change.index, ColumnCount - 1));
        break;
    case AnnotationChange::Kind::Reset:
        beginResetModel();
        m_rows = m_store->annotations();
        endResetModel();
        break;
    }
}

const Annotation *AnnotationModel::annotation(const QModelIndex &index) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(index.row());
}

QModelIndex AnnotationModel::indexOf(const QString &id, int column) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return index(row, column);
    }
    return {};
}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList AnnotationModel::outletsOf(const Annotation &annotation) const
{
    // Built when an annotation's outlet is first asked for, not with every result: most results are shown with no
    // annotation, and at 100,000 articles the table took about 70 ms of the GUI thread.
    if (m_outletOfArticle.isEmpty() && m_result) {
        m_outletOfArticle.reserve(m_result->corpus.articles.size());
        for (const Article &a : m_result->corpus.articles)
            m_outletOfArticle.insert(a.id, a.outlet);
    }
    return collect(
        annotation, [this](const AnnotationAnchor &a) { return m_outletOfArticle.value(a.target.articleId); });
}

QString AnnotationModel::toolTip(const Annotation &a) const
{
    QStringList lines { annotationCategoryLabel(a.category) + QStringLiteral(" (") + annotationSeverityLabel(a.severity)
        + QLatin1Char(')') };
    if (!a.note.isEmpty())
        lines.append(a.note);
    for (const AnnotationAnchor &anchor : a.anchors) {
        QString line = anchor.role + QStringLiteral(": “") + anchor.target.quote.exact + QStringLiteral("”");
        if (anchor.state == AnchorState::Orphaned)
            line += QLatin1Char(' ') + tr("(orphaned: not found in the current text)");
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    const Annotation *a = annotation(index);
    if (!a)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CategoryColumn:
            return annotationCategoryLabel(a->category);
        case SeverityColumn:
            return annotationSeverityLabel(a->severity);
        case TextColumn: {
            if (a->anchors.isEmpty())
                return {};
            const QString first
                = QStringLiteral("\u201c%1\u201d").arg(a->anchors.constFirst().target.quote.exact.simplified());
            const int more = int(a->anchors.size()) - 1;
            return more > 0 ? tr("%1 +%n", nullptr, more).arg(first) : first;
        }
        case NoteColumn:
            return a->note.section(QLatin1Char('\n'), 0, 0);
        case OutletsColumn:
            return outletsOf(*a).join(QStringLiteral(", "));
        case AuthorColumn:
            return a->author;
        case ModifiedColumn:
            return QLocale().toString(a->modified.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(*a);
    case IdRole:
        return a->id;
    case CategoryRole:
        return int(a->category);
    case CategoryNameRole:
        return annotationCategoryName(a->category);
    case SeverityRole:
        return int(a->severity);
    case NoteRole:
        return a->note;
    case AuthorRole:
        return a->author;
    case CreatedRole:
        return a->created;
    case ModifiedRole:
        return a->modified;
    case AnchorCountRole:
        return int(a->anchors.size());
    case RolesRole: {
        QStringList roles;
        for (const AnnotationAnchor &anchor : a->anchors)
            roles.append(anchor.role);
        return roles;
    }
    case OutletsRole:
        return outletsOf(*a);
    case ArticleIdsRole:
        return a->articleIds();
    case EventIdsRole:
        return collect(*a, [](const AnnotationAnchor &x) { return x.target.eventId; });
    case QuoteIdsRole:
        return collect(*a, [](const AnnotationAnchor &x) { return x.target.quoteId; });
    case StatementIdsRole:
        return collect(*a, [](const AnnotationAnchor &x) { return x.target.statementId; });
    case ExactTextsRole: {
        QStringList texts;
        for (const AnnotationAnchor &anchor : a->anchors)
            texts.append(anchor.target.quote.exact);
        return texts;
    }
    case HasOrphansRole:
        return a->hasOrphans();
    case AnnotationRole:
        return QVariant::fromValue(*a);
    }
    return {};
}

QVariant AnnotationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CategoryColumn:
        return tr("Category");
    case SeverityColumn:
        return tr("Severity");
    case TextColumn:
        return tr("Annotated Text");
    case NoteColumn:
        return tr("Note");
    case OutletsColumn:
        return tr("Outlets");
    case AuthorColumn:
        return tr("Author");
    case ModifiedColumn:
        return tr("Modified");
    }
    return {};
}

QHash<int, QByteArray> AnnotationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(CategoryRole, "category");
    names.insert(CategoryNameRole, "categoryName");
    names.insert(SeverityRole, "severity");
    names.insert(NoteRole, "note");
    names.insert(AuthorRole, "author");
    names.insert(CreatedRole, "created");
    names.insert(ModifiedRole, "modified");
    names.insert(AnchorCountRole, "anchorCount");
    names.insert(RolesRole, "roles");
    names.insert(OutletsRole, "outlets");
    names.insert(ArticleIdsRole, "articleIds");
    names.insert(EventIdsRole, "eventIds");
    names.insert(QuoteIdsRole, "quoteIds");
    names.insert(StatementIdsRole, "statementIds");
    names.insert(ExactTextsRole, "exactTexts");
    names.insert(HasOrphansRole, "hasOrphans");
    names.insert(AnnotationRole, "annotation");
    return names;
}

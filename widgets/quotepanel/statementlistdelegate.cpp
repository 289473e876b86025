// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotepanel/statementlistdelegate.h"

#include "common/annotationmark.h"
#include "itemmodels/statementmodel.h"
#include "presentation/diffpalette.h"
#include "presentation/speakercolors.h"
#include "presentation/speakerlabel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace
{
constexpr int padding = 6;
constexpr int barWidth = 46;

// Where a row's parts go: the speaker's line, then the gist's two lines, the second ending in the
// divergence bar and the lowest similarity.
struct RowGeometry {
    QRect first;
    QRect gist;
    QRect second;
    QRect percent;
    QRect bar;

    RowGeometry(const QRect &rect, const QFontMetrics &fm)
    {
        const QRect r = rect.adjusted(padding, padding, -padding, -padding);
        const int line = fm.height();
        first = QRect(r.left() + 8 + padding, r.top(), r.width() - 8 - padding, line);
        gist = QRect(first.left(), first.bottom() + 1 + padding / 2, first.width(), line);
        second = QRect(first.left(), gist.bottom() + 1, first.width(), line);
        const int percentWidth = fm.horizontalAdvance(QStringLiteral("100%"));
        percent = QRect(second.right() - percentWidth + 1, second.top(), percentWidth, second.height());
        bar = QRect(percent.left() - padding / 2 - barWidth, second.center().y() - (line - 4) / 2, barWidth, line - 4);
    }
    int secondGistWidth() const { return bar.left() - padding - second.left(); }
};
}

QSize StatementListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex & /*index*/) const
{
    const QFontMetrics fm(option.font);
    return { 260, 3 * fm.height() + 2 * padding + padding / 2 + 1 };
}

QStringList StatementListDelegate::gistLines(const QString &gist, const QFont &font, int width, int secondWidth)
{
    const QString quoted = QStringLiteral("\u201c%1\u201d").arg(gist);
    QTextLayout layout(quoted, font);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(std::max(0, width));
    const int cut = line.textLength();
    layout.endLayout();
    const QString rest = quoted.mid(cut).trimmed();
    if (rest.isEmpty())
        return { quoted };
    return { quoted.left(cut).trimmed(),
        QFontMetrics(font).elidedText(rest, Qt::ElideRight, std::max(0, secondWidth)) };
}

QString StatementListDelegate::countsText(
    int outlets, int renderings, bool conflict, const QString &speaker, const QFont &font, int width)
{
    const QString warning = conflict ? QStringLiteral("  \u26a0") : QString();
    QString few = tr("%n outlet(s)", nullptr, outlets) + warning;
    if (renderings == outlets)
        return few;
    const QString all = tr("%n outlet(s)", nullptr, outlets) + QStringLiteral(" \u00b7 ")
        + tr("%n rendering(s)", nullptr, renderings) + warning;
    // In a narrow list the speaker comes first: the renderings count gives way before a name of up to
    // sixteen characters is cut (the comparison's header counts the renderings too).
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int speakerRoom = std::min(boldMetrics.horizontalAdvance(speaker), 16 * boldMetrics.averageCharWidth());
    return width - QFontMetrics(font).horizontalAdvance(all) - padding < speakerRoom ? few : all;
}

QString StatementListDelegate::shownName(const QString &name, const QFont &bold, int room)
{
    const QFontMetrics metrics(bold);
    // elidedText measures in fractions of a pixel, and would cut a name ("Tomas Qui…") whose rounded advance, which
    // countsText() made room for, fits.
    return metrics.horizontalAdvance(name) <= room ? name : metrics.elidedText(name, Qt::ElideRight, room);
}

QStringList StatementListDelegate::shownGist(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const RowGeometry g(option.rect, QFontMetrics(option.font));
    return gistLines(index.data(StatementModel::GistRole).toString(), option.font, g.gist.width(), g.secondGistWidth());
}

void StatementListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const bool dark = DiffPalette::isDark(pal);
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = text;
    quiet.setAlphaF(0.65);

    const QString speaker = index.data(StatementModel::SpeakerRole).toString();
    const QString gist = index.data(StatementModel::GistRole).toString();
    const int outlets = index.data(StatementModel::OutletCountRole).toInt();
    const int renderings = index.data(StatementModel::RenderingCountRole).toInt();
    const double minSimilarity = index.data(StatementModel::MinSimilarityRole).toDouble();
    const bool conflict = index.data(StatementModel::HasConflictRole).toBool();
    const int annotations = index.data(StatementModel::AnnotationCountRole).toInt();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(padding, padding, -padding, -padding);
    const QFontMetrics fm(option.font);
    const int line = fm.height();

    // The speaker's line and the gist's first have the full width; the divergence bar, longer and warmer
    // the more the renderings differ, ends the gist's second line with the lowest similarity after it.
    const RowGeometry g(option.rect, fm);
    const QRect &first = g.first;
    const QRect &bar = g.bar;
    const QString divergenceText = renderings > 1 ? QStringLiteral("%1%").arg(qRound(minSimilarity * 100)) : QString();
    const double divergence = renderings > 1 ? std::clamp(1.0 - minSimilarity, 0.0, 1.0) : 0.0;
    painter->setPen(Qt::NoPen);
    painter->setBrush(DiffPalette::accent(CellMark::Outside, dark));
    painter->drawRoundedRect(bar, 2, 2);
    if (divergence > 0) {
        const CellMark tone = divergence >= 0.5 ? CellMark::Omission : CellMark::Substitution;
        painter->setBrush(DiffPalette::accent(tone, dark));
        painter->drawRoundedRect(
            QRect(bar.left(), bar.top(), std::max(3, int(bar.width() * divergence)), bar.height()), 2, 2);
    }
    painter->setPen(quiet);
    painter->drawText(g.percent, Qt::AlignRight | Qt::AlignVCenter, divergenceText);

    QFont bold = option.font;
    bold.setBold(true);
    const auto kind = SpeakerKind(index.data(StatementModel::SpeakerKindRole).toInt());
    const bool organisation = kind == SpeakerKind::Organisation;
    // An organisation is not a person: a square chip, and its mark after its name, quieter.
    const QString who = SpeakerLabel::name(speaker);
    QString kindMark = organisation
        ? QStringLiteral(" ") + SpeakerLabel::organisationMark(kind, SpeakerLabel::Length::Short)
        : QString();
    const QRect chip(r.left(), r.top() + line / 2 - 4, 8, 8);
    painter->setBrush(SpeakerColors::forName(speaker, dark));
    if (organisation)
        painter->drawRect(chip);
    else
        painter->drawEllipse(chip);

    const QString counts = countsText(outlets, renderings, conflict, who, option.font, first.width());
    const int countsWidth = fm.horizontalAdvance(counts);
    // Annotated: a note badge (with the count) just before the counts.
    int badgeRoom = 0;
    if (annotations > 0) {
        const double height = line - 4;
        const double width = AnnotationMark::width(height, annotations);
        const QRectF badge(first.right() - countsWidth - padding - width, first.top() + 2, width, height);
        AnnotationMark::paint(painter, badge, dark, annotations);
        badgeRoom = int(width) + padding;
    }
    painter->setFont(bold);
    painter->setPen(text);
    // The name gives way before the organisation mark does, which is shortened when the list is narrow.
    const int nameRoom = first.width() - countsWidth - badgeRoom - padding;
    const QString fullMark = QStringLiteral(" ") + SpeakerLabel::organisationMark(kind);
    if (organisation && QFontMetrics(bold).horizontalAdvance(who) + fm.horizontalAdvance(fullMark) <= nameRoom)
        kindMark = fullMark;
    const int markWidth = fm.horizontalAdvance(kindMark);
    const QString elidedWho = shownName(who, bold, std::max(0, nameRoom - markWidth));
    painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter, elidedWho);
    if (organisation) {
        painter->setFont(option.font);
        painter->setPen(quiet);
        painter->drawText(first.adjusted(QFontMetrics(bold).horizontalAdvance(elidedWho), 0, 0, 0),
            Qt::AlignLeft | Qt::AlignVCenter, kindMark);
    }
    painter->setFont(option.font);
    painter->setPen(conflict ? DiffPalette::accent(CellMark::Omission, dark) : quiet);
    painter->drawText(first, Qt::AlignRight | Qt::AlignVCenter, counts);

    painter->setPen(text);
    const QStringList lines = gistLines(gist, option.font, g.gist.width(), g.secondGistWidth());
    painter->drawText(g.gist, Qt::AlignLeft | Qt::AlignVCenter, lines.constFirst());
    if (lines.size() > 1)
        painter->drawText(g.second, Qt::AlignLeft | Qt::AlignVCenter, lines.at(1));
    painter->restore();
}

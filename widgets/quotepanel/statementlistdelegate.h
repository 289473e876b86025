// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// A statement in the panel's list, from StatementModel's roles: the speaker with their colour, how many
// outlets render it, a conflict sign, the gist over two lines, and a bar for how far the renderings diverge.
class StatementListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The counts that end the speaker's line `width` wide: outlets, renderings when they are more, a conflict sign.
    static QString countsText(
        int outlets, int renderings, bool conflict, const QString &speaker, const QFont &font, int width);
    // The speaker's name as drawn in `room` pixels of the `bold` font: whole when its advance fits, else elided.
    static QString shownName(const QString &name, const QFont &bold, int room);
    // The gist's lines as the row at option.rect shows them.
    QStringList shownGist(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // The gist in quotation marks, wrapped at words: the first line `width` wide, the second `secondWidth`
    // (it shares its line with the divergence bar) and elided when the gist goes on.
    static QStringList gistLines(const QString &gist, const QFont &font, int width, int secondWidth);
};

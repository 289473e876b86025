// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentation/diffpalette.h"

#include "core/translation.h"

PARALLAX_NAMESPACE_TR(DiffPalette)

bool DiffPalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor DiffPalette::background(CellMark mark, bool dark)
{
    switch (mark) {
    case CellMark::Substitution:
        return dark ? QColor(0x6b, 0x4a, 0x12) : QColor(0xff, 0xe0, 0xa6);
    case CellMark::Insertion:
        return dark ? QColor(0x1f, 0x5a, 0x2c) : QColor(0xc9, 0xef, 0xc9);
    case CellMark::Omission:
        return dark ? QColor(0x6e, 0x24, 0x24) : QColor(0xff, 0xd2, 0xd2);
    case CellMark::Reordering:
        return dark ? QColor(0x23, 0x43, 0x72) : QColor(0xcf, 0xe0, 0xff);
    default:
        return {};
    }
}

QColor DiffPalette::accent(CellMark mark, bool dark)
{
    switch (mark) {
    case CellMark::Substitution:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x5a, 0x00);
    case CellMark::Insertion:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x7a, 0x2e);
    case CellMark::Omission:
        return dark ? QColor(0xef, 0x7a, 0x7a) : QColor(0xc0, 0x1f, 0x1f);
    case CellMark::Reordering:
        return dark ? QColor(0x7f, 0xb2, 0xff) : QColor(0x1f, 0x55, 0xb8);
    case CellMark::Normalisation:
        return dark ? QColor(0x9a, 0x9a, 0x9a) : QColor(0x8a, 0x8a, 0x8a);
    case CellMark::Outside:
    case CellMark::Empty:
        // Quiet on purpose: fragments leave most of a row outside, and that must not shout. Still about 2:1 against
        // the window, light or dark: the one-pixel dotted line drawn in it vanished at the old 1.6:1.
        return dark ? QColor(0x6a, 0x6a, 0x6a) : QColor(0xa6, 0xa6, 0xa6);
    case CellMark::Same:
        return {};
    }
    return {};
}

QString DiffPalette::label(CellMark mark)
{
    switch (mark) {
    case CellMark::Same:
        return tr("same");
    case CellMark::Normalisation:
        return tr("spelling, case or punctuation");
    case CellMark::Substitution:
        return tr("substitution");
    case CellMark::Insertion:
        return tr("insertion");
    case CellMark::Omission:
        return tr("omission");
    case CellMark::Reordering:
        return tr("reordering");
    case CellMark::Outside:
        return tr("not quoted here");
    case CellMark::Empty:
        return {};
    }
    return {};
}

QString DiffPalette::description(CellMark mark)
{
    switch (mark) {
    case CellMark::Same:
        return tr("the same words as the reference");
    case CellMark::Normalisation:
        return tr("only spelling, case, punctuation or quote marks differ");
    case CellMark::Substitution:
        return tr("other words than the reference");
    case CellMark::Insertion:
        return tr("words the reference does not have");
    case CellMark::Omission:
        return tr("words of the reference left out (shown struck through)");
    case CellMark::Reordering:
        return tr("the same words in another place");
    case CellMark::Outside:
        return tr("a part of the statement this rendering does not quote");
    case CellMark::Empty:
        return {};
    }
    return {};
}

QList<CellMark> DiffPalette::legendMarks()
{
    return { CellMark::Substitution, CellMark::Insertion, CellMark::Omission, CellMark::Reordering,
        CellMark::Normalisation, CellMark::Outside };
}

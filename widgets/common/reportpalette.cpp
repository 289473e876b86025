// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/reportpalette.h"

namespace
{
QPalette make(QColor base, QColor alternate, QColor text, QColor placeholder, QColor mid, QColor highlight)
{
    QPalette p;
    for (QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::Window, base);
        p.setColor(group, QPalette::AlternateBase, alternate);
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::PlaceholderText, placeholder);
        p.setColor(group, QPalette::Mid, mid);
        p.setColor(group, QPalette::Highlight, highlight);
        p.setColor(group, QPalette::HighlightedText, base);
    }
    return p;
}
}

QPalette ReportPalette::light()
{
    return make(QColor(0xff, 0xff, 0xff), QColor(0xf3, 0xf4, 0xf6), QColor(0x1f, 0x23, 0x28), QColor(0x6a, 0x70, 0x78),
        QColor(0xa8, 0xad, 0xb4), QColor(0x2f, 0x6f, 0xd0));
}

QPalette ReportPalette::dark()
{
    return make(QColor(0x1e, 0x1f, 0x22), QColor(0x2a, 0x2c, 0x30), QColor(0xe8, 0xe8, 0xea), QColor(0x9a, 0xa0, 0xa6),
        QColor(0x5c, 0x60, 0x68), QColor(0x4a, 0x8c, 0xf0));
}

QPalette ReportPalette::forScheme(Scheme scheme, const QPalette &window)
{
    switch (scheme) {
    case Scheme::Light:
        return light();
    case Scheme::Dark:
        return dark();
    case Scheme::Window:
        return window;
    }
    return light();
}

QString ReportPalette::name(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return tr("Light (for reports)");
    case Scheme::Dark:
        return tr("Dark (for slides)");
    case Scheme::Window:
        return tr("Like the window");
    }
    return {};
}

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/lexicon.h"
#include "events/mentionfeatures.h"

#include <QList>
#include <QString>

// Files a merged event under one of EventCategory's categories by what happened: the kind most of its
// mentions tell of ("collapsed": disaster), and, for kinds that happen in any field (an ouster, an agreement,
// a halt), the field its mentions' words speak of ("chief executive", "minister", "troops", "court").
namespace EventCategorizer
{
QString categoryOf(const QList<MentionFeatures> &mentions);
// The kind most mentions tell of (their primary trigger counting double); Lexicon::NoFamily for none.
Lexicon::Family dominantKind(const QList<MentionFeatures> &mentions);
}

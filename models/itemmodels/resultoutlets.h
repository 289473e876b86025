// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/articlelistmodel.h"
#include "itemmodels/timelinemodel.h"

#include <QStringList>

#include <memory>

// The outlets of one analysis result as the window's views read them: what the outlet filter offers, each
// article's outlet for the article list and each event's outlets for the timeline model. Made by
// ResultOutletsBuilder, off the GUI thread.
struct ResultOutlets {
    QStringList names; // distinct, sorted case-insensitively; empty unless listed
    std::shared_ptr<const ArticleListModel::OutletIds> articleOutlets;
    std::shared_ptr<const TimelineModel::EventOutlets> eventOutlets;
    std::shared_ptr<const TimelineModel::OutletIds> outletIds;
};

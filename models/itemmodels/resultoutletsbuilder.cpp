// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/resultoutletsbuilder.h"

#include "analysis/analysisresult.h"

ResultOutletsBuilder &ResultOutletsBuilder::setListOutlets(bool list)
{
    m_listOutlets = list;
    return *this;
}

ResultOutlets ResultOutletsBuilder::build(const AnalysisResult &result) const
{
    ResultOutlets outlets;
    outlets.articleOutlets = std::make_shared<const ArticleListModel::OutletIds>(ArticleListModel::outletIds(result));
    if (m_listOutlets) {
        outlets.names = outlets.articleOutlets->names;
        outlets.names.sort(Qt::CaseInsensitive);
    }
    outlets.eventOutlets = std::make_shared<const TimelineModel::EventOutlets>(TimelineModel::eventOutlets(result));
    outlets.outletIds
        = std::make_shared<const TimelineModel::OutletIds>(TimelineModel::outletIds(*outlets.eventOutlets));
    return outlets;
}

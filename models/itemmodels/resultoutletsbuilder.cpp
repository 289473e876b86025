// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/resultoutletsbuilder.h"

#include "analysis/analysisresult.h"

#include <QSet>

ResultOutletsBuilder &ResultOutletsBuilder::setListOutlets(bool list)
{
    m_listOutlets = list;
    return *this;
}

ResultOutlets ResultOutletsBuilder::build(const AnalysisResult &result) const
{
    ResultOutlets outlets;
    if (m_listOutlets) {
        // A set: articles without an outlet are listed by id, so a list's contains() made this quadratic.
        QSet<QString> distinct;
        for (const Article &a : result.corpus.articles)
            distinct.insert(a.outlet.isEmpty() ? a.id : a.outlet);
        outlets.names = QStringList(distinct.cbegin(), distinct.cend());
        outlets.names.sort(Qt::CaseInsensitive);
    }
    outlets.eventOutlets = std::make_shared<const TimelineModel::EventOutlets>(TimelineModel::eventOutlets(result));
    outlets.outletIds
        = std::make_shared<const TimelineModel::OutletIds>(TimelineModel::outletIds(*outlets.eventOutlets));
    return outlets;
}

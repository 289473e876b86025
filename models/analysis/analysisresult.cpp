// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysisresult.h"

int AnalysisResult::quoteIndex(const QString &quoteId) const
{
    for (int i = 0; i < quotes.size(); ++i) {
        if (quotes.at(i).id == quoteId)
            return i;
    }
    return -1;
}

int AnalysisResult::statementIndex(const QString &statementId) const
{
    for (int i = 0; i < statements.size(); ++i) {
        if (statements.at(i).id == statementId)
            return i;
    }
    return -1;
}

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

class BenchPlan;
class BenchRng;

// One article of the benchmark corpus as a reporter wrote it, before it is put into a page: its
// story's statements quoted in the many ways outlets quote (whole, in part, with a word changed,
// with the punctuation or spelling changed, credited by name, by pronoun or "according to"), its
// story's events dated at every precision (a day, "last week", "in early March", a month, a season,
// a year, a decade, relative to publication), and plain prose between them.
struct BenchArticle {
    QString title;
    QString author;
    QString outlet;
    QString url;
    QDate published;
    QStringList paragraphs;
    QString caption; // the lead photo's caption and credit
    QStringList related; // headlines of other articles, for the page's furniture
    int index = -1;

    static BenchArticle compose(const BenchPlan &plan, int index);
    // `date` as an article published on `published` may write it, at a precision picked by `rng`.
    static QString datePhrase(BenchRng &rng, const QDate &date, const QDate &published, bool background);
};

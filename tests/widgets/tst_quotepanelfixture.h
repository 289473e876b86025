// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "testsupport.h"

#include <memory>

// A small analysis with known alignments for the quote panel and export tests: three outlets,
// four statements.
//  s1 (Ana Lopez): three full renderings; against A, B has one substitution ("not" for "never"), one
//      insertion ("again") and a spelling-only difference; C leaves out "working", moves "on families"
//      to the end and writes "we" in lower case.
//  s2 (Ana Lopez): a full rendering in B and a fragment ("deficit is gone") in C.
//  s3: the same words credited to Ben Ortiz by A and to Carl Ruiz by C (an attribution conflict).
//  s4 (Dee Park): the same words in A and B.
namespace QuotePanelFixture
{
inline Quote makeQuote(AnalysisResult &result, int article, const QString &text, const QString &speaker,
    const QString &cue, const QString &statement, QuoteKind kind = QuoteKind::Direct)
{
    const Article &a = result.corpus.articles.at(article);
    Quote q = TestSupport::makeQuote(result, article, text, speaker, statement);
    q.kind = kind;
    q.speakerCue = cue;
    q.cueSpan.start = int(a.text().indexOf(cue, q.span.end));
    if (q.cueSpan.start < 0)
        q.cueSpan.start = int(a.text().indexOf(cue));
    q.cueSpan.end = q.cueSpan.start + int(cue.size());
    q.rule = AttributionRule::SameSentenceCue;
    return q;
}

inline AlignmentColumn column(const QStringList &cells, DiffKind kind)
{
    return { cells, kind };
}

inline std::shared_ptr<const AnalysisResult> make()
{
    auto result = std::make_shared<AnalysisResult>();
    const QString t1a = QStringLiteral("We will never raise taxes on working families this year.");
    const QString t1b = QStringLiteral("We will not raise taxes on working families this year, again");
    const QString t1c = QStringLiteral("we will never raise taxes this year on families.");
    const QString t2b = QStringLiteral("The budget is balanced and the deficit is gone.");
    const QString t2c = QStringLiteral("deficit is gone");
    const QString t3 = QStringLiteral("Talks will resume in March.");
    const QString t4 = QStringLiteral("The port reopens on Friday.");

    const QString textA = QStringLiteral("Budget row deepens\n\nLopez spoke in the capital on Monday. \u201c") + t1a
        + QStringLiteral("\u201d she told reporters.\n\n\u201c") + t3
        + QStringLiteral("\u201d Ben Ortiz said after the meeting.\n\nDee Park said: \u201c") + t4
        + QStringLiteral("\u201d");
    const QString textB = QStringLiteral("Lopez digs in\n\n\u201c") + t1b
        + QStringLiteral(",\u201d the minister insisted on Monday.\n\nLater she added: \u201c") + t2b
        + QStringLiteral("\u201d\n\n\u201c") + t4 + QStringLiteral("\u201d said Dee Park.");
    const QString textC = QStringLiteral("Minister holds the line\n\nAccording to Lopez, \u201c") + t1c
        + QStringLiteral("\u201d\n\nShe also said the \u201c") + t2c
        + QStringLiteral("\u201d after years of cuts.\n\n\u201c") + t3 + QStringLiteral("\u201d Carl Ruiz said.");

    const QDate day(2025, 3, 3);
    const QStringList outlets { QStringLiteral("Daily Ledger"), QStringLiteral("Morning Wire"),
        QStringLiteral("Coast Courier") };
    const QStringList texts { textA, textB, textC };
    for (int i = 0; i < 3; ++i) {
        const QString id = QStringLiteral("art%1").arg(i + 1);
        Article a = TestSupport::makeArticle(texts.at(i), day, id, true);
        a.outlet = outlets.at(i);
        a.url = QStringLiteral("https://example.org/%1").arg(id);
        result->corpus.articles.append(a);
    }
    result->corpus.name = QStringLiteral("Synthetic budget row");

    QList<Quote> &quotes = result->quotes;
    quotes.append(makeQuote(
        *result, 0, t1a, QStringLiteral("Ana Lopez"), QStringLiteral("she told reporters"), QStringLiteral("s1")));
    quotes.append(
        makeQuote(*result, 0, t3, QStringLiteral("Ben Ortiz"), QStringLiteral("Ben Ortiz said"), QStringLiteral("s3")));
    quotes.append(makeQuote(
        *result, 1, t1b, QStringLiteral("Ana Lopez"), QStringLiteral("the minister insisted"), QStringLiteral("s1")));
    quotes.append(
        makeQuote(*result, 1, t2b, QStringLiteral("Ana Lopez"), QStringLiteral("she added"), QStringLiteral("s2")));
    quotes.append(makeQuote(
        *result, 2, t1c, QStringLiteral("Ana Lopez"), QStringLiteral("According to Lopez"), QStringLiteral("s1")));
    quotes.append(makeQuote(*result, 2, t2c, QStringLiteral("Ana Lopez"), QStringLiteral("She also said"),
        QStringLiteral("s2"), QuoteKind::Fragment));
    quotes.append(
        makeQuote(*result, 2, t3, QStringLiteral("Carl Ruiz"), QStringLiteral("Carl Ruiz said"), QStringLiteral("s3")));

    const QString n; // a gap
    Statement s1 = TestSupport::makeStatement(QStringLiteral("s1"), QStringLiteral("Ana Lopez"),
        { QStringLiteral("art1#q1"), QStringLiteral("art2#q1"), QStringLiteral("art3#q1") }, QStringLiteral("art1#q1"),
        { 1.0, 0.8, 0.6 });
    s1.alignment = {
        column({ QStringLiteral("We"), QStringLiteral("We"), QStringLiteral("we") }, DiffKind::Normalisation),
        column({ QStringLiteral("will"), QStringLiteral("will"), QStringLiteral("will") }, DiffKind::Same),
        column({ QStringLiteral("never"), QStringLiteral("not"), QStringLiteral("never") }, DiffKind::Substitution),
        column({ QStringLiteral("raise taxes"), QStringLiteral("raise taxes"), QStringLiteral("raise taxes") },
            DiffKind::Same),
        column({ QStringLiteral("on"), QStringLiteral("on"), n }, DiffKind::Reordering),
        column({ QStringLiteral("working"), QStringLiteral("working"), n }, DiffKind::Omission),
        column({ QStringLiteral("families"), QStringLiteral("families"), n }, DiffKind::Reordering),
        column(
            { QStringLiteral("this year"), QStringLiteral("this year"), QStringLiteral("this year") }, DiffKind::Same),
        column({ n, n, QStringLiteral("on families") }, DiffKind::Reordering),
        column({ QStringLiteral("."), QStringLiteral(","), QStringLiteral(".") }, DiffKind::Normalisation),
        column({ n, QStringLiteral("again"), n }, DiffKind::Insertion),
    };

    Statement s2 = TestSupport::makeStatement(QStringLiteral("s2"), QStringLiteral("Ana Lopez"),
        { QStringLiteral("art2#q2"), QStringLiteral("art3#q2") }, QStringLiteral("art2#q2"), { 1.0, 0.33 });
    s2.alignment = {
        column({ QStringLiteral("The budget is balanced and the"), n }, DiffKind::Omission),
        column({ QStringLiteral("deficit is gone"), QStringLiteral("deficit is gone") }, DiffKind::Same),
        column({ QStringLiteral("."), n }, DiffKind::Omission),
    };

    Statement s3 = TestSupport::makeStatement(QStringLiteral("s3"), QStringLiteral("Ben Ortiz"),
        { QStringLiteral("art1#q2"), QStringLiteral("art3#q3") }, QStringLiteral("art1#q2"), { 1.0, 1.0 });
    s3.alignment = { column({ t3, t3 }, DiffKind::Same) };
    s3.conflicts = { AttributionConflict { { QStringLiteral("Ben Ortiz"), QStringLiteral("Carl Ruiz") },
        { QStringLiteral("art1#q2"), QStringLiteral("art3#q3") } } };

    Statement s4 = TestSupport::makeStatement(QStringLiteral("s4"), QStringLiteral("Dee Park"),
        { QStringLiteral("art1#q3"), QStringLiteral("art2#q3") }, QStringLiteral("art1#q3"), { 1.0, 1.0 });
    s4.alignment = { column({ t4, t4 }, DiffKind::Same) };

    result->statements = { s1, s2, s3, s4 };
    return result;
}
}

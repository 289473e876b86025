// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentation/comparisonhtml.h"

#include "core/translation.h"
#include "core/weblink.h"
#include "presentation/alignmentsegments.h"
#include "presentation/diffpalette.h"
#include "presentation/speakercolors.h"
#include "presentation/speakerlabel.h"

#include <QLocale>

#include <algorithm>

PARALLAX_NAMESPACE_TR(ComparisonHtml)

namespace
{
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString colorName(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

QString percent(double value)
{
    return QLocale().toString(qRound(value * 100)) + QStringLiteral("%");
}

QString chip(const QString &outlet, bool dark)
{
    return QStringLiteral("<span style=\"color:%1\">\u25a0</span>")
        .arg(colorName(SpeakerColors::forName(outlet, dark)));
}

// One cell of the HTML alignment table.
QString cellHtml(const AlignmentSegments &segments, int segment, int rendering, const ComparisonHtml::Options &o)
{
    const CellMark mark = segments.segmentMark(segment, rendering);
    const QColor tint = DiffPalette::background(mark, o.dark);
    const QColor accent = DiffPalette::accent(mark, o.dark);
    QString style = QStringLiteral("padding:2px 4px; white-space:nowrap;");
    if (tint.isValid())
        style += QStringLiteral(" background-color:%1; border-bottom:2px solid %2;")
                     .arg(colorName(tint), colorName(accent));
    QString inner;
    if (mark == CellMark::Outside) {
        inner = QStringLiteral("<span style=\"color:%1\">\u2219\u2219\u2219</span>").arg(colorName(accent));
    } else if (mark != CellMark::Empty && segments.showsReferenceWords(segment, rendering)) {
        const QString tag = mark == CellMark::Omission ? QStringLiteral("s") : QStringLiteral("i");
        inner = QStringLiteral("<%1 style=\"color:%2\">%3</%1>")
                    .arg(tag, colorName(accent), esc(segments.shownText(segment, rendering)));
    } else if (mark == CellMark::Normalisation) {
        inner = QStringLiteral("<span style=\"text-decoration:underline dotted %1\">%2</span>")
                    .arg(colorName(accent), esc(segments.text(segment, rendering)));
    } else {
        inner = esc(segments.text(segment, rendering));
    }
    QString title;
    if (isRealDifference(mark) || mark == CellMark::Normalisation)
        title = QStringLiteral(" title=\"%1\"").arg(esc(DiffPalette::label(mark)));
    return QStringLiteral("<td style=\"%1\"%2>%3</td>").arg(style, title, inner);
}

QString rowLabel(const StatementComparison &c, int rendering, const ComparisonHtml::Options &o)
{
    const RenderingView &r = c.renderings.at(rendering);
    QString name = esc(ComparisonHtml::renderingLabel(c, rendering));
    if (r.isReference)
        name = QStringLiteral("<b>%1</b>").arg(name);
    return QStringLiteral("<td style=\"padding:2px 8px 2px 0; white-space:nowrap\">%1 %2</td>")
        .arg(chip(r.outlet, o.dark), name);
}

// Where the quote and the cue sit in the context: quote in bold, cue underlined.
QString contextHtml(const RenderingView &r)
{
    struct Mark {
        int pos;
        bool open;
        QString tag;
    };
    QList<Mark> marks;
    const auto add = [&](TextSpan span, const QString &tag) {
        if (span.isEmpty() || span.start < 0 || span.end > r.context.size())
            return;
        marks.append({ span.start, true, tag });
        marks.append({ span.end, false, tag });
    };
    add(r.quoteInContext, QStringLiteral("b"));
    // A cue inside the quote would cross tags; it is only underlined where it stands apart.
    if (!r.cueInContext.overlaps(r.quoteInContext))
        add(r.cueInContext, QStringLiteral("u"));
    std::stable_sort(marks.begin(), marks.end(),
        [](const Mark &a, const Mark &b) { return a.pos != b.pos ? a.pos < b.pos : (!a.open && b.open); });
    QString out;
    int pos = 0;
    for (const Mark &m : std::as_const(marks)) {
        out += esc(r.context.mid(pos, m.pos - pos));
        out += m.open ? QStringLiteral("<%1>").arg(m.tag) : QStringLiteral("</%1>").arg(m.tag);
        pos = m.pos;
    }
    out += esc(r.context.mid(pos));
    return out;
}

// The columns' weights summed from the first column, after which a rendering's coverage bar costs nothing more. The
// weights come with the comparison: counting them here went over every cell of thousands of renderings for each
// few cards shown. A comparison put together by hand, without them, is counted here.
QList<int> columnWeightSums(const StatementComparison &c)
{
    const QList<int> weights
        = c.columnWeights.size() == c.columns.size() ? c.columnWeights : RenderingDiff::columnWeights(c.columns);
    QList<int> sums { 0 };
    sums.reserve(weights.size() + 1);
    for (const int w : weights)
        sums.append(sums.constLast() + w);
    return sums;
}

// A line of blocks: grey where the statement is not quoted, coloured where this rendering has words. Short enough to
// leave its caption room beside it in a laptop's context pane.
QString coverageBar(const QList<int> &weightSums, const RenderingView &r, bool dark)
{
    constexpr int blocks = 12;
    const int total = weightSums.constLast();
    if (total == 0 || r.firstColumn < 0)
        return {};
    const int columns = int(weightSums.size()) - 1;
    const int first = std::min(r.firstColumn, columns);
    const int last = std::clamp(r.lastColumn + 1, first, columns);
    const int before = weightSums.at(first);
    const int inside = weightSums.at(last) - before;
    const int a = qRound(double(before) / total * blocks);
    const int b = std::max(1, qRound(double(inside) / total * blocks));
    const int rest = std::max(0, blocks - a - b);
    const QString grey = colorName(DiffPalette::accent(CellMark::Outside, dark));
    const QString full = colorName(SpeakerColors::forName(r.outlet, dark));
    return QStringLiteral("<span style=\"color:%1\">%2</span><span style=\"color:%3\">%4</span>"
                          "<span style=\"color:%1\">%5</span>")
        .arg(grey, QString(a, QChar(0x2501)), full, QString(b, QChar(0x2501)), QString(rest, QChar(0x2501)));
}
}

QString ComparisonHtml::differenceText(const RenderingView &rendering)
{
    if (rendering.isReference)
        return tr("reference");
    const bool shares = rendering.marks.contains(CellMark::Same) || rendering.marks.contains(CellMark::Normalisation)
        || rendering.marks.contains(CellMark::Reordering);
    if (!shares && rendering.wordCount > 0)
        return tr("no words in common with the reference");
    QStringList kinds;
    for (CellMark m : rendering.differences())
        kinds.append(DiffPalette::label(m));
    if (kinds.isEmpty())
        return rendering.marks.contains(CellMark::Normalisation) ? DiffPalette::label(CellMark::Normalisation)
                                                                 : tr("same words");
    return kinds.join(QStringLiteral(", "));
}

QString ComparisonHtml::renderingLabel(const StatementComparison &comparison, int rendering)
{
    const RenderingView &r = comparison.renderings.at(rendering);
    return (r.isReference ? QStringLiteral("\u2605 ") : QString()) + r.outlet + renderingNumber(comparison, rendering);
}

QString ComparisonHtml::renderingNumber(const StatementComparison &comparison, int rendering)
{
    const RenderingView &r = comparison.renderings.at(rendering);
    return r.outletRenderings > 1 ? QStringLiteral(" #%1").arg(r.outletRepeat) : QString();
}

QString ComparisonHtml::coverageText(const StatementComparison &comparison, int rendering)
{
    const RenderingView &r = comparison.renderings.at(rendering);
    if (r.isReference)
        return tr("%n word(s), the reference", nullptr, r.wordCount);
    if (comparison.referenceWordCount > 0 && r.coveredReferenceWords < comparison.referenceWordCount)
        return tr("covers %1 of the reference's %n word(s)", nullptr, comparison.referenceWordCount)
            .arg(r.coveredReferenceWords);
    return tr("covers the whole reference");
}

QString ComparisonHtml::statementHeader(const StatementComparison &c)
{
    const QString speaker = SpeakerLabel::name(c.speaker);
    // An organisation, office or body speaks through someone: said so, so it is not read as a person.
    const QString mark = SpeakerLabel::organisationMark(c.speakerKind);
    const QString kind
        = mark.isEmpty() ? QString() : QStringLiteral(" <span style=\"font-weight:normal\">%1</span>").arg(esc(mark));
    QString html
        = QStringLiteral("<p style=\"margin:0\"><b>%1</b>%2: \u201c%3\u201d</p>").arg(esc(speaker), kind, esc(c.gist));
    const int renderings = int(c.renderings.size());
    QStringList facts { c.statementId, tr("%n rendering(s)", nullptr, renderings),
        tr("%n outlet(s)", nullptr, c.outletCount) };
    if (c.renderings.size() > 1)
        facts.append(tr("lowest similarity %1").arg(percent(c.minSimilarity)));
    html += QStringLiteral("<p style=\"margin:2px 0 0 0\">%1</p>").arg(esc(facts.join(QStringLiteral(" \u00b7 "))));
    for (const QString &conflict : c.conflicts) {
        html += QStringLiteral("<p style=\"margin:2px 0 0 0; color:%1\">\u26a0 %2</p>")
                    .arg(colorName(DiffPalette::accent(CellMark::Omission, false)),
                        esc(tr("Outlets credit this statement to different speakers: %1").arg(conflict)));
    }
    return html;
}

QString ComparisonHtml::alignmentTable(const StatementComparison &c, const Options &o)
{
    const AlignmentSegments segments(c, o.showNormalisation, false, 6);
    const int n = int(c.renderings.size());
    // Bands of about `bandCharacters`, so a long statement wraps instead of running off the page.
    QList<int> bandStarts { 0 };
    int width = 0;
    for (int s = 0; s < segments.count(); ++s) {
        int w = 1;
        for (int r = 0; r < n; ++r)
            w = std::max(w, int(segments.shownText(s, r).size()) + 1);
        if (width > 0 && width + w > o.bandCharacters) {
            bandStarts.append(s);
            width = 0;
        }
        width += w;
    }
    QString html;
    for (int b = 0; b < bandStarts.size(); ++b) {
        const int end = b + 1 < bandStarts.size() ? bandStarts.at(b + 1) : segments.count();
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse; "
                               "margin:6px 0\">");
        for (int r = 0; r < n; ++r) {
            const QString rowStyle
                = r == o.current ? QStringLiteral(" style=\"outline:2px solid #3875d7\"") : QString();
            html += QStringLiteral("<tr%1>").arg(rowStyle) + rowLabel(c, r, o);
            for (int s = bandStarts.at(b); s < end; ++s)
                html += cellHtml(segments, s, r, o);
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

QString ComparisonHtml::renderingCards(const StatementComparison &c, const Options &o)
{
    const QList<int> weightSums = columnWeightSums(c);
    const int first = std::clamp(o.firstCard, 0, int(c.renderings.size()));
    const int end
        = o.cardCount < 0 ? int(c.renderings.size()) : std::min(int(c.renderings.size()), first + o.cardCount);
    QString html;
    for (int i = first; i < end; ++i) {
        const RenderingView &r = c.renderings.at(i);
        QStringList facts;
        if (r.published.isValid())
            facts.append(r.published.toString(Qt::ISODate));
        facts.append(r.kind == QuoteKind::Direct ? tr("direct quote")
                : r.kind == QuoteKind::Fragment  ? tr("fragment")
                                                 : tr("term"));
        if (r.headline)
            facts.append(tr("headline"));
        if (!r.isReference)
            facts.append(tr("similarity %1").arg(percent(r.similarity)));
        facts.append(differenceText(r));
        const QString title = r.articleTitle.isEmpty() ? r.articleId : r.articleTitle;
        const QString speaker
            = r.speaker.isEmpty() ? tr("unknown speaker") : SpeakerLabel::withMark(r.speaker, r.speakerKind);
        const QString cue
            = r.speakerCue.isEmpty() ? tr("no speaker cue found") : tr("cue: \u201c%1\u201d").arg(r.speakerCue);
        QString card = QStringLiteral(
            "<p style=\"margin:0\"><a name=\"card-%3\"></a>%1 <b>%2</b> \u2014 <a href=\"rendering:%3\">%4</a></p>")
                           .arg(chip(r.outlet, o.dark), esc(r.outlet + renderingNumber(c, i)))
                           .arg(i)
                           .arg(esc(title));
        card += QStringLiteral("<p style=\"margin:2px 0 0 0; color:%1\">%2</p>")
                    .arg(colorName(DiffPalette::accent(CellMark::Normalisation, o.dark)),
                        esc(facts.join(QStringLiteral(" \u00b7 "))));
        card += QStringLiteral("<p style=\"margin:4px 0 0 0\">%1</p>").arg(contextHtml(r));
        // The bar and its caption kept together by no-break spaces: the line breaks before them, not inside them.
        const QString coverage = coverageBar(weightSums, r, o.dark) + QChar(0x00a0)
            + esc(coverageText(c, i)).replace(QLatin1Char(' '), QChar(0x00a0));
        card += QStringLiteral("<p style=\"margin:2px 0 0 0; color:%1\">%2 \u00b7 %3 \u00b7 %4</p>")
                    .arg(colorName(DiffPalette::accent(CellMark::Normalisation, o.dark)), esc(speaker), esc(cue),
                        coverage);
        if (WebLink::isWebUrl(r.url))
            card += QStringLiteral("<p style=\"margin:2px 0 0 0\"><a href=\"%1\">%1</a></p>").arg(esc(r.url));
        else if (!r.url.isEmpty())
            card += QStringLiteral("<p style=\"margin:2px 0 0 0\">%1</p>").arg(esc(r.url));
        const QString background
            = i == o.current ? colorName(o.dark ? QColor(0x2a, 0x3a, 0x55) : QColor(0xe6, 0xef, 0xff)) : QString();
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" cellspacing=\"0\" style=\"margin:0 0 6px 0\"%1>"
                               "<tr><td>%2</td></tr></table>")
                    .arg(background.isEmpty() ? QString() : QStringLiteral(" bgcolor=\"%1\"").arg(background), card);
    }
    return html;
}

QString ComparisonHtml::legend(const Options &o)
{
    QString html = QStringLiteral("<table cellspacing=\"4\" cellpadding=\"2\"><tr>");
    for (CellMark m : DiffPalette::legendMarks()) {
        if (m == CellMark::Normalisation && !o.showNormalisation)
            continue;
        const QColor tint = DiffPalette::background(m, o.dark);
        const QString swatchStyle = tint.isValid()
            ? QStringLiteral("background-color:%1; border-bottom:2px solid %2;")
                  .arg(colorName(tint), colorName(DiffPalette::accent(m, o.dark)))
            : QStringLiteral("color:%1;").arg(colorName(DiffPalette::accent(m, o.dark)));
        const QString sample = m == CellMark::Outside ? QStringLiteral("\u2219\u2219\u2219")
            : m == CellMark::Omission                 ? QStringLiteral("<s>abc</s>")
            : m == CellMark::Normalisation
            ? QStringLiteral("<span style=\"text-decoration:underline dotted\">abc</span>")
            : QStringLiteral("abc");
        html += QStringLiteral("<td style=\"%1 padding:1px 5px\" title=\"%2\">%3</td><td>%4</td>")
                    .arg(swatchStyle, esc(DiffPalette::description(m)), sample, esc(DiffPalette::label(m)));
    }
    html += QStringLiteral("<td>\u2605 %1</td></tr></table>").arg(tr("reference rendering"));
    return html;
}

QString ComparisonHtml::document(const QString &title, const QList<StatementComparison> &comparisons, const Options &o)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                                  "<style>body{font-family:sans-serif;max-width:70em;margin:2em auto;line-height:1.4;"
                                  "color:#222} h1{font-size:1.4em} section{border-top:1px solid #ccc;padding:0.8em 0}"
                                  " td{vertical-align:top} a{color:#1f55b8}</style></head><body>\n")
                       .arg(esc(title));
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    const int statements = int(comparisons.size());
    html += QStringLiteral("<p>%1</p>\n")
                .arg(tr("%n statement(s). Each rendering is compared with the reference rendering (\u2605).", nullptr,
                    statements));
    html += QStringLiteral("<div class=\"legend\">%1</div>\n").arg(legend(o));
    for (const StatementComparison &c : comparisons) {
        html += QStringLiteral("<section id=\"%1\">\n%2\n%3\n%4</section>\n")
                    .arg(esc(c.statementId), statementHeader(c), alignmentTable(c, o), renderingCards(c, o));
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

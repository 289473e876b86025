// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationreport.h"

#include "annotations/annotationexport.h"
#include "annotations/markdowntext.h"
#include "core/translation.h"

#include <QLocale>

PARALLAX_NAMESPACE_TR(AnnotationReport)

namespace
{
QString anchorCell(const AnnotationAnchor &anchor)
{
    const TextQuoteSelector &q = anchor.target.quote;
    QString text = QStringLiteral("…") + MarkdownText::cell(q.prefix) + QStringLiteral(" **")
        + MarkdownText::cell(q.exact) + QStringLiteral("** ") + MarkdownText::cell(q.suffix) + QStringLiteral("…");
    if (anchor.state == AnchorState::Orphaned)
        text += QStringLiteral("<br>") + AnnotationReport::tr("*(orphaned: not found in the current text)*");
    else if (!anchor.previousExact.isNull())
        text += QStringLiteral("<br>")
            + AnnotationReport::tr("*(annotated as “%1”; the text has changed)*")
                  .arg(MarkdownText::cell(anchor.previousExact));
    return text;
}
}

QByteArray AnnotationReport::toMarkdown(
    const QList<Annotation> &annotations, const Corpus *corpus, const Options &options)
{
    const AnnotationExport lookup(annotations, corpus, options.projectName);
    QStringList out;
    out << QStringLiteral("# ") + tr("Discrepancies: %1").arg(MarkdownText::escape(options.projectName)) << QString();
    out << tr("%n annotation(s).", nullptr, int(annotations.size())) << QString();
    if (!options.timelineImage.isEmpty())
        out << QStringLiteral("![%1](%2)").arg(tr("Timeline"), MarkdownText::destination(options.timelineImage))
            << QString();

    int number = 0;
    for (const Annotation &a : annotations) {
        out << QStringLiteral("## %1. %2 (%3)")
                   .arg(++number)
                   .arg(annotationCategoryLabel(a.category), annotationSeverityLabel(a.severity).toLower());
        out << QString();
        QString byline = a.author.isEmpty() ? QString() : MarkdownText::cell(a.author) + QStringLiteral(", ");
        byline += QLocale::c().toString(a.created.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        if (a.modified > a.created.addSecs(1))
            byline += QStringLiteral("; ")
                + tr("edited %1")
                      .arg(QLocale::c().toString(a.modified.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
        out << QStringLiteral("*") + byline + QStringLiteral("*") << QString();
        if (!a.note.isEmpty()) {
            const QStringList lines = MarkdownText::escape(a.note).split(QLatin1Char('\n'));
            for (const QString &line : lines)
                out << QStringLiteral("> ") + line;
            out << QString();
        }
        if (a.anchors.isEmpty())
            continue;
        QStringList header;
        QStringList rule;
        QStringList texts;
        for (const AnnotationAnchor &anchor : a.anchors) {
            QString head = MarkdownText::cell(anchor.role.isEmpty() ? anchor.target.articleId : anchor.role);
            const QString outlet = lookup.outletOf(anchor);
            if (!outlet.isEmpty() && outlet != anchor.role)
                head += QStringLiteral(" — ") + MarkdownText::cell(outlet);
            head += QStringLiteral(" (") + MarkdownText::codeSpan(anchor.target.articleId) + QStringLiteral(")");
            header << head;
            rule << QStringLiteral("---");
            texts << anchorCell(anchor);
        }
        out << QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |");
        out << QStringLiteral("| ") + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |");
        out << QStringLiteral("| ") + texts.join(QStringLiteral(" | ")) + QStringLiteral(" |");
        out << QString();
    }
    return out.join(QLatin1Char('\n')).toUtf8();
}

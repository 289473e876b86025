// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentation/quoteexporter.h"

#include "core/logging.h"
#include "presentation/comparisonhtml.h"
#include "presentation/renderingdiff.h"

#include <QBuffer>
#include <QFileInfo>
#include <QSaveFile>

namespace
{
// How a rendering differs from the reference, as stable words for a spreadsheet.
QString differenceCode(const RenderingView &r)
{
    if (r.isReference)
        return QStringLiteral("reference");
    QStringList kinds;
    for (CellMark m : r.differences())
        kinds.append(cellMarkName(m));
    if (kinds.isEmpty())
        return r.marks.contains(CellMark::Normalisation) ? cellMarkName(CellMark::Normalisation)
                                                         : cellMarkName(CellMark::Same);
    return kinds.join(QLatin1Char(';'));
}

bool speakerMatches(const QString &canonical, const QString &wanted)
{
    return !canonical.isEmpty() && canonical.contains(wanted, Qt::CaseInsensitive);
}
}

QuoteExporter::QuoteExporter(std::shared_ptr<const AnalysisResult> result, ImageRenderer renderImage)
    : m_result(std::move(result))
    , m_renderImage(std::move(renderImage))
{
}

std::optional<QuoteExporter::Format> QuoteExporter::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("png"))
        return Format::Png;
    return std::nullopt;
}

Result<QStringList> QuoteExporter::select(const QString &statementId, const QString &speaker) const
{
    QStringList out;
    const QList<Statement> &statements = m_result->statements;
    if (!statementId.isEmpty()) {
        const int index = m_result->statementIndex(statementId);
        if (index < 0)
            return Error { Error::Code::NotFound, tr("unknown statement %1").arg(statementId) };
        if (!speaker.isEmpty() && !speakerMatches(statements.at(index).speaker, speaker))
            return Error { Error::Code::NotFound, tr("statement %1 is not by %2").arg(statementId, speaker) };
        return QStringList { statementId };
    }
    for (const Statement &s : statements) {
        if (speaker.isEmpty() || speakerMatches(s.speaker, speaker))
            out.append(s.id);
    }
    if (out.isEmpty() && !speaker.isEmpty())
        return Error { Error::Code::NotFound, tr("no statement by a speaker matching %1").arg(speaker) };
    return out;
}

QStringList QuoteExporter::known(const QStringList &statementIds) const
{
    QStringList out;
    out.reserve(statementIds.size());
    for (const QString &id : statementIds) {
        if (m_result->statementIndex(id) >= 0)
            out.append(id);
    }
    return out;
}

QByteArray QuoteExporter::html(const QStringList &statementIds, bool showNormalisation) const
{
    const RenderingDiff diff(*m_result);
    QList<StatementComparison> comparisons;
    comparisons.reserve(statementIds.size());
    for (const QString &id : known(statementIds))
        comparisons.append(diff.compare(id));
    ComparisonHtml::Options options;
    options.showNormalisation = showNormalisation;
    const QString title = tr("Quote comparison: %1").arg(m_result->corpus.name);
    return ComparisonHtml::document(title, comparisons, options).toUtf8();
}

QString QuoteExporter::csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray QuoteExporter::csv(const QStringList &statementIds) const
{
    const RenderingDiff diff(*m_result);
    const QStringList header { QStringLiteral("statement"), QStringLiteral("speaker"), QStringLiteral("outlet"),
        QStringLiteral("article"), QStringLiteral("url"), QStringLiteral("quote"), QStringLiteral("quote_kind"),
        QStringLiteral("credited_to"), QStringLiteral("text"), QStringLiteral("difference"),
        QStringLiteral("similarity") };
    QString out = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QString &id : known(statementIds)) {
        const StatementComparison c = diff.compare(id);
        for (const RenderingView &r : c.renderings) {
            const QStringList row { c.statementId, c.speaker, r.outlet, r.articleId, r.url, r.quoteId,
                quoteKindName(r.kind), r.speaker, r.text, differenceCode(r), QString::number(r.similarity, 'f', 3) };
            QStringList fields;
            for (const QString &value : row)
                fields.append(csvField(value));
            out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
    }
    return out.toUtf8();
}

QImage QuoteExporter::png(const QStringList &statementIds, QSize size) const
{
    return m_renderImage ? m_renderImage(m_result, known(statementIds), size) : QImage();
}

Error QuoteExporter::write(const QString &path, Format format, const QStringList &statementIds) const
{
    QByteArray data;
    switch (format) {
    case Format::Html:
        data = html(statementIds);
        break;
    case Format::Csv:
        data = csv(statementIds);
        break;
    case Format::Png: {
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        if (!png(statementIds).save(&buffer, "PNG"))
            return { Error::Code::Io, tr("cannot encode the image for %1").arg(path), path };
        break;
    }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        Logging::get("ui")->warn("quote export to {} failed: {}", path.toStdString(), file.errorString().toStdString());
        return { Error::Code::Io, tr("cannot write %1: %2").arg(path, file.errorString()), path };
    }
    return {};
}

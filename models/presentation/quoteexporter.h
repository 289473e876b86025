// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "core/error.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

// Writes the quote comparison of one statement or many: a self-contained HTML page with colours and a
// legend, a CSV table (one row per statement and rendering), or a PNG of the quote panel.
class QuoteExporter
{
    Q_DECLARE_TR_FUNCTIONS(QuoteExporter)

public:
    enum class Format { Html, Csv, Png };
    // Draws the quote panel for the PNG: the panel is a widget, so the widgets layer supplies this
    // (QuotePanelImage::render) and HTML and CSV need nothing above the models.
    using ImageRenderer
        = std::function<QImage(const std::shared_ptr<const AnalysisResult> &, const QStringList &statementIds, QSize)>;

    explicit QuoteExporter(std::shared_ptr<const AnalysisResult> result, ImageRenderer renderImage = {});

    // The format a file name asks for, by its extension; nullopt when it is none of them.
    static std::optional<Format> formatFor(const QString &path);

    // Ids of the statements to export: one by id, those of a speaker (case-insensitive, any part of the canonical
    // name), or, with neither, all, in corpus order (empty for a corpus without statements). An id or a speaker that
    // matches nothing is a NotFound error.
    Result<QStringList> select(const QString &statementId, const QString &speaker) const;

    // The statements are named by id and written in the order given; ids the analysis does not hold are skipped.
    QByteArray html(const QStringList &statementIds, bool showNormalisation = true) const;
    QByteArray csv(const QStringList &statementIds) const;
    // The panel as the analyst sees it with the first of `statements` selected and the list narrowed to them;
    // a null image without an image renderer.
    QImage png(const QStringList &statementIds, QSize size = QSize(1400, 900)) const;

    // Writes atomically; an Io error naming the file when it cannot be written.
    Error write(const QString &path, Format format, const QStringList &statementIds) const;

    // One CSV field, quoted when it holds a separator, a quote or a line break (RFC 4180).
    static QString csvField(const QString &value);

private:
    // The ids among `statementIds` that the analysis holds, in the same order.
    QStringList known(const QStringList &statementIds) const;

    std::shared_ptr<const AnalysisResult> m_result;
    ImageRenderer m_renderImage;
};

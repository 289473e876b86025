// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/articlebuilder.h"

#include "core/logging.h"
#include "corpus/formats/htmlextractor.h"
#include "corpus/formats/markdownextractor.h"
#include "corpus/formats/textdecoder.h"
#include "corpus/metadata/metadatainference.h"
#include "corpus/structure/boilerplatedetector.h"
#include "corpus/structure/headingdetector.h"
#include "corpus/structure/textsegmenter.h"

#include <xxhash.h>

#include <spdlog/sinks/sink.h>

namespace
{
ExtractedDocument extract(const TextDecoder::Result &decoded, ArticleBuilder::Format format)
{
    switch (format) {
    case ArticleBuilder::Format::Html:
        // A page that was not UTF-8 already (build() passes those on as they are), re-encoded for the parser.
        return HtmlExtractor::extract(decoded.text.toUtf8());
    case ArticleBuilder::Format::Markdown:
        return MarkdownExtractor::extract(decoded.text);
    case ArticleBuilder::Format::PlainText:
        break;
    }
    return { TextSegmenter::splitPlainText(decoded.text), {} };
}

void setIfPresent(QString &field, const QString &value)
{
    if (!value.isEmpty())
        field = value;
}

// The steps after extraction, the same for every format.
ArticleBuilder::Built buildFrom(const QString &file, ExtractedDocument doc, const ManifestEntry *entry,
    const QString &encodingName, ArticleBuilder::Built built)
{
    auto warn = [&built, &file](const QString &message) {
        built.warnings.append({ Error::Code::Malformed, message, file });
    };
    TextSegmenter::Composed composed = TextSegmenter::compose(TextSegmenter::withoutRepeats(std::move(doc.blocks)));
    if (composed.paragraphs.isEmpty()) {
        warn(ArticleBuilder::tr("%1 has no text: skipped").arg(file));
        return built;
    }

    Article article;
    article.file = file;
    article.setText(std::move(composed.text));
    article.paragraphs = std::move(composed.paragraphs);

    QList<QStringView> views;
    QList<BoilerplateDetector::Paragraph> input;
    views.reserve(article.paragraphs.size());
    input.reserve(article.paragraphs.size());
    for (qsizetype i = 0; i < article.paragraphs.size(); ++i) {
        views.append(article.slice(article.paragraphs.at(i)));
        input.append({ views.constLast(), composed.blocks.at(i).kind, composed.blocks.at(i).sameChunkAsPrevious });
    }
    BoilerplateDetector detector;
    QStringList authors { doc.meta.author };
    if (entry)
        authors.append(entry->author);
    authors.removeAll(QString());
    detector.setKnownAuthors(authors);
    QList<BoilerplateKind> kinds = detector.detect(input);

    const QString knownTitle = entry && !entry->title.isEmpty() ? entry->title : doc.meta.title;
    const HeadingDetector::Result headings = HeadingDetector::detect(views, composed.blocks, kinds, knownTitle);
    for (int i : headings.sectionLabels)
        kinds[i] = BoilerplateKind::Breadcrumb;

    TextSpans content;
    for (qsizetype i = 0; i < article.paragraphs.size(); ++i) {
        const TextSpan paragraph = article.paragraphs.at(i);
        const bool picture = kinds.at(i) == BoilerplateKind::Caption || kinds.at(i) == BoilerplateKind::Credit;
        // A caption's sentence is read as article text (it may date a happening nothing else does, or tell one the
        // article dates elsewhere); its label and credit stay out.
        TextSpan caption = picture ? BoilerplateDetector::datedCaption(views.at(i)) : TextSpan {};
        if (picture && caption.isEmpty())
            caption = BoilerplateDetector::captionSentence(views.at(i));
        if (!caption.isEmpty()) {
            if (caption.start > 0)
                article.boilerplate.append({ paragraph.start, paragraph.start + caption.start });
            content.append({ paragraph.start + caption.start, paragraph.start + caption.end });
            if (paragraph.start + caption.end < paragraph.end)
                article.boilerplate.append({ paragraph.start + caption.end, paragraph.end });
        } else if (kinds.at(i) != BoilerplateKind::None) {
            article.boilerplate.append(paragraph);
        } else {
            content.append(paragraph);
        }
    }
    for (int i : headings.headings)
        article.headings.append(article.paragraphs.at(i));
    article.sentences = TextSegmenter::sentences(article.text(), content);

    const MetadataInference::Result meta = MetadataInference::infer(views, kinds, headings.title, doc.meta);
    article.title = meta.title;
    article.author = meta.author;
    article.outlet = meta.outlet;
    article.url = doc.meta.url;
    article.published = meta.published;
    article.publishedBasis = meta.basis;
    if (entry) {
        setIfPresent(article.title, entry->title);
        setIfPresent(article.author, entry->author);
        setIfPresent(article.outlet, entry->outlet);
        setIfPresent(article.url, entry->url);
        if (entry->published.isValid()) {
            article.published = entry->published;
            article.publishedBasis = PublishedBasis::Manifest;
        }
    }
    article.contentHash = ArticleBuilder::contentHash(article.text());

    // Loggers pass everything and their sinks filter: ask the sinks before formatting per file.
    static const auto log = Logging::get("corpus");
    const auto &sinks = log->sinks();
    if (std::any_of(
            sinks.cbegin(), sinks.cend(), [](const auto &sink) { return sink->should_log(spdlog::level::debug); }))
        log->debug("{}: {}, {} paragraphs ({} boilerplate), {} sentences, published {} ({})", file.toStdString(),
            encodingName.toStdString(), article.paragraphs.size(), article.boilerplate.size(), article.sentences.size(),
            article.published.toString(Qt::ISODate).toStdString(),
            publishedBasisName(article.publishedBasis).toStdString());
    built.article = std::move(article);
    return built;
}
}

std::optional<ArticleBuilder::Format> ArticleBuilder::formatForFile(QStringView path)
{
    // Read per file of a scan: the suffix is compared in place, without a lower-cased copy.
    const qsizetype dot = path.lastIndexOf(u'.');
    if (dot < 0)
        return std::nullopt;
    const QStringView suffix = path.sliced(dot + 1);
    const auto is
        = [suffix](const char *name) { return suffix.compare(QLatin1String(name), Qt::CaseInsensitive) == 0; };
    if (is("txt") || is("text"))
        return Format::PlainText;
    if (is("md") || is("markdown"))
        return Format::Markdown;
    if (is("html") || is("htm") || is("xhtml"))
        return Format::Html;
    return std::nullopt;
}

QByteArray ArticleBuilder::contentHash(const QString &text)
{
    // A cache key, not a signature: XXH3 is collision-resistant enough for that and hashes at memory
    // speed, where SHA-256 took a sixth of the time spent loading a corpus.
    const XXH128_hash_t hash = XXH3_128bits(text.constData(), size_t(text.size()) * sizeof(QChar));
    return QByteArray::number(quint64(hash.high64), 16).rightJustified(16, '0')
        + QByteArray::number(quint64(hash.low64), 16).rightJustified(16, '0');
}

ArticleBuilder::Built ArticleBuilder::build(
    const QString &file, QByteArrayView bytes, Format format, const ManifestEntry *entry)
{
    Built built;
    auto warn = [&built, &file](const QString &message) {
        built.warnings.append({ Error::Code::Malformed, message, file });
    };
    if (bytes.isEmpty()) {
        warn(ArticleBuilder::tr("%1 is empty: skipped").arg(file));
        return built;
    }
    // A page in UTF-8 goes to the HTML parser as it is: decoding it first would only be thrown away.
    if (format == Format::Html) {
        if (const std::optional<QByteArrayView> utf8 = TextDecoder::asUtf8Text(bytes))
            return buildFrom(file, HtmlExtractor::extract(*utf8), entry, QStringLiteral("UTF-8"), std::move(built));
    }
    const TextDecoder::Result decoded
        = TextDecoder::decode(bytes, format == Format::Html ? TextDecoder::sniffHtmlCharset(bytes) : QByteArray());
    if (decoded.binary) {
        warn(ArticleBuilder::tr("%1 looks like a binary file, not text: skipped").arg(file));
        return built;
    }
    if (decoded.fallback) {
        QString message = ArticleBuilder::tr("%1 is not valid UTF-8: read as %2").arg(file, decoded.encodingName);
        if (decoded.undefinedBytes > 0)
            message += ArticleBuilder::tr(" (%n byte(s) there have no character)", nullptr, decoded.undefinedBytes);
        warn(message);
    }

    return buildFrom(file, extract(decoded, format), entry, decoded.encodingName, std::move(built));
}

// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"
#include "core/textspan.h"

struct Article;
struct Corpus;

// Makes W3C-style anchors (exact text, prefix, suffix, position) and finds them again in a text
// that may have changed: the exact text at its old place first, then the exact text elsewhere
// (context and distance decide between copies), then an approximate match of the text that
// weighs the quote, its prefix and suffix and its old position.
namespace AnchorResolver
{
// Characters of context kept on each side of the exact text.
inline constexpr int contextLength = 32;

AnnotationTarget makeTarget(const QString &articleId, const QString &text, TextSpan span);
AnnotationTarget makeTarget(const Article &article, TextSpan span);

struct Match {
    TextSpan span;
    AnchorState state = AnchorState::Orphaned;
    double score = 0.0; // 0..1, 1 for the exact text at its old place
};

// Where `target` is in `text` now.
Match resolve(const AnnotationTarget &target, const QString &text);

// Resolves `anchor` against `text` and updates it: position and context follow the text; a
// changed exact text is kept in previousExact; an anchor that is not found is marked orphaned
// and otherwise left as it was.
void reattach(AnnotationAnchor &anchor, const QString &text);

// Every anchor of `annotation` against the corpus as it is now; an anchor whose article is gone
// is orphaned. Returns whether any anchor changed.
bool reattach(Annotation &annotation, const Corpus &corpus);
}

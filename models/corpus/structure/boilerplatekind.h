// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Why a paragraph is not part of the article proper.
enum class BoilerplateKind {
    None,
    Caption, // a photo caption
    Credit, // a photo credit or copyright line
    Related, // "Also read", "Read more: …", "Others are reading now"
    Social, // "Share", "Share your love", "Follow us"
    Advert, // "Advertisement", "Ads by …"
    Duplicate, // a repeat (or near repeat, or truncated teaser) of another paragraph
    Tags, // "Tags:" and the tag list after it
    Byline, // "By Jane Doe", "This article was written by …"
    Dateline, // a line that is only a publication date
    Breadcrumb, // "Home › News › …"
    ReadingTime, // "4 min read"
    Navigation, // "My Posts", "Menu", "Skip to content"
    Separator, // a line of symbols only, such as a lone "|"
    AuthorBio, // the author's name and blurb at the end
    LinkTitle, // "Some headline | Some Site": a link or embedded video title
};

QString boilerplateKindName(BoilerplateKind kind);

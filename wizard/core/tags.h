// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace agm {

enum class TagKind { Pinned, Preview, Rolling, Floating, Legacy, Other };

struct Tag
{
    QString name;
    TagKind kind = TagKind::Other;
};

enum class TagSourceKind { Live, Cache, Bundled, File };

struct TagList
{
    TagSourceKind source = TagSourceKind::Bundled;
    QString url;        // where the list came from (URL, file path or resource path)
    QDateTime fetchedAt;
    std::vector<Tag> tags; // newest first within each kind, pinned versions by semantic order
    QString recommended() const; // the newest pinned tag, empty when there is none
    bool contains(const QString &name) const;
};

TagKind classifyTag(const QString &name);
QString tagKindName(TagKind kind);
QString tagSourceName(TagSourceKind source);
// True for x.y.z (numbers only) with x >= 2.
bool isPinnedV2(const QString &name);
// Orders tags: pinned newest first, then the rest by kind and name.
void sortTags(std::vector<Tag> &tags);

struct TagParseResult
{
    std::optional<TagList> list;
    QString error; // what is wrong with the document, when list is empty
};

// Parses an OCI tags/list document ({"name": ..., "tags": [...]}). Also reads the program's own
// "tags --json" output (tags as {"name": ...} objects) and its cache files: the list's date comes
// from "fetchedAt" (ISO-8601 date and time) or, in the bundled snapshot, "snapshotDate".
TagParseResult parseTagList(const QByteArray &json, TagSourceKind source, const QString &url);
// The tag list compiled into the program, with its snapshot date.
TagList bundledTagList();
// Tag syntax of the OCI distribution spec; used to validate operator input.
bool isValidTagName(const QString &name);
// What may be written as the new image tag: a tag, optionally pinned as "tag@sha256:<64 hex>".
bool isValidTargetTag(const QString &tag);
// Whether a tag may be the migration's target: a pinned 2.x.y is, a v0/v1 or malformed one never
// is ("beta" is the v0 image), a floating, rolling or preview one only when the operator confirms.
enum class TargetTagVerdict { Accepted, NeedsConfirmation, Refused };
TargetTagVerdict targetTagVerdict(const QString &tag);
// The tag part of "tag@sha256:...".
QString tagWithoutDigest(const QString &tag);

} // namespace agm

// SPDX-License-Identifier: MIT
#pragma once

#include "tagsource.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace agm::app {

// --tags-file, --tags-url, --offline, --ca-file, --http1, --timeout: how tags and migrate get the
// tag list.
void addTagSourceOptions(QCommandLineParser &parser);

struct TagSourceOutcome
{
    net::TagFetchResult result; // has a list unless error is set
    // For people, masked and escaped (nettext.h) like the result's texts:
    QString description; // where the list came from
    QString error;       // a usage or input error (exit code 2)
};

// Loads the tag list the options ask for. Without --tags-file, --tags-url or --offline: the
// registry (falling back to the cache, then the bundled snapshot) when `liveByDefault`, otherwise
// offline. A fallback is noted on `err`.
TagSourceOutcome loadTagSource(const QCommandLineParser &parser, bool liveByDefault, QTextStream &err);

int runTags(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace agm::app

// SPDX-License-Identifier: MIT
#pragma once

// The network layer is a module of its own (app/CMakeLists.txt), like the wizard's
// (wizardmodule.h): the commands load it, and with it Qt Network, only when they go online (a live
// tag list, a digest, --tags-url's URL policy, check), so that migrate and tags --offline start
// with Qt Core alone (issue 16). modules.h loads it.

#include "tagsource.h"

#include <QStringList>
#include <QTextStream>

namespace agm::app {

// What the module does for the program; each call runs to its end in a local event loop.
struct NetModule
{
    net::TagFetchResult (*fetchTags)(const net::RegistrySettings &settings, const net::TagFetchRequest &request);
    net::DigestResult (*fetchDigest)(const net::RegistrySettings &settings, const net::DigestRequest &request);
    QString (*checkRegistryUrl)(const QUrl &url); // urlpolicy.h
    int (*runCheck)(const QStringList &arguments, QTextStream &out, QTextStream &err); // checkcommand.h
};

// The module's one exported function.
using NetModuleEntry = const NetModule *(*)();
inline constexpr char kNetModuleSymbol[] = "agm_net_module";

} // namespace agm::app

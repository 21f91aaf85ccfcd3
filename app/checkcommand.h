// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace agm::app {

// check [--dns-server IP] [--ca-file PEM] [--timeout SEC] [--json] (HOST[:PORT] | --from PATH)...
// Exit 0 when every endpoint passes (warnings included), 1 when one fails, 2 on a usage or input error.
int runCheck(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace agm::app

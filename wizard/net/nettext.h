// SPDX-License-Identifier: MIT
// What people see of network data and of URLs, in results, messages, logs and the tag cache:
// secrets masked (agm::maskSecretsInText: URL passwords and query values such as a SAS token)
// and control characters escaped (an ESC in a header must not drive a terminal or forge a line).
#pragma once

#include <QString>
#include <QUrl>

#include "secretmask.h"

namespace agm::net {

using agm::shown; // secrets masked, control characters escaped (secretmask.h)
QString shown(const QUrl &url);

} // namespace agm::net

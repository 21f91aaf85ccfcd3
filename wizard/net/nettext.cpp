// SPDX-License-Identifier: MIT
#include "nettext.h"

#include "secretmask.h"

namespace agm::net {

QString shown(const QUrl &url)
{
    return shown(url.toString(QUrl::FullyEncoded));
}

} // namespace agm::net

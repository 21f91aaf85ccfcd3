// SPDX-License-Identifier: MIT
#include "nettext.h"

#include "secretmask.h"

namespace agm::net {

QString shown(const QString &text)
{
    return escapeControlCharacters(maskSecretsInText(text));
}

QString shown(const QUrl &url)
{
    return shown(url.toString(QUrl::FullyEncoded));
}

} // namespace agm::net

// SPDX-License-Identifier: MIT
// Which URLs the program may talk to. Apart from the rest of the registry protocol
// (registryprotocol.h) because telling a loopback address needs Qt Network's address parser, and
// the headless commands load Qt Network only when they go online (app/netmodule.h).
#pragma once

#include <QString>
#include <QUrl>

namespace agm::net {

// 127.0.0.0/8, ::1 and "localhost".
bool isLoopbackHost(const QString &host);

// The registry URL policy: https, or http for a loopback host only; a host, no credentials in the
// URL. Returns why a URL is refused, empty when it is acceptable.
QString checkRegistryUrl(const QUrl &url);

// Following a redirect, a pagination link or a token realm from `from` to `to`: `to` must pass
// checkRegistryUrl and must not be less safe than `from` (https -> http). Empty when allowed.
QString checkFollowUrl(const QUrl &from, const QUrl &to);

} // namespace agm::net

// SPDX-License-Identifier: MIT
// "What the pod will see": the proxy variables and hostAliases the files give the gateway, side
// by side with this computer's own view (its proxy variables, the proxy each endpoint used here,
// the addresses it resolved), with notes where the two differ. Pure: no I/O.
#pragma once

#include "connectivity.h"
#include "endpoints.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <vector>

namespace agm::net {

struct PodViewRow
{
    QString setting; // "HTTPS_PROXY", "proxy for host:443", "host:443 resolves to", "hostAliases name"
    QString pod;     // what the gateway's pod gets from the files (masked), or why it is unknown
    QString desktop; // what this computer has or did
    bool differs = false;
};

struct PodView
{
    std::vector<PodViewRow> rows;
    QStringList notes; // the differences that matter, in words
};

// `results` may be empty (checks not run yet) or parallel to `targets`.
PodView podView(const PodNetwork &pod, const std::vector<CheckTarget> &targets, const QProcessEnvironment &desktop,
                const std::vector<EndpointCheck> &results);
// A plain-text table of the rows, then the notes.
QString podViewText(const PodView &view);

} // namespace agm::net

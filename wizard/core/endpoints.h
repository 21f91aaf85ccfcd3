// SPDX-License-Identifier: MIT
// What the connectivity checks need from a project: the endpoints the migrated gateway will talk
// to (the v2 configuration host the plan writes), the network settings its pod gets from the
// files (proxy variables, hostAliases), and an in-cluster probe that runs the same DNS and TLS
// checks from the gateway's own network. Pure functions over the analysis and the plan.
#pragma once

#include "connectivity.h"
#include "project.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace agm {

struct PlannedEndpoints
{
    std::vector<CheckTarget> targets; // one per host:port, with every place that names it
    QStringList notChecked;           // "file:line: why" for values that are no v2 host yet
};

// The host of every config.service.endpoint after the plan: the v2 host an edit writes, or the
// value as written when it is already a v2 or custom host.
PlannedEndpoints plannedEndpoints(const Project &project, const ProjectPlan &plan, Audience audience = Audience::CommandLine);

struct PodSetting
{
    QString name;   // proxies: HTTPS_PROXY, HTTP_PROXY, NO_PROXY, ALL_PROXY; aliases: the host name
    QString value;  // proxies: the value with its credentials masked (maskUrlCredentials); aliases: the address
    QString source; // "file:line"
    QString where;  // resource and field, e.g. "Deployment/gw containers[gateway].env[HTTPS_PROXY]"
};

// The network settings the gateway's pod (or container) gets from the files.
struct PodNetwork
{
    std::vector<PodSetting> proxies;
    std::vector<PodSetting> hostAliases;

    bool isEmpty() const { return proxies.empty() && hostAliases.empty(); }
    // The first value of a proxy variable (name in upper case), empty when not set.
    QString proxyValue(const QString &name) const;
    // The address a hostAliases entry pins `host` to, empty when none does.
    QString aliasFor(const QString &host) const;
};

PodNetwork podNetwork(const Project &project);

// The image the probes run: curl with a busybox shell (sh, nslookup); pinned, multi-arch.
inline constexpr char kProbeImage[] = "curlimages/curl:8.11.1";

// POSIX sh: for each endpoint, resolve it (getent, which honours hostAliases, else nslookup),
// then curl -v to https://host:port/ (TLS details, then any HTTP status means it answers).
// Exits 1 when any endpoint fails. No single quotes inside, so it nests in sh -c '...'.
QStringList probeScriptLines(const std::vector<CheckTarget> &targets);
// A Kubernetes Job with the gateway's proxy variables and hostAliases, ready for kubectl apply.
QString kubernetesProbeJob(const std::vector<CheckTarget> &targets, const PodNetwork &pod);
// docker run --rm with the same variables (-e) and aliases (--add-host), on one line.
QString dockerProbeCommand(const std::vector<CheckTarget> &targets, const PodNetwork &pod);

} // namespace agm

// SPDX-License-Identifier: MIT
#pragma once

// The migration rules shared by every format: what an image reference, an endpoint value or a
// token means, and which findings and edits follow. Formats only locate the values.

#include "analysis.h"

#include <QString>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace agm {

// Adds findings for one file, with line and column taken from byte offsets.
class FindingCollector
{
public:
    explicit FindingCollector(FileAnalysis &analysis);
    ~FindingCollector();
    FindingCollector(const FindingCollector &) = delete;
    FindingCollector &operator=(const FindingCollector &) = delete;
    Finding &add(Code code, std::size_t offset, QStringList args = {});
    void addSecret(std::size_t start, std::size_t end);
    // The credentials of a URL or proxy value at `valueStart` (userinfo password, query tokens), so
    // that a proxy of any container, the gateway's or a sidecar's, is masked.
    void addUrlSecrets(std::string_view value, std::size_t valueStart);
    void addLocated(std::size_t start, std::size_t end); // FileAnalysis::located
    void addEndpointValue(std::string_view value, std::size_t start, std::size_t end, const QString &field);
    // A proxy variable of the gateway when `name` is one (any case; Helm's http/https/bypass map to
    // HTTP_PROXY, HTTPS_PROXY, NO_PROXY); the credentials in the proxy URL at `valueStart` are
    // masked (addUrlSecrets). Returns whether it was one.
    bool addProxySetting(std::string_view name, std::string_view value, std::size_t offset, const QString &field,
                         std::size_t valueStart = std::string::npos);
    void addHostAlias(std::string_view hostname, std::string_view address, std::size_t offset, const QString &field);
    std::size_t findingCount() const { return m_analysis.findings.size(); }
    Finding &last() { return m_analysis.findings.back(); }
    std::vector<Finding> &findings() { return m_analysis.findings; }
    const SourceFile &source() const { return m_analysis.source; }
    const std::string &text() const { return m_analysis.source.text; }
    // text[start, end) as a finding may quote it: the located secrets in it masked.
    QString quoted(std::size_t start, std::size_t end) const;
    bool interpolated() const { return m_analysis.interpolated; }
    // Context that every finding added next gets (e.g. "Deployment/gw", "containers[gw]").
    QString resource;
    QString fieldPrefix;

private:
    // The findings this collector added before the last one (which its caller may still be
    // filling in) share their repeated values.
    void shareFinished();

    FileAnalysis &m_analysis;
    ValuePool m_pool;
    // What every finding of the file or of the current resource shares (one holder each).
    CompactString m_file;
    CompactString m_resource;
    std::size_t m_shared = 0; // findings before this index went through m_pool
};

QString fromUtf8(std::string_view s);
// HTTPS_PROXY, HTTP_PROXY, NO_PROXY or ALL_PROXY, in any case.
bool isProxyVariable(std::string_view name);

struct ImageRef
{
    std::string repository; // registry host and path, kept as written
    std::string tag;        // empty when absent
    std::string digest;     // "sha256:..." or empty
};

std::optional<ImageRef> parseImageRef(std::string_view ref);
bool isGatewayRepository(std::string_view repository);
bool isGatewayImage(std::string_view ref);

// A full image reference ("registry/azure-api-management/gateway:tag") at [start, end).
// Returns false when it is not the gateway image.
bool checkImageReference(FindingCollector &out, std::string_view ref, std::size_t start, std::size_t end,
                         const QString &field);
// A bare tag value (Helm image.tag, Kustomize newTag) at [start, end); empty tags are not edited.
void checkImageTag(FindingCollector &out, std::string_view tag, std::size_t start, std::size_t end,
                   bool plainScalar, const QString &field);

struct EndpointInfo
{
    enum Kind { V2, V1, V1CustomDomain, Placeholder, Incomplete, CustomHost, Empty } kind = Empty;
    std::string serviceName;
    std::string managementHost;
    std::string derivedHost; // set for V1 (and a guess for Incomplete)
    bool hasScheme = false;
};

// allowVariables: a script or env file may build the service name from a shell variable.
EndpointInfo classifyEndpoint(std::string_view value, bool allowVariables = false);
void checkEndpoint(FindingCollector &out, std::string_view value, std::size_t start, std::size_t end,
                   const QString &field, bool allowVariables = false);

// A config.service.auth / gateway key value: masked everywhere; expiry of GatewayKey tokens checked.
void checkSecretValue(FindingCollector &out, std::string_view value, std::size_t start, std::size_t end);
// hostAliases hostnames that pin a v1 management host.
void checkHostAlias(FindingCollector &out, std::string_view hostname, std::size_t offset);
// A probe path of the v1 health endpoint.
void checkProbePath(FindingCollector &out, std::string_view path, std::size_t start, std::size_t end);

inline constexpr std::string_view kV1StatusPath = "/internal-status-0123456789abcdef";
inline constexpr std::string_view kV2StatusPath = "/status-0123456789abcdef";
inline constexpr std::string_view kEndpointKey = "config.service.endpoint";
inline constexpr std::string_view kAuthKey = "config.service.auth";

} // namespace agm

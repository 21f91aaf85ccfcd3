// SPDX-License-Identifier: MIT
#pragma once

#include "finding.h"
#include "sourcefile.h"

#include <QString>

#include <cstddef>
#include <utility>
#include <vector>

namespace agm {

enum class Format {
    Unknown,
    Kubernetes,
    HelmValues,
    Kustomize,
    Compose,
    EnvFile,
    ShellScript,
    PowerShellScript,
    HelmTemplate,
    Dockerfile,
    CiWorkflow,
    Terraform,
    Bicep,
    ArmTemplate,
};

QString formatName(Format format); // stable identifier: "kubernetes", "helm-values", ...
QString formatTitle(Format format); // for people: "Kubernetes YAML", ...

// A file or folder a deployment file uses: a kustomization's resources, patches and generator
// files; a compose file's env_file, extends and include; a script's docker, helm and kubectl files.
struct FileReference
{
    QString path; // as written, without a generator's "key="
    int line = 0; // 1-based
    int column = 0;
    bool remote = false; // a URL or git reference: nothing on this machine to read or copy
};

// Byte range of a secret value in SourceFile::text; masked in every output.
struct SecretSpan
{
    std::size_t start = 0;
    std::size_t end = 0;
};

// A config.service.endpoint value as written (v1, v2, custom host or placeholder), so the
// connectivity checks know the host the plan writes even where nothing changes (endpoints.h).
struct EndpointValue
{
    std::size_t start = 0; // [start, end) in SourceFile::text; start == end when not exactly located
    std::size_t end = 0;
    QString value;
    int line = 0;
    QString resource;
    QString field;
};

// A network setting the files give the gateway: a proxy variable (HTTPS_PROXY, the Helm chart's
// gateway.deployment.network.proxy.*) or a hostAliases / extra_hosts / --add-host entry.
struct NetworkSetting
{
    enum Kind { Proxy, HostAlias } kind = Proxy;
    QString name;  // Proxy: HTTPS_PROXY, HTTP_PROXY, NO_PROXY or ALL_PROXY (upper case); HostAlias: the host name
    QString value; // Proxy: the value as written (may hold a password: mask it); HostAlias: the address
    int line = 0;
    QString resource;
    QString field; // where in the resource, e.g. "env[HTTPS_PROXY]", "gateway.deployment.network.proxy.https"
};

// Everything the engine learned about one file; independent of the operator's choices.
struct FileAnalysis
{
    SourceFile source;
    Format format = Format::Unknown;
    std::vector<Finding> findings;
    std::vector<SecretSpan> secrets;
    std::vector<EndpointValue> endpoints;
    std::vector<NetworkSetting> network;
    // Gateway references an analyser read and resolved elsewhere ('...gateway:${tag}' whose tag is
    // a parameter's default, edited or already pinned there): no "change by hand" for the safety net.
    std::vector<std::pair<std::size_t, std::size_t>> located; // [start, end) in SourceFile::text
    // The text is embedded in a script (heredoc, here-string): $VAR, ${VAR}, $(cmd) are the
    // script's interpolations, so a service name may be one.
    bool interpolated = false;

    bool hasErrors() const;
    bool concernsGateway() const; // any finding at all
};

// Detects the format and collects findings; never throws.
FileAnalysis analyzeSource(SourceFile source);
// The same with the format given rather than detected (the fuzz targets force each format).
FileAnalysis analyzeSource(SourceFile source, Format format);
Format detectFormat(const SourceFile &source);

} // namespace agm

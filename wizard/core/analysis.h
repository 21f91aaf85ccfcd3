// SPDX-License-Identifier: MIT
#pragma once

#include "finding.h"
#include "sourcefile.h"

#include <QString>

#include <cstddef>
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
};

QString formatName(Format format); // stable identifier: "kubernetes", "helm-values", ...
QString formatTitle(Format format); // for people: "Kubernetes YAML", ...

// Byte range of a secret value in SourceFile::text; masked in every output.
struct SecretSpan
{
    std::size_t start = 0;
    std::size_t end = 0;
};

// Everything the engine learned about one file; independent of the operator's choices.
struct FileAnalysis
{
    SourceFile source;
    Format format = Format::Unknown;
    std::vector<Finding> findings;
    std::vector<SecretSpan> secrets;

    bool hasErrors() const;
    bool concernsGateway() const; // any finding at all
};

// Detects the format and collects findings; never throws.
FileAnalysis analyzeSource(SourceFile source);
Format detectFormat(const SourceFile &source);

} // namespace agm

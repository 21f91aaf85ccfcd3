// SPDX-License-Identifier: MIT
#pragma once

// One analyser per deployment format; each appends findings and secret spans to the analysis.

#include "analysis.h"

#include <yaml-cpp/yaml.h>

#include <string>

namespace agm {

// PreScan::Off parses every document: tests use it to show that the pre-scan changes no result.
enum class PreScan { On, Off };
void analyzeKubernetes(FileAnalysis &analysis, PreScan preScan = PreScan::On);
void analyzeHelmValues(FileAnalysis &analysis);
void analyzeKustomize(FileAnalysis &analysis);
void analyzeCompose(FileAnalysis &analysis);
void analyzeEnvFile(FileAnalysis &analysis);
void analyzeScript(FileAnalysis &analysis);
// The files a script's docker run/create (--env-file), docker compose (-f, --env-file), helm
// (-f, --values, --set-file) and kubectl (-f, -k) commands read, in the order they are written.
std::vector<FileReference> scriptFileReferences(const SourceFile &source, bool powershell);
void analyzeDockerfile(FileAnalysis &analysis);
void analyzeCiWorkflow(FileAnalysis &analysis);
void analyzeTerraform(FileAnalysis &analysis);
void analyzeBicep(FileAnalysis &analysis);       // .bicep and .bicepparam
void analyzeArmTemplate(FileAnalysis &analysis); // templates and parameters files

// Analyses text[start, end) of the file (a script in a workflow's run: block, values YAML in a
// Terraform heredoc) as `format`, and adds its findings, edits and secrets at their place in the
// file. The bytes are taken as they are, so only embeddings that need no unescaping fit.
void analyzeEmbedded(FileAnalysis &analysis, std::size_t start, std::size_t end, Format format, const QString &resource);

// Values of the gateway chart wherever they live: a values file, a Flux HelmRelease's
// spec.values, an Argo CD Application's helm.valuesObject or its helm.values string.
struct ChartValuesContext
{
    QString resource = QStringLiteral("values");
    std::string chartVersion;  // as written by the release; empty when unknown
    bool gatewayChart = false; // the release names azure-api-management-gateway
};
class YamlDocument;
class FindingCollector;
void visitGatewayChartValues(FindingCollector &out, const YamlDocument &doc, const YAML::Node &values,
                             const ChartValuesContext &context);

} // namespace agm

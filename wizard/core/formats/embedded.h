// SPDX-License-Identifier: MIT
#pragma once

// Deployment text embedded in a script: a bash heredoc (<<EOF, <<-EOF, <<'EOF') or a PowerShell
// here-string (@" ... "@, @' ... '@). The body is analysed as the format it holds and edited in
// place: every offset is mapped back to the script.

#include "analysis.h"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace agm {

struct EmbeddedText
{
    std::size_t openerAt = 0;  // the operator (<<, @")
    std::size_t bodyStart = 0; // first byte of the first body line
    std::size_t bodyEnd = 0;   // first byte of the terminator line (or the end of the file)
    bool stripTabs = false;    // <<-: the shell drops leading tabs of every body line
    bool expands = false;      // unquoted delimiter, @": $ interpolations are the script's
    char escape = 0;           // when it expands: '\\' (bash) or '`' (PowerShell) before $ is dropped
    std::string consumer;      // the command lines around the operator, e.g. "cat <<EOF | kubectl apply -f -"
    Format format = Format::Unknown; // what the body holds; Unknown: not deployment text (maybe commands)
};

// Every heredoc or here-string, with the format of its body.
std::vector<EmbeddedText> findEmbeddedTexts(const SourceFile &script, bool powershell);

// Analyses a body of a known format (Kubernetes YAML, Helm values when piped to helm, compose,
// Kustomize, an env file) and adds its findings, secrets, endpoints and network settings to the script's analysis.
// An endpoint that is only a reference to a script variable `isEndpointVariable` accepts is no
// question: the variable's assignment carries the finding.
void analyzeEmbedded(FileAnalysis &script, const EmbeddedText &embedded,
                     const std::function<bool(std::string_view)> &isEndpointVariable);

} // namespace agm

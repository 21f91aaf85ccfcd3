// SPDX-License-Identifier: MIT
// Docker env files (env.conf): one KEY=VALUE per line, the value taken literally.
#include "formats.h"
#include "rules.h"

#include <QCoreApplication>

namespace agm {

void analyzeEnvFile(FileAnalysis &analysis)
{
    FindingCollector out(analysis);
    const SourceFile &src = analysis.source;
    const std::string &t = src.text;
    out.resource = QCoreApplication::translate("agm::Core", "env file");
    for (int line = 1; line <= src.lines.lineCount(); ++line) {
        std::size_t s = src.lines.lineStart(line);
        const std::size_t e = src.lines.lineEnd(line);
        while (s < e && (t[s] == ' ' || t[s] == '\t'))
            ++s;
        if (s >= e || t[s] == '#')
            continue;
        if (t.compare(s, 7, "export ") == 0)
            s += 7;
        const std::size_t eq = t.find('=', s);
        if (eq == std::string::npos || eq >= e)
            continue;
        const std::string key = t.substr(s, eq - s);
        std::size_t vs = eq + 1, ve = e;
        // Quotes are not part of the value for docker --env-file, but compose strips them: keep them out of edits.
        if (ve - vs >= 2 && (t[vs] == '"' || t[vs] == '\'') && t[ve - 1] == t[vs]) {
            ++vs;
            --ve;
        }
        const std::string value = t.substr(vs, ve - vs);
        if (key.rfind(std::string(kAuthKey), 0) == 0)
            checkSecretValue(out, value, vs, ve);
        else if (key == kEndpointKey)
            checkEndpoint(out, value, vs, ve, fromUtf8(key), true);
        else
            out.addProxySetting(key, value, vs, fromUtf8(key), vs);
    }
}

} // namespace agm

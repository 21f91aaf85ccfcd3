// SPDX-License-Identifier: MIT
#include "secretmask.h"

#include <QRegularExpression>

#include <algorithm>

namespace agm {

MaskedTexts maskedTexts(const FileAnalysis &analysis, const FilePlan &plan)
{
    std::vector<SecretSpan> spans = analysis.secrets;
    std::sort(spans.begin(), spans.end(), [](const SecretSpan &a, const SecretSpan &b) { return a.start < b.start; });
    std::vector<Edit> masks;
    for (const SecretSpan &s : spans) {
        if (!masks.empty() && s.start < masks.back().end) {
            masks.back().end = std::max(masks.back().end, s.end);
            continue;
        }
        masks.push_back({s.start, s.end, kMask, {}});
    }
    // Both texts come from the original bytes, so migration edits and masks share one splice.
    std::vector<Edit> combined = masks;
    for (const Edit &e : plan.edits) {
        const bool touchesSecret = std::any_of(masks.begin(), masks.end(), [&](const Edit &m) {
            return e.start < m.end && m.start < e.end;
        });
        if (!touchesSecret)
            combined.push_back(e);
    }
    std::stable_sort(combined.begin(), combined.end(), [](const Edit &a, const Edit &b) {
        return std::tie(a.start, a.end) < std::tie(b.start, b.end);
    });
    const std::string &text = analysis.source.text;
    return {maskSecretsInText(splice(text, masks)), maskSecretsInText(splice(text, combined))};
}

QString maskSecretsInText(const QString &text)
{
    // A token is "<gateway>&<yyyyMMddHHmm>&<signature>"; prose such as "GatewayKey token" stays readable.
    static const QRegularExpression token(QStringLiteral("(GatewayKey\\s+)(?!\\*\\*\\*)[^\\s\"'`,;)&]+&\\d{12}&[^\\s\"'`,;)]+"));
    static const QRegularExpression keyed(QStringLiteral(
        "((?:config\\.service\\.auth|gateway\\.auth\\.key|gateway\\.authKey|gateway\\.auth\\.token)[\"']?\\s*[=:]\\s*[\"']?)"
        "(?!\\*\\*\\*|GatewayKey)[^\\s\"'`,;}]+"));
    // JSON env entries, as in last-applied-configuration: {"name":"config.service.auth","value":"..."}.
    static const QRegularExpression jsonEnv(QStringLiteral(
        "(\"name\"\\s*:\\s*\"config\\.service\\.auth[^\"]*\"\\s*,\\s*\"value\"\\s*:\\s*\")(?!\\*\\*\\*)[^\"]*"));
    QString out = text;
    out.replace(token, QStringLiteral("\\1***"));
    out.replace(keyed, QStringLiteral("\\1***"));
    out.replace(jsonEnv, QStringLiteral("\\1***"));
    return out;
}

std::string maskSecretsInText(const std::string &text)
{
    // Most text has nothing to mask; skip the UTF-16 round trip then.
    if (text.find("GatewayKey") == std::string::npos && text.find("auth") == std::string::npos)
        return text;
    return maskSecretsInText(QString::fromStdString(text)).toStdString();
}

} // namespace agm

// SPDX-License-Identifier: MIT
#include "plan.h"

#include "rules.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace agm {

QString findingKey(const QString &file, const QString &findingId)
{
    return file + QLatin1Char('#') + findingId;
}

std::string splice(const std::string &text, const std::vector<Edit> &edits)
{
    std::size_t size = text.size();
    for (const Edit &e : edits)
        size += e.replacement.size() - (e.end - e.start);
    std::string out;
    out.reserve(size);
    std::size_t pos = 0;
    for (const Edit &e : edits) {
        out.append(text, pos, e.start - pos);
        out += e.replacement;
        pos = e.end;
    }
    out.append(text, pos, std::string::npos);
    return out;
}

std::string yamlPlainOrQuoted(const std::string &value)
{
    static const QRegularExpression special(QStringLiteral(
        "^(|~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
        "|[-+]?(\\d[\\d_]*)?\\.?\\d*([eE][-+]?\\d+)?|0[xXoObB][0-9a-fA-F_]+|[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)"
        "|\\d{4}-\\d\\d?-\\d\\d?([Tt ].*)?|[-?:,\\[\\]{}#&*!|>'\"%@`].*|.*(: | #).*|.*\\s)$"));
    if (special.match(QString::fromStdString(value)).hasMatch())
        return '"' + value + '"';
    return value;
}

bool isValidHostName(const QString &host)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?=.{1,253}(:|$))[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(:(?<port>\\d{1,5}))?$"));
    const auto m = re.match(host);
    if (!m.hasMatch())
        return false;
    const QString port = m.captured(QStringLiteral("port"));
    return port.isEmpty() || (port.toInt() >= 1 && port.toInt() <= 65535);
}

namespace {

// "https://x.example.com/" -> "x.example.com": the edit supplies the file's own scheme style.
QString bareHost(QString host)
{
    host = host.trimmed();
    const int scheme = host.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        host = host.mid(scheme + 3);
    while (host.endsWith(QLatin1Char('/')))
        host.chop(1);
    return host;
}

} // namespace

QString hostAnswerProblem(const QString &answer)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("agm::Plan", text); };
    const QString host = bareHost(answer);
    if (host.isEmpty())
        return tr("it is empty");
    if (host.contains(QLatin1Char('/')) || host.contains(QLatin1Char('?')) || host.contains(QLatin1Char('#')))
        return tr("it contains a path; give the host only, like contoso.configuration.azure-api.net");
    if (!isValidHostName(host))
        return tr("it is not a host name (letters, digits, hyphens and dots, optionally :port)");
    const EndpointInfo info = classifyEndpoint(host.toStdString());
    if (info.kind == EndpointInfo::Incomplete)
        return tr("it is the v1 management host, from which a v2 gateway gets no configuration; the v2 host is probably %1")
            .arg(QString::fromStdString(info.derivedHost));
    return {};
}

FilePlan planFile(const FileAnalysis &analysis, const MigrationOptions &options)
{
    return planFile(analysis, analysis.findings, options);
}

FilePlan planFile(const FileAnalysis &analysis, std::vector<Finding> findings, const MigrationOptions &options, MigratedText migrated)
{
    FilePlan plan;
    ValuePool pool; // the values written are the same for thousands of findings
    plan.findings = std::move(findings);
    const std::string &text = analysis.source.text;
    // Sized once: a file of 100k findings would otherwise hold up to twice its edits while growing.
    std::size_t proposed = 0;
    for (const Finding &f : plan.findings)
        proposed += f.edits.size();
    plan.edits.reserve(proposed);
    // A bit per finding, not a set of 100k ids; set here for every finding with an edit kept below.
    plan.applied.assign(plan.findings.size(), false);
    for (std::size_t i = 0; i < plan.findings.size(); ++i) {
        Finding &f = plan.findings[i];
        const QString key = findingKey(analysis.source.relativePath, f.id);
        if (f.code == Code::UnhandledImage && !options.tag.isEmpty()) {
            // The value to write by hand, with the chosen tag ("registry/...gateway:2.x.y" before).
            f.newValue = QString(f.args[3].section(QLatin1Char(':'), 0, -2) + QLatin1Char(':') + options.tag);
            pool.share(f.newValue);
            f.args[3] = f.newValue;
        }
        if (options.skippedSteps.contains(f.step)) {
            plan.skipped << f.id;
            continue;
        }
        if (options.disabledFindings.contains(key)) {
            plan.leftOut << f.id;
            continue;
        }
        if (f.edits.empty()) {
            if (f.severity == Severity::Change || f.severity == Severity::Question)
                plan.unresolved << f.id;
            continue;
        }
        QString param;
        const bool needsTag = std::any_of(f.edits.begin(), f.edits.end(), [](const ProposedEdit &e) { return e.param == Param::Tag; });
        const bool needsHost = f.editsHost();
        if (needsTag)
            param = options.tag;
        if (needsHost) {
            // The operator's answers are validated; a derived host (which may hold a script's
            // variable, like ${APIM}.configuration.azure-api.net) comes from the analyser as is.
            QString answer = options.hostOverrides.value(key);
            if (answer.isEmpty() && f.defaultHost.isEmpty() && f.needsAnswer())
                answer = options.endpointHost;
            param = answer.isEmpty() ? QString(f.defaultHost) : bareHost(answer);
            if (!answer.isEmpty() && !hostAnswerProblem(answer).isEmpty())
                param.clear();
        }
        if ((needsTag || needsHost) && param.isEmpty()) {
            plan.unresolved << f.id;
            continue;
        }
        for (const ProposedEdit &pe : f.edits) {
            std::string value = param.toStdString();
            if (pe.param == Param::None)
                value.clear();
            else if (pe.plainScalar)
                value = yamlPlainOrQuoted(value);
            Edit e{pe.start, pe.end, value.empty() && pe.suffix.isEmpty() ? pe.prefix : SharedText(pe.prefix + value + pe.suffix), f.id};
            pool.share(e.replacement);
            if (pe.param != Param::None) {
                f.newValue = QString::fromStdString(e.replacement);
                pool.share(f.newValue);
            }
            if (e.start <= e.end && e.end <= text.size() && text.compare(e.start, e.end - e.start, e.replacement) != 0) {
                plan.edits.push_back(std::move(e));
                plan.applied[i] = true;
            }
        }
    }
    std::stable_sort(plan.edits.begin(), plan.edits.end(), [](const Edit &a, const Edit &b) {
        return std::tie(a.start, a.end) < std::tie(b.start, b.end);
    });
    // Analysers never propose overlapping edits; should one slip through, the later one is dropped
    // (in place: no second vector of every edit).
    std::size_t kept = 0;
    std::vector<FindingId> dropped;
    for (Edit &e : plan.edits) {
        if (kept > 0 && e.start < plan.edits[kept - 1].end) {
            dropped.push_back(e.findingId);
            continue;
        }
        if (&e != &plan.edits[kept])
            plan.edits[kept] = std::move(e);
        ++kept;
    }
    plan.edits.erase(plan.edits.begin() + std::ptrdiff_t(kept), plan.edits.end());
    if (plan.edits.capacity() > plan.edits.size() + plan.edits.size() / 4)
        plan.edits.shrink_to_fit();
    // A finding whose every edit was dropped is not applied (never happens with today's analysers).
    for (std::size_t i = 0; i < plan.findings.size() && !dropped.empty(); ++i) {
        const FindingId &id = plan.findings[i].id;
        if (plan.applied[i] && std::find(dropped.begin(), dropped.end(), id) != dropped.end())
            plan.applied[i] = std::any_of(plan.edits.begin(), plan.edits.end(), [&](const Edit &e) { return e.findingId == id; });
    }
    if (migrated == MigratedText::Spliced)
        plan.migratedText = splice(text, plan.edits);
    return plan;
}

} // namespace agm

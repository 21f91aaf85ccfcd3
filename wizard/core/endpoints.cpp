// SPDX-License-Identifier: MIT
#include "endpoints.h"

#include "rules.h"
#include "secretmask.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace agm {

namespace {


QString sourceOf(const FileAnalysis &file, int line)
{
    return line > 0 ? QStringLiteral("%1:%2").arg(file.source.relativePath).arg(line) : file.source.relativePath;
}

// "https://user:pw@host:port/path?x" -> "host:port"
QString hostPart(QString value)
{
    value = value.trimmed();
    const int scheme = int(value.indexOf(QLatin1String("://")));
    if (scheme >= 0)
        value = value.mid(scheme + 3);
    const int end = int(value.indexOf(QRegularExpression(QStringLiteral("[/?#]"))));
    if (end >= 0)
        value.truncate(end);
    return value.mid(value.lastIndexOf(QLatin1Char('@')) + 1); // the userinfo is no part of the host
}

QString yamlQuoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

// One shell word, quoted when it needs to be.
QString shellQuoted(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString w = word;
    w.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + w + QLatin1Char('\'');
}

// Proxy variables for the probe: the first value of each name, in a stable order.
std::vector<std::pair<QString, QString>> probeEnvironment(const PodNetwork &pod)
{
    std::vector<std::pair<QString, QString>> env;
    for (const char *name : {"HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY"}) {
        const QString value = pod.proxyValue(QString::fromLatin1(name));
        if (!value.isEmpty() && value != QLatin1String("(from valueFrom)"))
            env.emplace_back(QString::fromLatin1(name), value);
    }
    return env;
}

bool anyMasked(const std::vector<std::pair<QString, QString>> &env)
{
    for (const auto &entry : env) {
        if (entry.second.contains(QLatin1String(kMask)))
            return true;
    }
    return false;
}

// address -> host names, in order of first appearance
std::vector<std::pair<QString, QStringList>> aliasesByAddress(const PodNetwork &pod)
{
    std::vector<std::pair<QString, QStringList>> out;
    for (const PodSetting &alias : pod.hostAliases) {
        if (alias.value.isEmpty())
            continue;
        auto it = std::find_if(out.begin(), out.end(), [&](const auto &e) { return e.first == alias.value; });
        if (it == out.end())
            out.emplace_back(alias.value, QStringList{alias.name});
        else if (!it->second.contains(alias.name))
            it->second << alias.name;
    }
    return out;
}

} // namespace

PlannedEndpoints plannedEndpoints(const Project &project, const ProjectPlan &plan, Audience audience)
{
    PlannedEndpoints out;
    std::map<QString, std::size_t> seen; // host:port -> index in targets
    for (std::size_t i = 0; i < project.files.size() && i < plan.files.size(); ++i) {
        const FileAnalysis &file = project.files[i];
        const FilePlan &filePlan = plan.files[i];
        for (const EndpointValue &ev : file.endpoints) {
            QString value = ev.value;
            for (const Edit &e : filePlan.edits) {
                if (e.start == ev.start && e.end == ev.end && e.start < e.end)
                    value = QString::fromStdString(e.replacement);
            }
            const QString where = sourceOf(file, ev.line);
            const std::string utf8 = value.toStdString();
            const EndpointInfo info = classifyEndpoint(utf8, true);
            if (info.kind != EndpointInfo::V2 && info.kind != EndpointInfo::CustomHost) {
                // Masked before it is cut short, so that no password is cut in a way the mask misses.
                out.notChecked << (audience == Audience::Wizard
                                       ? QCoreApplication::translate("agm::Checks", "%1: %2 is not a v2 host yet (%3); answer it on page 3, the configuration endpoints (Back)")
                                       : QCoreApplication::translate("agm::Checks", "%1: %2 is not a v2 host yet (%3); answer it with --endpoint"))
                                      .arg(where, ev.field, maskSecretsInText(value).left(200));
                continue;
            }
            const QString hostPort = hostPart(value);
            if (hostPort.contains(QLatin1Char('$'))) {
                out.notChecked << QCoreApplication::translate("agm::Checks", "%1: %2 is built from a shell variable (%3); check the host it expands to")
                                      .arg(where, ev.field, maskSecretsInText(hostPort).left(200));
                continue;
            }
            QString error;
            CheckTarget target = parseCheckTarget(hostPort, &error);
            if (target.host.isEmpty()) {
                out.notChecked << QStringLiteral("%1: %2").arg(where, maskSecretsInText(error));
                continue;
            }
            const QString key = QStringLiteral("%1:%2").arg(target.host).arg(target.port);
            const auto it = seen.find(key);
            if (it != seen.end()) {
                if (!out.targets[it->second].sources.contains(where))
                    out.targets[it->second].sources << where;
                continue;
            }
            target.purpose = QCoreApplication::translate("agm::Checks", "v2 configuration endpoint");
            target.sources << where;
            seen.emplace(key, out.targets.size());
            out.targets.push_back(std::move(target));
        }
    }
    return out;
}

QString PodNetwork::proxyValue(const QString &name) const
{
    for (const PodSetting &p : proxies) {
        if (p.name == name)
            return p.value;
    }
    return {};
}

QString PodNetwork::aliasFor(const QString &host) const
{
    for (const PodSetting &a : hostAliases) {
        if (a.name.compare(host, Qt::CaseInsensitive) == 0)
            return a.value;
    }
    return {};
}

PodNetwork podNetwork(const Project &project)
{
    PodNetwork pod;
    for (const FileAnalysis &file : project.files) {
        for (const NetworkSetting &s : file.network) {
            PodSetting p;
            p.name = s.name;
            p.value = s.kind == NetworkSetting::Proxy ? maskUrlCredentials(s.value) : s.value;
            p.source = sourceOf(file, s.line);
            p.where = s.resource.isEmpty() ? s.field : s.field.isEmpty() ? s.resource : s.resource + QLatin1Char(' ') + s.field;
            (s.kind == NetworkSetting::Proxy ? pod.proxies : pod.hostAliases).push_back(std::move(p));
        }
    }
    return pod;
}

QStringList probeScriptLines(const std::vector<CheckTarget> &targets)
{
    QStringList names;
    for (const CheckTarget &t : targets)
        names << QStringLiteral("%1:%2").arg(t.host).arg(t.port);
    // Every line ends in ";", "do" or "then" so that the lines also work joined by spaces.
    return {
        QStringLiteral("failed=0;"),
        QStringLiteral("for target in %1; do").arg(names.join(QLatin1Char(' '))),
        QStringLiteral("host=${target%:*}; port=${target##*:}; echo \"== $host:$port\";"),
        QStringLiteral("if getent hosts \"$host\" 2>/dev/null || nslookup \"$host\"; then echo \"DNS: ok\"; "
                       "else echo \"DNS: FAIL: $host does not resolve from here\"; failed=1; continue; fi;"),
        QStringLiteral("out=$(curl -sS -v -o /dev/null -w \"HTTP_CODE=%{http_code}\" --connect-timeout 5 --max-time 30 "
                       "\"https://$host:$port/\" 2>&1); rc=$?;"),
        QStringLiteral("echo \"$out\" | grep -E \"Uses proxy|Connected to|CONNECT tunnel|SSL connection|subject:|issuer:|"
                       "expire date:|subjectAltName|certificate verify|HTTP_CODE=\";"),
        QStringLiteral("if [ \"$rc\" -eq 0 ]; then echo \"PASS: $host:$port answers over TLS\"; "
                       "else echo \"FAIL: curl exit code $rc (6: DNS, 7: TCP, 28: timeout, 35/60: TLS)\"; failed=1; fi;"),
        QStringLiteral("done;"),
        QStringLiteral("exit $failed"),
    };
}

QString kubernetesProbeJob(const std::vector<CheckTarget> &targets, const PodNetwork &pod)
{
    const auto env = probeEnvironment(pod);
    const QString name = QStringLiteral("apim-gateway-connectivity-probe");
    QString y;
    y += QStringLiteral("# In-cluster connectivity probe for the self-hosted gateway, generated by apim-gateway-migrator.\n"
                        "# It runs the same DNS and TLS checks as the wizard, from the cluster's own network, with the\n"
                        "# gateway's proxy variables and hostAliases. Image: %1 (curl and a busybox shell).\n"
                        "# Run it in the gateway's namespace:\n"
                        "#   kubectl apply -n <namespace> -f probe.yaml\n"
                        "#   kubectl wait -n <namespace> --for=condition=complete --timeout=120s job/%2\n"
                        "#   kubectl logs -n <namespace> job/%2\n"
                        "#   kubectl delete -n <namespace> job/%2\n")
             .arg(QLatin1String(kProbeImage), name);
    if (anyMasked(env))
        y += QStringLiteral("# The proxy password is masked (***): put it back before applying.\n");
    y += QStringLiteral("apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: %1\n  labels:\n    app.kubernetes.io/name: %1\n"
                        "spec:\n  backoffLimit: 0\n  ttlSecondsAfterFinished: 3600\n  template:\n    metadata:\n      labels:\n"
                        "        app.kubernetes.io/name: %1\n    spec:\n      restartPolicy: Never\n")
             .arg(name);
    const auto aliases = aliasesByAddress(pod);
    if (!aliases.empty()) {
        y += QStringLiteral("      hostAliases:\n");
        for (const auto &[address, hosts] : aliases) {
            y += QStringLiteral("        - ip: %1\n          hostnames:\n").arg(yamlQuoted(address));
            for (const QString &host : hosts)
                y += QStringLiteral("            - %1\n").arg(yamlQuoted(host));
        }
    }
    y += QStringLiteral("      containers:\n        - name: probe\n          image: %1\n          command: [\"sh\", \"-c\"]\n"
                        "          args:\n            - |\n")
             .arg(QLatin1String(kProbeImage));
    for (const QString &line : probeScriptLines(targets))
        y += QStringLiteral("              ") + line + QLatin1Char('\n');
    if (!env.empty()) {
        y += QStringLiteral("          env:\n");
        for (const auto &[variable, value] : env)
            y += QStringLiteral("            - name: %1\n              value: %2\n").arg(variable, yamlQuoted(value));
    }
    y += QStringLiteral("          securityContext:\n            runAsNonRoot: true\n            runAsUser: 1001\n"
                        "            allowPrivilegeEscalation: false\n");
    return y;
}

QString dockerProbeCommand(const std::vector<CheckTarget> &targets, const PodNetwork &pod)
{
    const auto env = probeEnvironment(pod);
    QStringList words{QStringLiteral("docker"), QStringLiteral("run"), QStringLiteral("--rm")};
    for (const auto &[address, hosts] : aliasesByAddress(pod)) {
        for (const QString &host : hosts)
            words << QStringLiteral("--add-host") << shellQuoted(host + QLatin1Char(':') + address);
    }
    for (const auto &[variable, value] : env)
        words << QStringLiteral("-e") << shellQuoted(variable + QLatin1Char('=') + value);
    words << QStringLiteral("--entrypoint") << QStringLiteral("sh") << QLatin1String(kProbeImage) << QStringLiteral("-c")
          << QLatin1Char('\'') + probeScriptLines(targets).join(QLatin1Char(' ')) + QLatin1Char('\'');
    QString command = words.join(QLatin1Char(' '));
    if (anyMasked(env))
        command = QStringLiteral("# The proxy password is masked (***): put it back before running.\n") + command;
    return command;
}

} // namespace agm

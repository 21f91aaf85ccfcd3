// SPDX-License-Identifier: MIT
#include "checkcommand.h"

#include "commandline.h"

#include "connectivitychecker.h"
#include "endpoints.h"
#include "podview.h"
#include "project.h"
#include "secretmask.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace agm::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("agm::app", text);
}

QJsonArray podSettingsJson(const std::vector<PodSetting> &settings, const char *valueKey)
{
    QJsonArray out;
    for (const PodSetting &s : settings) {
        out.append(QJsonObject{{QStringLiteral("name"), s.name},
                               {QString::fromLatin1(valueKey), s.value},
                               {QStringLiteral("source"), s.source},
                               {QStringLiteral("where"), s.where}});
    }
    return out;
}

} // namespace

int runCheck(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check live that the endpoints the v2 gateway needs answer, layer by layer: DNS, TCP, TLS (certificate\n"
           "details against the system's trust store plus --ca-file) and HTTP (any status means the endpoint\n"
           "answers), through HTTPS_PROXY/NO_PROXY or the system proxy. The port defaults to 443. --from takes the\n"
           "endpoints from deployment files: the v2 configuration host the migration writes.\n"
           "Deadlines per layer: DNS 5 s, TCP 5 s per address, TLS 10 s, HTTP 30 s without data.\n"
           "Exit codes: 0 all passed, 1 a check failed, 2 error."));
    parser.addPositionalArgument(QStringLiteral("HOST[:PORT]"), tr("An endpoint to check, e.g. contoso.configuration.azure-api.net."),
                                 QStringLiteral("[HOST[:PORT]...]"));
    parser.addOptions({
        {QStringLiteral("from"), tr("Check the endpoints of the deployment files or folder PATH (repeatable)."), QStringLiteral("PATH")},
        {QStringLiteral("dns-server"), tr("Resolve through the DNS server IP (port 53) instead of the system resolver, e.g. for a "
                                          "private DNS zone."), QStringLiteral("IP")},
        {QStringLiteral("ca-file"), tr("Also trust the CA certificates in PEM (a TLS-inspecting proxy's or a private CA)."), QStringLiteral("PEM")},
        {QStringLiteral("timeout"), tr("Give each layer at most SEC seconds (instead of 5, 5, 10 and 30)."), QStringLiteral("SEC")},
        {QStringLiteral("json"), tr("Print JSON: {\"results\": [{host, port, status, failedLayer, layers: [{layer, status, detail}], ...}]}.")},
        {{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")},
    });
    parser.addOption(verboseOption()); // taken out of argv in main(); listed for --help
    if (!parser.parse(QStringList{QStringLiteral("apim-gateway-migrator check")} + arguments)) {
        err << tr("check: %1\n").arg(shown(parser.errorText())) << tr("Run 'apim-gateway-migrator check --help'.\n");
        return ExitError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    // Messages repeat the arguments as typed: a HOST URL may hold a password or a token.
    auto usageError = [&](const QString &message) {
        err << tr("check: %1\n").arg(shown(message));
        return int(ExitError);
    };

    net::ConnectivitySettings settings;
    if (parser.isSet(QStringLiteral("dns-server"))) {
        settings.dnsServer = parser.value(QStringLiteral("dns-server")).trimmed();
        if (QHostAddress(settings.dnsServer).isNull())
            return usageError(tr("--dns-server %1: give the DNS server's IP address.").arg(settings.dnsServer.left(200)));
    }
    if (parser.isSet(QStringLiteral("ca-file")))
        settings.caFile = parser.value(QStringLiteral("ca-file"));
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return usageError(tr("--timeout %1: give the seconds to wait, more than 0 and at most 3600.").arg(parser.value(QStringLiteral("timeout"))));
        const std::chrono::milliseconds ms(qRound64(seconds * 1000));
        settings.dnsTimeout = settings.tcpTimeout = settings.tlsTimeout = settings.httpTimeout = ms;
    }
    const QString settingsProblem = net::settingsError(settings);
    if (!settingsProblem.isEmpty())
        return usageError(settingsProblem + QLatin1Char('.'));

    std::vector<CheckTarget> targets;
    auto add = [&](CheckTarget target) {
        for (CheckTarget &t : targets) {
            if (t.host == target.host && t.port == target.port) {
                t.sources << target.sources;
                t.sources.removeDuplicates();
                return;
            }
        }
        targets.push_back(std::move(target));
    };
    for (const QString &text : parser.positionalArguments()) {
        QString error;
        CheckTarget target = parseCheckTarget(text, &error);
        if (target.host.isEmpty())
            return usageError(error + QLatin1Char('.'));
        add(std::move(target));
    }

    const QStringList fromPaths = parser.values(QStringLiteral("from"));
    PodNetwork pod;
    QStringList notChecked;
    for (const QString &path : fromPaths) {
        const Project project = importPaths({path});
        for (const Finding &f : project.errors)
            return usageError(tr("--from %1: %2").arg(shown(QDir::toNativeSeparators(f.file)), shown(f.message())));
        for (const FileAnalysis &file : project.files) {
            for (const Finding &f : file.findings) {
                if (f.severity == Severity::Error)
                    err << tr("%1:%2: error: %3\n").arg(shown(QDir(project.root).filePath(f.file))).arg(f.line).arg(shown(f.message()));
            }
        }
        const PlannedEndpoints planned = plannedEndpoints(project, planProject(project, {}));
        const QDir root(project.root);
        for (CheckTarget target : planned.targets) {
            for (QString &source : target.sources)
                source = QDir::toNativeSeparators(QDir::current().relativeFilePath(root.filePath(source)));
            add(std::move(target));
        }
        for (const QString &note : planned.notChecked)
            notChecked << note;
        const PodNetwork filePod = podNetwork(project);
        pod.proxies.insert(pod.proxies.end(), filePod.proxies.begin(), filePod.proxies.end());
        pod.hostAliases.insert(pod.hostAliases.end(), filePod.hostAliases.begin(), filePod.hostAliases.end());
    }
    for (const QString &note : notChecked)
        err << tr("note: not checked: %1\n").arg(shown(note));
    if (targets.empty()) {
        if (fromPaths.isEmpty())
            return usageError(tr("give at least one HOST[:PORT] or --from PATH."));
        return usageError(tr("no v2 configuration host to check in %1; name one as HOST.").arg(shownPath(fromPaths.join(QStringLiteral(", ")))));
    }

    net::ConnectivityChecker checker(settings);
    CheckRun run;
    QEventLoop loop;
    quint64 id = 0;
    QObject::connect(&checker, &net::ConnectivityChecker::finished, &loop, [&](quint64 got, const CheckRun &result) {
        if (got == id) {
            run = result;
            loop.quit();
        }
    });
    id = checker.check(targets);
    if (checker.isRunning(id))
        loop.exec();

    const bool withPod = !fromPaths.isEmpty();
    const net::PodView view = net::podView(pod, targets, settings.environment, run.results);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = checkRunJson(run);
        if (withPod) {
            QJsonObject podJson;
            podJson.insert(QStringLiteral("proxies"), podSettingsJson(pod.proxies, "value"));
            podJson.insert(QStringLiteral("hostAliases"), podSettingsJson(pod.hostAliases, "address"));
            podJson.insert(QStringLiteral("notes"), QJsonArray::fromStringList(view.notes));
            json.insert(QStringLiteral("pod"), podJson);
            json.insert(QStringLiteral("notChecked"), QJsonArray::fromStringList(notChecked));
        }
        // The file values in it are masked already; this is the last line of defence, as in the reports.
        writeUtf8(out, maskSecretsInText(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented))).toUtf8());
    } else {
        QString text = checkRunText(run);
        if (withPod)
            text += QLatin1Char('\n') + tr("What the gateway pod will see (from the files) beside this computer:\n") + net::podViewText(view);
        out << maskSecretsInText(text);
    }
    return run.anyFailed() ? int(ExitPending) : int(ExitOk);
}

} // namespace agm::app

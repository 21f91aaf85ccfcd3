// SPDX-License-Identifier: MIT
// The migration rules shared by every format: image references, endpoint classification, YAML
// quoting of new values, host validation, the splicer, the edit plan and secret masking.
#include "analysis.h"
#include "plan.h"
#include "rules.h"
#include "secretmask.h"
#include "../testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <string>
#include <vector>

using namespace agm;

Q_DECLARE_METATYPE(std::vector<agm::Edit>)

namespace {

QByteArray fromStd(const std::string &s)
{
    return QByteArray::fromStdString(s);
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

const char kV1Url[] = "https://contoso.management.azure-api.net/subscriptions/"
                      "00000000-0000-0000-0000-000000000000"
                      "/resourceGroups/apim-rg/providers/Microsoft.ApiManagement/service/contoso";

// A ConfigMap with the endpoint and a Deployment with the gateway container.
QByteArray k8s(const QByteArray &endpoint, const QByteArray &image, const QByteArray &runAsUser)
{
    return QByteArray("# gateway for contoso\n"
                      "apiVersion: v1\n"
                      "kind: ConfigMap\n"
                      "metadata:\n"
                      "  name: gw-env\n"
                      "data:\n"
                      "  config.service.endpoint: ")
            + endpoint
            + QByteArray("\n"
                         "---\n"
                         "apiVersion: apps/v1\n"
                         "kind: Deployment\n"
                         "metadata:\n"
                         "  name: gw\n"
                         "spec:\n"
                         "  template:\n"
                         "    spec:\n"
                         "      containers:\n"
                         "      - name: gw\n"
                         "        image: ")
            + image
            + QByteArray("   # pinned by ops\n"
                         "        securityContext:\n"
                         "          runAsNonRoot: true\n"
                         "          runAsUser: ")
            + runAsUser
            + QByteArray("\n"
                         "          readOnlyRootFilesystem: false\n");
}

Step stepFromName(const QString &name)
{
    for (Step s : {Step::Input, Step::Image, Step::Endpoint, Step::Security, Step::Extras}) {
        if (stepName(s) == name)
            return s;
    }
    qFatal("unknown step %s", qPrintable(name));
    return Step::Input;
}

QString findingIdFor(const FileAnalysis &analysis, const QString &code)
{
    for (const Finding &f : analysis.findings) {
        if (codeName(f.code) == code)
            return f.id;
    }
    return {};
}

QStringList codesOf(const FileAnalysis &analysis, const QStringList &ids)
{
    QStringList codes;
    for (const QString &id : ids) {
        for (const Finding &f : analysis.findings) {
            if (f.id == id)
                codes << codeName(f.code);
        }
    }
    codes.sort();
    return codes;
}


// "code line:column" of every finding, in file order; "+" marks a finding with an edit.
QStringList findingsOf(const FileAnalysis &analysis)
{
    QStringList out;
    for (const Finding &f : analysis.findings)
        out << QStringLiteral("%1 %2:%3%4").arg(codeName(f.code)).arg(f.line).arg(f.column).arg(f.edits.empty() ? QString() : QStringLiteral("+"));
    return out;
}


// "code line:column" of every finding, in file order.
QStringList placesOf(const FileAnalysis &analysis)
{
    QStringList places;
    for (const Finding &f : analysis.findings)
        places << QStringLiteral("%1 %2:%3").arg(codeName(f.code)).arg(f.line).arg(f.column);
    return places;
}

// An inline file by name: the name decides the format (.sh or .ps1 the shell, .tf, .json ...).
FileAnalysis analyze(const QByteArray &input, const QString &relativePath = QStringLiteral("k8s/gateway.yaml"))
{
    const LoadResult loaded = decodeSource(input, QStringLiteral("/in/") + relativePath, relativePath);
    if (!loaded.file)
        qFatal("the inline file does not load");
    return analyzeSource(*loaded.file);
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseImageRef_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");

        const QString digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
        QTest::newRow("a registry port is part of the repository, not the tag")
                << QStringLiteral("host:5000/azure-api-management/gateway:1.2.5") << true
                << QStringLiteral("host:5000/azure-api-management/gateway")
                << QStringLiteral("1.2.5") << QString();
        QTest::newRow("a registry port without a tag leaves the tag empty")
                << QStringLiteral("host:5000/azure-api-management/gateway") << true
                << QStringLiteral("host:5000/azure-api-management/gateway") << QString()
                << QString();
        QTest::newRow("a digest without a tag is a digest only")
                << QStringLiteral("mcr.microsoft.com/azure-api-management/gateway@") + digest
                << true << QStringLiteral("mcr.microsoft.com/azure-api-management/gateway")
                << QString() << digest;
        QTest::newRow("a tag followed by a digest gives both")
                << QStringLiteral("mcr.microsoft.com/azure-api-management/gateway:2.11.1@") + digest
                << true << QStringLiteral("mcr.microsoft.com/azure-api-management/gateway")
                << QStringLiteral("2.11.1") << digest;
        QTest::newRow("a port, a tag and a digest together")
                << QStringLiteral("registry.local:443/mirror/azure-api-management/gateway:v2@")
                        + digest
                << true << QStringLiteral("registry.local:443/mirror/azure-api-management/gateway")
                << QStringLiteral("v2") << digest;
        QTest::newRow("no tag at all leaves the tag empty")
                << QStringLiteral("mcr.microsoft.com/azure-api-management/gateway") << true
                << QStringLiteral("mcr.microsoft.com/azure-api-management/gateway") << QString()
                << QString();
        QTest::newRow("a Docker Hub short name with a tag")
                << QStringLiteral("nginx:1.25") << true << QStringLiteral("nginx")
                << QStringLiteral("1.25") << QString();
        QTest::newRow("an empty string is not an image")
                << QString() << false << QString() << QString() << QString();
        QTest::newRow("text with a space is not an image")
                << QStringLiteral("nginx latest") << false << QString() << QString() << QString();
        QTest::newRow("a still-quoted value is not an image")
                << QStringLiteral("\"nginx:1\"") << false << QString() << QString() << QString();
        QTest::newRow("a tag without a repository is not an image")
                << QStringLiteral(":1.2.5") << false << QString() << QString() << QString();
    }

    void parseImageRef()
    {
        QFETCH(QString, ref);
        QFETCH(bool, valid);
        QFETCH(QString, repository);
        QFETCH(QString, tag);
        QFETCH(QString, digest);

        const std::string text = ref.toStdString();
        const auto parsed = agm::parseImageRef(text);
        QCOMPARE(bool(parsed), valid);
        if (!parsed)
            return;
        QCOMPARE(q(parsed->repository), repository);
        QCOMPARE(q(parsed->tag), tag);
        QCOMPARE(q(parsed->digest), digest);
    }

    void isGatewayImage_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<bool>("gateway");

        QTest::newRow("the MCR image with a tag is the gateway")
                << QStringLiteral("mcr.microsoft.com/azure-api-management/gateway:2.11.1") << true;
        QTest::newRow("the MCR image without a tag is the gateway")
                << QStringLiteral("mcr.microsoft.com/azure-api-management/gateway") << true;
        QTest::newRow("a private mirror is the gateway")
                << QStringLiteral("contoso.azurecr.io/azure-api-management/gateway:1.2.5") << true;
        QTest::newRow("a mirror with a port and extra path is the gateway")
                << QStringLiteral("registry.local:5000/mirrors/azure-api-management/gateway:v2")
                << true;
        QTest::newRow("a digest-pinned gateway is the gateway")
                << QStringLiteral("mcr.microsoft.com/azure-api-management/gateway@sha256:")
                        + QString(64, QLatin1Char('0'))
                << true;
        QTest::newRow("letter case in the repository path does not matter")
                << QStringLiteral("MCR.microsoft.com/Azure-API-Management/Gateway:latest") << true;
        QTest::newRow("the smoke-test image is not the gateway") << QStringLiteral(
                "mcr.microsoft.com/azure-api-management/gateway-smoke-test:latest")
                                                                 << false;
        QTest::newRow("an image below the gateway path is not the gateway")
                << QStringLiteral("mcr.microsoft.com/azure-api-management/gateway/tools:1.0")
                << false;
        QTest::newRow("a repository that only ends in the same letters is not the gateway")
                << QStringLiteral("registry.example.com/team-azure-api-management/gateway:1.0")
                << false;
        QTest::newRow("nginx is not the gateway") << QStringLiteral("nginx:1.25") << false;
        QTest::newRow("a sidecar from MCR is not the gateway")
                << QStringLiteral("mcr.microsoft.com/oss/envoyproxy/envoy:v1.27.0") << false;
        QTest::newRow("an empty value is not the gateway") << QString() << false;
    }

    void isGatewayImage()
    {
        QFETCH(QString, ref);
        QFETCH(bool, gateway);
        QCOMPARE(agm::isGatewayImage(ref.toStdString()), gateway);
    }

    void classifyEndpoint_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("allowVariables");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("serviceName");
        QTest::addColumn<QString>("managementHost");
        QTest::addColumn<QString>("derivedHost");
        QTest::addColumn<bool>("hasScheme");

        const QString v1 = QString::fromLatin1(kV1Url);
        const QString path = QStringLiteral(
                "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/apim-rg"
                "/providers/Microsoft.ApiManagement/service/");
        const QString mgmt = QStringLiteral("contoso.management.azure-api.net");
        const QString cfg = QStringLiteral("contoso.configuration.azure-api.net");

        QTest::newRow("a public-cloud v1 URL becomes the service's configuration host")
                << v1 + QStringLiteral("?api-version=2021-01-01-preview") << false
                << int(EndpointInfo::V1) << QStringLiteral("contoso") << mgmt << cfg << true;
        QTest::newRow("a v1 URL with an older api-version is derived the same way")
                << v1 + QStringLiteral("?api-version=2019-12-01") << false << int(EndpointInfo::V1)
                << QStringLiteral("contoso") << mgmt << cfg << true;
        QTest::newRow(
                "a v1 URL with a newer api-version after another parameter is derived the same way")
                << v1 + QStringLiteral("?foo=bar&api-version=2022-08-01") << false
                << int(EndpointInfo::V1) << QStringLiteral("contoso") << mgmt << cfg << true;
        QTest::newRow("a v1 URL without api-version is derived the same way")
                << v1 << false << int(EndpointInfo::V1) << QStringLiteral("contoso") << mgmt << cfg
                << true;
        QTest::newRow("lower-case resourcegroups and provider names are accepted")
                << QStringLiteral("https://contoso.management.azure-api.net/subscriptions/x/"
                                  "resourcegroups/rg/providers/microsoft.apimanagement/service/"
                                  "contoso?api-version=2021-08-01")
                << false << int(EndpointInfo::V1) << QStringLiteral("contoso") << mgmt << cfg
                << true;
        QTest::newRow("a v1 URL without a scheme is derived and remembered as schemeless")
                << mgmt + path + QStringLiteral("contoso?api-version=2021-01-01-preview") << false
                << int(EndpointInfo::V1) << QStringLiteral("contoso") << mgmt << cfg << false;
        QTest::newRow("a US Government v1 URL becomes an azure-api.us configuration host")
                << QStringLiteral("https://fabrikam-gov.management.azure-api.us") + path
                        + QStringLiteral("fabrikam-gov?api-version=2021-01-01-preview")
                << false << int(EndpointInfo::V1) << QStringLiteral("fabrikam-gov")
                << QStringLiteral("fabrikam-gov.management.azure-api.us")
                << QStringLiteral("fabrikam-gov.configuration.azure-api.us") << true;
        QTest::newRow("an Azure China v1 URL becomes an azure-api.cn configuration host")
                << QStringLiteral("https://wwi.management.azure-api.cn") + path
                        + QStringLiteral("wwi?api-version=2021-01-01-preview")
                << false << int(EndpointInfo::V1) << QStringLiteral("wwi")
                << QStringLiteral("wwi.management.azure-api.cn")
                << QStringLiteral("wwi.configuration.azure-api.cn") << true;
        QTest::newRow("a custom management domain cannot be derived and keeps the service name")
                << QStringLiteral("https://mgt.contoso.com") + path
                        + QStringLiteral("contoso?api-version=2021-01-01-preview")
                << false << int(EndpointInfo::V1CustomDomain) << QStringLiteral("contoso")
                << QStringLiteral("mgt.contoso.com") << QString() << true;
        QTest::newRow("the portal's placeholder URL with <your-instance> is a placeholder")
                << QStringLiteral("https://<your-instance>.management.azure-api.net/subscriptions/"
                                  "<subscription-id>/resourceGroups/<resource-group>"
                                  "/providers/Microsoft.ApiManagement/service/"
                                  "<your-instance>?api-version=2021-01-01-preview")
                << false << int(EndpointInfo::Placeholder) << QString() << QString() << QString()
                << true;
        QTest::newRow("a real host with a <service-name> placeholder in the path is a placeholder")
                << QStringLiteral("https://contoso.management.azure-api.net") + path
                        + QStringLiteral("<service-name>?api-version=2021-01-01-preview")
                << false << int(EndpointInfo::Placeholder) << QString() << QString() << QString()
                << true;
        QTest::newRow("a v2 host with <your-instance> is a placeholder")
                << QStringLiteral("https://<your-instance>.configuration.azure-api.net") << false
                << int(EndpointInfo::Placeholder) << QString() << QString() << QString() << true;
        QTest::newRow("a management host with <your-instance> and no path is a placeholder")
                << QStringLiteral("<your-instance>.management.azure-api.net") << false
                << int(EndpointInfo::Placeholder) << QString() << QString() << QString() << false;
        QTest::newRow("the text 'paste URL here' is a placeholder")
                << QStringLiteral("paste URL here") << false << int(EndpointInfo::Placeholder)
                << QString() << QString() << QString() << false;
        QTest::newRow("a single word is a placeholder, not a host")
                << QStringLiteral("TODO") << false << int(EndpointInfo::Placeholder) << QString()
                << QString() << QString() << false;
        QTest::newRow("a v1 path behind ${GATEWAY_URL} is a placeholder")
                << QStringLiteral("${GATEWAY_URL}") + path
                        + QStringLiteral("contoso?api-version=2021-01-01-preview")
                << false << int(EndpointInfo::Placeholder) << QString() << QString() << QString()
                << false;
        QTest::newRow(
                "a v1 path behind ${GATEWAY_URL} is a placeholder even where variables are allowed")
                << QStringLiteral("${GATEWAY_URL}") + path
                        + QStringLiteral("contoso?api-version=2021-01-01-preview")
                << true << int(EndpointInfo::Placeholder) << QString() << QString() << QString()
                << false;
        QTest::newRow("a bare v2 host is already migrated")
                << cfg << false << int(EndpointInfo::V2) << QString() << QString() << QString()
                << false;
        QTest::newRow("an https v2 URL is already migrated")
                << QStringLiteral("https://") + cfg << false << int(EndpointInfo::V2) << QString()
                << QString() << QString() << true;
        QTest::newRow("an https v2 URL with a trailing slash is already migrated")
                << QStringLiteral("https://") + cfg + QStringLiteral("/") << false
                << int(EndpointInfo::V2) << QString() << QString() << QString() << true;
        QTest::newRow("a US Government v2 host is already migrated")
                << QStringLiteral("contoso.configuration.azure-api.us") << false
                << int(EndpointInfo::V2) << QString() << QString() << QString() << false;
        QTest::newRow("surrounding whitespace is ignored")
                << QStringLiteral("  ") + cfg + QStringLiteral(" \n") << false
                << int(EndpointInfo::V2) << QString() << QString() << QString() << false;
        QTest::newRow("a management host without the v1 path is incomplete, with the derived host "
                      "as a guess")
                << QStringLiteral("https://myapim.management.azure-api.net") << false
                << int(EndpointInfo::Incomplete) << QStringLiteral("myapim")
                << QStringLiteral("myapim.management.azure-api.net")
                << QStringLiteral("myapim.configuration.azure-api.net") << true;
        QTest::newRow("a management host with only a slash is incomplete too")
                << QStringLiteral("myapim.management.azure-api.us/") << false
                << int(EndpointInfo::Incomplete) << QStringLiteral("myapim")
                << QStringLiteral("myapim.management.azure-api.us")
                << QStringLiteral("myapim.configuration.azure-api.us") << false;
        QTest::newRow("a custom configuration host is left alone")
                << QStringLiteral("https://gw-config.contoso.com") << false
                << int(EndpointInfo::CustomHost) << QString()
                << QStringLiteral("gw-config.contoso.com") << QString() << true;
        QTest::newRow("a bare custom host with a port is a custom host")
                << QStringLiteral("gw-config.contoso.com:8443") << false
                << int(EndpointInfo::CustomHost) << QString()
                << QStringLiteral("gw-config.contoso.com:8443") << QString() << false;
        QTest::newRow("an empty value is empty") << QString() << false << int(EndpointInfo::Empty)
                                                 << QString() << QString() << QString() << false;
        QTest::newRow("a blank value is empty")
                << QStringLiteral(" \t ") << false << int(EndpointInfo::Empty) << QString()
                << QString() << QString() << false;
        QTest::newRow("a $NAME service name is derived where shell variables are allowed")
                << QStringLiteral("https://$APIM_NAME.management.azure-api.net/subscriptions/$SUB/"
                                  "resourceGroups/$RG/providers/Microsoft.ApiManagement/service/"
                                  "$APIM_NAME?api-version=2021-01-01-preview")
                << true << int(EndpointInfo::V1) << QStringLiteral("$APIM_NAME")
                << QStringLiteral("$APIM_NAME.management.azure-api.net")
                << QStringLiteral("$APIM_NAME.configuration.azure-api.net") << true;
        QTest::newRow("a $NAME service name is a placeholder where shell variables are not allowed")
                << QStringLiteral("https://$APIM_NAME.management.azure-api.net/subscriptions/$SUB/"
                                  "resourceGroups/$RG/providers/Microsoft.ApiManagement/service/"
                                  "$APIM_NAME?api-version=2021-01-01-preview")
                << false << int(EndpointInfo::Placeholder) << QString() << QString() << QString()
                << true;
        QTest::newRow("a ${NAME} service name is derived where shell variables are allowed")
                << QStringLiteral("contoso.management.azure-api.net") + path
                        + QStringLiteral("${APIM_NAME}")
                << true << int(EndpointInfo::V1) << QStringLiteral("${APIM_NAME}") << mgmt
                << QStringLiteral("${APIM_NAME}.configuration.azure-api.net") << false;
        QTest::newRow(
                "a PowerShell $env:NAME service name is derived where shell variables are allowed")
                << QStringLiteral("https://contoso.management.azure-api.net") + path
                        + QStringLiteral("$env:APIM_NAME?api-version=2021-01-01-preview")
                << true << int(EndpointInfo::V1) << QStringLiteral("$env:APIM_NAME") << mgmt
                << QStringLiteral("$env:APIM_NAME.configuration.azure-api.net") << true;
        QTest::newRow(
                "a v2 host built from a variable is migrated where shell variables are allowed")
                << QStringLiteral("https://${APIM_NAME}.configuration.azure-api.net") << true
                << int(EndpointInfo::V2) << QString() << QString() << QString() << true;
        QTest::newRow("a v2 host built from a variable is a placeholder where shell variables are "
                      "not allowed")
                << QStringLiteral("https://${APIM_NAME}.configuration.azure-api.net") << false
                << int(EndpointInfo::Placeholder) << QString() << QString() << QString() << true;
    }

    void classifyEndpoint()
    {
        QFETCH(QString, value);
        QFETCH(bool, allowVariables);
        QFETCH(int, kind);
        QFETCH(QString, serviceName);
        QFETCH(QString, managementHost);
        QFETCH(QString, derivedHost);
        QFETCH(bool, hasScheme);

        const std::string text = value.toStdString();
        const EndpointInfo info = agm::classifyEndpoint(text, allowVariables);
        QCOMPARE(int(info.kind), kind);
        QCOMPARE(q(info.derivedHost), derivedHost);
        if (kind != EndpointInfo::Empty)
            QCOMPARE(info.hasScheme, hasScheme);
        // Names and hosts are only meaningful where the URL could be read.
        if (kind == EndpointInfo::V1 || kind == EndpointInfo::V1CustomDomain
            || kind == EndpointInfo::Incomplete)
            QCOMPARE(q(info.serviceName), serviceName);
        if (!managementHost.isEmpty())
            QCOMPARE(q(info.managementHost), managementHost);
    }

    void yamlPlainOrQuoted_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");

        QTest::newRow("a three-part version stays plain")
                << QStringLiteral("2.11.1") << QStringLiteral("2.11.1");
        QTest::newRow("a rolling tag stays plain") << QStringLiteral("v2") << QStringLiteral("v2");
        QTest::newRow("a preview tag stays plain")
                << QStringLiteral("2.3.0-preview-1") << QStringLiteral("2.3.0-preview-1");
        QTest::newRow("a tag with a digest stays plain")
                << QStringLiteral("2.11.1@sha256:0123abcd")
                << QStringLiteral("2.11.1@sha256:0123abcd");
        QTest::newRow("a host name stays plain")
                << QStringLiteral("contoso.configuration.azure-api.net")
                << QStringLiteral("contoso.configuration.azure-api.net");
        QTest::newRow("a two-part version would be a float, so it is quoted")
                << QStringLiteral("2.12") << QStringLiteral("\"2.12\"");
        QTest::newRow("a bare major version would be an integer, so it is quoted")
                << QStringLiteral("2") << QStringLiteral("\"2\"");
        QTest::newRow("yes would be a boolean, so it is quoted")
                << QStringLiteral("yes") << QStringLiteral("\"yes\"");
        QTest::newRow("on would be a boolean, so it is quoted")
                << QStringLiteral("on") << QStringLiteral("\"on\"");
        QTest::newRow("False would be a boolean, so it is quoted")
                << QStringLiteral("False") << QStringLiteral("\"False\"");
        QTest::newRow("a tilde would be null, so it is quoted")
                << QStringLiteral("~") << QStringLiteral("\"~\"");
        QTest::newRow("null would be null, so it is quoted")
                << QStringLiteral("null") << QStringLiteral("\"null\"");
        QTest::newRow("an empty value would be null, so it is quoted")
                << QString() << QStringLiteral("\"\"");
        QTest::newRow("an octal-looking number is quoted")
                << QStringLiteral("0755") << QStringLiteral("\"0755\"");
        QTest::newRow("a hexadecimal number is quoted")
                << QStringLiteral("0x1F") << QStringLiteral("\"0x1F\"");
        QTest::newRow("an exponent number is quoted")
                << QStringLiteral("1e3") << QStringLiteral("\"1e3\"");
        QTest::newRow("infinity is quoted") << QStringLiteral(".inf") << QStringLiteral("\".inf\"");
        QTest::newRow("a date would be a timestamp, so it is quoted")
                << QStringLiteral("2026-01-01") << QStringLiteral("\"2026-01-01\"");
        QTest::newRow("a leading indicator character is quoted")
                << QStringLiteral("*anchor") << QStringLiteral("\"*anchor\"");
        QTest::newRow("a colon followed by a space is quoted")
                << QStringLiteral("a: b") << QStringLiteral("\"a: b\"");
        QTest::newRow("a trailing space is quoted")
                << QStringLiteral("v2 ") << QStringLiteral("\"v2 \"");
    }

    void yamlPlainOrQuoted()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(q(agm::yamlPlainOrQuoted(value.toStdString())), written);
    }

    void isValidHostName_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("valid");

        const QString label63(63, QLatin1Char('a'));
        QTest::newRow("a configuration host is valid")
                << QStringLiteral("contoso.configuration.azure-api.net") << true;
        QTest::newRow("a single label is valid") << QStringLiteral("localhost") << true;
        QTest::newRow("an IPv4 address is valid") << QStringLiteral("10.0.0.4") << true;
        QTest::newRow("a host with a port is valid")
                << QStringLiteral("gw-config.contoso.com:8443") << true;
        QTest::newRow("a 63-character label is valid")
                << label63 + QStringLiteral(".example.com") << true;
        QTest::newRow("a 253-character name is valid") << label63 + QLatin1Char('.') + label63
                        + QLatin1Char('.') + label63 + QLatin1Char('.')
                        + QString(61, QLatin1Char('d')) << true;
        QTest::newRow("an empty host is invalid") << QString() << false;
        QTest::newRow("a URL is not a host name")
                << QStringLiteral("https://contoso.configuration.azure-api.net") << false;
        QTest::newRow("a host with a path is invalid")
                << QStringLiteral("contoso.configuration.azure-api.net/") << false;
        QTest::newRow("a label cannot start with a hyphen")
                << QStringLiteral("-contoso.example.com") << false;
        QTest::newRow("a label cannot end with a hyphen")
                << QStringLiteral("contoso-.example.com") << false;
        QTest::newRow("an empty label is invalid")
                << QStringLiteral("contoso..example.com") << false;
        QTest::newRow("an underscore is invalid") << QStringLiteral("my_gw.example.com") << false;
        QTest::newRow("a space is invalid") << QStringLiteral("not a host") << false;
        QTest::newRow("a placeholder in angle brackets is invalid")
                << QStringLiteral("<your-instance>.configuration.azure-api.net") << false;
        QTest::newRow("a 64-character label is invalid")
                << QString(64, QLatin1Char('a')) + QStringLiteral(".example.com") << false;
        QTest::newRow("a 254-character name is invalid") << label63 + QLatin1Char('.') + label63
                        + QLatin1Char('.') + label63 + QLatin1Char('.')
                        + QString(62, QLatin1Char('d')) << false;
        QTest::newRow("a colon without a port is invalid")
                << QStringLiteral("contoso.example.com:") << false;
        QTest::newRow("a six-digit port is invalid")
                << QStringLiteral("contoso.example.com:123456") << false;
        QTest::newRow("a port above 65535 is invalid")
                << QStringLiteral("contoso.example.com:65536") << false;
    }

    void isValidHostName()
    {
        QFETCH(QString, host);
        QFETCH(bool, valid);
        QCOMPARE(agm::isValidHostName(host), valid);
    }

    void splice_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<std::vector<Edit>>("edits");
        QTest::addColumn<QByteArray>("expected");

        const QByteArray yaml("image: gw:1.2.5\r\nuser: 0\r\n# end");
        QTest::newRow("no edits keep every byte") << yaml << std::vector<Edit> {} << yaml;
        QTest::newRow("no edits on an empty text give an empty text")
                << QByteArray() << std::vector<Edit> {} << QByteArray();
        QTest::newRow("one replacement changes only its range")
                << yaml << std::vector<Edit> {{10, 15, "2.11.1", {}}}
                << QByteArray("image: gw:2.11.1\r\nuser: 0\r\n# end");
        QTest::newRow("several edits apply in order and keep the bytes between them")
                << yaml
                << std::vector<Edit> {{7, 9, "mirror/gw", {}},
                                      {10, 15, "2.11.1", {}},
                                      {23, 24, "1001", {}}}
                << QByteArray("image: mirror/gw:2.11.1\r\nuser: 1001\r\n# end");
        QTest::newRow("adjacent edits do not disturb each other")
                << QByteArray("abcdef")
                << std::vector<Edit> {{0, 2, "X", {}}, {2, 4, "YY", {}}, {4, 6, "", {}}}
                << QByteArray("XYY");
        QTest::newRow("an insertion at offset 0 prepends")
                << yaml << std::vector<Edit> {{0, 0, "# migrated\r\n", {}}}
                << QByteArray("# migrated\r\n") + yaml;
        QTest::newRow("an insertion at the end appends, keeping the missing final newline")
                << yaml
                << std::vector<Edit> {{std::size_t(yaml.size()),
                                       std::size_t(yaml.size()),
                                       "\r\nfoo: 1",
                                       {}}}
                << yaml + QByteArray("\r\nfoo: 1");
        QTest::newRow("insertions at both ends and a deletion in the middle")
                << QByteArray("a\nb\nc\n")
                << std::vector<Edit> {{0, 0, ">", {}}, {2, 4, "", {}}, {6, 6, "<", {}}}
                << QByteArray(">a\nc\n<");
        QTest::newRow("a replacement of the whole text")
                << QByteArray("old") << std::vector<Edit> {{0, 3, "new", {}}} << QByteArray("new");
    }

    void splice()
    {
        QFETCH(QByteArray, text);
        QFETCH(std::vector<Edit>, edits);
        QFETCH(QByteArray, expected);
        QCOMPARE(fromStd(agm::splice(text.toStdString(), edits)), expected);
    }

    void planFile_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("endpointHost");
        QTest::addColumn<QStringList>("skip");
        QTest::addColumn<QStringList>("disable"); // code names
        QTest::addColumn<QStringList>("overrides"); // "code=host"
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QStringList>("unresolved"); // code names, sorted
        QTest::addColumn<bool>("finished"); // a second run on the output changes nothing
        // Edits were proposed, but each would rewrite the same bytes.
        QTest::addColumn<bool>("noOpDropped");

        const QByteArray v1 = QByteArray("\"") + kV1Url + "?api-version=2021-01-01-preview\"";
        const QByteArray v2("\"https://contoso.configuration.azure-api.net\"");
        const QByteArray customDomain(
                "\"https://mgt.contoso.com/subscriptions/00000000-0000-0000-0000-000000000000"
                "/resourceGroups/apim-rg/providers/Microsoft.ApiManagement/service/"
                "contoso?api-version=2021-01-01-preview\"");
        const QByteArray placeholder(
                "\"https://<your-instance>.management.azure-api.net/subscriptions/<subscription-id>"
                "/resourceGroups/<resource-group>/providers/Microsoft.ApiManagement/service/"
                "<your-instance>?api-version=2021-01-01-preview\"");
        const QByteArray oldImage("mcr.microsoft.com/azure-api-management/gateway:1.2.5");
        const QByteArray newImage("mcr.microsoft.com/azure-api-management/gateway:2.11.1");
        const QString tag = QStringLiteral("2.11.1");
        const QStringList none;

        QTest::newRow("every step applies when nothing is skipped")
                << k8s(v1, oldImage, "0") << tag << QString() << none << none << none
                << k8s(v2, newImage, "1001") << none << true << false;
        QTest::newRow("a skipped image step keeps the old image")
                << k8s(v1, oldImage, "0") << tag << QString()
                << QStringList {QStringLiteral("image")} << none << none
                << k8s(v2, oldImage, "1001") << none << false << false;
        QTest::newRow("a skipped endpoint step keeps the v1 URL")
                << k8s(v1, oldImage, "0") << tag << QString()
                << QStringList {QStringLiteral("endpoint")} << none << none
                << k8s(v1, newImage, "1001") << none << false << false;
        QTest::newRow("a skipped security step keeps runAsUser 0")
                << k8s(v1, oldImage, "0") << tag << QString()
                << QStringList {QStringLiteral("security")} << none << none
                << k8s(v2, newImage, "0") << none << false << false;
        QTest::newRow("a disabled finding is left out while the others apply")
                << k8s(v1, oldImage, "0") << tag << QString() << none
                << QStringList {QStringLiteral("image-legacy")} << none << k8s(v2, oldImage, "1001")
                << none << false << false;
        QTest::newRow("a host override beats the derived host")
                << k8s(v1, oldImage, "0") << tag << QString() << none << none
                << QStringList {QStringLiteral("endpoint-v1=gw-config.contoso.com")}
                << k8s("\"https://gw-config.contoso.com\"", newImage, "1001") << none << false
                << false;
        QTest::newRow("a host override written as a URL is reduced to its host")
                << k8s(v1, oldImage, "0") << tag << QString() << none << none
                << QStringList {QStringLiteral("endpoint-v1=https://gw-config.contoso.com/")}
                << k8s("\"https://gw-config.contoso.com\"", newImage, "1001") << none << false
                << false;
        QTest::newRow("the operator's endpoint host does not replace a derivable endpoint")
                << k8s(v1, oldImage, "0") << tag
                << QStringLiteral("other.configuration.azure-api.net") << none << none << none
                << k8s(v2, newImage, "1001") << none << true << false;
        QTest::newRow("the operator's endpoint host answers a custom-domain question")
                << k8s(customDomain, oldImage, "0") << tag
                << QStringLiteral("contoso.configuration.azure-api.net") << none << none << none
                << k8s(v2, newImage, "1001") << none << true << false;
        QTest::newRow("the operator's endpoint host answers a placeholder question")
                << k8s(placeholder, oldImage, "0") << tag
                << QStringLiteral("contoso.configuration.azure-api.net") << none << none << none
                << k8s(v2, newImage, "1001") << none << true << false;
        QTest::newRow("an unanswered custom-domain question is unresolved and the URL stays")
                << k8s(customDomain, oldImage, "0") << tag << QString() << none << none << none
                << k8s(customDomain, newImage, "1001")
                << QStringList {QStringLiteral("endpoint-custom-domain")} << false << false;
        QTest::newRow("an endpoint host that is not a host name answers nothing")
                << k8s(placeholder, oldImage, "0") << tag << QStringLiteral("not a host") << none
                << none << none << k8s(placeholder, newImage, "1001")
                << QStringList {QStringLiteral("endpoint-placeholder")} << false << false;
        QTest::newRow("without a chosen tag the image finding is unresolved")
                << k8s(v1, oldImage, "0") << QString() << QString() << none << none << none
                << k8s(v2, oldImage, "1001") << QStringList {QStringLiteral("image-legacy")}
                << false << false;
        QTest::newRow("choosing the tag the file already has makes no edit")
                << k8s(v2, "mcr.microsoft.com/azure-api-management/gateway:v2", "1001")
                << QStringLiteral("v2") << QString() << none << none << none
                << k8s(v2, "mcr.microsoft.com/azure-api-management/gateway:v2", "1001") << none
                << true << true;
        QTest::newRow("an http v1 URL becomes an https v2 host (v2 is https only)")
                << k8s(QByteArray("\"http") + (kV1Url + 5) + "?api-version=2021-01-01-preview\"", oldImage, "0")
                << tag << QString() << none << none << none << k8s(v2, newImage, "1001") << none << true << false;
        QTest::newRow("a file already on v2 produces no edits")
                << k8s(v2, newImage, "1001") << tag << QString() << none << none << none
                << k8s(v2, newImage, "1001") << none << true << false;
    }

    void planFile()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, tag);
        QFETCH(QString, endpointHost);
        QFETCH(QStringList, skip);
        QFETCH(QStringList, disable);
        QFETCH(QStringList, overrides);
        QFETCH(QByteArray, expected);
        QFETCH(QStringList, unresolved);
        QFETCH(bool, finished);
        QFETCH(bool, noOpDropped);

        const FileAnalysis analysis = analyze(input);
        QCOMPARE(analysis.format, Format::Kubernetes);
        QVERIFY(!analysis.hasErrors());
        const QString file = analysis.source.relativePath;

        MigrationOptions options;
        options.tag = tag;
        options.endpointHost = endpointHost;
        for (const QString &s : skip)
            options.skippedSteps.insert(stepFromName(s));
        for (const QString &code : disable) {
            const QString id = findingIdFor(analysis, code);
            QVERIFY2(!id.isEmpty(), qPrintable(code));
            options.disabledFindings.insert(findingKey(file, id));
        }
        for (const QString &o : overrides) {
            const int eq = int(o.indexOf(QLatin1Char('=')));
            const QString id = findingIdFor(analysis, o.left(eq));
            QVERIFY2(!id.isEmpty(), qPrintable(o));
            options.hostOverrides.insert(findingKey(file, id), o.mid(eq + 1));
        }

        const FilePlan plan = agm::planFile(analysis, options);
        QCOMPARE(fromStd(plan.migratedText), expected);
        QCOMPARE(codesOf(analysis, plan.unresolved), unresolved);
        QCOMPARE(plan.changes(), expected != input);

        // The plan's own promises: sorted, non-overlapping, never a no-op, spliced into
        // migratedText.
        const std::string &text = analysis.source.text;
        for (std::size_t i = 0; i < plan.edits.size(); ++i) {
            const Edit &e = plan.edits[i];
            QVERIFY(e.start <= e.end && e.end <= text.size());
            QVERIFY2(text.compare(e.start, e.end - e.start, e.replacement) != 0,
                     qPrintable(e.findingId));
            if (i > 0)
                QVERIFY(plan.edits[i - 1].end <= e.start);
            QVERIFY(std::any_of(plan.findings.begin(), plan.findings.end(),
                                [&](const Finding &f) { return f.id == e.findingId; }));
        }
        QCOMPARE(fromStd(agm::splice(text, plan.edits)), fromStd(plan.migratedText));
        // Parametrised findings that were applied report the value they wrote.
        for (const Finding &f : plan.findings) {
            const bool parametrised
                    = std::any_of(f.edits.begin(), f.edits.end(),
                                  [](const ProposedEdit &e) { return e.param != Param::None; });
            const auto applied = std::find_if(plan.edits.begin(), plan.edits.end(),
                                              [&](const Edit &e) { return e.findingId == f.id; });
            if (parametrised && applied != plan.edits.end())
                QCOMPARE(f.newValue, q(applied->replacement));
        }

        if (noOpDropped) {
            const bool proposed = std::any_of(
                    analysis.findings.begin(), analysis.findings.end(),
                    [](const Finding &f) { return f.step == Step::Image && !f.edits.empty(); });
            QVERIFY2(proposed, "the analyser proposed no edit, so nothing was dropped");
            QVERIFY(plan.edits.empty());
            QVERIFY(plan.unresolved.isEmpty());
        }

        if (finished) {
            MigrationOptions again;
            again.tag = tag;
            again.endpointHost = endpointHost;
            const FilePlan second = agm::planFile(analyze(expected), again);
            QVERIFY2(second.edits.empty(), "migrating the migrated file changed it again");
            QVERIFY(second.unresolved.isEmpty());
        }
    }

    // Scripts: heredocs, here-strings and variables reach the same rules with script positions.
    void scriptShapes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QStringList>("findings");
        QTest::addColumn<QByteArray>("migrated");
        QTest::addColumn<QStringList>("secrets"); // the text of every secret span

        const QByteArray v1Of = QByteArray(kV1Url).replace("/contoso", "/$GW").replace("//contoso", "//$GW");
        const QByteArray cm = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: gw-env\ndata:\n  config.service.endpoint: ";

        QTest::newRow("an escaped \\$ in an expanding heredoc is kubectl's $: reported, never edited")
                << QStringLiteral("a.sh")
                << QByteArray("cat <<EOF | kubectl apply -f -\n") + cm
                           + "\"https://\\$GW.management.azure-api.net/subscriptions/1/resourceGroups/r/providers/"
                             "Microsoft.ApiManagement/service/\\$GW?api-version=2021-01-01-preview\"\nEOF\n"
                             "docker run --user 1001 mcr.microsoft.com/azure-api-management/gateway:beta\n"
                << QStringList {QStringLiteral("endpoint-v1 7:29"), QStringLiteral("image-floating 9:24+")}
                << QByteArray("cat <<EOF | kubectl apply -f -\n") + cm
                           + "\"https://\\$GW.management.azure-api.net/subscriptions/1/resourceGroups/r/providers/"
                             "Microsoft.ApiManagement/service/\\$GW?api-version=2021-01-01-preview\"\nEOF\n"
                             "docker run --user 1001 mcr.microsoft.com/azure-api-management/gateway:2.11.1\n"
                << QStringList();
        QTest::newRow("a variable migrated at its assignment answers its use in an expanding heredoc")
                << QStringLiteral("b.sh")
                << QByteArray("GW=contoso\nENDPOINT=\"") + v1Of + "\"\ncat <<EOF | kubectl apply -f -\n" + cm
                           + "\"$ENDPOINT\"\nEOF\n"
                << QStringList {QStringLiteral("endpoint-v1 2:11+")}
                << QByteArray("GW=contoso\nENDPOINT=\"https://$GW.configuration.azure-api.net\"\ncat <<EOF | kubectl apply -f -\n")
                           + cm + "\"$ENDPOINT\"\nEOF\n"
                << QStringList();
        QTest::newRow("a quoted delimiter keeps $ENDPOINT literal, so it stays a question")
                << QStringLiteral("c.sh")
                << QByteArray("ENDPOINT=\"") + v1Of + "\"\nkubectl apply -f - <<'EOF'\n" + cm + "\"$ENDPOINT\"\nEOF\n"
                << QStringList {QStringLiteral("endpoint-v1 1:11+"), QStringLiteral("endpoint-placeholder 8:29+")}
                << QByteArray("ENDPOINT=\"https://$GW.configuration.azure-api.net\"\nkubectl apply -f - <<'EOF'\n") + cm
                           + "\"$ENDPOINT\"\nEOF\n"
                << QStringList();
        QTest::newRow("a variable nobody assigned stays a question")
                << QStringLiteral("d.sh")
                << QByteArray("helm install gw chart --set gateway.configuration.uri=$UNKNOWN\n")
                << QStringList {QStringLiteral("endpoint-placeholder 1:55+")}
                << QByteArray("helm install gw chart --set gateway.configuration.uri=$UNKNOWN\n") << QStringList();
        QTest::newRow("an ARM URL in a variable is not a gateway endpoint")
                << QStringLiteral("e.sh")
                << QByteArray("URL=https://management.azure.com/subscriptions/1/resourceGroups/r/providers/"
                              "Microsoft.ApiManagement/service/contoso?api-version=2022-08-01\n")
                << QStringList()
                << QByteArray("URL=https://management.azure.com/subscriptions/1/resourceGroups/r/providers/"
                              "Microsoft.ApiManagement/service/contoso?api-version=2022-08-01\n")
                << QStringList();
        QTest::newRow("a <<-EOF body: positions count the tabs, the Secret value is a secret span")
                << QStringLiteral("f.sh")
                << QByteArray("f() {\n\tkubectl apply -f - <<-EOF\n\tapiVersion: v1\n\tkind: Secret\n\tmetadata:\n\t  name: t\n"
                              "\tstringData:\n\t  value: \"GatewayKey gw&209901010000&Sig==\"\n\tEOF\n}\n")
                << QStringList()
                << QByteArray("f() {\n\tkubectl apply -f - <<-EOF\n\tapiVersion: v1\n\tkind: Secret\n\tmetadata:\n\t  name: t\n"
                              "\tstringData:\n\t  value: \"GatewayKey gw&209901010000&Sig==\"\n\tEOF\n}\n")
                << QStringList {QStringLiteral("GatewayKey gw&209901010000&Sig==")};
        QTest::newRow("a PowerShell `$ in a here-string is reported, never edited; $($x) derives")
                << QStringLiteral("g.ps1")
                << QByteArray("@\"\n") + cm
                           + "\"https://`$x.management.azure-api.net/subscriptions/1/resourceGroups/r/providers/"
                             "Microsoft.ApiManagement/service/`$x?api-version=2021-01-01-preview\"\n\"@ | kubectl apply -f -\n"
                             "$e = 'https://$($x).management.azure-api.net/subscriptions/1/resourceGroups/r/providers/"
                             "Microsoft.ApiManagement/service/$($x)'\n"
                << QStringList {QStringLiteral("endpoint-v1 7:29"), QStringLiteral("endpoint-v1 9:7+")}
                << QByteArray("@\"\n") + cm
                           + "\"https://`$x.management.azure-api.net/subscriptions/1/resourceGroups/r/providers/"
                             "Microsoft.ApiManagement/service/`$x?api-version=2021-01-01-preview\"\n\"@ | kubectl apply -f -\n"
                             "$e = 'https://$($x).configuration.azure-api.net'\n"
                << QStringList();
        QTest::newRow("a use of a variable holding a custom host reports the host at its assignment")
                << QStringLiteral("k.sh")
                << QByteArray("ENDPOINT=gw-config.contoso.com\nhelm install gw chart --set gateway.configuration.uri=$ENDPOINT\n")
                << QStringList {QStringLiteral("endpoint-custom-host 1:10")}
                << QByteArray("ENDPOINT=gw-config.contoso.com\nhelm install gw chart --set gateway.configuration.uri=$ENDPOINT\n")
                << QStringList();
        QTest::newRow("a use of a variable holding a v2 host is no question")
                << QStringLiteral("l.ps1")
                << QByteArray("$E = 'https://contoso.configuration.azure-api.net'\nhelm install gw chart --set gateway.configuration.uri=$e\n")
                << QStringList()
                << QByteArray("$E = 'https://contoso.configuration.azure-api.net'\nhelm install gw chart --set gateway.configuration.uri=$e\n")
                << QStringList();
        QTest::newRow("a heredoc of commands stays commands")
                << QStringLiteral("i.sh")
                << QByteArray("ssh gw-host bash <<EOF\ndocker run --user 1001 mcr.microsoft.com/azure-api-management/gateway:beta\nEOF\n")
                << QStringList {QStringLiteral("image-floating 2:24+")}
                << QByteArray("ssh gw-host bash <<EOF\ndocker run --user 1001 mcr.microsoft.com/azure-api-management/gateway:2.11.1\nEOF\n")
                << QStringList();
        QTest::newRow("a file name with helm in it does not make a manifest chart values")
                << QStringLiteral("j.sh")
                << QByteArray("cat <<EOF > helm-notes.yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n"
                              "  - name: g\n    image: mcr.microsoft.com/azure-api-management/gateway:v2\n"
                              "    securityContext: {runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: false}\nEOF\n")
                << QStringList {QStringLiteral("image-rolling 9:12+")}
                << QByteArray("cat <<EOF > helm-notes.yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n"
                              "  - name: g\n    image: mcr.microsoft.com/azure-api-management/gateway:2.11.1\n"
                              "    securityContext: {runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: false}\nEOF\n")
                << QStringList();
        QTest::newRow("Arc settings: the endpoint key rename and the value edit are separate findings")
                << QStringLiteral("h.sh")
                << QByteArray("az k8s-extension create --config gateway.endpoint=") + kV1Url
                           + " --config-protected gateway.authKey='GatewayKey gw&x'\n"
                << QStringList {QStringLiteral("arc-legacy-setting 1:34+"), QStringLiteral("endpoint-v1 1:51+"),
                                QStringLiteral("arc-legacy-setting 1:235+")}
                << QByteArray("az k8s-extension create --config gateway.configuration.uri=https://contoso.configuration.azure-api.net"
                              " --config-protected gateway.auth.token='GatewayKey gw&x'\n")
                << QStringList {QStringLiteral("GatewayKey gw&x")};
    }

    void scriptShapes()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, script);
        QFETCH(QStringList, findings);
        QFETCH(QByteArray, migrated);
        QFETCH(QStringList, secrets);

        const FileAnalysis analysis = analyze(script, name);
        QVERIFY(!analysis.hasErrors());
        QCOMPARE(findingsOf(analysis), findings);
        QStringList secretTexts;
        for (const SecretSpan &span : analysis.secrets)
            secretTexts << q(analysis.source.text.substr(span.start, span.end - span.start));
        QCOMPARE(secretTexts, secrets);
        MigrationOptions options;
        options.tag = QStringLiteral("2.11.1");
        QCOMPARE(fromStd(agm::planFile(analysis, options).migratedText), migrated);
    }

    // A value shared through an anchor with a field that is not the gateway's own becomes a
    // question at its place, with no edit, and --endpoint does not answer it.
    void sharedValues_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("step");

        QTest::newRow("endpoint anchor reused by a sidecar")
                << QByteArray("apiVersion: v1\nkind: Pod\nmetadata: {name: gw}\nspec:\n  containers:\n"
                              "  - name: gw\n    image: mcr.microsoft.com/azure-api-management/gateway:2.11.1\n"
                              "    securityContext: {runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: false}\n"
                              "    env:\n    - name: config.service.endpoint\n      value: &mgmt ")
                        + kV1Url + QByteArray("?api-version=2019-12-01\n"
                                              "  - name: side\n    image: busybox\n    env:\n"
                                              "    - name: MANAGEMENT_URL\n      value: *mgmt\n")
                << 11 << 20 << QStringLiteral("endpoint");
        QTest::newRow("endpoint alias of a sidecar's anchor")
                << QByteArray("apiVersion: v1\nkind: Pod\nmetadata: {name: gw}\nspec:\n  containers:\n"
                              "  - name: side\n    image: busybox\n    env:\n"
                              "    - name: MANAGEMENT_URL\n      value: &mgmt ")
                        + kV1Url + QByteArray("?api-version=2019-12-01\n"
                                              "  - name: gw\n    image: mcr.microsoft.com/azure-api-management/gateway:2.11.1\n"
                                              "    securityContext: {runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: false}\n"
                                              "    env:\n    - name: config.service.endpoint\n      value: *mgmt\n")
                << 10 << 20 << QStringLiteral("endpoint");
        QTest::newRow("image anchor reused in another service's environment")
                << QByteArray("services:\n  gw:\n    image: &img mcr.microsoft.com/azure-api-management/gateway:1.2.5\n"
                              "    user: \"1001\"\n  tool:\n    image: tool:1\n    environment:\n      IMAGE: *img\n")
                << 3 << 17 << QStringLiteral("image");
        QTest::newRow("securityContext merged from a sidecar")
                << QByteArray("apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers:\n  - &side\n    name: side\n"
                              "    image: busybox\n    securityContext:\n      runAsUser: 0\n  - <<: *side\n    name: gw\n"
                              "    image: mcr.microsoft.com/azure-api-management/gateway:2.11.1\n")
                << 9 << 5 << QStringLiteral("security");
        QTest::newRow("a service that merges itself twice (ends, and asks)")
                << QByteArray("services:\n  gw: &a\n    image: mcr.microsoft.com/azure-api-management/gateway:1.2.5\n    <<: [*a, *a]\n")
                << 3 << 12 << QStringLiteral("image");
        QTest::newRow("a merged base whose image another service overrides is edited (its image is the gateway's alone)")
                << QByteArray("x-base: &base\n  image: mcr.microsoft.com/azure-api-management/gateway:1.2.5\n"
                              "  environment: &env\n    config.service.endpoint: contoso.configuration.azure-api.net\n"
                              "services:\n  gw:\n    <<: *base\n    user: \"1001\"\n"
                              "  tool:\n    <<: *base\n    image: tool:1\n    user: \"1001\"\n")
                << -1 << -1 << QString();
    }

    void sharedValues()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, step);

        const FileAnalysis analysis = analyze(input);
        QVERIFY(!analysis.hasErrors());
        const auto shared = std::find_if(analysis.findings.begin(), analysis.findings.end(),
                                         [](const Finding &f) { return f.code == Code::SharedValue; });
        if (line < 0) {
            QVERIFY2(shared == analysis.findings.end(), shared == analysis.findings.end() ? "" : qPrintable(shared->message()));
            return;
        }
        QVERIFY(shared != analysis.findings.end());
        QCOMPARE(shared->line, line);
        QCOMPARE(shared->column, column);
        QCOMPARE(shared->severity, Severity::Question);
        QCOMPARE(stepName(shared->step), step);
        QVERIFY(shared->edits.empty());
        MigrationOptions options;
        options.tag = QStringLiteral("2.11.1");
        options.endpointHost = QStringLiteral("contoso.configuration.azure-api.net");
        const FilePlan plan = agm::planFile(analysis, options);
        QVERIFY(plan.unresolved.contains(shared->id));
        if (shared->oldValue.isEmpty()) // a securityContext: nothing else to change in these inputs
            QCOMPARE(fromStd(plan.migratedText), input);
        else
            QVERIFY(plan.migratedText.find(shared->oldValue.toStdString()) != std::string::npos);
    }

    // A v1 URL folded over two lines of a block scalar: no derived edit, a question that
    // --endpoint answers.
    void multiLineBlockEndpoint()
    {
        const FileAnalysis analysis = analyze(QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: gw}\ndata:\n"
                                                         "  config.service.endpoint: >-\n    ")
                                              + kV1Url + "?api-version=\n    2019-12-01\n");
        const QString id = findingIdFor(analysis, QStringLiteral("endpoint-v1"));
        QVERIFY(!id.isEmpty());
        const auto f = std::find_if(analysis.findings.begin(), analysis.findings.end(), [&](const Finding &x) { return x.id == id; });
        QCOMPARE(f->severity, Severity::Question);
        QCOMPARE(f->line, 6); // the URL, not the indicator
        MigrationOptions options;
        options.tag = QStringLiteral("2.11.1");
        QVERIFY(agm::planFile(analysis, options).unresolved.contains(id));
        options.endpointHost = QStringLiteral("contoso.configuration.azure-api.net");
        const FilePlan answered = agm::planFile(analysis, options);
        QVERIFY(answered.unresolved.isEmpty());
        QVERIFY(answered.migratedText.find("  config.service.endpoint: >-\n    https://contoso.configuration.azure-api.net\n") != std::string::npos);
    }

    // The gateway key inside a Flux HelmRelease's values and inside an Argo CD values string is
    // masked like in a values file.
    void releaseValuesSecrets_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("flux spec.values")
                << QByteArray("apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata: {name: gw}\nspec:\n"
                              "  chart:\n    spec: {chart: azure-api-management-gateway, version: 1.15.1}\n"
                              "  values:\n    gateway:\n      auth:\n        key: GatewayKey gw&203001010000&c2lnbmF0dXJl\n");
        QTest::newRow("argo helm.values string")
                << QByteArray("apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: gw}\nspec:\n  source:\n"
                              "    chart: azure-api-management-gateway\n    helm:\n      values: |\n        gateway:\n"
                              "          auth:\n            key: GatewayKey gw&203001010000&c2lnbmF0dXJl\n");
        QTest::newRow("argo helm.parameters")
                << QByteArray("apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: gw}\nspec:\n  source:\n"
                              "    chart: azure-api-management-gateway\n    helm:\n      parameters:\n"
                              "      - name: gateway.auth.key\n        value: GatewayKey gw&203001010000&c2lnbmF0dXJl\n");
    }

    void releaseValuesSecrets()
    {
        QFETCH(QByteArray, input);
        const FileAnalysis analysis = analyze(input);
        QVERIFY(!analysis.hasErrors());
        QCOMPARE(analysis.secrets.size(), std::size_t(1));
        const SecretSpan span = analysis.secrets.front();
        QCOMPARE(fromStd(analysis.source.text.substr(span.start, span.end - span.start)),
                 QByteArray("GatewayKey gw&203001010000&c2lnbmF0dXJl"));
    }

    // A release pinned to a chart before 1.1.0 gets advice to upgrade the chart, not a
    // securityContext that chart ignores; the advice names the v1 image an empty tag means.
    void oldChartAdvice()
    {
        const FileAnalysis analysis = analyze(QByteArray(
                "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata: {name: gw}\nspec:\n  chart:\n"
                "    spec:\n      chart: azure-api-management-gateway\n      version: 1.0.0-rc.2\n"
                "  values:\n    gateway:\n      configuration:\n        uri: contoso.configuration.azure-api.net\n"));
        QVERIFY(findingIdFor(analysis, QStringLiteral("security-missing")).isEmpty());
        const QString id = findingIdFor(analysis, QStringLiteral("helm-chart-no-security-context"));
        QVERIFY(!id.isEmpty());
        const auto f = std::find_if(analysis.findings.begin(), analysis.findings.end(), [&](const Finding &x) { return x.id == id; });
        QCOMPARE(f->severity, Severity::Warning);
        QCOMPARE(f->line, 10); // the values mapping
        QVERIFY2(f->message().contains(QLatin1String("1.2.5")), qPrintable(f->message()));
        QVERIFY2(f->message().contains(QLatin1String("1.0.0-rc.2")), qPrintable(f->message()));
    }

    // JSON files: only Kubernetes resources are analysed, and what the migration writes into
    // them is still JSON (compact and pretty-printed objects alike).
    void jsonManifests_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("kubernetes");
        const QByteArray gw("mcr.microsoft.com/azure-api-management/gateway:1.2.5");
        QTest::newRow("compact pod") << QByteArray("{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"spec\": {\"containers\": [{\"image\": \"")
                        + gw + "\"}]}}" << true;
        QTest::newRow("pretty pod, empty securityContext, CRLF")
                << QByteArray("{\r\n  \"apiVersion\": \"v1\",\r\n  \"kind\": \"Pod\",\r\n  \"spec\": {\r\n    \"containers\": [\r\n"
                              "      {\r\n        \"image\": \"") + gw + "\",\r\n        \"securityContext\": {}\r\n      }\r\n    ]\r\n  }\r\n}\r\n"
                << true;
        QTest::newRow("pretty deployment, partial securityContext")
                << QByteArray("{\n    \"apiVersion\": \"apps/v1\",\n    \"kind\": \"Deployment\",\n    \"spec\": {\"template\": {\"spec\": {\"containers\": [\n"
                              "        {\n            \"image\": \"") + gw + "\",\n            \"securityContext\": {\n                \"runAsUser\": 0\n            }\n        }\n    ]}}}\n}\n"
                << true;
        QTest::newRow("pretty pod indented with tabs")
                << QByteArray("{\n\t\"apiVersion\": \"v1\",\n\t\"kind\": \"Pod\",\n\t\"spec\": {\n\t\t\"containers\": [\n\t\t\t{\n\t\t\t\t\"image\": \"")
                        + gw + "\"\n\t\t\t}\n\t\t]\n\t}\n}\n" << true;
        QTest::newRow("ARM template") << QByteArray("{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\", "
                                                    "\"apiVersion\": \"x\", \"kind\": \"y\", \"resources\": [{\"image\": \"") + gw + "\"}]}" << false;
        QTest::newRow("package.json") << QByteArray("{\"name\": \"x\", \"scripts\": {\"image\": \"") + gw + "\"}}" << false;
        QTest::newRow("not JSON at all") << QByteArray("image: ") + gw + "\n" << false;
    }

    void jsonManifests()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, kubernetes);
        const FileAnalysis analysis = analyze(input, QStringLiteral("k8s/gateway.json"));
        QCOMPARE(analysis.format == Format::Kubernetes, kubernetes); // an ARM template is read as one, not as a manifest
        QVERIFY(!analysis.hasErrors());
        MigrationOptions options;
        options.tag = QStringLiteral("2.11.1");
        const FilePlan plan = agm::planFile(analysis, options);
        QCOMPARE(plan.changes(), kubernetes);
        if (!kubernetes)
            return;
        QJsonParseError error;
        const QJsonDocument migrated = QJsonDocument::fromJson(fromStd(plan.migratedText), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QLatin1Char('\n') + q(plan.migratedText)));
        QJsonObject root = migrated.object();
        QJsonObject podSpec = root.value(QLatin1String("spec")).toObject();
        if (root.value(QLatin1String("kind")).toString() == QLatin1String("Deployment"))
            podSpec = podSpec.value(QLatin1String("template")).toObject().value(QLatin1String("spec")).toObject();
        const QJsonObject container = podSpec.value(QLatin1String("containers")).toArray().at(0).toObject();
        QCOMPARE(container.value(QLatin1String("image")).toString(), QStringLiteral("mcr.microsoft.com/azure-api-management/gateway:2.11.1"));
        const QJsonObject sc = container.value(QLatin1String("securityContext")).toObject();
        QCOMPARE(sc.value(QLatin1String("runAsNonRoot")), QJsonValue(true));
        QCOMPARE(sc.value(QLatin1String("runAsUser")), QJsonValue(1001));
        QCOMPARE(sc.value(QLatin1String("readOnlyRootFilesystem")), QJsonValue(false));
        // Idempotent, and CRLF stays CRLF.
        const FilePlan again = agm::planFile(analyze(fromStd(plan.migratedText), QStringLiteral("k8s/gateway.json")), options);
        QVERIFY(again.edits.empty());
        if (input.contains("\n\t"))
            QVERIFY(plan.migratedText.find("\n\t\t\t\t\"securityContext\": {\n\t\t\t\t\t\"runAsNonRoot\": true,") != std::string::npos);
        if (input.contains("\r\n"))
            QCOMPARE(fromStd(plan.migratedText).count("\n"), fromStd(plan.migratedText).count("\r\n"));
    }

    // Settings merged into a ConfigMap's data or a compose environment ("<<: *common") count:
    // the token is masked and the endpoint migrated where it is written.
    void mergedSettings_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray token("GatewayKey gw&203001010000&c2lnbmF0dXJl");
        const QByteArray v1 = QByteArray(kV1Url) + "?api-version=2019-12-01";
        const QByteArray configMap = "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: common}\n"
                                     "  data: &common\n    config.service.auth: " + token + "\n    config.service.endpoint: ENDPOINT\n"
                                     "- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: gw}\n  data:\n    <<: *common\n"
                                     "    telemetry.logs.std: text\n";
        QTest::newRow("configmap data") << QByteArray(configMap).replace("ENDPOINT", v1)
                                        << QByteArray(configMap).replace("ENDPOINT", "https://contoso.configuration.azure-api.net");
        const QByteArray compose = "x-env: &env\n  config.service.auth: " + token + "\n  config.service.endpoint: ENDPOINT\n"
                                   "services:\n  gw:\n    image: mcr.microsoft.com/azure-api-management/gateway:2.11.1\n    user: \"1001\"\n"
                                   "    environment:\n      <<: *env\n      telemetry.logs.std: text\n";
        QTest::newRow("compose environment") << QByteArray(compose).replace("ENDPOINT", v1)
                                             << QByteArray(compose).replace("ENDPOINT", "https://contoso.configuration.azure-api.net");
    }

    void mergedSettings()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        const FileAnalysis analysis = analyze(input);
        QVERIFY(!analysis.hasErrors());
        QVERIFY(std::any_of(analysis.secrets.begin(), analysis.secrets.end(), [&](const SecretSpan &span) {
            return analysis.source.text.compare(span.start, span.end - span.start, "GatewayKey gw&203001010000&c2lnbmF0dXJl") == 0;
        }));
        MigrationOptions options;
        options.tag = QStringLiteral("2.11.1");
        QCOMPARE(fromStd(agm::planFile(analysis, options).migratedText), expected);
    }

    // kubectl's typed lists: every item is a resource, a Secret inside is masked.
    void typedListItems()
    {
        const QByteArray token("R2F0ZXdheUtleSBjb250b3NvLWd3JjIwMzAwMTAxMDAwMCZ0b2tlbi1pbnZlbnRlZC1mb3ItdGVzdHM=");
        const FileAnalysis analysis = analyze(QByteArray("apiVersion: v1\nkind: SecretList\nitems:\n- apiVersion: v1\n"
                                                         "  kind: Secret\n  metadata: {name: gw-token}\n  data:\n    value: ")
                                              + token + "\n");
        QCOMPARE(analysis.secrets.size(), std::size_t(1));
        const SecretSpan span = analysis.secrets.front();
        QCOMPARE(fromStd(analysis.source.text.substr(span.start, span.end - span.start)), token);
    }

    void maskSecretsInText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");

        QTest::newRow("a GatewayKey token is masked")
                << QStringLiteral("GatewayKey contoso-gw&202612010000&AbC+dEf/gh==")
                << QStringLiteral("GatewayKey ***");
        QTest::newRow("a GatewayKey token inside a sentence is masked up to its end")
                << QStringLiteral("token 'GatewayKey gw&202612010000&xyz==' expired")
                << QStringLiteral("token 'GatewayKey ***' expired");
        QTest::newRow("every GatewayKey token in a text is masked")
                << QStringLiteral(
                           "a=GatewayKey k1&202612010000&x\nb=GatewayKey k2&202612010000&y\n")
                << QStringLiteral("a=GatewayKey ***\nb=GatewayKey ***\n");
        QTest::newRow("a config.service.auth assignment keeps the key and masks the value")
                << QStringLiteral("config.service.auth=s3cr3t-value\nconfig.service.endpoint=x\n")
                << QStringLiteral("config.service.auth=***\nconfig.service.endpoint=x\n");
        QTest::newRow("a config.service.auth token keeps the GatewayKey word")
                << QStringLiteral("config.service.auth=GatewayKey gw&202612010000&abc==")
                << QStringLiteral("config.service.auth=GatewayKey ***");
        QTest::newRow("a Helm gateway.auth.key value is masked")
                << QStringLiteral("  gateway.auth.key: abc123==")
                << QStringLiteral("  gateway.auth.key: ***");
        QTest::newRow("a quoted gateway.auth.key value keeps its quotes")
                << QStringLiteral("gateway.auth.key: \"abc123==\"")
                << QStringLiteral("gateway.auth.key: \"***\"");
        QTest::newRow("a helm --set of gateway.auth.key is masked and the next option kept")
                << QStringLiteral("helm upgrade gw --set gateway.auth.key=abc123 --set "
                                  "gateway.configuration.uri=x")
                << QStringLiteral("helm upgrade gw --set gateway.auth.key=*** --set "
                                  "gateway.configuration.uri=x");
        QTest::newRow("an already masked token stays as it is")
                << QStringLiteral("GatewayKey ***") << QStringLiteral("GatewayKey ***");
        QTest::newRow("an endpoint is not a secret")
                << QStringLiteral(
                           "config.service.endpoint: https://contoso.configuration.azure-api.net")
                << QStringLiteral(
                           "config.service.endpoint: https://contoso.configuration.azure-api.net");
        QTest::newRow("an env entry naming config.service.auth without a value is left alone")
                << QStringLiteral("- name: config.service.auth\n  valueFrom:\n")
                << QStringLiteral("- name: config.service.auth\n  valueFrom:\n");
        QTest::newRow("unrelated text is left alone")
                << QStringLiteral("image: nginx:1.25 # auth: basic")
                << QStringLiteral("image: nginx:1.25 # auth: basic");
        QTest::newRow("an empty text stays empty") << QString() << QString();
    }

    // Detection by name and content: runbooks, program sources and CI workflows are never YAML
    // manifests or Helm templates, whatever they hold.
    void detectFormat_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("format");
        const QByteArray workflow("on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n"
                                  "      - run: echo ${{ secrets.TOKEN }}\n");
        QTest::newRow("GitHub workflow") << "repo/.github/workflows/deploy.yml" << workflow << "ci-workflow";
        QTest::newRow("${{ }} outside .github") << "ci/build.yml" << workflow << "ci-workflow";
        QTest::newRow("Azure Pipelines") << "azure-pipelines.yml" << QByteArray("trigger:\n- main\nsteps:\n- script: make\n") << "ci-workflow";
        QTest::newRow("Helm template still") << "templates/deployment.yaml" << QByteArray("kind: Deployment\nimage: {{ .Values.image }}\n") << "helm-template";
        QTest::newRow("Markdown runbook") << "docs/RUNBOOK.md" << QByteArray("docker run mcr.microsoft.com/azure-api-management/gateway:1.2.5\n") << "unknown";
        QTest::newRow("TypeScript") << "src/deploy.ts" << QByteArray("const yaml = `kind: Deployment\n  image: x`;\n") << "unknown";
        QTest::newRow("Dockerfile") << "gw/Dockerfile" << QByteArray("FROM busybox\n") << "dockerfile";
        QTest::newRow("Dockerfile.prod") << "Dockerfile.prod" << QByteArray("FROM busybox\n") << "dockerfile";
        QTest::newRow("x.dockerfile") << "gateway.Dockerfile" << QByteArray("FROM busybox\n") << "dockerfile";
        QTest::newRow("Terraform") << "main.tf" << QByteArray("locals {}\n") << "terraform";
        QTest::newRow("Bicep") << "main.bicep" << QByteArray("param x string\n") << "bicep";
        QTest::newRow("Bicep parameters") << "main.bicepparam" << QByteArray("using './main.bicep'\n") << "bicep";
        QTest::newRow("ARM template")
            << "azuredeploy.json"
            << QByteArray("{\n  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\n  \"resources\": []\n}\n")
            << "arm-template";
        QTest::newRow("ARM template with comments, subscription scope")
            << "sub.json"
            << QByteArray("// deployed with az deployment sub create\n{ \"$schema\": \"https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#\" }\n")
            << "arm-template";
        QTest::newRow("ARM parameters file")
            << "azuredeploy.parameters.json"
            << QByteArray("{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#\", \"parameters\": {}}")
            << "arm-template";
        QTest::newRow("another JSON schema")
            << "settings.json" << QByteArray("{\"$schema\": \"http://json-schema.org/draft-07/schema#\"}") << "unknown";
    }

    void detectFormat()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, content);
        QFETCH(QString, format);
        const LoadResult loaded = decodeSource(content, QStringLiteral("/in/") + path, path);
        QVERIFY(loaded.file);
        QCOMPARE(formatName(agm::detectFormat(*loaded.file)), format);
    }

    // Values built from interpolations are not edited: each gets a finding at the value that says
    // what to write and where; the platform without a securityContext says so.
    void terraformInterpolatedValues()
    {
        const FileAnalysis a = analyze(agm::test::readAll(QStringLiteral(AGM_TEST_DATA "/golden/terraform-interpolated/input/gateway.tf")),
                                            QStringLiteral("gateway.tf"));
        QCOMPARE(placesOf(a), QStringList({QStringLiteral("security-not-applicable 13:1"), QStringLiteral("image-interpolated 22:16"),
                                           QStringLiteral("endpoint-interpolated 28:17")}));
        for (const Finding &f : a.findings)
            QVERIFY(f.edits.empty());
        QCOMPARE(a.findings[0].severity, Severity::Info);
        QCOMPARE(a.findings[0].args, QStringList({QStringLiteral("azurerm_container_app.gateway"), QStringLiteral("Azure Container Apps")}));
        QCOMPARE(a.findings[1].severity, Severity::Change);
        QCOMPARE(a.findings[1].args.at(1), QStringLiteral("var.gateway_tag"));
        QCOMPARE(a.findings[1].args.at(2), QStringLiteral("the value given for variable \"gateway_tag\": a .tfvars file, -var or TF_VAR_gateway_tag"));
        QCOMPARE(a.findings[2].args.at(1), QStringLiteral("var.apim_name, var.subscription_id, var.resource_group_name"));
        QCOMPARE(a.findings[2].args.at(3), QStringLiteral("${var.apim_name}.configuration.azure-api.net"));
        QCOMPARE(a.findings[2].field, QStringLiteral("container[gateway].env[config.service.endpoint]"));
        MigrationOptions options;
        options.tag = QStringLiteral("2.11.1");
        const FilePlan plan = agm::planFile(a, options);
        QCOMPARE(plan.unresolved.size(), 2); // pending until changed by hand
    }

    // Tokens in Terraform (sensitive variable defaults, set_sensitive, secure env) are secrets.
    void terraformSecrets()
    {
        const QByteArray tf("variable \"key\" {\n  sensitive = true\n  default = \"GatewayKey gw&209912312359&c2lnbmF0dXJl\"\n}\n"
                            "resource \"helm_release\" \"gw\" {\n  chart = \"azure-api-management-gateway\"\n"
                            "  set_sensitive {\n    name  = \"gateway.auth.key\"\n    value = \"GatewayKey gw&209912312359&b3RoZXI=\"\n  }\n"
                            "  set {\n    name  = \"securityContext.runAsUser\"\n    value = \"1001\"\n  }\n}\n");
        const FileAnalysis a = analyze(tf, QStringLiteral("main.tf"));
        QStringList secrets;
        for (const SecretSpan &s : a.secrets)
            secrets << QString::fromStdString(a.source.text.substr(s.start, s.end - s.start));
        secrets.removeDuplicates();
        secrets.sort();
        QCOMPARE(secrets, QStringList({QStringLiteral("GatewayKey gw&209912312359&b3RoZXI="), QStringLiteral("GatewayKey gw&209912312359&c2lnbmF0dXJl")}));
    }

    // Bicep values built from parameters: a finding where the value is built (the variable's
    // string for the endpoint), naming what to change; nothing edited.
    void bicepInterpolatedValues()
    {
        const FileAnalysis a = analyze(agm::test::readAll(QStringLiteral(AGM_TEST_DATA "/golden/bicep-interpolated/input/gateway.bicep")),
                                            QStringLiteral("gateway.bicep"));
        QCOMPARE(a.format, Format::Bicep);
        QCOMPARE(placesOf(a), QStringList({QStringLiteral("endpoint-interpolated 9:24"), QStringLiteral("security-not-applicable 11:1"),
                                           QStringLiteral("image-interpolated 20:18")}));
        for (const Finding &f : a.findings)
            QVERIFY(f.edits.empty());
        QCOMPARE(a.findings[0].args.at(1), QStringLiteral("apimName, subscription().subscriptionId, resourceGroup().name"));
        QCOMPARE(a.findings[0].args.at(2), QStringLiteral("the value of variable 'configurationUrl'"));
        QCOMPARE(a.findings[0].args.at(3), QStringLiteral("${apimName}.configuration.azure-api.net"));
        QCOMPARE(a.findings[0].field, QStringLiteral("containers[gateway].properties.environmentVariables[config.service.endpoint]"));
        QCOMPARE(a.findings[1].severity, Severity::Info);
        QCOMPARE(a.findings[1].args, QStringList({QStringLiteral("gatewayGroup"), QStringLiteral("Azure Container Instances")}));
        QCOMPARE(a.findings[2].args.at(1), QStringLiteral("gatewayTag"));
        QCOMPARE(a.findings[2].args.at(2),
                 QStringLiteral("the value given for parameter 'gatewayTag': a .bicepparam file, a parameters file or --parameters gatewayTag=..."));
        MigrationOptions options;
        options.tag = QStringLiteral("2.11.1");
        QCOMPARE(agm::planFile(a, options).unresolved.size(), 2); // pending until changed by hand
    }

    // ARM expressions: a tag in concat() is followed to its parameter's default and edited there;
    // a v1 URL built by format() gets the v2 host as an expression to write by hand.
    void armExpressions()
    {
        const QByteArray arm(
            "{\n  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\n"
            "  \"parameters\": {\n    \"registry\": { \"type\": \"string\" },\n"
            "    \"tag\": { \"type\": \"string\", \"defaultValue\": \"1.2.5\" },\n    \"apimName\": { \"type\": \"string\" }\n  },\n"
            "  \"resources\": [ {\n    \"type\": \"Microsoft.App/containerApps\",\n    \"name\": \"[parameters('apimName')]\",\n"
            "    \"properties\": { \"template\": { \"containers\": [ {\n      \"name\": \"gateway\",\n"
            "      \"image\": \"[concat(parameters('registry'), '/azure-api-management/gateway:', parameters('tag'))]\",\n"
            "      \"env\": [ { \"name\": \"config.service.endpoint\", \"value\": \"[format('https://{0}.management.azure-api.net/subscriptions/{1}"
            "/resourceGroups/{2}/providers/Microsoft.ApiManagement/service/{0}?api-version=2021-01-01-preview', parameters('apimName'), "
            "subscription().subscriptionId, resourceGroup().name)]\" } ]\n    } ] } }\n  } ]\n}\n");
        const FileAnalysis a = analyze(arm, QStringLiteral("azuredeploy.json"));
        QCOMPARE(a.format, Format::ArmTemplate);
        FileAnalysis read = a;
        read.findings.erase(std::remove_if(read.findings.begin(), read.findings.end(), [](const Finding &f) { return isUnhandledReference(f.code); }),
                            read.findings.end());
        QCOMPARE(placesOf(read), QStringList({QStringLiteral("image-legacy 5:49"), QStringLiteral("security-not-applicable 9:5"),
                                              QStringLiteral("endpoint-interpolated 14:62")}));
        QCOMPARE(read.findings[0].field, QStringLiteral("parameters.tag.defaultValue"));
        QCOMPARE(read.findings[2].args.at(1), QStringLiteral("parameters('apimName')"));
        QCOMPARE(read.findings[2].args.at(3), QStringLiteral("[concat(parameters('apimName'), '.configuration.azure-api.net')]"));
        QCOMPARE(a.located.size(), std::size_t(1)); // the concat() image, resolved at the tag's default
        QCOMPARE(read.findings.size(), a.findings.size());
        MigrationOptions options;
        options.tag = QStringLiteral("2.11.1");
        const FilePlan plan = agm::planFile(a, options);
        QVERIFY(q(plan.migratedText).contains(QLatin1String("\"defaultValue\": \"2.11.1\"")));
        QVERIFY(plan.unresolved.size() >= 1);
    }

    // Tokens in Bicep and ARM (@secure() and securestring defaults, secure values, bare REST
    // tokens) are secrets.
    void iacTemplateSecrets_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("secrets");
        QTest::newRow("Bicep @secure() default and a GatewayKey var")
                << QStringLiteral("main.bicep")
                << QByteArray("@secure()\nparam key string = 'gw&209912312359&c2lnbmF0dXJl'\nvar other = 'GatewayKey gw&209912312359&b3RoZXI='\n")
                << QStringList({QStringLiteral("GatewayKey gw&209912312359&b3RoZXI="), QStringLiteral("gw&209912312359&c2lnbmF0dXJl")});
        QTest::newRow("bicepparam bare REST token")
                << QStringLiteral("main.bicepparam")
                << QByteArray("using './main.bicep'\nparam token = 'gw&209912312359&c2lnbmF0dXJl=='\nparam location = 'westeurope'\n")
                << QStringList({QStringLiteral("gw&209912312359&c2lnbmF0dXJl==")});
        QTest::newRow("ARM securestring default and a secureValue literal")
                << QStringLiteral("azuredeploy.json")
                << QByteArray("{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\n"
                              " \"parameters\": {\"k\": {\"type\": \"secureString\", \"defaultValue\": \"s3cret\"}},\n"
                              " \"resources\": [{\"type\": \"Microsoft.ContainerInstance/containerGroups\", \"name\": \"g\", \"properties\": {\"containers\": [\n"
                              "  {\"name\": \"gw\", \"properties\": {\"image\": \"mcr.microsoft.com/azure-api-management/gateway:2.11.1\",\n"
                              "   \"environmentVariables\": [{\"name\": \"config.service.auth\", \"secureValue\": \"GatewayKey gw&209912312359&eA==\"}]}}]}}]}\n")
                << QStringList({QStringLiteral("GatewayKey gw&209912312359&eA=="), QStringLiteral("s3cret")});
    }

    void iacTemplateSecrets()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, input);
        QFETCH(QStringList, secrets);
        const FileAnalysis a = analyze(input, name);
        QStringList found;
        for (const SecretSpan &span : a.secrets)
            found << q(a.source.text.substr(span.start, span.end - span.start));
        found.removeDuplicates();
        found.sort();
        QCOMPARE(found, secrets);
    }

    // Hostile Bicep and ARM files: nesting beyond any real template and truncated text end the
    // parse early; the file is still analysed and its gateway reference reported, never a crash
    // or a hang.
    void iacTemplatesHostile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("format");
        const QByteArray image("'mcr.microsoft.com/azure-api-management/gateway:1.2.5'");
        QTest::newRow("JSON nested 200000 deep")
                << QStringLiteral("azuredeploy.json")
                << QByteArray("{\"$schema\": \"deploymentTemplate.json#\", \"x\": \"mcr.microsoft.com/azure-api-management/gateway:1.2.5\", \"resources\": ")
                           + QByteArray(200000, '[')
                << QStringLiteral("arm-template");
        QTest::newRow("Bicep objects nested 100000 deep")
                << QStringLiteral("main.bicep") << QByteArray("param p string = ") + image + "\nvar x = " + QByteArray("{a:").repeated(100000)
                << QStringLiteral("bicep");
        QTest::newRow("Bicep truncated in an interpolation")
                << QStringLiteral("main.bicep")
                << QByteArray("resource g 'Microsoft.App/containerApps@2023-05-01' = {\n properties: { template: { containers: [ {\n"
                              "  image: '${registry}/azure-api-management/gateway:${concat('x', {a: [")
                << QStringLiteral("bicep");
        QTest::newRow("ARM truncated inside concat()")
                << QStringLiteral("azuredeploy.json")
                << QByteArray("{\"$schema\": \"deploymentTemplate.json#\", \"resources\": [{\"type\": \"Microsoft.App/containerApps\", "
                              "\"properties\": {\"template\": {\"containers\": [{\"image\": \"[concat('mcr.microsoft.com/azure-api-management/gateway:', ")
                << QStringLiteral("arm-template");
        QTest::newRow("Bicep unterminated ''' block")
                << QStringLiteral("main.bicep") << QByteArray("var s = '''\n") + image + "\n" << QStringLiteral("bicep");
    }

    void iacTemplatesHostile()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, input);
        QFETCH(QString, format);
        const FileAnalysis a = analyze(input, name);
        QCOMPARE(formatName(a.format), format);
        QVERIFY(!a.findings.empty()); // read by the analyser or by the safety net, never silent
        MigrationOptions options;
        options.tag = QStringLiteral("2.11.1");
        agm::planFile(a, options);
    }

    void maskSecretsInText()
    {
        QFETCH(QString, text);
        QFETCH(QString, masked);
        QCOMPARE(agm::maskSecretsInText(text), masked);
        QCOMPARE(q(agm::maskSecretsInText(text.toStdString())), masked);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"

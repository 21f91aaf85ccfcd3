// SPDX-License-Identifier: MIT
// Large deployment files for the GUI benchmarks and tests/pages/tst_responsiveness.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace agm::test {

// A GUI benchmark's surroundings, set before its QApplication: its settings in `dir` (the
// operator's are not touched), offscreen unless the caller chose a platform.
inline void isolateGuiBenchmark(const QTemporaryDir &dir)
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.filePath(QStringLiteral("config"))));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// Writes `text` to `dir`/in/`name`, the folder the benchmark imports; false when it cannot.
inline bool writeInput(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QDir().mkpath(dir.filePath(QStringLiteral("in")));
    QFile file(dir.filePath(QStringLiteral("in/") + name));
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// A v1 gateway (ConfigMap and Deployment) in the middle of unrelated ConfigMaps: `lines`
// lines, about 18 bytes each, and the four kinds of change the migration makes.
inline QByteArray largeGatewayFile(int lines)
{
    const QByteArray gateway =
            "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: contoso-gw-env\ndata:\n"
            "  config.service.endpoint: \"https://contoso.management.azure-api.net/subscriptions/1f0c6a2e-5b7d-4c3a-9e21-8d4b6f0a3c57"
            "/resourceGroups/apim-prod-rg/providers/Microsoft.ApiManagement/service/contoso?api-version=2021-01-01-preview\"\n"
            "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: contoso-gw\nspec:\n  replicas: 1\n  selector:\n"
            "    matchLabels:\n      app: contoso-gw\n  template:\n    metadata:\n      labels:\n        app: contoso-gw\n    spec:\n"
            "      containers:\n      - name: contoso-gw\n        image: mcr.microsoft.com/azure-api-management/gateway:1.1.0\n"
            "        ports:\n        - name: http\n          containerPort: 8080\n        readinessProbe:\n          httpGet:\n"
            "            path: /internal-status-0123456789abcdef\n            port: http\n        env:\n"
            "        - name: config.service.auth\n          valueFrom:\n            secretKeyRef:\n              name: contoso-gw-token\n"
            "              key: value\n        envFrom:\n        - configMapRef:\n            name: contoso-gw-env\n";
    auto padding = [](int from, int count) {
        QByteArray out;
        for (int doc = from; count > 0; ++doc) {
            out += "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings-" + QByteArray::number(doc) + "\ndata:\n";
            count -= 6;
            for (int k = 0; k < 14 && count > 0; ++k, --count)
                out += "  key-" + QByteArray::number(k) + ": \"v" + QByteArray::number(doc * 14 + k) + "\"\n";
        }
        return out;
    };
    const int gatewayLines = int(gateway.count('\n'));
    const int half = (lines - gatewayLines) / 2;
    return padding(0, half) + gateway + padding(1000000, lines - gatewayLines - half);
}

// `count` v1 gateways (a ConfigMap with the endpoint and a Deployment each): three findings each.
inline QByteArray manyGatewaysFile(int count)
{
    QByteArray text;
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        text += "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: gw" + n + "-env\ndata:\n  config.service.endpoint: \"https://contoso" + n
                + ".management.azure-api.net/subscriptions/1f0c6a2e-5b7d-4c3a-9e21-8d4b6f0a3c57/resourceGroups/rg/providers/"
                  "Microsoft.ApiManagement/service/contoso" + n + "?api-version=2021-01-01-preview\"\n"
                  "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: gw" + n + "\nspec:\n  replicas: 1\n  template:\n    spec:\n"
                  "      containers:\n      - name: gw" + n + "\n        image: mcr.microsoft.com/azure-api-management/gateway:1.2.5\n"
                  "        envFrom:\n        - configMapRef:\n            name: gw" + n + "-env\n";
    }
    return text;
}

} // namespace agm::test

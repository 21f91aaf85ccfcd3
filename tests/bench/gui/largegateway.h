// SPDX-License-Identifier: MIT
// A large deployment file for the GUI benchmarks and tests/pages/tst_responsiveness.
#pragma once

#include <QByteArray>

namespace agm::test {

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

} // namespace agm::test

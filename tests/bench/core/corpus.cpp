// SPDX-License-Identifier: MIT
#include "corpus.h"

#include <array>
#include <fstream>

namespace agmbench {

namespace {

const std::array<const char *, 8> kImages = {"nginx:1.25.3",      "redis:7.2-alpine", "postgres:16.1",
                                             "busybox:1.36",      "ghcr.io/contoso/orders:4.2.0",
                                             "quay.io/prometheus/node-exporter:v1.7.0",
                                             "docker.io/bitnami/kafka:3.6", "registry.k8s.io/ingress-nginx/controller:v1.9.4"};
const std::array<const char *, 6> kTeams = {"payments", "search", "identity", "catalog", "platform", "observability"};

std::string n(long v)
{
    return std::to_string(v);
}

std::string service(Rng &rng, int i)
{
    const std::string app = std::string(kTeams[std::size_t(rng.below(6))]) + "-svc-" + n(i);
    return "# Service for " + app + "\napiVersion: v1\nkind: Service\nmetadata:\n  name: " + app + "\n  namespace: "
           + kTeams[std::size_t(i % 6)] + "\n  labels: {app: " + app + ", tier: backend, release: r" + n(rng.below(40))
           + "}\nspec:\n  type: ClusterIP\n  selector:\n    app: " + app
           + "\n  ports:\n    - name: http\n      port: 80\n      targetPort: " + n(8000 + rng.below(1000))
           + "\n      protocol: TCP\n    - {name: metrics, port: 9090, targetPort: 9090}\n";
}

std::string deployment(Rng &rng, int i)
{
    const std::string app = std::string(kTeams[std::size_t(rng.below(6))]) + "-api-" + n(i);
    std::string s = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + app + "\n  labels:\n    app: " + app
                    + "\n    app.kubernetes.io/part-of: shop\n  annotations:\n    deployment.kubernetes.io/revision: \"" + n(rng.below(90))
                    + "\"\nspec:\n  replicas: " + n(1 + rng.below(5)) + "\n  selector:\n    matchLabels: {app: " + app
                    + "}\n  template:\n    metadata:\n      labels:\n        app: " + app
                    + "\n    spec:\n      serviceAccountName: " + app + "\n      containers:\n        - name: main\n          image: "
                    + kImages[std::size_t(rng.below(int(kImages.size())))]
                    + "\n          args: [\"--port\", \"8080\", \"--log-level=info\"]\n          ports:\n            - containerPort: 8080\n"
                      "          env:\n            - name: LOG_FORMAT\n              value: json\n"
                      "            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: {name: "
                    + app + "-db, key: password}\n";
    const int extra = rng.below(4);
    for (int e = 0; e < extra; ++e)
        s += "            - name: FEATURE_" + n(e) + "\n              value: \"" + (rng.below(2) ? "on" : "off") + "\"\n";
    s += "          resources:\n            requests: {cpu: " + n(50 + rng.below(200)) + "m, memory: " + n(64 + rng.below(512))
         + "Mi}\n            limits:\n              memory: 1Gi\n"
           "          readinessProbe:\n            httpGet: {path: /healthz, port: 8080}\n            periodSeconds: 10\n"
           "          volumeMounts:\n            - name: config\n              mountPath: /etc/"
         + app + "\n      volumes:\n        - name: config\n          configMap:\n            name: " + app + "-config\n";
    return s;
}

std::string configMap(Rng &rng, int i)
{
    const std::string app = std::string(kTeams[std::size_t(i % 6)]) + "-web-" + n(i);
    std::string s = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + app + "-config\ndata:\n  LOG_LEVEL: \"info\"\n  nginx.conf: |\n"
                    "    worker_processes auto;\n    events { worker_connections 1024; }\n    http {\n";
    const int servers = 1 + rng.below(4);
    for (int k = 0; k < servers; ++k) {
        s += "      server {\n        listen " + n(8080 + k) + ";\n        server_name " + app + "-" + n(k)
             + ".shop.example;\n        location / { proxy_pass http://backend-" + n(rng.below(100)) + ":8080; }\n      }\n";
    }
    s += "    }\n  application.properties: >-\n    spring.datasource.url=jdbc:postgresql://db-" + n(rng.below(20))
         + ":5432/shop\n    spring.jpa.open-in-view=false\n";
    return s;
}

std::string rbac(Rng &rng, int i)
{
    const std::string name = std::string(kTeams[std::size_t(rng.below(6))]) + "-reader-" + n(i);
    return "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: " + name
           + "\nrules:\n  - apiGroups: [\"\"]\n    resources: [\"secrets\", \"configmaps\", \"pods\"]\n    verbs: [\"get\", \"list\", \"watch\"]\n"
             "  - apiGroups: [apps]\n    resources: [deployments]\n    verbs: [get]\n---\n"
             "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: "
           + name + "\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: " + name
           + "\nsubjects:\n  - kind: ServiceAccount\n    name: " + name + "\n    namespace: " + kTeams[std::size_t(i % 6)] + "\n";
}

// CRDs are the long documents of real clusters: deep schemas, descriptions in folded scalars.
std::string crd(Rng &rng, int i)
{
    const std::string plural = "widgets" + n(i);
    std::string s = "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: " + plural
                    + ".example.com\nspec:\n  group: example.com\n  names: {kind: Widget" + n(i) + ", plural: " + plural
                    + "}\n  scope: Namespaced\n  versions:\n    - name: v1\n      served: true\n      storage: true\n"
                      "      schema:\n        openAPIV3Schema:\n          type: object\n          properties:\n";
    const int fields = 20 + rng.below(40);
    for (int f = 0; f < fields; ++f) {
        s += "            field" + n(f) + ":\n              description: >-\n                Field " + n(f)
             + " of the widget; it controls how the reconciler treats\n                the objects it owns (see the operator guide, section "
             + n(rng.below(30)) + ").\n              type: " + (f % 3 ? "string" : "object") + "\n";
        if (f % 3 == 0) {
            s += "              properties:\n                enabled: {type: boolean}\n                limit:\n"
                 "                  type: integer\n                  minimum: 0\n                  maximum: "
                 + n(100 + rng.below(1000)) + "\n";
        }
    }
    return s;
}

// Ordinary resources that still say "gateway" (Istio, Gateway API): a keyword match is not enough.
std::string istioGateway(Rng &rng, int i)
{
    const std::string name = "shop-gateway-" + n(i);
    return "apiVersion: networking.istio.io/v1beta1\nkind: Gateway\nmetadata:\n  name: " + name
           + "\nspec:\n  selector:\n    istio: ingressgateway # the default ingress gateway\n  servers:\n    - port: {number: 443, name: https, protocol: HTTPS}\n"
             "      hosts: [\"shop"
           + n(rng.below(50)) + ".example.com\"]\n      tls: {mode: SIMPLE, credentialName: shop-cert}\n---\n"
             "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: route-"
           + n(i) + "\nspec:\n  parentRefs:\n    - name: " + name + "\n  rules:\n    - backendRefs:\n        - {name: web-" + n(i)
           + ", port: 80}\n";
}

std::string gatewaySet(int i)
{
    const std::string name = "apim-gw-" + n(i);
    return "# the self-hosted gateway " + name + "\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name
           + "-env\ndata:\n  config.service.endpoint: \"https://contoso.management.azure-api.net/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso?api-version=2021-01-01-preview\"\n"
             "  neighborhood.host: \""
           + name + "-instance-discovery\"\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: " + name
           + "-token\ntype: Opaque\nstringData:\n  value: \"GatewayKey gw&209901010000&abcdefghijklmnopqrstuvwxyz0123456789==\"\n---\n"
             "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: "
           + name + "\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: " + name
           + "\n  template:\n    metadata:\n      labels:\n        app: " + name + "\n    spec:\n      containers:\n      - name: " + name
           + "\n        image: mcr.microsoft.com/azure-api-management/gateway:1.2.3\n        ports:\n        - name: http\n          containerPort: 8080\n"
             "        readinessProbe:\n          httpGet:\n            path: /internal-status-0123456789abcdef\n            port: http\n"
             "        env:\n        - name: config.service.auth\n          valueFrom:\n            secretKeyRef:\n              name: "
           + name + "-token\n              key: value\n        envFrom:\n        - configMapRef:\n            name: " + name + "-env\n";
}

std::string ordinaryResource(Rng &rng, int i)
{
    switch (rng.below(20)) {
    case 0: case 1: case 2: case 3: case 4: return service(rng, i);
    case 5: case 6: case 7: case 8: case 9: case 10: return deployment(rng, i);
    case 11: case 12: case 13: case 14: return configMap(rng, i);
    case 15: case 16: return rbac(rng, i);
    case 17: return istioGateway(rng, i);
    default: return crd(rng, i);
    }
}

} // namespace

void writeFile(const std::filesystem::path &path, const std::string &bytes)
{
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

std::string kubernetesStream(std::size_t bytes, std::uint64_t seed, int gatewayEvery)
{
    Rng rng(seed);
    std::string out = "# Rendered manifests of the shop platform (generated for the benchmark)\n";
    for (int i = 0; out.size() < bytes; ++i) {
        out += "---\n";
        out += (i % gatewayEvery == gatewayEvery / 2) ? gatewaySet(i) : ordinaryResource(rng, i);
    }
    return out;
}

std::string secretDeploymentPairs(int pairs)
{
    std::string out;
    out.reserve(std::size_t(pairs) * 340);
    for (int i = 0; i < pairs; ++i) {
        const std::string n = std::to_string(i);
        out += "apiVersion: v1\nkind: Secret\nmetadata:\n  name: gw-" + n + "-token\ntype: Opaque\ndata:\n  value: R2F0ZXdheUtleSBleGFtcGxl\n---\n";
        out += "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: gw-" + n
               + "\nspec:\n  template:\n    spec:\n      containers:\n      - name: gateway\n"
                 "        image: mcr.microsoft.com/azure-api-management/gateway:1.2.5\n---\n";
    }
    return out;
}

std::size_t writeSmallFiles(const std::filesystem::path &dir, int count, std::uint64_t seed)
{
    Rng rng(seed);
    std::filesystem::remove_all(dir);
    std::size_t total = 0;
    for (int f = 0; f < count; ++f) {
        std::string text;
        if (f % 200 == 100) {
            text = gatewaySet(f);
        } else {
            const int resources = 1 + rng.below(3);
            for (int r = 0; r < resources; ++r)
                text += (r ? "---\n" : "") + ordinaryResource(rng, f * 3 + r);
        }
        total += text.size();
        writeFile(dir / ("team" + n(f / 100)) / ("manifest-" + n(f) + ".yaml"), text);
    }
    return total;
}

std::vector<std::string> deploymentBlockLines(int lines, std::uint64_t seed)
{
    Rng rng(seed);
    std::vector<std::string> out;
    out.reserve(std::size_t(lines));
    for (int b = 0; int(out.size()) < lines; ++b) {
        const std::string app = "app-" + n(b);
        const std::vector<std::string> block = {
            "---", "apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: " + app, "  labels:", "    app: " + app,
            "spec:", "  replicas: " + n(1 + rng.below(5)), "  template:", "    spec:", "      containers:", "        - name: " + app,
            "          image: " + std::string(kImages[std::size_t(rng.below(int(kImages.size())))]), "          ports:",
            "            - containerPort: " + n(8000 + rng.below(1000)), "          imagePullPolicy: IfNotPresent"};
        for (const std::string &line : block) {
            if (int(out.size()) < lines)
                out.push_back(line);
        }
    }
    return out;
}

std::vector<std::string> withChangedLines(std::vector<std::string> lines, double percent, std::uint64_t seed)
{
    Rng rng(seed);
    const int changes = int(double(lines.size()) * percent / 100.0);
    for (int c = 0; c < changes; ++c) {
        std::string &line = lines[std::size_t(rng.below(int(lines.size())))];
        line += " # changed " + n(c);
    }
    return lines;
}

std::vector<std::string> shuffled(std::vector<std::string> lines, std::uint64_t seed)
{
    Rng rng(seed);
    for (std::size_t i = lines.size(); i > 1; --i)
        std::swap(lines[i - 1], lines[std::size_t(rng.below(int(i)))]);
    return lines;
}

std::string joinLines(const std::vector<std::string> &lines)
{
    std::string out;
    for (const std::string &line : lines)
        out += line + "\n";
    return out;
}

std::pair<std::string, std::string> intraLinePair(int length, int percent, std::uint64_t seed)
{
    Rng rng(seed);
    auto word = [&](int salt) {
        static const char *const parts[] = {"gateway", "config", "service", "endpoint", "region", "token", "replica", "probe"};
        return std::string(parts[rng.below(8)]) + "-" + n(salt + rng.below(1000));
    };
    std::string a = "args: [", b = "args: [";
    for (int w = 0; int(a.size()) < length - 24; ++w) {
        const std::string wa = word(0);
        const bool changed = percent >= 100 || rng.below(100) < percent;
        const std::string wb = changed ? (percent >= 100 ? "x" + std::to_string(rng.next() % 100000000) : word(5000)) : wa;
        a += (w ? ", " : "") + wa;
        b += (w ? ", " : "") + wb;
    }
    a.resize(std::size_t(length - 1), 'z');
    b.resize(std::size_t(length - 1), 'z');
    return {a + "]", b + "]"};
}

} // namespace agmbench

#!/usr/bin/env bash
# Deploys the contoso self-hosted gateway (v1 era), manifests inline.
set -euo pipefail

APIM_NAME=contoso-apim
NAMESPACE=apim-gw
echo "shards: $((1<<2))"

cat <<EOF | kubectl apply -n "$NAMESPACE" -f -
apiVersion: v1
kind: ConfigMap
metadata:
  name: gw-env
data:
  config.service.endpoint: "https://${APIM_NAME}.management.azure-api.net/subscriptions/1f0c6a52-3b9d-4e27-8a41-6c2d9e5f7b10/resourceGroups/apim-rg/providers/Microsoft.ApiManagement/service/${APIM_NAME}?api-version=2021-01-01-preview"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: gw
spec:
  replicas: 1
  selector:
    matchLabels:
      app: gw
  template:
    metadata:
      labels:
        app: gw
    spec:
      containers:
      - name: gw
        image: mcr.microsoft.com/azure-api-management/gateway:latest
        ports:
        - containerPort: 8080
        envFrom:
        - configMapRef:
            name: gw-env
EOF

deploy_eu() {
	kubectl apply -n "$NAMESPACE" -f - <<-EOF
	apiVersion: apps/v1
	kind: Deployment
	metadata:
	  name: gw-eu
	spec:
	  template:
	    spec:
	      containers:
	        - name: gateway
	          image: "mcr.microsoft.com/azure-api-management/gateway:1.2.4"
	          env:
	            - name: config.service.endpoint
	              value: "https://fabrikam.management.azure-api.net/subscriptions/1f0c6a52-3b9d-4e27-8a41-6c2d9e5f7b10/resourceGroups/eu-rg/providers/Microsoft.ApiManagement/service/fabrikam?api-version=2021-01-01-preview"
	            - name: config.service.auth
	              valueFrom:
	                secretKeyRef:
	                  name: gw-eu-token
	                  key: value
	---
	apiVersion: v1
	kind: Secret
	metadata:
	  name: gw-eu-token
	stringData:
	  value: "GatewayKey gw-eu&209901010000&InventedSig0123=="
	EOF
}
deploy_eu

# Literal body: envsubst fills $GW_NAME, not the shell.
cat <<'EOF' | envsubst | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: $GW_NAME
spec:
  containers:
    - name: gateway
      image: mcr.microsoft.com/azure-api-management/gateway:beta
      readinessProbe:
        httpGet:
          path: /internal-status-0123456789abcdef
          port: 8080
      securityContext:
        runAsUser: 0
EOF

cat <<EOF > NOTES.txt
Gateway deployed to $NAMESPACE; image tag latest.
EOF

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
  config.service.endpoint: "https://${APIM_NAME}.configuration.azure-api.net"
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
        image: mcr.microsoft.com/azure-api-management/gateway:2.11.1
        ports:
        - containerPort: 8080
        envFrom:
        - configMapRef:
            name: gw-env
        securityContext:
          runAsNonRoot: true
          runAsUser: 1001
          readOnlyRootFilesystem: false
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
	          image: "mcr.microsoft.com/azure-api-management/gateway:2.11.1"
	          env:
	            - name: config.service.endpoint
	              value: "https://fabrikam.configuration.azure-api.net"
	            - name: config.service.auth
	              valueFrom:
	                secretKeyRef:
	                  name: gw-eu-token
	                  key: value
	          securityContext:
	            runAsNonRoot: true
	            runAsUser: 1001
	            readOnlyRootFilesystem: false
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
      image: mcr.microsoft.com/azure-api-management/gateway:2.11.1
      readinessProbe:
        httpGet:
          path: /status-0123456789abcdef
          port: 8080
      securityContext:
        runAsUser: 1001
        runAsNonRoot: true
        readOnlyRootFilesystem: false
EOF

cat <<EOF > NOTES.txt
Gateway deployed to $NAMESPACE; image tag latest.
EOF

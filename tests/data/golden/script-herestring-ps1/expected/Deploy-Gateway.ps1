# Deploys the gateway of one APIM instance (Windows PowerShell, CRLF).
param(
    [string]$name = "contoso-apim"
)
$gatewayName = "$name-gw"

@"
apiVersion: v1
kind: ConfigMap
metadata:
  name: $gatewayName-env
data:
  config.service.endpoint: "https://$($name).configuration.azure-api.net"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: $gatewayName
spec:
  replicas: 1
  selector:
    matchLabels:
      app: $gatewayName
  template:
    metadata:
      labels:
        app: $gatewayName
    spec:
      containers:
      - name: $gatewayName
        image: mcr.microsoft.com/azure-api-management/gateway:2.11.1
        envFrom:
        - configMapRef:
            name: $gatewayName-env
        securityContext:
          runAsNonRoot: true
          runAsUser: 1001
          readOnlyRootFilesystem: false
"@ | kubectl apply -f -

# Chart values, literal (no interpolation).
@'
gateway:
  configuration:
    uri: "https://contoso-apim.configuration.azure-api.net"
  auth:
    key: "GatewayKey contoso-gw&209901010000&InventedPsSig=="
securityContext:
  runAsNonRoot: true
  runAsUser: 1001
  readOnlyRootFilesystem: false
'@ | helm upgrade --install contoso-gw azure-apim-gateway/azure-api-management-gateway -f -

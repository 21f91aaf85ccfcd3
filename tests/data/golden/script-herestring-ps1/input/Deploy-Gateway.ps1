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
  config.service.endpoint: "https://$name.management.azure-api.net/subscriptions/9a7b5c3d-1e2f-4a6b-8c0d-2e4f6a8b0c1d/resourceGroups/apim-rg/providers/Microsoft.ApiManagement/service/$($name)?api-version=2021-01-01-preview"
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
        image: mcr.microsoft.com/azure-api-management/gateway:v2
        envFrom:
        - configMapRef:
            name: $gatewayName-env
"@ | kubectl apply -f -

# Chart values, literal (no interpolation).
@'
gateway:
  configuration:
    uri: "https://contoso-apim.management.azure-api.net/subscriptions/9a7b5c3d-1e2f-4a6b-8c0d-2e4f6a8b0c1d/resourceGroups/apim-rg/providers/Microsoft.ApiManagement/service/contoso-apim?api-version=2021-01-01-preview"
  auth:
    key: "GatewayKey contoso-gw&209901010000&InventedPsSig=="
'@ | helm upgrade --install contoso-gw azure-apim-gateway/azure-api-management-gateway -f -

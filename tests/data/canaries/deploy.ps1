# Canary fixture (README.md): secrets as PowerShell arguments.
docker run -d -p 8080:8080 `
  -e "config.service.endpoint=https://contoso.management.azure-api.net/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso?api-version=2021-01-01-preview" `
  --env "config.service.auth=GatewayKey gw1&209912312359&CANARY26PwshEnvSig+abc/def==" `
  mcr.microsoft.com/azure-api-management/gateway:1.2.5
kubectl create secret generic contoso-gw-token --from-literal="value=GatewayKey CANARY27PwshLiteral"
helm upgrade gw azure-apim-gateway/azure-api-management-gateway --set "gateway.auth.key=CANARY28PwshHelmKey"

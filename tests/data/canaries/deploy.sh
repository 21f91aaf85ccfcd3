#!/bin/sh
# Canary fixture (README.md): secrets as script arguments.
docker run -d -p 8080:8080 \
  -e config.service.endpoint="https://contoso.management.azure-api.net/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso?api-version=2021-01-01-preview" \
  -e config.service.auth="GatewayKey gw1&209912312359&CANARY23ShellEnvSig+abc/def==" \
  mcr.microsoft.com/azure-api-management/gateway:1.2.5
kubectl create secret generic contoso-gw-token --from-literal=value='GatewayKey gw1&209912312359&CANARY24ShellLiteral'
helm upgrade --install gw azure-apim-gateway/azure-api-management-gateway --set gateway.auth.key="CANARY25ShellHelmKey" --set image.tag=1.2.5
docker run -d -e HTTPS_PROXY=shipper:CANARY49ShellSidecarProxy@proxy.contoso.example:3128 fluent/fluent-bit:3.0

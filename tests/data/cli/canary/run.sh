#!/bin/sh
docker run -d -p 80:8080 \
  --env config.service.endpoint="https://contoso.management.azure-api.net/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso?api-version=2021-01-01-preview" \
  --env config.service.auth="GatewayKey gw1&209912312359&CANARY10Sig+abc/def==" \
  mcr.microsoft.com/azure-api-management/gateway:beta
helm upgrade gw azure-apim-gateway/azure-api-management-gateway --set gateway.auth.key='CANARY11HelmKey' --set image.tag=v2
kubectl create secret generic contoso-gw-token --from-literal=value="GatewayKey CANARY12Literal"

#!/bin/bash
# Working notes, 2021: Arc extension and the 0.x chart.
az k8s-extension create --cluster-type connectedClusters --cluster-name reddog-arc \
  --resource-group reddog-rg --name apim-gw --extension-type Microsoft.ApiManagement.Gateway \
  --scope namespace --target-namespace apim --release-train preview \
  --configuration-settings gateway.configuration.uri='https://reddog-apim.configuration.azure-api.net' service.type='NodePort' \
  --config-protected-settings gateway.auth.token='GatewayKey reddog-gw&202107150000&InventedExpiredSig=='

helm install legacy-gw azure-apim-gateway/azure-api-management-gateway \
  --set gateway.configuration.uri="https://legacy-apim.configuration.azure-api.net",gateway.auth.key="GatewayKey legacy-gw&209901010000&InventedSig==" \
  --set image.tag=2.11.1

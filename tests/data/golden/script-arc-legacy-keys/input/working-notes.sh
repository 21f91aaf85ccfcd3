#!/bin/bash
# Working notes, 2021: Arc extension and the 0.x chart.
az k8s-extension create --cluster-type connectedClusters --cluster-name reddog-arc \
  --resource-group reddog-rg --name apim-gw --extension-type Microsoft.ApiManagement.Gateway \
  --scope namespace --target-namespace apim --release-train preview \
  --configuration-settings gateway.endpoint='https://reddog-apim.management.azure-api.net/subscriptions/3c5e7a9b-0d2f-4b6a-9c8e-7f1a3b5d7e90/resourceGroups/reddog-rg/providers/Microsoft.ApiManagement/service/reddog-apim?api-version=2021-01-01-preview' service.type='NodePort' \
  --config-protected-settings gateway.authKey='GatewayKey reddog-gw&202107150000&InventedExpiredSig=='

helm install legacy-gw azure-apim-gateway/azure-api-management-gateway \
  --set gateway.endpoint="http://legacy-apim.management.azure-api.net/subscriptions/3c5e7a9b-0d2f-4b6a-9c8e-7f1a3b5d7e90/resourceGroups/legacy-rg/providers/Microsoft.ApiManagement/service/legacy-apim?api-version=2019-12-01",gateway.authKey="GatewayKey legacy-gw&209901010000&InventedSig==" \
  --set image.tag=1.1.2

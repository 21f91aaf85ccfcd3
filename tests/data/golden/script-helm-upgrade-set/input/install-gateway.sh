#!/bin/bash
set -e

helm repo add azure-apim-gateway https://azure.github.io/api-management-self-hosted-gateway/helm-charts/
helm repo update

helm upgrade --install contoso-gw azure-apim-gateway/azure-api-management-gateway \
  --namespace apim-gateway --create-namespace \
  --set gateway.configuration.uri='https://contoso.management.azure-api.net/subscriptions/1f0c6a2e-5b7d-4c3a-9e21-8d4b6f0a3c57/resourceGroups/apim-prod-rg/providers/Microsoft.ApiManagement/service/contoso?api-version=2021-01-01-preview' \
  --set gateway.auth.key="GatewayKey ${GATEWAY_TOKEN}" \
  --set service.type=LoadBalancer

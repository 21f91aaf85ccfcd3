#!/bin/bash
set -e

helm repo add azure-apim-gateway https://azure.github.io/api-management-self-hosted-gateway/helm-charts/
helm repo update

helm upgrade --install contoso-gw azure-apim-gateway/azure-api-management-gateway \
  --namespace apim-gateway --create-namespace \
  --set gateway.configuration.uri='https://contoso.configuration.azure-api.net' \
  --set gateway.auth.key="GatewayKey ${GATEWAY_TOKEN}" \
  --set service.type=LoadBalancer

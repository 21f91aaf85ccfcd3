#!/bin/bash
# Gateway settings for the contoso instance.
SUB_ID="6d1e3f5a-7b9c-4d2e-8f0a-1b3c5d7e9f20"
RG=apim-rg
export APIM_NAME=contoso-apim
export ENDPOINT="https://$APIM_NAME.management.azure-api.net/subscriptions/$SUB_ID/resourceGroups/$RG/providers/Microsoft.ApiManagement/service/$APIM_NAME?api-version=2021-01-01-preview"
# Disaster-recovery instance; not deployed from this script.
DR_ENDPOINT=https://contoso-dr.management.azure-api.net/subscriptions/6d1e3f5a-7b9c-4d2e-8f0a-1b3c5d7e9f20/resourceGroups/apim-dr-rg/providers/Microsoft.ApiManagement/service/contoso-dr?api-version=2021-01-01-preview
# ARM, not the gateway: left alone.
ARM_URL="https://management.azure.com/subscriptions/$SUB_ID/resourceGroups/$RG/providers/Microsoft.ApiManagement/service/$APIM_NAME?api-version=2022-08-01"

helm upgrade --install contoso-gw azure-apim-gateway/azure-api-management-gateway \
  --set gateway.configuration.uri=$ENDPOINT \
  --set gateway.auth.key="$GATEWAY_TOKEN" \
  --set image.tag=2.11.1

docker run -d -p 8080:8080 \
  -e config.service.endpoint="${ENDPOINT}" \
  -e config.service.auth="$GATEWAY_TOKEN" \
  --user 1001 \
  mcr.microsoft.com/azure-api-management/gateway:2.11.1

#!/usr/bin/env bash
# Runs the Contoso self-hosted gateway on a single Docker host (evaluation only).
set -euo pipefail

GATEWAY_NAME="contoso-docker-gw"
GATEWAY_TOKEN="$(cat ./gateway-token.txt)"

docker rm -f "$GATEWAY_NAME" 2>/dev/null || true

docker run -d --read-only -p 80:8080 -p 443:8081 \
  --name "$GATEWAY_NAME" \
  --restart unless-stopped \
  -e config.service.endpoint="https://contoso.management.azgw1&209912312359&CANARY16EnvFileSig+abc/def==ure-api.net/subscriptions/1f0c6a2e-5b7d-4c3a-9e21-8d4b6f0a3c57/resourceGroups/apim-prod-rg/providers/Microsoft.ApiManagement/service/contoso?api-version=2021-01-01-preview" \
  -e config.service.auth="GatewayKey ${GATEWAY_TOKEN}" \
  mcr.microsoft.com/azure-api-management/gateway:beta

# smoke test
sleep 10
docker run --rm --network host curlimages/curl:8.5.0 -fsS http://localhost/status-0123456789abcdef^^^^^^^^^^^^^^^^^^^^

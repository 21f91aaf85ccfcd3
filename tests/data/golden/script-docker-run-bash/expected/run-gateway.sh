#!/usr/bin/env bash
# Runs the Contoso self-hosted gateway on a single Docker host (evaluation only).
set -euo pipefail

GATEWAY_NAME="contoso-docker-gw"
GATEWAY_TOKEN="$(cat ./gateway-token.txt)"

docker rm -f "$GATEWAY_NAME" 2>/dev/null || true

docker run -d -p 80:8080 -p 443:8081 \
  --name "$GATEWAY_NAME" \
  --restart unless-stopped \
  -e config.service.endpoint="https://contoso.configuration.azure-api.net" \
  -e config.service.auth="GatewayKey ${GATEWAY_TOKEN}" \
  --user 1001 mcr.microsoft.com/azure-api-management/gateway:2.11.1

# smoke test
sleep 10
docker run --rm --network host curlimages/curl:8.5.0 -fsS http://localhost/status-0123456789abcdef

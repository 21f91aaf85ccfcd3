#!/usr/bin/env bash
# Starts the Contoso gateway on a Docker host with the settings from env.conf (evaluation only).
set -euo pipefail

docker run -d -p 80:8080 -p 443:8081 \
  --name contoso-docker-gw \
  --env-file env.conf \
  mcr.microsoft.com/azure-api-management/gateway:latest

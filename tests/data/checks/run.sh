#!/bin/sh
docker run -d --name gw \
  -e config.service.endpoint=https://contoso.configuration.azure-api.net \
  -e HTTPS_PROXY=http://script-proxy.example:3128 \
  --add-host contoso.configuration.azure-api.net:10.20.0.5 \
  mcr.microsoft.com/azure-api-management/gateway:2.5.0

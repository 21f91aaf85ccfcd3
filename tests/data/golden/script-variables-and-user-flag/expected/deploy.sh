#!/bin/bash
kubectl create configmap gw-env --from-literal="config.service.endpoint=https://${APIM}.configuration.azure-api.net"
docker run -d --user=1001 mcr.microsoft.com/azure-api-management/gateway:2.11.1

#!/bin/bash
kubectl create configmap gw-env --from-literal="config.service.endpoint=https://${APIM}.management.azure-api.net/subscriptions/$SUB/resourceGroups/$RG/providers/Microsoft.ApiManagement/service/${APIM}?api-version=2019-12-01"
docker run -d --user=0 mcr.microsoft.com/azure-api-management/gateway:2.11.1

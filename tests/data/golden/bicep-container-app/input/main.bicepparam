using './main.bicep'

param gatewayImage = 'mcr.microsoft.com/azure-api-management/gateway:beta'
param gatewayToken = 'GatewayKey contoso-gw&209912312359&AAAAinventedSignature=='
param location = 'westeurope'

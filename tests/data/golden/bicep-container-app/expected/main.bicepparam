using './main.bicep'

param gatewayImage = 'mcr.microsoft.com/azure-api-management/gateway:2.11.1'
param gatewayToken = 'GatewayKey contoso-gw&209912312359&AAAAinventedSignature=='
param location = 'westeurope'

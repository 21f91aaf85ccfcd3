// Self-hosted gateway on Azure Container Apps.
@description('Gateway image; the tag is the version that runs.')
param gatewayImage string = 'mcr.microsoft.com/azure-api-management/gateway:1.2.5'

@secure()
param gatewayToken string = 'GatewayKey contoso-gw&209912312359&AAAAinventedSignature=='

param location string = resourceGroup().location

resource environment 'Microsoft.App/managedEnvironments@2023-05-01' existing = {
  name: 'contoso-env'
}

resource gatewayApp 'Microsoft.App/containerApps@2023-05-01' = {
  name: 'contoso-gw'
  location: location
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      ingress: {
        external: true
        targetPort: 8080
      }
      secrets: [
        {
          name: 'gateway-token'
          value: gatewayToken
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'gateway'
          image: gatewayImage
          env: [
            {
              name: 'config.service.endpoint'
              value: 'https://contoso.management.azure-api.net/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/apim-rg/providers/Microsoft.ApiManagement/service/contoso?api-version=2021-01-01-preview'
            }
            { name: 'config.service.auth', secretRef: 'gateway-token' }
          ]
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
        }
        /* Not the gateway: never touched. */
        {
          name: 'otel'
          image: 'otel/opentelemetry-collector:0.98.0'
          env: [
            {
              name: 'OTEL_EXPORTER_OTLP_ENDPOINT'
              value: 'http://localhost:4317'
            }
          ]
        }
      ]
    }
  }
}

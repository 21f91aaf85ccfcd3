// Values built from parameters: nothing here can be edited safely.
param registry string = 'myregistry.azurecr.io'
param gatewayTag string
param apimName string

@secure()
param gatewayToken string

var configurationUrl = 'https://${apimName}.management.azure-api.net/subscriptions/${subscription().subscriptionId}/resourceGroups/${resourceGroup().name}/providers/Microsoft.ApiManagement/service/${apimName}?api-version=2021-01-01-preview'

resource gatewayGroup 'Microsoft.ContainerInstance/containerGroups@2023-05-01' = {
  name: 'contoso-gw-aci'
  location: resourceGroup().location
  properties: {
    osType: 'Linux'
    containers: [
      {
        name: 'gateway'
        properties: {
          image: '${registry}/azure-api-management/gateway:${gatewayTag}'
          resources: { requests: { cpu: 1, memoryInGB: 2 } }
          environmentVariables: [
            { name: 'config.service.endpoint', value: configurationUrl }
            { name: 'config.service.auth', secureValue: gatewayToken }
          ]
        }
      }
    ]
  }
}

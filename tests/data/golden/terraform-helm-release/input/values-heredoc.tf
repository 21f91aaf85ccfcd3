resource "helm_release" "gw_legacy" {
  name  = "legacy-gw"
  chart = "azure-apim-gateway/azure-api-management-gateway"

  values = [
    <<EOT
image:
  tag: 1.2.5
gateway:
  configuration:
    uri: 'https://contoso.management.azure-api.net/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/apim-rg/providers/Microsoft.ApiManagement/service/contoso?api-version=2021-01-01-preview'
securityContext:
  runAsUser: 0
EOT
  ]
}

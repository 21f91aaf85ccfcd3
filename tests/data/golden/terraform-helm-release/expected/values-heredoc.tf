resource "helm_release" "gw_legacy" {
  name  = "legacy-gw"
  chart = "azure-apim-gateway/azure-api-management-gateway"

  values = [
    <<EOT
image:
  tag: 2.11.1
gateway:
  configuration:
    uri: 'https://contoso.configuration.azure-api.net'
securityContext:
  runAsUser: 1001
  runAsNonRoot: true
  readOnlyRootFilesystem: false
EOT
  ]
}

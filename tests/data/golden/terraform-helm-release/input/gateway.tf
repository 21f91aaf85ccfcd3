resource "helm_release" "apim_gateway" {
  name       = "contoso-gw"
  repository = "https://azure.github.io/api-management-self-hosted-gateway/helm-charts/"
  chart      = "azure-api-management-gateway"
  namespace  = "apim"

  set {
    name  = "gateway.configuration.uri"
    value = "https://contoso.management.azure-api.net/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/apim-rg/providers/Microsoft.ApiManagement/service/contoso?api-version=2021-01-01-preview"
  }

  set {
    name  = "image.tag"
    value = "v2" # rolling
  }

  set_sensitive {
    name  = "gateway.auth.key"
    value = var.gateway_key
  }

  values = [<<-EOT
    gateway:
      name: contoso-gw
    resources:
      requests:
        cpu: 500m
    EOT
  ]
}

resource "helm_release" "ingress" {
  name       = "ingress-nginx"
  repository = "https://kubernetes.github.io/ingress-nginx"
  chart      = "ingress-nginx"

  set {
    name  = "controller.image.tag"
    value = "1.2.5"
  }
}

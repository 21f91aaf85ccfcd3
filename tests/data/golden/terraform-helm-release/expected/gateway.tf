resource "helm_release" "apim_gateway" {
  name       = "contoso-gw"
  repository = "https://azure.github.io/api-management-self-hosted-gateway/helm-charts/"
  chart      = "azure-api-management-gateway"
  namespace  = "apim"

  set {
    name  = "gateway.configuration.uri"
    value = "https://contoso.configuration.azure-api.net"
  }

  set {
    name  = "image.tag"
    value = "2.11.1" # rolling
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
    securityContext:
      runAsNonRoot: true
      runAsUser: 1001
      readOnlyRootFilesystem: false
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

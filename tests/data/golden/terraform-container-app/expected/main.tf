# Self-hosted gateway on Azure Container Apps and Container Instances.
variable "gateway_image" {
  type    = string
  default = "mcr.microsoft.com/azure-api-management/gateway:2.11.1"
}

variable "gateway_token" {
  type      = string
  sensitive = true
  default   = "GatewayKey contoso-gw&209912312359&AAAAinventedSignature=="
}

resource "azurerm_container_app" "gateway" {
  name                         = "contoso-gw"
  container_app_environment_id = azurerm_container_app_environment.main.id
  resource_group_name          = azurerm_resource_group.main.name
  revision_mode                = "Single"

  secret {
    name  = "gateway-token"
    value = var.gateway_token
  }

  template {
    container {
      name   = "gateway"
      image  = var.gateway_image
      cpu    = 0.5
      memory = "1Gi"

      env {
        name  = "config.service.endpoint"
        value = "https://contoso.configuration.azure-api.net"
      }
      env {
        name        = "config.service.auth"
        secret_name = "gateway-token"
      }
    }
    /* A sidecar: never touched. */
    container {
      name   = "otel"
      image  = "otel/opentelemetry-collector:0.98.0"
      cpu    = 0.25
      memory = "0.5Gi"
    }
  }
}

resource "azurerm_container_group" "gateway_aci" {
  name                = "contoso-gw-aci"
  location            = "westeurope"
  resource_group_name = "apim-rg"
  os_type             = "Linux"

  container {
    name   = "gateway"
    image  = "myregistry.azurecr.io/azure-api-management/gateway:2.11.1" // mirrored
    cpu    = "1"
    memory = "1.5"

    environment_variables = {
      "config.service.endpoint" = "https://contoso-gov.configuration.azure-api.us"
    }
    secure_environment_variables = {
      "config.service.auth" = var.gateway_token
    }
    ports {
      port     = 8080
      protocol = "TCP"
    }
  }
}

variable "apim_name" {
  type = string
}

variable "gateway_tag" {
  type = string
}

locals {
  registry = "mcr.microsoft.com"
}

resource "azurerm_container_app" "gateway" {
  name                         = "${var.apim_name}-gw"
  container_app_environment_id = var.environment_id
  resource_group_name          = var.resource_group_name
  revision_mode                = "Single"

  template {
    container {
      name   = "gateway"
      image  = "${local.registry}/azure-api-management/gateway:${var.gateway_tag}"
      cpu    = 0.5
      memory = "1Gi"

      env {
        name  = "config.service.endpoint"
        value = "https://${var.apim_name}.management.azure-api.net/subscriptions/${var.subscription_id}/resourceGroups/${var.resource_group_name}/providers/Microsoft.ApiManagement/service/${var.apim_name}?api-version=2021-01-01-preview"
      }
    }
  }
}

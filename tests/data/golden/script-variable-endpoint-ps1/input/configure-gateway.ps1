$apimName = "contoso-apim"
$endpoint = "https://$apimName.management.azure-api.net/subscriptions/$subscriptionId/resourceGroups/$resourceGroup/providers/Microsoft.ApiManagement/service/$($apimName)?api-version=2021-01-01-preview"
$env:GW_ENDPOINT="https://contoso-apim.management.azure-api.net/subscriptions/6d1e3f5a-7b9c-4d2e-8f0a-1b3c5d7e9f20/resourceGroups/apim-rg/providers/Microsoft.ApiManagement/service/contoso-apim?api-version=2021-01-01-preview"

kubectl create configmap contoso-gw-env `
    --from-literal=config.service.endpoint=$Endpoint `
    --from-literal=telemetry.logs.std=json
docker run -d -e config.service.endpoint="$env:GW_ENDPOINT" --user 1001 mcr.microsoft.com/azure-api-management/gateway:2.11.1

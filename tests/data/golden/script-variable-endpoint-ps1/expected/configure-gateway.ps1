$apimName = "contoso-apim"
$endpoint = "https://$($apimName).configuration.azure-api.net"
$env:GW_ENDPOINT="https://contoso-apim.configuration.azure-api.net"

kubectl create configmap contoso-gw-env `
    --from-literal=config.service.endpoint=$Endpoint `
    --from-literal=telemetry.logs.std=json
docker run -d -e config.service.endpoint="$env:GW_ENDPOINT" --user 1001 mcr.microsoft.com/azure-api-management/gateway:2.11.1

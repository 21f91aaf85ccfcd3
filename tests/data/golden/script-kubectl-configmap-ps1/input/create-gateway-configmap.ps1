kubectl delete configmap eshop-apim-gateway-env -n dapr-apim-sample --ignore-not-found

kubectl create configmap eshop-apim-gateway-env -n dapr-apim-sample --from-literal `
     "config.service.endpoint=https://eshop-apim.management.azure-api.net/subscriptions/c2d8f5a1-9e47-4b3c-8d16-5f0a7e2b9c34/resourceGroups/eshop-rg/providers/Microsoft.ApiManagement/service/eshop-apim?api-version=2019-12-01" `
     --from-literal "telemetry.logs.std=json"

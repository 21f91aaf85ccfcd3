kubectl delete configmap eshop-apim-gateway-env -n dapr-apim-sample --ignore-not-found

kubectl create configmap eshop-apim-gateway-env -n dapr-apim-sample --from-literal `
     "config.service.endpoint=https://eshop-apim.configuration.azure-api.net" `
     --from-literal "telemetry.logs.std=json"

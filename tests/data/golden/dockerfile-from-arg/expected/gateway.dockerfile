ARG IMAGE="mcr.microsoft.com/azure-api-management/gateway:2.11.1"
FROM $IMAGE

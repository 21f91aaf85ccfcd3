// Generates the docker command shown in the portal.
export const dockerCommand = (name: string) =>
  `docker run -d -p 80:8080 --name ${name} mcr.microsoft.com/azure-api-management/gateway:beta`;

# Build stage: the plugin's production bundle.
FROM registry.access.redhat.com/ubi9/nodejs-20:latest AS build
USER root
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build

# Runtime: nginx serving dist/ over TLS on 9443 as a non-root user.
FROM registry.access.redhat.com/ubi9/nginx-124:latest
COPY --from=build /usr/src/app/dist /usr/share/nginx/html
COPY deploy/nginx.conf /etc/nginx/nginx.conf
USER 1001
EXPOSE 9443
ENTRYPOINT ["nginx", "-c", "/etc/nginx/nginx.conf", "-g", "daemon off;"]

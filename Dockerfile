# syntax=docker/dockerfile:1
# One image, two processes: the edge (default) and the control-plane, plus the one-shot migration.
# Containers run what the npm scripts run (start:edge, start:control-plane, migrate), with node itself
# as PID 1 so SIGTERM reaches it: npm would not pass it on. Build: docker build -t codex-k8s .

ARG NODE_VERSION=20

# --- build: all dependencies, compiles the server (dist/) and the SPA (dist/web) exactly as `npm test` does
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# --- runtime: production dependencies only, compiled output, non-root
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false \
    # npm writes its cache and logs here; on Kubernetes the root file system is read-only and /tmp is an emptyDir
    NPM_CONFIG_CACHE=/tmp/.npm \
    NPM_CONFIG_LOGS_MAX=0
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && rm -rf /tmp/.npm
COPY --from=build /app/dist ./dist

# The image's `node` user, given numerically so Kubernetes' runAsNonRoot can verify it.
USER 1000:1000

# edge :8080, control-plane gRPC :9090 and HTTP :8081
EXPOSE 8080 9090 8081

# Matches the default command (the edge); compose and Kubernetes define their own per process.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8080/health/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# = npm run start:edge
CMD ["node", "dist/src/edge/main.js"]

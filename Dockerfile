# syntax=docker/dockerfile:1
# Massar: one image serving the GraphQL API and the three built SPAs (node apps/api/dist/main.js).
# Build: docker build -t massar .   Run: docker compose up --build (see docker-compose.yml).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: install everything, generate, compile, then drop the dev dependencies ----
FROM ${NODE_IMAGE} AS build
ENV TURBO_TELEMETRY_DISABLED=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false
# The npm the lockfile and its allowScripts policy were written with.
RUN npm install -g npm@11.19.1
WORKDIR /app

# Manifests first, so that the dependency layer is cached until one of them changes.
COPY package.json package-lock.json .npmrc ./
COPY apps/api/package.json apps/api/
COPY apps/backoffice/package.json apps/backoffice/
COPY apps/dashboard/package.json apps/dashboard/
COPY apps/portal/package.json apps/portal/
COPY packages/client/package.json packages/client/
COPY packages/rules/package.json packages/rules/
COPY packages/ui/package.json packages/ui/
COPY e2e/package.json e2e/
RUN npm ci

COPY . .
# (apps/api/node_modules holds what could not be hoisted; make sure it exists for the COPY below.)
RUN npm run build && npm prune --omit=dev && mkdir -p apps/api/node_modules

# ---- runtime: the compiled server, the built SPAs and production dependencies, as a non-root user ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=4000 \
    MASSAR_DATA_DIR=/var/lib/massar
WORKDIR /app
COPY --from=build --chown=root:root /app/package.json ./
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/apps/api/package.json apps/api/
COPY --from=build --chown=root:root /app/apps/api/node_modules apps/api/node_modules
COPY --from=build --chown=root:root /app/apps/api/dist apps/api/dist
COPY --from=build --chown=root:root /app/apps/api/data apps/api/data
# node_modules/@massar/rules links to this workspace: the API imports its compiled rules at run time.
COPY --from=build --chown=root:root /app/packages/rules/package.json packages/rules/
COPY --from=build --chown=root:root /app/packages/rules/dist packages/rules/dist
COPY --from=build --chown=root:root /app/apps/portal/dist apps/portal/dist
COPY --from=build --chown=root:root /app/apps/backoffice/dist apps/backoffice/dist
COPY --from=build --chown=root:root /app/apps/dashboard/dist apps/dashboard/dist
# Only used without DATABASE_URL (embedded PostgreSQL); compose always sets DATABASE_URL.
RUN mkdir -p /var/lib/massar && chown node:node /var/lib/massar
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "apps/api/dist/main.js"]

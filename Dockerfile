# syntax=docker/dockerfile:1
# Pacer: build on Node 24 (TypeScript to dist/), run on Node 24 slim with production dependencies only.

FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --strict-allow-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build
# Production dependencies only (better-sqlite3 brings a prebuilt Node-API binary for linux x64/arm64).
RUN npm prune --omit=dev --no-audit --no-fund

FROM node:24-slim AS runtime
ENV NODE_ENV=production \
    DATABASE_PATH=/data/pacer.sqlite \
    BACKUP_DIR=/data/backups \
    PORT=3000 \
    LOG_FORMAT=json
WORKDIR /app
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --chown=root:root package.json package-lock.json ./
COPY --chown=root:root migrations ./migrations
# The app's files belong to root and are read-only for Pacer; only /data is its to write.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# Node's own fetch: the slim image has no curl. 503 (scheduler stalled, database gone) is unhealthy.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node itself as PID 1's child-free main process: SIGTERM from `docker stop` reaches Pacer directly.
CMD ["node", "--enable-source-maps", "dist/main.js"]

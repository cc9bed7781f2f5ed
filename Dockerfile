# Pulso: multi-stage build. The first stage checks the types with every dependency; the second installs
# production dependencies only and prepares the embedded database template; the final image runs as the
# unprivileged `node` user with its data on a volume.
FROM node:20-bookworm-slim AS check
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run typecheck

FROM node:20-bookworm-slim AS production-dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY bin ./bin
COPY db ./db
COPY domain ./domain
RUN node bin/prepare-embedded-database.js

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PULSO_DATA_DIR=/data \
    PULSO_HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY --from=production-dependencies /app/node_modules ./node_modules
# Copying from `check` makes the type check a required step of every build.
COPY --from=check /app/package.json /app/package-lock.json ./
COPY . .
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "bin/pulso.js", "start"]

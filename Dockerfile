# syntax=docker/dockerfile:1
#
# The Alliance Explorer API as an image: the compiled server and CLI (dist/node), the dashboard (dist/dashboard)
# and the playground (dist/playground), started as `alliance-explorer serve`. docker-compose.yml pairs it with the
# official Neo4j image and a one-shot `load` service.
#
# CANNOT BE RUN ON THIS PROJECT'S CI MACHINES: they have no Docker engine and cannot pull images. Nothing in
# `npm test` builds or runs this file; it is kept correct by review only.
#
# What the image expects (see docs/architecture.md, "Entry points"):
#   - a Neo4j of its own, given by NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD): the image holds no Java, Maven or
#     Docker, so the project's other ways of getting a Neo4j are not available inside it;
#   - `serve` only serves: it neither builds nor loads. The graph is written by `alliance-explorer load`, run once
#     against that Neo4j (the compose file's `load` service); until then /readyz answers 503 with the reason;
#   - `npm run build` emits everything the runtime needs under dist/, and bin/alliance-explorer.js runs the
#     compiled code: tsx is a development dependency and is not installed in the runtime stage.

ARG NODE_IMAGE=node:24-bookworm-slim

# ---- build: every dependency, then the compiled server and the two web apps -------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# The lock file first, so that the dependency layer is reused while only sources change.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# dist/node (server and CLI), dist/dashboard, dist/playground.
RUN npm run build

# ---- runtime: production dependencies and what the server reads at run time -------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
# npm ci needs the lock file as well as package.json.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
# Read at run time: the compiled code and web apps, the named queries and load scripts (cypher/), the contract
# served at /schema.graphql, and the command's entry (bin/). Taken from the build stage so they are the files the
# build saw. They stay owned by root: the server writes nothing under /app.
COPY --from=build /app/dist ./dist
COPY --from=build /app/cypher ./cypher
COPY --from=build /app/schema.graphql ./schema.graphql
COPY --from=build /app/bin ./bin

# The official image's unprivileged user.
USER node
EXPOSE 4000

# Liveness only: /healthz answers while the process does, without asking Neo4j. Readiness (/readyz) is for a load
# balancer; a container restart would not bring a missing graph or a slow database back. No curl in slim images,
# so node asks (global fetch).
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

CMD ["node", "bin/alliance-explorer.js", "serve"]

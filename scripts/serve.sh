#!/usr/bin/env bash
# One command for a fresh machine: install, migrate, seed the demo data when the database is empty,
# build and serve on http://localhost:${PORT:-3000}.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npx prisma generate >/dev/null
npx prisma migrate deploy
npx tsx prisma/seed-if-empty.ts
npx remix build
echo "› Relais is starting on http://localhost:${PORT:-3000} (demo accounts in README.md)"
# Local serving over plain http: the session secret is a development one unless SESSION_SECRET is set,
# and the cookie is not marked Secure so that it also works on another host name than localhost.
export NODE_ENV=production RELAIS_ALLOW_DEV_SECRET="${RELAIS_ALLOW_DEV_SECRET:-1}" RELAIS_INSECURE_COOKIES="${RELAIS_INSECURE_COOKIES:-1}"
exec node server.js build/index.js

#!/usr/bin/env bash
# The server the browser tests run against (Playwright's webServer starts it; `npm run build` must
# have run first): the production build, on its own port, with a freshly seeded database of its own.
# It serves a copy of the build, so a rebuild during the run cannot pull the assets from under the
# browser, and everything lives under .cache/e2e-<port>, so several runs can share a machine.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

port="${E2E_PORT:-3100}"
run_dir="$root/.cache/e2e-$port"
# Earlier runs' copies (a run lasts minutes) and this port's last one.
find "$root/.cache" -maxdepth 1 -name 'e2e-*' -mmin +120 -exec rm -rf {} + 2>/dev/null || true
rm -rf "$run_dir"
mkdir -p "$run_dir"
cp -R build "$run_dir/build"
cp -R public "$run_dir/public"
export DATABASE_URL="file:$run_dir/e2e.db"
export RELAIS_FILES_DIR="$run_dir/files"

# Quiet unless it fails: Prisma's chatter would land in every test run's output.
if ! out="$(npx prisma migrate deploy 2>&1)"; then
  echo "$out" >&2
  exit 1
fi
npx tsx prisma/seed.ts

# No SESSION_SECRET here: the development secret is allowed explicitly, and cookies go over plain
# http because the tests talk to localhost. Packages still resolve from the repository's node_modules.
cd "$run_dir"
export PORT="$port" NODE_ENV=production RELAIS_ALLOW_DEV_SECRET=1 RELAIS_INSECURE_COOKIES=1
# The outbox resolves queued notices on its tick: a short one, so journeys see a reminder within
# seconds of the write that enqueued it (production's default is 30 s).
export NOTIFY_INTERVAL_SECONDS="${NOTIFY_INTERVAL_SECONDS:-5}"
# Uploaded files' text is read for search on the jobs worker's own timer: a short one too.
export FILE_TEXT_INTERVAL_SECONDS="${FILE_TEXT_INTERVAL_SECONDS:-2}"
exec node "$root/server.js" ./build/index.js

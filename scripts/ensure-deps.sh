#!/usr/bin/env bash
# Installs the npm dependencies when they are missing or older than the lockfile.
# better-sqlite3 is built from source: its prebuilt binaries live on a host these machines cannot reach.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "› installing npm dependencies (builds better-sqlite3 from source, about two minutes the first time)"
  npm_config_build_from_source=true npm ci --no-audit --no-fund
fi

#!/usr/bin/env bash
# `npm test`: everything the project checks, runnable on a fresh machine that has only node and npm
# (plus apt for Chromium). Setup steps stop the run at once; the checks (types, unit tests, browser
# tests) all run, and the last line sums the tests: "N passed, M failed" (a check that fails
# without a test count, such as the type check, counts as one failure).
set -euo pipefail
cd "$(dirname "$0")/.."

reports="$(mktemp -d "${TMPDIR:-/tmp}/relais-tests.XXXXXX")"
trap 'rm -rf "$reports"' EXIT
started_all=$EPOCHREALTIME
failed_checks=()

step_started=""
begin() {
  printf '\n==> %s\n' "$1"
  step_started=$EPOCHREALTIME
}
end() {
  awk -v a="$step_started" -v b="$EPOCHREALTIME" -v label="$1" 'BEGIN { printf "<== %s: %.1f s\n", label, b - a }'
}
# Runs a check without stopping the script; remembers it when it fails.
check() {
  local label="$1"
  shift
  begin "$label"
  local status=0
  "$@" || status=$?
  end "$label"
  if [ "$status" -ne 0 ]; then
    echo "!!! $label failed (exit $status)"
    failed_checks+=("$label")
  fi
}

# --- Setup: any failure here stops the run. ---

begin "Chromium for the browser tests"
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  echo "found $chromium"
else
  # `npx playwright install` cannot reach its download host here; Debian's Chromium can be installed.
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    echo "Chromium is missing at $chromium and installing it needs root: run 'apt-get install chromium' as root." >&2
    exit 1
  fi
  "${as_root[@]}" apt-get update
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
fi
end "Chromium"

begin "Dependencies"
# npm ci when node_modules is missing or older than package-lock.json (better-sqlite3 built from source).
bash scripts/ensure-deps.sh
end "Dependencies"

begin "Prisma client"
npx prisma generate
end "Prisma client"

begin "Migrations match the schema"
drift=0
npx prisma migrate diff --from-migrations prisma/migrations --to-schema-datamodel prisma/schema.prisma --exit-code || drift=$?
end "Migrations match the schema"
if [ "$drift" -eq 2 ]; then
  echo "!!! prisma/schema.prisma has changes that no migration contains (the diff is above)." >&2
  echo "    Create one as README.md explains (prisma migrate diff --from-migrations … --script)." >&2
  exit 1
elif [ "$drift" -ne 0 ]; then
  echo "!!! The migration drift check itself failed (exit $drift)." >&2
  exit 1
fi

# --- Checks: all of them run; the result comes at the end. ---

check "Type check" npx tsc --noEmit

# Playwright's specs live in tests/e2e: never let vitest collect them.
check "Unit and integration tests (vitest)" \
  npx vitest run --exclude "tests/e2e/**" --reporter=default --reporter=json --outputFile.json="$reports/vitest.json"

begin "Production build"
npx remix build
end "Production build"

# The browser tests start their own server on the build (playwright.config.ts, scripts/e2e-server.sh).
check "Browser tests (playwright)" \
  env PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/playwright.json" npx playwright test --reporter=list,json

# --- Summary ---

counts="$(node - "$reports/vitest.json" "$reports/playwright.json" <<'EOF'
const fs = require("node:fs");
const read = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
};
const [vitestFile, playwrightFile] = process.argv.slice(2);
const vitest = read(vitestFile);
const playwright = read(playwrightFile);
let passed = 0;
let failed = 0;
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
}
if (playwright?.stats) {
  passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0);
  failed += playwright.stats.unexpected ?? 0;
}
console.log(`${passed} ${failed} ${vitest ? vitest.numFailedTests ?? 0 : -1} ${playwright?.stats ? playwright.stats.unexpected ?? 0 : -1}`);
EOF
)"
read -r passed failed vitest_failed playwright_failed <<<"$counts"

# A failed check that reported no failing test (type errors, a suite that did not load, a server that
# did not start) still counts once.
for label in "${failed_checks[@]}"; do
  case "$label" in
    *vitest*) [ "$vitest_failed" -gt 0 ] || failed=$((failed + 1)) ;;
    *playwright*) [ "$playwright_failed" -gt 0 ] || failed=$((failed + 1)) ;;
    *) failed=$((failed + 1)) ;;
  esac
done

echo
if [ "${#failed_checks[@]}" -gt 0 ]; then
  printf 'Failed checks:'
  printf ' [%s]' "${failed_checks[@]}"
  printf '\n'
fi
awk -v a="$started_all" -v b="$EPOCHREALTIME" 'BEGIN { printf "Total: %.0f s\n", b - a }'
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "${#failed_checks[@]}" -eq 0 ]

#!/usr/bin/env bash
# The whole test suite, in the order a failure is cheapest to find: lint, types, unit + integration
# (PGlite always; PostgreSQL too when TEST_DATABASE_URL is set), build, then browser end-to-end.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  echo "note: TEST_DATABASE_URL is not set: integration tests run on PGlite only (CI sets it)."
fi
echo "== lint";      pnpm exec biome check .
echo "== dead code (knip: unused files, exports, types, dependencies)"; pnpm knip
echo "== typecheck"; pnpm exec turbo run typecheck --output-logs=errors-only
echo "== mutation score of the domain (incremental: only contexts whose code or tests changed; fails below the floor)"
pnpm mutation --changed --check
# The statement tests read downloaded PDFs with pdftotext (poppler-utils): install it when missing,
# as the browser setup does for chromium, so a fresh machine needs nothing by hand.
if ! command -v pdftotext >/dev/null 2>&1; then
  sudo_=""; [ "$(id -u)" = 0 ] || sudo_="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq poppler-utils
fi
echo "== unit and integration tests"
pnpm exec turbo run test --concurrency=1 --output-logs=full
echo "== build";     pnpm exec turbo run build --output-logs=errors-only
echo "== end-to-end (chromium)"
pnpm --filter @asq/e2e test:e2e

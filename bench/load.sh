#!/usr/bin/env bash
# The full-size load run of issue 11 (suite 8): 200 users for 60 s over portal, dealer and admin calls,
# against PostgreSQL on loopback. The same test runs in CI at 50 users × 10 s (packages/api/src/http/
# load.pg.test.ts). Needs a PostgreSQL server: TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres
# bash bench/load.sh   (a fresh database is created and dropped). Prints the "[figure] load:" line.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TEST_DATABASE_URL:?set TEST_DATABASE_URL to a PostgreSQL server}"
LOAD_USERS="${LOAD_USERS:-200}" LOAD_SECONDS="${LOAD_SECONDS:-60}" \
  pnpm --filter @asq/api exec vitest run src/http/load.pg.test.ts 2>&1 | grep -E '\[figure\]|✓|×|Error'

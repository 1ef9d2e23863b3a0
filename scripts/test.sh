#!/usr/bin/env bash
# npm test: static checks, then every vitest suite against the local stack (started, seeded and
# stopped here), ending with one "N passed, N failed, N skipped" line that sums them all.
# Extra arguments go to vitest, e.g. `npm test -- tests/e2e`.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure.sh || { echo "0 passed, 1 failed"; exit 1; }

checks_passed=0
checks_failed=0
check() {
  local name=$1
  shift
  if "$@"; then
    echo "[check] $name: ok"
    checks_passed=$((checks_passed + 1))
  else
    echo "[check] $name: FAILED"
    checks_failed=$((checks_failed + 1))
  fi
}
check eslint npx eslint . --max-warnings=0
check prettier npx prettier --check . --log-level warn
check typecheck npm run typecheck --silent

mkdir -p test-results
rm -f test-results/vitest.json
node_modules/.bin/tsx scripts/stack.ts --seed --apps --exec \
  "npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json $*"
code=$?

node scripts/summary.mjs test-results/vitest.json "$checks_passed" "$checks_failed"
[ "$code" -eq 0 ] && [ "$checks_failed" -eq 0 ]

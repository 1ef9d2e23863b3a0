#!/usr/bin/env bash
# npm start: the whole local stack with the demo tenant seeded and both apps served.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure.sh
exec node_modules/.bin/tsx scripts/stack.ts --seed --apps

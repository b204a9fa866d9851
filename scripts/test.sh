#!/usr/bin/env bash
# Everything: the native build, unit tests and golden programs (ctest), then
# the WebAssembly build: its Node tests and the golden programs through it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-native.sh
ctest --test-dir build --output-on-failure -j2
bash scripts/build-wasm.sh
node --test tests/wasm/
node tests/golden/run.mjs --cmd "node scripts/goroscope-wasm" -- --virtual-time
# The page: typecheck, static build (dist/) and end-to-end tests in headless
# Chromium (tests/e2e). They need the wasm runtime built into web/generated.
if [ -f web/generated/goroscope.mjs ] && [ -f web/src/worker.ts ]; then
  npm run build:page
  node --test tests/e2e/
else
  echo "e2e: skipped: the wasm runtime is not built (scripts/build-wasm.sh)"
fi

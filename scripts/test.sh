#!/usr/bin/env bash
# Everything: the native build, unit tests and golden programs (ctest).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-native.sh
ctest --test-dir build --output-on-failure -j2

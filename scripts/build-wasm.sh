#!/usr/bin/env bash
# Builds the browser runtime with Debian's Emscripten (docs/wasm.md):
# web/generated/goroscope.mjs + goroscope.wasm (+ goroscope.d.mts), from
# build-wasm/. Incremental: only changed sources are recompiled.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v em++ >/dev/null || bash scripts/setup.sh
# Debian's emscripten needs its node modules (acorn) from the system path.
export NODE_PATH=/usr/share/nodejs
gen=()
command -v ninja >/dev/null && gen=(-G Ninja)
if [ ! -f build-wasm/CMakeCache.txt ]; then
  emcmake cmake -S . -B build-wasm "${gen[@]}" -DCMAKE_BUILD_TYPE=Release -DGS_BUILD_TESTS=OFF >/dev/null
fi
cmake --build build-wasm -j"${JOBS:-2}" --target goroscope_wasm
cp core/wasm/goroscope.d.mts web/generated/goroscope.d.mts

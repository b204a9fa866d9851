#!/usr/bin/env bash
# Builds the browser runtime with Debian's Emscripten (docs/wasm.md):
# web/generated/goroscope.mjs + goroscope.wasm (+ goroscope.d.mts), from
# build-wasm/. Incremental: only changed sources are recompiled.
#
#   --variant=noasync   instead builds the bench's measuring variant without
#                       Asyncify into build-wasm/noasync/ (never shipped;
#                       docs/wasm.md, "Asyncify overhead").
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
variant=
for a in "$@"; do
  case "$a" in
    --variant=noasync) variant=noasync ;;
    *) echo "build-wasm.sh: unknown argument $a (known: --variant=noasync)" >&2; exit 2 ;;
  esac
done
if [ "$variant" = noasync ]; then
  cmake --build build-wasm -j"${JOBS:-2}" --target goroscope_wasm_noasync
  exit 0
fi
cmake --build build-wasm -j"${JOBS:-2}" --target goroscope_wasm
cp core/wasm/goroscope.d.mts web/generated/goroscope.d.mts

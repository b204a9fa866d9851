#!/usr/bin/env bash
# npm start: install what is missing, build the runtime to WebAssembly, and
# serve the playground page with Vite's dev server (it prints the address).
#   PORT=8080 npm start     # another port;  HOST=0.0.0.0 to serve the network
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm run build:wasm
exec node_modules/.bin/vite --port "${PORT:-5173}" --host "${HOST:-127.0.0.1}"

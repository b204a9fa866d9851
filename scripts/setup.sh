#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks for building and testing
# Goroscope. Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
pkgs=()
command -v g++ >/dev/null || pkgs+=(g++)
command -v cmake >/dev/null || pkgs+=(cmake)
command -v ninja >/dev/null || pkgs+=(ninja-build)
# Headless Chromium for the page's end-to-end tests (tests/e2e, playwright-core).
command -v chromium >/dev/null || pkgs+=(chromium)
dpkg -s libgtest-dev >/dev/null 2>&1 || pkgs+=(libgtest-dev)
# Emscripten 3.1.6 for the browser runtime (scripts/build-wasm.sh).
command -v em++ >/dev/null || pkgs+=(emscripten)
if ((${#pkgs[@]})); then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${pkgs[@]}" >/dev/null
fi
if [ -f package-lock.json ] && [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

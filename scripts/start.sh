#!/usr/bin/env bash
# The playground page arrives with issue 5; until then `npm start` builds the
# native command and shows how to use it.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "Goroscope is built: build/goroscope"
echo
build/goroscope version
echo
echo "Try: build/goroscope run tests/programs/lang/const_iota.go"

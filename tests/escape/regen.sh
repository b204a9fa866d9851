#!/usr/bin/env bash
# regen.sh [FILE.go...] — writes the expected escape reports from real Go 1.23:
#   tests/escape/NAME.go     -> NAME.m  (`go build -gcflags=-m`; the go
#                               command's "# command-line-arguments" line
#                               included; lines about inlining removed: every
#                               function of the programs is //go:noinline and
#                               Goroscope does not inline). NAME.m2 too when it
#                               already exists.
#   tests/escape/m2/NAME.go  -> m2/NAME.m2 (`go build -gcflags=-m=2`, lines
#                               mentioning inlining removed)
# With no arguments, every tests/escape/*.go and tests/escape/m2/*.go.
set -uo pipefail
GO=${GO:-/usr/lib/go-1.23/bin/go}
dir=$(cd "$(dirname "$0")" && pwd)
files=()
for f in "$@"; do files+=("$(realpath "$f")"); done
cd "$dir"
[[ ${#files[@]} -eq 0 ]] && files=(*.go m2/*.go)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "${files[@]}"; do
  f=$(realpath "$f")
  base=${f%.go}
  cp "$f" "$tmp/prog.go"
  want_m2=0
  if [[ $(basename "$(dirname "$f")") == m2 ]]; then
    want_m2=1
  else
    (cd "$tmp" && "$GO" build -gcflags=-m -o /dev/null prog.go 2>&1 | grep -v 'can inline\|inlining call') >"$base.m"
    [[ -e $base.m2 ]] && want_m2=1
  fi
  if [[ $want_m2 == 1 ]]; then
    (cd "$tmp" && "$GO" build -gcflags=-m=2 -o /dev/null prog.go 2>&1 | grep -v 'inlin') >"$base.m2"
  fi
done

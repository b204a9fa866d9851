#!/usr/bin/env bash
# regen.sh [NAME.go...] — writes NAME.m beside each escape test program: real
# Go 1.23's `go build -gcflags=-m` output (the go command's
# "# command-line-arguments" line included; inlining lines removed: every
# function of the programs is //go:noinline, Goroscope does not inline). With
# no arguments, every tests/escape/*.go. NAME.m2 files (when present) are
# regenerated with -m=2, keeping only the escape lines (lines mentioning
# inlining are removed).
set -uo pipefail
GO=${GO:-/usr/lib/go-1.23/bin/go}
dir=$(cd "$(dirname "$0")" && pwd)
cd "$dir"
files=("$@")
[[ ${#files[@]} -eq 0 ]] && files=(*.go)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "${files[@]}"; do
  base=${f%.go}
  cp "$f" "$tmp/prog.go"
  (cd "$tmp" && "$GO" build -gcflags=-m -o /dev/null prog.go 2>&1 | grep -v 'can inline\|inlining call') >"$base.m"
  if [[ -e $base.m2 ]]; then
    (cd "$tmp" && "$GO" build -gcflags=-m=2 -o /dev/null prog.go 2>&1 | grep -v 'inlin') >"$base.m2"
  fi
done

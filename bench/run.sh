#!/usr/bin/env bash
# Runs every benchmark executable (bench_*) in BUILD_DIR/bench and prints their RESULT lines.
# Usage: bench/run.sh [BUILD_DIR]   (default build/release); exits 1 if any budget is missed.
set -uo pipefail
build=${1:-build/release}
cd "$(dirname "$0")/.."
status=0
found=0
for exe in "$build"/bench/bench_*; do
    [ -f "$exe" ] && [ -x "$exe" ] || continue # skips CMake's bench_*_autogen folders
    found=1
    echo "== $(basename "$exe")"
    out=$("$exe" 2>&1) || status=1
    echo "$out"
    grep -q '^RESULT .* FAIL$' <<<"$out" && status=1
done
[ $found -eq 1 ] || { echo "No benchmarks built in $build/bench." >&2; exit 1; }
exit $status

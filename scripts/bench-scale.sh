#!/usr/bin/env bash
# Scale benchmark (issue 8, BENCHMARKS.md "Scale"): generates 1 000-, 10 000- and 100 000-row
# tables with sections under target/bench-scale/, times codes-macro's pipeline on them outside
# the compiler (a binary that includes codes-macro/src by path), and measures `cargo check` and
# `cargo build --release` of a crate holding each (wall time, rustc's peak RSS).
# Settings (environment): SIZES=1000,10000,100000 REPS=5 EXPAND_REPS=9 EXPAND_REPS_DEV=3
# TIMEOUT=600 MEM_LIMIT_GB=16 TIME_PASSES=1. See scripts/bench_scale.py.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1); $(rustc -V)"
exec python3 "$root/scripts/bench_scale.py" "$@"

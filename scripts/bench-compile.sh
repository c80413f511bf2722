#!/usr/bin/env bash
# Compile-time benchmark (BENCHMARKS.md): generates 300-, 3 000- and 30 000-row user crates
# under target/bench-compile/ and measures `cargo check`, `cargo build --release`, the
# rebuild of a calling crate and the stripped size, for define_codes! and its anchors.
# Settings (environment): SIZES=300,3000,30000 CONTENDERS=define_codes,hand,numstrum
# REPS=3 TIMEOUT=300 MEM_LIMIT_GB=12 ANCHORS_30K=0. See scripts/bench_compile.py.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1); $(rustc -V)"
exec python3 "$root/scripts/bench_compile.py" "$@"

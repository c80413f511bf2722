#!/usr/bin/env bash
# Runs the runtime's tests and the generated code's behaviour tests under Miri, which fails on
# any undefined behaviour it meets: in the runtime's `unsafe` (`codes-shared`'s `str_at` and
# `find_name`) and in the code `define_codes!` emits (codes transmuted into variants, reads of
# its byte tables and string blobs). The macro runs natively (a proc macro is host code); the
# code it generates is interpreted.
#
#   scripts/miri.sh
#
# Installs what it needs: a nightly toolchain with Miri, and Miri's sysroot. Miri interprets
# some ten thousand times slower than the tests run, so under `cfg(miri)` the tests of big
# tables look at a sample of their rows and values (`codes/tests/common/mod.rs`, `checks_row`),
# which still takes every path of every lookup. Left out: the trybuild UI tests (they run
# cargo), and the pipeline, CLI, examples and benchmarks (they run no generated code that the
# tests below do not). Two tests at a time, one per core; a few minutes in all.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "toolchain"
rustup toolchain install nightly --profile minimal --component miri
cargo +nightly miri setup
cargo +nightly miri --version

# The parts, longest first so that the two at a time end together. `serde` is on for `codes`
# as the seeds' tests turn it on, so that it is built once (and its serde support runs).
parts=(
    "-p codes --features serde --test layouts"
    "-p codes --features serde --test reprs"
    "-p codes --features serde --test api"
    "-p codes-seeds --test seed_dsp"
    "-p codes-seeds --test serde"
    "-p codes-seeds --test seed_cos_v4"
    "-p codes-seeds --test seed_pcs"
    "-p codes-seeds --test seeds"
    "-p codes-shared"
    "-p codes-seeds --test markdown"
    "-p codes --features serde --doc"
    "-p codes --features serde --test categories"
    "-p codes --features serde --test hygiene"
    "-p codes --features serde --test columns"
    "-p codes --features serde --test nameless"
    "-p codes-seeds --test disjoint"
)

step "build"
# Once, before the runs: cargo locks the build while it builds.
for part in "${parts[@]}"; do
    [[ $part == *--doc ]] || cargo +nightly miri test --no-run $part
done

step "run, two at a time"
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
# Runs one part, then prints its output whole, and its time.
run() {
    local start=$SECONDS status=0
    cargo +nightly miri test $1 >"$logs/$2" 2>&1 || status=$?
    printf '\n--> %s (%s s, exit %s)\n' "$1" "$((SECONDS - start))" "$status"
    cat "$logs/$2"
    return "$status"
}
start=$SECONDS
failed=0
running=0
for i in "${!parts[@]}"; do
    if ((running == 2)); then
        wait -n || failed=1
        running=$((running - 1))
    fi
    run "${parts[$i]}" "$i" &
    running=$((running + 1))
done
while ((running > 0)); do
    wait -n || failed=1
    running=$((running - 1))
done
printf '\n%s parts in %s s\n' "${#parts[@]}" "$((SECONDS - start))"
if ((failed)); then
    echo "error: Miri failed; the part's output is above" >&2
    exit 1
fi

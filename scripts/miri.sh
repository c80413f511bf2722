#!/usr/bin/env bash
# Runs the runtime's tests and the generated code's behaviour tests under Miri, which fails on
# any undefined behaviour it meets: in the runtime's `unsafe` (`codetable-shared`'s `str_at` and
# `find_name`) and in the code `define_codes!` emits (codes transmuted into variants, reads of
# its byte tables and string blobs). The macro runs natively (a proc macro is host code); the
# code it generates is interpreted.
#
#   scripts/miri.sh
#
# Installs what it needs: the nightly pinned in `.ci/nightly`, with Miri, and Miri's sysroot.
# Miri interprets some ten thousand times slower than the tests run, so under `cfg(miri)` the
# tests of big tables look at a sample of their rows and values (`codetable/tests/common/mod.rs`,
# `checks_row`), which still takes every path of every lookup. Left out: the trybuild UI tests
# (they run cargo), and the pipeline, CLI, examples and benchmarks (they run no generated code
# that the tests below do not). Two test files at a time, one per core; a few minutes in all.
#
# Big-endian too: the macro writes its arrays of numbers (codes, slots, name buckets, segments,
# integer columns) as byte strings in the target's byte order, one static per order under
# `cfg(target_endian)`, and the runtime reads them back. Miri interprets a foreign target on
# this machine (`--target s390x-unknown-linux-gnu`, big-endian, with a sysroot Miri builds from
# `rust-src`), so `codetable-shared`'s tests and every file of `codetable/tests/` but the UI
# tests run a second time as s390x: every lookup of the generated code reads the big-endian
# statics there, as the x86-64 runs read the little-endian ones.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

# The same Miri on every run, until that file moves.
nightly=$(grep -v '^#' .ci/nightly)
# Miri's sysroot in this checkout's target directory, not the user's cache (~/.cache/miri), which
# every checkout and toolchain on the machine shares: another's Miri building it at the same
# time, with another nightly, fails this one ("a concurrent sysroot build with different
# settings").
export XDG_CACHE_HOME="${CARGO_TARGET_DIR:-$PWD/target}/miri-cache"

step "toolchain"
# `rust-src`: what Miri builds its sysroots from, for this machine's target and the big-endian one.
rustup toolchain install "$nightly" --profile minimal --component miri,rust-src
big_endian=s390x-unknown-linux-gnu
cargo +"$nightly" miri setup
cargo +"$nightly" miri setup --target "$big_endian"
cargo +"$nightly" miri --version

# The parts: every test file of `codetable/tests/` and `seeds/tests/` but the UI tests, then
# `codetable-shared`'s and `codetable/tests/`'s again as s390x (`s390x:` before the file), the
# longest first so that the two at a time end together (a new file runs last). `serde` is on
# for `codes` as the seeds' tests turn it on, so that it is built once (and its serde support
# runs too).
longest_first=(
    codetable/tests/layouts.rs s390x:codetable/tests/layouts.rs seeds/tests/serde.rs
    seeds/tests/seed_cos_v4.rs codetable/tests/reprs.rs s390x:codetable/tests/reprs.rs
    seeds/tests/seed_dsp.rs seeds/tests/seeds.rs seeds/tests/seed_pcs.rs codetable/tests/api.rs
    s390x:codetable/tests/api.rs
)
parts=()
declare -A listed
for file in "${longest_first[@]}" codetable/tests/*.rs seeds/tests/*.rs \
    $(printf 's390x:%s ' codetable/tests/*.rs); do
    name=$(basename "$file" .rs)
    [[ $name == ui || -n ${listed[$file]:-} ]] && continue
    listed[$file]=1
    case $file in
        s390x:*) parts+=("--target $big_endian -p codetable --features serde --test $name") ;;
        codetable/*) parts+=("-p codetable --features serde --test $name") ;;
        *) parts+=("-p codetable-seeds --test $name") ;;
    esac
done
parts+=("-p codetable-shared" "--target $big_endian -p codetable-shared"
    "-p codetable --features serde --doc")

step "build"
# Before the runs, which then only read the build: cargo locks it while it builds.
cargo +"$nightly" miri test --no-run -p codetable --features serde --tests
cargo +"$nightly" miri test --no-run -p codetable-seeds --tests
cargo +"$nightly" miri test --no-run -p codetable-shared --tests
cargo +"$nightly" miri test --no-run --target "$big_endian" -p codetable --features serde --tests
cargo +"$nightly" miri test --no-run --target "$big_endian" -p codetable-shared --tests

step "run, two at a time"
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
# Runs one part (its cargo arguments, split at spaces), then prints its output whole, and its
# time.
run() {
    local start=$SECONDS status=0
    cargo +"$nightly" miri test $1 >"$logs/$2" 2>&1 || status=$?
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

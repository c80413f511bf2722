#!/usr/bin/env bash
# Fuzzes `define_codes!` with cargo-fuzz (libFuzzer) for SECONDS (default 600), then prints
# libFuzzer's final stats. See FUZZING.md.
#
#   scripts/fuzz.sh [SECONDS]
#
# Installs what it needs: a nightly toolchain (cargo-fuzz's sanitizer flags need one) and
# cargo-fuzz. One process on one core, so that the machine's other core stays free; set
# FUZZ_JOBS=2 to run two. SANITIZER=address adds AddressSanitizer (the default is none: the
# pipeline has no unsafe code, and the run is several times faster without it). A crash or
# timeout leaves its input in fuzz/artifacts/define_codes/ and makes this script fail.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"

seconds=${1:-600}
sanitizer=${SANITIZER:-none}
jobs=${FUZZ_JOBS:-1}

step() { printf '\n==> %s\n' "$*"; }

step "toolchain"
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
    rustup toolchain install nightly --profile minimal
fi
rustup run nightly rustc --version
if ! command -v cargo-fuzz >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi
cargo fuzz --version

step "build (release, debug assertions and overflow checks on, sanitizer: $sanitizer)"
cargo +nightly fuzz build --sanitizer "$sanitizer" define_codes
mkdir -p corpus/define_codes artifacts/define_codes

step "regressions: every input that once crashed"
target_bin=$(ls target/*/release/define_codes | head -n 1)
set +e
regressions=$("$target_bin" -artifact_prefix=artifacts/define_codes/ regressions/* 2>&1)
regressions_status=$?
set -e
grep -E '^Executed|ERROR|panicked' <<<"$regressions" || true
if [ "$regressions_status" -ne 0 ]; then
    echo "error: an input of fuzz/regressions/ crashes again" >&2
    exit "$regressions_status"
fi

step "fuzz for ${seconds}s"
log=$(mktemp)
args=(
    -max_total_time="$seconds"
    # A hang shows as a timeout: no input may take longer than this.
    -timeout=10
    -rss_limit_mb=4096
    -max_len=8192
    -print_final_stats=1
    -dict=define_codes.dict
)
if [ "$jobs" -gt 1 ]; then
    args+=(-jobs="$jobs" -workers="$jobs")
fi
set +e
cargo +nightly fuzz run --sanitizer "$sanitizer" define_codes \
    corpus/define_codes seed-corpus -- "${args[@]}" >"$log" 2>&1
status=$?
set -e
# libFuzzer's progress lines, and what went wrong if anything did.
grep -E '^#[0-9]+[[:space:]]+(INITED|pulse|DONE)|^(==|SUMMARY|Done)|ERROR|panicked|Test unit written|artifact_prefix' "$log" || true
if [ "$jobs" -gt 1 ]; then
    cat fuzz-*.log >>"$log"
    rm -f fuzz-*.log
fi

step "report"
grep -E '^stat::' "$log" || true
echo "corpus: $(find corpus/define_codes -type f | wc -l) inputs"
echo "crashes and timeouts kept: $(find artifacts/define_codes -type f | wc -l) (in fuzz/artifacts/define_codes/)"
rm -f "$log"
exit "$status"

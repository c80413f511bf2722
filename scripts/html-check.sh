#!/usr/bin/env bash
# `codes export --format html` in a real browser (`.ci/run`'s step "export: the html page"):
# exports the page of each seed table (seeds/src/*.rs, one page each, with the module's folder) and of a 30 000-row
# table (`cargo xtask html-table`), with the `json` export of the same sources beside each,
# and checks every page in Chromium with scripts/html-check.mjs: the search (a code, a name,
# words of a message; each result checked against the json export), the anchors, the language
# switch, and the page at 390 px. Screenshots at 1 280 and 390 px go to TARGET_DIR/html-check/,
# CI's artifacts, with the pages; the script prints when each page was ready and how long a
# search took (BENCHMARKS.md, "The html page").
#
# Chromium is Debian's, and playwright-core drives it: scripts/browser-tools.sh installs both
# where they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/browser-tools.sh
out=$target/html-check
mkdir -p "$out"

cargo build -q -p codetable-cli --bin codes
codes=$target/debug/codes
cargo run -q -p xtask -- html-table -o "$out/big.rs"

pages=()
# export NAME SOURCES...: the page and the json export of the sources.
export_page() {
    local name=$1
    shift
    "$codes" export --format html -o "$out/$name.html" "$@"
    "$codes" export --format json -o "$out/$name.json" "$@"
    pages+=("$name=$out/$name.html:$out/$name.json")
}
for seed in seeds/src/*.rs; do
    [ "$(basename "$seed")" = lib.rs ] && continue
    # A seed whose table is in its module's folder (sqlstate/table.rs) is read with it.
    sources=("$seed")
    [ -d "${seed%.rs}" ] && sources+=("${seed%.rs}")
    export_page "$(basename "$seed" .rs)" "${sources[@]}"
done
export_page big "$out/big.rs"

HTML_CHECK_TOOLS=$tools node scripts/html-check.mjs "$out" "${pages[@]}"
echo "screenshots and pages: $out"

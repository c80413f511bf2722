#!/usr/bin/env bash
# Screenshots of the docs as docs.rs shows them, in Debian's Chromium: `codetable`'s crate page,
# the `define_codes!` page, and the page of a 200-row table (seed 001, `LegacyCosError`), each
# at 1 280 and 390 px, first screen and whole page, into TARGET_DIR/screenshots/. Fails when a
# page is wider than a 390-px screen, or when the crate page's first screen lacks what the
# crate does, the install line or the example (scripts/screenshots.mjs). Chromium and
# playwright-core: scripts/browser-tools.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/browser-tools.sh
out=$target/screenshots
mkdir -p "$out"

RUSTDOCFLAGS="-D warnings" cargo doc -q -p codetable -p codetable-seeds --no-deps
doc=$target/doc
HTML_CHECK_TOOLS=$tools node scripts/screenshots.mjs "$out" \
    "crate=$doc/codetable/index.html" \
    "macro=$doc/codetable/macro.define_codes.html" \
    "table=$doc/codetable_seeds/legacy_cos/enum.LegacyCosError.html"
echo "screenshots: $out"

#!/usr/bin/env bash
# Checks the docs as docs.rs shows them: the package ships the README (crates.io's page) and
# the guide's pages (`codetable/src/guide/*.md`, the crate's docs); the README is a short
# page that links only to docs.rs and its own headings; every table page of the seeds shows
# each row once (an overview folded in `<details>`), no private or generated-internal name,
# and no example naming a row its table lacks (scripts/docs_page_check.py, whose self-test
# breaks a good page in each of these ways and fails unless the check fails it); the items a
# user can name on a table are exactly the documented ones; and docs.rs's own build
# (nightly, `--cfg docsrs`) marks what each feature adds. Prints the pages' sizes.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "docs-check: $*" >&2; exit 1; }

packaged=$(cargo package --list -p codetable --allow-dirty)
grep -qx README.md <<<"$packaged" || fail "codetable's package has no README.md"
for guide in codetable/src/guide/*.md; do
    grep -qx "src/guide/$(basename "$guide")" <<<"$packaged" || fail "codetable's package lacks $guide, which its docs include"
done
cargo package --list -p codetable-macro --allow-dirty | grep -qx README.md || fail "codetable-macro's package has no README.md"
cargo package --list -p codetable-cli --allow-dirty | grep -qx README.md || fail "codetable-cli's package has no README.md"
# The README: a page or two (the reference is the guide), and its links work where it is
# read (GitHub, crates.io): docs.rs's pages, or its own headings, never a file.
lines=$(wc -l <README.md)
[ "$lines" -lt 200 ] || fail "the README has $lines lines: keep it under 200, and the reference in codetable/src/guide/"
if grep -nE '\]\((\.|[A-Za-z0-9_/-]+\.md|[a-z]+/)' README.md; then
    fail "the README links to a file, which crates.io cannot show: link docs.rs or a heading (#...), or write the name"
fi
if grep -noE '\]\([^)#][^)]*\)' README.md | grep -v 'https://docs.rs/'; then
    fail "the README links somewhere but docs.rs or its own headings"
fi

RUSTDOCFLAGS="-D warnings" cargo doc -q -p codetable-seeds --no-deps
page=target/doc/codetable_seeds/legacy_cos/enum.LegacyCosError.html
[ -f "$page" ] || fail "no page $page"
# Every table page of the seeds, after the self-test that proves each check fails a bad page.
python3 scripts/docs_page_check.py --self-test "$page" || fail "the page checks' self-test failed"
mapfile -t tables < <(grep -l 'codes at a glance' target/doc/codetable_seeds/*/enum.*.html)
((${#tables[@]} >= 9)) || fail "only ${#tables[@]} table pages in target/doc/codetable_seeds"
python3 scripts/docs_page_check.py "${tables[@]}" || fail "a table page reads wrong (above)"
# Every other page of the seeds (section and language enums, modules): no private name.
python3 scripts/docs_page_check.py --private-names target/doc/codetable_seeds/*.html target/doc/codetable_seeds/*/*.html ||
    fail "a page of the seeds shows a private name (above)"
python3 - "$page" <<'PY'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
# The enum's own items (its inherent impls): exactly the documented API.
own = set(re.findall(r'id="(?:method|associatedconstant)\.([A-Za-z_0-9]+)" class="(?:method|associatedconstant)"', page))
documented = {"ALL", "COUNT", "MARKDOWN", "iter", "code", "name", "message", "from_code",
              "from_name", "classify", "category", "explanation", "help_url"}
if own != documented:
    sys.exit(f"docs-check: the enum's own items {sorted(own)} are not the documented {sorted(documented)}")
print(f"docs-check: {sys.argv[1]}: {len(page) // 1024} KiB, items {sorted(own)}")
PY

# As docs.rs builds `codetable` (`[package.metadata.docs.rs]`): on nightly (the one pinned in
# `.ci/nightly`), with every feature and `--cfg docsrs`, so that each item behind a feature
# says which (`doc_cfg`); the module of each feature must say it.
nightly=$(grep -v '^#' .ci/nightly)
rustup toolchain install "$nightly" --profile minimal
RUSTDOCFLAGS="--cfg docsrs -D warnings" cargo +"$nightly" doc -q -p codetable --all-features --no-deps
for feature in serde http axum tonic; do
    page=target/doc/codetable/$feature/index.html
    grep -q "Available on <strong>crate feature <code>$feature</code></strong> only" "$page" ||
        fail "$page does not say it needs the feature $feature"
done
echo "docs-check: docs.rs's build of codetable marks the modules of serde, http, axum and tonic"

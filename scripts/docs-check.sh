#!/usr/bin/env bash
# Checks the docs as docs.rs shows them: the package ships what the crate page needs, a table's
# page holds no raw `MARKDOWN` value and no `__` parameter names, and the items a user can name
# on a table are exactly the documented ones, and docs.rs's own build (nightly, `--cfg docsrs`)
# marks what each feature adds. Prints the pages' sizes.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "docs-check: $*" >&2; exit 1; }

# The crate page is the README: the package must ship it (`readme`), and the README links to
# nothing but its own headings.
cargo package --list -p codetable --allow-dirty | grep -qx README.md || fail "codetable's package has no README.md"
cargo package --list -p codetable-macro --allow-dirty | grep -qx README.md || fail "codetable-macro's package has no README.md"
if grep -nE '\]\((\.|[A-Za-z0-9_/-]+\.md|[a-z]+/)' README.md; then
    fail "the README links to a file, which docs.rs cannot show: link a heading (#...) or write the name"
fi

RUSTDOCFLAGS="-D warnings" cargo doc -q -p codetable-seeds --no-deps
page=target/doc/codetable_seeds/legacy_cos/enum.LegacyCosError.html
[ -f "$page" ] || fail "no page $page"
python3 - "$page" <<'PY'
import html, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
text = html.unescape(re.sub(r"<[^>]+>", "", page))
# The constant shows its name, not the document: the raw table would print each row again.
if "MARKDOWN: &'static str = \"" in text or "\n| -" in text:
    sys.exit("docs-check: the page prints MARKDOWN's value")
signatures = re.findall(r'<h4 class="code-header">(.*?)</h4>', page, re.S)
for signature in signatures:
    shown = html.unescape(re.sub(r"<[^>]+>", "", signature))
    if re.search(r"\b__\w", shown):
        sys.exit(f"docs-check: a `__` name on the page: {shown}")
# The enum's own items (its inherent impls): exactly the documented API.
own = set(re.findall(r'id="(?:method|associatedconstant)\.([A-Za-z_0-9]+)" class="(?:method|associatedconstant)"', page))
documented = {"ALL", "COUNT", "MARKDOWN", "iter", "code", "name", "message", "from_code",
              "from_name", "classify", "category"}
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

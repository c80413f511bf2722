#!/usr/bin/env bash
# Checks what crates.io and docs.rs would get of each published crate, so that a crate that
# would fail to publish, or would publish without what its page needs, fails CI first:
#
# 1. the published crates are exactly the five below (every other member says
#    `publish = false`), and each has the metadata crates.io and docs.rs show (description,
#    license, readme, keywords, categories, rust-version, docs.rs settings, no placeholder
#    repository) and ships its README and both licence texts;
# 2. `cargo publish --workspace --dry-run`: packages each published crate in dependency order
#    and builds each from its `.crate`, its workspace dependencies taken from the other
#    `.crate`s (cargo's own local registry, as they are not on crates.io yet);
# 3. the tests each package ships build and pass from the `.crate`s alone: the unpacked
#    packages as a workspace of their own, their dependencies on each other patched to them.
#
#   scripts/package-check.sh
#
# On CI (`CI=true`, a clean clone) it packages what is committed; by hand it takes the work
# tree as it is (`--allow-dirty`).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }
fail() { echo "package-check: $*" >&2; exit 1; }

# In dependency order, as `cargo publish` takes them.
published=(codetable-shared codetable-pipeline codetable-macro codetable codetable-cli)
dirty=()
[[ ${CI:-} == true ]] || dirty=(--allow-dirty)
target=${CARGO_TARGET_DIR:-$PWD/target}

step "metadata"
cargo metadata --no-deps --format-version 1 | python3 -c '
import json, sys
expected = set(sys.argv[1:])
packages = json.load(sys.stdin)["packages"]
# `publish = false` is an empty list of registries; no `publish` at all (null) publishes.
publishable = {p["name"] for p in packages if p["publish"] != []}
if publishable != expected:
    sys.exit(f"package-check: the publishable crates are {sorted(publishable)}, "
             f"not {sorted(expected)}: give the others `publish = false`")
problems = []
for p in packages:
    if p["name"] not in expected:
        continue
    name = p["name"]
    docs_rs = (p.get("metadata") or {}).get("docs", {}).get("rs", {})
    checks = {
        "a description": bool(p["description"]),
        "license MIT OR Apache-2.0": p["license"] == "MIT OR Apache-2.0",
        "a readme": bool(p["readme"]),
        "1 to 5 keywords": 1 <= len(p["keywords"]) <= 5,
        "categories": bool(p["categories"]),
        "a rust-version": bool(p["rust_version"]),
        "docs.rs all-features": docs_rs.get("all-features") is True,
        "docs.rs --cfg docsrs": docs_rs.get("rustdoc-args") == ["--cfg", "docsrs"],
        "no placeholder repository": "example.invalid" not in (p["repository"] or ""),
    }
    problems += [f"{name} lacks {what}" for what, ok in checks.items() if not ok]
    for dep in p["dependencies"]:
        if dep["kind"] != "dev" and dep.get("path") and dep["req"] == "*":
            problems.append(f"{name}: dependency {dep['name']} has a path but no version")
if problems:
    sys.exit("package-check: " + "\n  ".join(problems))
print("metadata of", ", ".join(sorted(expected)), "complete")
' "${published[@]}"
for crate in "${published[@]}"; do
    files=$(cargo package --list -q -p "$crate" "${dirty[@]}")
    for file in README.md LICENSE-MIT LICENSE-APACHE; do
        grep -qx "$file" <<<"$files" || fail "$crate's package has no $file"
    done
done

step "cargo publish --dry-run, every published crate"
start=$SECONDS
# Cargo unpacks the `.crate`s it verifies against into the registry's source cache, once per
# name and version: a run after a change of these crates would build against the unpacked
# sources of an earlier run's (none of them is on crates.io, so only such copies are removed).
version=$(cargo metadata --no-deps --format-version 1 |
    python3 -c 'import json, sys; print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "codetable"))')
for crate in "${published[@]}"; do
    rm -rf "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/"$crate-$version"
done
# And cargo takes a registry's crate never to change: its build from an earlier run would be
# reused. The builds of these crates go (the workspace's own are built again with them).
names=$(IFS='|'; echo "${published[*]}")
find "$target/debug/.fingerprint" -maxdepth 1 -regextype posix-extended \
    -regex ".*/($names)-[0-9a-f]{16}" -exec rm -rf {} + 2>/dev/null || true
cargo publish --workspace --dry-run "${dirty[@]}" 2>&1 | grep -v '^warning: ignoring \(test\|example\)'
echo "publish dry-run: $((SECONDS - start)) s"

step "the packaged tests, from the .crate files"
start=$SECONDS
cargo package --no-verify -q "${dirty[@]}" "${published[@]/#/-p}"
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
{
    echo '[workspace]'
    echo 'resolver = "2"'
    echo 'members = ['
    for crate in "${published[@]}"; do
        tar -xzf "$target/package/$crate-$version.crate" -C "$unpacked"
        echo "    \"$crate-$version\","
    done
    echo ']'
    echo '[patch.crates-io]'
    for crate in "${published[@]}"; do
        echo "$crate = { path = \"$crate-$version\" }"
    done
} >"$unpacked/Cargo.toml"
# The workspace's lock (less what these crates do not use, which cargo drops), so that the
# dependencies are the versions CI built and tested, and their builds are reused from the same
# target directory.
cp Cargo.lock "$unpacked/"
status=0
(cd "$unpacked" && CARGO_TARGET_DIR="$target" cargo test --workspace -q) >"$unpacked/test.log" 2>&1 ||
    status=$?
grep -E '^test result|FAILED|panicked|^error' "$unpacked/test.log" || true
if ((status)); then
    cat "$unpacked/test.log" >&2
    fail "a package's tests fail when built from its .crate (the output is above)"
fi
echo "packaged tests: $((SECONDS - start)) s"

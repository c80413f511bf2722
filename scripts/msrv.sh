#!/usr/bin/env bash
# Builds and tests the published crates with the oldest Rust they claim: the workspace's
# `rust-version` (Cargo.toml), installed as that exact toolchain.
#
#   scripts/msrv.sh
#
# What the MSRV covers: `codetable` with no features, and with every feature but `tonic`
# (`serde`, `http`, `axum`); `codetable-macro`, `-pipeline`, `-shared` and `-cli`; their tests
# and doc tests, dev-dependencies included (trybuild is held at 1.0.119, its last release for
# Rust 1.85, in Cargo.toml). `tonic` needs Rust 1.88, tonic's own rust-version, which cargo
# enforces when the feature is on. Two tests are left out, as they test no Rust but a tool's
# output: `ui` (trybuild's snapshots are the messages of the current stable compiler) and
# `imports_are_rustfmt_clean` (the style of the current stable rustfmt, which the minimal
# toolchain does not ship).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

msrv=$(sed -n 's/^rust-version = "\(.*\)"$/\1/p' Cargo.toml)
[[ -n $msrv ]] || { echo "msrv: no rust-version in Cargo.toml" >&2; exit 1; }
# rustup names a release by all three numbers; `rust-version` may give two.
toolchain=$msrv
[[ $toolchain =~ ^[0-9]+\.[0-9]+$ ]] && toolchain=$toolchain.0
crates=(-p codetable-shared -p codetable-pipeline -p codetable-macro -p codetable -p codetable-cli)

step "toolchain $toolchain"
rustup toolchain install "$toolchain" --profile minimal
cargo +"$toolchain" --version

step "build"
cargo +"$toolchain" build -p codetable --no-default-features
cargo +"$toolchain" build "${crates[@]}" --features codetable/serde,codetable/http,codetable/axum

step "tests"
cargo +"$toolchain" test "${crates[@]}" --features codetable/serde,codetable/http,codetable/axum \
    -- --exact --skip ui --skip imports_are_rustfmt_clean

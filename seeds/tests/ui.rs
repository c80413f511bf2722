//! Compile-fail tests on the seed tables themselves, one per file in `tests/ui/`, with the
//! expected diagnostics in the matching `.stderr` (the macro's own are in `codetable/tests/ui/`).
//!
//! Regenerate the snapshots with `TRYBUILD=overwrite cargo test -p codetable-seeds --test ui`.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}

//! Compile-fail tests: every mistake `define_codes!` must reject, one per file in
//! `tests/ui/`, with the expected diagnostics in the matching `.stderr`.
//!
//! Regenerate the snapshots with `TRYBUILD=overwrite cargo test --test ui`.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}

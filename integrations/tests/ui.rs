//! Compile-fail tests of what a user sees when asking a table for what its columns do not give
//! it: an HTTP response of a table without an `http` column, a gRPC status of one without a
//! `grpc` column. Each file in `tests/ui/`, with its expected diagnostics beside it.
//!
//! Regenerate the snapshots with `TRYBUILD=overwrite cargo test --test ui`.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}

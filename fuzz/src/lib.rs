//! The fuzzer's half of `define_codes!`: [`check`] runs one fuzz input through the macro's
//! pipeline (the `codetable-pipeline` library); a panic fails it, and libFuzzer's `-timeout`
//! catches a hang. What macro input a fuzz input makes is `codetable-fuzz-input`'s
//! [`input_of`], which the pipeline's tests share to replay the kept crash inputs.
//! `src/bin/show_input.rs` prints the macro input a fuzz input makes, to turn a crash into a
//! regression test.

pub use codetable_fuzz_input::{input_of, seeds};
pub use codetable_pipeline::define_codes;

/// Runs one fuzz input through the pipeline: a panic there fails the input (libFuzzer reports
/// a crash), and so does a hang (libFuzzer's `-timeout`).
pub fn check(data: &[u8]) {
    if let Some(input) = input_of(data) {
        drop(define_codes(input));
    }
}

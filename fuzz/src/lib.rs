//! The fuzzer's half of `define_codes!`: the inputs the fuzz target feeds the macro's pipeline
//! (the `codetable-pipeline` library). One fuzz input is either
//! - **text** (first byte even): the rest, if it is UTF-8 that lexes, is the macro's input; or
//! - **a mutated seed** (first byte odd): the rest picks one of the seed tables (the five real
//!   ones of `seeds/src/`, and a few written here for what those lack) and drives mutations of
//!   its tokens: rows swapped, duplicated and dropped, numbers set to extremes, literals broken,
//!   junk tokens inserted, rows wrapped in sections, columns declared and set, reprs and ranges
//!   changed, tokens wrapped in the invisible groups `macro_rules!` makes, and last, maybe,
//!   edits of the text that lexes again.
//!
//! [`check`] runs one input through the pipeline; a panic fails it, and libFuzzer's `-timeout`
//! catches a hang. `src/bin/show_input.rs` prints the macro input a fuzz input makes, to turn a
//! crash into a regression test.

pub use codetable_pipeline::define_codes;

mod mutate;
pub mod seeds;

use proc_macro2::TokenStream;
use std::str::FromStr;

/// The macro input of a fuzz input, or `None` when it is text that does not lex (rustc would
/// never hand such tokens to a macro).
pub fn input_of(data: &[u8]) -> Option<TokenStream> {
    let (&mode, rest) = data.split_first()?;
    if mode % 2 == 0 {
        let text = std::str::from_utf8(rest).ok()?;
        return TokenStream::from_str(text).ok();
    }
    mutate::mutated_seed(rest)
}

/// Runs one fuzz input through the pipeline: a panic there fails the input (libFuzzer reports
/// a crash), and so does a hang (libFuzzer's `-timeout`).
pub fn check(data: &[u8]) {
    if let Some(input) = input_of(data) {
        drop(define_codes(input));
    }
}

//! The macro input a fuzz input of `define_codes!` makes (see FUZZING.md). One fuzz input is
//! either
//! - **text** (first byte even): the rest, if it is UTF-8 that lexes, is the macro's input; or
//! - **a mutated seed** (first byte odd): the rest picks one of the seed tables (the five real
//!   ones of `seeds/src/`, and a few written here for what those lack) and drives mutations of
//!   its tokens: rows swapped, duplicated and dropped, numbers set to extremes, literals broken,
//!   junk tokens inserted, rows wrapped in sections, columns declared and set, reprs and ranges
//!   changed, tokens wrapped in the invisible groups `macro_rules!` makes, and last, maybe,
//!   edits of the text that lexes again.
//!
//! The fuzz target (`codetable-fuzz`, on nightly) runs [`input_of`]'s tokens through the
//! pipeline; the pipeline's tests replay every kept crash input of `fuzz/regressions/` through
//! the same function, on any compiler.

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

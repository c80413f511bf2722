//! Source text the expansion writes, made tokens by the compiler's own lexer when the pipeline
//! runs inside a proc macro.
//!
//! `proc_macro2`'s `from_str` first lexes the text itself, to check it, and then hands it to
//! the compiler, which lexes it again. In a proc macro cargo builds unoptimised (its default)
//! that first pass runs at opt-level 0: over the table's large literals alone it was 4 % of
//! rustc's instructions in `cargo check` of a 30 000-row table, and the rows' docs, lexed
//! here since, are larger (BENCHMARKS.md, "cargo check at cargo's defaults"). What is lexed
//! here is text the expansion wrote (escaped strings, byte strings, attributes of them), never
//! the user's tokens, and the compiler's lexer answers an error (`Err`), not a panic, for text
//! that does not lex.
//! Outside a proc macro (the command, the tests, the fuzzer), `proc_macro2`'s lexer is the
//! only one there is.

extern crate proc_macro;

use proc_macro2::{Literal, TokenStream, TokenTree};

/// `text` as tokens, `None` if it does not lex.
pub(crate) fn stream(text: &str) -> Option<TokenStream> {
    if proc_macro::is_available() {
        text.parse::<proc_macro::TokenStream>()
            .ok()
            .map(TokenStream::from)
    } else {
        text.parse().ok()
    }
}

/// `text` as one literal, `None` if it is not one.
pub(crate) fn literal(text: &str) -> Option<Literal> {
    if !proc_macro::is_available() {
        return text.parse().ok();
    }
    let literal = text.parse::<proc_macro::Literal>().ok()?;
    let stream = TokenStream::from(proc_macro::TokenStream::from(
        proc_macro::TokenTree::Literal(literal),
    ));
    match stream.into_iter().next() {
        Some(TokenTree::Literal(literal)) => Some(literal),
        _ => None,
    }
}

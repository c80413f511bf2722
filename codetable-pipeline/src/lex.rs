//! Source text the expansion writes, made tokens by the compiler's own lexer when the pipeline
//! runs inside a proc macro.
//!
//! `proc_macro2`'s `from_str` first lexes the text itself, to check it, and then hands it to
//! the compiler, which lexes it again. In a proc macro cargo builds unoptimised (its default)
//! that first pass runs at opt-level 0: over the table's large literals alone it was 4 % of
//! rustc's instructions in `cargo check` of a 30 000-row table, and the rows' docs, lexed
//! here since, are larger (BENCHMARKS.md, "cargo check at cargo's defaults").
//!
//! That check is there because rustc, given text that does not lex, may report the error
//! itself and fail the compilation rather than answer `Err` (and has panicked: rust-lang/rust
//! issue 58736, caught here as `proc_macro2` catches it). So only text the expansion wrote
//! comes here: strings and byte strings it escaped itself (`literals::push_str_escaped`, whose
//! output the tests lex back, every char among it) and attributes made of them, never the user's tokens.
//! Outside a proc macro (the command, the tests, the fuzzer), `proc_macro2`'s lexer is the
//! only one there is.

extern crate proc_macro;

use proc_macro2::{Literal, TokenStream, TokenTree};

/// `text` as tokens, `None` if it does not lex.
pub(crate) fn stream(text: &str) -> Option<TokenStream> {
    if proc_macro::is_available() {
        std::panic::catch_unwind(|| text.parse::<proc_macro::TokenStream>())
            .ok()?
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
    let literal = std::panic::catch_unwind(|| text.parse::<proc_macro::Literal>())
        .ok()?
        .ok()?;
    let stream = TokenStream::from(proc_macro::TokenStream::from(
        proc_macro::TokenTree::Literal(literal),
    ));
    match stream.into_iter().next() {
        Some(TokenTree::Literal(literal)) => Some(literal),
        _ => None,
    }
}

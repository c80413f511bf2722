//! The whole macro on `proc_macro2` tokens: parse, validate, expand, errors last. Callable
//! outside the compiler, so that tests, benchmarks and the fuzzer (which include this crate's
//! modules by path: a proc-macro crate exports nothing else) drive exactly what rustc runs.

use crate::{errors, expand, parse, valid};
use proc_macro2::TokenStream;

/// Expands a `define_codes!` invocation's tokens. Never panics: what is wrong comes out as
/// `compile_error!`s beside the expansion of what could be expanded.
pub fn define_codes(input: TokenStream) -> TokenStream {
    let mut errors = errors::Errors::default();
    let input = parse::input(input, &mut errors);
    let tables = valid::tables(input, &mut errors);
    let mut output = expand::tables(&tables);
    output.extend(errors.into_compile_errors());
    output
}

#[cfg(test)]
mod determinism;
#[cfg(test)]
mod properties;
#[cfg(test)]
mod regressions;

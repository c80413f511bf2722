//! The pipeline behind `codetable::define_codes!`, as an ordinary library: the proc macro
//! (`codetable-macro`) wraps it, and `codes import`, the fuzzer and the tests call it on
//! `proc_macro2` tokens outside the compiler. Depend on `codes` to define tables; depend on
//! this to read, check or expand them as the macro does.
//!
//! The stages, each a module:
//! - [`parse`]: tokens to the syntax tree of [`ast`], syntax only;
//! - [`valid`]: every rule of a table (numbers, ranges, duplicates, names, columns), giving
//!   the checked [`model`];
//! - [`index`]: how the lookups are laid out (the code and name indexes);
//! - [`expand`]: the model to Rust tokens;
//! - [`guard`]: the derive that checks the enum rustc compiles against the table;
//! - [`markdown`]: the `MARKDOWN` document of a table, and how its cells read back;
//! - [`help`]: a row's explanation and help link, for the expansion, `MARKDOWN` and `codes`.
//! - [`template`]: the message of a row with arguments, read as the format string it is.
//!
//! Every stage pushes what is wrong to [`Errors`](errors::Errors) and goes on, so that one
//! compile reports every mistake; none panics on any input. A table with errors is still
//! expanded, with inert bodies, so that code using it adds no errors of its own.
#![deny(missing_docs)]

pub mod ast;
pub mod attr;
pub mod errors;
pub mod expand;
pub mod guard;
pub mod help;
pub mod index;
mod lex;
pub mod markdown;
pub mod model;
pub mod parse;
pub mod paths;
pub mod template;
pub mod valid;

use proc_macro2::TokenStream;

/// Expands a `define_codes!` invocation's tokens: what the macro returns to the compiler.
/// Never panics: what is wrong comes out as `compile_error!`s beside the expansion of what
/// could be expanded.
pub fn define_codes(input: TokenStream) -> TokenStream {
    let (tables, errors) = check(input);
    let mut output = expand::tables(&tables);
    output.extend(errors.into_compile_errors());
    output
}

/// Parses and validates a `define_codes!` invocation's tokens: the checked tables, and every
/// error found, as the macro reports them. A table with errors is in the list too, marked
/// invalid ([`model::Table::valid`]).
pub fn check(input: TokenStream) -> (Vec<model::Table>, errors::Errors) {
    let mut errors = errors::Errors::default();
    let input = parse::input(input, &mut errors);
    let tables = valid::tables(input, &mut errors);
    (tables, errors)
}

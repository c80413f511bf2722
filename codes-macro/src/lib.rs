//! The proc macro behind [`codes::define_codes!`](https://docs.rs/codes); depend on `codes`,
//! which re-exports it with the runtime types the generated code uses.
//!
//! The pipeline: `parse` (syntax only) → `valid` (every rule) → `expand` (`quote!`),
//! with `index` choosing how lookups are laid out. Errors are collected, never panicked, and
//! a table with errors is still expanded (with stub bodies) so the user sees only our errors.

mod ast;
mod errors;
mod expand;
mod index;
mod model;
mod parse;
mod valid;

use proc_macro::TokenStream;

/// Turns error-code tables into enums; documented in the `codes` crate.
#[proc_macro]
pub fn define_codes(input: TokenStream) -> TokenStream {
    define_codes_tokens(input.into()).into()
}

/// The whole macro on `proc_macro2` tokens, callable outside the compiler.
fn define_codes_tokens(input: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    let mut errors = errors::Errors::default();
    let input = parse::input(input, &mut errors);
    let tables = valid::tables(input, &mut errors);
    let mut output = expand::tables(&tables);
    output.extend(errors.into_compile_errors());
    output
}

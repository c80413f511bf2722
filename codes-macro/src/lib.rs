//! The proc macro behind [`codes::define_codes!`](https://docs.rs/codes); depend on `codes`,
//! which re-exports it with the runtime types the generated code uses.
//!
//! The pipeline (`pipeline`, callable outside the compiler): `parse` (syntax only) → `valid`
//! (every rule) → `expand` (`quote!`), with `index` choosing how lookups are laid out. Errors
//! are collected, never panicked, and a table with errors is still expanded (with inert stub
//! bodies) so the user sees only our errors.

mod ast;
mod errors;
mod expand;
mod index;
mod model;
mod parse;
mod pipeline;
mod valid;

use proc_macro::TokenStream;

/// Turns error-code tables into enums; documented in the `codes` crate.
#[proc_macro]
pub fn define_codes(input: TokenStream) -> TokenStream {
    pipeline::define_codes(input.into()).into()
}

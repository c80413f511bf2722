//! The proc macro behind [`codes::define_codes!`](https://docs.rs/codes); depend on `codes`,
//! which re-exports it with the runtime types the generated code uses.
//!
//! A thin wrapper: the pipeline (parse, validate, lay out, expand) is the `codes-pipeline`
//! library, which tools and tests call outside the compiler.

use proc_macro::TokenStream;

/// Turns error-code tables into enums; documented in the `codes` crate.
#[proc_macro]
pub fn define_codes(input: TokenStream) -> TokenStream {
    codes_pipeline::define_codes(input.into()).into()
}

/// Checks that the enum rustc compiles is the one its table wrote (its `#[repr]`, variants
/// and discriminants), after every attribute macro on the table; `define_codes!` puts it on
/// each enum it writes. Not for use by hand.
#[doc(hidden)]
#[proc_macro_derive(CheckEnum, attributes(codes_table))]
pub fn check_enum(input: TokenStream) -> TokenStream {
    codes_pipeline::guard::check_enum(input.into()).into()
}

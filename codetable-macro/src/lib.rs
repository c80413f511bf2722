//! The proc macros behind [`codetable::define_codes!`](https://docs.rs/codetable); depend on
//! `codetable`, whose `define_codes!` calls them with the runtime's path.
//!
//! A thin wrapper: the pipeline (parse, validate, lay out, expand) is the `codetable-pipeline`
//! library, which tools and tests call outside the compiler.

use proc_macro::TokenStream;

/// The expansion of `codetable::define_codes!`, which calls it as
/// `define_codes! { [PATH] TABLES }`, `PATH` being its `$crate`. Not for use by hand: the
/// syntax, the checks and the generated API are documented on `codetable::define_codes!`.
#[doc(hidden)]
#[proc_macro]
pub fn define_codes(input: TokenStream) -> TokenStream {
    codetable_pipeline::define_codes(input.into()).into()
}

/// Checks that the enum rustc compiles is the one its table wrote (its `#[repr]`, variants
/// and discriminants), after every attribute on the table, and implements the trait the
/// table's lookups require with what it found; `define_codes!` puts it on each enum it writes.
/// Not for use by hand.
#[doc(hidden)]
#[proc_macro_derive(CheckEnum, attributes(codetable_check))]
pub fn check_enum(input: TokenStream) -> TokenStream {
    codetable_pipeline::guard::check_enum(input.into()).into()
}

/// Lists the variants a helper attribute names as the enum's `ALL`, in a derive's expansion,
/// where naming a `#[deprecated]` variant is no use of it; `define_codes!` puts it on the
/// section enum of a table. Not for use by hand.
#[doc(hidden)]
#[proc_macro_derive(ListVariants, attributes(codetable_variants))]
pub fn list_variants(input: TokenStream) -> TokenStream {
    codetable_pipeline::guard::list_variants(input.into()).into()
}

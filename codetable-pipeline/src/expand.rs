//! Checked tables to Rust tokens, with `quote!` only (as `quote_mixed!`, below).
//!
//! Each table becomes a `#[repr(T)]` enum whose discriminants are the codes, and a
//! `const _: () = { .. };` block holding its data and impls, so that nothing but the enums
//! enters the user's namespace. No output contains a match over the variants (rustc is
//! quadratic on those), and no constant that holds every variant (rustc validates one in time
//! quadratic in the variants): per-row data is read from `static` tables by slot, the slot of
//! a variant comes from its code through the layout [`index`](crate::index) chose, and a
//! variant is made from a code found in that index by a `transmute`.
//!
//! The output's `unsafe` blocks rely on what the macro built, each justified where it is
//! written here: blob offsets at char boundaries (`str_at`), codes that are discriminants
//! (`variant_of_code`, an `unsafe fn`, sound because the data block compiles only for the enum
//! of its table: see [`guard`](crate::guard)), and byte strings as long as the typed arrays they are
//! `transmute`d to, holding valid values (`literals::NumberArray`; constant evaluation rejects
//! an invalid `bool` or `char`). None of them is inside an item that carries the user's
//! attributes, which an attribute macro could rewrite; what such a macro can reach beside its
//! item (`variant_at_slot`, `lookup`, the statics) makes no variant from an unchecked code.
//! Each unsafe function is called through the runtime's path (see [`paths`](crate::paths)), never `::core`.
//!
//! The expansion writes no `#[allow]`, which a crate's `#![forbid]` would refuse: the names it
//! makes of the user's (variants, alias constants) carry mixed-site hygiene, so that lints on
//! them are lints on a macro's output; and it names a `#[deprecated]` variant only in a derive's
//! expansion (see [`guard`](crate::guard)) or by slot.
//!
//! An invalid table is expanded with the same API and stub bodies, so that the user's code
//! that uses it adds no errors to those `define_codes!` reported.

mod api;
mod arguments;
mod bodies;
mod categories;
mod columns;
pub(crate) mod docs;
mod enums;
mod explained;
mod languages;
pub mod literals;
mod lookups;
mod text;
mod variant_names;

use crate::model::{Repr, Table};
use bodies::Bodies;
use proc_macro2::{Delimiter, Group, Literal, Span, TokenStream};

/// `quote!` with mixed-site hygiene for the tokens written here: the generated locals and
/// parameters (`code`, `name`, `f`, ...) can then be neither captured nor shadowed by the
/// user's items of the same name, while items and paths resolve as if written by the user.
/// Interpolated tokens keep their own spans.
macro_rules! quote_mixed {
    ($($tokens:tt)*) => {
        ::quote::quote_spanned!(::proc_macro2::Span::mixed_site()=> $($tokens)*)
    };
}
// Imported by path where used, `use super::quote_mixed`, not by textual order.
use quote_mixed;

/// The enums and impls of checked tables: real ones for a valid table, inert stubs with the
/// same API for an invalid one.
pub fn tables(tables: &[Table]) -> TokenStream {
    tables.iter().map(table).collect()
}

fn table(table: &Table) -> TokenStream {
    let mut tokens = enums::definitions(table);
    let mut bodies = if table.valid {
        Bodies::real(table)
    } else {
        Bodies::stub(table)
    };
    // The data and the impls go into the block by value: a stream interpolated by `quote!`
    // is cloned, token by token, and the data holds the table's largest literals.
    let mut block = std::mem::take(&mut bodies.data);
    block.extend(api::api(table, &bodies));
    let block = Group::new(Delimiter::Brace, block);
    tokens.extend(quote_mixed! {
        const _: () = #block;
    });
    tokens
}

/// How a table's API writes its codes: as its integer type, or as strings.
struct CodeTypes {
    /// What `code()` returns, and `Code::Repr` is: the integer type, or `&'static str`.
    code: TokenStream,
    /// What `from_code` and `classify` take: the integer type, or a `&str`.
    input: TokenStream,
    /// `const` on the lookups by code of an integer table (a string's hash is not one).
    constness: Option<TokenStream>,
}

fn code_types(table: &Table) -> CodeTypes {
    if table.text_codes {
        return CodeTypes {
            code: quote_mixed!(&'static ::core::primitive::str),
            input: quote_mixed!(&::core::primitive::str),
            constness: None,
        };
    }
    let repr = repr_type(table.repr);
    CodeTypes {
        code: repr.clone(),
        input: repr,
        constness: Some(quote_mixed!(const)),
    }
}

fn repr_type(repr: Repr) -> TokenStream {
    let ident = repr.ident();
    quote_mixed!(::core::primitive::#ident)
}

/// An unsuffixed integer literal: its type comes from where it stands.
fn code_literal(value: i128, span: Span) -> CodeLiteral {
    CodeLiteral { value, span }
}

/// A code as tokens: `40001`, or `-` and `61`, spanned like the code as written.
struct CodeLiteral {
    value: i128,
    span: Span,
}

impl quote::ToTokens for CodeLiteral {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let CodeLiteral { value, span } = *self;
        let mut literal = if value == i128::from(i64::MIN) {
            // `-9223372036854775808` as one literal avoids an overflowing positive literal.
            Literal::i64_unsuffixed(i64::MIN)
        } else {
            Literal::i128_unsuffixed(value.unsigned_abs() as i128)
        };
        literal.set_span(span);
        if value < 0 && value != i128::from(i64::MIN) {
            let mut minus = proc_macro2::Punct::new('-', proc_macro2::Spacing::Alone);
            minus.set_span(span);
            tokens.extend([proc_macro2::TokenTree::from(minus), literal.into()]);
        } else {
            tokens.extend([proc_macro2::TokenTree::from(literal)]);
        }
    }
}

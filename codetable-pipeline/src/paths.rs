//! The paths generated code names the runtime by: the `$crate` that `codetable::define_codes!`
//! passes ([`Runtime`]), and the runtime's support module under it. Every `unsafe` operation
//! of the expansion is a call through these paths, never through `::core`, which an
//! `extern crate … as core` at the crate root re-points: a forged runtime path then reaches
//! only functions that cannot break the enum (see [`guard`](crate::guard)). Used by the
//! expansion and by the guard's derives alike.

use crate::model::Runtime;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote_spanned;

/// The name of the runtime's support module, with the version of this crate, which is that
/// of `codetable` too: a macro and a runtime of different versions then fail to compile
/// together instead of misreading each other's tables.
pub const PRIVATE_MODULE: &str = concat!(
    "__private_",
    env!("CARGO_PKG_VERSION_MAJOR"),
    "_",
    env!("CARGO_PKG_VERSION_MINOR"),
    "_",
    env!("CARGO_PKG_VERSION_PATCH"),
);

/// The runtime crate: `$crate` as passed, or `::codetable`.
pub fn runtime(runtime: &Runtime) -> TokenStream {
    runtime.0.clone()
}

/// `$crate::__private_X_Y_Z`, the runtime's support the generated code calls.
pub fn private(runtime: &Runtime) -> TokenStream {
    let module = Ident::new(PRIVATE_MODULE, Span::mixed_site());
    let runtime = &runtime.0;
    quote_spanned!(Span::mixed_site()=> #runtime::#module)
}

/// [`private`], every token of it located at `span`: a macro of it called in these tokens
/// reports its errors at `span`. Each keeps its hygiene: `$crate` is resolved by the context
/// it came with.
pub fn private_at(runtime: &Runtime, span: Span) -> TokenStream {
    private(runtime)
        .into_iter()
        .map(|mut token| {
            token.set_span(token.span().located_at(span));
            token
        })
        .collect()
}

//! Collects every error of an invocation, so that one compile reports them all
//! (serde_derive's `Ctxt`, without the panic on drop).

use proc_macro2::TokenStream;

/// Every error found so far, combined into one `syn::Error` that reports each at its span.
#[derive(Default)]
pub struct Errors {
    combined: Option<syn::Error>,
    count: usize,
}

impl Errors {
    /// Adds an error.
    pub fn push(&mut self, error: syn::Error) {
        self.count += 1;
        match &mut self.combined {
            Some(combined) => combined.combine(error),
            None => self.combined = Some(error),
        }
    }

    /// How many errors were pushed so far: compare before and after a step to learn whether
    /// it failed.
    pub fn count(&self) -> usize {
        self.count
    }

    /// Each error pushed, in order, one message and span each: what the compiler would report,
    /// for tools that report it themselves.
    pub fn iter(&self) -> impl Iterator<Item = syn::Error> + '_ {
        self.combined.iter().flatten()
    }

    /// One `compile_error!` per error, each at its span; nothing when there was none.
    pub fn into_compile_errors(self) -> TokenStream {
        self.combined
            .map(syn::Error::into_compile_error)
            .unwrap_or_default()
    }
}

//! What a table says of a code beyond its message: `explanation()`, the row's doc comment, and
//! `help_url()`, its help link (see [`crate::help`]), each a string blob read by slot, as the
//! messages are; and the items of the `Code` trait that generic code (the `axum` and `tonic`
//! features' answers) reads them and the languages through.

use super::literals::{self, u32_bytes};
use super::{languages, quote_mixed, repr_type};
use crate::help::doc_text;
use crate::index;
use crate::model::Table;
use crate::paths;
use proc_macro2::{Ident, Span, TokenStream};
use quote::format_ident;
use syn::ext::IdentExt;

/// The blobs of the explanations and the links, for a valid table whose rows have any.
pub(super) fn data(table: &Table) -> TokenStream {
    let mut tokens = TokenStream::new();
    let explanations: Vec<String> = table
        .rows
        .iter()
        .map(|row| doc_text(&row.attrs).unwrap_or_default())
        .collect();
    if explanations.iter().any(|text| !text.is_empty()) {
        tokens.extend(blob(
            &statics("EXPLANATIONS"),
            explanations.iter().map(String::as_str),
        ));
    }
    if table.rows.iter().any(|row| row.help_url.is_some()) {
        let links = table
            .rows
            .iter()
            .map(|row| row.help_url.as_deref().unwrap_or(""));
        tokens.extend(blob(&statics("HELP_URLS"), links));
    }
    tokens
}

/// `explanation()` and `help_url()`; inert bodies for an invalid table (see `Bodies::stub`).
pub(super) fn api(table: &Table, stub: bool) -> TokenStream {
    let ident = &table.ident;
    let private = paths::private(&table.runtime);
    let repr = repr_type(table.repr);
    let has_explanations = !stub && table.rows.iter().any(|row| doc_text(&row.attrs).is_some());
    let has_links = !stub && table.rows.iter().any(|row| row.help_url.is_some());
    // SAFETY (both): `slot` gives every variant a slot below the row count, and each blob's
    // starts hold an offset per row and one more, each at a char boundary of the blob
    // (`codetable_shared::blob`): what `str_at` requires.
    let read = |names: &Statics| {
        let Statics { blob, starts } = names;
        quote_mixed!(unsafe { #private::str_at(#blob, &#starts, slot(self as #repr)) })
    };
    let explanation = if has_explanations {
        read(&statics("EXPLANATIONS"))
    } else {
        quote_mixed!({
            let _ = self;
            ""
        })
    };
    let every_row_linked = table.rows.iter().all(|row| row.help_url.is_some());
    let help_url = if !has_links {
        quote_mixed!({
            let _ = self;
            ::core::option::Option::None
        })
    } else if every_row_linked {
        let read = read(&statics("HELP_URLS"));
        quote_mixed!(::core::option::Option::Some(#read))
    } else {
        // A link is never empty: an empty string is a row without one.
        let read = read(&statics("HELP_URLS"));
        quote_mixed!({
            let __link = #read;
            if __link.is_empty() {
                ::core::option::Option::None
            } else {
                ::core::option::Option::Some(__link)
            }
        })
    };
    let help_doc = match &table.help_url {
        Some(template) => format!(
            "The link to the code's documentation: the row's own, else the table's template \
             `{}` filled in.",
            template.replace('`', "'")
        ),
        None => "The link to the code's documentation, where the row gives one.".to_owned(),
    };
    quote_mixed! {
        impl #ident {
            /// What the code means and what to do about it: the row's doc comment, its lines
            /// joined with `\n`; empty for a row without one.
            #[inline]
            pub const fn explanation(self) -> &'static ::core::primitive::str {
                #explanation
            }

            #[doc = #help_doc]
            #[inline]
            pub const fn help_url(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                #help_url
            }
        }
    }
}

/// The items of the `Code` impl that tell what the table says beyond the message: the
/// explanation, the help link and the messages in each language.
pub(super) fn code_items(table: &Table, stub: bool) -> TokenStream {
    let ident = &table.ident;
    let tags = table
        .languages
        .iter()
        .map(|language| language.ident.unraw().to_string());
    let own_message = languages::own_message(table, stub);
    quote_mixed! {
        const LANGUAGES: &'static [&'static ::core::primitive::str] = &[#(#tags),*];

        #[inline]
        fn explanation(self) -> &'static ::core::primitive::str {
            #ident::explanation(self)
        }
        #[inline]
        fn help_url(self) -> ::core::option::Option<&'static ::core::primitive::str> {
            #ident::help_url(self)
        }
        #[inline]
        fn own_message_in(self, language: ::core::primitive::usize) -> ::core::option::Option<&'static ::core::primitive::str> {
            #own_message
        }
    }
}

/// The names of a blob's statics.
struct Statics {
    blob: Ident,
    starts: Ident,
}

fn statics(name: &str) -> Statics {
    let span = Span::mixed_site();
    Statics {
        blob: format_ident!("{}", name, span = span),
        starts: format_ident!("{}_STARTS", name, span = span),
    }
}

/// A blob of one string per row, and its starts.
fn blob<'a>(names: &Statics, strings: impl Iterator<Item = &'a str>) -> TokenStream {
    let Statics { blob, starts } = names;
    let (text, offsets) = index::blob(strings);
    let text = literals::string(&text);
    let offsets = u32_bytes(offsets);
    quote_mixed! {
        static #blob: &::core::primitive::str = #text;
        static #starts: #offsets;
    }
}

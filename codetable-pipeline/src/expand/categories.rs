//! A table's sections: the data and bodies of `category()` and of the section enum's API.

use super::bodies::{Bodies, CategoryBodies};
use super::enums::category_ident;
use super::literals::{self, u32_bytes};
use super::{code_literal, quote_mixed, repr_type};
use crate::index::{self, EMPTY};
use crate::model::{Section, Table};
use crate::paths;
use proc_macro2::{Span, TokenStream};

/// The category data of a table with sections, and the bodies of `category` and the category
/// enum's methods (in the order of [`Bodies`]).
pub(super) fn categories(table: &Table) -> (TokenStream, CategoryBodies) {
    let private = paths::private(&table.runtime);
    if table.sections.is_empty() {
        // Not expanded: `category_api` is only called for tables with sections.
        return (TokenStream::new(), CategoryBodies::stub(table));
    }
    let repr = repr_type(table.repr);
    let sections = &table.sections;
    let count = sections.len();
    let (names, name_starts) = index::blob(sections.iter().map(|section| section.name.as_str()));
    let name_starts = u32_bytes(name_starts);
    let (messages, message_starts) =
        index::blob(sections.iter().map(|section| section.message.as_str()));
    let message_starts = u32_bytes(message_starts);
    let variant_strings: Vec<String> = sections
        .iter()
        .map(|section| section.variant.to_string())
        .collect();
    let (variant_names, variant_starts) = index::blob(variant_strings.iter().map(String::as_str));
    let variant_starts = u32_bytes(variant_starts);
    // A range of numbers, or the prefix of a table of string codes.
    let (codes_data, codes_body) = if table.text_codes {
        let (prefixes, prefix_starts) = index::blob(
            sections
                .iter()
                .map(|section| section.prefix.as_deref().unwrap_or_default()),
        );
        let (prefixes, prefix_starts) = (literals::string(&prefixes), u32_bytes(prefix_starts));
        (
            quote_mixed! {
                static CATEGORY_PREFIXES: &::core::primitive::str = #prefixes;
                static CATEGORY_PREFIX_STARTS: #prefix_starts;
            },
            // SAFETY: as the names' below.
            quote_mixed!(unsafe {
                #private::str_at(CATEGORY_PREFIXES, &CATEGORY_PREFIX_STARTS, self as ::core::primitive::usize)
            }),
        )
    } else {
        let ranges = sections.iter().map(|Section { range, .. }| {
            let low = code_literal(range.0, Span::call_site());
            let high = code_literal(range.1, Span::call_site());
            quote_mixed!((#low, #high))
        });
        (
            quote_mixed! {
                static CATEGORY_RANGES: [(#repr, #repr); #count] = [#(#ranges),*];
            },
            quote_mixed! {
                let (__low, __high) = CATEGORY_RANGES[self as ::core::primitive::usize];
                ::core::ops::RangeInclusive::new(__low, __high)
            },
        )
    };
    let parents = sections
        .iter()
        .map(|section| section.parent.map_or(EMPTY, |parent| parent as u32));
    let of_row = u32_bytes(
        table
            .rows
            .iter()
            .map(|row| row.section.map_or(EMPTY, |section| section as u32)),
    );
    let names = literals::string(&names);
    let messages = literals::string(&messages);
    let variant_names = literals::string(&variant_names);
    let data = quote_mixed! {
        static CATEGORY_NAMES: &::core::primitive::str = #names;
        static CATEGORY_NAME_STARTS: #name_starts;
        static CATEGORY_MESSAGES: &::core::primitive::str = #messages;
        static CATEGORY_MESSAGE_STARTS: #message_starts;
        static CATEGORY_VARIANTS: &::core::primitive::str = #variant_names;
        static CATEGORY_VARIANT_STARTS: #variant_starts;
        #codes_data
        static CATEGORY_PARENTS: [::core::primitive::u32; #count] = [#(#parents),*];
        static CATEGORY_OF_ROW: #of_row;
    };
    let category = category_ident(table);
    let option = |index: TokenStream| {
        quote_mixed! {
            let __index = #index;
            if __index == #EMPTY {
                ::core::option::Option::None
            } else {
                ::core::option::Option::Some(#category::ALL[__index as ::core::primitive::usize])
            }
        }
    };
    // SAFETY: the category enum's discriminants are `0..count` (implicit, on variants that
    // no attribute can remove: `#[cfg]` and `#[cfg_attr]` applying it are refused on
    // sections, and the enum carries none of the table's attributes), and each `*_STARTS`
    // holds `count + 1` offsets at char boundaries of its blob: what `str_at` requires.
    let str_at = |blob: TokenStream, starts: TokenStream, index: TokenStream| quote_mixed!(unsafe { #private::str_at(#blob, #starts, #index as ::core::primitive::usize) });
    let bodies = CategoryBodies {
        of_code: option(quote_mixed!(#private::u32_at(&CATEGORY_OF_ROW, slot(self as #repr)))),
        name: str_at(
            quote_mixed!(CATEGORY_NAMES),
            quote_mixed!(&CATEGORY_NAME_STARTS),
            quote_mixed!(self),
        ),
        message: str_at(
            quote_mixed!(CATEGORY_MESSAGES),
            quote_mixed!(&CATEGORY_MESSAGE_STARTS),
            quote_mixed!(self),
        ),
        range: codes_body,
        parent: option(quote_mixed!(
            CATEGORY_PARENTS[self as ::core::primitive::usize]
        )),
        variant_name: str_at(
            quote_mixed!(CATEGORY_VARIANTS),
            quote_mixed!(&CATEGORY_VARIANT_STARTS),
            quote_mixed!(*self),
        ),
    };
    (data, bodies)
}

pub(super) fn category_api(table: &Table, bodies: &Bodies) -> TokenStream {
    let ident = &table.ident;
    let category = category_ident(table);
    let repr = repr_type(table.repr);
    let CategoryBodies {
        of_code,
        name,
        message,
        range,
        parent,
        variant_name,
    } = &bodies.category;
    let codes = if table.text_codes {
        quote_mixed! {
            /// What each code of the section starts with.
            #[inline]
            pub const fn prefix(self) -> &'static ::core::primitive::str {
                #range
            }
        }
    } else {
        quote_mixed! {
            /// The codes the section spans, both bounds included.
            #[inline]
            pub const fn range(self) -> ::core::ops::RangeInclusive<#repr> {
                #range
            }
        }
    };
    quote_mixed! {
        impl #ident {
            /// The innermost section that holds the code, if any.
            #[inline]
            pub const fn category(self) -> ::core::option::Option<#category> {
                #of_code
            }
        }

        impl #category {
            /// The section's name, as written in the table.
            #[inline]
            pub const fn name(self) -> &'static ::core::primitive::str {
                #name
            }

            /// The message of the section.
            #[inline]
            pub const fn message(self) -> &'static ::core::primitive::str {
                #message
            }

            #codes

            /// The section this one is nested in, if any.
            #[inline]
            pub const fn parent(self) -> ::core::option::Option<Self> {
                #parent
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Debug for #category {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(#variant_name)
            }
        }
    }
}

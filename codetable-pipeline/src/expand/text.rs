//! The lookups of a table of string codes: each row's code in a blob (the names' own, when
//! every code is its row's name), a hash index of them that `from_code(&str)` probes as
//! `from_name` probes the names', and `classify`'s prefixes, longest first.
//!
//! The enum's discriminants are the rows' slots, so a variant's slot is `self as usize`.

use super::literals::{self, u32_bytes};
use super::lookups::slot_array;
use super::quote_mixed;
use crate::index;
use crate::model::Table;
use crate::paths;
use proc_macro2::{Span, TokenStream};
use quote::format_ident;

/// What a table of string codes adds to its data, and the bodies of `code`, `from_code`,
/// `classify` and the support's `key_at`.
pub(super) struct TextLookups {
    pub(super) data: TokenStream,
    pub(super) code: TokenStream,
    pub(super) from_code: TokenStream,
    pub(super) classify: TokenStream,
    pub(super) key_at: TokenStream,
}

pub(super) fn lookups(table: &Table) -> TextLookups {
    let private = paths::private(&table.runtime);
    let runtime = paths::runtime(&table.runtime);
    let codes: Vec<&str> = table
        .rows
        .iter()
        .map(|row| row.text.as_deref().unwrap_or_default())
        .collect();
    // The names' blob holds the rows' names first, by slot: where each code is its row's name
    // (`"NoSuchKey" => _`), the codes are read from it, and written once.
    let codes_are_names = table
        .rows
        .iter()
        .all(|row| row.text.as_ref() == Some(&row.name));
    let mut data = TokenStream::new();
    let (blob, starts) = if codes_are_names {
        (quote_mixed!(NAMES), quote_mixed!(&NAME_STARTS))
    } else {
        let (blob, starts) = index::blob(codes.iter().copied());
        let blob = literals::string(&blob);
        let starts = u32_bytes(starts);
        data.extend(quote_mixed! {
            static CODE_TEXTS: &::core::primitive::str = #blob;
            static CODE_STARTS: #starts;
        });
        (quote_mixed!(CODE_TEXTS), quote_mixed!(&CODE_STARTS))
    };
    let code_index = index::name_index(&codes);
    data.extend(
        slot_array(
            index::narrow_slots(codes.len()),
            code_index
                .table
                .buckets
                .iter()
                .map(|bucket| bucket.as_ref().copied()),
        )
        .to_static(
            &format_ident!("CODE_BUCKETS", span = Span::mixed_site()),
            &table.runtime,
        ),
    );
    let (seed, shift) = (code_index.table.seed, code_index.table.shift);
    let (from_start, from_end) = (code_index.from_start, code_index.from_end);
    let (prefix_data, classify) = prefixes(table);
    data.extend(prefix_data);
    TextLookups {
        data,
        // SAFETY: a variant's discriminant is its slot, below the row count, and the starts
        // hold an offset per row and one more, each at a char boundary of the blob
        // (`codetable_shared::blob`): what `str_at` requires.
        code: quote_mixed!(unsafe { #private::str_at(#blob, #starts, self as ::core::primitive::usize) }),
        // SAFETY: every bucket of `CODE_BUCKETS` other than `EMPTY` holds the slot of a code of
        // the blob (`index::name_index` over the rows' codes), which the starts hold an offset
        // for and one after, each at a char boundary: what `find_name` requires.
        from_code: quote_mixed! {
            match unsafe {
                #private::find_name(
                    code,
                    #private::NameIndex {
                        buckets: &CODE_BUCKETS,
                        seed: #seed,
                        shift: #shift,
                        from_start: #from_start,
                        from_end: #from_end,
                    },
                    #blob,
                    #starts,
                )
            } {
                ::core::option::Option::Some(__slot) => ::core::option::Option::Some(variant_at_slot(__slot)),
                ::core::option::Option::None => ::core::option::Option::None,
            }
        },
        classify: quote_mixed! {
            if let ::core::option::Option::Some(__row) = Self::from_code(code) {
                return #runtime::Classified::Row(__row);
            }
            #classify
        },
        key_at: {
            let ident = &table.ident;
            quote_mixed!((0, #ident::code(variant_at_slot(index))))
        },
    }
}

/// The prefixes of the sections and reserved items, longest first (the innermost that holds a
/// code is the longest it starts with), and the part of `classify` that searches them.
fn prefixes(table: &Table) -> (TokenStream, TokenStream) {
    let runtime = paths::runtime(&table.runtime);
    // (prefix, holder): a section `i` as `2 * i`, a reserved item `i` as `2 * i + 1`.
    let mut prefixes: Vec<(&str, u32)> = table
        .sections
        .iter()
        .enumerate()
        .filter_map(|(index, section)| Some((section.prefix.as_deref()?, 2 * index as u32)))
        .chain(
            table
                .reserved
                .iter()
                .enumerate()
                .filter_map(|(index, reserved)| {
                    Some((reserved.prefix.as_deref()?, 2 * index as u32 + 1))
                }),
        )
        .collect();
    if prefixes.is_empty() {
        return (
            TokenStream::new(),
            quote_mixed!(#runtime::Classified::Unknown),
        );
    }
    prefixes.sort_by_key(|&(prefix, _)| std::cmp::Reverse(prefix.len()));
    let count = prefixes.len();
    let texts = prefixes.iter().map(|&(prefix, _)| prefix);
    let holders = prefixes.iter().map(|&(_, holder)| holder);
    let reserved = table.reserved.iter().map(|reserved| {
        let prefix = reserved.prefix.as_deref().unwrap_or_default();
        let message = match &reserved.message {
            Some(message) => quote_mixed!(::core::option::Option::Some(#message)),
            None => quote_mixed!(::core::option::Option::None),
        };
        quote_mixed!(#runtime::ReservedRange::new(#prefix, #prefix, #message))
    });
    let reserved_count = table.reserved.len();
    let data = quote_mixed! {
        static PREFIXES: [&::core::primitive::str; #count] = [#(#texts),*];
        static PREFIX_HOLDERS: [::core::primitive::u32; #count] = [#(#holders),*];
        static RESERVED: [#runtime::ReservedRange<&'static ::core::primitive::str>; #reserved_count] = [#(#reserved),*];
    };
    let section = if table.sections.is_empty() {
        quote_mixed!(#runtime::Classified::Unknown)
    } else {
        let category = super::enums::category_ident(table);
        quote_mixed!(#runtime::Classified::Section(#category::ALL[__holder as ::core::primitive::usize / 2]))
    };
    let body = quote_mixed! {
        let mut __index = 0;
        while __index < #count {
            if code.as_bytes().starts_with(PREFIXES[__index].as_bytes()) {
                let __holder = PREFIX_HOLDERS[__index];
                return if __holder % 2 == 1 {
                    #runtime::Classified::Reserved(RESERVED[__holder as ::core::primitive::usize / 2])
                } else {
                    #section
                };
            }
            __index += 1;
        }
        #runtime::Classified::Unknown
    };
    (data, body)
}

//! `Debug`'s names: each row's variant name, made again from its wire name where the naming
//! rule can, stored where it cannot.

use super::literals::{self, u32_bytes};
use super::quote_mixed;
use crate::index;
use crate::model::Table;
use proc_macro2::TokenStream;

/// The statics of the variant names: which rows' variants are their wire names' capitalised
/// words (a bit per row, when the table has both kinds), and the names the rule cannot make
/// (sorted slots, and a blob); and the body of `__Support::variant_name`.
pub(super) fn variant_names(
    table: &Table,
    prefix: &str,
    private: &TokenStream,
    repr: &TokenStream,
) -> (TokenStream, TokenStream) {
    let mut stored: Vec<(u32, &str)> = Vec::new();
    let mut words = Vec::with_capacity(table.rows.len());
    for (slot, row) in table.rows.iter().enumerate() {
        let base = row.name.strip_prefix(prefix).unwrap_or(&row.name);
        if !codetable_shared::variant_name_is_made(base, &row.variant_name) {
            stored.push((slot as u32, row.variant_name.as_str()));
            words.push(false);
        } else {
            words.push(codetable_shared::naming::is_one_case(base));
        }
    }
    let mut data = TokenStream::new();
    let is_words = if words.iter().all(|&words| words) {
        quote_mixed!(true)
    } else if !words.iter().any(|&words| words) {
        quote_mixed!(false)
    } else {
        let mut bits = vec![0u8; words.len().div_ceil(8)];
        for (slot, _) in words.iter().enumerate().filter(|(_, &words)| words) {
            bits[slot / 8] |= 1 << (slot % 8);
        }
        let bits = literals::ByteTable(bits);
        data.extend(quote_mixed!(static VARIANT_IS_WORDS: #bits;));
        quote_mixed!(VARIANT_IS_WORDS[__slot / 8] >> (__slot % 8) & 1 == 1)
    };
    // SAFETY (the `str_at` of `name` below, as in `Bodies::real`'s `name`): `slot` gives every
    // variant a slot below the row count, which `NAME_STARTS` has offsets for.
    let made = quote_mixed! {{
        let __name = #private::strip_prefix(
            unsafe { #private::str_at(NAMES, &NAME_STARTS, __slot) },
            #prefix,
        );
        if #is_words {
            #private::VariantName::Words(__name)
        } else {
            #private::VariantName::AsIs(__name)
        }
    }};
    if stored.is_empty() {
        let body = quote_mixed! {
            let __slot = slot(__row as #repr);
            #made
        };
        return (data, body);
    }
    let count = stored.len();
    let slots = stored.iter().map(|&(slot, _)| slot);
    let (blob, starts) = index::blob(stored.iter().map(|&(_, name)| name));
    let blob = literals::string(&blob);
    let starts = u32_bytes(starts);
    data.extend(quote_mixed! {
        static STORED_VARIANT_SLOTS: [::core::primitive::u32; #count] = [#(#slots),*];
        static STORED_VARIANTS: &::core::primitive::str = #blob;
        static STORED_VARIANT_STARTS: #starts;
    });
    // SAFETY (`str_at` of the stored blob): `find_sorted` gives an index below the number of
    // stored names, and `STORED_VARIANT_STARTS` holds an offset per name and one more, each at
    // a char boundary of `STORED_VARIANTS`.
    let body = quote_mixed! {
        let __slot = slot(__row as #repr);
        match #private::find_sorted(&STORED_VARIANT_SLOTS, __slot as ::core::primitive::u32) {
            ::core::option::Option::Some(__stored) => #private::VariantName::AsIs(unsafe {
                #private::str_at(STORED_VARIANTS, &STORED_VARIANT_STARTS, __stored)
            }),
            ::core::option::Option::None => #made,
        }
    };
    (data, body)
}

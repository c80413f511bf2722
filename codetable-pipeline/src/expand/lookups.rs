//! The lookups by code: the code index's statics and `lookup`, the rows that aliases name,
//! and `classify`'s segments of the codes outside the rows.

use super::enums::category_ident;
use super::literals::NumberArray;
use super::{code_literal, quote_mixed, repr_type};
use crate::index::{self, CodeIndex, HashTable, EMPTY};
use crate::model::{Repr, Runtime, Table};
use crate::paths;
use proc_macro2::{Literal, Span, TokenStream};
use quote::format_ident;

/// The table of the rows that aliases name, when there are aliases, and the slot of the row
/// a name found in the name index (`__found`: a row's slot, or `count` plus an alias's
/// index) names.
pub(super) fn alias_rows(table: &Table) -> (TokenStream, TokenStream) {
    if table.aliases.is_empty() {
        return (TokenStream::new(), quote_mixed!(__found));
    }
    let count = table.rows.len();
    let aliases = table.aliases.len();
    let rows = table.aliases.iter().map(|alias| alias.row);
    let data = quote_mixed! {
        static ALIAS_ROWS: [::core::primitive::usize; #aliases] = [#(#rows),*];
    };
    let row_of_name = quote_mixed! {
        if __found < #count { __found } else { ALIAS_ROWS[__found - #count] }
    };
    (data, row_of_name)
}

/// The statics of the codes outside the rows that sections and reserved ranges hold, and the
/// body of `classify(code)`: a row, else a binary search of the disjoint segments
/// [`index::outside`] makes.
pub(super) fn classify(table: &Table) -> (TokenStream, TokenStream) {
    let runtime = paths::runtime(&table.runtime);
    let repr = repr_type(table.repr);
    let row = quote_mixed! {
        if let ::core::option::Option::Some(_) = lookup(code) {
            // SAFETY: the index found the code, so it is one of `CODES`.
            return #runtime::Classified::Row(unsafe { variant_of_code(code) });
        }
    };
    let segments = index::outside(
        &table
            .sections
            .iter()
            .map(|section| (section.parent, section.range))
            .collect::<Vec<_>>(),
        &table
            .reserved
            .iter()
            .map(|reserved| (reserved.parent, reserved.range))
            .collect::<Vec<_>>(),
    );
    if segments.is_empty() {
        return (
            TokenStream::new(),
            quote_mixed!(#row #runtime::Classified::Unknown),
        );
    }
    let count = segments.len();
    let lows = segments
        .iter()
        .map(|segment| code_literal(segment.low, Span::call_site()));
    let highs = segments
        .iter()
        .map(|segment| code_literal(segment.high, Span::call_site()));
    // A reserved range `i` as `2 * i + 1`, a section `i` as `2 * i`.
    let holders = segments.iter().map(|segment| match segment.holder {
        index::Holder::Reserved(index) => 2 * index as u32 + 1,
        index::Holder::Section(index) => 2 * index as u32,
    });
    let reserved = table.reserved.iter().map(|reserved| {
        let low = code_literal(reserved.range.0, Span::call_site());
        let high = code_literal(reserved.range.1, Span::call_site());
        let message = match &reserved.message {
            Some(message) => quote_mixed!(::core::option::Option::Some(#message)),
            None => quote_mixed!(::core::option::Option::None),
        };
        quote_mixed!(#runtime::ReservedRange::new(#low, #high, #message))
    });
    let reserved_count = table.reserved.len();
    let data = quote_mixed! {
        static OUTSIDE_LOWS: [#repr; #count] = [#(#lows),*];
        static OUTSIDE_HIGHS: [#repr; #count] = [#(#highs),*];
        static OUTSIDE_HOLDERS: [::core::primitive::u32; #count] = [#(#holders),*];
        static RESERVED: [#runtime::ReservedRange<#repr>; #reserved_count] = [#(#reserved),*];
    };
    let section = if table.sections.is_empty() {
        quote_mixed!(#runtime::Classified::Unknown)
    } else {
        let category = category_ident(table);
        quote_mixed!(#runtime::Classified::Section(#category::ALL[__holder as ::core::primitive::usize / 2]))
    };
    let body = quote_mixed! {
        #row
        // The segments that start at or below the code: the last of them may hold it.
        let (mut __low, mut __high) = (0, #count);
        while __low < __high {
            let __middle = __low + (__high - __low) / 2;
            if OUTSIDE_LOWS[__middle] <= code {
                __low = __middle + 1;
            } else {
                __high = __middle;
            }
        }
        if __low == 0 || code > OUTSIDE_HIGHS[__low - 1] {
            return #runtime::Classified::Unknown;
        }
        let __holder = OUTSIDE_HOLDERS[__low - 1];
        if __holder % 2 == 1 {
            #runtime::Classified::Reserved(RESERVED[__holder as ::core::primitive::usize / 2])
        } else {
            #section
        }
    };
    (data, body)
}

/// The constants of the code index, and the body of `lookup(code)`.
pub(super) fn code_lookup(
    index: &CodeIndex,
    runtime: &Runtime,
    repr: Repr,
    count: usize,
) -> (TokenStream, TokenStream) {
    let private = paths::private(runtime);
    match index {
        CodeIndex::Sequential { first } => {
            let first = index::widen(*first);
            let count = count as u64;
            let lookup = quote_mixed! {
                let __offset = (__code as ::core::primitive::u64).wrapping_sub(#first);
                if __offset < #count {
                    ::core::option::Option::Some(__offset as ::core::primitive::usize)
                } else {
                    ::core::option::Option::None
                }
            };
            (TokenStream::new(), lookup)
        }
        CodeIndex::Dense { low, slots } => {
            let low = index::widen(*low);
            let span = slots.len() as u64;
            let narrow = index::narrow_slots(count);
            let empty = slot_empty(narrow);
            let data = slot_array(
                narrow,
                slots.iter().map(|&slot| (slot != EMPTY).then_some(slot)),
            )
            .to_static(&format_ident!("DENSE", span = Span::mixed_site()), runtime);
            let lookup = quote_mixed! {
                let __offset = (__code as ::core::primitive::u64).wrapping_sub(#low);
                if __offset < #span {
                    let __slot = DENSE[__offset as ::core::primitive::usize];
                    if __slot != #empty {
                        return ::core::option::Option::Some(__slot as ::core::primitive::usize);
                    }
                }
                ::core::option::Option::None
            };
            (data, lookup)
        }
        CodeIndex::Hash {
            table:
                HashTable {
                    seed,
                    shift,
                    buckets,
                },
            vacant,
            narrow,
        } => {
            let len = buckets.len();
            let mask = len - 1;
            // Keys are a typed array, though written as bytes: `from_code` reads them with one
            // aligned load.
            let mut keys = NumberArray::for_repr(repr);
            for bucket in buckets {
                keys.push(bucket.map_or(*vacant, |(code, _)| code));
            }
            let keys = keys.to_static(
                &format_ident!("CODE_KEYS", span = Span::mixed_site()),
                runtime,
            );
            let slots = slot_array(
                index::narrow_slots(count),
                buckets.iter().map(|bucket| bucket.map(|(_, slot)| slot)),
            )
            .to_static(
                &format_ident!("CODE_SLOTS", span = Span::mixed_site()),
                runtime,
            );
            let vacant = code_literal(*vacant, Span::call_site());
            // A code of 32 bits or fewer in 32-bit arithmetic: one multiply by a constant.
            let hash = if *narrow {
                let seed = Literal::u32_suffixed(*seed as u32);
                quote_mixed!(#private::hash_code32(__code as ::core::primitive::u32, #seed, #shift))
            } else {
                quote_mixed!(#private::hash_code(__code as ::core::primitive::u64, #seed, #shift))
            };
            // Keys and slots apart: `from_code` only needs to find the key, and reads half as
            // many bytes.
            let data = quote_mixed! {
                #keys
                #slots
            };
            let lookup = quote_mixed! {
                if __code == #vacant {
                    return ::core::option::Option::None;
                }
                let mut __bucket = #hash;
                loop {
                    let __key = CODE_KEYS[__bucket & #mask];
                    if __key == __code {
                        return ::core::option::Option::Some(
                            CODE_SLOTS[__bucket & #mask] as ::core::primitive::usize,
                        );
                    }
                    if __key == #vacant {
                        return ::core::option::Option::None;
                    }
                    __bucket += 1;
                }
            };
            (data, lookup)
        }
    }
}

/// Slots as the narrowest array that holds them ([`index::narrow_slots`]), `None` as the
/// type's largest value, `codetable_shared::Slot::EMPTY`.
pub(super) fn slot_array(narrow: bool, slots: impl Iterator<Item = Option<u32>>) -> NumberArray {
    let (ty, width, empty) = if narrow {
        (quote_mixed!(::core::primitive::u16), 2, u16::MAX.into())
    } else {
        (quote_mixed!(::core::primitive::u32), 4, u32::MAX.into())
    };
    let mut array = NumberArray::new(ty, width);
    for slot in slots {
        array.push(slot.map_or(empty, i128::from));
    }
    array
}

/// The empty slot of [`slot_array`], as a literal.
pub(super) fn slot_empty(narrow: bool) -> Literal {
    if narrow {
        Literal::u16_suffixed(u16::MAX)
    } else {
        Literal::u32_suffixed(u32::MAX)
    }
}

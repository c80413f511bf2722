//! Checked tables to Rust tokens, with `quote!` only (as `quote_mixed!`, below).
//!
//! Each table becomes a `#[repr(T)]` enum whose discriminants are the codes, and a
//! `const _: () = { .. };` block holding its data and impls, so that nothing but the enums
//! enters the user's namespace. No output contains a match over the variants (rustc is
//! quadratic on those), and no constant that holds every variant (rustc validates one in time
//! quadratic in the variants): per-row data is read from `static` tables by slot, the slot of
//! a variant comes from its code through the layout [`index`] chose, and a
//! variant is made from a code found in that index by a `transmute`.
//!
//! The output's `unsafe` blocks rely on what the macro built, each justified where it is
//! written here: blob offsets at char boundaries (`str_at`), codes that are discriminants
//! (`variant_of_code`, an `unsafe fn`, sound because the data block compiles only for the enum
//! of its table: see [`guard`]), and byte strings as long as the typed arrays they are
//! `transmute`d to, holding valid values (`literals::NumberArray`; constant evaluation rejects
//! an invalid `bool` or `char`). None of them is inside an item that carries the user's
//! attributes, which an attribute macro could rewrite; what such a macro can reach beside its
//! item (`variant_at_slot`, `lookup`, the statics) makes no variant from an unchecked code.
//! Each unsafe function is called through the runtime's path (see [`paths`]), never `::core`.
//!
//! The expansion writes no `#[allow]`, which a crate's `#![forbid]` would refuse: the names it
//! makes of the user's (variants, alias constants) carry mixed-site hygiene, so that lints on
//! them are lints on a macro's output; and it names a `#[deprecated]` variant only in a derive's
//! expansion (see [`guard`]) or by slot.
//!
//! An invalid table is expanded with the same API and stub bodies, so that the user's code
//! that uses it adds no errors to those `define_codes!` reported.

mod columns;
pub(crate) mod docs;
mod languages;
mod literals;
pub mod paths;

use crate::guard;
use crate::index::{self, CodeIndex, HashTable, EMPTY};
use crate::model::{Repr, Runtime, Section, Table};
use proc_macro2::{Delimiter, Group, Ident, Literal, Span, TokenStream};
use quote::format_ident;
use syn::ext::IdentExt;

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

use literals::{u32_bytes, NumberArray};

/// The enums and impls of checked tables: real ones for a valid table, inert stubs with the
/// same API for an invalid one.
pub fn tables(tables: &[Table]) -> TokenStream {
    tables.iter().map(table).collect()
}

fn table(table: &Table) -> TokenStream {
    let mut tokens = definitions(table);
    let mut bodies = if table.valid {
        Bodies::real(table)
    } else {
        Bodies::stub(table)
    };
    // The data and the impls go into the block by value: a stream interpolated by `quote!`
    // is cloned, token by token, and the data holds the table's largest literals.
    let mut block = std::mem::take(&mut bodies.data);
    block.extend(api(table, &bodies));
    let block = Group::new(Delimiter::Brace, block);
    tokens.extend(quote_mixed! {
        const _: () = #block;
    });
    tokens
}

/// The enum, and the category enum of a table with sections.
fn definitions(table: &Table) -> TokenStream {
    let Table {
        attrs, vis, ident, ..
    } = table;
    let repr = table.valid.then(|| {
        let repr = table.repr.ident();
        quote_mixed!(#[repr(#repr)])
    });
    let check = guard::around_enum(table);
    // Into one stream, not one per row collected afterwards: at 100 000 rows each
    // intermediate stream is an allocation, a copy and a free.
    let mut variants = TokenStream::new();
    let row_docs = docs::RowDocs::new(&table.columns, &table.languages);
    // The aliases of each row, for rustdoc's search.
    let mut aliases_of: Vec<Vec<&str>> = Vec::new();
    if !table.aliases.is_empty() {
        aliases_of.resize(table.rows.len(), Vec::new());
        for alias in &table.aliases {
            if let Some(names) = aliases_of.get_mut(alias.row) {
                names.push(&alias.name);
            }
        }
    }
    for (slot, row) in table.rows.iter().enumerate() {
        let aliases = aliases_of.get(slot).map_or(&[][..], Vec::as_slice);
        variants.extend(row_docs.row(row, aliases));
        let row_attrs = &row.attrs;
        let variant = generated(&row.variant);
        variants.extend(if table.valid {
            let code = code_literal(row.code, row.code_span);
            quote_mixed!(#(#row_attrs)* #variant = #code,)
        } else {
            quote_mixed!(#(#row_attrs)* #variant,)
        });
    }
    // A group made here and interpolated, not the stream: `quote!` would clone every token.
    let variants = Group::new(Delimiter::Brace, variants);
    let derives = derives(&table.runtime);
    let table_doc = docs::table(table);
    let mut tokens = quote_mixed! {
        #(#attrs)*
        #table_doc
        #repr
        #derives
        #check
        #vis enum #ident #variants
    };
    // The category and language enums grow as the table does (a section, a language): a table
    // that says other crates must not match it exhaustively says it of them too.
    let non_exhaustive = table
        .is_non_exhaustive()
        .then(|| quote_mixed!(#[non_exhaustive]));
    let derives = small_enum_derives(&table.runtime);
    let mut language_attrs = derives.clone();
    language_attrs.extend(non_exhaustive.clone());
    tokens.extend(languages::definition(table, &language_attrs));
    if !table.sections.is_empty() {
        let category = category_ident(table);
        let doc = format!("The sections of [`{ident}`]: what [`{ident}::category`] returns.");
        let variants = table.sections.iter().map(|section| {
            let docs = docs::section(section);
            let section_attrs = &section.attrs;
            let variant = &section.variant;
            quote_mixed! {
                #docs
                #(#section_attrs)*
                #variant
            }
        });
        let all = guard::listed(
            &table.runtime,
            "Every section, in declaration order (a parent before its children).",
            &table
                .sections
                .iter()
                .map(|section| &section.variant)
                .collect::<Vec<_>>(),
        );
        tokens.extend(quote_mixed! {
            #[doc = #doc]
            #derives
            #non_exhaustive
            // Last: the derive reads its helper only as the enum's last attribute.
            #all
            #vis enum #category {
                #(#variants,)*
            }
        });
    }
    tokens
}

/// The traits derived: they expand to no match over the variants on a fieldless enum, and
/// `PartialEq` and `Eq` derived make the alias constants usable in patterns. `Hash` and the
/// orders are written by hand, by code (see `api`), which rustdoc shows without `__H`.
/// `derive` through the runtime's path: an import may shadow the prelude's, and an
/// `extern crate … as core` re-point `::core`'s.
fn derives(runtime: &Runtime) -> TokenStream {
    let private = paths::private(runtime);
    quote_mixed! {
        #[#private::derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
        )]
    }
}

/// The derives of the category and language enums, small enums whose order is their
/// declaration's.
fn small_enum_derives(runtime: &Runtime) -> TokenStream {
    let private = paths::private(runtime);
    quote_mixed! {
        #[#private::derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord,
        )]
    }
}

/// The bodies of `category()` and of the category enum's API, real or stubs.
struct CategoryBodies {
    of_code: TokenStream,
    name: TokenStream,
    message: TokenStream,
    range: TokenStream,
    parent: TokenStream,
    variant_name: TokenStream,
}

impl CategoryBodies {
    /// Inert bodies, for an invalid table: see [`Bodies::stub`].
    fn stub() -> CategoryBodies {
        let none = quote_mixed!(::core::option::Option::None);
        CategoryBodies {
            of_code: none.clone(),
            name: quote_mixed!(""),
            message: quote_mixed!(""),
            range: quote_mixed!(::core::ops::RangeInclusive::new(0, 0)),
            parent: none,
            variant_name: quote_mixed!(""),
        }
    }
}

/// The function bodies of the API, real or stubs; the signatures are written once, in `api`.
struct Bodies {
    /// Constants and helper functions the bodies use.
    data: TokenStream,
    all: TokenStream,
    count: TokenStream,
    name: TokenStream,
    message: TokenStream,
    variant_name: TokenStream,
    from_code: TokenStream,
    from_name: TokenStream,
    at: TokenStream,
    /// The code of the `index`-th row, for `assert_disjoint!`.
    code_at: TokenStream,
    /// The body of `classify(code)`.
    classify: TokenStream,
    category: CategoryBodies,
    /// Whether these are the inert bodies of an invalid table.
    stub: bool,
}

impl Bodies {
    /// Inert bodies, for an invalid table: the crate does not compile, so they never run,
    /// but they return values rather than panic, so that the user's uses of the API, in
    /// constants too, add no errors to those `define_codes!` reported.
    fn stub(table: &Table) -> Bodies {
        let runtime = paths::runtime(&table.runtime);
        let private = paths::private(&table.runtime);
        let none = quote_mixed!(::core::option::Option::None);
        Bodies {
            data: TokenStream::new(),
            all: quote_mixed!(&[]),
            count: quote_mixed!(0),
            name: quote_mixed!(""),
            message: quote_mixed!(""),
            variant_name: quote_mixed!(#private::VariantName::AsIs("")),
            from_code: quote_mixed!({ let _ = code; #none }),
            from_name: quote_mixed!({ let _ = name; #none }),
            at: quote_mixed!({ let _ = index; #none }),
            code_at: quote_mixed!({
                let _ = index;
                0
            }),
            classify: quote_mixed!({
                let _ = code;
                #runtime::Classified::Unknown
            }),
            category: CategoryBodies::stub(),
            stub: true,
        }
    }

    fn real(table: &Table) -> Bodies {
        let private = paths::private(&table.runtime);
        let repr = repr_type(table.repr);
        let count = table.rows.len();

        // The rows' names by slot, then the aliases': a name's index in the blob is what the
        // name index finds, a row's slot or `count` plus an alias's index.
        let all_names: Vec<&str> = table
            .rows
            .iter()
            .map(|row| row.name.as_str())
            .chain(table.aliases.iter().map(|alias| alias.name.as_str()))
            .collect();
        let (names, name_starts) = index::blob(all_names.iter().copied());
        let (messages, message_starts) =
            index::blob(table.rows.iter().map(|row| row.message.as_str()));
        let prefix = table.strip_prefix.as_deref().unwrap_or("");
        let names_index = index::name_index(&all_names);
        let code_index = index::code_index(
            &table.rows.iter().map(|row| row.code).collect::<Vec<_>>(),
            table.repr.bounds().0,
        );
        let (code_data, lookup) = code_lookup(&code_index, &table.runtime, table.repr, count);
        let name_buckets = slot_array(
            index::narrow_slots(all_names.len()),
            names_index
                .table
                .buckets
                .iter()
                .map(|bucket| bucket.as_ref().copied()),
        )
        .to_static(
            &format_ident!("NAME_BUCKETS", span = Span::mixed_site()),
            &table.runtime,
        );
        let name_seed = names_index.table.seed;
        let name_shift = names_index.table.shift;
        let name_from_start = names_index.from_start;
        let name_from_end = names_index.from_end;
        let (category_data, category) = categories(table);
        let (outside_data, classify) = classify(table);
        let column_data = columns::data(table);
        let language_data = languages::data(table);
        let blob_type = quote_mixed!(&::core::primitive::str);
        let name_starts = u32_bytes(name_starts);
        let message_starts = u32_bytes(message_starts);

        let ident = &table.ident;
        // The code of each slot: each one the discriminant of a variant.
        let mut codes = NumberArray::for_repr(table.repr);
        for row in &table.rows {
            codes.push(row.code);
        }
        let codes = codes.to_static(
            &format_ident!("CODES", span = Span::mixed_site()),
            &table.runtime,
        );
        let names = literals::string(&names);
        let messages = literals::string(&messages);
        let (variant_data, variant_name) = variant_names(table, prefix, &private, &repr);
        let (alias_data, row_of_name) = alias_rows(table);
        let requirement = guard::requirement(table);
        let data = quote_mixed! {
            // Statics, not consts: one copy of each table, which callers that inline a
            // lookup address instead of copying it into their own binary. Arrays of numbers
            // are byte strings: one token each instead of one per number, which rustc parses
            // and type-checks several times faster.
            #codes
            static NAMES: #blob_type = #names;
            static NAME_STARTS: #name_starts;
            static MESSAGES: #blob_type = #messages;
            static MESSAGE_STARTS: #message_starts;
            #variant_data
            #alias_data
            #name_buckets
            #code_data

            // Compiles only if the enum rustc compiles is this table's (see `guard`): what
            // makes `variant_of_code`'s transmute sound, whatever attributes the table carries.
            #requirement

            /// The slot of the row with this code, if there is one.
            #[inline]
            const fn lookup(__code: #repr) -> ::core::option::Option<::core::primitive::usize> {
                #lookup
            }

            /// The variant with this code.
            ///
            /// Not an array of the variants: rustc is quadratic on those, both in borrowck of
            /// the literal and in validating a constant of them (each variant is found by a
            /// linear search), which is minutes at 30 000 rows.
            ///
            /// # Safety
            ///
            /// `__code` is one of `CODES`: a code the index found, or read from `CODES`.
            #[inline]
            const unsafe fn variant_of_code(__code: #repr) -> #ident {
                // SAFETY: `#ident` is `#[repr(#repr)]` and its discriminants are the codes of
                // `CODES`, as the requirement above makes the build fail otherwise; the caller
                // passes one of them.
                unsafe { #private::transmute::<#repr, #ident>(__code) }
            }

            /// The variant of the row in this slot (`__slot < COUNT`, or the build fails in
            /// constant evaluation and panics elsewhere).
            #[inline]
            const fn variant_at_slot(__slot: ::core::primitive::usize) -> #ident {
                // SAFETY: every element of `CODES` is a code of `CODES`.
                unsafe { variant_of_code(CODES[__slot]) }
            }

            /// The slot of a variant: every variant's code is in the index.
            #[inline]
            const fn slot(__code: #repr) -> ::core::primitive::usize {
                match lookup(__code) {
                    ::core::option::Option::Some(__slot) => __slot,
                    ::core::option::Option::None => 0,
                }
            }

            #category_data
            #outside_data
            #column_data
            #language_data
        };
        Bodies {
            data,
            // SAFETY: `[Self]` and `[Repr]` have one layout (`#[repr(Repr)]`), and every
            // element of `CODES` is a discriminant of `Self` (see `variant_of_code`).
            all: quote_mixed!(unsafe { #private::transmute::<&'static [#repr], &'static [Self]>(&CODES) }),
            count: quote_mixed!(#count),
            // SAFETY (these three): `slot` gives every variant a slot below the row count, and
            // each `*_STARTS` holds an offset per row and one more, each at a char boundary of
            // its blob (`codetable_shared::blob`): what `str_at` requires.
            name: quote_mixed!(unsafe { #private::str_at(NAMES, &NAME_STARTS, slot(self as #repr)) }),
            message: quote_mixed!(unsafe { #private::str_at(MESSAGES, &MESSAGE_STARTS, slot(self as #repr)) }),
            variant_name,
            code_at: quote_mixed!(CODES[index]),
            classify,
            // SAFETY (of each `variant_of_code` call below): the code is one the index found, which
            // holds the codes of `CODES`, or an element of `CODES`.
            from_code: quote_mixed! {
                match lookup(code) {
                    ::core::option::Option::Some(_) => ::core::option::Option::Some(unsafe { variant_of_code(code) }),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            },
            // SAFETY: every bucket of `NAME_BUCKETS` other than `EMPTY` holds the index of a
            // name of the blob `NAMES` (`index::name_index` over the rows' and aliases' names),
            // which `NAME_STARTS` holds an offset for and one after, each at a char boundary
            // (`codetable_shared::blob`): what `find_name` requires.
            from_name: quote_mixed! {
                match unsafe {
                    #private::find_name(
                        name,
                        #private::NameIndex {
                            buckets: &NAME_BUCKETS,
                            seed: #name_seed,
                            shift: #name_shift,
                            from_start: #name_from_start,
                            from_end: #name_from_end,
                        },
                        NAMES,
                        &NAME_STARTS,
                    )
                } {
                    ::core::option::Option::Some(__found) => ::core::option::Option::Some(variant_at_slot(#row_of_name)),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            },
            at: quote_mixed! {
                if index < #count {
                    ::core::option::Option::Some(variant_at_slot(index))
                } else {
                    ::core::option::Option::None
                }
            },
            category,
            stub: false,
        }
    }
}

/// The table of the rows that aliases name, when there are aliases, and the slot of the row
/// a name found in the name index (`__found`: a row's slot, or `count` plus an alias's
/// index) names.
fn alias_rows(table: &Table) -> (TokenStream, TokenStream) {
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

/// The statics of the variant names: which rows' variants are their wire names' capitalised
/// words (a bit per row, when the table has both kinds), and the names the rule cannot make
/// (sorted slots, and a blob); and the body of `__Support::variant_name`.
fn variant_names(
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

/// The statics of the codes outside the rows that sections and reserved ranges hold, and the
/// body of `classify(code)`: a row, else a binary search of the disjoint segments
/// [`index::outside`] makes.
fn classify(table: &Table) -> (TokenStream, TokenStream) {
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
fn code_lookup(
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
                let mut __bucket = #private::hash_code(__code as ::core::primitive::u64, #seed, #shift);
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

/// The category data of a table with sections, and the bodies of `category` and the category
/// enum's methods (in the order of [`Bodies`]).
fn categories(table: &Table) -> (TokenStream, CategoryBodies) {
    let private = paths::private(&table.runtime);
    if table.sections.is_empty() {
        // Not expanded: `category_api` is only called for tables with sections.
        return (TokenStream::new(), CategoryBodies::stub());
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
    let ranges = sections.iter().map(|Section { range, .. }| {
        let low = code_literal(range.0, Span::call_site());
        let high = code_literal(range.1, Span::call_site());
        quote_mixed!((#low, #high))
    });
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
        static CATEGORY_RANGES: [(#repr, #repr); #count] = [#(#ranges),*];
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
        range: quote_mixed! {
            let (__low, __high) = CATEGORY_RANGES[self as ::core::primitive::usize];
            ::core::ops::RangeInclusive::new(__low, __high)
        },
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

/// The impls of a table, from its bodies.
fn api(table: &Table, bodies: &Bodies) -> TokenStream {
    let runtime = paths::runtime(&table.runtime);
    let support = support_ident(table);
    let private = paths::private(&table.runtime);
    let ident = &table.ident;
    let repr = repr_type(table.repr);
    let table_name = ident.unraw().to_string();
    let Bodies {
        all,
        count,
        name,
        message,
        variant_name,
        from_code,
        from_name,
        at,
        code_at,
        classify,
        ..
    } = bodies;
    let category_type = if table.sections.is_empty() {
        quote_mixed!(#runtime::NoCategory)
    } else {
        let category = category_ident(table);
        quote_mixed!(#category)
    };
    let markdown = literals::string(&if table.valid {
        crate::markdown::document(table)
    } else {
        String::new()
    });
    let display_doc = match table.rows.first() {
        Some(row) => format!(
            "Shows the code and its message: {}.",
            docs::code_span(&format!("{}: {}", row.code, row.message))
        ),
        None => "Shows the code and its message.".to_owned(),
    };
    let code_doc = format!(
        "The code: the number of the row, also the discriminant (`self as {}`).",
        table.repr.name()
    );
    let mut tokens = quote_mixed! {
        // A static the constant refers to, not a literal: rustdoc shows a constant's value,
        // and the document is as long as the table.
        static TABLE_AS_MARKDOWN: &::core::primitive::str = #markdown;

        impl #ident {
            /// Every code of the table, in declaration order.
            ///
            /// At tens of thousands of rows, prefer [`iter`](Self::iter): rustc checks a
            /// constant that holds every variant against every variant, which takes seconds
            /// to a minute of compile time in any crate that names `ALL`.
            pub const ALL: &'static [Self] = #all;

            /// Every code of the table, in declaration order, without naming `ALL`.
            #[inline]
            pub fn iter() -> #runtime::Iter<Self> {
                <Self as #runtime::Code>::iter()
            }

            /// The number of codes in the table.
            pub const COUNT: ::core::primitive::usize = #count;

            /// The table as a Markdown document: a heading with the enum's name, a table of
            /// the codes outside sections (code, name, message, columns), then each section
            /// as a heading with its range, name, message and codes. `codes import` reads it
            /// back to the same rows.
            pub const MARKDOWN: &'static ::core::primitive::str = TABLE_AS_MARKDOWN;

            #[doc = #code_doc]
            #[inline]
            pub const fn code(self) -> #repr {
                self as #repr
            }

            /// The wire name, exactly as written in the table (`"INVALID_CREDENTIAL"`); for a
            /// row written `_`, the name of its variant (`"CodeMinus5999"`).
            #[inline]
            pub const fn name(self) -> &'static ::core::primitive::str {
                #name
            }

            /// The message of the code's row.
            #[inline]
            pub const fn message(self) -> &'static ::core::primitive::str {
                #message
            }

            /// The variant with this code, if the table has one.
            #[inline]
            pub const fn from_code(code: #repr) -> ::core::option::Option<Self> {
                #from_code
            }

            /// The variant with this exact wire name (or an alias's), if the table has one.
            #[inline]
            pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                #from_name
            }

            /// What `code` is to the table: a row, a code of a reserved range, a code of a
            /// section that no row has, or unknown.
            #[inline]
            pub const fn classify(code: #repr) -> #runtime::Classified<Self> {
                #classify
            }

        }

        /// What generated code and `assert_disjoint!` read of the table: not part of its
        /// API, and not among the enum's own items, which an editor's completion lists.
        pub struct #support;

        impl #support {
            /// The variant's name, for `Debug` and `assert_disjoint!`.
            #[inline]
            pub const fn variant_name(__row: #ident) -> #private::VariantName<'static> {
                #variant_name
            }

            /// The code of the `index`-th row (`index < COUNT`), for `assert_disjoint!`,
            /// which cannot call the trait's `at` in constant evaluation.
            #[inline]
            pub const fn code_at(index: ::core::primitive::usize) -> #repr {
                #code_at
            }
        }

        #[doc(hidden)]
        #[automatically_derived]
        impl #private::Table for #ident {
            type Support = #support;
        }

        /// Shows the variant's name, as `#[derive(Debug)]` would.
        #[automatically_derived]
        impl ::core::fmt::Debug for #ident {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Display::fmt(&#support::variant_name(*self), f)
            }
        }

        #[doc = #display_doc]
        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::write!(f, "{}: {}", #ident::code(*self), #ident::message(*self))
            }
        }

        /// By code, as the codes compare.
        #[automatically_derived]
        impl ::core::hash::Hash for #ident {
            #[inline]
            fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                // `Self`, not the table's name, which the parameter `H` would shadow in a
                // table named `H`.
                ::core::hash::Hash::hash(&Self::code(*self), state)
            }
        }

        /// By code.
        #[automatically_derived]
        impl ::core::cmp::PartialOrd for #ident {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
            }
        }

        /// By code.
        #[automatically_derived]
        impl ::core::cmp::Ord for #ident {
            #[inline]
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                ::core::cmp::Ord::cmp(&#ident::code(*self), &#ident::code(*other))
            }
        }

        #[automatically_derived]
        impl ::core::error::Error for #ident {}

        #[automatically_derived]
        impl ::core::convert::From<#ident> for #repr {
            #[inline]
            fn from(code: #ident) -> #repr {
                #ident::code(code)
            }
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<#repr> for #ident {
            type Error = #runtime::UnknownCode<#repr>;

            // Not `Self::Error`: a row named `ERROR` makes a variant `Error`, and the path would
            // be ambiguous.
            #[inline]
            fn try_from(code: #repr) -> ::core::result::Result<Self, #runtime::UnknownCode<#repr>> {
                match #ident::from_code(code) {
                    ::core::option::Option::Some(__found) => ::core::result::Result::Ok(__found),
                    ::core::option::Option::None => ::core::result::Result::Err(#runtime::UnknownCode::new(code, #table_name)),
                }
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = #runtime::UnknownName;

            #[inline]
            fn from_str(name: &::core::primitive::str) -> ::core::result::Result<Self, #runtime::UnknownName> {
                match #ident::from_name(name) {
                    ::core::option::Option::Some(__found) => ::core::result::Result::Ok(__found),
                    ::core::option::Option::None => ::core::result::Result::Err(#runtime::UnknownName::new(name, #table_name)),
                }
            }
        }

        #private::serde_impls!(#ident);

        /// By number, as `OrUnknown` compares with the table's codes: `Ok == response.code`.
        #[automatically_derived]
        impl ::core::cmp::PartialEq<#runtime::OrUnknown<#ident>> for #ident {
            #[inline]
            fn eq(&self, other: &#runtime::OrUnknown<#ident>) -> ::core::primitive::bool {
                #ident::code(*self) == #runtime::OrUnknown::code(*other)
            }
        }

        #[automatically_derived]
        impl #runtime::Code for #ident {
            type Repr = #repr;
            type Category = #category_type;
            const TABLE: &'static ::core::primitive::str = #table_name;
            const COUNT: ::core::primitive::usize = #ident::COUNT;
            const MARKDOWN: &'static ::core::primitive::str = #ident::MARKDOWN;

            #[inline]
            fn code(self) -> #repr {
                #ident::code(self)
            }
            #[inline]
            fn name(self) -> &'static ::core::primitive::str {
                #ident::name(self)
            }
            #[inline]
            fn message(self) -> &'static ::core::primitive::str {
                #ident::message(self)
            }
            #[inline]
            fn from_code(code: #repr) -> ::core::option::Option<Self> {
                #ident::from_code(code)
            }
            #[inline]
            fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                #ident::from_name(name)
            }
            #[inline]
            fn at(index: ::core::primitive::usize) -> ::core::option::Option<Self> {
                #at
            }
            #[inline]
            fn classify(code: #repr) -> #runtime::Classified<Self> {
                #ident::classify(code)
            }
        }
    };
    tokens.extend(columns::accessors(table, bodies.stub));
    tokens.extend(columns::feature_impls(table, bodies.stub));
    tokens.extend(languages::api(table, bodies.stub));
    tokens.extend(alias_constants(table));
    if !table.sections.is_empty() {
        tokens.extend(category_api(table, bodies));
    }
    tokens
}

/// An associated constant per alias, equal to the row it names.
fn alias_constants(table: &Table) -> TokenStream {
    if table.aliases.is_empty() {
        return TokenStream::new();
    }
    let ident = &table.ident;
    let vis = &table.vis;
    let constants = table.aliases.iter().map(|alias| {
        let doc = format!(
            "`{}`: another name of [`{}`](Self::{}), which `from_name` accepts.",
            alias.name, alias.row_variant, alias.row_variant
        );
        let separator = docs::has_docs(&alias.attrs).then(|| quote_mixed!(#[doc = ""]));
        let attrs = &alias.attrs;
        let variant = generated(&alias.variant);
        let slot = alias.row;
        quote_mixed! {
            #[doc = #doc]
            #separator
            #(#attrs)*
            // Named as a variant, since it stands for one; by slot, not `Self::#row`, which
            // would be a use of a `#[deprecated]` row's variant.
            #vis const #variant: Self = variant_at_slot(#slot);
        }
    });
    quote_mixed! {
        impl #ident {
            #(#constants)*
        }
    }
}

fn category_api(table: &Table, bodies: &Bodies) -> TokenStream {
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

            /// The codes the section spans, both bounds included.
            #[inline]
            pub const fn range(self) -> ::core::ops::RangeInclusive<#repr> {
                #range
            }

            /// The section this one is nested in, if any.
            #[inline]
            pub const fn parent(self) -> ::core::option::Option<Self> {
                #parent
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Debug for #category {
            #[inline]
            fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                __f.write_str(#variant_name)
            }
        }
    }
}

/// The type `assert_disjoint!` and `Debug` read a table's support functions from, named by the
/// table so that it is never the table's own name, which the data block names too.
fn support_ident(table: &Table) -> Ident {
    format_ident!(
        "__{}Support",
        table.ident.unraw(),
        span = Span::mixed_site()
    )
}

/// An identifier the expansion defines from one the user wrote, where the user wrote it but
/// with mixed-site hygiene: a lint on what the expansion made of it (a variant no code names,
/// an alias constant named as a variant) is then one on the macro's output, which rustc leaves
/// to the macro, and no `#[allow]` a user may `forbid` is needed.
fn generated(ident: &Ident) -> Ident {
    let mut ident = ident.clone();
    ident.set_span(ident.span().resolved_at(Span::mixed_site()));
    ident
}

fn category_ident(table: &Table) -> Ident {
    format_ident!("{}Category", table.ident)
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

/// Slots as the narrowest array that holds them ([`index::narrow_slots`]), `None` as the
/// type's largest value, `codetable_shared::Slot::EMPTY`.
fn slot_array(narrow: bool, slots: impl Iterator<Item = Option<u32>>) -> NumberArray {
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
fn slot_empty(narrow: bool) -> Literal {
    if narrow {
        Literal::u16_suffixed(u16::MAX)
    } else {
        Literal::u32_suffixed(u32::MAX)
    }
}

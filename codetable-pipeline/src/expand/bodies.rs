//! The function bodies of a table's API, real or inert, and the statics they read: what
//! [`api`](super::api) puts in the signatures it writes once.

use super::categories::categories;
use super::literals::{self, u32_bytes, NumberArray};
use super::lookups::{alias_rows, classify, code_lookup, slot_array};
use super::variant_names::variant_names;
use super::{columns, languages, quote_mixed, repr_type, text};
use crate::guard;
use crate::index;
use crate::model::Table;
use crate::paths;
use proc_macro2::{Span, TokenStream};
use quote::format_ident;

/// The bodies of `category()` and of the category enum's API, real or stubs.
pub(super) struct CategoryBodies {
    pub(super) of_code: TokenStream,
    pub(super) name: TokenStream,
    pub(super) message: TokenStream,
    pub(super) range: TokenStream,
    pub(super) parent: TokenStream,
    pub(super) variant_name: TokenStream,
}

impl CategoryBodies {
    /// Inert bodies, for an invalid table: see [`Bodies::stub`].
    pub(super) fn stub(table: &Table) -> CategoryBodies {
        let none = quote_mixed!(::core::option::Option::None);
        CategoryBodies {
            of_code: none.clone(),
            name: quote_mixed!(""),
            message: quote_mixed!(""),
            range: if table.text_codes {
                quote_mixed!("")
            } else {
                quote_mixed!(::core::ops::RangeInclusive::new(0, 0))
            },
            parent: none,
            variant_name: quote_mixed!(""),
        }
    }
}

/// The function bodies of the API, real or stubs; the signatures are written once, in `api`.
pub(super) struct Bodies {
    /// Constants and helper functions the bodies use.
    pub(super) data: TokenStream,
    pub(super) all: TokenStream,
    pub(super) count: TokenStream,
    /// The body of `code()`.
    pub(super) code: TokenStream,
    pub(super) name: TokenStream,
    pub(super) message: TokenStream,
    pub(super) variant_name: TokenStream,
    pub(super) from_code: TokenStream,
    pub(super) from_name: TokenStream,
    pub(super) at: TokenStream,
    /// The key of the `index`-th row's code that `assert_disjoint!` compares: `(code, "")`
    /// for a number, `(0, code)` for a string.
    pub(super) key_at: TokenStream,
    /// The body of `classify(code)`.
    pub(super) classify: TokenStream,
    pub(super) category: CategoryBodies,
    /// Whether these are the inert bodies of an invalid table.
    pub(super) stub: bool,
}

impl Bodies {
    /// Inert bodies, for an invalid table: the crate does not compile, so they never run,
    /// but they return values rather than panic, so that the user's uses of the API, in
    /// constants too, add no errors to those `define_codes!` reported.
    pub(super) fn stub(table: &Table) -> Bodies {
        let runtime = paths::runtime(&table.runtime);
        let private = paths::private(&table.runtime);
        let none = quote_mixed!(::core::option::Option::None);
        Bodies {
            data: TokenStream::new(),
            all: quote_mixed!(&[]),
            count: quote_mixed!(0),
            code: if table.text_codes {
                quote_mixed!({
                    let _ = self;
                    ""
                })
            } else {
                let repr = repr_type(table.repr);
                quote_mixed!(self as #repr)
            },
            name: quote_mixed!(""),
            message: quote_mixed!(""),
            variant_name: quote_mixed!(#private::VariantName::AsIs("")),
            from_code: quote_mixed!({ let _ = code; #none }),
            from_name: quote_mixed!({ let _ = name; #none }),
            at: quote_mixed!({ let _ = index; #none }),
            key_at: quote_mixed!({
                let _ = index;
                (0, "")
            }),
            classify: quote_mixed!({
                let _ = code;
                #runtime::Classified::Unknown
            }),
            category: CategoryBodies::stub(table),
            stub: true,
        }
    }

    pub(super) fn real(table: &Table) -> Bodies {
        let private = paths::private(&table.runtime);
        let repr = repr_type(table.repr);
        let count = table.rows.len();
        let prefix = table.strip_prefix.as_deref().unwrap_or("");
        let (name_data, from_name) = name_lookup(table);
        let (category_data, category) = categories(table);
        let (outside_data, code, from_code, classify, key_at) = if table.text_codes {
            let text = text::lookups(table);
            (
                text.data,
                text.code,
                text.from_code,
                text.classify,
                text.key_at,
            )
        } else {
            let (outside_data, classify) = classify(table);
            (
                outside_data,
                quote_mixed!(self as #repr),
                // SAFETY: the code is one the index found, which holds the codes of `CODES`.
                quote_mixed! {
                    match lookup(code) {
                        ::core::option::Option::Some(_) => ::core::option::Option::Some(unsafe { variant_of_code(code) }),
                        ::core::option::Option::None => ::core::option::Option::None,
                    }
                },
                classify,
                quote_mixed!((CODES[index] as ::core::primitive::i128, "")),
            )
        };
        let (variant_data, variant_name) = variant_names(table, prefix, &private, &repr);
        let mut data = text_statics(table);
        data.extend(row_functions(table));
        data.extend([
            name_data,
            variant_data,
            category_data,
            outside_data,
            columns::data(table),
            languages::data(table),
        ]);
        Bodies {
            data,
            // SAFETY: `[Self]` and `[Repr]` have one layout (`#[repr(Repr)]`), and every
            // element of `CODES` is a discriminant of `Self` (see `variant_of_code`).
            all: quote_mixed!(unsafe { #private::transmute::<&'static [#repr], &'static [Self]>(&CODES) }),
            count: quote_mixed!(#count),
            code,
            // SAFETY (these two): `slot` gives every variant a slot below the row count, and
            // each `*_STARTS` holds an offset per row and one more, each at a char boundary of
            // its blob (`codetable_shared::blob`): what `str_at` requires.
            name: quote_mixed!(unsafe { #private::str_at(NAMES, &NAME_STARTS, slot(self as #repr)) }),
            message: quote_mixed!(unsafe { #private::str_at(MESSAGES, &MESSAGE_STARTS, slot(self as #repr)) }),
            variant_name,
            key_at,
            classify,
            from_code,
            from_name,
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

/// The blobs of the names (the rows', by slot, then the aliases') and of the messages, with
/// their offsets. Statics, not consts: one copy of each table, which callers that inline a
/// lookup address instead of copying it into their own binary.
fn text_statics(table: &Table) -> TokenStream {
    let (names, name_starts) = index::blob(all_names(table));
    let (messages, message_starts) = index::blob(table.rows.iter().map(|row| row.message.as_str()));
    let blob_type = quote_mixed!(&::core::primitive::str);
    let (names, messages) = (literals::string(&names), literals::string(&messages));
    let (name_starts, message_starts) = (u32_bytes(name_starts), u32_bytes(message_starts));
    quote_mixed! {
        static NAMES: #blob_type = #names;
        static NAME_STARTS: #name_starts;
        static MESSAGES: #blob_type = #messages;
        static MESSAGE_STARTS: #message_starts;
    }
}

/// The names the name index holds: the rows', by slot, then the aliases'. A name's index here
/// is what the index finds: a row's slot, or the row count plus an alias's index.
fn all_names(table: &Table) -> impl Iterator<Item = &str> + Clone {
    table
        .rows
        .iter()
        .map(|row| row.name.as_str())
        .chain(table.aliases.iter().map(|alias| alias.name.as_str()))
}

/// The codes by slot, the code index, the requirement that the enum is the table's, and the
/// functions that turn a code into a slot or a variant.
fn row_functions(table: &Table) -> TokenStream {
    let private = paths::private(&table.runtime);
    let repr = repr_type(table.repr);
    let ident = &table.ident;
    let code_index = index::code_index(
        &table.rows.iter().map(|row| row.code).collect::<Vec<_>>(),
        table.repr.bounds().0,
        table.repr.width() <= 4,
    );
    let (code_data, lookup) =
        code_lookup(&code_index, &table.runtime, table.repr, table.rows.len());
    // The code of each slot: each one the discriminant of a variant. A byte string: one token
    // instead of one per number, which rustc parses and type-checks several times faster.
    let mut codes = NumberArray::for_repr(table.repr);
    for row in &table.rows {
        codes.push(row.code);
    }
    let codes = codes.to_static(
        &format_ident!("CODES", span = Span::mixed_site()),
        &table.runtime,
    );
    let requirement = guard::requirement(table);
    quote_mixed! {
        #codes
        #code_data

        // Compiles only if the enum rustc compiles is this table's (see `guard`): what
        // makes `variant_of_code`'s read sound, whatever attributes the table carries.
        #requirement
        // And of the code type's size, which the digest of its `#[repr]` says already: a type
        // error otherwise, by the runtime's own `size_of`.
        const _: [(); #private::size_of::<#repr>()] = [(); #private::size_of::<#ident>()];

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
            // SAFETY: `#ident` is `#[repr(#repr)]` (so of `#repr`'s size and alignment) and its
            // discriminants are the codes of `CODES`, as the requirement above makes the build
            // fail otherwise; the caller passes one of them. A read, not a `transmute`: a debug
            // build checks a transmuted enum against every discriminant, which at tens of
            // thousands of rows is a tenth of a millisecond per lookup.
            unsafe { #private::read(&__code as *const #repr as *const #ident) }
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
    }
}

/// The name index's statics (and the rows aliases name), and the body of `from_name`.
fn name_lookup(table: &Table) -> (TokenStream, TokenStream) {
    let private = paths::private(&table.runtime);
    let names: Vec<&str> = all_names(table).collect();
    let names_index = index::name_index(&names);
    let mut data = slot_array(
        index::narrow_slots(names.len()),
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
    let (alias_data, row_of_name) = alias_rows(table);
    data.extend(alias_data);
    let seed = names_index.table.seed;
    let shift = names_index.table.shift;
    let from_start = names_index.from_start;
    let from_end = names_index.from_end;
    // SAFETY: every bucket of `NAME_BUCKETS` other than `EMPTY` holds the index of a
    // name of the blob `NAMES` (`index::name_index` over the rows' and aliases' names),
    // which `NAME_STARTS` holds an offset for and one after, each at a char boundary
    // (`codetable_shared::blob`): what `find_name` requires.
    let body = quote_mixed! {
        match unsafe {
            #private::find_name(
                name,
                #private::NameIndex {
                    buckets: &NAME_BUCKETS,
                    seed: #seed,
                    shift: #shift,
                    from_start: #from_start,
                    from_end: #from_end,
                },
                NAMES,
                &NAME_STARTS,
            )
        } {
            ::core::option::Option::Some(__found) => ::core::option::Option::Some(variant_at_slot(#row_of_name)),
            ::core::option::Option::None => ::core::option::Option::None,
        }
    };
    (data, body)
}

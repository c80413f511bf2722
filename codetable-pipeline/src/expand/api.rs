//! The API of a table, its signatures written once for real and inert bodies alike.

use super::bodies::Bodies;
use super::categories::category_api;
use super::enums::{category_ident, generated, support_ident};
use super::{
    code_types, columns, docs, explained, languages, literals, quote_mixed, repr_type, CodeTypes,
};
use crate::model::Table;
use crate::paths;
use proc_macro2::TokenStream;
use syn::ext::IdentExt;

/// The impls of a table, from its bodies.
pub(super) fn api(table: &Table, bodies: &Bodies) -> TokenStream {
    let mut tokens = inherent(table, bodies);
    tokens.extend(support(table, bodies));
    tokens.extend(formatting(table));
    tokens.extend(order(table));
    tokens.extend(conversions(table));
    tokens.extend(code_trait(table, bodies));
    tokens.extend(columns::accessors(table, bodies.stub));
    tokens.extend(columns::feature_impls(table, bodies.stub));
    tokens.extend(languages::api(table, bodies.stub));
    tokens.extend(explained::api(table, bodies.stub));
    tokens.extend(super::arguments::api(table, bodies.stub));
    tokens.extend(alias_constants(table));
    if !table.sections.is_empty() {
        tokens.extend(category_api(table, bodies));
    }
    tokens
}

/// The table's `MARKDOWN` and its inherent items: `ALL`, `COUNT`, the lookups, `code`, `name`,
/// `message` and `classify`.
fn inherent(table: &Table, bodies: &Bodies) -> TokenStream {
    let runtime = paths::runtime(&table.runtime);
    let ident = &table.ident;
    let Bodies {
        all,
        count,
        code,
        name,
        message,
        from_code,
        from_name,
        classify,
        ..
    } = bodies;
    let CodeTypes {
        code: code_type,
        input,
        constness,
    } = code_types(table);
    let (markdown_static, markdown_const) = markdown(table);
    let name_doc = name_doc(table);
    let code_doc = if table.text_codes {
        "The code: the string of the row.".to_owned()
    } else {
        format!(
            "The code: the number of the row, also the discriminant (`self as {}`).",
            table.repr.name()
        )
    };
    quote_mixed! {
        #markdown_static

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

            #markdown_const

            #[doc = #code_doc]
            #[inline]
            pub const fn code(self) -> #code_type {
                #code
            }

            #[doc = #name_doc]
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
            pub #constness fn from_code(code: #input) -> ::core::option::Option<Self> {
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
            pub #constness fn classify(code: #input) -> #runtime::Classified<Self> {
                #classify
            }

        }
    }
}

/// The table's `MARKDOWN`: the static that holds the document, and the constant, an item of
/// the enum's inherent impl.
fn markdown(table: &Table) -> (TokenStream, TokenStream) {
    let markdown = literals::string(&if table.valid {
        crate::markdown::document(table)
    } else {
        String::new()
    });
    let holder = quote_mixed! {
        // A static the constant refers to, not a literal: rustdoc shows a constant's value,
        // and the document is as long as the table.
        static TABLE_AS_MARKDOWN: &::core::primitive::str = #markdown;

        /// The table as a Markdown document.
        const fn table_as_markdown() -> &'static ::core::primitive::str {
            TABLE_AS_MARKDOWN
        }
    };
    let constant = quote_mixed! {
        /// The table as a Markdown document: a heading with the enum's name, a table of
        /// the codes outside sections (code, name, message, columns), then each section
        /// as a heading with its range, name, message and codes. `codes import` reads it
        /// back to the same rows.
        // Through a function: rustdoc shows a constant's value when it is a path or a
        // block, and this static's name is the expansion's own.
        pub const MARKDOWN: &'static ::core::primitive::str = table_as_markdown();
    };
    (holder, constant)
}

/// The support type `assert_disjoint!` and `Debug` read.
fn support(table: &Table, bodies: &Bodies) -> TokenStream {
    let ident = &table.ident;
    let private = paths::private(&table.runtime);
    let support = support_ident(table);
    let Bodies {
        variant_name,
        key_at,
        ..
    } = bodies;
    quote_mixed! {
        /// What generated code and `assert_disjoint!` read of the table: not part of its
        /// API, and not among the enum's own items, which an editor's completion lists.
        pub struct #support;

        impl #support {
            /// The variant's name, for `Debug` and `assert_disjoint!`.
            #[inline]
            pub const fn variant_name(__row: #ident) -> #private::VariantName<'static> {
                #variant_name
            }

            /// The variant of the `index`-th row (`index < COUNT`), for `assert_disjoint!`'s
            /// message.
            #[inline]
            pub const fn row_at(index: ::core::primitive::usize) -> #ident {
                variant_at_slot(index)
            }

            /// The code of the `index`-th row (`index < COUNT`) as `assert_disjoint!` compares
            /// codes, which cannot call the trait's `at` in constant evaluation: `(code, "")` for
            /// a number, `(0, code)` for a string.
            #[inline]
            pub const fn key_at(
                index: ::core::primitive::usize,
            ) -> (::core::primitive::i128, &'static ::core::primitive::str) {
                #key_at
            }
        }

        #[doc(hidden)]
        #[automatically_derived]
        impl #private::Table for #ident {
            type Support = #support;
        }
    }
}

/// `Debug` (the variant's name) and `Display` (the code as the table shows it, and the message,
/// or the wire name for a row without one).
fn formatting(table: &Table) -> TokenStream {
    let ident = &table.ident;
    let support = support_ident(table);
    let shown = |row: &crate::model::Row| {
        let text = if row.message.is_empty() {
            &row.name
        } else {
            &row.message
        };
        // A table of string codes shows its code, not the row's slot.
        let code = match &row.text {
            Some(code) => code.clone(),
            None => table.code_text(row.code),
        };
        format!("{code}: {text}")
    };
    let display_doc = match table.rows.first() {
        Some(row) => format!(
            "Shows the code and its message (the wire name for a row without one): {}.",
            crate::markdown::code_span(&shown(row))
        ),
        None => "Shows the code and its message.".to_owned(),
    };
    // The code as `code_text` writes it: `{:#0W$X}` for a hex table.
    let code_format = match table.hex {
        Some(digits) => format!("{{:#0{}X}}: {{}}", digits + 2),
        None => "{}: {}".to_owned(),
    };
    let text = if table.rows.iter().any(|row| row.message.is_empty()) {
        quote_mixed! {{
            let __message = #ident::message(*self);
            if __message.is_empty() { #ident::name(*self) } else { __message }
        }}
    } else {
        quote_mixed!(#ident::message(*self))
    };
    quote_mixed! {
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
                ::core::write!(f, #code_format, #ident::code(*self), #text)
            }
        }
    }
}

/// `Hash` and the orders, by code, and the comparison with `OrUnknown`.
fn order(table: &Table) -> TokenStream {
    let or_unknown_doc = match table.rows.first() {
        Some(row) => format!(
            "By code, as `OrUnknown` compares with the table's codes: `{}::{} == response.code`.",
            table.ident.unraw(),
            row.variant_name
        ),
        None => "By code, as `OrUnknown` compares with the table's codes.".to_owned(),
    };
    let runtime = paths::runtime(&table.runtime);
    let ident = &table.ident;
    quote_mixed! {
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

        #[doc = #or_unknown_doc]
        #[automatically_derived]
        impl ::core::cmp::PartialEq<#runtime::OrUnknown<#ident>> for #ident {
            #[inline]
            fn eq(&self, other: &#runtime::OrUnknown<#ident>) -> ::core::primitive::bool {
                #ident::code(*self) == #runtime::OrUnknown::code(other)
            }
        }
    }
}

/// `Error`, the conversions to and from the code and from the name, and serde's impls.
fn conversions(table: &Table) -> TokenStream {
    let runtime = paths::runtime(&table.runtime);
    let ident = &table.ident;
    let CodeTypes {
        code: code_type, ..
    } = code_types(table);
    let repr = repr_type(table.repr);
    // From the code: the integer type, or a `&str` of any lifetime.
    let (generics, input) = if table.text_codes {
        (
            Some(quote_mixed!(<'a>)),
            quote_mixed!(&'a ::core::primitive::str),
        )
    } else {
        (None, repr.clone())
    };
    let private = paths::private(&table.runtime);
    let table_name = ident.unraw().to_string();
    quote_mixed! {
        #[automatically_derived]
        impl ::core::error::Error for #ident {}

        #[automatically_derived]
        impl ::core::convert::From<#ident> for #code_type {
            #[inline]
            fn from(code: #ident) -> #code_type {
                #ident::code(code)
            }
        }

        #[automatically_derived]
        impl #generics ::core::convert::TryFrom<#input> for #ident {
            type Error = #runtime::UnknownCode<#code_type>;

            // Not `Self::Error`: a row named `ERROR` makes a variant `Error`, and the path would
            // be ambiguous.
            #[inline]
            fn try_from(code: #input) -> ::core::result::Result<Self, #runtime::UnknownCode<#code_type>> {
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
    }
}

/// The `Code` trait, which generic code over tables uses.
fn code_trait(table: &Table, bodies: &Bodies) -> TokenStream {
    let runtime = paths::runtime(&table.runtime);
    let ident = &table.ident;
    let CodeTypes {
        code: code_type,
        input,
        ..
    } = code_types(table);
    let table_name = ident.unraw().to_string();
    let Bodies { at, .. } = bodies;
    let explained = explained::code_items(table, bodies.stub);
    let category_type = if table.sections.is_empty() {
        quote_mixed!(#runtime::NoCategory)
    } else {
        let category = category_ident(table);
        quote_mixed!(#category)
    };
    quote_mixed! {
        #[automatically_derived]
        impl #runtime::Code for #ident {
            type Repr = #code_type;
            type Category = #category_type;
            const TABLE: &'static ::core::primitive::str = #table_name;
            const COUNT: ::core::primitive::usize = #ident::COUNT;
            const MARKDOWN: &'static ::core::primitive::str = #ident::MARKDOWN;

            #[inline]
            fn code(self) -> #code_type {
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
            fn from_code(code: #input) -> ::core::option::Option<Self> {
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
            fn classify(code: #input) -> #runtime::Classified<Self> {
                #ident::classify(code)
            }
            #explained
        }
    }
}

/// An associated constant per alias, equal to the row it names.
pub(super) fn alias_constants(table: &Table) -> TokenStream {
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

/// The docs of `name()`, with the table's own first row, and the rule for a nameless row where
/// the table has one.
fn name_doc(table: &Table) -> String {
    let mut doc = String::from("The wire name, exactly as written in the table");
    if let Some(row) = table.rows.iter().find(|row| !row.nameless) {
        doc.push_str(&format!(" (`{:?}`)", row.name));
    }
    if let Some(row) = table.rows.iter().find(|row| row.nameless) {
        doc.push_str(&format!(
            "; for a row written `_`, the name of its variant (`{:?}`)",
            row.variant_name
        ));
    }
    doc.push('.');
    doc
}

//! The enums of a table: its own, whose discriminants are its codes, and its section and
//! language enums; and the names the expansion makes of the user's.

use super::{code_literal, docs, languages, quote_mixed};
use crate::guard;
use crate::model::{Runtime, Table};
use crate::paths;
use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::format_ident;
use quote::ToTokens;
use syn::ext::IdentExt;

/// The enum, and the category enum of a table with sections.
pub(super) fn definitions(table: &Table) -> TokenStream {
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
    let row_docs = docs::RowDocs::new(table);
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
    // Every row's docs as source text, lexed at once: one call to the compiler's lexer
    // instead of a dozen tokens per row made one by one, each crossing the proc-macro bridge.
    // `ends[slot]` is where the row's attributes end in the text, `counts[slot]` how many.
    let mut text = String::with_capacity(table.rows.len() * 160);
    let mut summary = String::new();
    let mut ends = Vec::with_capacity(table.rows.len());
    let mut counts = Vec::with_capacity(table.rows.len());
    for (slot, row) in table.rows.iter().enumerate() {
        let aliases = aliases_of.get(slot).map_or(&[][..], Vec::as_slice);
        counts.push(row_docs.push_row(&mut text, &mut summary, row, aliases));
        ends.push(text.len());
    }
    let mut docs = lex_docs(&text, &ends, &mut counts).into_iter();
    let mixed = Span::mixed_site();
    let explicit = table.valid && !table.text_codes;
    for (row, count) in table.rows.iter().zip(counts) {
        // Each attribute is two trees: `#` and its brackets.
        variants.extend(docs.by_ref().take(2 * count));
        for attr in &row.attrs {
            attr.to_tokens(&mut variants);
        }
        variants.extend([TokenTree::Ident(generated(&row.variant))]);
        // A table of string codes leaves the discriminants, its rows' slots, implicit: cheaper
        // for rustc than explicit ones, which it checks for duplicates.
        if explicit {
            variants.extend([punct('=', mixed)]);
            code_literal(row.code, row.code_span).to_tokens(&mut variants);
        }
        variants.extend([punct(',', mixed)]);
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
            let docs = docs::section(table, section);
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

/// The rows' docs, lexed from `text`, where row `n`'s end at `ends[n]`: in one piece, or row
/// by row if it does not lex (it always does: [`docs::RowDocs::push_row`] escapes every
/// string), a row whose text does not lex left without its docs (its count set to 0) rather
/// than a panic.
fn lex_docs(text: &str, ends: &[usize], counts: &mut [usize]) -> TokenStream {
    if let Some(docs) = crate::lex::stream(text) {
        return docs;
    }
    let mut docs = TokenStream::new();
    let mut start = 0;
    for (&end, count) in ends.iter().zip(counts) {
        match text.get(start..end).and_then(crate::lex::stream) {
            Some(row) => docs.extend(row),
            _ => *count = 0,
        }
        start = end;
    }
    docs
}

fn punct(c: char, span: Span) -> TokenTree {
    let mut punct = Punct::new(c, Spacing::Alone);
    punct.set_span(span);
    TokenTree::Punct(punct)
}

/// The traits derived: they expand to no match over the variants on a fieldless enum, and
/// `PartialEq` and `Eq` derived make the alias constants usable in patterns. `Hash` and the
/// orders are written by hand, by code (see `api`), which rustdoc shows without `__H`.
/// `derive` through the runtime's path: an import may shadow the prelude's, and an
/// `extern crate … as core` re-point `::core`'s.
pub(super) fn derives(runtime: &Runtime) -> TokenStream {
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
pub(super) fn small_enum_derives(runtime: &Runtime) -> TokenStream {
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

/// The type `assert_disjoint!` and `Debug` read a table's support functions from, named by the
/// table so that it is never the table's own name, which the data block names too.
pub(super) fn support_ident(table: &Table) -> Ident {
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
pub(super) fn generated(ident: &Ident) -> Ident {
    let mut ident = ident.clone();
    ident.set_span(ident.span().resolved_at(Span::mixed_site()));
    ident
}

pub(super) fn category_ident(table: &Table) -> Ident {
    format_ident!("{}Category", table.ident)
}

//! The check that the enum rustc compiles is the enum the table wrote.
//!
//! The lookups turn a code into its variant by a `transmute`, sound only if every code of the
//! table is a discriminant of the enum, of the table's `#[repr]`. What the expansion emits
//! holds that, but the enum then passes through the user's attributes: an attribute macro on
//! the table may rewrite it (drop a variant, change a discriminant or the repr) before rustc
//! sees it. So the enum carries, last of its attributes, a derive ([`check_enum`], the
//! `codetable-macro` derive `CheckEnum`), which sees the enum as rustc will compile it, compares
//! it with the table it was made from (written into a helper attribute by [`around_enum`]), and
//! turns any difference into a compile error that names the row. The derive also implements
//! a marker trait that the table's impls require, so an attribute that drops the derive fails
//! to compile too.
//!
//! The derive reads only the top level of the enum's tokens (a variant's docs are one group
//! it skips), but rustc clones the enum and turns it back into tokens to hand it over: about
//! 3 % of a 30 000-row table's `cargo check` (BENCHMARKS.md, "What the enum check costs"). So
//! it is there only where [`needed`]: when the enum carries an attribute that can be a macro,
//! or a row a `cfg_attr`. Without one, nothing but the expansion writes the enum, and it
//! implements the marker itself.

use crate::model::Table;
use proc_macro2::{Delimiter, Ident, Literal, Span, TokenStream, TokenTree};
use quote::quote_spanned;
use std::collections::HashMap;

/// The name of the helper attribute that carries the table to the derive.
pub const ATTRIBUTE: &str = "codes_table";

/// Rust's built-in attributes that can go on an enum and cannot be macros: an import of a
/// macro by one of these names is ambiguous with the built-in, which rustc refuses. (`derive`
/// is not one: it is a macro of the prelude, which an import can shadow.)
const INERT: &[&str] = &[
    "doc",
    "allow",
    "warn",
    "deny",
    "forbid",
    "expect",
    "deprecated",
    "must_use",
    "non_exhaustive",
];

/// Whether the enum needs the derive: it carries an attribute other than Rust's inert
/// built-ins (an attribute macro may rewrite it), or the table or a row has a `cfg_attr`
/// (refused by `valid` where it can apply `cfg`; checked again here, in depth).
pub fn needed(table: &Table) -> bool {
    let inert = |attr: &syn::Attribute| {
        attr.path()
            .get_ident()
            .is_some_and(|ident| INERT.iter().any(|name| ident == name))
    };
    !table.attrs.iter().all(inert)
        || table
            .rows
            .iter()
            .flat_map(|row| &row.attrs)
            .any(|attr| attr.path().is_ident("cfg_attr"))
}

/// What the expansion writes around a valid table's enum, as (attributes, items after it):
/// where [`needed`], the derive and the table it checks, last of the enum's attributes so that
/// it sees the enum after every attribute macro of the user's; elsewhere the marker impl, as
/// nothing but the expansion writes the enum.
pub fn around_enum(table: &Table) -> (Option<TokenStream>, Option<TokenStream>) {
    if !table.valid {
        return (None, None);
    }
    if !needed(table) {
        return (None, Some(marker_impl(&table.ident)));
    }
    let private = crate::expand::private();
    let attribute = Ident::new(ATTRIBUTE, Span::call_site());
    let expected = expected(table);
    let attributes = quote_spanned! {Span::mixed_site()=>
        #[::core::prelude::v1::derive(#private::CheckEnum)]
        #[#attribute(#expected)]
    };
    (Some(attributes), None)
}

/// The impl of the marker trait that the table's impls require: by the derive on an enum it
/// found to be its table's, by the expansion on an enum nothing else writes.
fn marker_impl(ident: &Ident) -> TokenStream {
    let private = crate::expand::private();
    quote_spanned!(Span::mixed_site()=> #[doc(hidden)] impl #private::CheckedEnum for #ident {})
}

/// The table as the derive expects to find it: the code type's name, then one line per row,
/// `VARIANT CODE`, in declaration order.
fn expected(table: &Table) -> Literal {
    let mut text = String::with_capacity(table.rows.len() * 24);
    text.push_str(table.repr.name());
    for row in &table.rows {
        text.push('\n');
        text.push_str(&row.variant_name);
        text.push(' ');
        text.push_str(&row.code.to_string());
    }
    // Raw: names and numbers need no escapes, so the derive reads the text back as written.
    format!("r\"{text}\"")
        .parse()
        .unwrap_or_else(|_| Literal::string(&text))
}

/// A variant as the enum declares it.
struct Found {
    name: String,
    span: Span,
    /// The discriminant: written, or one more than the previous one's.
    code: Result<i128, Span>,
}

/// The body of the `CheckEnum` derive: nothing but the marker impl when the enum (its
/// `#[repr]`, its variants, their order and discriminants) is the table's, else also one
/// `compile_error!` per difference, naming the row.
pub fn check_enum(input: TokenStream) -> TokenStream {
    let mut errors = Vec::new();
    let mut repr = None;
    let mut table = None;
    let mut ident = None;
    let mut variants = None;
    let mut tokens = input.into_iter();
    while let Some(token) = tokens.next() {
        match token {
            TokenTree::Punct(pound) if pound.as_char() == '#' => {
                if let Some(TokenTree::Group(attribute)) = tokens.next() {
                    read_attribute(attribute.stream(), &mut repr, &mut table);
                }
            }
            TokenTree::Ident(keyword) if keyword == "enum" => {
                if let Some(TokenTree::Ident(name)) = tokens.next() {
                    ident = Some(name);
                }
                if let Some(TokenTree::Group(body)) = tokens.next() {
                    if body.delimiter() == Delimiter::Brace {
                        variants = Some(body.stream());
                    }
                }
                break;
            }
            _ => {}
        }
    }
    let Some(ident) = ident else {
        return compile_error(
            Span::call_site(),
            "define_codes!'s enum check found no enum: an attribute on the table replaced it",
        );
    };
    let impl_marker = marker_impl(&ident);
    let Some((expected_repr, rows)) = table.as_deref().and_then(parse_expected) else {
        errors.push(compile_error(
            ident.span(),
            &format!(
                "the enum `{ident}` lost its `#[{ATTRIBUTE}]`, which says which table it was made \
                 from: an attribute on the table rewrote it; remove that attribute"
            ),
        ));
        return errors.into_iter().chain([impl_marker]).collect();
    };
    if repr.as_deref() != Some(expected_repr) {
        let found = repr.map_or_else(|| "no `#[repr]`".to_owned(), |r| format!("`#[repr({r})]`"));
        errors.push(compile_error(
            ident.span(),
            &format!(
                "the enum `{ident}` has {found} where its table has `#[repr({expected_repr})]`: \
                 an attribute on the table rewrote it; remove that attribute"
            ),
        ));
    }
    let found = read_variants(variants.unwrap_or_default(), &mut errors);
    compare(&ident, &rows, &found, &mut errors);
    errors.into_iter().chain([impl_marker]).collect()
}

/// Notes the `#[repr(T)]` and the table attribute among the enum's attributes.
fn read_attribute(stream: TokenStream, repr: &mut Option<String>, table: &mut Option<String>) {
    let mut tokens = stream.into_iter();
    let (Some(TokenTree::Ident(path)), Some(TokenTree::Group(args))) =
        (tokens.next(), tokens.next())
    else {
        return;
    };
    if path == "repr" {
        // Only the integer repr matters here; `repr(C, i32)` or a second repr is rustc's to
        // reject or this check's to see as a different repr.
        let written = args.stream().to_string();
        *repr = Some(match repr.take() {
            Some(earlier) => format!("{earlier}, {written}"),
            None => written,
        });
    } else if path == ATTRIBUTE {
        if let Some(TokenTree::Literal(literal)) = args.stream().into_iter().next() {
            *table = string_value(&literal);
        }
    }
}

/// The text of the raw string literal [`expected`] wrote.
fn string_value(literal: &Literal) -> Option<String> {
    let text = literal.to_string();
    Some(text.strip_prefix("r\"")?.strip_suffix('"')?.to_owned())
}

/// The code type and the `(variant, code)` rows of the table attribute.
fn parse_expected(text: &str) -> Option<(&str, Vec<(&str, i128)>)> {
    let mut lines = text.split('\n');
    let repr = lines.next()?;
    let rows = lines
        .map(|line| {
            let (name, code) = line.split_once(' ')?;
            Some((name, code.parse().ok()?))
        })
        .collect::<Option<Vec<_>>>()?;
    Some((repr, rows))
}

/// The enum's variants, in order, with their discriminants. A variant with fields, or with a
/// discriminant that is not a literal, is an error here: the expansion writes neither.
fn read_variants(body: TokenStream, errors: &mut Vec<TokenStream>) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    let mut tokens = body.into_iter();
    while let Some(token) = tokens.next() {
        let name = match token {
            TokenTree::Punct(pound) if pound.as_char() == '#' => {
                tokens.next();
                continue;
            }
            TokenTree::Punct(comma) if comma.as_char() == ',' => continue,
            TokenTree::Ident(name) => name,
            other => {
                errors.push(compile_error(
                    other.span(),
                    "define_codes!'s enum check cannot read this: an attribute on the table rewrote the enum",
                ));
                return found;
            }
        };
        let mut code = match found.last() {
            Some(Found {
                code: Ok(previous), ..
            }) => Ok(previous + 1),
            Some(Found {
                code: Err(span), ..
            }) => Err(*span),
            None => Ok(0),
        };
        match tokens.next() {
            None => {}
            Some(TokenTree::Punct(comma)) if comma.as_char() == ',' => {}
            Some(TokenTree::Punct(equals)) if equals.as_char() == '=' => {
                code = discriminant(&mut tokens).ok_or(name.span());
            }
            Some(other) => {
                errors.push(compile_error(
                    other.span(),
                    &format!(
                        "the variant `{name}` has fields: an attribute on the table rewrote the enum"
                    ),
                ));
                code = Err(name.span());
                skip_to_comma(&mut tokens);
            }
        }
        found.push(Found {
            name: name.to_string(),
            span: name.span(),
            code,
        });
    }
    found
}

/// A discriminant written as `-`? and an integer literal, up to the next comma; `None` for
/// anything else, which is skipped.
fn discriminant(tokens: &mut impl Iterator<Item = TokenTree>) -> Option<i128> {
    let mut negative = false;
    let mut value = None;
    let mut clean = true;
    for token in tokens.by_ref() {
        match token {
            TokenTree::Punct(comma) if comma.as_char() == ',' => break,
            TokenTree::Punct(minus) if minus.as_char() == '-' && value.is_none() && !negative => {
                negative = true;
            }
            TokenTree::Literal(literal) if value.is_none() => {
                value = literal.to_string().parse::<i128>().ok();
                clean &= value.is_some();
            }
            // `macro_rules!` may wrap a literal in an invisible group.
            TokenTree::Group(group) if group.delimiter() == Delimiter::None && value.is_none() => {
                value = discriminant(&mut group.stream().into_iter());
                clean &= value.is_some();
            }
            _ => clean = false,
        }
    }
    let value = value.filter(|_| clean)?;
    Some(if negative { -value } else { value })
}

fn skip_to_comma(tokens: &mut impl Iterator<Item = TokenTree>) {
    for token in tokens {
        if matches!(&token, TokenTree::Punct(comma) if comma.as_char() == ',') {
            return;
        }
    }
}

/// One error per row the enum lost or gave another discriminant, and per variant it gained.
/// Order does not matter (the lookups go by code), but the enum as written has the rows' order,
/// which is checked first, without a map.
fn compare(
    ident: &proc_macro2::Ident,
    rows: &[(&str, i128)],
    found: &[Found],
    errors: &mut Vec<TokenStream>,
) {
    let same = rows.len() == found.len()
        && rows.iter().zip(found).all(|(&(name, code), variant)| {
            variant.name == name && matches!(variant.code, Ok(found) if found == code)
        });
    if same {
        // What the expansion wrote, untouched: no map needed.
        return;
    }
    let because = "an attribute on the table rewrote the enum; remove that attribute, or \
                   change the table instead";
    let by_name: HashMap<&str, &Found> = found
        .iter()
        .map(|variant| (variant.name.as_str(), variant))
        .collect();
    for &(name, code) in rows {
        let message = match by_name.get(name).map(|variant| variant.code) {
            Some(Ok(discriminant)) if discriminant == code => continue,
            Some(Ok(discriminant)) => format!(
                "the row `{name}` (code {code}) has the discriminant {discriminant} in the enum `{ident}`: {because}"
            ),
            Some(Err(_)) => format!(
                "the row `{name}` (code {code}) has a discriminant in the enum `{ident}` that is not its code: {because}"
            ),
            None => format!(
                "the row `{name}` (code {code}) has no variant in the enum `{ident}`: {because}"
            ),
        };
        let span = match by_name.get(name) {
            Some(Found {
                code: Err(span), ..
            }) => *span,
            Some(variant) => variant.span,
            None => ident.span(),
        };
        errors.push(compile_error(span, &message));
    }
    let rows: HashMap<&str, i128> = rows.iter().copied().collect();
    for extra in found
        .iter()
        .filter(|variant| !rows.contains_key(variant.name.as_str()))
    {
        errors.push(compile_error(
            extra.span,
            &format!(
                "the enum `{ident}` has a variant `{}` that its table has no row for: {because}",
                extra.name
            ),
        ));
    }
}

fn compile_error(span: Span, message: &str) -> TokenStream {
    quote_spanned!(span=> ::core::compile_error! { #message })
}

//! The check that the enum rustc compiles is the enum the table wrote, made a property of
//! construction rather than of recognising attributes.
//!
//! The lookups turn a code they found into its variant by a `transmute`, sound only if every
//! code of the table is a discriminant of the enum, of the table's `#[repr]`. The expansion
//! writes such an enum, but rustc compiles it only after every attribute on it has run: an
//! attribute macro may rewrite it, and a `cfg` (in any spelling: `r#cfg`, through a
//! `macro_rules!` `$a:meta`, inside any `cfg_attr`) may remove a variant. `valid` refuses the
//! `cfg`s it can see, for a clear error; soundness does not rest on that.
//!
//! - Last of the enum's attributes, the expansion puts the `CheckEnum` derive ([`check_enum`]),
//!   reached through the runtime's own path (`$crate`, which no import or `extern crate`
//!   re-points). A derive sees the item as rustc compiles it: configured, after every attribute
//!   macro before it. It implements `CheckedEnum<HIGH, LOW>` with the [`digest`] of what it
//!   found: the `#[repr]`s, and each variant's name and discriminant.
//! - The table's data block requires `CheckedEnum` with the digest of the table itself
//!   ([`requirement`]), which no attribute can reach. A missing, added, renamed or renumbered
//!   variant, another `#[repr]`, a derive dropped or an attribute left after it (which a
//!   derive would not see run) each end in that failed trait bound. `CheckedEnum` is an
//!   `unsafe trait`: only `unsafe` code can implement it otherwise.
//! - The derive also reads the table the expansion wrote into its helper attribute, and names
//!   each row the enum lost or renumbered: the error to act on. An attribute may forge that
//!   text; the digest is what holds.
//!
//! The derive reads only the top level of the enum's tokens, but rustc clones the enum for it:
//! its cost is in BENCHMARKS.md ("What the enum check costs").
//!
//! The section enum carries no attribute of the user's but its variants' (docs, `deprecated`,
//! and what `cfg_attr` applies), and its lookups index by discriminant, which a removed variant
//! cannot push past the count. Its `ALL` names every section, so that a removed one fails to
//! compile; it is written by the `ListVariants` derive ([`list_variants`]), in whose expansion
//! a `#[deprecated]` section is named without a warning, which `#![forbid(deprecated)]` would
//! make an error.

use crate::model::{Runtime, Table};
use crate::paths;
use proc_macro2::{Delimiter, Group, Ident, Literal, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::fmt::Write as _;
use syn::ext::IdentExt;

/// The helper attribute of `CheckEnum`: the runtime's support path, and the table.
pub const CHECK_ATTRIBUTE: &str = "codetable_check";
/// The helper attribute of `ListVariants`: the constant's doc, and the variants.
pub const VARIANTS_ATTRIBUTE: &str = "codetable_variants";

/// The digest of an enum: the SHA-256 of its `#[repr]`s' contents (joined with `", "`), then
/// a line `NAME DISCRIMINANT` per variant in declaration order, as two `u128`s. What the derive
/// finds and what the table wrote are compared by it; a cryptographic hash, so that no
/// attribute can make a different enum match a table.
pub fn digest<'a>(repr: &str, variants: impl IntoIterator<Item = (&'a str, i128)>) -> (u128, u128) {
    digest_of_text(&description(repr, variants))
}

/// The text [`digest`] hashes: the `#[repr]`s, then a line `NAME DISCRIMINANT` per variant.
/// It is also the table the expansion gives the derive in its helper attribute.
fn description<'a>(repr: &str, variants: impl IntoIterator<Item = (&'a str, i128)>) -> String {
    let mut text = String::new();
    text.push_str(repr);
    for (name, code) in variants {
        text.push('\n');
        text.push_str(name);
        text.push(' ');
        let _ = write!(text, "{code}");
    }
    text
}

/// The SHA-256 of a [`description`], as two `u128`s: hashed in one piece (in a proc macro that
/// cargo builds unoptimised, a call to the hasher per part of each line cost as much again).
fn digest_of_text(text: &str) -> (u128, u128) {
    let bytes: [u8; 32] = Sha256::digest(text.as_bytes()).into();
    let (high, low) = bytes.split_at(16);
    let word = |half: &[u8]| u128::from_be_bytes(half.try_into().unwrap_or_default());
    (word(high), word(low))
}

/// The table a valid table's enum must be, as [`description`] writes it.
fn table_description(table: &Table) -> String {
    description(
        table.repr.name(),
        table
            .rows
            .iter()
            .map(|row| (row.variant_name.as_str(), row.code)),
    )
}

/// The attributes the expansion puts last on a valid table's enum: the `CheckEnum` derive and
/// the table it checks.
pub fn around_enum(table: &Table) -> TokenStream {
    if !table.valid {
        return TokenStream::new();
    }
    let private = paths::private(&table.runtime);
    let attribute = Ident::new(CHECK_ATTRIBUTE, Span::mixed_site());
    let expected = expected(table);
    quote_spanned! {Span::mixed_site()=>
        #[#private::derive(#private::CheckEnum)]
        #[#attribute(#private, #expected)]
    }
}

/// The item of a valid table's data block that compiles only if the derive found the table's
/// enum: built-in syntax and a trait bound, through the runtime's path alone.
pub fn requirement(table: &Table) -> TokenStream {
    let private = paths::private(&table.runtime);
    let ident = &table.ident;
    let (high, low) = digest_of_text(&table_description(table));
    let (high, low) = (Literal::u128_suffixed(high), Literal::u128_suffixed(low));
    quote_spanned! {Span::mixed_site()=>
        const _: () = #private::checked::<#ident, #high, #low>();
    }
}

/// The attributes of a derive of `ALL` naming `variants`, documented by `doc`.
pub fn listed(runtime: &Runtime, doc: &str, variants: &[&Ident]) -> TokenStream {
    let private = paths::private(runtime);
    let attribute = Ident::new(VARIANTS_ATTRIBUTE, Span::mixed_site());
    quote_spanned! {Span::mixed_site()=>
        #[#private::derive(#private::ListVariants)]
        #[#attribute(#doc, #(#variants),*)]
    }
}

/// The table as the derive expects to find it: its [`description`], the code type's name, then
/// one line per row, `VARIANT CODE`, in declaration order.
fn expected(table: &Table) -> Literal {
    let text = table_description(table);
    // Raw: names and numbers need no escapes, so the derive reads the text back as written.
    crate::lex::literal(&format!("r\"{text}\"")).unwrap_or_else(|| Literal::string(&text))
}

/// A variant as the enum declares it.
struct Found {
    name: String,
    span: Span,
    /// The discriminant: written, or one more than the previous one's; `Err` where the derive
    /// cannot tell (not a decimal literal), with the span to point at.
    code: Result<i128, Span>,
}

/// The enum a derive was given.
struct Enum {
    ident: Ident,
    /// The contents of each `#[repr]`, joined by `", "`.
    repr: String,
    /// The helper attribute's contents, if it is the last attribute.
    helper: Option<TokenStream>,
    /// The variants, in order.
    variants: Vec<Found>,
}

/// Reads an enum as a derive receives it. Fail-closed: what it cannot read (generics, fields,
/// a discriminant that is not a decimal literal, its helper attribute not last) is an error,
/// and no digest is made of it.
fn read_enum(input: TokenStream, helper_name: &str, errors: &mut Vec<TokenStream>) -> Option<Enum> {
    let mut reprs = Vec::new();
    let mut helper = None;
    let mut after_helper = None;
    let mut tokens = input.into_iter();
    let ident = loop {
        match tokens.next()? {
            TokenTree::Punct(pound) if pound.as_char() == '#' => {
                let Some(TokenTree::Group(attribute)) = tokens.next() else {
                    return None;
                };
                if helper.is_some() && after_helper.is_none() {
                    after_helper = Some(attribute.span());
                }
                let mut inside = attribute.stream().into_iter();
                let path = match inside.next() {
                    Some(TokenTree::Ident(path)) => path.unraw().to_string(),
                    _ => String::new(),
                };
                let args = match inside.next() {
                    Some(TokenTree::Group(args)) if inside.next().is_none() => Some(args.stream()),
                    _ => None,
                };
                if path == "repr" {
                    reprs.push(args.map_or_else(|| "?".to_owned(), |args| args.to_string()));
                } else if path == helper_name {
                    helper = args;
                    after_helper = None;
                }
            }
            TokenTree::Ident(keyword) if keyword == "enum" => match tokens.next()? {
                TokenTree::Ident(ident) => break ident,
                _ => return None,
            },
            _ => {}
        }
    };
    if let Some(span) = after_helper {
        errors.push(compile_error(
            span,
            &format!(
                "an attribute after define_codes!'s check of the enum `{ident}` would change it \
                 after the check: an attribute on the table rewrote it; remove that attribute"
            ),
        ));
        return None;
    }
    let body = match tokens.next() {
        Some(TokenTree::Group(body)) if body.delimiter() == Delimiter::Brace => body,
        _ => {
            errors.push(compile_error(
                ident.span(),
                &format!(
                    "the enum `{ident}` has generics or a where clause: an attribute on the \
                     table rewrote it; remove that attribute"
                ),
            ));
            return None;
        }
    };
    let variants = read_variants(body.stream(), errors)?;
    Some(Enum {
        ident,
        repr: reprs.join(", "),
        helper,
        variants,
    })
}

/// The body of the `CheckEnum` derive: the unsafe impl of `CheckedEnum` with the digest of the
/// enum it was given, and one `compile_error!` per difference from the table of its helper
/// attribute, naming the row.
pub fn check_enum(input: TokenStream) -> TokenStream {
    let mut errors = Vec::new();
    let Some(found) = read_enum(input, CHECK_ATTRIBUTE, &mut errors) else {
        if errors.is_empty() {
            errors.push(compile_error(
                Span::call_site(),
                "define_codes!'s enum check found no enum it can read: an attribute on the \
                 table replaced it; remove that attribute",
            ));
        }
        return errors.into_iter().collect();
    };
    let ident = &found.ident;
    let Some((private, expected)) = found.helper.as_ref().and_then(split_helper) else {
        errors.push(compile_error(
            ident.span(),
            &format!(
                "the enum `{ident}` lost its `#[{CHECK_ATTRIBUTE}]`, which says which table it \
                 was made from: an attribute on the table rewrote it; remove that attribute"
            ),
        ));
        return errors.into_iter().collect();
    };
    let codes: Option<Vec<(&str, i128)>> = found
        .variants
        .iter()
        .map(|variant| Some((variant.name.as_str(), variant.code.ok()?)))
        .collect();
    let found_text = codes
        .as_ref()
        .map(|codes| description(&found.repr, codes.iter().copied()));
    let mut tokens = TokenStream::new();
    // The enum is the table of the helper attribute when their descriptions are the same text:
    // then one digest is both's. Where it is not, the errors below say how, and an impl would
    // only add the digests rustc lists beside the failed bound.
    if let Some(text) = found_text.as_ref().filter(|text| **text == expected) {
        let (high, low) = digest_of_text(text);
        let (high, low) = (Literal::u128_suffixed(high), Literal::u128_suffixed(low));
        // SAFETY (of the impl): `high` and `low` are the digest of the enum as this derive
        // received it, which rustc compiles unchanged (`read_enum` refuses an attribute after
        // the check's helper, which would run after it).
        tokens.extend(quote_spanned! {Span::mixed_site()=>
            #[automatically_derived]
            unsafe impl #private::CheckedEnum<#high, #low> for #ident {}
        });
    }
    if found_text.as_ref() != Some(&expected) {
        if let Some((expected_repr, rows)) = parse_expected(&expected) {
            describe(&found, expected_repr, &rows, &mut errors);
        }
    }
    tokens.extend(errors);
    tokens
}

/// The runtime's support path and the table text of the helper attribute
/// `#[codetable_check(PATH, r"TABLE")]`.
fn split_helper(helper: &TokenStream) -> Option<(TokenStream, String)> {
    let tokens: Vec<TokenTree> = helper.clone().into_iter().collect();
    let (table, rest) = tokens.split_last()?;
    let (comma, path) = rest.split_last()?;
    if !matches!(comma, TokenTree::Punct(comma) if comma.as_char() == ',') {
        return None;
    }
    let TokenTree::Literal(table) = table else {
        return None;
    };
    let text = table.to_string();
    let table = text.strip_prefix("r\"")?.strip_suffix('"')?.to_owned();
    Some((path.iter().cloned().collect(), table))
}

/// The code type and the `(variant, code)` rows of the table text.
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

/// The enum's variants, in order, with their discriminants; `None` (with an error) for a
/// variant with fields, which the expansion never writes.
fn read_variants(body: TokenStream, errors: &mut Vec<TokenStream>) -> Option<Vec<Found>> {
    let mut found: Vec<Found> = Vec::new();
    let mut tokens = body.into_iter().peekable();
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
                    "define_codes!'s enum check cannot read this: an attribute on the table \
                     rewrote the enum; remove that attribute",
                ));
                return None;
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
                        "the variant `{name}` has fields: an attribute on the table rewrote the \
                         enum; remove that attribute"
                    ),
                ));
                return None;
            }
        }
        found.push(Found {
            name: name.unraw().to_string(),
            span: name.span(),
            code,
        });
    }
    Some(found)
}

/// A discriminant written as `-`? and a decimal literal without suffix or separators (what the
/// expansion writes), up to the next comma; `None` for anything else, which rustc might read
/// otherwise than this check would.
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
                let text = literal.to_string();
                value = text
                    .bytes()
                    .all(|byte| byte.is_ascii_digit())
                    .then(|| text.parse::<i128>().ok())
                    .flatten();
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

/// One error per row the enum lost or gave another discriminant, per variant it gained, and
/// for another `#[repr]`; one in all where nothing row by row differs (the rows' order).
fn describe(
    found: &Enum,
    expected_repr: &str,
    rows: &[(&str, i128)],
    errors: &mut Vec<TokenStream>,
) {
    let ident = &found.ident;
    let because = "an attribute on the table rewrote the enum; remove that attribute, or \
                   change the table instead";
    let before = errors.len();
    if found.repr != expected_repr {
        let written = if found.repr.is_empty() {
            "no `#[repr]`".to_owned()
        } else {
            format!("`#[repr({})]`", found.repr)
        };
        errors.push(compile_error(
            ident.span(),
            &format!(
                "the enum `{ident}` has {written} where its table has `#[repr({expected_repr})]`: \
                 {because}"
            ),
        ));
    }
    let by_name: HashMap<&str, &Found> = found
        .variants
        .iter()
        .map(|variant| (variant.name.as_str(), variant))
        .collect();
    for &(name, code) in rows {
        let message = match by_name.get(name).map(|variant| variant.code) {
            Some(Ok(discriminant)) if discriminant == code => continue,
            Some(Ok(discriminant)) => format!(
                "the row `{name}` (code {code}) has the discriminant {discriminant} in the enum \
                 `{ident}`: {because}"
            ),
            Some(Err(_)) => format!(
                "the row `{name}` (code {code}) has a discriminant in the enum `{ident}` that is \
                 not its code: {because}"
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
    let named: HashMap<&str, i128> = rows.iter().copied().collect();
    for extra in found
        .variants
        .iter()
        .filter(|variant| !named.contains_key(variant.name.as_str()))
    {
        errors.push(compile_error(
            extra.span,
            &format!(
                "the enum `{ident}` has a variant `{}` that its table has no row for: {because}",
                extra.name
            ),
        ));
    }
    if errors.len() == before {
        errors.push(compile_error(
            ident.span(),
            &format!("the variants of the enum `{ident}` are not in its rows' order: {because}"),
        ));
    }
}

/// The body of the `ListVariants` derive: `ALL`, naming each variant of its helper attribute,
/// in this derive's expansion (where a `#[deprecated]` one is named without a warning). A
/// variant the enum lacks is then an unresolved name.
pub fn list_variants(input: TokenStream) -> TokenStream {
    let mut errors = Vec::new();
    let Some(found) = read_enum(input, VARIANTS_ATTRIBUTE, &mut errors) else {
        return errors.into_iter().collect();
    };
    let ident = &found.ident;
    let mut helper = found.helper.unwrap_or_default().into_iter();
    let Some(TokenTree::Literal(doc)) = helper.next() else {
        return compile_error(
            ident.span(),
            &format!("the enum `{ident}` lost its `#[{VARIANTS_ATTRIBUTE}]`"),
        );
    };
    let variants: Vec<Ident> = helper
        .filter_map(|token| match token {
            TokenTree::Ident(variant) => Some(Ident::new(&variant.to_string(), Span::call_site())),
            _ => None,
        })
        .collect();
    let all = Group::new(Delimiter::Bracket, quote!(#(Self::#variants),*));
    quote! {
        #[automatically_derived]
        impl #ident {
            #[doc = #doc]
            pub const ALL: &'static [Self] = &#all;
        }
    }
}

fn compile_error(span: Span, message: &str) -> TokenStream {
    quote_spanned!(span=> ::core::compile_error! { #message })
}

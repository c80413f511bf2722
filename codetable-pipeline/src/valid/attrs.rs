//! The attributes written on tables, rows, sections and columns: what `define_codes!` reads
//! itself (`#[repr]`), what it refuses, and what it passes on to the enum, its variants, the
//! category variants and the accessors.
//!
//! Refused wherever they are written: `#[cfg]`, and a `#[cfg_attr]` that can apply one at any
//! depth. The lookups are built from every row, section and column as written; an item
//! configured out of the enum would leave a code the lookups turn into a variant that does
//! not exist. On the table, `#[repr]` and derives of the traits the expansion implements are
//! refused inside `#[cfg_attr]` too.

use super::error;
use crate::attr::{self, Kind};
use crate::errors::Errors;
use crate::model::Repr;
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Attribute, Ident, Meta, Token};

/// The traits the expansion implements itself; a `#[derive]` of one of them would conflict.
const IMPLEMENTED: &[&str] = &[
    "Clone",
    "Copy",
    "PartialEq",
    "Eq",
    "Hash",
    "PartialOrd",
    "Ord",
    "Debug",
];

/// Where attributes are written.
#[derive(Clone, Copy)]
pub enum Place {
    Table,
    Row,
    Section,
    Column,
    Alias,
}

impl Place {
    /// Why the item cannot be configured out, and what to do instead.
    fn why_no_cfg(self) -> &'static str {
        match self {
            Place::Table => {
                "a table cannot be configured out by an attribute on it, which would leave its \
                 lookups without their enum: put the `#[cfg]` on the `define_codes!` invocation"
            }
            Place::Row => {
                "rows cannot be configured out: their codes are built into the lookup tables; \
                 remove the `cfg` (`#[cfg_attr(.., deprecated)]` marks a row under a \
                 condition), or move the row into a table of its own with the `#[cfg]` on its \
                 `define_codes!`"
            }
            Place::Section => {
                "sections cannot be configured out: their rows and ranges are built into the \
                 lookup tables; remove the `cfg`, or move the section into a table of its own \
                 with the `#[cfg]` on its `define_codes!`"
            }
            Place::Column => {
                "columns cannot be configured out: every row's value is built into the table; \
                 remove the `cfg`, or move the table into a `define_codes!` of its own with the \
                 `#[cfg]` on it"
            }
            Place::Alias => {
                "aliases cannot be configured out: `from_name` knows every one; remove the \
                 `cfg`"
            }
        }
    }
}

/// What `#[codetable(..)]` on a table sets.
#[derive(Default)]
pub struct Options {
    /// `strip_prefix = "CURLE_"`: taken off wire names before their variants are made.
    pub strip_prefix: Option<String>,
    /// `languages(zh, en)`: the languages of the messages, the first the one rows give.
    pub languages: Vec<Ident>,
    /// `hex`: the codes shown in hex, whatever the rows write.
    pub hex: bool,
    /// `help_url = ".."`: the template of every row's help link, checked with the rows.
    pub help_url: Option<syn::LitStr>,
    /// `problem_json`: the option as written, where its error points.
    pub problem_json: Option<proc_macro2::Span>,
    /// `shape = "REGEX"`: what every string code of the table matches.
    pub shape: Option<syn::LitStr>,
    /// Where `#[repr(..)]` is written, if it is.
    pub repr_written: Option<proc_macro2::Span>,
}

/// The table's attributes: its code type (`i32` when there is no `#[repr]`) and its
/// `#[codetable(..)]` options, taken out of them, and the attributes passed on to the enum, with
/// what is refused dropped.
pub fn table(attrs: Vec<Attribute>, errors: &mut Errors) -> (Repr, Options, Vec<Attribute>) {
    let attrs = conditions(attrs, Place::Table, errors);
    let (repr, repr_written, attrs) = split_repr(attrs, errors);
    let (mut options, attrs) = split_options(attrs, errors);
    options.repr_written = repr_written;
    (repr, options, check_derives(attrs, errors))
}

/// Takes the `#[codetable(..)]` attributes out of the table's.
fn split_options(attrs: Vec<Attribute>, errors: &mut Errors) -> (Options, Vec<Attribute>) {
    let mut options = Options::default();
    let mut passed_on = Vec::with_capacity(attrs.len());
    for attr in attrs {
        if attr::of(&attr) != Kind::Codetable {
            passed_on.push(attr);
            continue;
        }
        let parsed = attr.parse_nested_meta(|meta| {
            if attr::is(&meta.path, "languages") {
                if !options.languages.is_empty() {
                    return Err(meta.error("`languages` is set twice: keep one"));
                }
                let mut languages = Vec::new();
                meta.parse_nested_meta(|language| {
                    let Some(ident) = language.path.get_ident() else {
                        return Err(language.error("a language is an identifier: `en`, `zh_hant`"));
                    };
                    if languages.iter().any(|declared: &Ident| declared == ident) {
                        return Err(language.error(format_args!(
                            "language `{ident}` is declared twice: remove one"
                        )));
                    }
                    languages.push(ident.clone());
                    Ok(())
                })?;
                if languages.is_empty() {
                    return Err(meta.error(
                        "`languages(..)` names the languages of the messages, the rows' own first: \
                         `languages(zh, en)`",
                    ));
                }
                options.languages = languages;
                return Ok(());
            }
            if attr::is(&meta.path, "shape") {
                let shape: syn::LitStr = meta.value()?.parse()?;
                if options.shape.is_some() {
                    return Err(syn::Error::new(shape.span(), "`shape` is set twice: keep one"));
                }
                options.shape = Some(shape);
                return Ok(());
            }
            if attr::is(&meta.path, "hex") {
                if options.hex {
                    return Err(meta.error("`hex` is set twice: keep one"));
                }
                options.hex = true;
                return Ok(());
            }
            if attr::is(&meta.path, "help_url") || attr::is(&meta.path, "problem_json") {
                return super::help::option(&meta, &mut options);
            }
            if !attr::is(&meta.path, "strip_prefix") {
                return Err(meta.error(
                    "`#[codetable(..)]` takes `strip_prefix = \"PREFIX\"` (the prefix taken off wire \
                     names before their variants are made), `languages(..)` (the languages of \
                     the messages, the rows' own first), `hex` (the codes shown in hex), \
                     `shape = \"REGEX\"` (what every string code matches), `help_url = \
                     \"TEMPLATE\"` (each row's help link) and `problem_json` (HTTP answers as \
                     RFC 9457 problem details)",
                ));
            }
            let prefix: syn::LitStr = meta.value()?.parse()?;
            if options.strip_prefix.is_some() {
                return Err(syn::Error::new(
                    prefix.span(),
                    "`strip_prefix` is set twice: keep one",
                ));
            }
            if prefix.value().is_empty() {
                return Err(syn::Error::new(
                    prefix.span(),
                    "an empty prefix strips nothing: remove `strip_prefix`, or name the prefix",
                ));
            }
            options.strip_prefix = Some(prefix.value());
            Ok(())
        });
        if let Err(error) = parsed {
            errors.push(error);
        }
    }
    (options, passed_on)
}

/// Refuses `#[cfg]`, and `#[cfg_attr]` that can apply `cfg` (or, on the table, `repr` or a
/// derive of a trait the expansion implements), each at its attribute, and drops them: the
/// item stays for the expansion, and rustc adds no errors of its own about them.
pub fn conditions(attrs: Vec<Attribute>, place: Place, errors: &mut Errors) -> Vec<Attribute> {
    attrs
        .into_iter()
        .filter(|attr| {
            let kind = attr::of(attr);
            if kind == Kind::Cfg {
                errors.push(error(attr, place.why_no_cfg()));
                return false;
            }
            if kind != Kind::CfgAttr {
                return true;
            }
            let mut applied = Vec::new();
            // A malformed `cfg_attr` is rustc's to report; it applies nothing then.
            if applied_by_cfg_attr(&attr.meta, &mut applied).is_err() {
                return true;
            }
            let before = errors.count();
            for meta in &applied {
                check_applied(attr, meta, place, errors);
            }
            errors.count() == before
        })
        .collect()
}

/// Adds to `applied` every attribute a `cfg_attr(PREDICATE, ATTR, ..)` can apply, those of
/// `cfg_attr`s nested in it included, whatever their predicates.
fn applied_by_cfg_attr(meta: &Meta, applied: &mut Vec<Meta>) -> syn::Result<()> {
    let list = meta.require_list()?;
    let parser = |input: ParseStream| {
        input.parse::<Meta>()?;
        input.parse::<Token![,]>()?;
        Punctuated::<Meta, Token![,]>::parse_terminated(input)
    };
    for inner in parser.parse2(list.tokens.clone())? {
        if attr::kind(inner.path()) == Kind::CfgAttr {
            applied_by_cfg_attr(&inner, applied)?;
        } else {
            applied.push(inner);
        }
    }
    Ok(())
}

/// Refuses an attribute that `attr`, a `cfg_attr`, can apply, where it cannot be applied.
fn check_applied(attr: &Attribute, meta: &Meta, place: Place, errors: &mut Errors) {
    if attr::kind(meta.path()) == Kind::Cfg {
        errors.push(error(
            attr,
            format_args!(
                "this `cfg_attr` can apply `cfg`, and {}",
                lowercase_first(place.why_no_cfg())
            ),
        ));
        return;
    }
    if !matches!(place, Place::Table) {
        return;
    }
    if attr::kind(meta.path()) == Kind::Repr {
        errors.push(error(
            attr,
            "the code type of a table cannot depend on a condition: write `#[repr(..)]` \
             without `cfg_attr`",
        ));
    } else if attr::kind(meta.path()) == Kind::Derive {
        let Ok(paths) = meta.require_list().and_then(|list| {
            list.parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated)
        }) else {
            return;
        };
        for path in paths.iter().filter(|path| implemented(path)) {
            errors.push(already_implemented(path));
        }
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Takes `#[repr(T)]` out of the table's attributes: the code type (`i32` when there is none),
/// and where it is written.
fn split_repr(
    attrs: Vec<Attribute>,
    errors: &mut Errors,
) -> (Repr, Option<proc_macro2::Span>, Vec<Attribute>) {
    let mut repr = None;
    let mut written = None;
    let mut passed_on = Vec::new();
    for attr in attrs {
        if attr::of(&attr) != Kind::Repr {
            passed_on.push(attr);
            continue;
        }
        if repr.is_some() {
            errors.push(error(&attr, "a table takes one `#[repr(..)]`"));
            continue;
        }
        written = Some(syn::spanned::Spanned::span(&attr));
        match attr.parse_args::<Ident>() {
            Ok(ident) => match Repr::from_name(&ident.to_string()) {
                Some(found) => repr = Some(found),
                None => errors.push(error(
                    &ident,
                    format_args!("`#[repr({ident})]`: the code type must be {}", Repr::NAMES),
                )),
            },
            Err(_) => errors.push(error(
                &attr.meta,
                format_args!("`#[repr(..)]` takes one code type: {}", Repr::NAMES),
            )),
        }
    }
    (repr.unwrap_or(Repr::I32), written, passed_on)
}

/// Whether a derive's path names a trait the expansion implements.
fn implemented(path: &syn::Path) -> bool {
    path.segments
        .last()
        .is_some_and(|last| IMPLEMENTED.iter().any(|name| last.ident == name))
}

fn already_implemented(path: &syn::Path) -> syn::Error {
    let name = path.segments.last().map(|last| last.ident.to_string());
    error(
        path,
        format_args!(
            "define_codes! implements `{}` already: remove it from the derive",
            name.unwrap_or_default()
        ),
    )
}

/// Rejects derives of the traits the expansion implements, and drops them from what is passed
/// on, so that rustc adds no "conflicting implementations" of its own.
fn check_derives(attrs: Vec<Attribute>, errors: &mut Errors) -> Vec<Attribute> {
    let mut passed_on = Vec::with_capacity(attrs.len());
    for attr in attrs {
        let parsed = (attr::of(&attr) == Kind::Derive)
            .then(|| attr.parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated));
        // rustc reports a malformed derive itself.
        let Some(Ok(paths)) = parsed else {
            passed_on.push(attr);
            continue;
        };
        let (implemented, kept): (Vec<syn::Path>, Vec<syn::Path>) =
            paths.into_iter().partition(implemented);
        if implemented.is_empty() {
            passed_on.push(attr);
            continue;
        }
        for path in &implemented {
            errors.push(already_implemented(path));
        }
        if !kept.is_empty() {
            let pound = attr.pound_token;
            let bracket = attr.bracket_token;
            passed_on.push(Attribute {
                meta: syn::parse_quote!(derive(#(#kept),*)),
                pound_token: pound,
                style: attr.style,
                bracket_token: bracket,
            });
        }
    }
    passed_on
}

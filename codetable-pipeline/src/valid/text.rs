//! The rules of a table of string codes (`"23505" => UNIQUE_VIOLATION, ..`): its codes are
//! strings throughout, a section or reserved item holds the codes that start with its prefix,
//! and every code may have to match the table's shape (`#[codetable(shape = "[0-9A-Z]{5}")]`).

use super::{error, ReservedDraft, RowDraft, Scope, SectionDraft};
use crate::errors::Errors;
use proc_macro2::Span;
use quote::ToTokens;
use std::collections::HashMap;
use syn::spanned::Spanned;
use syn::LitStr;

/// What a table's codes are.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// Integers, of the table's `#[repr]`.
    Integers,
    /// Strings.
    Strings,
}

impl Kind {
    fn describe(self) -> &'static str {
        match self {
            Kind::Integers => "integers",
            Kind::Strings => "strings",
        }
    }
}

/// The kind of the first code of a table, which every other code must share.
#[derive(Default)]
pub struct KindSeen(Option<(Kind, Span)>);

impl KindSeen {
    /// Whether `written`, a code or range of this kind, may be in the table: the first code
    /// sets the kind, and one of the other kind is an error at it.
    pub fn expect(&mut self, kind: Kind, written: impl ToTokens, errors: &mut Errors) -> bool {
        match self.0 {
            None => {
                self.0 = Some((kind, written.to_token_stream().span()));
                true
            }
            Some((seen, _)) if seen == kind => true,
            Some((seen, _)) => {
                errors.push(error(
                    written,
                    format_args!(
                        "this table's codes are {} (its first code's), and this is not one: \
                         write every code of a table as a number, or every one as a string",
                        seen.describe()
                    ),
                ));
                false
            }
        }
    }

    /// The kind, once a code has set it.
    pub fn kind(&self) -> Option<Kind> {
        self.0.map(|(kind, _)| kind)
    }
}

/// `#[codetable(shape = "REGEX")]`: a regular expression every code of the table matches whole.
pub struct Shape {
    regex: regex_lite::Regex,
    written: String,
}

impl Shape {
    /// The shape written, or the error at it that says why it is no regular expression.
    pub fn new(written: &LitStr) -> syn::Result<Shape> {
        let text = written.value();
        let regex = regex_lite::Regex::new(&format!("^(?:{text})$")).map_err(|why| {
            error(
                written,
                format_args!("`shape` is a regular expression a code matches whole: {why}"),
            )
        })?;
        Ok(Shape {
            regex,
            written: text,
        })
    }
}

/// Whether a row's string code may be in the table: not empty, starting with the scope's
/// prefix, and of the table's shape; each failure an error at the code.
pub fn check_code(
    written: &LitStr,
    code: &str,
    scope: &Scope,
    shape: Option<&Shape>,
    errors: &mut Errors,
) -> bool {
    if code.is_empty() {
        errors.push(error(written, "an empty code: write the code"));
        return false;
    }
    let mut fits = true;
    if let Some(shape) = shape.filter(|shape| !shape.regex.is_match(code)) {
        errors.push(error(
            written,
            format_args!(
                "code `{code}` does not have the table's shape `{}`: change the code, or the shape",
                shape.written
            ),
        ));
        fits = false;
    }
    if !code.starts_with(&scope.prefix) {
        if let Some(describe) = &scope.describe {
            errors.push(error(
                written,
                format_args!(
                    "code `{code}` does not start with `{}`, so it is not in {describe}: \
                     change the code, or move the row out of the section",
                    scope.prefix
                ),
            ));
        }
        fits = false;
    }
    fits
}

/// Whether a section's or reserved item's prefix may be in the scope: not empty, and longer
/// than the scope's, which it starts with.
pub fn check_prefix(
    written: &LitStr,
    prefix: &str,
    what: &str,
    scope: &Scope,
    errors: &mut Errors,
) -> bool {
    if prefix.is_empty() {
        errors.push(error(
            written,
            format_args!("{what} has an empty prefix, which holds every code: write its prefix"),
        ));
        return false;
    }
    if !prefix.starts_with(&scope.prefix) || prefix == scope.prefix {
        if let Some(describe) = &scope.describe {
            errors.push(error(
                written,
                format_args!(
                    "{what} (`{prefix}`) is not inside {describe}: its prefix must start with \
                     `{}` and be longer",
                    scope.prefix
                ),
            ));
            return false;
        }
    }
    true
}

/// A string code used by two rows: the error on the later row, "first defined here" on the
/// first.
pub fn check_duplicate_codes(rows: &[RowDraft], errors: &mut Errors) {
    let mut first: HashMap<&str, &RowDraft> = HashMap::new();
    for row in rows {
        let Some(code) = row.text.as_deref() else {
            continue;
        };
        match first.get(code) {
            None => {
                first.insert(code, row);
            }
            Some(earlier) => {
                errors.push(error(
                    &row.written,
                    format_args!(
                        "code `{code}` is defined twice: {} has it already; remove one of the \
                         rows, or give it its own code",
                        earlier.describe()
                    ),
                ));
                errors.push(error(
                    &earlier.written,
                    format_args!("code `{code}` first defined here"),
                ));
            }
        }
    }
}

/// Sections and reserved items of one scope whose prefixes overlap (one starts with the
/// other's): the error on the one declared later (a reserved item, between a section and one).
pub fn check_overlaps(sections: &[SectionDraft], reserved: &[ReservedDraft], errors: &mut Errors) {
    // (parent, prefix, declared: sections in order, then reserved items, how errors name it,
    // its tokens)
    let mut items: Vec<(Option<usize>, &str, usize, String, &crate::ast::Codes)> = sections
        .iter()
        .enumerate()
        .filter_map(|(index, section)| {
            let prefix = section.prefix.as_deref()?;
            Some((
                section.parent,
                prefix,
                index,
                format!("section `{}`", section.ident),
                &section.written,
            ))
        })
        .chain(reserved.iter().enumerate().filter_map(|(index, item)| {
            let prefix = item.prefix.as_deref()?;
            Some((
                item.parent,
                prefix,
                sections.len() + index,
                "the reserved prefix".to_owned(),
                &item.written,
            ))
        }))
        .collect();
    // Sorted, a prefix comes right before the codes it starts: overlaps are neighbours.
    items.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    for pair in items.windows(2) {
        let (shorter, longer) = (&pair[0], &pair[1]);
        if shorter.0 != longer.0 || !longer.1.starts_with(shorter.1) {
            continue;
        }
        let (first, later) = if shorter.2 < longer.2 {
            (shorter, longer)
        } else {
            (longer, shorter)
        };
        errors.push(error(
            later.4,
            format_args!(
                "{} (`{}`) overlaps {} (`{}`): one prefix starts the other; nest one in the \
                 other, or change one",
                later.3, later.1, first.3, first.1
            ),
        ));
    }
}

/// Rows whose code starts with a reserved prefix, and rows written outside the subsection
/// whose prefix their code starts with (so that `category()` tells where a code is).
pub fn check_rows(
    rows: &[RowDraft],
    sections: &[SectionDraft],
    reserved: &[ReservedDraft],
    errors: &mut Errors,
) {
    for row in rows {
        let Some(code) = row.text.as_deref() else {
            continue;
        };
        if let Some(held) = reserved.iter().find(|item| {
            item.prefix
                .as_deref()
                .is_some_and(|prefix| code.starts_with(prefix))
        }) {
            let why = held
                .message
                .as_ref()
                .map(|message| format!(" ({message})"))
                .unwrap_or_default();
            errors.push(error(
                &row.written,
                format_args!(
                    "code `{code}` starts with the reserved prefix `{}`{why}: pick another code",
                    held.prefix.as_deref().unwrap_or_default()
                ),
            ));
            continue;
        }
        if let Some(section) = sections.iter().find(|section| {
            section.parent == row.section
                && section
                    .prefix
                    .as_deref()
                    .is_some_and(|prefix| code.starts_with(prefix))
        }) {
            errors.push(error(
                &row.written,
                format_args!(
                    "code `{code}` lies in section `{}` (`{}`) but is written outside it: move \
                     the row into the section",
                    section.ident,
                    section.prefix.as_deref().unwrap_or_default()
                ),
            ));
        }
    }
}

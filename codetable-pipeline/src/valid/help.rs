//! The rules of help links and problem details: the table's template
//! (`#[codetable(help_url = "..")]`), a row's own link (`, help_url = ".."`, a setting of the row
//! and no column), and `#[codetable(problem_json)]`. Each link is made here, at expansion time,
//! so that `help_url()` reads a string, and a template that cannot give a row its link is an
//! error at the template.

use super::attrs::Options;
use super::{error, RowDraft, SectionDraft};
use crate::ast::{ColumnSet, ColumnValue};
use crate::errors::Errors;
use crate::help::Template;
use crate::model::{Column, Foreign};
use proc_macro2::Span;
use syn::ext::IdentExt;
use syn::meta::ParseNestedMeta;
use syn::{Ident, Lit, LitStr};

/// The name of the setting, and of the option.
const HELP_URL: &str = "help_url";

/// `help_url = ".."` or `problem_json` inside `#[codetable(..)]`.
pub(super) fn option(meta: &ParseNestedMeta, options: &mut Options) -> syn::Result<()> {
    if crate::attr::is(&meta.path, "problem_json") {
        if options.problem_json.is_some() {
            return Err(meta.error("`problem_json` is set twice: keep one"));
        }
        options.problem_json = Some(syn::spanned::Spanned::span(&meta.path));
        return Ok(());
    }
    let template: LitStr = meta.value()?.parse()?;
    if options.help_url.is_some() {
        return Err(syn::Error::new(
            template.span(),
            "`help_url` is set twice: keep one",
        ));
    }
    // Checked here, at the literal; filled in for each row once the rows are known.
    Template::parse(&template.value()).map_err(|why| syn::Error::new(template.span(), why))?;
    options.help_url = Some(template);
    Ok(())
}

/// Whether a row's `, NAME = VALUE` is its help link rather than a column, a language or an
/// alias.
pub(super) fn is_setting(set: &ColumnSet) -> bool {
    set.ident.unraw() == HELP_URL
}

/// A row's own help link, from its `help_url` settings: a string, set once.
pub(super) fn row_setting(sets: Vec<ColumnSet>, errors: &mut Errors) -> Option<LitStr> {
    let mut found: Option<(LitStr, Ident)> = None;
    for set in sets {
        let ColumnValue::Literal {
            minus: None,
            lit: Lit::Str(text),
        } = set.value
        else {
            errors.push(error(
                &set.value,
                "a help link is a string: `help_url = \"https://docs.example.com/errors/{code}\"`",
            ));
            continue;
        };
        if let Some((_, first)) = &found {
            errors.push(error(
                &set.ident,
                "`help_url` is set twice in this row: remove one",
            ));
            errors.push(error(first, "`help_url` first set here"));
            continue;
        }
        if let Err(why) = Template::parse(&text.value()) {
            errors.push(error(&text, why));
            continue;
        }
        found = Some((text, set.ident));
    }
    found.map(|(text, _)| text)
}

/// Fills in each row's link: its own template's, else the table's. A `{section}` in the table's
/// template while a row outside every section has no link of its own is an error at the
/// template, naming the row.
pub(super) fn links(
    table: Option<&LitStr>,
    rows: &mut [RowDraft],
    sections: &[SectionDraft],
    code_text: impl Fn(i128) -> String,
    errors: &mut Errors,
) {
    // Both were checked when read: a template that does not parse was reported then.
    let table_template = table.and_then(|text| Template::parse(&text.value()).ok());
    let mut sectionless: Vec<&RowDraft> = Vec::new();
    for row in rows.iter_mut() {
        // As the table shows the code: a string code as written, a number as `code_text` does.
        let code = match (&row.text, row.code) {
            (Some(text), _) => text.clone(),
            (None, Some(code)) => code_text(code),
            (None, None) => continue,
        };
        let own = row
            .help_url
            .as_ref()
            .and_then(|text| Template::parse(&text.value()).ok());
        let Some(template) = own.as_ref().or(table_template.as_ref()) else {
            continue;
        };
        let section = row
            .section
            .and_then(|index| sections.get(index))
            .map(|section| section.ident.unraw().to_string());
        if template.uses_section() && section.is_none() {
            if own.is_some() {
                if let Some(text) = &row.help_url {
                    errors.push(error(
                        text,
                        format_args!(
                            "{} is in no section, so this help link has no `{{section}}` to \
                             fill in: take it out",
                            row.describe()
                        ),
                    ));
                }
            } else {
                sectionless.push(row);
            }
            continue;
        }
        row.link = Some(template.link(&code, &row.name, section.as_deref().unwrap_or("")));
    }
    if let (Some(first), Some(text)) = (sectionless.first(), table) {
        let others = match sectionless.len() - 1 {
            0 => String::new(),
            1 => " (and 1 other row)".to_owned(),
            more => format!(" (and {more} other rows)"),
        };
        errors.push(error(
            text,
            format_args!(
                "this help template fills in `{{section}}`, but {}{others} is in no section: \
                 give it a `help_url` of its own, or take `{{section}}` out of the template",
                first.describe()
            ),
        ));
    }
}

/// `problem_json` answers HTTP requests: a table without an `http` column has no status to
/// answer with.
pub(super) fn check_problem_json(option: Option<Span>, columns: &[Column], errors: &mut Errors) {
    let Some(option) = option else { return };
    if Foreign::HttpStatus.served_by(columns).is_none() {
        errors.push(syn::Error::new(
            option,
            "`problem_json` makes the table's HTTP answers problem details, but it has no \
             `http` column to answer with: add one (`http: u16`, each row's `, http = 404`), \
             or remove `problem_json`",
        ));
    }
}

/// A language named `help_url`: a row's `help_url = ".."` could not say which it sets.
pub(super) fn check_languages(languages: &[Ident], errors: &mut Errors) {
    for language in languages
        .iter()
        .filter(|language| language.unraw() == HELP_URL)
    {
        errors.push(error(
            language,
            "a language cannot be named `help_url`: a row's `help_url = \"..\"` is its help \
             link; rename the language",
        ));
    }
}

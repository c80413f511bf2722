//! Rows with arguments (`1146 => ER_NO_SUCH_TABLE(db: &str, table: &str), "Table
//! '{db}.{table}' doesn't exist"`): each argument's name and type, each message of the row,
//! in every language, read as a format string that uses exactly the row's arguments, and the
//! name of each row's builder.
//!
//! What a spec asks of its argument's type (`{db:x}` of a `&str`) is left to rustc, which
//! reads each message again in the `format_args!` the expansion writes of it.

use super::{error, RowDraft};
use crate::ast;
use crate::errors::Errors;
use crate::model::{self, ArgType};
use crate::template;
use heck::ToSnakeCase;
use proc_macro2::{Literal, Span};
use std::collections::HashMap;
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{Ident, LitStr};

/// The most arguments a row takes: its builder takes each as a parameter, and clippy's
/// `too_many_arguments` lints a function of more, in the user's crate, which the expansion
/// cannot `#[allow]` (a crate may `forbid` the lint).
pub const MOST_ARGUMENTS: usize = 7;

/// The name that carries a row's code wherever its arguments are sent beside it (tonic's
/// `ErrorInfo` metadata), which no argument may take.
const CODE_KEY: &str = "code";

/// A row's arguments as declared, checked: `None` for a row without; an empty list, reported,
/// for `NAME()`.
pub(super) fn declarations(args: ast::Args, errors: &mut Errors) -> Option<Vec<model::Argument>> {
    if args.args.is_empty() {
        errors.push(syn::Error::new(
            args.paren.span.join(),
            "a row without arguments takes no parentheses: remove `()`, or declare its \
             arguments, `(name: &str)`",
        ));
        return None;
    }
    if let Some(extra) = args.args.get(MOST_ARGUMENTS) {
        errors.push(error(
            &extra.ident,
            format_args!(
                "a row takes at most {MOST_ARGUMENTS} arguments (its builder takes each, and \
                 clippy's `too_many_arguments` lints a function of more): this is the {}th",
                MOST_ARGUMENTS + 1
            ),
        ));
    }
    let mut seen: HashMap<String, &Ident> = HashMap::new();
    let mut checked = Vec::with_capacity(args.args.len());
    for arg in &args.args {
        let name = arg.ident.unraw().to_string();
        if let Some(first) = seen.get(&name) {
            errors.push(error(
                &arg.ident,
                format_args!("the argument `{name}` is declared twice in this row: rename one"),
            ));
            errors.push(error(first, format_args!("`{name}` first declared here")));
            // Left out, so that the builder takes each name once.
            continue;
        }
        seen.insert(name, &arg.ident);
        check_name(&arg.ident, errors);
        let written = quote::ToTokens::to_token_stream(&arg.ty)
            .to_string()
            .replace("& ", "&");
        let ty = ArgType::from_name(&written).unwrap_or_else(|| {
            let hint = if written.starts_with("&'") && written.ends_with("str") {
                " (write `&str`: the builder takes a `&str` of any lifetime)"
            } else {
                ""
            };
            errors.push(error(
                &arg.ty,
                format_args!(
                    "an argument's type is one of {}, not `{written}`{hint}: each export \
                     language has them, and none needs an allocation",
                    ArgType::NAMES
                ),
            ));
            // Kept as a `&str`, so that the messages' checks still know the name.
            ArgType::Str
        });
        checked.push(model::Argument {
            ident: arg.ident.clone(),
            ty,
            ty_span: arg.ty.span(),
        });
    }
    Some(checked)
}

/// An argument's name: snake_case ASCII, no keyword, not [`CODE_KEY`].
fn check_name(ident: &Ident, errors: &mut Errors) {
    let name = ident.unraw().to_string();
    let snake = name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    let why = if !snake {
        format!(
            "an argument's name is snake_case ASCII, a lower-case letter first \
             (`{}` would do), as each export language can name a parameter",
            suggested(&name)
        )
    } else if syn::parse_str::<Ident>(&name).is_err() {
        "it is a keyword: a message cannot name it (`{type}`); choose another name".to_owned()
    } else if name == CODE_KEY {
        "`code` carries the row's code beside its arguments (gRPC's `ErrorInfo` metadata): \
         choose another name"
            .to_owned()
    } else {
        return;
    };
    errors.push(error(
        ident,
        format_args!("`{name}` cannot name an argument: {why}"),
    ));
}

/// A snake_case spelling of a name, for an error to suggest.
fn suggested(name: &str) -> String {
    let snake: String = name
        .to_snake_case()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    if snake.starts_with(|c: char| c.is_ascii_lowercase()) {
        snake
    } else {
        format!("arg_{snake}")
    }
}

/// The message literals of a row in its table's languages after the first: each language's
/// `lang = "..."` setting, where the row gives one and it is a string. Their tokens, which
/// the expansion hands `format_args!` as written.
pub(super) fn translation_literals(
    sets: &[&ast::ColumnSet],
    languages: &[model::Language],
) -> Vec<Option<Literal>> {
    languages
        .iter()
        .skip(1)
        .map(|language| {
            sets.iter()
                .find(|set| set.ident.unraw() == language.ident.unraw())
                .and_then(|set| match &set.value {
                    ast::ColumnValue::Literal {
                        minus: None,
                        lit: syn::Lit::Str(text),
                    } => Some(text.token()),
                    _ => None,
                })
        })
        .collect()
}

/// Checks each message of a row with arguments (the first, then each language's) against its
/// arguments; `language` names each message in errors. True when every message is right.
pub(super) fn check_messages(
    args: &[model::Argument],
    literals: &[Option<Literal>],
    languages: &[model::Language],
    errors: &mut Errors,
) -> bool {
    let mut right = true;
    for (index, literal) in literals.iter().enumerate() {
        let Some(literal) = literal else { continue };
        // A message literal the parser read as a string: it reads as one again.
        let syn::Lit::Str(literal) = syn::Lit::new(literal.clone()) else {
            continue;
        };
        let what = match languages.get(index) {
            Some(language) if index > 0 => format!("the `{}` message", language.ident.unraw()),
            _ => "the message".to_owned(),
        };
        right &= check_message(args, &literal, &what, errors);
    }
    right
}

/// One message: a format string whose names are the row's arguments, each used.
fn check_message(
    args: &[model::Argument],
    literal: &LitStr,
    what: &str,
    errors: &mut Errors,
) -> bool {
    let pieces = match template::parse(&literal.value()) {
        Ok(pieces) => pieces,
        Err(mistake) => {
            errors.push(error(
                literal,
                format_args!("{what} of a row with arguments is a format string: {mistake}"),
            ));
            return false;
        }
    };
    let declared: Vec<String> = args
        .iter()
        .map(|arg| arg.ident.unraw().to_string())
        .collect();
    let used = template::names(&pieces);
    let mut right = true;
    for name in &used {
        if declared.iter().any(|declared| declared == name) {
            continue;
        }
        right = false;
        let close = declared
            .iter()
            .find(|declared| close_to(declared, name))
            .map(|declared| format!(" (did you mean `{declared}`?)"))
            .unwrap_or_default();
        errors.push(error(
            literal,
            format_args!(
                "{what} uses `{{{name}}}`, which is no argument of the row{close}: its \
                 arguments are {}; write `{{{{` for a brace itself",
                listed(&declared)
            ),
        ));
    }
    for name in &declared {
        if used.contains(&name.as_str()) {
            continue;
        }
        right = false;
        errors.push(error(
            literal,
            format_args!(
                "{what} does not use the argument `{name}`: write `{{{name}}}` where its value \
                 goes (every message of the row, in every language, uses each of its arguments)"
            ),
        ));
    }
    right
}

/// `` `db`, `table` ``.
fn listed(names: &[String]) -> String {
    names
        .iter()
        .map(|name| format!("`{name}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether a name is one edit (a character changed, added, removed or two swapped) from
/// another: a misspelling of it.
fn close_to(declared: &str, used: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (declared.chars().collect(), used.chars().collect());
    if a.len().abs_diff(b.len()) > 1 || a == b {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (a_rest, b_rest) = (&a[prefix..], &b[prefix..]);
    a_rest.get(1..) == b_rest.get(1..)
        || a_rest.get(1..) == Some(b_rest)
        || Some(a_rest) == b_rest.get(1..)
        || (a_rest.len() >= 2
            && b_rest.len() >= 2
            && a_rest[0] == b_rest[1]
            && a_rest[1] == b_rest[0]
            && a_rest[2..] == b_rest[2..])
}

/// Each row with arguments' builder, named as its variant in snake_case: refused where it
/// would be an item of the table's API, a column's accessor, or another row's builder.
pub(super) fn builders(
    rows: &[RowDraft],
    columns: &[model::Column],
    errors: &mut Errors,
) -> Vec<Option<Ident>> {
    let mut taken: HashMap<String, usize> = HashMap::new();
    let mut builders = Vec::with_capacity(rows.len());
    for (index, row) in rows.iter().enumerate() {
        let (Some(_), Some(variant)) = (&row.args, &row.variant) else {
            builders.push(None);
            continue;
        };
        let snake = row.variant_name.to_snake_case();
        let clash = if codetable_shared::is_taken_by_the_api(&snake) {
            Some(format!("the table's own `{snake}`"))
        } else if columns.iter().any(|column| column.ident.unraw() == snake) {
            Some(format!("the accessor of the column `{snake}`"))
        } else {
            taken
                .get(&snake)
                .map(|&first| format!("the builder of {}", rows[first].describe()))
        };
        if let Some(clash) = clash {
            errors.push(error(
                variant,
                format_args!(
                    "{}'s builder would be `{snake}`, which is {clash}: choose another variant \
                     with `NAME as Variant`",
                    row.describe()
                ),
            ));
            builders.push(None);
            continue;
        }
        taken.insert(snake.clone(), index);
        builders.push(builder_ident(&snake, variant.span(), errors, row));
    }
    builders
}

/// The builder's identifier: raw where the name is a keyword (`r#type`); refused where no
/// identifier can be it (`self`).
fn builder_ident(snake: &str, span: Span, errors: &mut Errors, row: &RowDraft) -> Option<Ident> {
    if let Ok(mut ident) = syn::parse_str::<Ident>(snake) {
        ident.set_span(span);
        return Some(ident);
    }
    if let Ok(mut ident) = syn::parse_str::<Ident>(&format!("r#{snake}")) {
        ident.set_span(span);
        return Some(ident);
    }
    errors.push(syn::Error::new(
        span,
        format_args!(
            "{}'s builder would be `{snake}`, which no function can be named: choose another \
             variant with `NAME as Variant`",
            row.describe()
        ),
    ));
    None
}

#[cfg(test)]
mod tests {
    use super::close_to;

    #[test]
    fn misspellings_are_one_edit_away() {
        assert!(close_to("table", "tabel"));
        assert!(close_to("table", "tables"));
        assert!(close_to("table", "tble"));
        assert!(close_to("table", "tablo"));
        assert!(!close_to("table", "table"));
        assert!(!close_to("db", "table"));
        assert!(!close_to("table", "tbale_x"));
    }
}

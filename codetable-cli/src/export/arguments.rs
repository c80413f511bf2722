//! Rows with arguments in the exports: for each, a typed function that formats its message in
//! a language as the Rust builder's `WithArgs` does (`ServerErrorArgs.erNoSuchTable(db, table,
//! "zh")` in TypeScript), and per table a function that formats a row's message from its
//! arguments as strings, as gRPC's `ErrorInfo` metadata carries them (a client reads a
//! server's error and shows it in its own language). One module per language, each with the
//! runtime its functions call: Rust's format specs (fill, alignment, sign, `#`, `0`, width,
//! precision, `x` `X` `o` `b`) over the argument types (text, integers of each width, `f64`
//! written as Rust writes it, `bool`, `char`).
//!
//! The functions write each message as its pieces ([`template::parse`]), text and
//! placeholders, so that no language reads a format string again.

pub mod go;
pub mod openapi;
pub mod python;
pub mod typescript;

use super::table::{ExportedTable, Row};
use codetable_pipeline::model::ArgType;
use codetable_pipeline::template::{self, Count, Piece, Spec};

/// A row with arguments, as the exports write its functions.
pub struct ArgRow<'a> {
    /// The row.
    pub row: &'a Row,
    /// Its arguments, in order: name and type.
    pub args: Vec<(&'a str, ArgType)>,
    /// Its message in each language of the table (the first's where it gives none in one),
    /// as pieces.
    pub messages: Vec<Vec<Piece>>,
}

/// The rows with arguments of a table, in its order.
pub fn rows(table: &ExportedTable) -> Vec<ArgRow<'_>> {
    table
        .rows
        .iter()
        .filter(|row| !row.arguments.is_empty())
        .map(|row| ArgRow {
            row,
            args: row
                .arguments
                .iter()
                .map(|arg| (arg.name.as_str(), arg.arg_type().unwrap_or(ArgType::Str)))
                .collect(),
            messages: table
                .languages
                .iter()
                .map(|language| {
                    let message = row.message_in(table, language);
                    // The macro read every message of the table so: a message that read
                    // otherwise is its text.
                    template::parse(message)
                        .unwrap_or_else(|_| vec![Piece::Text(message.to_owned())])
                })
                .collect(),
        })
        .collect()
}

/// Whether a table has a row with arguments.
pub fn any(table: &ExportedTable) -> bool {
    table.rows.iter().any(|row| !row.arguments.is_empty())
}

/// The fields of a spec that it sets, as a language writes their values: `character` a
/// character (a fill, an alignment, a type), `truth` `true`, `arg` an argument's value as a
/// width or precision. Each language writes its own literal of them.
fn spec_fields(
    spec: &Spec,
    character: impl Fn(char) -> String,
    truth: &str,
    arg: impl Fn(&str) -> String,
) -> Vec<(&'static str, String)> {
    let mut fields = Vec::new();
    if let Some(fill) = spec.fill {
        fields.push(("fill", character(fill)));
    }
    if let Some(align) = spec.align {
        let align = match align {
            template::Align::Left => '<',
            template::Align::Center => '^',
            template::Align::Right => '>',
        };
        fields.push(("align", character(align)));
    }
    for (field, set) in [
        ("plus", spec.plus),
        ("alternate", spec.alternate),
        ("zero", spec.zero),
    ] {
        if set {
            fields.push((field, truth.to_owned()));
        }
    }
    for (field, count) in [("width", &spec.width), ("precision", &spec.precision)] {
        match count {
            Some(Count::Literal(value)) => fields.push((field, value.to_string())),
            Some(Count::Arg(name)) => fields.push((field, arg(name))),
            None => {}
        }
    }
    if let Some(kind) = spec.kind.as_str().chars().next() {
        fields.push(("kind", character(kind)));
    }
    fields
}

/// A message as an expression of a language: its text as `text` writes a string literal, each
/// placeholder as `placeholder` writes the call that formats its argument (given the
/// argument's name, type and spec), joined with ` + `; `""` for an empty message.
fn expression(
    row: &ArgRow<'_>,
    pieces: &[Piece],
    text: impl Fn(&str) -> String,
    placeholder: impl Fn(&str, ArgType, &Spec) -> String,
) -> String {
    let parts: Vec<String> = pieces
        .iter()
        .map(|piece| match piece {
            Piece::Text(written) => text(written),
            Piece::Placeholder(at) => {
                let ty = row
                    .args
                    .iter()
                    .find(|(arg, _)| *arg == at.name)
                    .map_or(ArgType::Str, |(_, ty)| *ty);
                placeholder(&at.name, ty, &at.spec)
            }
        })
        .collect();
    if parts.is_empty() {
        "\"\"".to_owned()
    } else {
        parts.join(" + ")
    }
}

/// A row's message in each language as `expression` writes it: the first language's, and each
/// other language's (with its index among the table's) where the row gives one that differs.
fn by_language(
    table: &ExportedTable,
    row: &ArgRow<'_>,
    expression: impl Fn(&[Piece]) -> String,
) -> (String, Vec<(usize, String)>) {
    let first = expression(&row.messages[0]);
    let others = table
        .languages
        .iter()
        .zip(&row.messages)
        .enumerate()
        .skip(1)
        .filter(|(_, (language, _))| row.row.messages.contains_key(*language))
        .map(|(index, (_, pieces))| (index, expression(pieces)))
        .filter(|(_, other)| *other != first)
        .collect();
    (first, others)
}

/// The row's builder in snake_case, as the Rust table names it (`er_no_such_table`).
fn builder(row: &Row) -> String {
    heck::ToSnakeCase::to_snake_case(row.variant.as_str())
}

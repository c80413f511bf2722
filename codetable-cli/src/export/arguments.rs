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

/// A width or precision as each language writes it: a number, or an argument's name.
fn count(count: &Option<Count>) -> Option<Result<usize, &str>> {
    match count {
        None => None,
        Some(Count::Literal(value)) => Some(Ok(*value)),
        Some(Count::Arg(name)) => Some(Err(name.as_str())),
    }
}

/// The alignment as its character, `<`, `^` or `>`.
fn align(spec: &Spec) -> Option<char> {
    spec.align.map(|align| match align {
        template::Align::Left => '<',
        template::Align::Center => '^',
        template::Align::Right => '>',
    })
}

/// The row's builder in snake_case, as the Rust table names it (`er_no_such_table`).
fn builder(row: &Row) -> String {
    heck::ToSnakeCase::to_snake_case(row.variant.as_str())
}

//! The `openapi` format: an OpenAPI 3.1 document (YAML) whose `components.schemas` hold a
//! schema per table, for an API description to refer to (`$ref:
//! '#/components/schemas/DaemonCode'`):
//!
//! ```yaml
//! DaemonCode:
//!   description: "The daemon protocol's response codes ..."
//!   type: integer
//!   format: int32
//!   enum:
//!     - 0
//!   x-enum-varnames:
//!     - "OK"
//!   x-enum-descriptions:
//!     - "成功"
//! ```
//!
//! `x-enum-varnames` are the wire names, which OpenAPI's code generators make constants of;
//! `x-enum-descriptions` the messages. A table that declares languages has them in
//! `x-enum-languages`, `x-enum-descriptions` holding the first's messages and
//! `x-enum-descriptions-LANG` (`x-enum-descriptions-en`) each other's, the first language's
//! message standing in where a row gives none (as the Rust table's `message_in` does), so
//! that every list is in the order of `enum`. Where some row has a help link or an explanation,
//! `x-enum-help-urls` (null for a row without one) and `x-enum-explanations` (`""` for none)
//! are lists in that order too. A table with aliases has `x-enum-aliases`, a map
//! of each alias to its row's code:
//!
//! ```yaml
//!   x-enum-languages:
//!     - "zh"
//!     - "en"
//!   x-enum-descriptions-en:
//!     - "success"
//!   x-enum-aliases:
//!     "E_WOULDBLOCK": 1
//! ```
//!
//! A table with rows with arguments has `x-enum-arguments`, each such row's wire name to the
//! JSON Schema of its arguments (see [`super::arguments::openapi`]).
//!
//! A table of string codes is `type: string`, its `enum` the codes as strings (`"23505"`). A
//! table shown in hex has its codes in decimal all the same, since JSON Schema's `enum` holds
//! numbers, which YAML's hex literals are not in every reader; and `x-enum-hex`, each code as
//! the table shows it (`"0x80004001"`), in the order of `enum`.
//!
//! Every string is double-quoted, with JSON's escapes, which YAML reads alike.

use super::escape::quoted;
use super::names::{ascii_ident, unique};
use super::table::{ExportedTable, Row};
use codetable_pipeline::model::Repr;
use std::fmt::Write as _;

/// A row's code as the schema's `enum` holds it: a number, or a string code quoted.
fn code(row: &Row) -> String {
    row.text.as_deref().map_or(row.code.to_string(), quoted)
}

/// The document.
pub fn file(files: &str, tables: &[ExportedTable]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}", super::header(files));
    out.push_str("openapi: 3.1.0\ninfo:\n");
    let _ = writeln!(
        out,
        "  title: {}",
        quoted(&format!("Error codes of {files}"))
    );
    let _ = writeln!(
        out,
        "  description: {}",
        quoted(&format!("Exported by `{}` from {files}.", super::GENERATOR))
    );
    let _ = writeln!(out, "  version: {}", quoted(env!("CARGO_PKG_VERSION")));
    out.push_str("components:\n  schemas:\n");
    let names = unique(tables.iter().map(|table| ascii_ident(&table.name)), &[]);
    for (table, name) in tables.iter().zip(&names) {
        let _ = writeln!(out, "    {name}:");
        let _ = writeln!(out, "      title: {}", quoted(&table.name));
        let _ = writeln!(out, "      description: {}", quoted(&table.described()));
        let ty = if table.text_codes() {
            "string"
        } else {
            "integer"
        };
        let _ = writeln!(out, "      type: {ty}");
        // OpenAPI's integer formats are signed: the codes of a `u64` table fit neither.
        let format = Repr::from_name(&table.repr).and_then(|repr| {
            let (low, high) = repr.bounds();
            [(Repr::I32, "int32"), (Repr::I64, "int64")]
                .into_iter()
                .find(|(format, _)| format.holds(low, high))
        });
        if let Some((_, format)) = format {
            let _ = writeln!(out, "      format: {format}");
        }
        out.push_str("      enum:\n");
        for row in &table.rows {
            let _ = writeln!(out, "        - {}", code(row));
        }
        out.push_str("      x-enum-varnames:\n");
        for row in &table.rows {
            let _ = writeln!(out, "        - {}", quoted(&row.name));
        }
        out.push_str("      x-enum-descriptions:\n");
        for row in &table.rows {
            let _ = writeln!(out, "        - {}", quoted(row.message(table)));
        }
        if table.hex.is_some() {
            out.push_str("      x-enum-hex:\n");
            for row in &table.rows {
                let _ = writeln!(out, "        - {}", quoted(&table.code_text(row)));
            }
        }
        if table.declares_languages() {
            out.push_str("      x-enum-languages:\n");
            for language in &table.languages {
                let _ = writeln!(out, "        - {}", quoted(language));
            }
            for language in table.languages.iter().skip(1) {
                let _ = writeln!(out, "      x-enum-descriptions-{language}:");
                for row in &table.rows {
                    let _ = writeln!(out, "        - {}", quoted(row.message_in(table, language)));
                }
            }
        }
        // Where some row has one: a link (null for none) and an explanation per code.
        if table.rows.iter().any(|row| row.help_url.is_some()) {
            out.push_str("      x-enum-help-urls:\n");
            for row in &table.rows {
                let url = row.help_url.as_deref().map_or("null".to_owned(), quoted);
                let _ = writeln!(out, "        - {url}");
            }
        }
        if table.rows.iter().any(|row| row.doc.is_some()) {
            out.push_str("      x-enum-explanations:\n");
            for row in &table.rows {
                let _ = writeln!(
                    out,
                    "        - {}",
                    quoted(row.doc.as_deref().unwrap_or(""))
                );
            }
        }
        if table.aliases().next().is_some() {
            out.push_str("      x-enum-aliases:\n");
            for (alias, row) in table.aliases() {
                let _ = writeln!(out, "        {}: {}", quoted(alias), code(row));
            }
        }
        super::arguments::openapi::table(&mut out, table);
    }
    out
}

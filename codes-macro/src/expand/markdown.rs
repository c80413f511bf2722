//! A table as a Markdown document, the generated `MARKDOWN` constant: what `codes import`
//! reads back to the same rows, so documentation made from it cannot drift from the code.
//!
//! ```text
//! # `PcsError`
//!
//! | code | name | message | http | en |
//! |---:|---|---|---|---|
//! | 0 | `NO_ERROR` | 没有错误 | 200 | no error |
//!
//! ## `31200` ~ `31209` `Acl` - acl
//!
//! | code | name | message | http | en |
//! ...
//!
//! ## `40000` ~ `59999` reserved - 保留段
//! ```
//!
//! The rows outside sections come first; each section is a heading one level deeper per
//! level of nesting, stating its inclusive range, name and message, followed by its own rows,
//! its reserved ranges and its subsections. A nameless row has an empty name cell.

use super::docs::{code_span, escape, show};
use crate::model::{Row, Table, Value};
use syn::ext::IdentExt;

/// The whole table as Markdown.
pub fn document(table: &Table) -> String {
    let mut out = format!("# {}\n", code_span(&table.ident.unraw().to_string()));
    scope(table, None, 2, &mut out);
    out
}

/// The rows, reserved ranges and sections directly inside `parent` (the table for `None`).
fn scope(table: &Table, parent: Option<usize>, level: usize, out: &mut String) {
    let rows: Vec<&Row> = table
        .rows
        .iter()
        .filter(|row| row.section == parent)
        .collect();
    if !rows.is_empty() {
        rows_table(table, &rows, out);
    }
    let hashes = "#".repeat(level.min(6));
    for reserved in table.reserved.iter().filter(|r| r.parent == parent) {
        let (low, high) = reserved.range;
        out.push_str(&format!("\n{hashes} `{low}` ~ `{high}` reserved"));
        if let Some(message) = &reserved.message {
            out.push_str(&format!(" - {}", escape(message)));
        }
        out.push('\n');
    }
    for (index, section) in table.sections.iter().enumerate() {
        if section.parent != parent {
            continue;
        }
        let (low, high) = section.range;
        out.push_str(&format!(
            "\n{hashes} `{low}` ~ `{high}` {} - {}\n",
            code_span(&section.name),
            escape(&section.message)
        ));
        scope(table, Some(index), level + 1, out);
    }
}

fn rows_table(table: &Table, rows: &[&Row], out: &mut String) {
    out.push_str("\n| code | name | message |");
    for column in &table.columns {
        out.push_str(&format!(" {} |", column.ident.unraw()));
    }
    out.push_str("\n|---:|---|---|");
    for _ in &table.columns {
        out.push_str("---|");
    }
    for row in rows {
        let name = if row.nameless {
            String::new()
        } else {
            code_span(&row.name)
        };
        out.push_str(&format!(
            "\n| {} | {name} | {} |",
            row.code,
            escape(&row.message)
        ));
        for value in &row.values {
            let shown = value.as_ref().map_or_else(String::new, plain);
            out.push_str(&format!(" {shown} |"));
        }
    }
    out.push('\n');
}

/// A value as a reader of the document would write it: strings without quotes.
fn plain(value: &Value) -> String {
    match value {
        Value::Char(value) => escape(&value.to_string()),
        Value::Str(value) => escape(value),
        number_or_bool => show(number_or_bool),
    }
}

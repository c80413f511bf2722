//! The rustdoc of the generated enums: each variant's code, wire name, message and columns
//! before the row's own docs, aliases that let rustdoc's search find a code by its number or
//! wire name, and the whole table on the enum.
//!
//! Messages and values are text from a document, not Markdown: they are escaped or put in code
//! spans (by [`crate::markdown`]), so that `KEY[VALUE]` is no link and `<b>` no HTML.

use super::literals::push_str_escaped;
use super::quote_mixed;
use crate::markdown::{breakable_code, code_span, escape, push_code_span, push_escaped};
use crate::model::{Foreign, Repr, Row, Section, Table, Value, GRPC_CODES};
use proc_macro2::TokenStream;
use std::fmt::Write;
use syn::ext::IdentExt;

/// Past this many rows the enum's docs say how many there are instead of listing them: a
/// rustdoc page of tens of thousands of table rows helps nobody, and each row's variant
/// carries its own docs anyway.
const MOST_ROWS_LISTED: usize = 1000;

/// The docs put before each row's own: "`40001` `INTERNAL_ERROR`: 内部服务器错误", then the
/// columns it sets, and the aliases.
///
/// Written into one string per row, without `format!` or a string per part: this runs once
/// per row, and at 100 000 rows every allocation of it shows in the expansion's time.
pub struct RowDocs {
    /// Each column's name in a code span.
    columns: Vec<String>,
    /// Each column's type of another crate, if it has one.
    foreign: Vec<Option<Foreign>>,
    /// Each language's tag after the first, in a code span.
    languages: Vec<String>,
    /// How the table shows a code: in hex (with the digits), or decimal.
    hex: Option<(Repr, usize)>,
}

impl RowDocs {
    /// For the rows of `table`.
    pub fn new(table: &Table) -> RowDocs {
        let Table {
            columns, languages, ..
        } = table;
        RowDocs {
            hex: table.hex.map(|digits| (table.repr, digits)),
            columns: columns
                .iter()
                .map(|column| code_span(&column.ident.unraw().to_string()))
                .collect(),
            foreign: columns.iter().map(|column| column.foreign).collect(),
            languages: languages
                .iter()
                .skip(1)
                .map(|language| code_span(&language.ident.unraw().to_string()))
                .collect(),
        }
    }

    /// The attributes to put before `row`'s own, as Rust source appended to `out`, and how
    /// many they are; `aliases` are its other wire names; `summary` is a buffer to reuse.
    ///
    /// Source text, which the enum's definition lexes once for every row (see
    /// `enums::definitions`): built as tokens, a dozen per row each made through `quote!` and
    /// crossing the proc-macro bridge, the docs were a fifth of the macro's run in a proc
    /// macro that cargo builds unoptimised (BENCHMARKS.md, "cargo check at cargo's defaults").
    pub fn push_row(
        &self,
        out: &mut String,
        summary: &mut String,
        row: &Row,
        aliases: &[&str],
    ) -> usize {
        summary.clear();
        summary.push('`');
        match (&row.text, self.hex) {
            (Some(text), _) => summary.push_str(text),
            (None, Some((repr, digits))) => summary.push_str(&repr.hex(row.code, digits)),
            (None, None) => {
                let _ = write!(summary, "{}", row.code);
            }
        }
        let code_end = summary.len();
        summary.push('`');
        if row.nameless {
            summary.push_str(" (no wire name)");
        } else {
            summary.push(' ');
            push_code_span(summary, &row.name);
        }
        if !row.message.is_empty() {
            summary.push_str(": ");
            push_escaped(summary, &row.message);
        }
        for (language, text) in self.languages.iter().zip(&row.translations) {
            if let Some(text) = text {
                summary.push_str("\n\n");
                summary.push_str(language);
                summary.push_str(": ");
                push_escaped(summary, text);
            }
        }
        // One attribute for the summary, the columns and the blank line before the row's own
        // docs: at 100 000 rows, every token of the docs is a measurable part of the
        // expansion.
        let mut first_column = true;
        for ((column, value), foreign) in self.columns.iter().zip(&row.values).zip(&self.foreign) {
            let Some(value) = value else { continue };
            summary.push_str(if first_column { "\n\n" } else { ", " });
            first_column = false;
            summary.push_str(column);
            summary.push_str(" = ");
            match grpc_name(*foreign, value) {
                Some(name) => push_code_span(summary, name),
                None => push_value_span(summary, value),
            }
        }
        if let Some(arguments) = &row.arguments {
            // Where the template's values come from: the builder, by its signature.
            summary.push_str("\n\nTakes ");
            for (index, arg) in arguments.args.iter().enumerate() {
                summary.push_str(if index == 0 { "" } else { ", " });
                push_code_span(summary, &format!("{}: {}", arg.ident, arg.ty.name()));
            }
            let builder = arguments.builder.to_string();
            let _ = write!(
                summary,
                ": build its message with [`{builder}`](Self::{builder})."
            );
        }
        out.push_str("#[doc = \"");
        push_str_escaped(out, summary);
        out.push_str("\"]");
        let mut attributes = 1;
        // rustdoc trims a fragment's trailing line break: the blank line before the row's own
        // docs is an attribute of its own.
        if has_docs(&row.attrs) {
            out.push_str("#[doc = \"\"]");
            attributes += 1;
        }
        // One attribute for the code and the names: rustc checks each attribute, which at
        // 30 000 rows is a tenth of `cargo check`. rustdoc rejects an alias equal to the
        // item's name (a nameless row's, `TaskPause`'s, a string code's such as `NoSuchKey`).
        let code = &summary[1..code_end];
        let code = (code != row.variant_name).then_some(code);
        let name = (!row.nameless && row.variant_name != row.name && code != Some(&row.name))
            .then_some(row.name.as_str());
        let mut names = code
            .into_iter()
            .chain(name)
            .chain(aliases.iter().copied())
            .filter(|alias| rustdoc_alias(alias));
        if let Some(first) = names.next() {
            out.push_str("#[doc(alias(\"");
            push_str_escaped(out, first);
            for name in names {
                out.push_str("\", \"");
                push_str_escaped(out, name);
            }
            out.push_str("\"))]");
            attributes += 1;
        }
        attributes
    }
}

/// The name of a `tonic::Code` value (`NotFound`), as a row writes it, which docs show rather
/// than the number the column stores.
fn grpc_name(foreign: Option<Foreign>, value: &Value) -> Option<&'static str> {
    match (foreign, value) {
        (
            Some(Foreign::GrpcCode),
            Value::Int {
                negative: false,
                magnitude,
            },
        ) => usize::try_from(*magnitude)
            .ok()
            .and_then(|index| GRPC_CODES.get(index).copied()),
        _ => None,
    }
}

/// A column's value in a code span, as Rust source would write it.
fn push_value_span(out: &mut String, value: &Value) {
    match value {
        // No backtick or `|` in a number: the span needs no fence of its own.
        Value::Int { .. } | Value::Float { .. } | Value::Bool(_) => {
            out.push('`');
            let _ = write!(out, "{value}");
            out.push('`');
        }
        Value::Char(_) | Value::Str(_) => push_code_span(out, &value.to_string()),
    }
}

/// The docs put before a section's own.
pub fn section(table: &Table, section: &Section) -> TokenStream {
    let (low, high) = section.range;
    let mut summary = match &section.prefix {
        Some(prefix) => format!("{} ", code_span(&format!("{prefix}…"))),
        None => format!("`{}..={}` ", table.code_text(low), table.code_text(high)),
    };
    push_code_span(&mut summary, &section.name);
    summary.push_str(": ");
    push_escaped(&mut summary, &section.message);
    let separator = has_docs(&section.attrs).then(|| quote_mixed!(#[doc = ""]));
    quote_mixed! {
        #[doc = #summary]
        #separator
    }
}

/// The table, after the enum's own docs: one Markdown row per code, with its section and
/// columns.
pub fn table(table: &Table) -> TokenStream {
    let count = table.rows.len();
    let mut doc = String::new();
    // rustdoc trims a fragment's leading line break: the blank line after the enum's own docs
    // is an attribute of its own.
    let separator = has_docs(&table.attrs).then(|| quote_mixed!(#[doc = ""]));
    if count > MOST_ROWS_LISTED {
        doc.push_str(&format!(
            "The table has {count} codes, too many to list here: each variant shows its own."
        ));
        return quote_mixed!(#separator #[doc = #doc]);
    }
    let sections = !table.sections.is_empty();
    // Folded: each variant below shows its row, which the page then lists once; the table is
    // an overview to open, each name linking to its variant.
    doc.push_str(&format!(
        "<details><summary>The {count} codes at a glance</summary>\n\n| code | name | message |"
    ));
    let mut rule = String::from("|---:|---|---|");
    if sections {
        doc.push_str(" section |");
        rule.push_str("---|");
    }
    for column in &table.columns {
        doc.push_str(&format!(
            " {} |",
            code_span(&column.ident.unraw().to_string())
        ));
        rule.push_str("---|");
    }
    doc.push('\n');
    doc.push_str(&rule);
    for row in &table.rows {
        doc.push_str(&format!(
            "\n| {} | [{}](Self::{}) | {} |",
            table.row_code(row),
            breakable_code(&row.name),
            row.variant_name,
            escape(&row.message)
        ));
        if sections {
            let section = row
                .section
                .and_then(|index| table.sections.get(index))
                .map_or_else(String::new, |section| code_span(&section.name));
            doc.push_str(&format!(" {section} |"));
        }
        for (value, column) in row.values.iter().zip(&table.columns) {
            let shown = value.as_ref().map_or_else(String::new, |value| {
                match grpc_name(column.foreign, value) {
                    Some(name) => code_span(name),
                    None => code_span(&value.to_string()),
                }
            });
            doc.push_str(&format!(" {shown} |"));
        }
    }
    doc.push_str("\n\n</details>");
    quote_mixed!(#separator #[doc = #doc])
}

pub fn has_docs(attrs: &[syn::Attribute]) -> bool {
    attrs
        .iter()
        .any(|attr| crate::attr::of(attr) == crate::attr::Kind::Doc)
}

/// Whether rustdoc takes a text as a `#[doc(alias)]`: it refuses quotes, whitespace but the
/// space, and a space at either end (a string code may have any of them: `"say \"hi\""`).
fn rustdoc_alias(alias: &str) -> bool {
    !alias.is_empty()
        && !alias.starts_with(' ')
        && !alias.ends_with(' ')
        && !alias
            .chars()
            .any(|c| c == '"' || c == '\'' || (c.is_whitespace() && c != ' '))
}

#[cfg(test)]
mod tests {

    /// The docs of an expansion, as one string per `#[doc = ..]` or `#[doc(alias(..))]`.
    fn docs_of(input: &str) -> Vec<String> {
        let output = crate::define_codes(input.parse().unwrap()).to_string();
        let mut docs = Vec::new();
        for part in output.split("# [doc").skip(1) {
            // Each attribute ends at `"]` (a string) or `)]` (an alias list).
            let end = [part.find("\"]"), part.find(")]")]
                .into_iter()
                .flatten()
                .min()
                .map_or(part.len(), |end| end + 1);
            docs.push(part[..end].trim().to_owned());
        }
        docs
    }

    #[test]
    fn variants_show_their_row_and_aliases() {
        let docs = docs_of(
            r#"pub enum Pcs(http: u16, en: &'static str) {
                /// Own docs.
                31298 => THE_VALUE, "返回值KEY[VALUE]非法", http = 500, en = "the value of KEY[VALUE]",
                -5 => _, "nameless", http = 400, en = "x",
            }"#,
        );
        let start = docs
            .iter()
            .position(|doc| doc.contains("`THE_VALUE`:"))
            .unwrap();
        let expected = [
            r#"= "`31298` `THE_VALUE`: 返回值KEY\\[VALUE\\]非法\n\n`http` = `500`, `en` = `\"the value of KEY[VALUE]\"`""#,
            r#"= """#,
            r#"(alias ("31298" , "THE_VALUE"))"#,
            r#"= " Own docs.""#,
        ];
        assert_eq!(docs[start..start + expected.len()], expected);
        // A nameless row's name is its variant's name, which rustdoc rejects as an alias.
        assert!(docs.contains(&r#"(alias ("-5"))"#.to_owned()));
    }

    #[test]
    fn the_enum_carries_the_table() {
        let docs = docs_of(r#"pub enum E { 1 => ONE, "a | b", 2 => _, "two" }"#);
        let table = docs.iter().find(|doc| doc.contains("| code |")).unwrap();
        // Folded, each row being its variant's docs too.
        assert!(
            table.contains("<details><summary>The 2 codes at a glance</summary>"),
            "{table}"
        );
        assert!(table.ends_with("</details>\""), "{table}");
        assert!(
            table.contains(
                r#"| 1 | [<code style=\"overflow-wrap:normal\">ONE</code>](Self::One) | a \\| b |"#
            ),
            "{table}"
        );
        // A nameless row's name is its variant's, which `name()` returns.
        assert!(
            table.contains(
                r#"| 2 | [<code style=\"overflow-wrap:normal\">Code2</code>](Self::Code2) | two |"#
            ),
            "{table}"
        );
        let long = docs_of(r#"pub enum E { 1 => A_LONG_NAME, "a" }"#);
        let table = long.iter().find(|doc| doc.contains("| code |")).unwrap();
        assert!(
            table.contains(r#"<code style=\"overflow-wrap:normal\">A_<wbr>LONG_<wbr>NAME</code>"#),
            "{table}"
        );
    }

    #[test]
    fn an_alias_rustdoc_refuses_is_left_out() {
        for taken in ["23505", "NoSuchKey", "a b", "错误", "__proto__"] {
            assert!(super::rustdoc_alias(taken), "{taken}");
        }
        for refused in ["", " a", "a ", "say \"hi\"", "it's", "a\tb", "a\nb"] {
            assert!(!super::rustdoc_alias(refused), "{refused:?}");
        }
    }
}

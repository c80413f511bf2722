//! Writing: the model as `codetable::define_codes! { .. }` source, formatted as rustfmt leaves it
//! (rustfmt does not format a macro's body, so this does): the invocation at column 0, enums
//! indented 4, rows 8, a section's rows 4 more, one row per line.
//!
//! ```text
//! codetable::define_codes! {
//!     /// 文件数据API错误码
//!     ///
//!     /// Imported by `codes import` from `003_d6a198459831153e.txt`, line 1.
//!     #[codetable(languages(zh, en))]
//!     pub enum PcsError(
//!         /// HTTP状态码
//!         http: u16,
//!     ) {
//!         0 => NO_ERROR, "没有错误", en = "no error", http = 200,
//!     }
//! }
//! ```
//!
//! A row gives its message in the table's other languages right after its message, then its
//! columns' values; an alias is `ALIAS = NAME,` and a retired name `NAME => retired, "why",`,
//! each where the document has it.
//!
//! A string code is written as a string (`"0A000" => FEATURE_NOT_SUPPORTED`; `"NoSuchKey" =>
//! _` for one that is its own name), and a section or reserved item of string codes by its
//! prefix (`"08" => ConnectionException, "Connection Exception" { .. }`, `"XX" => reserved`).
//! A code the document writes in hex is written in hex (`0x80004001 => E_NOTIMPL`); a row the
//! document gives no message is written without one (`0 => GIT_OK,`). `#[repr(T)]` is written
//! when asked for, for a table written in hex (the smallest unsigned type that holds its codes,
//! unless one is negative), or when the codes do not fit `i32` (then `u32` if none is negative,
//! `i64`, or `u64`). No
//! `in LOW..=HIGH` is written: no document states the range of a whole table, and one made of
//! its codes would refuse the next release's first new code.

use crate::export::table::hex_literal;
use crate::import::model::{Column, Document, DocumentTable, Item, Name, Row, Scalar};
use crate::import::recognize::text;
use codetable_pipeline::expand::literals::{self, quoted};
use codetable_pipeline::model::Repr;
use std::fmt::Write as _;

/// What a line of the source was written from: where the macro's errors on it belong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// A table's docs and header, by the table's index.
    Table(usize),
    /// A column's declaration: (table, column).
    Column(usize, usize),
    /// An item (a row, section or reserved range): the table, then the indexes into its
    /// items and each section's.
    Item(usize, Vec<usize>),
}

impl Anchor {
    /// The index of the table.
    pub fn table(&self) -> usize {
        match self {
            Anchor::Table(table) | Anchor::Column(table, _) | Anchor::Item(table, _) => *table,
        }
    }
}

/// Source written, and what each of its lines was written from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Written {
    /// The source.
    pub source: String,
    /// For each line of the source (index 0 for line 1), what it was written from.
    pub anchors: Vec<Option<Anchor>>,
}

/// Builds the source, noting each line's anchor.
struct Writer {
    out: String,
    /// How much of `out` `anchors` covers.
    noted: usize,
    anchors: Vec<Option<Anchor>>,
    current: Option<Anchor>,
}

impl Writer {
    /// What the lines written from now on are written from.
    fn anchor(&mut self, anchor: Option<Anchor>) {
        self.note();
        self.current = anchor;
    }

    /// Notes the anchor of the lines written since the last note.
    fn note(&mut self) {
        let lines = self.out[self.noted..].matches('\n').count();
        self.anchors
            .extend(std::iter::repeat_n(self.current.clone(), lines));
        // A line still open belongs to the anchor it started under.
        self.noted = self.out.rfind('\n').map_or(0, |at| at + 1).max(self.noted);
    }
}

/// The document as source: one `define_codes!` invocation holding every table.
pub fn source(document: &Document, repr: Option<Repr>) -> Written {
    let mut writer = Writer {
        out: String::from("codetable::define_codes! {\n"),
        noted: 0,
        anchors: Vec::new(),
        current: None,
    };
    for (index, table) in document.tables.iter().enumerate() {
        if index > 0 {
            writer.out.push('\n');
        }
        write_table(&mut writer, index, table, &document.file, repr);
    }
    writer.anchor(None);
    writer.out.push_str("}\n");
    writer.note();
    Written {
        source: writer.out,
        anchors: writer.anchors,
    }
}

fn write_table(
    writer: &mut Writer,
    index: usize,
    table: &DocumentTable,
    file: &str,
    repr: Option<Repr>,
) {
    writer.anchor(Some(Anchor::Table(index)));
    let out = &mut writer.out;
    let pad = "    ";
    fixme_lines(out, pad, &table.fixmes);
    if let Some(heading) = &table.heading {
        doc(out, pad, heading);
        let _ = writeln!(out, "{pad}///");
    }
    let file = file.replace('`', "'");
    let _ = writeln!(
        out,
        "{pad}/// Imported by `codes import` from `{}`, line {}.",
        sanitize(&file),
        table.line
    );
    let repr = repr.or(table.repr).or_else(|| code_type(table));
    let mut options = Vec::new();
    if !table.languages.is_empty() {
        let tags: Vec<String> = table
            .languages
            .iter()
            .map(|tag| column_ident(tag))
            .collect();
        options.push(format!("languages({})", tags.join(", ")));
    }
    if let Some(prefix) = &table.strip_prefix {
        options.push(format!("strip_prefix = {}", quoted(prefix)));
    }
    if let Some(template) = &table.help_url {
        options.push(format!("help_url = {}", quoted(template)));
    }
    if let Some(shape) = &table.shape {
        options.push(format!("shape = {}", quoted(shape)));
    }
    if !options.is_empty() {
        let _ = writeln!(out, "{pad}#[codetable({})]", options.join(", "));
    }
    if let Some(repr) = repr {
        let _ = writeln!(out, "{pad}#[repr({})]", repr.name());
    }
    let _ = write!(out, "{pad}pub enum {}", column_ident(&table.name));
    if !table.columns.is_empty() {
        out.push_str("(\n");
        for (column_index, column) in table.columns.iter().enumerate() {
            writer.anchor(Some(Anchor::Column(index, column_index)));
            write_column(&mut writer.out, column);
        }
        writer.anchor(Some(Anchor::Table(index)));
        let _ = write!(writer.out, "{pad})");
    }
    writer.out.push_str(" {\n");
    let mut path = Vec::new();
    items(writer, index, table, &table.items, 2, &mut path);
    writer.anchor(Some(Anchor::Table(index)));
    let _ = writeln!(writer.out, "{pad}}}");
}

/// The code type to declare, `None` for the macro's `i32`: for a table written in hex whose
/// codes are none negative, the smallest unsigned type that holds them (`u32` for HRESULTs);
/// else `i32`, or for codes it does not hold `u32` (none negative), `i64` or `u64`.
fn code_type(table: &DocumentTable) -> Option<Repr> {
    // The macro picks the type of a table of strings' discriminants.
    if table.text_codes() {
        return None;
    }
    let (low, high) = bounds(table);
    let rows = table.rows();
    let hex = !rows.is_empty() && rows.iter().all(|row| row.hex.is_some());
    if hex && low >= 0 {
        return Repr::first_holding([Repr::U8, Repr::U16, Repr::U32, Repr::U64], low, high);
    }
    if low > high || Repr::I32.holds(low, high) {
        None
    } else if low >= 0 {
        Repr::first_holding([Repr::U32, Repr::I64, Repr::U64], low, high)
    } else {
        Repr::first_holding([Repr::I64, Repr::U64], low, high)
    }
}

/// The lowest and highest code, section bound or reserved bound (`low > high` for none).
fn bounds(table: &DocumentTable) -> (i128, i128) {
    let mut bounds = (i128::MAX, i128::MIN);
    fn walk(items: &[Item], bounds: &mut (i128, i128)) {
        for item in items {
            let (low, high) = match item {
                Item::Row(row) => (row.code, row.code),
                Item::Section(section) => {
                    walk(&section.items, bounds);
                    section.range
                }
                Item::Reserved(reserved) => reserved.range,
                _ => continue,
            };
            bounds.0 = bounds.0.min(low);
            bounds.1 = bounds.1.max(high);
        }
    }
    walk(&table.items, &mut bounds);
    bounds
}

fn write_column(out: &mut String, column: &Column) {
    let pad = "        ";
    fixme_lines(out, pad, &column.fixmes);
    // A `json` export's column without docs has no header.
    if !column.header.is_empty() {
        doc(out, pad, &column.header);
    }
    let scalar = match column.ty.scalar {
        Scalar::Int(name) | Scalar::Float(name) => name,
        Scalar::Bool => "bool",
        Scalar::Char => "char",
        Scalar::Str => "&'static str",
    };
    let ty = if column.ty.optional {
        format!("Option<{scalar}>")
    } else {
        scalar.to_owned()
    };
    let _ = writeln!(out, "{pad}{}: {ty},", column_ident(&column.name));
}

/// A column's (or enum's) name as an identifier: a keyword as a raw identifier.
fn column_ident(name: &str) -> String {
    if text::is_keyword(name) {
        format!("r#{name}")
    } else {
        name.to_owned()
    }
}

fn items(
    writer: &mut Writer,
    index: usize,
    table: &DocumentTable,
    items: &[Item],
    depth: usize,
    path: &mut Vec<usize>,
) {
    let pad = "    ".repeat(depth);
    let mut previous: Option<&Item> = None;
    for (position, item) in items.iter().enumerate() {
        path.push(position);
        writer.anchor(Some(Anchor::Item(index, path.clone())));
        let blank = match (previous, item) {
            (None, _) => false,
            (Some(_), Item::Section(_) | Item::Reserved(_) | Item::Comment(_)) => true,
            (Some(Item::Section(_) | Item::Reserved(_)), _) => true,
            _ => false,
        };
        let out = &mut writer.out;
        if blank {
            out.push('\n');
        }
        match item {
            Item::Row(row) => write_row(out, table, row, &pad),
            Item::Section(section) => {
                fixme_lines(out, &pad, &section.fixmes);
                if let Some(text) = &section.doc {
                    doc(out, &pad, text);
                }
                let _ = write!(
                    out,
                    "{pad}{} => {}, {} {{",
                    codes(section.range, section.prefix.as_deref(), hex_digits(table)),
                    section.name,
                    quoted(&section.message)
                );
                if section.items.is_empty() {
                    out.push_str("}\n");
                } else {
                    out.push('\n');
                    self::items(writer, index, table, &section.items, depth + 1, path);
                    writer.anchor(Some(Anchor::Item(index, path.clone())));
                    let _ = writeln!(writer.out, "{pad}}}");
                }
            }
            Item::Reserved(reserved) => {
                fixme_lines(out, &pad, &reserved.fixmes);
                let codes = codes(
                    reserved.range,
                    reserved.prefix.as_deref(),
                    hex_digits(table),
                );
                match &reserved.message {
                    Some(message) => {
                        let _ = writeln!(out, "{pad}{codes} => reserved, {},", quoted(message));
                    }
                    None => {
                        let _ = writeln!(out, "{pad}{codes} => reserved,");
                    }
                }
            }
            Item::Alias(alias) => {
                fixme_lines(out, &pad, &alias.fixmes);
                if let Some(text) = &alias.doc {
                    doc(out, &pad, text);
                }
                let _ = writeln!(out, "{pad}{} = {},", alias.name, alias.of);
            }
            Item::Retired(retired) => {
                fixme_lines(out, &pad, &retired.fixmes);
                let _ = write!(out, "{pad}{} => retired", retired.name);
                if let Some(message) = &retired.message {
                    let _ = write!(out, ", {}", quoted(message));
                }
                out.push_str(",\n");
            }
            Item::Comment(comment) => comment_line(out, &pad, &comment.text),
            Item::Unreadable(unreadable) => {
                let cell = sanitize(&unreadable.code);
                let (expected, what) = unreadable.kind.words();
                let fixme = format!(
                    "FIXME(codes import): `{cell}` is no {expected}; the {what} as written:"
                );
                comment_line(out, &pad, &fixme);
                comment_line(out, &pad, &unreadable.text);
            }
        }
        path.pop();
        previous = Some(item);
    }
}

/// The codes a section or reserved item holds: `LOW..=HIGH`, or in a table of string codes
/// its prefix, `"22"`.
/// A section's or reserved item's codes: its prefix, or its range, in hex padded to `hex`
/// digits in a table whose rows are all written in hex (`0x80004000..=0x80004FFF`).
fn codes((low, high): (i128, i128), prefix: Option<&str>, hex: Option<usize>) -> String {
    match (prefix, hex) {
        (Some(prefix), _) => quoted(prefix),
        (None, Some(digits)) => format!(
            "{}..={}",
            hex_literal(low, digits),
            hex_literal(high, digits)
        ),
        (None, None) => format!("{low}..={high}"),
    }
}

/// The digits a table's hex codes are padded to, where every row is written in hex: the
/// widest of them.
fn hex_digits(table: &DocumentTable) -> Option<usize> {
    let rows = table.rows();
    let mut widest = None;
    for row in &rows {
        let digits = row
            .hex
            .as_deref()?
            .trim_start_matches('-')
            .len()
            .saturating_sub(2);
        widest = widest.max(Some(digits));
    }
    widest
}

fn write_row(out: &mut String, table: &DocumentTable, row: &Row, pad: &str) {
    fixme_lines(out, pad, &row.fixmes);
    if let Some(text) = &row.doc {
        doc(out, pad, text);
    }
    let declared = row.declared.as_deref().cloned().unwrap_or_default();
    if let Some(deprecated) = &declared.deprecated {
        let parts: Vec<String> = [("since", &deprecated.since), ("note", &deprecated.note)]
            .into_iter()
            .filter_map(|(key, value)| Some(format!("{key} = {}", quoted(value.as_deref()?))))
            .collect();
        if parts.is_empty() {
            let _ = writeln!(out, "{pad}#[deprecated]");
        } else {
            let _ = writeln!(out, "{pad}#[deprecated({})]", parts.join(", "));
        }
    }
    let name = match &row.name {
        // A string code that is its own name (`NoSuchKey`) is written once: `"NoSuchKey" => _`.
        Name::Given(name) if row.text.as_ref() == Some(name) => "_".to_owned(),
        Name::Given(name) | Name::Made { name, .. } => name.clone(),
        Name::Nameless => "_".to_owned(),
    };
    // `NAME(db: &str, ..)`: the arguments of its messages, after the name.
    let args: Vec<String> = declared
        .arguments
        .iter()
        .map(|arg| format!("{}: {}", arg.name, arg.ty))
        .collect();
    let signature = if args.is_empty() {
        name.clone()
    } else {
        format!("{name}({})", args.join(", "))
    };
    // `NAME as Variant` where the variant is not the one the macro makes of the name.
    let name = match &declared.variant {
        Some(variant) if name != "_" => {
            let base = table
                .strip_prefix
                .as_deref()
                .and_then(|prefix| name.strip_prefix(prefix))
                .unwrap_or(&name);
            if codetable_shared::variant_name(base) == *variant {
                signature
            } else {
                format!("{signature} as {variant}")
            }
        }
        _ => signature,
    };
    let code = match &row.text {
        Some(text) => quoted(text),
        None => row.code_text(),
    };
    let _ = write!(out, "{pad}{code} => {name}");
    // A row the document gives no message has none: the macro invents no text either.
    if !row.message.is_empty() {
        let _ = write!(out, ", {}", quoted(&row.message));
    }
    for (tag, text) in table.languages.iter().skip(1).zip(&row.translations) {
        if let Some(text) = text {
            let _ = write!(out, ", {} = {}", column_ident(tag), quoted(text));
        }
    }
    for (column, value) in table.columns.iter().zip(&row.values) {
        if let Some(value) = value {
            let _ = write!(
                out,
                ", {} = {}",
                column_ident(&column.name),
                literal(column.ty.scalar, value)
            );
        }
    }
    if let Some(link) = &declared.help_url {
        // A link, written as the template that gives it: its braces doubled.
        let template = codetable_pipeline::help::literal_template(link);
        let _ = write!(out, ", help_url = {}", quoted(&template));
    }
    out.push_str(",\n");
}

/// The `// FIXME(codes import): ..` lines of an item's problems.
fn fixme_lines(out: &mut String, pad: &str, fixmes: &[String]) {
    for fixme in fixmes {
        comment_line(out, pad, &format!("FIXME(codes import): {fixme}"));
    }
}

/// A `// comment` line (`//` alone for no text).
fn comment_line(out: &mut String, pad: &str, text: &str) {
    let text = sanitize(text.trim());
    if text.is_empty() {
        let _ = writeln!(out, "{pad}//");
    } else {
        let _ = writeln!(out, "{pad}// {text}");
    }
}

/// A value as a literal of its column's type.
fn literal(scalar: Scalar, value: &str) -> String {
    match scalar {
        // `u128` values beyond `i128` too.
        Scalar::Int(_) => match (value.parse::<i128>(), value.parse::<u128>()) {
            (Ok(number), _) => number.to_string(),
            (_, Ok(number)) => number.to_string(),
            _ => quoted(value),
        },
        Scalar::Float(_) | Scalar::Bool => value.to_owned(),
        Scalar::Char => {
            let mut chars = value.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => format!("{c:?}"),
                // Not one character: the macro says so at the row.
                _ => quoted(value),
            }
        }
        Scalar::Str => quoted(value),
    }
}

/// Doc comment lines, one per line of the text.
fn doc(out: &mut String, pad: &str, text: &str) {
    for line in text.lines() {
        let line = sanitize(line.trim_end());
        if line.is_empty() {
            let _ = writeln!(out, "{pad}///");
        } else {
            let _ = writeln!(out, "{pad}/// {line}");
        }
    }
}

/// Text for a comment: each [hidden](literals::is_hidden) char (a control, which would end
/// or hide in the comment, or a bidirectional-text control) written as `\u{..}`.
fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if literals::is_hidden(c) {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line of the source has its anchor: the row's line holds the row.
    #[test]
    fn anchors_follow_the_lines() {
        let text = "# `E`\n\n| code | name | message | http |\n|---|---|---|---|\n\
                    | 1 | `A` | a | 200 |\n\n## `10` ~ `19` `S` - s\n\n| code | name | message | http |\n\
                    |---|---|---|---|\n| 11 | `B` | b | 404 |\n";
        let document = crate::import::document(text, "e.md", &crate::import::Options::default());
        let written = source(&document, None);
        assert_eq!(written.anchors.len(), written.source.lines().count());
        let at = |needle: &str| {
            let line = written
                .source
                .lines()
                .position(|line| line.contains(needle));
            written.anchors[line.unwrap()].clone()
        };
        assert_eq!(at("1 => A"), Some(Anchor::Item(0, vec![0])));
        assert_eq!(at("10..=19 => S"), Some(Anchor::Item(0, vec![1])));
        assert_eq!(at("11 => B"), Some(Anchor::Item(0, vec![1, 0])));
        assert_eq!(at("http: u16"), Some(Anchor::Column(0, 0)));
        assert_eq!(at("pub enum E"), Some(Anchor::Table(0)));
        assert_eq!(at("codetable::define_codes!"), None);
    }
}

//! A table as a Markdown document, the generated `MARKDOWN` constant: what `codes import`
//! reads back to the same rows, so documentation made from it cannot drift from the code.
//!
//! ```text
//! # `PcsError`
//!
//! Codes of type `i32`.
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
//! Under the title, a line states the code type of a table of number codes. The rows outside
//! sections come first; each section is a heading one level deeper per level of nesting, stating its inclusive range, name and message, followed by its own rows,
//! its reserved ranges and its subsections. A nameless row has an empty name cell, a row without
//! a message an empty message cell, a row with arguments its [`signature`] as its name
//! (`ER_NO_SUCH_TABLE(db: &str, table: &str)`, `_(value: i32)` for a nameless one); a table that shows its codes in hex writes them so
//! (`0x80004001`, [`Table::code_text`](crate::model::Table::code_text)). Last, a
//! table with aliases has an `## Aliases` heading and a table of `alias | name`, and one with
//! retired names a `## Retired names` heading and a table of `name | message`. A table with
//! languages heads its message column `message:LANG` with the first language, and has a
//! `message:LANG` column per other language after it. A table with a help template states it
//! under the title ([`help_line`]); rows that give their own link have it in a `help_url`
//! column, and rows' doc comments are an `explanation` column, after the typed columns, in the
//! tables of a table some of whose rows have them.
//!
//! A message, and a string or character column's value, is its cell as written, so that
//! `codes import` reads back every character of it: only what a cell cannot hold as written
//! is escaped ([`push_cell`]). Markdown marks in it (`*`, `_`, backticks, `<`) are written as
//! they are, and a renderer may read them as Markdown.
//!
//! Every escaping into Markdown lives here, for this document and for the rustdoc that
//! `expand` writes: [`escape`] (text that reads as itself, inline), [`code_span`],
//! [`breakable_code`] (a name as HTML code a browser may break), [`html_comment`], and
//! [`push_cell`] with [`cell_text`] (a table cell and its text read back). Their tests read what they write with
//! a Markdown reader, as rustdoc reads it.

use crate::help::doc_text;
use crate::model::{ArgType, Reserved, Row, Table, Value};
use std::fmt::Write;
use syn::ext::IdentExt;

/// The whole table as Markdown.
pub fn document(table: &Table) -> String {
    // What each scope holds, gathered once: index 0 for the table, `1 + i` for section `i`.
    let scopes = table.sections.len() + 1;
    let mut rows: Vec<Vec<&Row>> = vec![Vec::new(); scopes];
    for row in &table.rows {
        rows[row.section.map_or(0, |section| section + 1)].push(row);
    }
    let mut reserved: Vec<Vec<&Reserved>> = vec![Vec::new(); scopes];
    for range in &table.reserved {
        reserved[range.parent.map_or(0, |parent| parent + 1)].push(range);
    }
    let mut sections: Vec<Vec<usize>> = vec![Vec::new(); scopes];
    for (index, section) in table.sections.iter().enumerate() {
        sections[section.parent.map_or(0, |parent| parent + 1)].push(index);
    }
    let document = Document {
        table,
        rows,
        reserved,
        sections,
        own_links: table.rows.iter().any(|row| row.own_help_url),
        explanations: table.rows.iter().any(|row| doc_text(&row.attrs).is_some()),
    };
    // Roughly what the rows take, so that the string grows once or twice, not twenty times.
    let mut out = String::with_capacity(table.rows.len() * 64);
    out.push_str("# ");
    push_code_span(&mut out, &table.ident.unraw().to_string());
    out.push('\n');
    // The code type, which the rows do not show (`1` fits every type): `codes import` reads
    // it back, so that an export read back is the same table (`codes diff` finds no change).
    // String codes are what the rows show.
    if !table.text_codes {
        out.push('\n');
        out.push_str(&code_type_line(table.repr.name()));
        out.push('\n');
    }
    if let Some(template) = &table.help_url {
        out.push('\n');
        out.push_str(&help_line(template));
        out.push('\n');
    }
    document.scope(None, 2, &mut out);
    if !table.aliases.is_empty() {
        out.push_str("\n## Aliases\n\n| alias | name |\n|---|---|");
        for alias in &table.aliases {
            out.push_str("\n| ");
            push_code_span(&mut out, &alias.name);
            out.push_str(" | ");
            if let Some(row) = table.rows.get(alias.row) {
                push_code_span(&mut out, &row.name);
            }
            out.push_str(" |");
        }
        out.push('\n');
    }
    if !table.retired.is_empty() {
        out.push_str("\n## Retired names\n\n| name | message |\n|---|---|");
        for retired in &table.retired {
            out.push_str("\n| ");
            push_code_span(&mut out, &retired.name);
            out.push_str(" | ");
            if let Some(message) = &retired.message {
                push_cell(&mut out, message);
            }
            out.push_str(" |");
        }
        out.push('\n');
    }
    out
}

/// The line of a document that states its table's code type: ``Codes of type `u16`.``, as
/// [`document`] writes it and `codes import` reads it.
pub fn code_type_line(repr: &str) -> String {
    format!("Codes of type `{repr}`.")
}

struct Document<'a> {
    table: &'a Table,
    /// The rows of each scope (the table, then each section), in declaration order.
    rows: Vec<Vec<&'a Row>>,
    /// The reserved ranges directly inside each scope.
    reserved: Vec<Vec<&'a Reserved>>,
    /// The sections directly inside each scope.
    sections: Vec<Vec<usize>>,
    /// Some row gives its own help link: the rows' tables have a `help_url` column.
    own_links: bool,
    /// Some row has a doc comment: the rows' tables have an `explanation` column.
    explanations: bool,
}

/// The line under a table's title that states its help template, as [`document`] writes it
/// and `codes import` reads it back: ``Help: `https://docs.example.com/errors/{code}` ``.
pub fn help_line(template: &str) -> String {
    format!("Help: {}", code_span(template))
}

impl Document<'_> {
    /// The rows, reserved ranges and sections directly inside `parent` (the table for `None`).
    fn scope(&self, parent: Option<usize>, level: usize, out: &mut String) {
        let scope = parent.map_or(0, |section| section + 1);
        if !self.rows[scope].is_empty() {
            self.rows_table(&self.rows[scope], out);
        }
        let hashes = "#".repeat(level.min(6));
        for reserved in &self.reserved[scope] {
            let _ = write!(
                out,
                "\n{hashes} {} reserved",
                self.codes(reserved.range, &reserved.prefix)
            );
            if let Some(message) = &reserved.message {
                out.push_str(" - ");
                push_escaped(out, message);
            }
            out.push('\n');
        }
        for &index in &self.sections[scope] {
            let section = &self.table.sections[index];
            let _ = write!(
                out,
                "\n{hashes} {} ",
                self.codes(section.range, &section.prefix)
            );
            push_code_span(out, &section.name);
            out.push_str(" - ");
            push_escaped(out, &section.message);
            out.push('\n');
            self.scope(Some(index), level + 1, out);
        }
    }

    /// The codes a section or reserved item holds: `` `LOW` ~ `HIGH` ``, or its prefix,
    /// `` `PREFIX` ``, in a table of string codes.
    fn codes(&self, (low, high): (i128, i128), prefix: &Option<String>) -> String {
        match prefix {
            Some(prefix) => code_span(prefix),
            None => format!(
                "`{}` ~ `{}`",
                self.table.code_text(low),
                self.table.code_text(high)
            ),
        }
    }

    fn rows_table(&self, rows: &[&Row], out: &mut String) {
        let columns = &self.table.columns;
        let languages = self.table.languages.get(1..).unwrap_or_default();
        out.push_str("\n| code | name | message");
        if let Some(first) = self.table.languages.first() {
            let _ = write!(out, ":{}", first.ident.unraw());
        }
        out.push_str(" |");
        for language in languages {
            let _ = write!(out, " message:{} |", language.ident.unraw());
        }
        for column in columns {
            let _ = write!(out, " {} |", column.ident.unraw());
        }
        // Named as the methods, which no column can be: they read back as what they are.
        if self.own_links {
            out.push_str(" help_url |");
        }
        if self.explanations {
            out.push_str(" explanation |");
        }
        out.push_str("\n|---:|---|---|");
        let extra = usize::from(self.own_links) + usize::from(self.explanations);
        for _ in 0..languages.len() + columns.len() + extra {
            out.push_str("---|");
        }
        for row in rows {
            match &row.text {
                // A string code in a code span: `codes import` reads it as a string, and its
                // leading zeros and letters stay.
                Some(text) => {
                    out.push_str("\n| ");
                    push_code_span(out, text);
                    out.push_str(" | ");
                }
                None => {
                    let _ = write!(out, "\n| {} | ", self.table.code_text(row.code));
                }
            }
            if !row.args().is_empty() {
                push_code_span(out, &signature(row));
            } else if !row.nameless {
                push_code_span(out, &row.name);
            }
            out.push_str(" | ");
            // A row without a message: an empty cell, which reads back as none.
            if !row.message.is_empty() {
                push_cell(out, &row.message);
            }
            out.push_str(" |");
            for text in &row.translations {
                out.push(' ');
                if let Some(text) = text {
                    push_cell(out, text);
                }
                out.push_str(" |");
            }
            for value in &row.values {
                out.push(' ');
                if let Some(value) = value {
                    push_plain(out, value);
                }
                out.push_str(" |");
            }
            if self.own_links {
                out.push(' ');
                if let Some(link) = row.help_url.as_ref().filter(|_| row.own_help_url) {
                    push_cell(out, link);
                }
                out.push_str(" |");
            }
            if self.explanations {
                out.push(' ');
                if let Some(text) = doc_text(&row.attrs) {
                    push_cell(out, &text);
                }
                out.push_str(" |");
            }
        }
        out.push('\n');
    }
}

/// A row with arguments as its name cell writes it: its wire name (`_` for a nameless row)
/// and its arguments as the table declares them, `ER_NO_SUCH_TABLE(db: &str, table: &str)`.
pub fn signature(row: &Row) -> String {
    let name = if row.nameless { "_" } else { &row.name };
    let args: Vec<String> = row
        .args()
        .iter()
        .map(|arg| format!("{}: {}", arg.ident, arg.ty.name()))
        .collect();
    format!("{name}({})", args.join(", "))
}

/// A name cell's text read back as [`signature`] writes it: the name and the arguments, with
/// their types; `None` for text that is no signature (a plain name).
pub fn read_signature(text: &str) -> Option<(&str, Vec<(&str, ArgType)>)> {
    let (name, rest) = text.trim().split_once('(')?;
    let inside = rest.strip_suffix(')')?;
    let args = inside
        .split(',')
        .map(|arg| {
            let (arg_name, ty) = arg.split_once(':')?;
            Some((arg_name.trim(), ArgType::from_name(ty)?))
        })
        .collect::<Option<Vec<_>>>()?;
    let name = name.trim();
    (!name.is_empty() && !args.is_empty()).then_some((name, args))
}

/// A value as a reader of the document would write it: strings without quotes.
fn push_plain(out: &mut String, value: &Value) {
    match value {
        Value::Char(value) => push_cell(out, value.encode_utf8(&mut [0; 4])),
        Value::Str(value) => push_cell(out, value),
        number_or_bool => {
            let _ = write!(out, "{number_or_bool}");
        }
    }
}

/// Text as Markdown that shows it verbatim: the marks that could start Markdown inline syntax
/// escaped (links, emphasis, code, HTML, entities, table cells), line breaks as spaces, so that
/// it stays on its line and in its table cell.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    push_escaped(&mut escaped, text);
    escaped
}

/// [`escape`], appended to `out`.
pub fn push_escaped(out: &mut String, text: &str) {
    // Byte by byte (every mark is ASCII, and no byte of a longer char is): `find` with a set
    // of chars decodes every char, which for a table's Chinese text, in a proc macro that
    // cargo builds unoptimised, was most of its docs' time.
    let bytes = text.as_bytes();
    let mut run = 0;
    let mut at = 0;
    while at < bytes.len() {
        let mark = bytes[at];
        at += 1;
        if !is_markdown_mark(mark) {
            continue;
        }
        out.push_str(text.get(run..at - 1).unwrap_or_default());
        if mark == b'\n' || mark == b'\r' {
            out.push(' ');
        } else {
            out.push('\\');
            out.push(char::from(mark));
        }
        run = at;
    }
    out.push_str(text.get(run..).unwrap_or_default());
}

/// Whether [`escape`] changes `byte`: all of them ASCII, so that a match is one byte.
fn is_markdown_mark(byte: u8) -> bool {
    matches!(
        byte,
        b'\n'
            | b'\r'
            | b'\\'
            | b'`'
            | b'*'
            | b'_'
            | b'['
            | b']'
            | b'<'
            | b'>'
            | b'|'
            | b'&'
            | b'~'
            | b'!'
            | b'#'
    )
}

/// Text in a code span, fenced with more backticks than it holds in a row; `|` escaped, which
/// a table cell needs even in a code span.
pub fn code_span(text: &str) -> String {
    let mut span = String::with_capacity(text.len() + 2);
    push_code_span(&mut span, text);
    span
}

/// [`code_span`], appended to `out`.
pub fn push_code_span(out: &mut String, text: &str) {
    let plain = !text
        .bytes()
        .any(|b| matches!(b, b'`' | b'|' | b'\n' | b'\r'));
    if plain && !text.starts_with(' ') && !text.ends_with(' ') {
        out.push('`');
        out.push_str(text);
        out.push('`');
        return;
    }
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let text = text.replace(['\n', '\r'], " ").replace('|', "\\|");
    let pad = if longest > 0 || text.starts_with(' ') || text.ends_with(' ') {
        " "
    } else {
        ""
    };
    out.push_str(&fence);
    out.push_str(pad);
    out.push_str(&text);
    out.push_str(pad);
    out.push_str(&fence);
}

/// How [`breakable_code`] opens a name: breaks only where it puts `<wbr>`.
const BREAKABLE_CODE: &str = "<code style=\"overflow-wrap:normal\">";

/// A name in code type that a browser may break after each `_` and nowhere else, so that a long
/// name does not squeeze the message beside it
/// (`THE_VALUE_OF_KEY_VALUE_IN_PCS_RESPONSE_HEADERS_IS_INVALID`), and a short one is not
/// broken every few letters on a phone (rustdoc's code wraps `anywhere`).
pub fn breakable_code(name: &str) -> String {
    let mut html = String::with_capacity(name.len() + 48);
    html.push_str(BREAKABLE_CODE);
    for c in name.chars() {
        match c {
            '&' => html.push_str("&amp;"),
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            '|' => html.push_str("&#124;"),
            '_' => html.push_str("_<wbr>"),
            c => html.push(c),
        }
    }
    html.push_str("</code>");
    html
}

/// Text as an HTML comment of a Markdown document, `<!-- text -->`: each `--` in it broken up
/// (`- -`) until none is left, so that no `-->` of the text ends the comment early.
pub fn html_comment(text: &str) -> String {
    let mut text = text.to_owned();
    while text.contains("--") {
        text = text.replace("--", "- -");
    }
    format!("<!-- {text} -->")
}

/// What [`push_cell`] writes as a character reference, and the character each stands for;
/// [`cell_text`] reads them back.
const CELL_ESCAPES: [(&str, char); 6] = [
    ("&#9;", '\t'),
    ("&#10;", '\n'),
    ("&#13;", '\r'),
    ("&#32;", ' '),
    ("&#34;", '"'),
    ("&#38;", '&'),
];

/// Text as the content of a table cell, which `codes import` reads back to the same text: as
/// it is, but for
/// - `|`, written `\|` (an unescaped one would end the cell);
/// - a line break or carriage return, written `&#10;` or `&#13;` (a row is one line);
/// - a space or tab among those it starts or ends with, written `&#32;` or `&#9;` (the
///   spaces and tabs around a cell's text pad it);
/// - an `&` that starts one of these escapes as written, written `&#38;`;
/// - the empty string, written `""` (an empty cell is no value), and a text of exactly `""`,
///   written `&#34;"`.
pub fn push_cell(out: &mut String, text: &str) {
    match text {
        "" => return out.push_str("\"\""),
        "\"\"" => return out.push_str("&#34;\""),
        _ => {}
    }
    let padding = [' ', '\t'];
    let leading = text.len() - text.trim_start_matches(padding).len();
    let trailing = text.trim_end_matches(padding).len().max(leading);
    // Byte by byte, runs copied whole: every char escaped is ASCII, which no byte of a longer
    // char is (a push per char of a table's Chinese text was most of `MARKDOWN`'s time, in a
    // proc macro that cargo builds unoptimised).
    let bytes = text.as_bytes();
    let mut run = 0;
    let mut at = 0;
    while at < bytes.len() {
        let edge = at < leading || at >= trailing;
        let escape = match bytes[at] {
            b'|' => "\\|",
            b'\n' => "&#10;",
            b'\r' => "&#13;",
            b' ' if edge => "&#32;",
            b'\t' if edge => "&#9;",
            b'&' if CELL_ESCAPES
                .iter()
                .any(|(escape, _)| text.get(at..).is_some_and(|rest| rest.starts_with(escape))) =>
            {
                "&#38;"
            }
            _ => {
                at += 1;
                continue;
            }
        };
        out.push_str(text.get(run..at).unwrap_or_default());
        out.push_str(escape);
        at += 1;
        run = at;
    }
    out.push_str(text.get(run..).unwrap_or_default());
}

/// The text a cell of a `MARKDOWN` table stands for, its padding taken off: what
/// [`push_cell`] wrote, read back (`\|`, its character references, `""` for
/// the empty string). `codes import` reads an exported table with it; its tests hold the two
/// directions to a round trip of every character.
pub fn cell_text(cell: &str) -> String {
    if cell == "\"\"" {
        return String::new();
    }
    let mut out = String::with_capacity(cell.len());
    let mut rest = cell;
    'scan: while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("\\|") {
            out.push('|');
            rest = after;
            continue;
        }
        if c == '&' {
            for (escape, stands_for) in CELL_ESCAPES {
                if let Some(after) = rest.strip_prefix(escape) {
                    out.push(stands_for);
                    rest = after;
                    continue 'scan;
                }
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{
        breakable_code, cell_text, code_span, escape, html_comment, push_cell, read_signature,
    };
    use crate::model::ArgType;
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

    /// What a Markdown reader makes of `markdown` as the one cell of a table's row, read as
    /// rustdoc reads docs (CommonMark, GFM tables, footnotes, strikethrough, task lists; its
    /// smart punctuation apart, which changes how quotes look, not what is text): the text,
    /// code spans as `<code>..</code>`, and anything else (a link, an emphasis, HTML) as
    /// `<?..>`.
    fn read_cell(markdown: &str) -> String {
        let document = format!("| x |\n|---|\n| {markdown} |\n");
        let options = Options::ENABLE_TABLES
            | Options::ENABLE_FOOTNOTES
            | Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_TASKLISTS;
        let mut read = String::new();
        let mut in_body = false;
        for event in Parser::new_ext(&document, options) {
            match event {
                Event::End(TagEnd::TableHead) => in_body = true,
                _ if !in_body => {}
                Event::Start(Tag::TableRow | Tag::TableCell)
                | Event::End(TagEnd::TableRow | TagEnd::TableCell | TagEnd::Table) => {}
                Event::Text(text) => read.push_str(&text),
                Event::Code(code) => read.push_str(&format!("<code>{code}</code>")),
                other => read.push_str(&format!("<?{other:?}>")),
            }
        }
        read
    }

    #[test]
    fn signatures_read_back() {
        assert_eq!(
            read_signature("ER_NO_SUCH_TABLE(db: &str, table: &str)"),
            Some((
                "ER_NO_SUCH_TABLE",
                vec![("db", ArgType::Str), ("table", ArgType::Str)]
            ))
        );
        assert_eq!(
            read_signature("_(value: i32)"),
            Some(("_", vec![("value", ArgType::Int(crate::model::Repr::I32))]))
        );
        assert_eq!(read_signature("ER_X"), None);
        assert_eq!(read_signature("ER_X()"), None);
        assert_eq!(read_signature("ER_X(a: String)"), None);
        assert_eq!(read_signature("(a: u8)"), None);
        assert_eq!(read_signature("ER_X(a u8)"), None);
    }

    /// Text with every mark that could start Markdown's inline syntax.
    const MARKED: [&str; 9] = [
        "KEY[VALUE] <b> *x* _y_ `z` [a](b) ![i](j) [^1]",
        "&amp; &#32; # h ~~s~~ ~t~ !x | \\ ends with \\",
        "**bold** __bold__ <http://x.y> <a@b.c> `` `",
        "未找到文件MD5，请 * _ ~",
        "a\nb\r\nc",
        "- [ ] task | - item | 1. one | > quote | ---",
        "tail\\",
        "x <!-- comment --> y",
        "&",
    ];

    #[test]
    fn escaped_text_reads_as_itself() {
        for text in MARKED {
            // A line break would end the row: each is a space.
            let shown = text.replace(['\n', '\r'], " ");
            assert_eq!(read_cell(&escape(text)), shown, "{text:?}");
        }
    }

    #[test]
    fn code_spans_read_as_code() {
        for text in MARKED
            .iter()
            .copied()
            .chain(["404", "a`b", "``x``", " padded ", "a|b"])
        {
            // A line break would end the row: each is a space.
            let shown = text.replace(['\n', '\r'], " ");
            assert_eq!(read_cell(&code_span(text)), format!("<code>{shown}</code>"));
        }
    }

    #[test]
    fn cells_of_plain_text_read_as_it() {
        for text in ["a|b", "  two\nlines\t ", "中文 |", "tab\tinside"] {
            assert_eq!(read_cell(&cell(text)), text, "{text:?}");
        }
    }

    fn cell(text: &str) -> String {
        let mut out = String::new();
        push_cell(&mut out, text);
        out
    }

    #[test]
    fn cells_hold_text_as_written() {
        assert_eq!(cell("a *b* `c` _d_ <e> [f] \\"), "a *b* `c` _d_ <e> [f] \\");
        assert_eq!(cell("a|b"), "a\\|b");
        assert_eq!(cell("  two\nlines\t "), "&#32;&#32;two&#10;lines&#9;&#32;");
        assert_eq!(cell("&#32; &amp;"), "&#38;#32; &amp;");
        assert_eq!(cell(""), "\"\"");
        assert_eq!(cell("\"\""), "&#34;\"");
        assert_eq!(cell(" "), "&#32;");
    }

    #[test]
    fn cells_read_back_to_their_text() {
        for text in [
            "",
            "\"\"",
            " ",
            "a|b",
            "  two\nlines\t ",
            "&#32; &amp;",
            "a *b* `c`",
            "中文 |",
        ] {
            assert_eq!(cell_text(&cell(text)), text, "{text:?}");
        }
    }

    #[test]
    fn escapes_what_markdown_would_read() {
        assert_eq!(escape("KEY[VALUE] <b> *x*"), r"KEY\[VALUE\] \<b\> \*x\*");
        assert_eq!(escape("未找到文件MD5，请"), "未找到文件MD5，请");
        assert_eq!(escape("a\nb"), "a b");
    }

    #[test]
    fn code_spans_hold_backticks_and_pipes() {
        assert_eq!(code_span("404"), "`404`");
        assert_eq!(code_span("a`b"), "`` a`b ``");
        assert_eq!(code_span("a|b"), r"`a\|b`");
    }

    #[test]
    fn html_comments_end_at_their_end() {
        for text in ["a -- b", "a--->b", "---", "-->", "x-", "<!-- -->"] {
            let comment = html_comment(text);
            let inside = &comment["<!-- ".len()..comment.len() - " -->".len()];
            assert!(!inside.contains("--"), "{comment}");
            assert_eq!(inside.replace(' ', ""), text.replace(' ', ""));
        }
        assert_eq!(html_comment("a -- b"), "<!-- a - - b -->");
    }

    #[test]
    fn breakable_names_are_html_code() {
        assert_eq!(
            breakable_code("A_B"),
            "<code style=\"overflow-wrap:normal\">A_<wbr>B</code>"
        );
        assert_eq!(
            breakable_code("a<b>&|"),
            "<code style=\"overflow-wrap:normal\">a&lt;b&gt;&amp;&#124;</code>"
        );
    }
}

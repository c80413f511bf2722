//! Rows with arguments through the tools: `MARKDOWN` and the `json` export keep them, and
//! `codes import` reads both back to the same rows, arguments and templates.

mod common;

use codetable_cli::export::{export, Format, Options};
use codetable_cli::sources;
use common::{import, problems};

/// A table compiled by the macro, and its tokens as a string.
macro_rules! compiled_with_source {
    ($source:ident: $($tokens:tt)*) => {
        codetable::define_codes! { $($tokens)* }
        const $source: &str = stringify!($($tokens)*);
    };
}

compiled_with_source! { SERVER:
    /// Rows with arguments in two languages, nameless, in a section, beside rows without.
    #[codetable(languages(en, zh))]
    #[repr(u16)]
    pub enum Server {
        1040 => ER_CON_COUNT_ERROR, "Too many connections", zh = "连接过多",
        1146 => ER_NO_SUCH_TABLE(db: &str, table: &str), "Table '{db}.{table}' doesn't exist",
            zh = "表 '{db}.{table}' 不存在",
        1153 => ER_NET_PACKET_TOO_LARGE(most: u64), "Got a packet bigger than {most:>8} bytes",
        1200 => _(value: i32, ratio: f64, flag: bool, letter: char), "{value:+05} {ratio:.2} {flag} {letter} {{x}}",
        1300..=1399 => Limits, "limits" {
            1301 => TOO_MANY(count: u32, width: usize), "{count:>width$} | too many",
                zh = "{count:<width$} 太多",
        },
        1400 => VERBATIM, "a {brace} kept",
    }
}

/// A row as the macro reads it: (code, wire name, message, translations, arguments as
/// `name: type`).
type Row = (i128, String, String, Vec<Option<String>>, Vec<String>);

/// The rows of the first table of a source, as the macro reads them, by code.
fn rows(source: &str) -> Vec<Row> {
    let (tables, errors) = codetable_cli::import::check::macro_check(source);
    assert_eq!(errors, [], "{source}");
    let mut rows: Vec<Row> = tables[0]
        .rows
        .iter()
        .map(|row| {
            let args = row
                .args()
                .iter()
                .map(|arg| format!("{}: {}", arg.ident, arg.ty.name()))
                .collect();
            (
                row.code,
                row.name.clone(),
                row.message.clone(),
                row.translations.clone(),
                args,
            )
        })
        .collect();
    rows.sort_by_key(|row| row.0);
    rows
}

fn original() -> Vec<Row> {
    rows(&format!("codetable::define_codes! {{\n{SERVER}\n}}"))
}

#[test]
fn markdown_names_each_row_with_its_arguments() {
    let markdown = Server::MARKDOWN;
    assert!(markdown.contains(
        "| 1146 | `ER_NO_SUCH_TABLE(db: &str, table: &str)` | Table '{db}.{table}' doesn't exist | 表 '{db}.{table}' 不存在 |"
    ));
    assert!(markdown.contains(
        "| 1200 | `_(value: i32, ratio: f64, flag: bool, letter: char)` | {value:+05} {ratio:.2} {flag} {letter} {{x}} |"
    ));
    assert!(markdown.contains("| 1400 | `VERBATIM` | a {brace} kept |"));
}

#[test]
fn markdown_imports_back_with_the_arguments() {
    let import = import(Server::MARKDOWN, "server.md");
    assert_eq!(problems(&import), []);
    assert!(import.source.contains(
        "        1146 => ER_NO_SUCH_TABLE(db: &str, table: &str), \"Table '{db}.{table}' doesn't exist\", zh = \"表 '{db}.{table}' 不存在\",\n"
    ));
    assert!(import
        .source
        .contains("        1200 => _(value: i32, ratio: f64, flag: bool, letter: char), "));
    assert_eq!(rows(&import.source), original());
}

#[test]
fn the_json_export_imports_back_with_the_arguments() {
    let source = format!("codetable::define_codes! {{\n{SERVER}\n}}");
    let read = sources::read_text(&source, "server.rs");
    assert_eq!(read.errors, []);
    let json = export(Format::Json, &read.tables, &Options::default()).unwrap();
    assert!(json.contains(
        r#""arguments": [{"name": "db", "type": "&str"}, {"name": "table", "type": "&str"}]"#
    ));
    // A row without arguments has no `arguments` member.
    let verbatim = json.lines().find(|line| line.contains("VERBATIM")).unwrap();
    assert!(!verbatim.contains("arguments"), "{verbatim}");
    let import = import(&json, "server.json");
    assert_eq!(problems(&import), []);
    assert_eq!(rows(&import.source), original());
}

/// The table `codes diff` compares with its edits.
const BEFORE: &str = r#"codetable::define_codes! {
    #[codetable(languages(en, zh))]
    pub enum Server {
        1146 => ER_NO_SUCH_TABLE(db: &str, table: &str), "Table '{db}.{table}' doesn't exist",
            zh = "表 '{db}.{table}' 不存在",
        1153 => ER_NET_PACKET_TOO_LARGE(most: u64), "Got a packet bigger than {most:>8} bytes",
        1400 => VERBATIM, "a {brace} kept",
    }
}
"#;

/// The changes from [`BEFORE`] to it with `from` replaced by `to`, as (breaking, message).
fn diff_after(from: &str, to: &str) -> Vec<(bool, String)> {
    let old = BEFORE.to_owned();
    assert!(old.contains(from), "{from:?}");
    let new = old.replacen(from, to, 1);
    let (old, new) = (
        sources::read_text(&old, "old.rs"),
        sources::read_text(&new, "new.rs"),
    );
    assert_eq!((old.errors.len(), new.errors.len()), (0, 0), "{to:?}");
    codetable_cli::diff::diff(&old, &new)
        .into_iter()
        .map(|change| (change.breaking, change.message))
        .collect()
}

#[test]
fn diff_breaks_on_any_change_of_the_arguments() {
    let template =
        "\"Table '{db}.{table}' doesn't exist\",\n            zh = \"表 '{db}.{table}' 不存在\"";
    let cases = [
        (
            "ER_NO_SUCH_TABLE(db: &str, table: &str), ".to_owned() + template,
            "ER_NO_SUCH_TABLE(db: &str, table: &str, engine: &str), \"Table '{db}.{table}' ({engine}) doesn't exist\",\n            zh = \"表 '{db}.{table}' ({engine}) 不存在\"".to_owned(),
            "arguments changed from `(db: &str, table: &str)` to `(db: &str, table: &str, engine: &str)` (`engine: &str` added)",
        ),
        (
            "ER_NO_SUCH_TABLE(db: &str, table: &str), ".to_owned() + template,
            "ER_NO_SUCH_TABLE(table: &str), \"Table '{table}' doesn't exist\",\n            zh = \"表 '{table}' 不存在\"".to_owned(),
            "(`db: &str` removed)",
        ),
        (
            "ER_NO_SUCH_TABLE(db: &str, table: &str), ".to_owned() + template,
            "ER_NO_SUCH_TABLE(db: &str, name: &str), \"Table '{db}.{name}' doesn't exist\",\n            zh = \"表 '{db}.{name}' 不存在\"".to_owned(),
            "(`table` renamed to `name`)",
        ),
        (
            "ER_NET_PACKET_TOO_LARGE(most: u64)".to_owned(),
            "ER_NET_PACKET_TOO_LARGE(most: u32)".to_owned(),
            "(`most` retyped from `u64` to `u32`)",
        ),
        (
            "ER_NO_SUCH_TABLE(db: &str, table: &str)".to_owned(),
            "ER_NO_SUCH_TABLE(table: &str, db: &str)".to_owned(),
            "(`db` moved, `table` moved)",
        ),
        (
            "1400 => VERBATIM, \"a {brace} kept\"".to_owned(),
            "1400 => VERBATIM(brace: &str), \"a {brace} kept\"".to_owned(),
            "arguments changed from `()` to `(brace: &str)` (`brace: &str` added)",
        ),
    ];
    for (from, to, what) in cases {
        let changes = diff_after(&from, &to);
        assert!(
            changes
                .iter()
                .any(|(breaking, message)| *breaking && message.contains(what)),
            "{what:?} in {changes:?}"
        );
    }
}

#[test]
fn diff_calls_editing_the_text_around_the_arguments_compatible() {
    let changes = diff_after(
        "\"Table '{db}.{table}' doesn't exist\"",
        "\"Table `{db}`.`{table}` does not exist\"",
    );
    assert_eq!(
        changes,
        [(
            false,
            "code 1146 (`ER_NO_SUCH_TABLE`)'s message changed".to_owned()
        )]
    );
    let changes = diff_after("{most:>8}", "{most}");
    assert_eq!(
        changes,
        [(
            false,
            "code 1153 (`ER_NET_PACKET_TOO_LARGE`)'s message changed".to_owned()
        )]
    );
}

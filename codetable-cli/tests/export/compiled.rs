//! Every row of the tables the exports are checked on (the seeds' and `tricky.rs`'s), as the
//! compiled Rust enums give it: code, wire name and message through the `Code` trait, each
//! table's own `category()`, column accessors and `message_in` of each language (in the
//! order of the language enum's `ALL`), and each row's aliases, as the table's `MARKDOWN`
//! lists them, each one checked to be a name `from_name` takes to the row. `tests/export.rs`
//! compares the `json` export with it; `examples/compiled_rows.rs` prints it for
//! `scripts/export-check.sh`, whose test in each language compares that language's lookups
//! with it.
//!
//! Codes and column values are strings (Rust's `Display` of them), so that no JSON reader
//! rounds an integer beyond 2^53.

use codetable::Code;
use codetable_seeds::{cos_v4, daemon, dsp, legacy_cos, pcs};
use serde_json::{json, Map, Value};

/// The tables of `tricky.rs`.
#[allow(dead_code)]
pub mod tricky {
    include!("tricky.rs");
}

/// A row's column values, by name.
type Columns<C> = fn(C) -> Vec<(&'static str, Option<String>)>;

/// A row's message in each language of its table, by tag (none for a table that declares
/// none).
type Messages<C> = fn(C) -> Vec<(&'static str, &'static str)>;

/// Every table: `{"tables": [{"name": .., "languages": [..], "rows": [{"code", "name",
/// "message", "category", "columns", "messages", "aliases"}]}]}`; `languages` and each row's
/// `messages` are empty for a table that declares no languages.
pub fn tables() -> Value {
    let mut tables = vec![
        table::<dsp::DspError>(|_| None, |_| Vec::new()),
        table::<dsp::DspSdkError>(|_| None, |_| Vec::new()),
        table::<dsp::TransferState>(|_| None, |_| Vec::new()),
        table::<legacy_cos::LegacyCosError>(|e| e.category().map(|c| c.name()), |_| Vec::new()),
        table::<daemon::DaemonCode>(|e| e.category().map(|c| c.name()), |_| Vec::new()),
        table::<cos_v4::CosV4Error>(|_| None, |_| Vec::new()),
        table::<tricky::Tricky>(
            |e| e.category().map(|c| c.name()),
            |e| {
                vec![
                    ("hint", e.hint().map(str::to_owned)),
                    ("mark", Some(e.mark().to_string())),
                    ("ratio", Some(e.ratio().to_string())),
                    ("big", Some(e.big().to_string())),
                    ("flag", Some(e.flag().to_string())),
                    ("type", Some(e.r#type().to_string())),
                    ("class", Some(e.class().to_string())),
                    ("value", e.value().map(|value| value.to_string())),
                ]
            },
        ),
        table::<tricky::Wide>(|_| None, |_| Vec::new()),
    ];
    let pcs = table::<pcs::PcsError>(|_| None, |e| vec![("http", Some(e.http().to_string()))]);
    tables.insert(
        5,
        with_messages::<pcs::PcsError>(pcs, |e| {
            pcs::PcsErrorLanguage::ALL
                .iter()
                .map(|&language| (language.tag(), e.message_in(language)))
                .collect()
        }),
    );
    let curly = table::<tricky::Curly>(|_| None, |e| vec![("http", Some(e.http().to_string()))]);
    tables.push(with_messages::<tricky::Curly>(curly, |e| {
        tricky::CurlyLanguage::ALL
            .iter()
            .map(|&language| (language.tag(), e.message_in(language)))
            .collect()
    }));
    json!({ "tables": tables })
}

/// A table's rows with their messages in each language, and its languages.
fn with_messages<C: Code>(mut table: Value, messages: Messages<C>) -> Value {
    let languages: Vec<&str> = C::iter()
        .next()
        .map(|code| messages(code).into_iter().map(|(tag, _)| tag).collect())
        .unwrap_or_default();
    table["languages"] = json!(languages);
    for (row, code) in table["rows"]
        .as_array_mut()
        .into_iter()
        .flatten()
        .zip(C::iter())
    {
        let messages: Map<String, Value> = messages(code)
            .into_iter()
            .map(|(tag, message)| (tag.to_owned(), json!(message)))
            .collect();
        row["messages"] = json!(messages);
    }
    table
}

/// The aliases of a table as its `MARKDOWN` lists them, under `## Aliases`: `(alias, name)`.
fn listed_aliases(markdown: &str) -> Vec<(&str, &str)> {
    let Some((_, list)) = markdown.split_once("\n## Aliases\n\n| alias | name |\n|---|---|\n")
    else {
        return Vec::new();
    };
    list.lines()
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            let cells: Vec<&str> = line
                .trim_matches('|')
                .split('|')
                .map(|cell| cell.trim().trim_matches('`'))
                .collect();
            assert_eq!(cells.len(), 2, "an alias line of MARKDOWN: {line}");
            (cells[0], cells[1])
        })
        .collect()
}

fn table<C: Code>(category: fn(C) -> Option<&'static str>, columns: Columns<C>) -> Value {
    // Each alias, checked against the compiled table: `from_name` takes it to the row the
    // table says it names, whose wire name it is not.
    let aliases: Vec<(&str, C)> = listed_aliases(C::MARKDOWN)
        .into_iter()
        .map(|(alias, name)| {
            let row = C::from_name(alias).unwrap_or_else(|| panic!("{alias} of {}", C::TABLE));
            assert_eq!((row.name(), C::from_name(name)), (name, Some(row)));
            assert_ne!(alias, name);
            (alias, row)
        })
        .collect();
    let rows: Vec<Value> = C::iter()
        .map(|row| {
            let columns: Map<String, Value> = columns(row)
                .into_iter()
                .map(|(name, value)| (name.to_owned(), json!(value)))
                .collect();
            json!({
                "code": row.code().to_string(),
                "name": row.name(),
                "message": row.message(),
                "help_url": row.help_url(),
                "explanation": row.explanation(),
                "category": category(row),
                "columns": columns,
                "messages": {},
                "aliases": aliases
                    .iter()
                    .filter(|(_, of)| *of == row)
                    .map(|(alias, _)| *alias)
                    .collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({ "name": C::TABLE, "languages": [], "rows": rows })
}

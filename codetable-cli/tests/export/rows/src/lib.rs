//! What a compiled table gives of each row, as JSON (`{"name": .., "text_codes": .., "languages": [..], "rows":
//! [{"code", "name", "message", "help_url", "explanation", "category", "columns", "messages",
//! "aliases"}]}`), for the test of each language's export to compare with: the seeds' and
//! `tricky.rs`'s tables (`compiled.rs`) and the generated table `scripts/export-check.sh`
//! exports at scale (`generated/`).

use codetable::Code;
use serde_json::{json, Map, Value};

/// A row's column values, by name.
pub type Columns<C> = fn(C) -> Vec<(&'static str, Option<String>)>;

/// A row's message in each language of its table, by tag (none for a table that declares
/// none).
pub type Messages<C> = fn(C) -> Vec<(&'static str, &'static str)>;

/// A table's rows with their messages in each language, and its languages.
pub fn with_messages<C: Code>(mut table: Value, messages: Messages<C>) -> Value {
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

/// A table's rows: code, wire name, message, section (by `category`), columns and aliases;
/// `languages` and each row's `messages` empty (see [`with_messages`]); `text_codes`, whether
/// its codes are strings.
pub fn table<C: Code>(category: fn(C) -> Option<&'static str>, columns: Columns<C>) -> Value {
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
    // A table of string codes' code type is `&'static str`.
    let text_codes = std::any::TypeId::of::<C::Repr>() == std::any::TypeId::of::<&'static str>();
    json!({ "name": C::TABLE, "text_codes": text_codes, "languages": [], "rows": rows })
}

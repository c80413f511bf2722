//! The generated table `scripts/export-check.sh` exports at scale, compiled:
//!
//! ```text
//! CODES_EXPORT_ROWS=30000 cargo run -p codetable-export-generated -- source > generated.rs
//! CODES_EXPORT_ROWS=30000 cargo run -p codetable-export-generated -- rows > rows.json
//! ```
//!
//! `source` prints the `define_codes!` source the binary compiled (for `codes export`), `rows`
//! what the compiled enum gives of each row, as `examples/compiled_rows.rs` does for the
//! seeds' tables (`{"tables": [..]}`): the test of each language's export compares the two.

use std::io::Write;
use std::process::ExitCode;

use codetable_export_rows as rows;

/// The table, as `build.rs` wrote it. Its category's variants are its sections' names, which
/// at 300 rows are one section's and its subsections' (`Section0Error`, `Section0Sub`, ..).
#[allow(dead_code, clippy::enum_variant_names)]
mod table {
    include!(concat!(env!("OUT_DIR"), "/table.rs"));
}

use table::{Generated, GeneratedLanguage};

/// The source of [`table`].
const SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/table.rs"));

/// The rows of the compiled table, with its category, columns and languages.
fn compiled() -> serde_json::Value {
    let table = rows::table::<Generated>(
        |e| e.category().map(|c| c.name()),
        |e| {
            vec![
                ("http", Some(e.http().to_string())),
                ("hint", e.hint().map(str::to_owned)),
            ]
        },
    );
    let table = rows::with_messages::<Generated>(table, |e| {
        GeneratedLanguage::ALL
            .iter()
            .map(|&language| (language.tag(), e.message_in(language)))
            .collect()
    });
    serde_json::json!({ "tables": [table] })
}

fn main() -> ExitCode {
    let text = match std::env::args().nth(1).as_deref() {
        Some("source") => SOURCE.to_owned(),
        Some("rows") => format!("{}\n", compiled()),
        _ => {
            eprintln!("usage: codetable-export-generated source|rows");
            return ExitCode::from(2);
        }
    };
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("codetable-export-generated: {error}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::table::Generated;

    /// The table the binary compiled holds what `scripts/export-check.sh` exports it for:
    /// sections, aliases, two languages and columns, on every row it prints.
    #[test]
    fn the_rows_are_the_compiled_tables() {
        let printed = super::compiled();
        let table = &printed["tables"][0];
        assert_eq!(table["name"], "Generated");
        assert_eq!(table["languages"], serde_json::json!(["zh", "en"]));
        let rows = table["rows"].as_array().unwrap();
        assert_eq!(rows.len(), Generated::COUNT);
        assert!(super::SOURCE.contains(&format!("{} rows", Generated::COUNT)));
        let aliases: usize = rows
            .iter()
            .map(|row| row["aliases"].as_array().unwrap().len())
            .sum();
        assert!(aliases > 0);
        assert!(rows.iter().any(|row| row["category"].is_string()));
        assert!(rows.iter().any(|row| row["columns"]["hint"].is_string()));
        assert!(rows
            .iter()
            .any(|row| row["messages"]["en"] != row["message"]));
        for (row, code) in rows.iter().zip(Generated::iter()) {
            assert_eq!(row["code"], code.code().to_string());
            assert_eq!(
                Generated::from_name(row["name"].as_str().unwrap()),
                Some(code)
            );
        }
    }
}

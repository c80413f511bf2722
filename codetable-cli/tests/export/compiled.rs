//! Every row of the tables the exports are checked on (the seeds', string codes' among them,
//! `tricky.rs`'s and MariaDB's
//! server errors, `tests/imported/mariadb_errors.rs`, 1 218 rows), as the
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

use codetable_seeds::{cos_v4, daemon, dsp, legacy_cos, pcs, s3, sqlstate};
use rows::{table, with_messages};
use serde_json::{json, Value};

/// What a compiled table gives of each row, as JSON: for the seeds' and `tricky.rs`'s tables
/// here, and the generated table of `scripts/export-check.sh` (`generated/`).
pub use codetable_export_rows as rows;

/// MariaDB's server errors as `codes import` made them: the real table of 1 218 rows whose
/// TypeScript export `tsc` once refused (TS2590).
pub mod mariadb {
    include!("../imported/mariadb_errors.rs");
}

/// The tables of `tricky.rs`.
#[allow(dead_code)]
pub mod tricky {
    include!("tricky.rs");
}

/// Every table: `{"tables": [{"name": .., "text_codes": .., "languages": [..], "rows": [{"code", "name",
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
        table::<tricky::Hresult>(|e| e.category().map(|c| c.name()), |_| Vec::new()),
        table::<tricky::Textual>(
            |e| e.category().map(|c| c.name()),
            |e| vec![("retry", Some(e.retry().to_string()))],
        ),
        table::<sqlstate::SqlState>(
            |e| e.category().map(|c| c.name()),
            |e| {
                vec![
                    ("condition_name", Some(e.condition_name().to_owned())),
                    ("kind", Some(e.kind().to_owned())),
                ]
            },
        ),
        table::<s3::S3Error>(|_| None, |e| vec![("http", Some(e.http().to_string()))]),
        table::<mariadb::MariaDbServerErrors>(|_| None, |_| Vec::new()),
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

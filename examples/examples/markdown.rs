//! Writes a seed table as Markdown (`MARKDOWN`), the document `codes import` reads back.
//!
//! Run with `cargo run --example markdown [dsp|legacy_cos|daemon|pcs|cos_v4]` (default
//! `daemon`); redirect to a file to get the table's page. It checks that the page has each
//! row of the table once, and panics if not.

use codetable::Code;
use codetable_seeds::{cos_v4, daemon, dsp, legacy_cos, pcs};

/// `C::MARKDOWN`, checked: a heading with the enum's name, and one table line per row, which
/// starts with the row's code and names it (a nameless row has an empty name cell).
fn checked<C: Code>() -> &'static str {
    let markdown = C::MARKDOWN;
    assert!(
        markdown.starts_with(&format!("# `{}`\n", C::TABLE)),
        "{}: no heading",
        C::TABLE
    );
    let rows: Vec<&str> = markdown
        .lines()
        .filter(|line| {
            let first = line
                .strip_prefix("| ")
                .and_then(|rest| rest.split(' ').next());
            first.is_some_and(|cell| cell.parse::<i64>().is_ok())
        })
        .collect();
    assert_eq!(rows.len(), C::COUNT, "{}: one line per row", C::TABLE);
    for code in C::iter() {
        let start = format!("| {} | ", code.code());
        let line = rows.iter().find(|line| line.starts_with(&start));
        let line = line.unwrap_or_else(|| panic!("{}: no line for {code:?}", C::TABLE));
        let named = line.contains(&format!("| `{}` |", code.name()))
            || line.starts_with(&format!("{start} |"));
        assert!(named, "{}: {line:?} does not name {code:?}", C::TABLE);
    }
    markdown
}

fn main() {
    let seed = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "daemon".to_owned());
    let markdown = match seed.as_str() {
        "dsp" => [
            checked::<dsp::DspError>(),
            checked::<dsp::DspSdkError>(),
            checked::<dsp::TransferState>(),
        ]
        .join("\n"),
        "legacy_cos" => checked::<legacy_cos::LegacyCosError>().to_owned(),
        "daemon" => checked::<daemon::DaemonCode>().to_owned(),
        "pcs" => checked::<pcs::PcsError>().to_owned(),
        "cos_v4" => checked::<cos_v4::CosV4Error>().to_owned(),
        other => {
            eprintln!("no seed `{other}`: dsp, legacy_cos, daemon, pcs or cos_v4");
            std::process::exit(2);
        }
    };
    print!("{markdown}");
}

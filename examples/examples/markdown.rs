//! Writes a seed table as Markdown (`MARKDOWN`), the document `codes import` reads back.
//!
//! Run with `cargo run --example markdown [dsp|legacy_cos|daemon|pcs|cos_v4]` (default
//! `daemon`); redirect to a file to get the table's page.

use codetable::Code;
use codetable_seeds::{cos_v4, daemon, dsp, legacy_cos, pcs};

fn main() {
    let seed = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "daemon".to_owned());
    let markdown = match seed.as_str() {
        "dsp" => [
            dsp::DspError::MARKDOWN,
            dsp::DspSdkError::MARKDOWN,
            <dsp::TransferState as Code>::MARKDOWN,
        ]
        .join("\n"),
        "legacy_cos" => legacy_cos::LegacyCosError::MARKDOWN.to_owned(),
        "daemon" => daemon::DaemonCode::MARKDOWN.to_owned(),
        "pcs" => pcs::PcsError::MARKDOWN.to_owned(),
        "cos_v4" => cos_v4::CosV4Error::MARKDOWN.to_owned(),
        other => {
            eprintln!("no seed `{other}`: dsp, legacy_cos, daemon, pcs or cos_v4");
            std::process::exit(2);
        }
    };
    print!("{markdown}");
}

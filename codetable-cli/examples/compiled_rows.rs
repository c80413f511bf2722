//! Prints every row of the tables the exports are checked on (the seeds', and those of
//! `tests/export/tricky.rs`), as the compiled Rust enums give it, as JSON:
//!
//! ```text
//! cargo run -p codetable-cli --example compiled_rows > rows.json
//! ```
//!
//! `scripts/export-check.sh` gives it to the test of each language's export, which checks
//! that the export's lookups agree with the Rust table on every row.

#[path = "../tests/export/compiled.rs"]
mod compiled;

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let text = compiled::tables().to_string();
    let mut stdout = std::io::stdout().lock();
    match writeln!(stdout, "{text}").and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let _ = writeln!(std::io::stderr(), "compiled_rows: {error}");
            ExitCode::FAILURE
        }
    }
}

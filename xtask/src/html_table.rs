//! `cargo xtask html-table`: the 30 000-row table whose `codes export --format html` page
//! `scripts/html-check.sh` loads in a browser: the scale benchmark's table (sections three
//! deep, reserved ranges, nameless rows, doc comments on a quarter of the rows, columns), with
//! a help template, as a `define_codes!` source file.

use crate::args::Args;
use crate::Result;
use codetable_bench_gen::scale;

const USAGE: &str = "usage: cargo xtask html-table [--rows N] -o FILE

Writes the scale benchmark's table of N rows (default 30000, a multiple of 1000), with a help
template, as a define_codes! source file: the big page of scripts/html-check.sh.";

/// The help template of the table: links into its own page.
const HELP_URL: &str = "https://docs.example.com/big.html#{code}";

pub fn job(mut args: Args) -> Result {
    if args.help(USAGE) {
        return Ok(());
    }
    let rows = args.number("--rows", 30_000)?;
    let out = args.value("-o")?.ok_or("-o FILE is needed")?;
    args.finish()?;
    if rows < scale::SECTION_ROWS || rows % scale::SECTION_ROWS != 0 {
        return Err(format!(
            "--rows {rows}: a multiple of {}",
            scale::SECTION_ROWS
        ));
    }
    let table = scale::table(rows);
    let body = table.body.replacen(
        "#[repr(i32)]",
        &format!("#[codetable(help_url = {HELP_URL:?})]\n#[repr(i32)]"),
        1,
    );
    let source = format!("codetable::define_codes! {{\n{body}}}\n");
    std::fs::write(&out, source).map_err(|error| format!("{out}: {error}"))?;
    println!("wrote {out}: {rows} rows");
    Ok(())
}

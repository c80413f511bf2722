//! Writes the table: `codetable_bench_gen::scale::export_table` of `CODES_EXPORT_ROWS` rows,
//! 300 unless set. Only `scripts/export-check.sh` sets it (30 000): `cargo test` and `cargo
//! clippy` build the small table.
use codetable_bench_gen::build::write_out;

/// The environment variable that picks the number of rows.
const ROWS_VAR: &str = "CODES_EXPORT_ROWS";

fn main() {
    println!("cargo::rerun-if-env-changed={ROWS_VAR}");
    let rows = match std::env::var(ROWS_VAR) {
        Err(_) => 300,
        Ok(value) => value
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{ROWS_VAR}={value:?}: expected a number of rows")),
    };
    let table = codetable_bench_gen::scale::export_table(rows);
    let mut source = String::from("codetable::define_codes! {\n");
    for line in table.body.lines() {
        if !line.is_empty() {
            source.push_str("    ");
        }
        source.push_str(line);
        source.push('\n');
    }
    source.push_str("}\n");
    write_out("table.rs", &source);
}

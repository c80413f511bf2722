//! Writes the table: seed 004's rows, or the generated rows `CODES_BENCH_ROWS` asks for
//! (`codetable_bench_gen::build`), and the table of string codes that goes with them (SQLSTATE's
//! or as many generated).
use codetable_bench_gen::build::{write_out, Rows};

fn main() {
    let rows = Rows::from_env();
    write_out(
        "table.rs",
        &codetable_bench_gen::source::define_codes(&rows.rows()),
    );
    write_out(
        "text_table.rs",
        &codetable_bench_gen::text::define_codes(&rows.text_rows()),
    );
}

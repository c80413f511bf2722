//! Writes the table: seed 004's rows, or the generated rows `CODES_BENCH_ROWS` asks for
//! (`codetable_bench_gen::build`); above `ALL_ANCHORS_UP_TO` rows, `from_code` alone.
use codetable_bench_gen::build::{write_out, Rows};

fn main() {
    let rows = Rows::from_env();
    let mut table = codetable_bench_gen::source::hand(&rows.rows(), rows.all_anchors());
    table.push_str(&codetable_bench_gen::text::hand(&rows.text_rows()));
    write_out("table.rs", &table);
}

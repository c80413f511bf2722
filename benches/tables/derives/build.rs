//! Writes the table: seed 004's rows, or the generated rows `CODES_BENCH_ROWS` asks for
//! (`codetable_bench_gen::build`); above `ALL_ANCHORS_UP_TO` rows, nothing (rustc cannot afford
//! strum's derives over them on this machine).
use codetable_bench_gen::build::{write_out, Rows};

fn main() {
    let rows = Rows::from_env();
    let source = if rows.all_anchors() {
        codetable_bench_gen::source::numstrum(&rows.rows())
    } else {
        String::new()
    };
    write_out("table.rs", &source);
}

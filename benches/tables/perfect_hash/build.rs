//! Writes the maps: seed 004's rows, or the generated rows `CODES_BENCH_ROWS` asks for
//! (`codetable_bench_gen::build`).
use codetable_bench_gen::build::{write_out, Rows};

fn main() {
    let rows = Rows::from_env();
    let mut maps = codetable_bench_gen::source::phf(&rows.rows());
    maps.push_str(&codetable_bench_gen::text::phf(&rows.text_rows()));
    write_out("maps.rs", &maps);
}

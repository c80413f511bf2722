//! Writes the maps: seed 004's rows, or the generated rows `CODES_BENCH_ROWS` asks for
//! (`codetable_bench_gen::build`).
use codetable_bench_gen::build::{write_out, Rows};

fn main() {
    write_out(
        "maps.rs",
        &codetable_bench_gen::source::phf(&Rows::from_env().rows()),
    );
}

//! Writes the arrays: seed 004's rows, or the generated rows `CODES_BENCH_ROWS` asks for
//! (`codetable_bench_gen::build`).
use codetable_bench_gen::build::{write_out, Rows};

fn main() {
    write_out(
        "arrays.rs",
        &codetable_bench_gen::source::arrays(&Rows::from_env().rows()),
    );
}

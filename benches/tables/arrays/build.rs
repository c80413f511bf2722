//! Writes the arrays: seed 004's rows, or the generated rows `CODES_BENCH_ROWS` asks for
//! (`codes_bench_gen::build`).
use codes_bench_gen::build::{write_out, Rows};

fn main() {
    write_out(
        "arrays.rs",
        &codes_bench_gen::source::arrays(&Rows::from_env().rows()),
    );
}

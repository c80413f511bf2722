//! Writes the table: seed 004's rows, or the generated rows `CODES_BENCH_ROWS` asks for
//! (`codes_bench_gen::build`).
use codes_bench_gen::build::{write_out, Rows};

fn main() {
    write_out(
        "table.rs",
        &codes_bench_gen::source::define_codes(&Rows::from_env().rows()),
    );
}

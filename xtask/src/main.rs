//! The project's jobs, one entry point each: `cargo xtask JOB [OPTIONS]` (the alias is in
//! `.cargo/config.toml`; `cargo run -p xtask -- JOB` is the same).
//!
//! - `generate [--check]`: writes the generated test tables (`codetable/tests/layouts/tables.rs`);
//!   with `--check`, fails if the committed copy is not what the generator writes.
//! - `bench-lookups`: criterion, every contender, on seed 004 (287 rows) and 30 000 generated
//!   rows, each table in its own crate (`benches/`); BENCHMARKS.md "Lookups".
//! - `bench-compile`: `cargo check`, release build, a caller's rebuild and size, per contender
//!   at 300, 3 000 and 30 000 rows; BENCHMARKS.md "Compile time and size".
//! - `bench-scale`: the pipeline's expansion time outside the compiler, and `cargo check` and
//!   release build of 1 000- to 100 000-row tables with sections; BENCHMARKS.md "Scale".
//! - `bench-exports`: each `codes export` format's toolchain on a generated table of 300,
//!   3 000 and 30 000 rows, and tsserver's completion; BENCHMARKS.md "Exports at scale".
//! - `fuzz [SECONDS]`: cargo-fuzz on `define_codes!`; FUZZING.md.
//! - `random-tables`: a few hundred random valid tables compiled, and every lookup of their
//!   generated code checked against what each table says it must answer; `.ci/run` runs it.
//!
//! `cargo xtask JOB --help` lists a job's options. Generated crates and reports go under the
//! target directory (`CARGO_TARGET_DIR`, else `target/`), never into the repository.

mod args;
mod compile;
mod exports;
mod fuzz;
mod layouts;
mod lookups;
mod random_tables;
mod run;
mod scale;

use std::process::ExitCode;

/// A job's failure, as a sentence for its user.
type Result<T = ()> = std::result::Result<T, String>;

const USAGE: &str = "usage: cargo xtask JOB [OPTIONS]

jobs:
  generate [--check]    write codetable/tests/layouts/tables.rs (--check: fail if it is stale)
  bench-lookups         criterion lookups, seed 004 and 30 000 rows, every contender
  bench-compile         compile time and size, 300 / 3 000 / 30 000 rows
  bench-scale           expansion, check and release build, 1 000 / 10 000 / 100 000 rows
  bench-exports         each export format's toolchain, 300 / 3 000 / 30 000 rows
  fuzz [SECONDS]        cargo-fuzz on define_codes! (default 600 s)
  random-tables         300 random tables compiled, every lookup of their code checked

`cargo xtask JOB --help` lists a job's options.";

fn main() -> ExitCode {
    let mut argv = std::env::args().skip(1);
    let job = argv.next().unwrap_or_default();
    let args = args::Args::new(argv.collect());
    let result = match job.as_str() {
        "generate" => layouts::job(args),
        "bench-lookups" => lookups::job(args),
        "bench-compile" => compile::job(args),
        "bench-scale" => scale::job(args),
        "bench-exports" => exports::job(args),
        "fuzz" => fuzz::job(args),
        "random-tables" => random_tables::job(args),
        "" | "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown job `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

//! Prints the macro input that fuzz inputs make, and whether the pipeline panics on it:
//! `cargo run --bin show_input -- FILE...` (a crash artifact, a corpus entry). A crash input
//! kept in `fuzz/regressions/` is replayed by `codetable-pipeline/tests/regressions.rs` as it
//! is; the printed tokens are what a test of the fix's error message there feeds the pipeline
//! (a `Delimiter::None` group prints as its contents, so check such a test still fails
//! without the fix).

fn main() {
    for path in std::env::args().skip(1) {
        let data = std::fs::read(&path).unwrap_or_else(|error| panic!("{path}: {error}"));
        match codetable_fuzz::input_of(&data) {
            None => println!("{path}: no input (text that does not lex)"),
            Some(input) => {
                println!("{path}:\n{input}");
                let outcome = std::panic::catch_unwind(|| codetable_fuzz::check(&data));
                println!("=> {}", if outcome.is_ok() { "ok" } else { "PANICS" });
            }
        }
    }
}

//! Times the pipeline behind `define_codes!` (`codetable_pipeline`) on tables, outside the
//! compiler, on proc_macro2's own token streams: the scale benchmark's expansion figures
//! (`cargo xtask bench-scale` builds this with `--release` and in the dev profile, which is how
//! cargo builds a proc macro unless told otherwise).
//!
//! `time-expansion REPS FILE...`: for each file (the body of a `define_codes!` invocation)
//! prints one JSON line of seconds per run: lexing the text, the whole pipeline, its stages
//! (parse, valid, expand, which includes the index), and the output's `to_string`.

use codetable_pipeline::{errors::Errors, expand, parse, valid};
use proc_macro2::TokenStream;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(reps) = args.next().and_then(|n| n.parse::<usize>().ok()) else {
        eprintln!("usage: time-expansion REPS FILE...");
        return ExitCode::FAILURE;
    };
    for path in args {
        match time(&path, reps) {
            Ok(line) => println!("{line}"),
            Err(error) => {
                eprintln!("{path}: {error}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

/// Seconds since `start`, pushed onto `runs`.
fn lap(runs: &mut Vec<f64>, start: Instant) {
    runs.push(start.elapsed().as_secs_f64());
}

fn lex(text: &str) -> Result<TokenStream, String> {
    text.parse()
        .map_err(|error| format!("does not lex: {error}"))
}

/// One JSON line of the timings of `reps` runs on the table in `path`.
fn time(path: &str, reps: usize) -> Result<String, String> {
    let text = std::fs::read_to_string(path).map_err(|error| error.to_string())?;
    // One run first, not timed: the output's size, and no error in it.
    let output = codetable_pipeline::define_codes(lex(&text)?).to_string();
    if output.contains("compile_error") {
        return Err("the table has errors".to_string());
    }
    let output_bytes = output.len();
    drop(output);
    let stages = ["lex", "pipeline", "to_string", "parse", "valid", "expand"];
    let mut runs: [Vec<f64>; 6] = Default::default();
    let [lexed, pipeline, to_string, parsed, validated, expanded] = &mut runs;
    for _ in 0..reps {
        // Each run gets a stream of its own, as the compiler hands the macro: a clone of one
        // stream would share its tokens, which syn's cursor then copies one by one.
        let start = Instant::now();
        let input = lex(&text)?;
        lap(lexed, start);

        let start = Instant::now();
        let output = codetable_pipeline::define_codes(input);
        lap(pipeline, start);
        let start = Instant::now();
        let string = output.to_string();
        lap(to_string, start);
        drop((output, string));

        let input = lex(&text)?;
        let mut errors = Errors::default();
        let start = Instant::now();
        let ast = parse::input(input, &mut errors);
        lap(parsed, start);
        let start = Instant::now();
        let tables = valid::tables(ast, &mut errors);
        lap(validated, start);
        let start = Instant::now();
        let output = expand::tables(&tables);
        lap(expanded, start);
        drop((output, tables, errors));
    }
    let mut line = format!(
        "{{\"path\":{path:?},\"input_bytes\":{},\"output_bytes\":{output_bytes}",
        text.len()
    );
    for (stage, seconds) in stages.iter().zip(&runs) {
        let seconds: Vec<String> = seconds.iter().map(|s| format!("{s:.6}")).collect();
        line.push_str(&format!(",\"{stage}\":[{}]", seconds.join(",")));
    }
    line.push('}');
    Ok(line)
}

//! Inputs that once made the pipeline panic or overflow its stack, found with the fuzzer
//! (`fuzz/`, see FUZZING.md). Every fuzz input kept in `fuzz/regressions/` is replayed as the
//! fuzz target runs it (`every_kept_fuzz_input_expands_to_errors`); the tests after it check
//! each fix's error message, on the macro inputs the fuzz inputs make (the fuzzer's own in
//! `tests/fuzz-regressions/`) and on variants of them built here.

use codetable_pipeline::define_codes;
use proc_macro2::TokenStream;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// The stack rustc runs a proc macro on: the depth the pipeline must stay within.
const RUSTC_STACK: usize = 8 << 20;

/// Every input of `fuzz/regressions/`, read when the test runs (a new one is replayed without
/// editing this file), made into macro input by the fuzz target's own function
/// (`codetable_fuzz_input::input_of`) and expanded on a thread with rustc's stack: each must
/// give its `compile_error!`s without panicking or overflowing the stack. Every kept input is
/// a crash the fuzzer found on an invalid table, so each must make macro input (one that makes
/// none would replay nothing) and give errors.
#[test]
fn every_kept_fuzz_input_expands_to_errors() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/regressions");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "{}: no input kept", dir.display());
    for path in &inputs {
        let data =
            std::fs::read(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        // Tokens are not `Send`: the input is made on the thread that expands it, and only
        // the expansion's text comes back.
        let expanded = std::thread::Builder::new()
            .name("pipeline".to_owned())
            .stack_size(RUSTC_STACK)
            .spawn(move || {
                codetable_fuzz_input::input_of(&data).map(|input| define_codes(input).to_string())
            })
            .expect("a thread for the pipeline")
            .join();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        match expanded {
            Err(_) => panic!("{name}: the pipeline panicked (its message is above)"),
            Ok(None) => {
                panic!("{name}: makes no macro input (text that does not lex): it replays nothing")
            }
            Ok(Some(output)) => assert!(
                output.contains("compile_error"),
                "{name}: no error for an invalid table:\n{output}"
            ),
        }
    }
    println!("replayed {} inputs of {}", inputs.len(), dir.display());
}

/// Expands `input`, which must lex, and returns the expansion's text.
fn expand(input: &str) -> String {
    let tokens = TokenStream::from_str(input).expect("a regression input lexes");
    define_codes(tokens).to_string()
}

/// Expands `input` and checks it gives an error saying `message`.
#[track_caller]
fn assert_error(input: &str, message: &str) {
    let output = expand(input);
    assert!(
        output.contains("compile_error") && output.contains(message),
        "no error saying {message:?} in:\n{output}"
    );
}

/// Fuzz crash 1: a half-open range ending at the lowest `i128`, whose last code `end - 1`
/// overflowed (`attempt to subtract with overflow`, valid.rs, `Walk::range`).
#[test]
fn half_open_range_ending_at_the_lowest_i128() {
    assert_error(
        include_str!("fuzz-regressions/half_open_range_end_i128_min.txt"),
        "does not fit the code type",
    );
    let lowest = "-170141183460469231731687303715884105728";
    assert_error(
        &format!("enum E in 0..{lowest} {{ 1 => A, \"a\" }}"),
        "does not fit the code type",
    );
    assert_error(
        &format!("enum E {{ 0..{lowest} => S, \"s\" {{ 1 => A, \"a\" }} }}"),
        "does not fit the code type",
    );
    assert_error(
        &format!("enum E {{ 1 => A, \"a\", {lowest}..{lowest} => reserved }}"),
        "does not fit the code type",
    );
}

/// Stack overflow 1: a column type of 8 000 `&` (syn parses a type by recursion).
#[test]
fn column_type_too_deep() {
    let refs = "&".repeat(8000);
    assert_error(
        &format!("enum E(a: {refs}u8) {{ 1 => A, \"a\", a = 1 }}"),
        "expected a column type",
    );
    let parens = format!("{}u8{}", "(".repeat(200), ")".repeat(200));
    assert_error(
        &format!("enum E(a: {parens}) {{ 1 => A, \"a\", a = 1 }}"),
        "expected a column type",
    );
    // Long for a type, but fine: every column type is shorter than the bound.
    let output = expand("enum E(a: ::core::option::Option<&'static str>) { 1 => A, \"a\" }");
    assert!(!output.contains("compile_error"), "{output}");
}

/// Stack overflow 2: an attribute nesting deeply, on a table, a row or a column (syn parses a
/// derive's paths, and an attribute's `= value`, by recursion).
#[test]
fn attribute_too_deep() {
    let generics = format!("{}B{}", "A<".repeat(3000), ">".repeat(3000));
    let minuses = format!("{}1", "- ".repeat(5000));
    let parens = format!("{}1{}", "(".repeat(200), ")".repeat(200));
    for attribute in [
        format!("#[derive({generics})]"),
        format!("#[doc = {minuses}]"),
        format!("#[doc = {parens}]"),
    ] {
        assert_error(
            &format!("{attribute} enum E {{ 1 => A, \"a\" }}"),
            "attribute too long",
        );
        assert_error(
            &format!("enum E {{ {attribute} 1 => A, \"a\", 2 => B, \"b\" }}"),
            "attribute too long",
        );
        assert_error(
            &format!("enum E({attribute} a: u8) {{ 1 => A, \"a\", a = 1 }}"),
            "attribute too long",
        );
    }
    // The row after a rejected attribute is still read.
    let output = expand(&format!(
        "enum E {{ #[doc = {minuses}] 1 => A, \"a\" }} fn f() {{ E::A; }}"
    ));
    assert!(output.contains("enum E { "), "{output}");
}

/// Stack overflow 3: sections nested hundreds deep (parsing and validation recurse into
/// each).
#[test]
fn sections_too_deep() {
    let nested = |depth: usize| {
        let opening: String = (0..depth)
            .map(|level| format!("0..=1 => S{level}, \"s\" {{"))
            .collect();
        format!("enum E {{ {opening} 1 => A, \"a\" {} }}", "}".repeat(depth))
    };
    assert_error(&nested(200), "nests more than 32 sections deep");
    // 32 levels are fine (documents nest 3).
    let output = expand(&nested(32));
    assert!(!output.contains("compile_error"), "{output}");
}

/// Stack overflow 4: groups nested thousands deep anywhere (syn buffers the tokens by
/// recursion before parsing them).
#[test]
fn groups_too_deep() {
    let braces = format!("{}{}", "{".repeat(20_000), "}".repeat(20_000));
    assert_error(
        &format!("enum E {{ 1 => A, \"a\", {braces} }}"),
        "nested more than 256 deep",
    );
    assert_error(&braces, "nested more than 256 deep");
}

//! The `codes` binary: its output, its stderr (`FILE:LINE: problem`) and its exit status.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn codes(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_codes"))
        .args(args)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(".."))
        .output()
        .expect("the codes binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

const SEED_001: &str = "seeds/fixtures/001_2c2f3daa39d578d8.txt";

#[test]
fn problems_go_to_stderr_with_their_lines_and_exit_1() {
    let output = codes(&["import", SEED_001]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        format!(
            "{SEED_001}:53: row written name first (`_SUCCESS 0`): read as code 0 with the name `_SUCCESS`\n\
             {SEED_001}:127: code -61 first defined here\n\
             {SEED_001}:129: code -61 is defined twice: `ERROR_PROXY_SIGN_BUCKET_NOTMATCH` has it \
             already; remove one of the rows, or give it its own code\n\
             {SEED_001}:257: `2RSP` is not an identifier: a name starts with a letter or `_` \
             (`_2RSP` would do)\n"
        )
    );
    // The source is written all the same; without `--name` the enum is `Codes` (the file's
    // name gives no identifier, and no heading is the table's title).
    let source = String::from_utf8(output.stdout).unwrap();
    assert!(source.starts_with("codetable::define_codes! {\n"));
    assert!(source.contains("\n    pub enum Codes {\n"));
    assert!(source.contains("        -296 => 2RSP, \"打包失败\",\n"));
}

#[test]
fn output_file_is_the_import() {
    let out: PathBuf =
        std::env::temp_dir().join(format!("codetable-cli-test-{}.rs", std::process::id()));
    let output = codes(&[
        "import",
        SEED_001,
        "--name",
        "LegacyCosError",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert_eq!(stderr(&output).lines().count(), 4);
    let written = std::fs::read_to_string(&out).unwrap();
    let _ = std::fs::remove_file(&out);
    let snapshot = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/imported/seed_001.rs");
    assert_eq!(written, std::fs::read_to_string(snapshot).unwrap());
}

#[test]
fn no_problem_exits_0() {
    let output = codes(&[
        "import",
        "seeds/fixtures/002_d53db0eeffa58ca7.txt",
        "--repr",
        "u32",
    ]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stderr(&output), "");
    let source = String::from_utf8(output.stdout).unwrap();
    assert!(source.contains("    #[repr(u32)]\n    pub enum Codes {\n"));
}

#[test]
fn usage_and_io_errors_exit_2() {
    for args in [
        &["import"][..],
        &["import", SEED_001, "--repr", "i128"],
        &["import", SEED_001, "--name", "2Bad"],
        &["export", SEED_001],
        &[],
    ] {
        let output = codes(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(!stderr(&output).is_empty(), "{args:?}");
    }
    let output = codes(&["import", "no/such/file.md"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).starts_with("codes: cannot read no/such/file.md: "));
    assert!(output.stdout.is_empty());
}

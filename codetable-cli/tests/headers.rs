//! `codes import` on real C headers of Debian packages (`tests/headers/`, whose README says
//! which): every row of the table is the preprocessor's own value (a C program that includes
//! the header and prints each name, compiled with `cc`), the source written compiles
//! (`tests/imported/`, compared with the import here) to exactly those rows, and each message is
//! the header's comment byte for byte; a table written in hex stays hex through `MARKDOWN`.
//!
//! `UPDATE_SNAPSHOTS=1 cargo test -p codetable-cli --test headers` rewrites the snapshots.

mod common;

use common::{compiled_rows, imported_rows, notes, problems, snapshot};
use std::path::{Path, PathBuf};
use std::process::Command;

// A C family's names share their first word (`GIT_`, `E_`), and so do the variants made of them.
#[allow(clippy::enum_variant_names)]
mod errno_base {
    include!("imported/errno_base.rs");
}
#[allow(clippy::enum_variant_names)]
mod git_error_code {
    include!("imported/git_error_code.rs");
}
#[allow(clippy::enum_variant_names)]
mod git_error_t {
    include!("imported/git_error_t.rs");
}
#[allow(clippy::enum_variant_names)]
mod hresult {
    include!("imported/hresult.rs");
}
#[allow(clippy::enum_variant_names)]
mod winerror {
    include!("imported/winerror.rs");
}

/// A signed table in hex: `MARKDOWN` shows a negative code as its two's complement, as C
/// prints it.
mod signed_hex {
    codetable::define_codes! {
        /// HRESULTs as C's `long` holds them.
        #[repr(i32)]
        pub enum SignedHresult {
            0x0000_0000 => S_OK, "success",
            -0x7FFF_BFFF => E_NOTIMPL, "not implemented",
            -0x0000_0001 => E_LAST, "minus one",
            -0x8000_0000..=-0x7FFF_C001 => Failures, "failures" {
                -0x7FFF_FFFB => E_POINTER, "invalid pointer",
            },
        }
    }
}

type Rows = Vec<(i128, String, String)>;

/// A table of a header, as a user imports it.
struct Case {
    header: &'static str,
    prefixes: &'static [&'static str],
    enums: &'static [&'static str],
    name: Option<&'static str>,
    snapshot: &'static str,
    rows: usize,
    compiled: fn() -> Rows,
}

const CASES: &[Case] = &[
    Case {
        header: "asm-generic/errno-base.h",
        prefixes: &[],
        enums: &[],
        name: None,
        snapshot: "errno_base.rs",
        rows: 34,
        compiled: compiled_rows::<errno_base::ErrnoBase>,
    },
    Case {
        header: "git2/errors.h",
        prefixes: &[],
        enums: &["git_error_code"],
        name: None,
        snapshot: "git_error_code.rs",
        rows: 31,
        compiled: compiled_rows::<git_error_code::GitErrorCode>,
    },
    Case {
        header: "git2/errors.h",
        prefixes: &[],
        enums: &[],
        name: None,
        snapshot: "git_error_t.rs",
        rows: 36,
        compiled: compiled_rows::<git_error_t::GitErrorT>,
    },
    Case {
        header: "winerror.h",
        prefixes: &["E_"],
        enums: &[],
        name: Some("Hresult"),
        snapshot: "hresult.rs",
        rows: 12,
        compiled: compiled_rows::<hresult::Hresult>,
    },
    Case {
        header: "winerror.h",
        prefixes: &[],
        enums: &[],
        name: None,
        snapshot: "winerror.rs",
        rows: 1764,
        compiled: compiled_rows::<winerror::Winerror>,
    },
];

fn headers_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/headers")
}

fn header_text(header: &str) -> String {
    std::fs::read_to_string(headers_dir().join(header)).expect("the header")
}

fn import(case: &Case) -> codetable_cli::Import {
    let options = codetable_cli::Options {
        name: case.name.map(str::to_owned),
        prefixes: case.prefixes.iter().map(|p| (*p).to_owned()).collect(),
        enums: case.enums.iter().map(|e| (*e).to_owned()).collect(),
        ..codetable_cli::Options::default()
    };
    codetable_cli::import(&header_text(case.header), case.header, &options)
}

/// Every table imports with no problem, and compiles to its rows.
#[test]
fn each_table_compiles_to_every_row() {
    for case in CASES {
        let import = import(case);
        assert_eq!(problems(&import), [], "{}", case.snapshot);
        let rows = imported_rows(&import);
        assert_eq!(rows.len(), case.rows, "{}", case.snapshot);
        snapshot(
            &Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/imported")
                .join(case.snapshot),
            &import.source,
        );
        assert_eq!((case.compiled)(), rows, "{}", case.snapshot);
    }
}

/// The C compiler to check with: `$CC`, else `cc`; `None` (the check is skipped, and says so)
/// only where there is none.
fn c_compiler() -> Option<String> {
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_owned());
    let found = Command::new(&cc).arg("--version").output().is_ok();
    if !found {
        eprintln!("no C compiler (`{cc}`): the preprocessor's values are not checked");
    }
    found.then_some(cc)
}

/// What the program declares for `winerror.h`, which takes it from the rest of mingw-w64.
const PRELUDE: &str =
    "typedef long HRESULT;\n#define __MSABI_LONG(x) x ## l\n#define __LONG32 int\n";

/// The values the preprocessor and the compiler give the names, by a C program that includes
/// the header and prints them.
fn c_values(cc: &str, header: &str, names: &[&str]) -> Vec<i128> {
    let dir = std::env::temp_dir().join(format!(
        "codes-headers-{}-{}",
        std::process::id(),
        header.replace(['/', '.'], "_")
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let mut program =
        format!("{PRELUDE}#include \"{header}\"\n#include <stdio.h>\nint main(void) {{\n");
    for name in names {
        program.push_str(&format!("    printf(\"%lld\\n\", (long long)({name}));\n"));
    }
    program.push_str("    return 0;\n}\n");
    let source = dir.join("values.c");
    let binary = dir.join("values");
    std::fs::write(&source, program).unwrap();
    let compiled = Command::new(cc)
        .arg("-w")
        .arg("-I")
        .arg(headers_dir())
        .arg(&source)
        .arg("-o")
        .arg(&binary)
        .output()
        .unwrap();
    assert!(
        compiled.status.success(),
        "{}",
        String::from_utf8_lossy(&compiled.stderr)
    );
    let run = Command::new(&binary).output().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    String::from_utf8(run.stdout)
        .unwrap()
        .lines()
        .map(|line| line.parse().unwrap())
        .collect()
}

/// Every row's code, and every alias's row's, is the value the C compiler gives its name.
#[test]
fn every_row_is_the_preprocessors_value() {
    let Some(cc) = c_compiler() else { return };
    for case in CASES {
        let import = import(case);
        let table = &import.document.tables[0];
        let rows = table.rows();
        let mut names: Vec<&str> = rows.iter().filter_map(|row| row.name.as_str()).collect();
        let mut expected: Vec<i128> = rows.iter().map(|row| row.code).collect();
        for alias in table.aliases() {
            names.push(&alias.name);
            let row = rows.iter().find(|row| row.name.as_str() == Some(&alias.of));
            expected.push(row.expect("the alias's row").code);
        }
        assert_eq!(
            c_values(&cc, case.header, &names),
            expected,
            "{}",
            case.snapshot
        );
    }
}

/// A message is the header's comment as written: each of its lines is on the row's line of
/// the header or just above it (a doxygen block), byte for byte.
#[test]
fn messages_are_the_headers_comments_byte_for_byte() {
    for case in CASES {
        let text = header_text(case.header);
        let lines: Vec<&str> = text.lines().collect();
        let import = import(case);
        for row in import.document.tables[0].rows() {
            let above = lines[..row.line].iter().rev().take(8);
            for line in row.message.lines() {
                assert!(
                    above.clone().any(|header_line| header_line.contains(line)),
                    "{}: {line:?} is not in the header at line {}",
                    case.snapshot,
                    row.line
                );
            }
        }
    }
    let errno = imported_rows(&import(&CASES[0]));
    assert_eq!(
        errno[0],
        (1, "EPERM".to_owned(), "Operation not permitted".to_owned())
    );
    let git = imported_rows(&import(&CASES[1]));
    assert_eq!(
        git[6],
        (
            -7,
            "GIT_EUSER".to_owned(),
            "GIT_EUSER is a special error that is never generated by libgit2\ncode.  You can \
             return it from a callback (e.g to stop an iteration)\nto know that it was generated \
             by the callback and not by libgit2."
                .to_owned()
        )
    );
    // A header without comments gives its rows none, and none is made up.
    let classes = import(&CASES[2]);
    assert!(imported_rows(&classes).iter().all(|row| row.2.is_empty()));
    assert!(classes
        .source
        .contains("        0 => GIT_ERROR_NONE,\n        1 => GIT_ERROR_NOMEMORY,\n"));
    assert_eq!(
        git_error_t::GitErrorT::GitErrorOs.to_string(),
        "2: GIT_ERROR_OS"
    );
}

/// HRESULTs are written in hex, as the header writes them, in `u32`; one written with names
/// alone (`HRESULT_FROM_WIN32(ERROR_INSUFFICIENT_BUFFER)`) is written in hex with them. The
/// macros read are noted, and the header's other macros listed once.
#[test]
fn hresults_stay_hex() {
    let import = import(&CASES[3]);
    for line in [
        "    #[repr(u32)]\n    pub enum Hresult {\n",
        "        0x80004001 => E_NOTIMPL,\n",
        "        0x8007007A => E_NOT_SUFFICIENT_BUFFER,\n",
    ] {
        assert!(
            import.source.contains(line),
            "no {line:?} in\n{}",
            import.source
        );
    }
    assert_eq!(
        hresult::Hresult::ENotimpl.to_string(),
        "0x80004001: E_NOTIMPL"
    );
    let notes = notes(&import);
    let said = |text: &str| notes.iter().any(|(_, note)| note.contains(text));
    assert!(
        said("`_HRESULT_TYPEDEF_(..)` is read as its definition (line 2263)"),
        "{notes:?}"
    );
    assert!(said(
        "`__MSABI_LONG(..)` is not defined in the header: read as its argument"
    ));
    assert!(said(
        "skipped, as not in the table: the header's 3621 other macros"
    ));
    assert_eq!(
        notes
            .iter()
            .filter(|(_, note)| note.contains("`_HRESULT_TYPEDEF_(..)`"))
            .count(),
        1
    );
    // The largest family is said, where no option chose the table.
    let errors = codetable_cli::import::c::looks_like_c(&header_text("winerror.h"));
    assert!(errors);
    let winerror = self::import(&CASES[4]);
    assert!(common::notes(&winerror)
        .iter()
        .any(|(line, note)| *line == 43
            && note.starts_with("the table is the macros named `ERROR_…` (1764 of them)")));
}

/// The `MARKDOWN` of a table written in hex imports back to it, hex and all.
#[test]
fn a_hex_table_round_trips_through_its_markdown() {
    let markdown = hresult::Hresult::MARKDOWN;
    assert!(
        markdown.contains("| 0x80004001 | `E_NOTIMPL` |"),
        "{markdown}"
    );
    let again = codetable_cli::import(markdown, "hresult.md", &codetable_cli::Options::default());
    assert_eq!(problems(&again), []);
    assert_eq!(imported_rows(&again), compiled_rows::<hresult::Hresult>());
    assert!(
        again.source.contains("    #[repr(u32)]\n"),
        "{}",
        again.source
    );
    assert!(again.source.contains("        0x80004001 => E_NOTIMPL,\n"));
}

/// A signed table's negative codes, which `MARKDOWN` shows as two's complements
/// (`0x80004001` for -0x7FFFBFFF), read back as the same negative numbers, in hex, and its
/// section's range with them.
#[test]
fn a_signed_hex_table_round_trips_through_its_markdown() {
    use signed_hex::SignedHresult;
    let markdown = SignedHresult::MARKDOWN;
    assert!(
        markdown.contains("| 0x80004001 | `E_NOTIMPL` |"),
        "{markdown}"
    );
    let again = codetable_cli::import(markdown, "signed.md", &codetable_cli::Options::default());
    assert_eq!(problems(&again), []);
    assert_eq!(imported_rows(&again), compiled_rows::<SignedHresult>());
    assert!(
        again.source.contains("    #[repr(i32)]\n"),
        "{}",
        again.source
    );
    assert!(
        again
            .source
            .contains("        -0x7FFFBFFF => E_NOTIMPL, \"not implemented\",\n"),
        "{}",
        again.source
    );
    // The section's range in hex too, its ends read back as the negative numbers they show.
    assert!(
        again
            .source
            .contains("        -0x80000000..=-0x7FFFC001 => Failures, \"failures\" {\n"),
        "{}",
        again.source
    );
}

fn import_header(
    text: &str,
    file: &str,
    prefixes: &[&str],
    enums: &[&str],
) -> codetable_cli::Import {
    let options = codetable_cli::Options {
        prefixes: prefixes.iter().map(|p| (*p).to_owned()).collect(),
        enums: enums.iter().map(|e| (*e).to_owned()).collect(),
        ..codetable_cli::Options::default()
    };
    codetable_cli::import(text, file, &options)
}

/// Both branches of an `#if` are read: a name defined again with the same value is noted, with
/// another a problem at the second definition; a value not read is a problem at its line, a
/// string is skipped and noted; an alias names its row.
#[test]
fn branches_aliases_and_values_not_read() {
    let text = "\
#ifdef WIDE
#define X_ONE 1 /* one */
#define X_TWO 2
#else
#define X_ONE 1 /* one */
#define X_TWO 3
#endif
#define X_SIZE sizeof(int)
#define X_NAME \"x\"
#define X_AGAIN X_ONE /* the old name */
";
    let import = import_header(text, "x.h", &["X_"], &[]);
    assert_eq!(
        problems(&import),
        [
            (
                6,
                "`X_TWO` is defined again as 3 (another branch of an `#if`?): the first \
                 definition, 2 (line 3), is kept"
                    .to_owned()
            ),
            (
                8,
                "`sizeof(int)` is no integer constant expression (`sizeof(int)` \
                 (sizeof_expression) is no integer constant): the row is left out, as a comment"
                    .to_owned()
            ),
        ]
    );
    let notes = notes(&import);
    assert!(
        notes.contains(&(
            5,
            "`X_ONE` is defined again with the same value (line 2): one row".to_owned()
        )),
        "{notes:?}"
    );
    assert!(
        notes.contains(&(
            9,
            "skipped, as no integer (a string, or no value): `X_NAME`".to_owned()
        )),
        "{notes:?}"
    );
    assert!(
        import.source.contains("        1 => X_ONE, \"one\",\n"),
        "{}",
        import.source
    );
    assert!(
        import
            .source
            .contains("        /// the old name\n        X_AGAIN = X_ONE,\n"),
        "{}",
        import.source
    );
}

/// A C file given as Markdown is read as C, and said; a page named `.h` is read as Markdown.
#[test]
fn c_or_markdown_is_told_by_the_content() {
    let header = "#define E_ONE 1 /* one */\n#define E_TWO 2 /* two */\n";
    let import = import_header(header, "errors.md", &[], &[]);
    assert_eq!(problems(&import), []);
    assert_eq!(imported_rows(&import).len(), 2);
    assert!(notes(&import).contains(&(
        1,
        "the file holds C, not Markdown: read as a C header".to_owned()
    )));
    let page = "| code | name | message |\n|---|---|---|\n| 1 | ONE | one |\n";
    let import = import_header(page, "errors.h", &[], &[]);
    assert_eq!(imported_rows(&import).len(), 1);
    assert!(notes(&import)[0]
        .1
        .starts_with("the file is named as C but holds no C"));
}

/// `--enum` and `--prefix` that name nothing of the header are problems, and the command exits
/// 1; a header read well exits 0 whatever its notes.
#[test]
fn the_binary_on_headers() {
    let codes = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_codes"))
            .arg("import")
            .args(args)
            .output()
            .unwrap()
    };
    let errors = headers_dir().join("git2/errors.h");
    let errors = errors.to_str().unwrap();
    let output = codes(&[errors, "--enum", "git_error_codes"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains(
        ":1: `--enum git_error_codes` names no enum of the header (its enums: \
         `git_error_code`, `git_error_t`)"
    ));
    let output = codes(&[errors, "--enum", "git_error_code"]);
    assert_eq!(output.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.lines().all(|line| line.contains(": note: ")),
        "{stderr}"
    );
}

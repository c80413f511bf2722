//! `codes import --printf-args` on a real document: MariaDB's 1 218 server errors in English
//! and Chinese (`tests/documents/mariadb_errors_zh.md`, made from `mariadb-server-core`'s
//! `english/errmsg.sys` and `chinese/errmsg.sys`; `tests/documents/README.md` says how), whose
//! messages are printf templates. Every conversion becomes a named argument; the source
//! written compiles (`tests/imported/mariadb_errors_zh.rs`, compared with the import here);
//! and every row with arguments, built with values (`tests/imported/mariadb_errors_zh_built.rs`,
//! written from the import too), gives in each language exactly what C's `printf` writes of
//! the row's template with the same values, in a C program this test compiles with `gcc`.
//!
//! `UPDATE_SNAPSHOTS=1 cargo test -p codetable-cli --test printf_args` rewrites the snapshots.

mod common;

use codetable_cli::import::model::{DocumentTable, Row};
use codetable_cli::import::printf;
use codetable_pipeline::model::{ArgType, Repr};
use common::snapshot;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

mod mariadb {
    include!("imported/mariadb_errors_zh.rs");

    /// Every row with arguments, built.
    pub mod built {
        use super::MariaDbErrors;
        include!("imported/mariadb_errors_zh_built.rs");
    }
}

use mariadb::{MariaDbErrors, MariaDbErrorsLanguage};

const DOCUMENT: &str = "mariadb_errors_zh.md";

fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

fn document() -> String {
    std::fs::read_to_string(tests_dir().join("documents").join(DOCUMENT)).expect("the document")
}

/// The rows as the document has them: (code, name, English template, Chinese template).
fn document_rows() -> Vec<(i128, String, String, Option<String>)> {
    document()
        .lines()
        .skip(4)
        .map(|line| {
            // `| code | name | en | zh |`: cells split at the `|`s that are not `\|`.
            let inner = line
                .strip_prefix("| ")
                .and_then(|l| l.strip_suffix(" |"))
                .unwrap();
            let mut cells = Vec::new();
            let mut cell = String::new();
            let mut chars = inner.chars().peekable();
            while let Some(c) = chars.next() {
                if c == '\\' && chars.peek() == Some(&'|') {
                    cell.push_str("\\|");
                    chars.next();
                } else if c == '|' {
                    cells.push(std::mem::take(&mut cell));
                } else {
                    cell.push(c);
                }
            }
            cells.push(cell);
            let text = |cell: &str| codetable_pipeline::markdown::cell_text(cell.trim());
            let zh = cells[3].trim();
            (
                cells[0].trim().parse().unwrap(),
                cells[1].trim().to_owned(),
                text(&cells[2]),
                (!zh.is_empty()).then(|| text(zh)),
            )
        })
        .collect()
}

fn import() -> codetable_cli::Import {
    let options = codetable_cli::Options {
        name: Some("MariaDbErrors".to_owned()),
        printf_args: true,
        ..codetable_cli::Options::default()
    };
    codetable_cli::import(&document(), DOCUMENT, &options)
}

/// Whether a template has a printf conversion (a `%` that is not `%%`).
fn has_conversion(template: &str) -> bool {
    template.replace("%%", "").contains('%')
}

#[test]
fn the_document_is_real_and_in_two_languages() {
    let rows = document_rows();
    assert_eq!(rows.len(), 1218);
    let translated = rows.iter().filter(|row| row.3.is_some()).count();
    assert_eq!(translated, 1148);
    let with_arguments = rows.iter().filter(|row| has_conversion(&row.2)).count();
    assert_eq!(with_arguments, 702);
    let translated_with_arguments = rows
        .iter()
        .filter(|row| has_conversion(&row.2) && row.3.is_some())
        .count();
    assert_eq!(translated_with_arguments, 673);
    let row = rows.iter().find(|row| row.0 == 1146).unwrap();
    assert_eq!(
        (row.2.as_str(), row.3.as_deref()),
        (
            "Table '%-.192s.%-.192s' doesn't exist",
            Some("表 '%-.192s.%-.192s' 不存在")
        )
    );
}

#[test]
fn printf_templates_become_rows_with_arguments() {
    let import = import();
    // What is reported: `%T`'s cut, whose `...` Rust does not write; noted: MariaDB's `%M`
    // and backticks, and precisions counted in bytes.
    let problems: Vec<&str> = import.problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(problems.len(), 20, "{problems:#?}");
    assert!(
        problems
            .iter()
            .all(|problem| problem.starts_with("MariaDB's `%")
                && problem.contains("T` ends a value it cuts with `...`")),
        "{problems:#?}"
    );
    let notes: Vec<&str> = import.notes.iter().map(|n| n.message.as_str()).collect();
    assert_eq!(notes.len(), 3, "{notes:#?}");
    assert!(notes[0].contains("%M") && notes[0].ends_with("(28 rows, this the first)"));
    let table = &import.document.tables[0];
    assert_eq!(table.languages, ["en", "zh"]);
    let with_arguments: Vec<&Row> = rows_with_arguments(table);
    assert_eq!(with_arguments.len(), 702);
    assert!(import.source.contains(
        "        1146 => ER_NO_SUCH_TABLE(arg1: &str, arg2: &str), \"Table '{arg1:.192}.{arg2:.192}' doesn't exist\", zh = \"表 '{arg1:.192}.{arg2:.192}' 不存在\",\n"
    ));
    assert!(import.source.contains(
        "        1935 => ER_MASTER_LOG_PREFIX(arg1: usize, arg2: &str), \"Master '{arg2:.arg1$}': \","
    ));
    // The source checks clean with the macro's own checks, and compiles (this test crate).
    let (_, errors) = codetable_cli::import::check::macro_check(&import.source);
    assert_eq!(errors, []);
    snapshot(
        &tests_dir().join("imported/mariadb_errors_zh.rs"),
        &import.source,
    );
    snapshot(
        &tests_dir().join("imported/mariadb_errors_zh_built.rs"),
        &built_source(table),
    );
    assert_eq!(MariaDbErrors::COUNT, 1218);
    assert_eq!(mariadb::built::built().len(), 702);
}

fn rows_with_arguments(table: &DocumentTable) -> Vec<&Row> {
    table
        .rows()
        .into_iter()
        .filter(|row| arguments(row).next().is_some())
        .collect()
}

/// A row's argument types, in order.
fn arguments(row: &Row) -> impl Iterator<Item = ArgType> + '_ {
    row.declared
        .iter()
        .flat_map(|declared| &declared.arguments)
        .map(|arg| ArgType::from_name(&arg.ty).expect("a type of the set"))
}

/// The value the `index`-th argument (from 0) of a row is given: ASCII text of 70 characters
/// (past the precisions of 32, 48 and 64 that some templates cut at, short of 192 and 200),
/// no backtick, quote or `%` in it; negative signed numbers; unsigned ones beyond the signed
/// type's range; a `usize` (a `*` precision) of a few characters.
fn value(index: usize, ty: ArgType) -> (String, String) {
    let k = index as i64 + 1;
    let text = || {
        let alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        let mut text = format!("v{k}-{alphabet}{alphabet}");
        text.truncate(70);
        text
    };
    // (Rust's literal, C's argument): C's are cast to the type printf reads (LP64: `%ld` and
    // `%lld` read the same 64 bits), and a `*` precision is an `int`.
    match ty {
        ArgType::Str => (format!("{:?}", text()), format!("\"{}\"", text())),
        ArgType::Int(Repr::I32) => {
            let v = -1000 - k;
            (v.to_string(), format!("(int){v}"))
        }
        ArgType::Int(Repr::I64) => {
            let v = -5_000_000_000 - k;
            (v.to_string(), format!("(long long){v}LL"))
        }
        ArgType::Int(Repr::U32) => {
            let v = 4_000_000_000 + k as u64;
            (v.to_string(), format!("(unsigned){v}U"))
        }
        ArgType::Int(Repr::U64) => {
            let v = 10_000_000_000_000_000_000_u64 + k as u64;
            (v.to_string(), format!("(unsigned long long){v}ULL"))
        }
        ArgType::Usize => {
            let v = 3 + k;
            (v.to_string(), format!("(int){v}"))
        }
        other => panic!("MariaDB's templates take no `{}`", other.name()),
    }
}

/// The builders called with [`value`]s: `tests/imported/mariadb_errors_zh_built.rs`.
fn built_source(table: &DocumentTable) -> String {
    let mut out = String::from(
        "// Every row with arguments of `MariaDbErrors`, built with the values \
         `tests/printf_args.rs`\n// gives its arguments; written by that test \
         (`UPDATE_SNAPSHOTS=1`).\n\n\
         /// Every row with arguments, built.\n\
         pub fn built() -> Vec<codetable::Built<'static, MariaDbErrors>> {\n    vec![\n",
    );
    for row in rows_with_arguments(table) {
        let name = row.name.as_str().expect("a named row");
        let builder =
            heck::ToSnakeCase::to_snake_case(codetable_shared::variant_name(name).as_str());
        let values: Vec<String> = arguments(row)
            .enumerate()
            .map(|(index, ty)| value(index, ty).0)
            .collect();
        let _ = writeln!(
            out,
            "        MariaDbErrors::{builder}({}),",
            values.join(", ")
        );
    }
    out.push_str("    ]\n}\n");
    out
}

/// A C string literal of any text: every byte but letters, digits and spaces in octal.
fn c_string(text: &str) -> String {
    let mut literal = String::from("\"");
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || byte == b' ' {
            literal.push(char::from(byte));
        } else {
            let _ = write!(literal, "\\{byte:03o}");
        }
    }
    literal.push('"');
    literal
}

/// What C's `printf` writes of each row's template in each language (English, then Chinese,
/// the English where the row has no Chinese), with [`value`]s: a C program that prints them
/// with a record separator after each, compiled with `gcc` and run.
fn printf_outputs(
    rows: &[(&Row, Vec<ArgType>)],
    english: &[&str],
    chinese: &[&str],
) -> Vec<String> {
    let mut program = String::from("#include <stdio.h>\n\nint main(void) {\n");
    for (index, (_, types)) in rows.iter().enumerate() {
        let values: Vec<String> = types
            .iter()
            .enumerate()
            .map(|(index, &ty)| value(index, ty).1)
            .collect();
        for template in [english[index], chinese[index]] {
            let c = printf::as_c(template).expect("a template");
            let _ = writeln!(
                program,
                "    printf({}, {});\n    putchar(0x1e);",
                c_string(&c),
                values.join(", ")
            );
        }
    }
    program.push_str("    return 0;\n}\n");
    let dir = std::env::temp_dir().join(format!("codes-printf-args-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let source = dir.join("printf.c");
    let binary = dir.join("printf");
    std::fs::write(&source, program).unwrap();
    let compiled = Command::new("gcc")
        .arg("-std=c11")
        .arg("-Wno-format")
        .arg("-o")
        .arg(&binary)
        .arg(&source)
        .output()
        .expect("gcc runs");
    assert!(
        compiled.status.success(),
        "gcc: {}",
        String::from_utf8_lossy(&compiled.stderr)
    );
    let run = Command::new(&binary).output().expect("the program runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(run.status.success());
    let text = String::from_utf8(run.stdout).expect("UTF-8");
    let mut outputs: Vec<String> = text.split('\u{1e}').map(str::to_owned).collect();
    assert_eq!(outputs.pop().as_deref(), Some(""));
    outputs
}

#[test]
fn every_built_message_is_what_printf_writes() {
    let import = import();
    let table = &import.document.tables[0];
    let rows: Vec<(&Row, Vec<ArgType>)> = rows_with_arguments(table)
        .into_iter()
        .map(|row| (row, arguments(row).collect()))
        .collect();
    // The document's own templates, as printf takes them.
    let by_code: std::collections::HashMap<i128, (String, Option<String>)> = document_rows()
        .into_iter()
        .map(|(code, _, en, zh)| (code, (en, zh)))
        .collect();
    let english: Vec<&str> = rows
        .iter()
        .map(|(row, _)| by_code[&row.code].0.as_str())
        .collect();
    let chinese: Vec<&str> = rows
        .iter()
        .map(|(row, _)| {
            let (en, zh) = &by_code[&row.code];
            zh.as_deref().unwrap_or(en)
        })
        .collect();
    // No `%z`: a `usize` is a `*` precision, given to C as an `int`.
    assert!(english.iter().all(|template| !template.contains("%z")));
    let printed = printf_outputs(&rows, &english, &chinese);
    let built = mariadb::built::built();
    assert_eq!(built.len(), rows.len());
    assert_eq!(printed.len(), 2 * rows.len());
    let mut compared = 0;
    for ((message, (row, _)), printed) in built.iter().zip(&rows).zip(printed.chunks(2)) {
        assert_eq!(i128::from(message.code().code()), row.code);
        for (language, printed) in [MariaDbErrorsLanguage::En, MariaDbErrorsLanguage::Zh]
            .into_iter()
            .zip(printed)
        {
            assert_eq!(
                &message.message_in(language).to_string(),
                printed,
                "{} in {language:?}",
                row.code
            );
            compared += 1;
        }
    }
    assert_eq!(compared, 1404);
}

//! `codes export`: the seeds' tables (and `tests/export/tricky.rs`'s) exported as the compiled
//! enums have them; the `json` and `markdown` exports read back by `codes import` to the same
//! tables; the command's errors and exit status. Each language's own toolchain checks its
//! export in `scripts/export-check.sh`.

mod common;

#[path = "export/compiled.rs"]
mod compiled;

use clap::ValueEnum as _;
use codetable_cli::export::table::{self, Export, Value};
use codetable_cli::export::{export, Format, Options};
use codetable_cli::sources;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The sources exported: the seeds' files (of string codes too: SQLSTATE's, S3's), the tricky
/// tables, and MariaDB's server errors.
const SOURCES: [&str; 9] = [
    "seeds/src/cos_v4.rs",
    "seeds/src/daemon.rs",
    "seeds/src/dsp.rs",
    "seeds/src/legacy_cos.rs",
    "seeds/src/pcs.rs",
    "seeds/src/s3.rs",
    "seeds/src/sqlstate/table.rs",
    "codetable-cli/tests/export/tricky.rs",
    "codetable-cli/tests/imported/mariadb_errors.rs",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The tables of a source file, named by its path from the workspace's root.
fn read(file: &str) -> Vec<sources::FoundTable> {
    let text = std::fs::read_to_string(root().join(file)).unwrap();
    let read = sources::read_text(&text, file);
    assert_eq!(read.errors, [], "{file}");
    read.tables
}

fn exported(format: Format, found: &[sources::FoundTable]) -> String {
    export(format, found, &Options::default()).unwrap_or_else(|errors| panic!("{errors:?}"))
}

fn json(found: &[sources::FoundTable]) -> Export {
    serde_json::from_str(&exported(Format::Json, found)).unwrap()
}

/// A value as the compiled table's `Display` shows it.
fn shown(value: &Value) -> String {
    match value {
        Value::Number(text) | Value::Str(text) => text.clone(),
        Value::Bool(value) => value.to_string(),
    }
}

#[test]
fn every_table_is_exported_as_the_compiled_enum_has_it() {
    let found: Vec<sources::FoundTable> = SOURCES.iter().flat_map(|file| read(file)).collect();
    let export = json(&found);
    assert_eq!(
        (export.version, export.schema.as_str()),
        (1, table::SCHEMA_ID)
    );
    let compiled = compiled::tables();
    let compiled = compiled["tables"].as_array().unwrap();
    let mut names: Vec<&str> = export.tables.iter().map(|t| t.name.as_str()).collect();
    let mut expected: Vec<&str> = compiled
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    names.sort_unstable();
    expected.sort_unstable();
    assert_eq!(names, expected);
    for table in &export.tables {
        let compiled = compiled
            .iter()
            .find(|compiled| compiled["name"] == table.name.as_str())
            .unwrap();
        let rows = compiled["rows"].as_array().unwrap();
        let languages: Vec<&str> = table
            .languages
            .iter()
            .map(String::as_str)
            .filter(|_| table.declares_languages())
            .collect();
        assert_eq!(compiled["languages"], serde_json::json!(languages));
        assert_eq!(table.rows.len(), rows.len(), "{}", table.name);
        assert_eq!(compiled["text_codes"], table.text_codes(), "{}", table.name);
        for (row, compiled) in table.rows.iter().zip(rows) {
            // The code itself: a string code's text, not its slot.
            let code = row.text.clone().unwrap_or_else(|| row.code.to_string());
            let at = format!("{} {code}", table.name);
            assert_eq!(compiled["code"], code.as_str(), "{at}");
            assert_eq!(compiled["name"], row.name.as_str(), "{at}");
            assert_eq!(compiled["message"], row.message(table), "{at}");
            assert_eq!(compiled["category"], serde_json::json!(row.section), "{at}");
            // Each language's message, the first's standing in where the row gives none.
            for (language, message) in compiled["messages"].as_object().unwrap() {
                assert_eq!(message, row.message_in(table, language), "{at} {language}");
            }
            assert_eq!(compiled["aliases"], serde_json::json!(row.aliases), "{at}");
            let languages = compiled["messages"].as_object().unwrap().len();
            assert_eq!(
                languages,
                table.languages.len() * usize::from(languages > 0),
                "{at}"
            );
            let columns = compiled["columns"].as_object().unwrap();
            assert_eq!(columns.len(), table.columns.len(), "{at}");
            for column in &table.columns {
                let value = row.columns.get(&column.name).map(shown);
                assert_eq!(columns[&column.name], serde_json::json!(value), "{at}");
            }
        }
    }
}

/// What the reader makes of a source, as the export sees it, without where it is and the
/// table's docs (the importer adds its own line to them).
fn comparable(found: &[sources::FoundTable]) -> Vec<table::ExportedTable> {
    let mut tables = table::tables(found);
    for table in &mut tables {
        table.source = table::Source {
            file: String::new(),
            line: 0,
        };
        table.doc = None;
    }
    tables
}

/// Imports an export, and reads the source written back with the exporter's reader.
fn reimport(text: &str, file: &str) -> Vec<sources::FoundTable> {
    let import = common::import(text, file);
    assert_eq!(common::problems(&import), [], "{file}");
    let read = sources::read_text(&import.source, "imported.rs");
    assert_eq!(read.errors, [], "{file}: the source written is refused");
    read.tables
}

#[test]
fn the_json_export_reads_back_to_the_same_tables() {
    for file in SOURCES {
        let found = read(file);
        let text = exported(Format::Json, &found);
        let mut expected = comparable(&found);
        // A column's default is written into every row that leaves it out.
        for table in &mut expected {
            for column in &mut table.columns {
                column.default = None;
            }
        }
        assert_eq!(
            comparable(&reimport(&text, "export.json")),
            expected,
            "{file}"
        );
    }
}

#[test]
fn the_markdown_export_reads_back_to_the_same_rows() {
    for file in SOURCES {
        let found = read(file);
        let text = exported(Format::Markdown, &found);
        let again = comparable(&reimport(&text, "export.md"));
        let expected = comparable(&found);
        assert_eq!(again.len(), expected.len(), "{file}");
        for (again, expected) in again.iter().zip(&expected) {
            assert_eq!(again.name, expected.name);
            // Markdown has no docs, attributes, variants nor prefix; a column's type is what
            // its values fit; a table's own rows come before its sections' (so the order is
            // the code's, a string code's text's).
            let rows = |table: &table::ExportedTable| -> Vec<_> {
                let mut rows: Vec<_> = table
                    .rows
                    .iter()
                    .map(|row| {
                        let values: Vec<Option<String>> = table
                            .columns
                            .iter()
                            .map(|column| row.columns.get(&column.name).map(shown))
                            .collect();
                        (
                            // A string code by its text: its slot is its place, which Markdown
                            // changes.
                            row.text.clone().ok_or(row.code),
                            row.name.clone(),
                            row.nameless,
                            row.messages.clone(),
                            row.section.clone(),
                            values,
                            row.aliases.clone(),
                        )
                    })
                    .collect();
                rows.sort_by(|a, b| a.0.cmp(&b.0));
                rows
            };
            assert_eq!(rows(again), rows(expected), "{file}");
            let sections = |table: &table::ExportedTable| -> Vec<_> {
                table
                    .sections
                    .iter()
                    .map(|s| {
                        (
                            s.name.clone(),
                            s.messages.clone(),
                            s.range,
                            s.parent.clone(),
                        )
                    })
                    .collect()
            };
            assert_eq!(sections(again), sections(expected), "{file}");
            let reserved = |table: &table::ExportedTable| {
                let mut reserved = table.reserved.clone();
                reserved.sort_by_key(|reserved| reserved.range);
                reserved
            };
            assert_eq!(reserved(again), reserved(expected), "{file}");
            assert_eq!(again.languages, expected.languages, "{file}");
            assert_eq!(again.retired, expected.retired, "{file}");
        }
    }
}

/// The schema in the repository is the one the export names, of the version it writes.
#[test]
fn the_schema_is_of_the_version_written() {
    let path = root().join("codetable-cli/schema/codes-export-v1.schema.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(schema["$id"], table::SCHEMA_ID);
    assert_eq!(schema["properties"]["$schema"]["const"], table::SCHEMA_ID);
    assert_eq!(schema["properties"]["version"]["const"], table::VERSION);
    assert!(table::SCHEMA_ID.ends_with(&format!("-v{}.schema.json", table::VERSION)));
}

#[test]
fn every_format_says_it_is_generated_and_from_where() {
    let found = read("seeds/src/pcs.rs");
    for &format in Format::value_variants() {
        let text = exported(format, &found);
        let head: String = text.lines().take(4).collect::<Vec<_>>().join("\n");
        assert!(head.contains("codes export"), "{format:?}: {head}");
        assert!(head.contains("seeds/src/pcs.rs"), "{format:?}: {head}");
        assert!(text.ends_with('\n'), "{format:?}");
        for row in ["NO_ERROR", "CAN_NOT_ACCESS_SERVER", "31023"] {
            assert!(text.contains(row), "{format:?} lacks {row}");
        }
    }
    let go = exported(Format::Go, &found);
    assert!(go.starts_with("// Code generated by codes export "));
    assert!(go.lines().next().unwrap().ends_with(". DO NOT EDIT."));
}

/// Each format of the daemon's table (nested sections, a reserved range, doc comments), as
/// committed in `tests/exported/`: what a reader of the command's README (`codes export`) sees.
#[test]
fn the_daemon_table_in_every_format() {
    let found = read("seeds/src/daemon.rs");
    for &format in Format::value_variants() {
        let path = root()
            .join("codetable-cli/tests/exported")
            .join(format!("daemon.{}", format.extension()));
        common::snapshot(&path, &exported(format, &found));
    }
}

/// Each format of `tricky.rs`'s `Curly` (two languages, an alias, retired names, a prefix and
/// a chosen variant), as committed in `tests/exported/`: what the command's README shows of
/// languages and aliases.
#[test]
fn a_table_with_languages_and_aliases_in_every_format() {
    let found: Vec<sources::FoundTable> = read("codetable-cli/tests/export/tricky.rs")
        .into_iter()
        .filter(|table| table.table.ident == "Curly")
        .collect();
    assert_eq!(found.len(), 1);
    for &format in Format::value_variants() {
        let path = root()
            .join("codetable-cli/tests/exported")
            .join(format!("curly.{}", format.extension()));
        common::snapshot(&path, &exported(format, &found));
    }
}

/// Each format of `tricky.rs`'s `Textual` (string codes that need escaping, sections and a
/// reserved item by prefix, an alias) and `Hresult` (codes shown in hex, a section, an alias),
/// as committed in `tests/exported/`: every format carries the codes themselves, strings as
/// strings and numbers as written in hex where the language has hex literals.
#[test]
fn string_and_hex_codes_in_every_format() {
    for name in ["Textual", "Hresult"] {
        let found: Vec<sources::FoundTable> = read("codetable-cli/tests/export/tricky.rs")
            .into_iter()
            .filter(|table| table.table.ident == name)
            .collect();
        assert_eq!(found.len(), 1);
        for &format in Format::value_variants() {
            let path = root().join("codetable-cli/tests/exported").join(format!(
                "{}.{}",
                name.to_lowercase(),
                format.extension()
            ));
            common::snapshot(&path, &exported(format, &found));
        }
    }
    // The json: a string code is a string, and a table shown in hex says so.
    let export = json(&read("codetable-cli/tests/export/tricky.rs"));
    let table = |name: &str| export.tables.iter().find(|t| t.name == name).unwrap();
    let textual = table("Textual");
    assert_eq!((textual.repr.as_str(), textual.hex), (table::STR, None));
    let quoted = &textual.rows[2];
    assert_eq!(quoted.text.as_deref(), Some("say \"hi\" \\"));
    let errors = &textual.sections[0];
    assert_eq!((errors.range, errors.prefix.as_deref()), (None, Some("E")));
    assert_eq!(textual.reserved[0].prefix.as_deref(), Some("EX"));
    let hresult = table("Hresult");
    assert_eq!((hresult.repr.as_str(), hresult.hex), ("u32", Some(8)));
    assert_eq!(hresult.rows.last().unwrap().code, 0xFFFF_FFFF);
    let text = exported(Format::Json, &read("codetable-cli/tests/export/tricky.rs"));
    assert!(text.contains("{\"code\": \"E1-FULL\", \"name\": \"DISK_FULL\""));
    assert!(text.contains("{\"code\": 2147942414, \"name\": \"E_OUTOFMEMORY\""));
}

/// A table shown in hex with negative codes (`-0x0001`): its json export reads back to the same
/// table, each code written in hex again, and TypeScript, Go and Python write the codes as
/// such literals (not as the two's complement Rust shows, another number in those languages).
#[test]
fn negative_hex_codes_read_back_and_stay_hex() {
    let source = "codetable::define_codes! {\n    #[repr(i16)]\n    pub enum Signed {\n        \
                  -0x8000 => LOWEST, \"the smallest i16\",\n        \
                  -0x0001 => MINUS_ONE, \"minus one\",\n        \
                  0x7FFF => HIGHEST, \"the largest i16\",\n    }\n}\n";
    let read = sources::read_text(source, "signed.rs");
    assert_eq!(read.errors, []);
    let text = exported(Format::Json, &read.tables);
    assert!(text.contains("\"hex\": 4,"), "{text}");
    let again = reimport(&text, "signed.json");
    assert_eq!(comparable(&again), comparable(&read.tables));
    for format in [Format::Typescript, Format::Go, Format::Python] {
        let text = exported(format, &read.tables);
        for code in ["-0x8000", "-0x0001", "0x7FFF"] {
            assert!(text.contains(code), "{format:?} lacks {code}");
        }
    }
}

/// A row's `"code"`: a number, or a string code (then its slot is 0 until the table is read);
/// an earlier export's `"text"` beside a slot is read as the code; anything else is refused.
#[test]
fn a_json_rows_code_is_a_number_or_a_string() {
    let row = |code: &str| {
        let text = format!(
            "{{\"code\": {code}, \"name\": \"A\", \"nameless\": false, \"variant\": \"A\", \
             \"messages\": {{}}, \"section\": null, \"columns\": {{}}, \"aliases\": [], \
             \"deprecated\": null, \"doc\": null}}"
        );
        serde_json::from_str::<table::Row>(&text).map(|row| (row.code, row.text))
    };
    assert_eq!(
        row("18446744073709551615").unwrap(),
        (u64::MAX.into(), None)
    );
    assert_eq!(row("-7").unwrap(), (-7, None));
    assert_eq!(row("\"23505\"").unwrap(), (0, Some("23505".to_owned())));
    assert_eq!(
        row("3, \"text\": \"NoSuchKey\"").unwrap(),
        (3, Some("NoSuchKey".to_owned()))
    );
    for wrong in ["1.5", "true", "null"] {
        let error = row(wrong).unwrap_err().to_string();
        assert!(
            error.starts_with("a code is an integer, or a string"),
            "{error}"
        );
    }
}

#[test]
fn a_json_document_with_mistakes_is_reported_at_its_lines() {
    let found = read("seeds/src/daemon.rs");
    let text = exported(Format::Json, &found)
        .replace(
            "\"section\": \"FileError\"",
            "\"section\": \"NoSuchSection\"",
        )
        .replace("\"repr\": \"i32\"", "\"repr\": \"i128\"");
    let import = common::import(&text, "daemon.json");
    let problems = common::problems(&import);
    let line = |needle: &str| text.lines().position(|line| line.contains(needle)).unwrap() + 1;
    assert!(problems.contains(&(
        line("\"code\": 21001,"),
        "the row `FILE_NOT_FOUND` is in `NoSuchSection`, which is no section of the table: \
         read as a row of the table"
            .to_owned()
    )));
    assert!(problems
        .iter()
        .any(|(_, message)| message.starts_with("`i128` of `DaemonCode`")));
    // The macro's own errors, at the rows: 21001 is outside the sections around it now.
    assert!(
        problems
            .iter()
            .any(|(at, message)| *at == line("\"code\": 21001,") && message.contains("21001")),
        "{problems:?}"
    );
    let import = common::import("{\"version\": 1, \"tables\": [{\"name\": 3}]}", "x.json");
    let problems = common::problems(&import);
    assert_eq!(problems.len(), 1);
    assert!(problems[0]
        .1
        .starts_with("not a `codes export` JSON document: invalid type"));
}

// ---------------------------------------------------------------------------------------
// The command

fn codes(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_codes"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the codes binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// A file of the test's own in the temporary directory, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, text: &str) -> TempFile {
        let dir = std::env::temp_dir().join(format!("codes-export-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        TempFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn a_directory_is_exported_to_a_file() {
    let out = TempFile::new("seeds.ts", "");
    let output = codes(&[
        "export",
        "--format",
        "typescript",
        "-o",
        out.path(),
        "seeds/src",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(output.stdout.is_empty() && output.stderr.is_empty());
    let text = std::fs::read_to_string(&out.0).unwrap();
    let first = text.lines().next().unwrap();
    assert!(first.contains("seeds/src/cos_v4.rs, seeds/src/daemon.rs, seeds/src/dsp.rs"));
    for table in [
        "CosV4Error",
        "DaemonCode",
        "DspError",
        "DspSdkError",
        "TransferState",
    ] {
        assert!(text.contains(&format!("export const {table}Table: CodeTable<")));
    }
}

#[test]
fn an_invalid_table_is_refused_with_the_macros_errors() {
    let source = TempFile::new(
        "invalid.rs",
        "codetable::define_codes! {\n    pub enum E {\n        1 => A, \"a\",\n        1 => B, \"\",\n    }\n}\n",
    );
    let output = codes(&["export", "--format", "json", source.path()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty(), "nothing is written");
    let file = source.path();
    assert_eq!(
        stderr(&output),
        format!(
            "{file}:4: empty message: say what the code means, or leave the message out \
             (`CODE => NAME,`)\n\
             {file}:4: code 1 is defined twice: `A` has it already; remove one of the rows, or \
             give it its own code\n{file}:3: code 1 first defined here\n"
        )
    );
}

#[test]
fn no_rust_and_no_table_are_refused() {
    let broken = TempFile::new("broken.rs", "fn main() {\n    let = 1;\n}\n");
    let output = codes(&["export", "--format", "go", broken.path()]);
    assert_eq!(output.status.code(), Some(1));
    let shown = stderr(&output);
    assert!(
        shown.starts_with(&format!(
            "{}:2: the file does not parse as Rust: ",
            broken.path()
        )),
        "{shown}"
    );
    let empty = TempFile::new("empty.rs", "fn main() {}\n");
    let output = codes(&["export", "--format", "go", empty.path()]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "codes: no `define_codes!` table in 1 file read\n"
    );
}

#[test]
fn two_tables_of_one_name_are_refused() {
    let twin = TempFile::new(
        "twin.rs",
        "codetable::define_codes! {\n    pub enum DaemonCode { 1 => A, \"a\" }\n}\n",
    );
    let output = codes(&[
        "export",
        "--format",
        "python",
        "seeds/src/daemon.rs",
        twin.path(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        format!(
            "{}:2: a table named `DaemonCode` is exported already, from seeds/src/daemon.rs:16: \
             each table is exported under its name, so export one of them, or rename one\n",
            twin.path()
        )
    );
}

#[test]
fn usage_and_io_errors_exit_2() {
    for args in [
        &["export", "seeds/src"][..],
        &["export", "--format", "yaml", "seeds/src"],
        &[
            "export",
            "--format",
            "go",
            "--package",
            "Codes",
            "seeds/src",
        ],
        &["export", "--format", "json"],
    ] {
        let output = codes(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(!stderr(&output).is_empty(), "{args:?}");
    }
    let output = codes(&["export", "--format", "json", "no/such/dir"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).starts_with("codes: cannot read no/such/dir: "));
}

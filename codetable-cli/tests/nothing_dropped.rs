//! Nothing dropped, nothing changed: every line or cell that holds something in a code position
//! becomes a row, or a problem at its line (a cell that is neither an integer nor a string
//! code, `N/A`), counted here against the document's lines. Codes that are no integers
//! (`0A000`) or whose leading zeros an integer would drop (`01000`) make a table of string
//! codes, kept as written. A code written in hex stays hex; no range is made up; a heading
//! names its enum as Rust would.

mod common;

use common::{import, import_file, notes, problems};

/// The repro: two classes of SQLSTATE codes, one with a leading zero, the other with
/// a letter.
const REPRO: &str = "\
# Repro
## Class 08
| Error Code | Condition Name | Message |
|---|---|---|
| 08000 | connection_exception | connection exception |
## Class 0A
| Error Code | Condition Name | Message |
|---|---|---|
| 0A000 | feature_not_supported | feature not supported |
";

/// The lines of a document in a code position: a table row below a `|---|` delimiter, or a
/// line that starts with a digit.
fn code_lines(text: &str) -> Vec<usize> {
    let mut rows = Vec::new();
    let mut in_table = false;
    for (index, line) in text.lines().enumerate() {
        if line.starts_with("|---") {
            in_table = true;
        } else if in_table && line.starts_with('|') {
            rows.push(index + 1);
        } else {
            in_table = false;
            if line.starts_with(|c: char| c.is_ascii_digit()) {
                rows.push(index + 1);
            }
        }
    }
    rows
}

/// Every line in a code position is a row, or a problem at its line that says its code is no
/// code.
fn assert_every_row_accounted_for(text: &str, import: &codetable_cli::Import) {
    let rows: Vec<usize> = import
        .document
        .tables
        .iter()
        .flat_map(|table| table.rows())
        .map(|row| row.line)
        .collect();
    let unreadable: Vec<usize> = import
        .problems
        .iter()
        .filter(|problem| problem.message.contains("is no code"))
        .map(|problem| problem.line)
        .collect();
    let mut accounted: Vec<usize> = rows.iter().chain(&unreadable).copied().collect();
    accounted.sort_unstable();
    assert_eq!(accounted, code_lines(text));
}

/// The repro's codes are strings: each class a section of the codes that start with it, every
/// code as written, and nothing to report.
#[test]
fn the_repro_imports_as_string_codes() {
    let import = import(REPRO, "repro.md");
    assert_every_row_accounted_for(REPRO, &import);
    assert_eq!(problems(&import), []);
    assert!(
        import.source.contains(
            "        \"08\" => Class08, \"Class 08\" {\n            \"08000\" => \
             connection_exception, \"connection exception\",\n        }\n\n        \"0A\" => \
             Class0a, \"Class 0A\" {\n            \"0A000\" => feature_not_supported, \
             \"feature not supported\",\n        }\n"
        ),
        "{}",
        import.source
    );
}

#[test]
fn the_binary_exits_0_on_the_repro_and_1_on_a_cell_that_is_no_code() {
    let output = import_file(REPRO, "repro.md");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8(output.stderr).unwrap(), "");
    let broken = REPRO.replace("| 0A000 |", "| N/A |");
    let output = import_file(&broken, "repro.md");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(lines[0].ends_with(":9: `N/A` is no code: the row is left out, as a comment"));
}

/// A page of SQLSTATE codes, most of them no integers, in a table and as lines: each line
/// is a row or a problem, and no table is dropped for its codes. Every code is the string it
/// is written as, `01000` and `22012` alike; a cell that is no code is a problem.
#[test]
fn rows_against_lines() {
    let text = "\
# SQLSTATE

| Error Code | Condition Name | Message |
|---|---|---|
| 00000 | successful_completion | successful completion |
| 01000 | warning | warning |
| 0100C | dynamic_result_sets_returned | dynamic result sets returned |
| 22012 | division_by_zero | division by zero |
| 2201B | invalid_regular_expression | invalid regular expression |
| HV000 | fdw_error | fdw error |
| see below | unknown | a cell that is no code |

## Lines

40001 SERIALIZATION_FAILURE serialization failure
";
    let import = import(text, "sqlstate.md");
    assert_every_row_accounted_for(text, &import);
    let rows: Vec<(usize, Option<&str>)> = import.document.tables[0]
        .rows()
        .iter()
        .map(|row| (row.line, row.text.as_deref()))
        .collect();
    assert_eq!(
        rows,
        [
            (5, Some("00000")),
            (6, Some("01000")),
            (7, Some("0100C")),
            (8, Some("22012")),
            (9, Some("2201B")),
            (10, Some("HV000")),
            (15, Some("40001")),
        ]
    );
    assert_eq!(
        problems(&import),
        [(
            11,
            "`see below` is no code: the row is left out, as a comment".to_owned()
        )]
    );
    assert!(import
        .source
        .contains("        \"40001\" => SERIALIZATION_FAILURE, \"serialization failure\",\n"));
}

/// A code written in hex is written in hex, and a table of them takes the smallest unsigned
/// type that holds them; a heading in capitals with a plural `s` names the enum as a word.
#[test]
fn hex_stays_hex() {
    let text = "\
# HRESULTs

| code | name | message |
|---|---|---|
| 0x80004001 | E_NOTIMPL | Not implemented |
| 0x8007000E | E_OUTOFMEMORY | Ran out of memory |
| 0x00000000 | S_OK | Success |
";
    let import = import(text, "hresult.md");
    assert_eq!(problems(&import), []);
    for line in [
        "    #[repr(u32)]\n    pub enum Hresults {\n",
        "        0x80004001 => E_NOTIMPL, \"Not implemented\",\n",
        "        0x8007000E => E_OUTOFMEMORY, \"Ran out of memory\",\n",
        "        0x00000000 => S_OK, \"Success\",\n",
    ] {
        assert!(
            import.source.contains(line),
            "no {line:?} in\n{}",
            import.source
        );
    }
    // A negative code keeps the signed default; a decimal one is no hex table.
    let negative = "| code | name | message |\n|---|---|---|\n| -0x1 | A | a |\n| 0x2 | B | b |\n";
    let source = import_source(negative);
    assert!(!source.contains("#[repr("), "{source}");
    assert!(source.contains("        -0x1 => A, \"a\",\n"), "{source}");
    let mixed = "| code | name | message |\n|---|---|---|\n| 1 | A | a |\n| 0x2 | B | b |\n";
    assert!(!import_source(mixed).contains("#[repr("));
}

fn import_source(text: &str) -> String {
    import(text, "errors.md").source
}

/// The range of a table is never made from its codes: a new code would not compile.
#[test]
fn no_range_the_document_does_not_state() {
    let text = "| code | name | message |\n|---|---|---|\n| 3 | A | a |\n| 9 | B | b |\n";
    let import = import(text, "errors.md");
    assert!(
        import.source.contains("    pub enum Errors {\n"),
        "{}",
        import.source
    );
}

/// A Markdown table without codes is said, as a note: nothing to change.
#[test]
fn a_table_without_codes_is_noted() {
    let text = "| option | meaning |\n|---|---|\n| -v | verbose |\n\n| code | name | message |\n|---|---|---|\n| 1 | A | a |\n";
    let import = import(text, "errors.md");
    assert_eq!(problems(&import), []);
    assert_eq!(
        notes(&import),
        [(
            1,
            "the table has no column of codes (no integers, and no header such as `code`): \
             not read as codes"
                .to_owned()
        )]
    );
}

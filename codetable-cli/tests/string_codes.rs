//! `codes import` on pages of string codes: a SQLSTATE appendix (class headings as PostgreSQL's
//! appendix A writes them, codes with letters, leading zeros kept), an S3-style table of codes
//! that are names, and the `MARKDOWN` of a table of string codes, which imports back to the
//! same rows, sections and reserved prefixes.

mod common;

use common::{import, import_file, problems};

/// A page laid out as PostgreSQL's appendix A: a heading per class, `Class 0A — ..` with an em
/// dash or `Class 08 - ..` with a hyphen, a remark in parentheses, a table per class.
const APPENDIX: &str = "\
# PostgreSQL Error Codes

## Class 00 — Successful Completion

| Error Code | Condition Name |
|---|---|
| 00000 | successful_completion |

## Class 02 — No Data (this is also a warning class per the SQL standard)

| Error Code | Condition Name |
|---|---|
| 02000 | no_data |
| 02001 | no_additional_dynamic_result_sets_returned |

## Class 0A - Feature Not Supported

| Error Code | Condition Name |
|---|---|
| 0A000 | feature_not_supported |

## Class 22 — Data Exception

| Error Code | Condition Name |
|---|---|
| 22000 | data_exception |
| 22P02 | invalid_text_representation |
";

#[test]
fn classes_become_sections_of_their_prefix() {
    let import = import(APPENDIX, "errcodes.md");
    assert_eq!(problems(&import), []);
    let table = &import.document.tables[0];
    assert_eq!(table.name, "PostgreSqlErrorCodes");
    let sections: Vec<(&str, Option<&str>, &str, usize)> = table
        .sections()
        .iter()
        .map(|section| {
            (
                section.name.as_str(),
                section.prefix.as_deref(),
                section.message.as_str(),
                section.line,
            )
        })
        .collect();
    assert_eq!(
        sections,
        [
            (
                "SuccessfulCompletion",
                Some("00"),
                "Successful Completion",
                3
            ),
            (
                "NoData",
                Some("02"),
                "No Data (this is also a warning class per the SQL standard)",
                9
            ),
            (
                "FeatureNotSupported",
                Some("0A"),
                "Feature Not Supported",
                16
            ),
            ("DataException", Some("22"), "Data Exception", 22),
        ]
    );
    let rows: Vec<(Option<&str>, Option<&str>)> = table
        .rows()
        .iter()
        .map(|row| (row.text.as_deref(), row.name.as_str()))
        .collect();
    assert_eq!(rows[0], (Some("00000"), Some("successful_completion")));
    assert_eq!(
        rows[5],
        (Some("22P02"), Some("invalid_text_representation"))
    );
    for line in [
        "        \"00\" => SuccessfulCompletion, \"Successful Completion\" {\n            \
         \"00000\" => successful_completion,\n        }\n",
        "        \"0A\" => FeatureNotSupported, \"Feature Not Supported\" {\n",
        "            \"22P02\" => invalid_text_representation,\n",
    ] {
        assert!(
            import.source.contains(line),
            "no {line:?} in\n{}",
            import.source
        );
    }
    // What the source compiles to: the variants come from the condition names.
    let (tables, errors) = codetable_cli::import::check::macro_check(&import.source);
    assert_eq!(errors, []);
    let variants: Vec<&str> = tables[0]
        .rows
        .iter()
        .map(|row| row.variant_name.as_str())
        .collect();
    assert_eq!(variants[3], "FeatureNotSupported");
    assert!(tables[0].text_codes);
}

/// A row under a class whose prefix it does not start with is the macro's error, at the row's
/// line; the exit status says so.
#[test]
fn a_code_outside_its_class_is_a_problem_at_its_line() {
    let text = APPENDIX.replace("| 22P02 |", "| 23P02 |");
    let import = import(&text, "errcodes.md");
    let found = problems(&import);
    assert_eq!(found.len(), 1, "{found:?}");
    let (line, message) = &found[0];
    assert_eq!(*line, 27);
    assert!(
        message.starts_with("code `23P02` does not start with `22`"),
        "{message}"
    );
    assert!(import
        .source
        .contains("            // FIXME(codes import): code `23P02` does not start with `22`"));
    let output = import_file(&text, "errcodes.md");
    assert_eq!(output.status.code(), Some(1));
}

/// `--shape` and `--strip-prefix` go on the first table; a code that misses the shape is the
/// macro's error at its row.
#[test]
fn shape_and_strip_prefix_from_the_options() {
    let text = "\
| Error Code | Name |
|---|---|
| 00000 | ERRCODE_SUCCESSFUL_COMPLETION |
| 0a000 | ERRCODE_FEATURE_NOT_SUPPORTED |
";
    let options = codetable_cli::Options {
        shape: Some("[0-9A-Z]{5}".to_owned()),
        strip_prefix: Some("ERRCODE_".to_owned()),
        ..codetable_cli::Options::default()
    };
    let import = codetable_cli::import(text, "errcodes.md", &options);
    assert!(import
        .source
        .contains("    #[codetable(strip_prefix = \"ERRCODE_\", shape = \"[0-9A-Z]{5}\")]\n"));
    assert_eq!(
        problems(&import),
        [(
            4,
            "code `0a000` does not have the table's shape `[0-9A-Z]{5}`: change the code, or \
             the shape"
                .to_owned()
        )]
    );
    let fixed = text.replace("0a000", "0A000");
    let import = codetable_cli::import(&fixed, "errcodes.md", &options);
    assert_eq!(problems(&import), []);
    let (tables, _) = codetable_cli::import::check::macro_check(&import.source);
    assert_eq!(tables[0].rows[1].variant_name, "FeatureNotSupported");
}

/// S3's codes are names: a row without a name cell is written `"NoSuchKey" => _`, the code its
/// own wire name, and the English message names no row.
#[test]
fn codes_that_are_names_are_written_once() {
    let text = "\
# S3 errors

| Error code | Description | HTTP status code |
|---|---|---|
| AccessDenied | Access Denied | 403 |
| NoSuchKey | The specified key does not exist. | 404 |
";
    let import = import(text, "s3.md");
    assert_eq!(problems(&import), []);
    assert!(
        import.source.contains(
            "        \"NoSuchKey\" => _, \"The specified key does not exist.\", http = 404,\n"
        ),
        "{}",
        import.source
    );
    let (tables, errors) = codetable_cli::import::check::macro_check(&import.source);
    assert_eq!(errors, []);
    let names: Vec<(&str, &str)> = tables[0]
        .rows
        .iter()
        .map(|row| (row.name.as_str(), row.variant_name.as_str()))
        .collect();
    assert_eq!(
        names,
        [("AccessDenied", "AccessDenied"), ("NoSuchKey", "NoSuchKey")]
    );
}

codetable::define_codes! {
    /// Every kind of item a table of string codes has.
    #[codetable(shape = "[0-9A-Z]{5}")]
    pub enum SqlState(http: u16 = 500, hint: Option<&'static str>) {
        "00000" => SUCCESSFUL_COMPLETION, "successful completion", http = 200,
        "01" => Warning, "warning" {
            "01000" => WARNING, "warning",
            "01004" => STRING_DATA_RIGHT_TRUNCATION, "string | data\nright truncation",
                hint = " padded ",
        },
        "22" => DataException, "data exception" {
            "22000" => DATA_EXCEPTION, "data exception",
            "22023" => INVALID_PARAMETER_VALUE, http = 400,
            "22P" => PostgresData, "PostgreSQL's own" {
                "22P05" => UNTRANSLATABLE_CHARACTER, "untranslatable character",
            },
            "22Z" => reserved, "not yet",
        },
        "23505" => UNIQUE_VIOLATION, "unique violation", http = 409,
        "XX" => reserved, "internal errors",
        DUPLICATE_KEY = UNIQUE_VIOLATION,
        OLD_STATE => retired, "was 99999",
    }

    /// Codes that are all digits, as strings: the export's code spans keep them strings.
    pub enum Digits {
        "23505" => UNIQUE, "unique",
        "42601" => SYNTAX, "syntax",
    }

    /// Codes that are names.
    pub enum S3Error {
        "NoSuchKey" => _, "The specified key does not exist.",
        "SlowDown" => _,
    }
}

/// What a table is, as the macro checks it: its rows (code, name, message, values, section),
/// sections (name, message, prefix, parent), reserved prefixes, aliases and retired names,
/// one line each, sorted (`MARKDOWN` writes each scope's rows together).
fn checked(table: &codetable_pipeline::model::Table) -> Vec<String> {
    let section = |index: Option<usize>| index.map(|index| table.sections[index].name.clone());
    let mut out = vec![format!("{} text_codes={}", table.ident, table.text_codes)];
    for row in &table.rows {
        out.push(format!(
            "row {:?} {} {:?} {:?} {:?}",
            row.text,
            row.name,
            row.message,
            row.values
                .iter()
                .map(|value| value.as_ref().map(ToString::to_string))
                .collect::<Vec<_>>(),
            section(row.section)
        ));
    }
    for each in &table.sections {
        out.push(format!(
            "section {} {:?} {:?} {:?}",
            each.name,
            each.message,
            each.prefix,
            section(each.parent)
        ));
    }
    for reserved in &table.reserved {
        out.push(format!(
            "reserved {:?} {:?} {:?}",
            reserved.prefix,
            reserved.message,
            section(reserved.parent)
        ));
    }
    for alias in &table.aliases {
        out.push(format!(
            "alias {} {}",
            alias.name, table.rows[alias.row].name
        ));
    }
    for retired in &table.retired {
        out.push(format!("retired {} {:?}", retired.name, retired.message));
    }
    out.sort();
    out
}

/// The table a `define_codes!` source declares, which must be without error.
fn checked_source(source: &str) -> Vec<String> {
    let (tables, errors) = codetable_cli::import::check::macro_check(source);
    assert_eq!(errors, [], "{source}");
    assert_eq!(tables.len(), 1);
    checked(&tables[0])
}

/// `MARKDOWN` of each table imports back to the table: every code a string as written,
/// every section and reserved item by its prefix, names written once where they are codes.
#[test]
fn markdown_of_string_codes_imports_back() {
    let source = include_str!("string_codes.rs");
    let start = source
        .find("codetable::define_codes! {\n    /// Every kind")
        .unwrap();
    let end = start + source[start..].find("\n}\n").unwrap() + 3;
    let (tables, errors) = codetable_cli::import::check::macro_check(&source[start..end]);
    assert_eq!(errors, []);
    for (table, markdown) in
        tables
            .iter()
            .zip([SqlState::MARKDOWN, Digits::MARKDOWN, S3Error::MARKDOWN])
    {
        let import = import(markdown, "export.md");
        assert_eq!(problems(&import), [], "{markdown}");
        assert_eq!(
            checked_source(&import.source),
            checked(table),
            "{markdown}\n{}",
            import.source
        );
    }
    let digits = import(Digits::MARKDOWN, "export.md");
    assert!(digits
        .source
        .contains("        \"23505\" => UNIQUE, \"unique\",\n"));
    let s3 = import(S3Error::MARKDOWN, "export.md");
    assert!(
        s3.source.contains("        \"SlowDown\" => _,\n"),
        "{}",
        s3.source
    );
    let sql = import(SqlState::MARKDOWN, "export.md");
    for line in [
        "            \"22P\" => PostgresData, \"PostgreSQL's own\" {\n",
        "            \"22Z\" => reserved, \"not yet\",\n",
        "        \"XX\" => reserved, \"internal errors\",\n",
    ] {
        assert!(sql.source.contains(line), "no {line:?} in\n{}", sql.source);
    }
}

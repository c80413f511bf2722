//! The SQLSTATE table against its source, `fixtures/errcodes.txt` (PostgreSQL 15's, from
//! Debian's `postgresql-15` 15.20-0+deb12u1), read here line by line as PostgreSQL's own
//! generators read it: every code, class, macro name, condition name and kind of the file is
//! in the compiled table, and the table has nothing else.

use codetable::Classified;
use codetable_seeds::sqlstate::{SqlState, SqlStateCategory};
use std::collections::{BTreeMap, BTreeSet};

const ERRCODES: &str = include_str!("../fixtures/errcodes.txt");

/// A code line of the file: `sqlstate E/W/S errcode_macro_name [spec_name]`.
#[derive(Debug)]
struct Line {
    number: usize,
    code: &'static str,
    kind: &'static str,
    macro_name: &'static str,
    condition: Option<&'static str>,
    /// The class (`08`) and title (`Connection Exception`) of the `Section:` line above.
    class: (&'static str, &'static str),
}

/// The file's code lines, in order, as its header says to read it: empty lines and lines
/// starting with `#` are comments; `Section: Class XX - title` starts a class; any other line
/// is whitespace-separated fields, the last optional.
fn lines() -> Vec<Line> {
    let mut class = None;
    let mut lines = Vec::new();
    for (index, text) in ERRCODES.lines().enumerate() {
        let number = index + 1;
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        if let Some(section) = text.strip_prefix("Section: Class ") {
            let (id, title) = section.split_once(" - ").expect("` - ` after the class");
            class = Some((id, title));
            continue;
        }
        let fields: Vec<&'static str> = text.split_whitespace().collect();
        let (code, kind, macro_name, condition) = match fields[..] {
            [code, kind, name] => (code, kind, name, None),
            [code, kind, name, condition] => (code, kind, name, Some(condition)),
            _ => panic!("line {number}: {text:?}"),
        };
        lines.push(Line {
            number,
            code,
            kind,
            macro_name,
            condition,
            class: class.unwrap_or_else(|| panic!("line {number}: a code before any class")),
        });
    }
    lines
}

/// The file's classes, in order: (class, title).
fn classes() -> Vec<(&'static str, &'static str)> {
    ERRCODES
        .lines()
        .filter_map(|line| line.strip_prefix("Section: Class "))
        .map(|section| section.split_once(" - ").unwrap())
        .collect()
}

#[test]
fn the_file_is_the_one_the_module_describes() {
    let lines = lines();
    assert_eq!(lines.len(), 267, "code lines");
    assert_eq!(classes().len(), 43, "classes");
    assert!(ERRCODES.contains("Copyright (c) 2003-2022, PostgreSQL Global Development Group"));
}

/// Every code line with a condition name is a row: its code, macro name (the wire name),
/// condition name, kind, and class (the section whose prefix is its class, with the class's
/// title as its message).
#[test]
fn every_row_against_its_line() {
    let mut checked = 0;
    for line in lines().iter().filter(|line| line.condition.is_some()) {
        let at = format!("errcodes.txt:{} ({})", line.number, line.code);
        let row = SqlState::from_code(line.code).unwrap_or_else(|| panic!("{at}: no row"));
        assert_eq!(row.code(), line.code, "{at}");
        assert_eq!(row.name(), line.macro_name, "{at}");
        assert_eq!(SqlState::from_name(line.macro_name), Some(row), "{at}");
        assert_eq!(Some(row.condition_name()), line.condition, "{at}");
        assert_eq!(row.kind(), line.kind, "{at}");
        assert_eq!(row.message(), "", "{at}: the file gives no message");
        let category = row.category().unwrap_or_else(|| panic!("{at}: no class"));
        assert_eq!(category.prefix(), line.class.0, "{at}");
        assert_eq!(category.message(), line.class.1, "{at}");
        assert!(line.code.starts_with(line.class.0), "{at}");
        checked += 1;
    }
    assert_eq!(checked, 261);
    assert_eq!(SqlState::COUNT, checked, "no row the file does not have");
}

/// A line without a condition name gives a code another line gives with one: its macro name
/// is an alias of that row, in whatever class the file lists it.
#[test]
fn macro_names_without_a_condition_are_aliases() {
    let lines = lines();
    let bare: Vec<&Line> = lines
        .iter()
        .filter(|line| line.condition.is_none())
        .collect();
    let found: Vec<(&str, &str, &str)> = bare
        .iter()
        .map(|line| {
            let row = SqlState::from_name(line.macro_name)
                .unwrap_or_else(|| panic!("line {}: `{}`", line.number, line.macro_name));
            assert_eq!(Some(row), SqlState::from_code(line.code));
            (line.code, line.macro_name, row.name())
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "2202E",
                "ERRCODE_ARRAY_ELEMENT_ERROR",
                "ERRCODE_ARRAY_SUBSCRIPT_ERROR"
            ),
            (
                "22008",
                "ERRCODE_DATETIME_VALUE_OUT_OF_RANGE",
                "ERRCODE_DATETIME_FIELD_OVERFLOW"
            ),
            (
                "34000",
                "ERRCODE_UNDEFINED_CURSOR",
                "ERRCODE_INVALID_CURSOR_NAME"
            ),
            (
                "3D000",
                "ERRCODE_UNDEFINED_DATABASE",
                "ERRCODE_INVALID_CATALOG_NAME"
            ),
            (
                "26000",
                "ERRCODE_UNDEFINED_PSTATEMENT",
                "ERRCODE_INVALID_SQL_STATEMENT_NAME"
            ),
            (
                "3F000",
                "ERRCODE_UNDEFINED_SCHEMA",
                "ERRCODE_INVALID_SCHEMA_NAME"
            ),
        ]
    );
    // Aliases are constants equal to their row's variant (`strip_prefix` applies to them).
    assert_eq!(SqlState::UndefinedCursor, SqlState::InvalidCursorName);
    // Every macro name of the file, and only those, names a code.
    let names: BTreeSet<&str> = lines.iter().map(|line| line.macro_name).collect();
    assert_eq!(
        names.len(),
        lines.len(),
        "the file gives no macro name twice"
    );
}

/// Every class of the file is a section, in the file's order, and nothing else is.
#[test]
fn every_class_is_a_section() {
    let sections: Vec<(&str, &str)> = SqlStateCategory::ALL
        .iter()
        .map(|category| (category.prefix(), category.message()))
        .collect();
    assert_eq!(sections, classes());
    assert_eq!(
        SqlState::classify("08P99"),
        Classified::Section(SqlStateCategory::ConnectionException)
    );
    assert_eq!(
        SqlStateCategory::NoData.message(),
        "No Data (this is also a warning class per the SQL standard)"
    );
    assert_eq!(SqlState::classify("99999"), Classified::Unknown);
}

/// Five condition names name two codes each, in two classes: a column may repeat, a wire name
/// may not, which is why the macro name is the wire name.
#[test]
fn condition_names_given_to_two_codes() {
    let mut codes: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for row in SqlState::iter() {
        codes
            .entry(row.condition_name())
            .or_default()
            .push(row.code());
    }
    codes.retain(|_, codes| codes.len() > 1);
    let expected: BTreeMap<&str, Vec<&str>> = [
        ("modifying_sql_data_not_permitted", vec!["2F002", "38002"]),
        ("null_value_not_allowed", vec!["22004", "39004"]),
        ("prohibited_sql_statement_attempted", vec!["2F003", "38003"]),
        ("reading_sql_data_not_permitted", vec!["2F004", "38004"]),
        ("string_data_right_truncation", vec!["01004", "22001"]),
    ]
    .into_iter()
    .collect();
    assert_eq!(codes, expected);
    assert_eq!(
        SqlState::WarningStringDataRightTruncation.category(),
        Some(SqlStateCategory::Warning)
    );
    assert_eq!(
        SqlState::StringDataRightTruncation.category(),
        Some(SqlStateCategory::DataException)
    );
    assert_eq!(SqlState::from_name("string_data_right_truncation"), None);
}

/// The codes are strings as written, letters and leading zeros kept, of SQLSTATE's shape; the
/// variants drop `ERRCODE_`.
#[test]
fn codes_are_strings_of_the_shape() {
    assert_eq!(SqlState::Warning.code(), "01000");
    assert_eq!(
        SqlState::from_code("22P02"),
        Some(SqlState::InvalidTextRepresentation)
    );
    assert_eq!(
        SqlState::UniqueViolation.to_string(),
        "23505: ERRCODE_UNIQUE_VIOLATION"
    );
    assert_eq!(SqlState::SREModifyingSqlDataNotPermitted.code(), "2F002");
    for row in SqlState::iter() {
        let code = row.code();
        assert!(
            code.len() == 5
                && code
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase()),
            "{code}"
        );
    }
}

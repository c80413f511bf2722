//! What the tests share (each test crate uses part of it).
#![allow(dead_code)]

use std::path::Path;

/// Checks a source's indentation against its braces and parentheses.
pub fn tidy(source: &str) -> Result<(), String> {
    let mut depth = 0usize;
    for (number, line) in source.lines().enumerate() {
        let text = line.trim_start();
        if line.ends_with(char::is_whitespace) {
            return Err(format!("line {}: trailing whitespace", number + 1));
        }
        if text.starts_with('}') || text.starts_with(')') {
            depth = depth.saturating_sub(1);
        }
        if !text.is_empty() && line.len() - text.len() != 4 * depth {
            return Err(format!("line {}: indented wrong: {line:?}", number + 1));
        }
        let comment = text.starts_with("//");
        if !comment && (text.ends_with('{') || text.ends_with('(')) {
            depth += 1;
        }
    }
    if depth == 0 {
        Ok(())
    } else {
        Err(format!("{depth} blocks left open"))
    }
}

/// Compares with a committed file, or rewrites it under `UPDATE_SNAPSHOTS=1`.
pub fn snapshot(path: &Path, actual: &str) {
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_else(|error| {
        panic!(
            "{}: {error}; run with UPDATE_SNAPSHOTS=1 to write it",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .map_or(expected.lines().count().min(actual.lines().count()), |i| i);
        panic!(
            "{} differs from the import at line {}:\n  expected: {:?}\n  actual:   {:?}\n\
             (UPDATE_SNAPSHOTS=1 rewrites it)",
            path.display(),
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

/// The rows (code, name, message) of the tables the macro makes of a source: what the source
/// compiles to, without compiling it.
pub fn checked_rows(source: &str) -> Vec<Vec<(i128, String, String)>> {
    let (tables, errors) = codetable_cli::import::check::macro_check(source);
    assert_eq!(errors, [], "the source does not check clean");
    tables
        .iter()
        .map(|table| {
            table
                .rows
                .iter()
                .map(|row| (row.code, row.name.clone(), row.message.clone()))
                .collect()
        })
        .collect()
}

/// The rows (code, name, message) of a compiled table.
pub fn compiled_rows<C: codetable::Code>() -> Vec<(i128, String, String)>
where
    codetable::CodeInput<'static, C>: Into<i128>,
{
    C::iter()
        .map(|row| {
            (
                row.code().into(),
                row.name().to_owned(),
                row.message().to_owned(),
            )
        })
        .collect()
}

/// Imports a document's text with the default options, from a file of this name.
pub fn import(text: &str, file: &str) -> codetable_cli::Import {
    codetable_cli::import(text, file, &codetable_cli::Options::default())
}

/// The problems as (line, message).
pub fn problems(import: &codetable_cli::Import) -> Vec<(usize, String)> {
    import
        .problems
        .iter()
        .map(|problem| (problem.line, problem.message.clone()))
        .collect()
}

/// The notes as (line, message).
pub fn notes(import: &codetable_cli::Import) -> Vec<(usize, String)> {
    import
        .notes
        .iter()
        .map(|note| (note.line, note.message.clone()))
        .collect()
}

/// `codes import` on a text written to a temporary file of this name: its output.
pub fn import_file(text: &str, file: &str) -> std::process::Output {
    let path = std::env::temp_dir().join(format!("{}-{file}", std::process::id()));
    std::fs::write(&path, text).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_codes"))
        .arg("import")
        .arg(&path)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&path);
    output
}

/// The rows of an import's first table, as (code, name, message).
pub fn imported_rows(import: &codetable_cli::Import) -> Vec<(i128, String, String)> {
    import.document.tables[0]
        .rows()
        .iter()
        .map(|row| {
            let name = row.name.as_str().expect("a named row").to_owned();
            (row.code, name, row.message.clone())
        })
        .collect()
}

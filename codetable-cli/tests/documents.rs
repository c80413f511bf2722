//! `codes import` on real documents made from Debian packages (`tests/documents/`, whose
//! README says which and how): every row comes through with its code and name, and every
//! character of every message; the source written checks clean with the macro's own checks,
//! compiles (`tests/imported/` holds it, compared with the import here), and its `MARKDOWN`
//! imports back to the same rows.
//!
//! `UPDATE_SNAPSHOTS=1 cargo test -p codetable-cli --test documents` rewrites the snapshots.

mod common;

use common::{checked_rows, compiled_rows, import, imported_rows, problems, snapshot};
use std::path::{Path, PathBuf};

mod mariadb {
    include!("imported/mariadb_errors.rs");
}
mod errno {
    include!("imported/linux_errno.rs");
}

use errno::LinuxErrorNumbers;
use mariadb::MariaDbServerErrors;

type Rows = Vec<(i128, String, String)>;

fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

fn document(file: &str) -> String {
    std::fs::read_to_string(tests_dir().join("documents").join(file)).expect("the document")
}

const MARIADB: &str = "mariadb_errors.txt";
const ERRNO: &str = "linux_errno.md";

/// The MariaDB document's rows, read as `examples/documents.rs` writes them: `CODE NAME
/// message`, one space apart, the message to the end of the line; a line without a code is
/// the next line of the message above it.
fn mariadb_rows() -> Rows {
    let mut rows: Rows = Vec::new();
    for line in document(MARIADB).lines().skip(2) {
        let mut parts = line.splitn(3, ' ');
        let (code, name, message) = (parts.next(), parts.next(), parts.next());
        match (code.and_then(|code| code.parse().ok()), name, message) {
            (Some(code), Some(name), Some(message)) => {
                rows.push((code, name.to_owned(), message.to_owned()))
            }
            _ => {
                let last = rows.last_mut().expect("a row above");
                last.2.push('\n');
                last.2.push_str(line);
            }
        }
    }
    rows
}

/// The errno document's rows: `| CODE | NAME | message |`, `\|` for a `|`.
fn errno_rows() -> Rows {
    document(ERRNO)
        .lines()
        .skip(4)
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
            let [code, name, message] = cells[..] else {
                panic!("{line:?}")
            };
            (
                code.parse().unwrap(),
                name.to_owned(),
                message.replace("\\|", "|"),
            )
        })
        .collect()
}

/// The documents hold what broke the importer: backticks in printf formats (`%`s`),
/// Markdown marks, a trailing space, a message of two lines.
#[test]
fn the_documents_are_real_and_tricky() {
    let rows = mariadb_rows();
    assert_eq!(rows.len(), 1218);
    let with = |text: &str| rows.iter().filter(|row| row.2.contains(text)).count();
    assert_eq!(with("%`s"), 57);
    assert_eq!(with("`"), 69);
    assert_eq!(with("*"), 15);
    assert_eq!(with("<"), 3);
    assert_eq!(
        rows.iter().filter(|row| row.2.ends_with(' ')).count(),
        1,
        "1935's message ends with a space"
    );
    assert_eq!(with("\n"), 1, "1408's message has two lines");
    assert_eq!(errno_rows().len(), 131);
}

#[test]
fn mariadb_every_row_and_character_comes_through() {
    let expected = mariadb_rows();
    let import = import(&document(MARIADB), MARIADB);
    // The one thing interpreted: 1408's second line, which holds no code.
    assert_eq!(
        problems(&import),
        [(
            412,
            "the line holds no code: joined to the message of the row above it (code 1408, \
             line 411), as a line of its own"
                .to_owned()
        )]
    );
    assert_eq!(imported_rows(&import), expected);
    assert_eq!(checked_rows(&import.source), [expected]);
}

#[test]
fn mariadb_compiles_to_every_row() {
    let import = import(&document(MARIADB), MARIADB);
    snapshot(
        &tests_dir().join("imported/mariadb_errors.rs"),
        &import.source,
    );
    assert_eq!(compiled_rows::<MariaDbServerErrors>(), mariadb_rows());
}

#[test]
fn mariadb_markdown_imports_back_to_the_character() {
    let markdown = MariaDbServerErrors::MARKDOWN;
    // What a cell cannot hold as written is escaped: 1935's trailing space, 1408's line break.
    assert!(markdown.contains("| 1935 | `ER_MASTER_LOG_PREFIX` | Master '%.*s':&#32; |"));
    assert!(markdown.contains("ready for connections.&#10;Version:"));
    assert!(markdown.contains("| Can't create table %`s.%`s (errno: %M) |"));
    let import = import(markdown, "export.md");
    assert_eq!(problems(&import), []);
    assert_eq!(imported_rows(&import), mariadb_rows());
}

#[test]
fn errno_every_row_and_character_comes_through() {
    let expected = errno_rows();
    let import = import(&document(ERRNO), ERRNO);
    assert_eq!(problems(&import), []);
    assert_eq!(imported_rows(&import), expected);
    // No code is given twice, so no row is an alias: the document leaves errno.h's aliases
    // out (`#define EWOULDBLOCK EAGAIN`, whose comment is no message of EAGAIN's either).
    assert_eq!(import.document.tables[0].aliases(), Vec::<&_>::new());
    assert_eq!(
        checked_rows(&import.source),
        std::slice::from_ref(&expected)
    );
    snapshot(&tests_dir().join("imported/linux_errno.rs"), &import.source);
    assert_eq!(compiled_rows::<LinuxErrorNumbers>(), expected);
}

#[test]
fn errno_markdown_imports_back_to_the_character() {
    let import = import(LinuxErrorNumbers::MARKDOWN, "export.md");
    assert_eq!(problems(&import), []);
    assert_eq!(imported_rows(&import), errno_rows());
}

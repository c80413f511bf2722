//! Aliases and retired names in documents: a code given twice with one message (errno's
//! `EAGAIN` and `EWOULDBLOCK`) is written as an alias of its first row, and noted (no problem:
//! nothing is lost, nothing to change); tables
//! of aliases (`alias | name`) and of retired names (`name | message` under `Retired names`)
//! are read as the export writes them.

mod common;

use common::{checked_rows, import, notes, problems};
use std::process::Command;

/// Errno as a page made from `strerror` would list it: two names of one code, one message.
const ERRNO: &str = "\
# Linux error numbers

| errno | name | message |
|---:|---|---|
| 11 | EAGAIN | Resource temporarily unavailable |
| 11 | EWOULDBLOCK | Resource temporarily unavailable |
| 35 | EDEADLK | Resource deadlock avoided |
| 35 | EDEADLOCK | Resource deadlock avoided |
";

fn owned(rows: &[(i128, &str, &str)]) -> Vec<(i128, String, String)> {
    rows.iter()
        .map(|&(code, name, message)| (code, name.to_owned(), message.to_owned()))
        .collect()
}

#[test]
fn a_code_given_twice_with_one_message_is_an_alias_of_its_first_row() {
    let import = import(ERRNO, "errno.md");
    assert_eq!(problems(&import), []);
    assert_eq!(
        notes(&import),
        [
            (
                6,
                "code 11 is given twice with one message: `EWOULDBLOCK` is written as an alias \
                 of `EAGAIN` (line 5)"
                    .to_owned()
            ),
            (
                8,
                "code 35 is given twice with one message: `EDEADLOCK` is written as an alias of \
                 `EDEADLK` (line 7)"
                    .to_owned()
            ),
        ]
    );
    let source = &import.source;
    // A note marks nothing.
    assert!(source.contains(
        "        11 => EAGAIN, \"Resource temporarily unavailable\",\n        \
         EWOULDBLOCK = EAGAIN,\n"
    ));
    assert!(!source.contains("FIXME"));
    assert!(source.contains("        EDEADLOCK = EDEADLK,\n"));
    // The source compiles: two rows, and the aliases the macro knows.
    assert_eq!(
        checked_rows(source),
        [owned(&[
            (11, "EAGAIN", "Resource temporarily unavailable"),
            (35, "EDEADLK", "Resource deadlock avoided"),
        ])]
    );
    let (tables, _) = codetable_cli::import::check::macro_check(source);
    let aliases: Vec<(&str, &str)> = tables[0]
        .aliases
        .iter()
        .map(|alias| (alias.name.as_str(), tables[0].rows[alias.row].name.as_str()))
        .collect();
    assert_eq!(
        aliases,
        [("EWOULDBLOCK", "EAGAIN"), ("EDEADLOCK", "EDEADLK")]
    );
    let aliases: Vec<(usize, &str, &str)> = import.document.tables[0]
        .aliases()
        .iter()
        .map(|alias| (alias.line, alias.name.as_str(), alias.of.as_str()))
        .collect();
    assert_eq!(
        aliases,
        [(6, "EWOULDBLOCK", "EAGAIN"), (8, "EDEADLOCK", "EDEADLK")]
    );
}

/// The binary says so on stderr, each at its line, as a note, and exits 0: nothing is to be
/// done.
#[test]
fn the_binary_reports_each_alias_at_its_line() {
    let path = std::env::temp_dir().join(format!("codes-errno-{}.md", std::process::id()));
    std::fs::write(&path, ERRNO).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_codes"))
        .arg("import")
        .arg(&path)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&path);
    let shown = path.display();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        format!(
            "{shown}:6: note: code 11 is given twice with one message: `EWOULDBLOCK` is written \
             as an alias of `EAGAIN` (line 5)\n\
             {shown}:8: note: code 35 is given twice with one message: `EDEADLOCK` is written \
             as an alias of `EDEADLK` (line 7)\n"
        )
    );
}

/// Lines of text and sections too; a row's doc goes to its alias.
#[test]
fn lines_under_headings_and_docs() {
    let text = "\
## `100` ~ `199` Client errors - 客户端错误

100 E_BAD_REQUEST 错误的请求
101 E_GONE 已删除
101 E_REMOVED 已删除
";
    let import = import(text, "errors.txt");
    assert_eq!(problems(&import), []);
    assert_eq!(
        notes(&import),
        [(
            5,
            "code 101 is given twice with one message: `E_REMOVED` is written as an alias of \
             `E_GONE` (line 4)"
                .to_owned()
        )]
    );
    assert!(import.source.contains(
        "        100..=199 => ClientErrors, \"客户端错误\" {\n            \
         100 => E_BAD_REQUEST, \"错误的请求\",\n            101 => E_GONE, \"已删除\",\n"
    ));
    assert!(import.source.contains("            E_REMOVED = E_GONE,\n"));
    checked_rows(&import.source);

    let documented = "\
| errno | name | message | description |
|---|---|---|---|
| 11 | EAGAIN | Try again | |
| 11 | EWOULDBLOCK | Try again | The BSD name. |
";
    let with_docs = common::import(documented, "errno.md");
    assert_eq!(problems(&with_docs), []);
    assert_eq!(notes(&with_docs).len(), 1);
    assert!(with_docs
        .source
        .contains("        /// The BSD name.\n        EWOULDBLOCK = EAGAIN,\n"));
    checked_rows(&with_docs.source);
}

/// Only another name of a row is an alias: a code given again with another message, the same
/// name, no name (or one the importer made), or other column values is a duplicate, which the
/// macro reports.
#[test]
fn other_duplicates_are_no_aliases() {
    for (rows, why) in [
        (
            "| 11 | EAGAIN | Try again | |\n| 11 | EWOULDBLOCK | Would block | |",
            "message",
        ),
        (
            "| 11 | EAGAIN | Try again | |\n| 11 | EAGAIN | Try again | |",
            "name",
        ),
        (
            "| 11 | _ | Try again | |\n| 11 | EAGAIN | Try again | |",
            "nameless first",
        ),
        // A name made from the message (`TRY_AGAIN`) is none of the document's.
        (
            "| 11 | | Try again | |\n| 11 | EAGAIN | Try again | |",
            "made first",
        ),
        (
            "| 11 | EAGAIN | Try again | |\n| 11 | _ | Try again | |",
            "nameless second",
        ),
        (
            "| 11 | EAGAIN | Try again | 503 |\n| 11 | EWOULDBLOCK | Try again | 429 |",
            "column",
        ),
    ] {
        let text = format!("| errno | name | message | http |\n|---|---|---|---|\n{rows}\n");
        let import = import(&text, "errno.md");
        assert!(import.document.tables[0].aliases().is_empty(), "{why}");
        assert!(!import.source.contains(" = EAGAIN,"), "{why}");
        assert!(
            problems(&import).iter().any(
                |(line, message)| *line == 4 && message.starts_with("code 11 is defined twice")
            ),
            "{why}: {:?}",
            problems(&import)
        );
    }
}

/// Tables of aliases and retired names, as the export writes them or by hand: their names in
/// code spans or not; a row whose name is no name is left out, and reported.
#[test]
fn alias_and_retired_tables() {
    let text = "\
# Errors

| code | name | message |
|---|---|---|
| 0 | OK | 成功 |
| 1 | AGAIN | 再试一次 |

| alias | name |
|---|---|
| `WOULD_BLOCK` | `AGAIN` |
| SUCCESS | OK |
| not a name | OK |

## Retired names

| name | message |
|---|---|
| `OLD_TOKEN` | replaced by `INVALID_TOKEN` \\| v2 |
| GONE | |
";
    let import = import(text, "errors.md");
    assert_eq!(
        problems(&import),
        [(
            12,
            "`not a name` is no name: the alias is left out, as a comment".to_owned()
        )]
    );
    let source = &import.source;
    for line in [
        "        WOULD_BLOCK = AGAIN,\n",
        "        SUCCESS = OK,\n",
        "        // FIXME(codes import): `not a name` is no name; the alias as written:\n        \
         // | not a name | OK |\n",
        "\n        // Retired names\n        OLD_TOKEN => retired, \"replaced by `INVALID_TOKEN` | v2\",\n",
        "        GONE => retired,\n",
    ] {
        assert!(source.contains(line), "no {line:?} in\n{source}");
    }
    let (tables, errors) = codetable_cli::import::check::macro_check(source);
    assert_eq!(errors, []);
    assert_eq!(tables[0].aliases.len(), 2);
    let retired: Vec<(&str, Option<&str>)> = tables[0]
        .retired
        .iter()
        .map(|retired| (retired.name.as_str(), retired.message.as_deref()))
        .collect();
    assert_eq!(
        retired,
        [
            ("OLD_TOKEN", Some("replaced by `INVALID_TOKEN` | v2")),
            ("GONE", None)
        ]
    );
    // `name | message` is a table of retired names only under a heading that says so.
    let unheaded = "| code | name | message |\n|---|---|---|\n| 0 | OK | 成功 |\n\n\
                    | name | message |\n|---|---|\n| GONE | x |\n";
    assert!(!common::import(unheaded, "errors.md")
        .source
        .contains("retired"));
}

/// What the macro says of an alias is at the alias's line: here, an alias of no row.
#[test]
fn the_macros_errors_on_an_alias_are_at_its_line() {
    let text = "\
| code | name | message |
|---|---|---|
| 0 | OK | 成功 |

| alias | name |
|---|---|
| SUCCESS | OKAY |
";
    let import = import(text, "errors.md");
    let problems = problems(&import);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].0, 7);
    assert!(import.source.contains(&format!(
        "        // FIXME(codes import): {}\n        SUCCESS = OKAY,\n",
        problems[0].1
    )));
}

/// An alias in another script than Latin reads back, as a row's name does.
#[test]
fn aliases_that_are_not_ascii_read_back() {
    let markdown = "# `E`\n\n| code | name | message |\n|---:|---|---|\n| 0 | `成功` | 成功 |\n\n## Aliases\n\n| alias | name |\n|---|---|\n| `成了` | `成功` |\n";
    let import = codetable_cli::import(markdown, "e.md", &codetable_cli::Options::default());
    assert!(import.problems.is_empty(), "{:?}", import.problems);
    assert!(import.source.contains("成了 = 成功"), "{}", import.source);
}

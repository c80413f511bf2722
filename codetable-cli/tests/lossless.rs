//! Nothing is lost or changed without a word: one test per problem of the issue "`codes
//! import` loses and alters rows, and exits 0", in its order.
//!
//! 1. A `CODE NAME message` line read as Markdown, its unpaired backtick swallowing later lines:
//!    [`three_text_lines_with_unpaired_backticks_are_three_rows`] (and, on 1 218 real rows,
//!    `tests/documents.rs`).
//! 2. Backticks, `_x_`, `*x*` dropped from a Markdown cell, a trailing space trimmed:
//!    [`markdown_cells_keep_backticks_marks_and_a_trailing_space`].
//! 3. `| code | name | message | description |` giving a column the macro rejects, and exit 0:
//!    [`a_description_header_gives_no_column_the_macro_rejects`], and
//!    [`what_the_macro_rejects_is_a_problem_and_never_exits_0`].
//! 4. `| errno | name | message | description |` taking the description for the message:
//!    [`a_message_header_is_the_message_column_whatever_the_others_say`].
//! 5. `codes import doc.txt 2>&1 | head` exiting 101: [`a_closed_pipe_ends_quietly`].
//!
//! And what the issue requires besides: every line that holds a code is a row or a problem
//! ([`every_line_that_holds_a_code_is_a_row_or_a_problem`]).

mod common;

use common::{checked_rows, import, problems};
use std::io::Read;
use std::process::{Command, Stdio};

type Rows = Vec<(i128, String, String)>;

fn rows(rows: &[(i128, &str, &str)]) -> Rows {
    rows.iter()
        .map(|&(code, name, message)| (code, name.to_owned(), message.to_owned()))
        .collect()
}

#[test]
fn three_text_lines_with_unpaired_backticks_are_three_rows() {
    let text = "1 E_ONE Table %`s is gone\n2 E_TWO Plain text\n3 E_THREE Column %`s.%`s\n";
    let import = import(text, "errors.txt");
    assert_eq!(problems(&import), []);
    assert_eq!(
        checked_rows(&import.source),
        [rows(&[
            (1, "E_ONE", "Table %`s is gone"),
            (2, "E_TWO", "Plain text"),
            (3, "E_THREE", "Column %`s.%`s"),
        ])]
    );
    // The binary says so too: three rows, exit 0.
    let output = common::import_file(text, "three.txt");
    assert_eq!(output.status.code(), Some(0));
    let source = String::from_utf8(output.stdout).unwrap();
    assert!(source.contains("        1 => E_ONE, \"Table %`s is gone\",\n"));
    assert!(source.contains("        3 => E_THREE, \"Column %`s.%`s\",\n"));
}

#[test]
fn markdown_cells_keep_backticks_marks_and_a_trailing_space() {
    let text = "\
| errno | name | message |
|---|---|---|
| 1 | E_ONE | Table %`s is gone |
| 2 | E_TWO | _x_ and *y* and `z` and <b> |
| 3 | E_THREE | Master '%.*s':  |
| 4 | `E_FOUR` | a \\| b \\\\ c\\ |
";
    let import = import(text, "errors.md");
    // The trailing space is kept, and said: the other cells are padded with one space.
    assert_eq!(
        problems(&import),
        [(
            5,
            "the `message` cell ends with 1 more space or tab than the one that pads its \
             column's cells: kept as part of its text"
                .to_owned()
        )]
    );
    assert_eq!(
        checked_rows(&import.source),
        [rows(&[
            (1, "E_ONE", "Table %`s is gone"),
            (2, "E_TWO", "_x_ and *y* and `z` and <b>"),
            (3, "E_THREE", "Master '%.*s': "),
            (4, "E_FOUR", "a | b \\\\ c\\"),
        ])]
    );
    // An aligned table pads its cells as it likes, and says nothing.
    let aligned = "\
| code | name    | message        |
|------|---------|----------------|
| 1    | E_ONE   | one `1`        |
| 22   | E_TWO   | two *2*        |
";
    let import = common::import(aligned, "aligned.md");
    assert_eq!(problems(&import), []);
    assert_eq!(
        checked_rows(&import.source),
        [rows(&[(1, "E_ONE", "one `1`"), (22, "E_TWO", "two *2*")])]
    );
}

#[test]
fn a_description_header_gives_no_column_the_macro_rejects() {
    let text = "\
| code | name | message | description |
|---|---|---|---|
| 1 | NOT_FOUND | not found | the file is gone |
| 2 | DENIED | denied |  |
";
    let import = import(text, "errors.md");
    assert_eq!(problems(&import), []);
    assert_eq!(import.document.tables[0].columns, []);
    assert!(import
        .source
        .contains("        /// the file is gone\n        1 => NOT_FOUND, \"not found\",\n"));
    assert_eq!(
        checked_rows(&import.source),
        [rows(&[
            (1, "NOT_FOUND", "not found"),
            (2, "DENIED", "denied")
        ])]
    );
}

/// The source written is checked with the macro's own checks: what it rejects is a problem at
/// the row's line, in the macro's words, and the command exits 1, never 0.
#[test]
fn what_the_macro_rejects_is_a_problem_and_never_exits_0() {
    let text = "\
| code | name | message | type |
|---|---|---|---|
| 300 | BIG | too big for u8 | a |
| 2 | Self | a reserved word | b |
";
    let options = codetable_cli::Options {
        repr: Some(codetable_pipeline::model::Repr::U8),
        ..codetable_cli::Options::default()
    };
    let import = codetable_cli::import(text, "errors.md", &options);
    let (_, errors) = codetable_cli::import::check::macro_check(&import.source);
    assert_eq!(errors.len(), 2, "{errors:?}");
    for error in &errors {
        assert!(
            import
                .problems
                .iter()
                .any(|problem| problem.message == error.message),
            "{error:?} is not reported"
        );
    }
    let lines: Vec<usize> = import.problems.iter().map(|problem| problem.line).collect();
    assert_eq!(lines, [3, 4]);
    assert!(import.problems[0].message.contains("300"));
    // Each is marked where the compiler's error will land.
    for problem in &import.problems {
        assert!(import
            .source
            .contains(&format!("// FIXME(codes import): {}\n", problem.message)));
    }
}

#[test]
fn a_message_header_is_the_message_column_whatever_the_others_say() {
    let text = "\
| errno | name | message | description |
|---|---|---|---|
| 1 | EPERM | Operation not permitted | |
| 2 | ENOENT | No such file or directory | the path names nothing |
";
    let import = import(text, "errno.md");
    // No false "no message", no `en` column: the message is the `message` column.
    assert_eq!(problems(&import), []);
    assert_eq!(import.document.tables[0].columns, []);
    assert_eq!(
        checked_rows(&import.source),
        [rows(&[
            (1, "EPERM", "Operation not permitted"),
            (2, "ENOENT", "No such file or directory"),
        ])]
    );
    assert!(import
        .source
        .contains("        /// the path names nothing\n"));
}

/// `codes import doc.txt 2>&1 | head`: the reader stops reading and both pipes close; the
/// command ends without a panic (exit 101).
#[test]
fn a_closed_pipe_ends_quietly() {
    let document = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/documents/mariadb_errors.txt"
    );
    // Stdout closed after 10 bytes, stderr read to its end.
    let mut child = Command::new(env!("CARGO_BIN_EXE_codes"))
        .args(["import", document])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut head = [0; 14];
    child.stdout.take().unwrap().read_exact(&mut head).unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(&head, b"codetable::def");
    assert_ne!(status.code(), Some(101), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(status.code(), Some(2));
    // The problem is still said, the pipe is not.
    assert!(stderr.contains("mariadb_errors.txt:412: "), "{stderr}");
    assert!(!stderr.contains("Broken pipe"), "{stderr}");
    // Both closed at once, as `2>&1 | head -c 10` does.
    let mut child = Command::new(env!("CARGO_BIN_EXE_codes"))
        .args(["import", document])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdout.take().unwrap().read_exact(&mut head).unwrap();
    drop(child.stderr.take());
    let status = child.wait().unwrap();
    assert_ne!(status.code(), Some(101));
    assert!(status.code().is_some(), "ended by a signal: {status:?}");
}

#[test]
fn every_line_that_holds_a_code_is_a_row_or_a_problem() {
    let text = "\
# Errors

These are the errors:
1 E_ONE in a paragraph, below its prose `line
2 E_TWO and its backtick` closes here
its message goes on here

- 3 E_THREE in a list
- 4 E_FOUR in another item

> 5 E_FIVE in a quote
> 6 E_SIX *still* quoted

    7 E_SEVEN in an indented code block

```text
8 E_EIGHT in a fenced code block
```

<div>
9 E_NINE in an HTML block
</div>

10 E_TEN above a rule
11 E_ELEVEN above it too
---
";
    let import = import(text, "errors.md");
    let joined = |line: usize, code: i128, row: usize| {
        let message = format!(
            "the line holds no code: joined to the message of the row above it (code {code}, \
             line {row}), as a line of its own"
        );
        (line, message)
    };
    // Lines below a row that hold no code are its message's, and said to be: even a closing
    // tag, which is no message's.
    assert_eq!(problems(&import), [joined(6, 2, 5), joined(22, 9, 21)]);
    assert_eq!(
        checked_rows(&import.source),
        [rows(&[
            (1, "E_ONE", "in a paragraph, below its prose `line"),
            (
                2,
                "E_TWO",
                "and its backtick` closes here\nits message goes on here"
            ),
            (3, "E_THREE", "in a list"),
            (4, "E_FOUR", "in another item"),
            (5, "E_FIVE", "in a quote"),
            (6, "E_SIX", "*still* quoted"),
            (7, "E_SEVEN", "in an indented code block"),
            (8, "E_EIGHT", "in a fenced code block"),
            (9, "E_NINE", "in an HTML block\n</div>"),
            (10, "E_TEN", "above a rule"),
            (11, "E_ELEVEN", "above it too"),
        ])]
    );
}

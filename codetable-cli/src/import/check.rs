//! Checking: the problems of a document, each reported with its line and marked on its row
//! (or heading, or column) with a `// FIXME(codes import): ..` comment, so that the
//! compiler's own error there comes with the importer's explanation.
//!
//! Two kinds of problems, and notes:
//! - what the importer had to interpret, which the source written does not show
//!   ([`document`]): a row with broken cells (more or fewer than its table's header has), a
//!   cell quoted as a spreadsheet quotes it, a line without a code joined to the message of
//!   the row above it, a row written name first (`_SUCCESS 0 成功`), a table row whose code is
//!   neither an integer nor a string code (`N/A`), an alias or retired name that is no
//!   name, a message column whose language nothing tells, a document without codes;
//! - what the macro rejects in the source written ([`source`]): the macro's own checks, run by
//!   `codetable_pipeline::check` on that source, with its messages verbatim (duplicate codes and
//!   names, names that give no variant, empty messages, codes outside a range, columns it
//!   does not take, ...), each at the document line of the row, heading or column it falls on.
//!
//! A code given twice with one message is written as an alias of its first row: a note, which
//! asks for no change and so marks nothing. Nothing else is a problem: typos, stub messages, messages that contradict their names need
//! a person.

use crate::import::model::{Alias, Document, DocumentTable, Item, Name, Quirk, Row, TableQuirk};
use crate::import::write::Anchor;
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use std::collections::HashMap;
use std::fmt;

/// A problem in the document: `FILE:LINE: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The line it is on (1-based).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.line, self.message)
    }
}

/// Lines as `line 5`, `lines 5 and 9`, `lines 5, 7 and 9`.
fn lines(rows: &[usize]) -> String {
    match rows {
        [one] => format!("line {one}"),
        [rest @ .., last] => {
            let rest: Vec<String> = rest.iter().map(ToString::to_string).collect();
            format!("lines {} and {last}", rest.join(", "))
        }
        [] => String::new(),
    }
}

/// What the importer interpreted: finds the problems, marks each on its row, and returns
/// them by line; what needs no change (a code given twice with one message, made an alias)
/// goes to `notes`, unmarked.
pub fn document(document: &mut Document, notes: &mut Vec<Problem>) -> Vec<Problem> {
    let said = |(line, message): &(usize, String)| Problem {
        line: *line,
        message: message.clone(),
    };
    notes.extend(document.notes.iter().map(said));
    let mut problems: Vec<Problem> = document.problems.iter().map(said).collect();
    if document.tables.is_empty() && problems.is_empty() {
        problems.push(Problem {
            line: 1,
            message: "no table of codes found: no Markdown table with a code column, and no \
                      `CODE NAME message` lines"
                .to_owned(),
        });
    }
    for table in &mut document.tables {
        for quirk in &table.quirks {
            let (line, message) = table_quirk(quirk);
            table.fixmes.push(message.clone());
            problems.push(Problem { line, message });
        }
        unreadable(&table.items, &mut problems);
        for row in table.rows_mut() {
            let found: Vec<(usize, String)> = row
                .quirks
                .iter()
                .map(|quirk| (quirk_line(row, quirk), quirk_message(row, quirk)))
                .collect();
            for (line, message) in found {
                row.fixmes.push(message.clone());
                problems.push(Problem { line, message });
            }
        }
        let mut first_rows = HashMap::new();
        aliases(&mut table.items, &mut first_rows, notes);
    }
    problems.sort_by_key(|problem| problem.line);
    problems
}

/// A table quirk's line and message.
fn table_quirk(quirk: &TableQuirk) -> (usize, String) {
    match quirk {
        TableQuirk::UnstatedLanguage { line, header, tag } => (
            *line,
            format!(
                "the language of the `{header}` column is not stated, and its text's script \
                 does not tell it from the other languages: declared as `{tag}`; put its tag \
                 in `languages(..)` (a header `message:LANG` states it)"
            ),
        ),
    }
}

/// The first row of a code that has a name the document gives: what a later row must match
/// to be another name of it.
struct FirstRow {
    name: String,
    message: String,
    translations: Vec<Option<String>>,
    values: Vec<Option<String>>,
    line: usize,
}

/// A row that gives a code again, with the message, translations and values of the first row
/// of that code, under another name (errno's `EWOULDBLOCK`, `EAGAIN`'s code and message):
/// written as an alias of the first, in its place, and noted (nothing is lost: the alias is
/// the row's name, its code and message the first's). Both names must be the document's: a
/// nameless row has no name to alias, and one the importer made is none of the document's.
fn aliases(
    items: &mut [Item],
    first_rows: &mut HashMap<(i128, Option<String>), FirstRow>,
    notes: &mut Vec<Problem>,
) {
    for item in items {
        let row = match item {
            Item::Row(row) => row,
            Item::Section(section) => {
                aliases(&mut section.items, first_rows, notes);
                continue;
            }
            _ => continue,
        };
        // Names the document gives: a name the importer made is no other name of a row.
        let Name::Given(name) = &row.name else {
            continue;
        };
        let name = name.clone();
        let key = (row.code, row.text.clone());
        let Some(first) = first_rows.get(&key) else {
            let first = FirstRow {
                name,
                message: row.message.clone(),
                translations: row.translations.clone(),
                values: row.values.clone(),
                line: row.line,
            };
            first_rows.insert(key, first);
            continue;
        };
        let another_name = first.message == row.message
            && first.translations == row.translations
            && first.values == row.values
            && first.name != name;
        if !another_name {
            continue;
        }
        notes.push(Problem {
            line: row.line,
            message: format!(
                "code {} is given twice with one message: `{name}` is written as an alias of \
                 `{}` (line {})",
                row.code_text(),
                first.name,
                first.line
            ),
        });
        *item = Item::Alias(Alias {
            line: row.line,
            name,
            of: first.name.clone(),
            doc: row.doc.take(),
            fixmes: std::mem::take(&mut row.fixmes),
        });
    }
}

/// The line a quirk is reported on: the row's, or the first line joined to it.
fn quirk_line(row: &Row, quirk: &Quirk) -> usize {
    match quirk {
        Quirk::Continued { lines } => lines.first().copied().unwrap_or(row.line),
        Quirk::Redefined { line, .. } => *line,
        _ => row.line,
    }
}

fn quirk_message(row: &Row, quirk: &Quirk) -> String {
    match quirk {
        Quirk::BrokenCells {
            cells,
            header,
            last,
        } if cells > header => format!(
            "broken cells: the row has {cells} cells where the header has {header}; \
             the last {} are joined into one: \"{last}\"",
            cells - header + 1,
        ),
        Quirk::BrokenCells { cells, header, .. } => format!(
            "broken cells: the row has {cells} cells where the header has {header}; \
             the missing ones are empty"
        ),
        Quirk::Redefined { value, .. } => format!(
            "`{}` is defined again as {value} (another branch of an `#if`?): the first \
             definition, {} (line {}), is kept",
            row.name.as_str().unwrap_or("_"),
            row.code,
            row.line
        ),
        Quirk::NameFirst => {
            let name = row.name.as_str().unwrap_or("_");
            format!(
                "row written name first (`{name} {code}`): read as code {code} with the name \
                 `{name}`",
                code = row.code_text(),
            )
        }
        Quirk::Quoted { cell, joined: true } => format!(
            "the cell {cell} is quoted as a spreadsheet quotes a cell, and its `|`s split it: \
             read as one cell, without its quotes"
        ),
        Quirk::Quoted {
            cell,
            joined: false,
        } => format!(
            "the cell {cell} is quoted as a spreadsheet quotes a cell: read without its quotes"
        ),
        Quirk::Continued { lines: joined } => match joined.as_slice() {
            [_] => format!(
                "the line holds no code: joined to the message of the row above it (code {}, \
                 line {}), as a line of its own",
                row.code_text(),
                row.line
            ),
            _ => format!(
                "{} hold no code: joined to the message of the row above them (code {}, line \
                 {}), as lines of their own",
                lines(joined),
                row.code_text(),
                row.line
            ),
        },
        Quirk::Padded {
            column,
            leading,
            trailing,
        } => {
            let unit = |count: usize| {
                if count == 1 {
                    "1 more space or tab".to_owned()
                } else {
                    format!("{count} more spaces or tabs")
                }
            };
            let ends = match (leading, trailing) {
                (0, trailing) => format!("ends with {}", unit(*trailing)),
                (leading, 0) => format!("starts with {}", unit(*leading)),
                (leading, trailing) => {
                    format!(
                        "starts with {} and ends with {}",
                        unit(*leading),
                        unit(*trailing)
                    )
                }
            };
            format!(
                "the `{column}` cell {ends} than the one that pads its column's cells: kept \
                 as part of its text"
            )
        }
    }
}

/// Table rows whose code cell is no code, aliases and retired names that are no names.
fn unreadable(items: &[Item], problems: &mut Vec<Problem>) {
    for item in items {
        match item {
            Item::Unreadable(unreadable) => {
                let (cell, what) = unreadable.kind.words();
                let why = unreadable
                    .why
                    .as_ref()
                    .map_or_else(String::new, |why| format!(" ({why})"));
                problems.push(Problem {
                    line: unreadable.line,
                    message: format!(
                        "`{}` is no {cell}{why}: the {what} is left out, as a comment",
                        unreadable.code
                    ),
                })
            }
            Item::Section(section) => unreadable(&section.items, problems),
            _ => {}
        }
    }
}

// ---------------------------------------------------------------------------------------
// The macro's checks of the source written

/// One error of the macro's in a source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MacroError {
    /// The source's line the error is at (1-based).
    pub line: usize,
    /// The macro's message, verbatim.
    pub message: String,
}

/// What the macro makes of a `codetable::define_codes! { .. }` source: its checked tables, and
/// its errors, each at its line of the source.
pub fn macro_check(source: &str) -> (Vec<codetable_pipeline::model::Table>, Vec<MacroError>) {
    let tokens: TokenStream = match source.parse() {
        Ok(tokens) => tokens,
        Err(error) => {
            let error = MacroError {
                line: error.span().start().line,
                message: format!("the source written does not lex as Rust: {error}"),
            };
            return (Vec::new(), vec![error]);
        }
    };
    // The invocation's body: the last brace group (`codetable::define_codes! { .. }`).
    let body = tokens
        .into_iter()
        .filter_map(|tree| match tree {
            TokenTree::Group(group) if group.delimiter() == Delimiter::Brace => Some(group),
            _ => None,
        })
        .last();
    let Some(body) = body else {
        return (Vec::new(), Vec::new());
    };
    let (tables, errors) = codetable_pipeline::check(body.stream());
    let errors = errors
        .iter()
        .map(|error| MacroError {
            line: error.span().start().line,
            message: error.to_string(),
        })
        .collect();
    (tables, errors)
}

/// The macro's errors as problems at their document lines: `anchors` says, for each line
/// of the source, what it was written from. Each is marked on that row, heading or column.
pub fn source(
    document: &mut Document,
    anchors: &[Option<Anchor>],
    errors: Vec<MacroError>,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    for error in errors {
        let anchor = error
            .line
            .checked_sub(1)
            .and_then(|index| anchors.get(index))
            .cloned()
            .flatten();
        let mut message = error.message;
        let line = match &anchor {
            Some(anchor) => mark(document, anchor, &mut message),
            None => document.tables.first().map_or(1, |table| table.line),
        };
        problems.push(Problem { line, message });
    }
    problems
}

/// Marks `message` on what `anchor` points at, saying where a name the message names comes
/// from if the importer made it; the document's line of it.
fn mark(document: &mut Document, anchor: &Anchor, message: &mut String) -> usize {
    let Some(table) = document.tables.get_mut(anchor.table()) else {
        return 1;
    };
    let table_line = table.line;
    let fixmes_and_line: Option<(&mut Vec<String>, usize)> = match anchor {
        Anchor::Table(_) => Some((&mut table.fixmes, table_line)),
        Anchor::Column(_, index) => table
            .columns
            .get_mut(*index)
            .map(|column| (&mut column.fixmes, column.line)),
        Anchor::Item(_, path) => item_at(table, path).and_then(|item| match item {
            Item::Row(row) => {
                if let Name::Made { name, from } = &row.name {
                    if message.contains(&format!("`{name}`")) {
                        message.push_str(&format!(" (the name is made from the text `{from}`)"));
                    }
                }
                Some((&mut row.fixmes, row.line))
            }
            Item::Section(section) => Some((&mut section.fixmes, section.line)),
            Item::Reserved(reserved) => Some((&mut reserved.fixmes, reserved.line)),
            Item::Alias(alias) => Some((&mut alias.fixmes, alias.line)),
            Item::Retired(retired) => Some((&mut retired.fixmes, retired.line)),
            Item::Comment(_) | Item::Unreadable(_) => None,
        }),
    };
    match fixmes_and_line {
        Some((fixmes, line)) => {
            fixmes.push(message.clone());
            line
        }
        None => table_line,
    }
}

/// The item a path of indexes leads to: into the table's items, then each section's.
fn item_at<'a>(table: &'a mut DocumentTable, path: &[usize]) -> Option<&'a mut Item> {
    let (first, rest) = path.split_first()?;
    let mut item = table.items.get_mut(*first)?;
    for &index in rest {
        let Item::Section(section) = item else {
            return None;
        };
        item = section.items.get_mut(index)?;
    }
    Some(item)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_lists() {
        assert_eq!(lines(&[5]), "line 5");
        assert_eq!(lines(&[5, 9]), "lines 5 and 9");
        assert_eq!(lines(&[5, 7, 9]), "lines 5, 7 and 9");
    }

    #[test]
    fn the_macros_errors_at_their_lines() {
        let source = "codetable::define_codes! {\n    pub enum E {\n        1 => A, \"a\",\n        1 => B, \"\",\n    }\n}\n";
        let (tables, errors) = macro_check(source);
        assert_eq!(tables.len(), 1);
        let found: Vec<(usize, &str)> = errors
            .iter()
            .map(|error| (error.line, error.message.as_str()))
            .collect();
        assert!(
            found.contains(&(
                4,
                "empty message: say what the code means, or leave the message out (`CODE => NAME,`)"
            )),
            "{found:?}"
        );
        assert!(found
            .iter()
            .any(|&(line, message)| line == 4 && message.starts_with("code 1 is defined twice")));
        assert!(
            found.contains(&(3, "code 1 first defined here")),
            "{found:?}"
        );
        let (_, errors) = macro_check("codetable::define_codes! { \"\n");
        assert_eq!(errors.len(), 1);
        assert!(errors[0]
            .message
            .starts_with("the source written does not lex"));
    }
}

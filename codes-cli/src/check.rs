//! Checking: the problems a tool can find in a document, each reported with its line and
//! marked on its row with a `// FIXME(codes import): ..` comment, so that the compiler's own
//! error on the row comes with the importer's explanation:
//! - a code given twice in one table (both rows are reported);
//! - a name given twice in one table, or two names that give one variant (`FOO_BAR`,
//!   `FooBar`), names made from the English column included;
//! - a name that is no identifier (`2RSP`), or gives no variant;
//! - a row with broken cells (more or fewer than its table's header has);
//! - a row written name first (`_SUCCESS 0 成功`);
//! - a row without a message, a table row whose code is no integer, a document without codes.
//!
//! Nothing else is a problem: typos, stub messages, messages that contradict their names need
//! a person.

use crate::model::{Document, Item, Name, Quirk, Row};
use crate::recognize::text;
use std::collections::{BTreeMap, BTreeSet};
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

/// How many times: `twice`, `3 times`.
fn times(count: usize) -> String {
    if count == 2 {
        "twice".to_owned()
    } else {
        format!("{count} times")
    }
}

/// A row's name as a problem describes it.
fn describe(name: &Name) -> String {
    match name {
        Name::Given(name) => format!("name `{name}`"),
        Name::Made { name, from } => format!("name `{name}` (made from `{from}`)"),
        Name::Nameless => "no name".to_owned(),
    }
}

/// Finds the document's problems, marks each on its row, and returns them by line.
pub fn check(document: &mut Document) -> Vec<Problem> {
    let mut problems = Vec::new();
    if document.tables.is_empty() {
        problems.push(Problem {
            line: 1,
            message: "no table of codes found: no Markdown table with a code column, and no \
                      `CODE NAME message` lines"
                .to_owned(),
        });
    }
    for table in &mut document.tables {
        unreadable(&table.items, &mut problems);
        let mut rows = table.rows_mut();
        let mut found: Vec<(usize, String)> = Vec::new();
        for (index, row) in rows.iter().enumerate() {
            for quirk in &row.quirks {
                let message = match quirk {
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
                    Quirk::NameFirst => {
                        let name = row.name.as_str().unwrap_or("_");
                        format!(
                            "row written name first (`{name} {}`): read as code {} with the name `{name}`",
                            row.code, row.code,
                        )
                    }
                };
                found.push((index, message));
            }
            if let Some(name) = row.name.as_str() {
                if let Err(why) = text::check_name(name) {
                    let message = match &row.name {
                        Name::Made { from, .. } => format!("the name made from `{from}`: {why}"),
                        _ => format!("name {why}"),
                    };
                    found.push((index, message));
                }
            }
            if row.message.trim().is_empty() {
                found.push((index, "the row has no message".to_owned()));
            }
        }
        duplicates(&rows, &mut found);
        found.sort_by_key(|(index, _)| rows[*index].line);
        for (index, message) in found {
            rows[index].fixmes.push(message.clone());
            problems.push(Problem {
                line: rows[index].line,
                message,
            });
        }
    }
    problems.sort_by_key(|problem| problem.line);
    problems
}

/// Table rows whose code cell is no integer.
fn unreadable(items: &[Item], problems: &mut Vec<Problem>) {
    for item in items {
        match item {
            Item::Unreadable(unreadable) => problems.push(Problem {
                line: unreadable.line,
                message: format!(
                    "`{}` is no code: the row is left out, as a comment",
                    unreadable.code
                ),
            }),
            Item::Section(section) => unreadable(&section.items, problems),
            Item::Row(_) | Item::Reserved(_) | Item::Comment(_) => {}
        }
    }
}

/// Codes and names given more than once, and names giving one variant.
fn duplicates(rows: &[&mut Row], found: &mut Vec<(usize, String)>) {
    let mut by_code: BTreeMap<i128, Vec<usize>> = BTreeMap::new();
    let mut by_name: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (index, row) in rows.iter().enumerate() {
        by_code.entry(row.code).or_default().push(index);
        if let Some(name) = row.name.as_str() {
            by_name.entry(name).or_default().push(index);
        }
    }
    let line_list = |indices: &[usize]| -> String {
        lines(&indices.iter().map(|&i| rows[i].line).collect::<Vec<_>>())
    };
    for (code, indices) in &by_code {
        if indices.len() > 1 {
            let message = format!(
                "code {code} is given {} ({})",
                times(indices.len()),
                line_list(indices)
            );
            found.extend(indices.iter().map(|&i| (i, message.clone())));
        }
    }
    for indices in by_name.values() {
        if indices.len() > 1 {
            let message = format!(
                "{} is given {} ({})",
                describe(&rows[indices[0]].name),
                times(indices.len()),
                line_list(indices)
            );
            found.extend(indices.iter().map(|&i| (i, message.clone())));
        }
    }
    // Different names (or a name and a nameless row) that give one variant.
    let mut by_variant: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut names = BTreeSet::new();
    for (index, row) in rows.iter().enumerate() {
        if let Some(name) = row.name.as_str() {
            if !names.insert(name) {
                continue; // the same name again: reported above
            }
        }
        let variant = text::variant(row.name.as_str(), row.code);
        by_variant.entry(variant).or_default().push(index);
    }
    for (variant, indices) in &by_variant {
        let named = indices.iter().any(|&i| rows[i].name.as_str().is_some());
        // Nameless rows alone share a variant only when they share a code: reported above.
        if indices.len() > 1 && named && !variant.is_empty() {
            let names: Vec<String> = indices
                .iter()
                .map(|&i| match rows[i].name.as_str() {
                    Some(name) => format!("`{name}`"),
                    None => format!("the nameless row {}", rows[i].code),
                })
                .collect();
            let message = format!(
                "{} give one variant, `{variant}` ({})",
                names.join(" and "),
                line_list(indices)
            );
            found.extend(indices.iter().map(|&i| (i, message.clone())));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::lines;

    #[test]
    fn line_lists() {
        assert_eq!(lines(&[5]), "line 5");
        assert_eq!(lines(&[5, 9]), "lines 5 and 9");
        assert_eq!(lines(&[5, 7, 9]), "lines 5, 7 and 9");
    }
}

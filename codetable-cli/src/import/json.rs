//! A `json` export (`codes export --format json`) read back as a [`Document`], so that
//! `codes import` writes the tables it holds as `define_codes!` source: every row (code, wire
//! name or none, chosen variant, messages in every language, column values, doc comment,
//! `#[deprecated]`), alias, retired name, section, reserved range and column (name, type, doc
//! comment), and each table's code type, prefix and languages.
//!
//! Rows keep their order, and each its section; so do the sections. A row's line is that of
//! its `"code"` key, so that the macro's errors on the source written are reported at the
//! row in the JSON document.

use crate::export::table::DEFAULT_LANGUAGE;
use crate::export::table::{self, Export, Value, VERSION};
use crate::import::check::Problem;
use crate::import::model::{Alias, Argument, Column, ColumnType, Declared, Deprecated, Document};
use crate::import::model::{DocumentTable, Reserved, Retired, Row, Scalar, Section};
use crate::import::model::{Item, Name};
use codetable_pipeline::model::{self, Repr};

/// Whether a document is a `json` export: its file name ends in `.json`, or its text starts
/// with `{`.
pub fn is_json(text: &str, path: &str) -> bool {
    path.to_ascii_lowercase().ends_with(".json") || text.trim_start().starts_with('{')
}

/// The tables of a `json` export, and what is wrong with it (at the line of the JSON text it
/// is on). `name` replaces the first table's name.
pub fn document(text: &str, file: &str, name: Option<&str>) -> (Document, Vec<Problem>) {
    let mut document = Document {
        file: file.to_owned(),
        ..Document::default()
    };
    let export: Export = match serde_json::from_str(text) {
        Ok(export) => export,
        Err(error) => {
            let problem = Problem {
                line: error.line().max(1),
                message: format!("not a `codes export` JSON document: {error}"),
            };
            return (document, vec![problem]);
        }
    };
    let mut problems = Vec::new();
    if export.version != VERSION {
        problems.push(Problem {
            line: key_lines(text, "version").first().copied().unwrap_or(1),
            message: format!(
                "a `codes export` JSON document of version {}: this `codes` reads version \
                 {VERSION}",
                export.version
            ),
        });
        return (document, problems);
    }
    // The line of each row, tables after one another, if every row's `"code"` key is found.
    let rows: usize = export.tables.iter().map(|table| table.rows.len()).sum();
    let code_lines = key_lines(text, "code");
    let code_lines = if code_lines.len() == rows {
        code_lines
    } else {
        Vec::new()
    };
    let mut lines = code_lines.into_iter();
    for (index, exported) in export.tables.into_iter().enumerate() {
        let row_lines: Vec<usize> = lines.by_ref().take(exported.rows.len()).collect();
        let mut table = read_table(exported, &row_lines, &mut problems);
        if let (0, Some(name)) = (index, name) {
            name.clone_into(&mut table.name);
        }
        document.tables.push(table);
    }
    problems.sort_by_key(|problem| problem.line);
    (document, problems)
}

/// The lines of a key (`"code":`) of the JSON text, in order: outside strings, followed by a
/// `:`.
fn key_lines(text: &str, key: &str) -> Vec<usize> {
    let quoted = format!("\"{key}\"");
    let mut lines = Vec::new();
    let mut line = 1;
    let mut in_string = false;
    let mut escaped = false;
    for (at, c) in text.char_indices() {
        match c {
            '\n' => line += 1,
            _ if in_string => match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            },
            '"' => {
                in_string = true;
                let rest = &text[at..];
                let is_key =
                    rest.starts_with(&quoted) && rest[quoted.len()..].trim_start().starts_with(':');
                if is_key {
                    lines.push(line);
                }
            }
            _ => {}
        }
    }
    lines
}

/// The type a column of the export states: `str` for `&'static str`, else a name the macro's
/// columns take ([`model::Scalar::from_name`]).
fn scalar(ty: &str) -> Option<Scalar> {
    if ty == "str" {
        return Some(Scalar::Str);
    }
    Some(match model::Scalar::from_name(ty)? {
        model::Scalar::Int { name, .. } => Scalar::Int(name),
        model::Scalar::Float { name } => Scalar::Float(name),
        model::Scalar::Bool => Scalar::Bool,
        model::Scalar::Char => Scalar::Char,
        model::Scalar::Str => Scalar::Str,
    })
}

fn read_table(
    exported: table::ExportedTable,
    row_lines: &[usize],
    problems: &mut Vec<Problem>,
) -> DocumentTable {
    let line_of = |index: usize| row_lines.get(index).copied().unwrap_or(1);
    let line = line_of(0);
    let mut problem = |line: usize, message: String| problems.push(Problem { line, message });
    // A table of string codes has no code type: the macro picks its discriminants'.
    let text_codes = exported.text_codes();
    let repr = Repr::from_name(&exported.repr);
    if repr.is_none() && !text_codes {
        problem(
            line,
            format!(
                "`{}` of `{}` is no code type: one of {}, or `{}` for string codes",
                exported.repr,
                exported.name,
                Repr::NAMES,
                table::STR
            ),
        );
    }
    let columns: Vec<Column> = exported
        .columns
        .iter()
        .map(|column| {
            let scalar = scalar(&column.ty).unwrap_or_else(|| {
                problem(
                    line,
                    format!(
                        "the column `{}` has the type `{}`, which no column has: read as `str`",
                        column.name, column.ty
                    ),
                );
                Scalar::Str
            });
            Column {
                name: column.name.clone(),
                header: column.doc.clone().unwrap_or_default(),
                ty: ColumnType {
                    scalar,
                    optional: column.optional,
                },
                line,
                fixmes: Vec::new(),
            }
        })
        .collect();

    // Sections by name; a parent must come before its children (so that none is its own
    // ancestor).
    let section_index = |name: &str| exported.sections.iter().position(|s| s.name == name);
    let mut parents = Vec::with_capacity(exported.sections.len());
    for (index, section) in exported.sections.iter().enumerate() {
        let parent = section
            .parent
            .as_deref()
            .and_then(|parent| match section_index(parent) {
                Some(found) if found < index => Some(found),
                _ => {
                    problem(
                        line,
                        format!(
                            "the section `{}` is in `{parent}`, which is no section declared \
                             before it: read as a section of the table",
                            section.name
                        ),
                    );
                    None
                }
            });
        parents.push(parent);
    }
    let mut row_scopes = Vec::with_capacity(exported.rows.len());
    for (index, row) in exported.rows.iter().enumerate() {
        let scope = row.section.as_deref().and_then(|section| {
            let found = section_index(section);
            if found.is_none() {
                problem(
                    line_of(index),
                    format!(
                        "the row `{}` is in `{section}`, which is no section of the table: read \
                         as a row of the table",
                        row.name
                    ),
                );
            }
            found
        });
        for (name, _) in &row.columns.0 {
            if !columns.iter().any(|column| &column.name == name) {
                problem(
                    line_of(index),
                    format!(
                        "the row `{}` sets `{name}`, which is no column of the table: left out",
                        row.name
                    ),
                );
            }
        }
        row_scopes.push(scope);
    }

    // A table that declares no language has the one key `default`.
    let languages = if exported.languages == [DEFAULT_LANGUAGE] {
        Vec::new()
    } else {
        exported.languages.clone()
    };
    let template = exported
        .help_url
        .as_deref()
        .and_then(|text| codetable_pipeline::help::Template::parse(text).ok());
    let rows: Vec<Row> = exported
        .rows
        .iter()
        .enumerate()
        .map(|(index, row)| Row {
            line: line_of(index),
            code: row.code,
            text: row.text.clone(),
            // A table shown in hex is written in hex, each code padded to the table's digits,
            // as the macro pads them (`-0x0001`: the two's complement would not fit the type).
            hex: exported
                .hex
                .filter(|_| row.text.is_none())
                .map(|digits| table::hex_literal(row.code, digits)),
            name: if row.nameless {
                Name::Nameless
            } else {
                Name::Given(row.name.clone())
            },
            message: row.message(&exported).to_owned(),
            values: columns
                .iter()
                .map(|column| row.columns.get(&column.name).map(value_text))
                .collect(),
            translations: languages
                .iter()
                .skip(1)
                .map(|language| row.messages.get(language).cloned())
                .collect(),
            doc: row.doc.clone(),
            declared: Some(Box::new(Declared {
                variant: (!row.nameless).then(|| row.variant.clone()),
                deprecated: row.deprecated.as_ref().map(|deprecated| Deprecated {
                    since: deprecated.since.clone(),
                    note: deprecated.note.clone(),
                }),
                // The row's own link: one the table's template does not give it.
                help_url: row.help_url.clone().filter(|link| {
                    template.as_ref().is_none_or(|template| {
                        let section = row.section.as_deref().unwrap_or("");
                        let code = row.text.clone().unwrap_or_else(|| row.code.to_string());
                        template.link(&code, &row.name, section) != *link
                    })
                }),
                arguments: row
                    .arguments
                    .iter()
                    .map(|arg| Argument {
                        name: arg.name.clone(),
                        ty: arg.ty.clone(),
                    })
                    .collect(),
            })),
            quirks: Vec::new(),
            fixmes: Vec::new(),
        })
        .collect();
    let tree = Tree {
        exported: &exported,
        parents: &parents,
        row_scopes: &row_scopes,
        first_rows: first_rows(&parents, &row_scopes),
        line,
    };
    let mut rows = rows.into_iter().map(Some).collect();
    let mut items = tree.items(None, &mut rows);
    // Aliases and retired names after the rows, as the table's own items.
    for (index, row) in exported.rows.iter().enumerate() {
        items.extend(row.aliases.iter().map(|alias| {
            Item::Alias(Alias {
                line: line_of(index),
                name: alias.clone(),
                of: row.name.clone(),
                doc: None,
                fixmes: Vec::new(),
            })
        }));
    }
    items.extend(exported.retired.iter().map(|retired| {
        Item::Retired(Retired {
            line,
            name: retired.name.clone(),
            message: first_message(&exported, &retired.messages),
            fixmes: Vec::new(),
        })
    }));
    DocumentTable {
        name: exported.name.clone(),
        heading: exported.doc.clone(),
        line,
        repr,
        strip_prefix: exported.strip_prefix.clone(),
        help_url: exported.help_url.clone(),
        shape: None,
        languages,
        columns,
        items,
        quirks: Vec::new(),
        fixmes: Vec::new(),
    }
}

/// A message in the table's first language (or in the first language it is given in).
fn first_message(
    exported: &table::ExportedTable,
    messages: &std::collections::BTreeMap<String, String>,
) -> Option<String> {
    exported
        .languages
        .iter()
        .find_map(|language| messages.get(language))
        .or_else(|| messages.values().next())
        .cloned()
}

/// A section's or reserved range's bounds; `(0, 0)` for one of string codes, which has a
/// prefix instead (the macro says so of one that has neither).
fn span(range: Option<[i128; 2]>) -> (i128, i128) {
    range.map_or((0, 0), |[low, high]| (low, high))
}

/// A value as the importer keeps it: its text.
fn value_text(value: &Value) -> String {
    match value {
        Value::Number(text) | Value::Str(text) => text.clone(),
        Value::Bool(value) => value.to_string(),
    }
}

/// For each section, the index of the first row in it or its subsections.
fn first_rows(parents: &[Option<usize>], row_scopes: &[Option<usize>]) -> Vec<Option<usize>> {
    let mut first = vec![None; parents.len()];
    for (index, scope) in row_scopes.iter().enumerate() {
        let mut scope = *scope;
        // Parents come before their children: the walk up ends.
        while let Some(section) = scope {
            if first[section].is_some() {
                break;
            }
            first[section] = Some(index);
            scope = parents[section];
        }
    }
    first
}

/// The sections of a table, and where its rows are: what the items are built from.
struct Tree<'a> {
    exported: &'a table::ExportedTable,
    parents: &'a [Option<usize>],
    row_scopes: &'a [Option<usize>],
    first_rows: Vec<Option<usize>>,
    line: usize,
}

impl Tree<'_> {
    /// The items of a scope (the table for `None`): its rows, each section where its first
    /// row falls among them (so that every row keeps its place in the table's order; an empty
    /// section after the section before it), then its reserved ranges.
    fn items(&self, scope: Option<usize>, rows: &mut Vec<Option<Row>>) -> Vec<Item> {
        let mut items = Vec::new();
        let own: Vec<usize> = (0..self.row_scopes.len())
            .filter(|&index| self.row_scopes[index] == scope)
            .collect();
        let mut own = own.into_iter().peekable();
        for (index, section) in self.exported.sections.iter().enumerate() {
            if self.parents[index] != scope {
                continue;
            }
            if let Some(first) = self.first_rows[index] {
                while let Some(row) = own.next_if(|&row| row < first) {
                    items.extend(rows[row].take().map(Item::Row));
                }
            }
            let section_items = self.items(Some(index), rows);
            let line = section_items
                .iter()
                .find_map(|item| match item {
                    Item::Row(row) => Some(row.line),
                    _ => None,
                })
                .unwrap_or(self.line);
            items.push(Item::Section(Section {
                line,
                name: section.name.clone(),
                message: section.message(self.exported).to_owned(),
                range: span(section.range),
                prefix: section.prefix.clone(),
                doc: section.doc.clone(),
                items: section_items,
                fixmes: Vec::new(),
            }));
        }
        for row in own {
            items.extend(rows[row].take().map(Item::Row));
        }
        for reserved in &self.exported.reserved {
            let parent = reserved.parent.as_deref().and_then(|parent| {
                self.exported
                    .sections
                    .iter()
                    .position(|section| section.name == parent)
            });
            if parent == scope {
                items.push(Item::Reserved(Reserved {
                    line: self.line,
                    range: span(reserved.range),
                    prefix: reserved.prefix.clone(),
                    message: first_message(self.exported, &reserved.messages),
                    fixmes: Vec::new(),
                }));
            }
        }
        items
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_outside_strings() {
        let text = "{\"code\": 1,\n \"x\": \"\\\"code\\\": 2\",\n \"code\" : 3, \"codes\": 4}";
        assert_eq!(key_lines(text, "code"), [1, 3]);
    }

    #[test]
    fn detection() {
        assert!(is_json("", "a/b.JSON"));
        assert!(is_json("  \n{\"version\": 1}", "export"));
        assert!(!is_json("# `E`\n", "e.md"));
    }

    #[test]
    fn what_is_wrong_is_reported_at_its_line() {
        let (document, problems) = document("{\n  \"version\": 1,\n  \"tables\": [\n", "x", None);
        assert!(document.tables.is_empty());
        assert_eq!(problems.len(), 1);
        assert!(problems[0]
            .message
            .starts_with("not a `codes export` JSON document"));
        let (_, problems) = super::document("{\"version\": 2, \"tables\": []}", "x", None);
        assert_eq!(problems[0].line, 1);
        assert!(problems[0].message.contains("version 2"), "{problems:?}");
    }
}

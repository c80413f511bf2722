//! `codes diff`: what changed between two versions of some tables, and whether it breaks the
//! code that uses them.
//!
//! Both versions are read as the macro reads them ([`sources`](crate::sources)); tables are
//! matched by their enum's name. A change is *breaking* when code written against the old
//! version can stop compiling or decode differently: a code removed without reserving it, a
//! wire name now on another code, a code's wire or variant name changed, a table removed or
//! renamed, a reserved code or retired name taken by a row, a row moved to another section, a
//! column removed or retyped, a row's message arguments added, removed, renamed, retyped or
//! moved, and whatever else takes away what the old version's API had (an alias, a section, a
//! language, the code type). Additions and changes of text are *compatible*: rows, aliases,
//! sections and reserved ranges added; messages (the text around their arguments too), docs
//! and column values changed.
//!
//! The stages: the two versions read ([`sources::read`](crate::sources::read) for files,
//! [`git::read_at_revision`] for a git revision's), then compared ([`diff()`]).

pub mod arguments;
pub mod git;

use crate::sources::{FoundTable, Read};
use codetable_pipeline::attr;
use codetable_pipeline::model::{self, Column, Row};
use quote::ToTokens;
use std::collections::HashMap;
use std::fmt;

/// One change, where it is: in the new version, or in the old for what was removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// Whether code written against the old version can break.
    pub breaking: bool,
    /// The file.
    pub file: String,
    /// The line (1-based).
    pub line: usize,
    /// What changed.
    pub message: String,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = if self.breaking {
            "breaking"
        } else {
            "compatible"
        };
        write!(f, "{}:{}: {kind}: {}", self.file, self.line, self.message)
    }
}

/// Every change from `old` to `new`, breaking ones first, each group in the order of the
/// tables and of their rows.
pub fn diff(old: &Read, new: &Read) -> Vec<Change> {
    let mut changes = Changes::default();
    let new_by_name: HashMap<String, &FoundTable> = new
        .tables
        .iter()
        .map(|table| (table.table.ident.to_string(), table))
        .collect();
    let old_names: Vec<String> = old
        .tables
        .iter()
        .map(|table| table.table.ident.to_string())
        .collect();
    for old_table in &old.tables {
        let name = old_table.table.ident.to_string();
        match new_by_name.get(&name) {
            Some(new_table) => compare(old_table, new_table, &mut changes),
            None => changes.breaking(
                old_table,
                old_table.line,
                format!("table `{name}` removed or renamed"),
            ),
        }
    }
    for new_table in &new.tables {
        let name = new_table.table.ident.to_string();
        if !old_names.contains(&name) {
            changes.compatible(new_table, new_table.line, format!("table `{name}` added"));
        }
    }
    let Changes {
        mut breaking,
        compatible,
    } = changes;
    breaking.extend(compatible);
    breaking
}

#[derive(Default)]
struct Changes {
    breaking: Vec<Change>,
    compatible: Vec<Change>,
}

impl Changes {
    fn breaking(&mut self, at: &FoundTable, line: usize, message: String) {
        self.breaking.push(change(true, at, line, message));
    }

    fn compatible(&mut self, at: &FoundTable, line: usize, message: String) {
        self.compatible.push(change(false, at, line, message));
    }
}

fn change(breaking: bool, at: &FoundTable, line: usize, message: String) -> Change {
    Change {
        breaking,
        file: at.file.clone(),
        line: line.max(1),
        message,
    }
}

/// A row's line: that of its code.
fn line_of(table: &FoundTable, row: &Row) -> usize {
    match row.code_span.start().line {
        0 => table.line,
        line => line,
    }
}

/// How a change names a row: `code 40001 (`INVALID_CREDENTIAL`)`.
fn describe(row: &Row) -> String {
    if row.nameless {
        format!("code {} (nameless)", row.code)
    } else {
        format!("code {} (`{}`)", row.code, row.name)
    }
}

fn section_name(table: &model::Table, row: &Row) -> Option<String> {
    row.section
        .and_then(|index| table.sections.get(index))
        .map(|section| section.name.clone())
}

fn in_reserved(table: &model::Table, code: i128) -> Option<&model::Reserved> {
    table
        .reserved
        .iter()
        .find(|reserved| reserved.range.0 <= code && code <= reserved.range.1)
}

fn compare(old: &FoundTable, new: &FoundTable, changes: &mut Changes) {
    let (o, n) = (&old.table, &new.table);
    let table = o.ident.to_string();
    if o.repr != n.repr {
        changes.breaking(
            new,
            new.line,
            format!(
                "`{table}`'s code type changed from `{}` to `{}`",
                o.repr.name(),
                n.repr.name()
            ),
        );
    }
    let new_by_code: HashMap<i128, &Row> = n.rows.iter().map(|row| (row.code, row)).collect();
    let old_by_code: HashMap<i128, &Row> = o.rows.iter().map(|row| (row.code, row)).collect();
    // Wire names, the rows' and the aliases', to the code they stand for.
    let names = |table: &model::Table| -> HashMap<String, i128> {
        table
            .rows
            .iter()
            .filter(|row| !row.nameless)
            .map(|row| (row.name.clone(), row.code))
            .chain(table.aliases.iter().filter_map(|alias| {
                table
                    .rows
                    .get(alias.row)
                    .map(|row| (alias.name.clone(), row.code))
            }))
            .collect()
    };
    let (old_names, new_names) = (names(o), names(n));

    for row in &o.rows {
        let Some(now) = new_by_code.get(&row.code) else {
            match in_reserved(n, row.code) {
                Some(_) => changes.compatible(
                    new,
                    new.line,
                    format!("{} removed, and its code reserved", describe(row)),
                ),
                None => changes.breaking(
                    old,
                    line_of(old, row),
                    format!(
                        "{} removed without reserving it: a server may still send it; reserve \
                         its code (`{code}..={code} => reserved`)",
                        describe(row),
                        code = row.code
                    ),
                ),
            }
            continue;
        };
        let line = line_of(new, now);
        if row.name != now.name && !(row.nameless && now.nameless) {
            changes.breaking(
                new,
                line,
                format!(
                    "code {}'s wire name changed from `{}` to `{}`",
                    row.code, row.name, now.name
                ),
            );
        }
        if row.variant_name != now.variant_name {
            changes.breaking(
                new,
                line,
                format!(
                    "code {}'s variant changed from `{table}::{}` to `{table}::{}`",
                    row.code, row.variant_name, now.variant_name
                ),
            );
        }
        let (was, is) = (section_name(o, row), section_name(n, now));
        if was != is {
            let show = |section: &Option<String>| {
                section.as_ref().map_or_else(
                    || "no section".to_owned(),
                    |name| format!("section `{name}`"),
                )
            };
            changes.breaking(
                new,
                line,
                format!(
                    "{} moved from {} to {}: its `category()` changes",
                    describe(now),
                    show(&was),
                    show(&is)
                ),
            );
        }
        if let Some(change) = arguments::change(row, now) {
            changes.breaking(new, line, format!("{}'s {change}", describe(now)));
        }
        if row.message != now.message || row.translations != now.translations {
            changes.compatible(new, line, format!("{}'s message changed", describe(now)));
        }
        let docs = |row: &Row| {
            row.attrs
                .iter()
                .filter(|attr| attr::of(attr) == attr::Kind::Doc)
                .map(|attr| attr.to_token_stream().to_string())
                .collect::<Vec<_>>()
        };
        if docs(row) != docs(now) {
            changes.compatible(new, line, format!("{}'s docs changed", describe(now)));
        }
        let values_changed = o.columns.iter().enumerate().any(|(index, column)| {
            let name = column.ident.to_string();
            n.columns
                .iter()
                .position(|other| other.ident == name)
                .is_some_and(|other| row.values.get(index) != now.values.get(other))
        });
        if values_changed {
            changes.compatible(
                new,
                line,
                format!("{}'s column values changed", describe(now)),
            );
        }
    }
    for row in &n.rows {
        let line = line_of(new, row);
        if !old_by_code.contains_key(&row.code) {
            if let Some(reserved) = in_reserved(o, row.code) {
                changes.breaking(
                    new,
                    line,
                    format!(
                        "{} takes a code the old version reserved ({}..={}): users may treat \
                         it as reserved",
                        describe(row),
                        reserved.range.0,
                        reserved.range.1
                    ),
                );
            } else {
                changes.compatible(new, line, format!("{} added", describe(row)));
            }
        }
        if !row.nameless {
            if let Some(&code) = old_names.get(&row.name) {
                if code != row.code {
                    changes.breaking(
                        new,
                        line,
                        format!(
                            "wire name `{}` moved from code {code} to code {}: `from_name` \
                             now decodes it otherwise",
                            row.name, row.code
                        ),
                    );
                }
            }
        }
    }
    names_and_retired(old, new, &old_names, &new_names, changes);
    sections_and_reserved(old, new, changes);
    columns_and_languages(old, new, changes);
}

fn names_and_retired(
    old: &FoundTable,
    new: &FoundTable,
    old_names: &HashMap<String, i128>,
    new_names: &HashMap<String, i128>,
    changes: &mut Changes,
) {
    let (o, n) = (&old.table, &new.table);
    let alias_line = |table: &FoundTable, name: &str| {
        table
            .table
            .aliases
            .iter()
            .find(|alias| alias.name == name)
            .map_or(table.line, |alias| alias.variant.span().start().line)
    };
    for alias in &o.aliases {
        match new_names.get(&alias.name) {
            None => changes.breaking(
                old,
                alias_line(old, &alias.name),
                format!("alias `{}` removed", alias.name),
            ),
            Some(&code) => {
                let was = o.rows.get(alias.row).map(|row| row.code);
                if was != Some(code) {
                    changes.breaking(
                        new,
                        alias_line(new, &alias.name),
                        format!("alias `{}` now names code {code}", alias.name),
                    );
                }
            }
        }
    }
    for alias in &n.aliases {
        if !o.aliases.iter().any(|old| old.name == alias.name)
            && !old_names.contains_key(&alias.name)
        {
            changes.compatible(
                new,
                alias_line(new, &alias.name),
                format!("alias `{}` added", alias.name),
            );
        }
    }
    for retired in &o.retired {
        if let Some(&code) = new_names.get(&retired.name) {
            changes.breaking(
                new,
                new.line,
                format!(
                    "`{}` was retired, and code {code} now has it: users may still read it as \
                     the old code",
                    retired.name
                ),
            );
        }
    }
    for retired in &n.retired {
        if !o.retired.iter().any(|old| old.name == retired.name) {
            changes.compatible(new, new.line, format!("`{}` retired", retired.name));
        }
    }
}

fn sections_and_reserved(old: &FoundTable, new: &FoundTable, changes: &mut Changes) {
    let (o, n) = (&old.table, &new.table);
    for section in &o.sections {
        let line = section.variant.span().start().line;
        match n.sections.iter().find(|now| now.name == section.name) {
            None => changes.breaking(
                old,
                line,
                format!(
                    "section `{}` removed or renamed: its category variant is gone",
                    section.name
                ),
            ),
            Some(now) if now.range != section.range => changes.compatible(
                new,
                now.variant.span().start().line,
                format!(
                    "section `{}` now spans {}..={} (was {}..={})",
                    section.name, now.range.0, now.range.1, section.range.0, section.range.1
                ),
            ),
            Some(_) => {}
        }
    }
    for section in &n.sections {
        if !o.sections.iter().any(|old| old.name == section.name) {
            changes.compatible(
                new,
                section.variant.span().start().line,
                format!("section `{}` added", section.name),
            );
        }
    }
    for reserved in &n.reserved {
        if !o.reserved.iter().any(|old| old.range == reserved.range) {
            changes.compatible(
                new,
                new.line,
                format!("codes {}..={} reserved", reserved.range.0, reserved.range.1),
            );
        }
    }
}

fn columns_and_languages(old: &FoundTable, new: &FoundTable, changes: &mut Changes) {
    let (o, n) = (&old.table, &new.table);
    let type_of = |column: &Column| column.written.to_token_stream().to_string();
    for column in &o.columns {
        let line = column.ident.span().start().line;
        match n.columns.iter().find(|now| now.ident == column.ident) {
            None => changes.breaking(
                old,
                line,
                format!("column `{}` removed: its accessor is gone", column.ident),
            ),
            Some(now) if type_of(now) != type_of(column) => changes.breaking(
                new,
                now.ident.span().start().line,
                format!(
                    "column `{}`'s type changed from `{}` to `{}`",
                    column.ident,
                    type_of(column),
                    type_of(now)
                ),
            ),
            Some(_) => {}
        }
    }
    for column in &n.columns {
        if !o.columns.iter().any(|old| old.ident == column.ident) {
            changes.compatible(
                new,
                column.ident.span().start().line,
                format!("column `{}` added", column.ident),
            );
        }
    }
    let tags = |table: &model::Table| -> Vec<String> {
        table
            .languages
            .iter()
            .map(|language| language.ident.to_string())
            .collect()
    };
    let (was, is) = (tags(o), tags(n));
    for tag in was.iter().filter(|tag| !is.contains(tag)) {
        changes.breaking(
            new,
            new.line,
            format!("language `{tag}` removed: its variant of the language enum is gone"),
        );
    }
    if !was.is_empty() && !is.is_empty() && was[0] != is[0] {
        changes.breaking(
            new,
            new.line,
            format!(
                "the first language changed from `{}` to `{}`: `message()` now answers in it",
                was[0], is[0]
            ),
        );
    }
    for tag in is.iter().filter(|tag| !was.contains(tag)) {
        changes.compatible(new, new.line, format!("language `{tag}` added"));
    }
}

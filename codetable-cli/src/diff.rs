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
//! Tables of string codes follow the same rules: a row is found by its string (its `code` is
//! its slot, which moves as rows come and go), a reserved item or section by its prefix, and
//! their code type is strings, whatever type their discriminants take.
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

/// What tells a row's code from another's: the integer, or in a table of string codes the
/// string (a row's `code` is then its slot, which moves as rows are added).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Key {
    Number(i128),
    Text(String),
}

fn key(row: &Row) -> Key {
    match &row.text {
        Some(text) => Key::Text(text.clone()),
        None => Key::Number(row.code),
    }
}

/// How a change names a row: `code 40001 (`INVALID_CREDENTIAL`)`, `code 23505
/// (`UNIQUE_VIOLATION`)`, the code as its table shows it.
fn describe(table: &model::Table, row: &Row) -> String {
    let code = table.row_code(row);
    if row.nameless {
        format!("code {code} (nameless)")
    } else {
        format!("code {code} (`{}`)", row.name)
    }
}

/// The codes a section or reserved item holds, for a message: `10000..=10999`, or in a table
/// of string codes `the codes starting with `22``.
fn holds(range: (i128, i128), prefix: Option<&str>) -> String {
    match prefix {
        Some(prefix) => format!("the codes starting with `{prefix}`"),
        None => format!("{}..={}", range.0, range.1),
    }
}

fn section_name(table: &model::Table, row: &Row) -> Option<String> {
    row.section
        .and_then(|index| table.sections.get(index))
        .map(|section| section.name.clone())
}

/// The reserved item that holds a row's code: a range that holds its number, or a prefix its
/// string starts with.
fn in_reserved<'a>(table: &'a model::Table, row: &Row) -> Option<&'a model::Reserved> {
    table
        .reserved
        .iter()
        .find(|reserved| match (&row.text, &reserved.prefix) {
            (Some(text), Some(prefix)) => text.starts_with(prefix.as_str()),
            (None, None) => reserved.range.0 <= row.code && row.code <= reserved.range.1,
            _ => false,
        })
}

fn compare(old: &FoundTable, new: &FoundTable, changes: &mut Changes) {
    let (o, n) = (&old.table, &new.table);
    let table = o.ident.to_string();
    let kind = |table: &model::Table| {
        if table.text_codes {
            "strings".to_owned()
        } else {
            format!("`{}`", table.repr.name())
        }
    };
    // A table of strings' `repr` is its discriminants', which grows with its rows: no change.
    if o.text_codes != n.text_codes || (!o.text_codes && o.repr != n.repr) {
        changes.breaking(
            new,
            new.line,
            format!(
                "`{table}`'s code type changed from {} to {}",
                kind(o),
                kind(n)
            ),
        );
    }
    let new_by_code: HashMap<Key, &Row> = n.rows.iter().map(|row| (key(row), row)).collect();
    let old_by_code: HashMap<Key, &Row> = o.rows.iter().map(|row| (key(row), row)).collect();
    // Wire names, the rows' and the aliases', to the code they stand for (and how it shows).
    let names = |table: &model::Table| -> HashMap<String, (Key, String)> {
        let code = |row: &Row| (key(row), table.row_code(row));
        table
            .rows
            .iter()
            .filter(|row| !row.nameless)
            .map(|row| (row.name.clone(), code(row)))
            .chain(table.aliases.iter().filter_map(|alias| {
                table
                    .rows
                    .get(alias.row)
                    .map(|row| (alias.name.clone(), code(row)))
            }))
            .collect()
    };
    let (old_names, new_names) = (names(o), names(n));

    for row in &o.rows {
        let code = o.row_code(row);
        let Some(now) = new_by_code.get(&key(row)) else {
            match in_reserved(n, row) {
                Some(_) => changes.compatible(
                    new,
                    new.line,
                    format!("{} removed, and its code reserved", describe(o, row)),
                ),
                None => {
                    let reserve = match &row.text {
                        Some(text) => format!("\"{text}\" => reserved"),
                        None => format!("{code}..={code} => reserved"),
                    };
                    changes.breaking(
                        old,
                        line_of(old, row),
                        format!(
                            "{} removed without reserving it: a server may still send it; \
                             reserve its code (`{reserve}`)",
                            describe(o, row),
                        ),
                    )
                }
            }
            continue;
        };
        let line = line_of(new, now);
        if row.name != now.name && !(row.nameless && now.nameless) {
            changes.breaking(
                new,
                line,
                format!(
                    "code {code}'s wire name changed from `{}` to `{}`",
                    row.name, now.name
                ),
            );
        }
        if row.variant_name != now.variant_name {
            changes.breaking(
                new,
                line,
                format!(
                    "code {code}'s variant changed from `{table}::{}` to `{table}::{}`",
                    row.variant_name, now.variant_name
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
                    describe(n, now),
                    show(&was),
                    show(&is)
                ),
            );
        }
        if let Some(change) = arguments::change(row, now) {
            changes.breaking(new, line, format!("{}'s {change}", describe(n, now)));
        }
        if row.message != now.message || row.translations != now.translations {
            changes.compatible(new, line, format!("{}'s message changed", describe(n, now)));
        }
        let docs = |row: &Row| {
            row.attrs
                .iter()
                .filter(|attr| attr::of(attr) == attr::Kind::Doc)
                .map(|attr| attr.to_token_stream().to_string())
                .collect::<Vec<_>>()
        };
        if docs(row) != docs(now) {
            changes.compatible(new, line, format!("{}'s docs changed", describe(n, now)));
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
                format!("{}'s column values changed", describe(n, now)),
            );
        }
    }
    for row in &n.rows {
        let line = line_of(new, row);
        if !old_by_code.contains_key(&key(row)) {
            if let Some(reserved) = in_reserved(o, row) {
                changes.breaking(
                    new,
                    line,
                    format!(
                        "{} takes a code the old version reserved ({}): users may treat it as \
                         reserved",
                        describe(n, row),
                        holds(reserved.range, reserved.prefix.as_deref()),
                    ),
                );
            } else {
                changes.compatible(new, line, format!("{} added", describe(n, row)));
            }
        }
        if !row.nameless {
            if let Some((was, shown)) = old_names.get(&row.name) {
                if *was != key(row) {
                    changes.breaking(
                        new,
                        line,
                        format!(
                            "wire name `{}` moved from code {shown} to code {}: `from_name` \
                             now decodes it otherwise",
                            row.name,
                            n.row_code(row)
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
    old_names: &HashMap<String, (Key, String)>,
    new_names: &HashMap<String, (Key, String)>,
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
            Some((now, shown)) => {
                let was = o.rows.get(alias.row).map(key);
                if was.as_ref() != Some(now) {
                    changes.breaking(
                        new,
                        alias_line(new, &alias.name),
                        format!("alias `{}` now names code {shown}", alias.name),
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
        if let Some((_, code)) = new_names.get(&retired.name) {
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
            Some(now) if now.range != section.range || now.prefix != section.prefix => changes
                .compatible(
                    new,
                    now.variant.span().start().line,
                    format!(
                        "section `{}` now holds {} (was {})",
                        section.name,
                        holds(now.range, now.prefix.as_deref()),
                        match &section.prefix {
                            Some(prefix) => format!("`{prefix}`"),
                            None => holds(section.range, None),
                        }
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
        if !o
            .reserved
            .iter()
            .any(|old| old.range == reserved.range && old.prefix == reserved.prefix)
        {
            changes.compatible(
                new,
                new.line,
                format!(
                    "{} reserved",
                    match &reserved.prefix {
                        Some(prefix) => format!("the codes starting with `{prefix}`"),
                        None => format!("codes {}..={}", reserved.range.0, reserved.range.1),
                    }
                ),
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

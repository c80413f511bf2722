//! `codes diff`: what changed between two versions of some tables, and whether it breaks the
//! code that uses them.
//!
//! Both versions are read as the macro reads them ([`sources`](crate::sources)); tables are
//! matched by their enum's name. A change is *breaking* when code written against the old
//! version can stop compiling, by Rust's semver rules for the API the table generates as
//! cargo-semver-checks applies them (a variant, alias constant, accessor, section, language or
//! table removed or renamed; a variant added to an exhaustive enum, the table's or its category
//! or language enum; the table made `#[non_exhaustive]`; the code or a column's type changed),
//! or decode differently, which no Rust API shows (a wire name changed or moved to another
//! code, a reserved code or retired name taken by a row, a row moved to another section, the
//! first language changed); a row's message arguments added, removed, renamed, retyped or
//! moved break its builder's callers. Additions to a `#[non_exhaustive]` table, additions that no match
//! can miss (aliases, columns, reserved ranges, tables) and changes of text (the text around
//! a message's arguments too) are *compatible*.
//! Each message says why, and what keeps the old API.
//!
//! Tables of string codes follow the same rules: a row is found by its string (its `code` is
//! its slot, which moves as rows come and go), a reserved item or section by its prefix, and
//! their code type is strings, whatever type their discriminants take. Their discriminants are
//! the slots, which `as` casts read: a row added or removed before others breaks, as a section
//! put before another does.
//!
//! The stages: the two versions read ([`sources::read`](crate::sources::read) for files,
//! [`git::read_at_revision`] for a git revision's), then compared ([`diff()`]).

pub mod arguments;
pub mod git;

use crate::sources::{FoundTable, Read};
use codetable_pipeline::attr;
use codetable_pipeline::model::{self, Column, Row};
use proc_macro2::Ident;
use quote::ToTokens;
use std::collections::{HashMap, HashSet};
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
    fn add(&mut self, breaking: bool, at: &FoundTable, line: usize, message: String) {
        if breaking {
            self.breaking(at, line, message);
        } else {
            self.compatible(at, line, message);
        }
    }

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
pub(crate) fn line_of(table: &FoundTable, row: &Row) -> usize {
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

    // Rows whose code changed under the same variant, by their old code: neither removed nor
    // added, though no code finds them both times.
    let arrived: HashMap<&str, &Row> = n
        .rows
        .iter()
        .filter(|row| !old_by_code.contains_key(&key(row)))
        .map(|row| (row.variant_name.as_str(), row))
        .collect();
    let recoded: HashMap<Key, &Row> = o
        .rows
        .iter()
        .filter(|row| !new_by_code.contains_key(&key(row)))
        .filter_map(|row| Some((key(row), *arrived.get(row.variant_name.as_str())?)))
        .collect();
    let recoded_to: HashSet<Key> = recoded.values().map(|row| key(row)).collect();

    exhaustiveness(old, new, changes);
    for row in &o.rows {
        if let Some(now) = recoded.get(&key(row)) {
            changes.breaking(new, line_of(new, now), recode(o, n, row, now));
        }
        let Some(now) = new_by_code.get(&key(row)).or(recoded.get(&key(row))) else {
            let why = format!(
                "its variant `{table}::{}` is gone, so code naming it stops compiling; keep the \
                 row, marked `#[deprecated]`, instead",
                row.variant_name
            );
            match in_reserved(n, row) {
                Some(_) => changes.breaking(
                    new,
                    new.line,
                    format!("{} removed, and its code reserved: {why}", describe(o, row)),
                ),
                None => changes.breaking(
                    old,
                    line_of(old, row),
                    format!(
                        "{} removed without reserving it: {why} (a server may still send the \
                         code)",
                        describe(o, row)
                    ),
                ),
            }
            continue;
        };
        let line = line_of(new, now);
        renamed(new, row, now, &new_names, changes);
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
            } else if !recoded_to.contains(&key(row)) {
                let (breaking, why) = variant_added(n, &table, "a row", false);
                changes.add(
                    breaking,
                    new,
                    line,
                    format!("{} added{why}", describe(n, row)),
                );
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
    if o.text_codes && n.text_codes {
        places_moved(new, &old_by_code, changes);
    }
    names_and_retired(old, new, &old_names, &new_names, changes);
    sections_and_reserved(old, new, changes);
    columns_and_languages(old, new, changes);
}

/// The message of a row whose code changed under the same variant (`row` in `o`, `now` in
/// `n`): its variant compiles as before, but the old code no longer decodes to it, and in a
/// table of numbers its discriminant, which `as` casts read, is the new code.
fn recode(o: &model::Table, n: &model::Table, row: &Row, now: &Row) -> String {
    let (table, variant) = (&n.ident, &now.variant_name);
    let (was, is) = (o.row_code(row), n.row_code(now));
    let api = if n.text_codes {
        "no Rust API changed: a code is a value".to_owned()
    } else {
        format!(
            "and `{table}::{variant} as {}`, its discriminant, is {is}",
            n.repr.name()
        )
    };
    format!(
        "{} is now code {is}, under the same variant `{table}::{variant}`: `from_code` no \
         longer finds it by {was} and `code()` returns {is} ({api}); keep the code, and add the \
         new one as a row of its own",
        describe(o, row)
    )
}

/// Whether a variant added to `enum_name` (the table's enum, or its category or language enum)
/// breaks other crates, and the why to append to the change: Rust's rule, as
/// cargo-semver-checks applies it (`enum_variant_added`). `first` is for an enum the old
/// version did not have (its first section or language), which no crate matches yet.
fn variant_added(table: &model::Table, enum_name: &str, what: &str, first: bool) -> (bool, String) {
    if first {
        (false, format!(" (`{enum_name}` is new with it)"))
    } else if table.is_non_exhaustive() {
        (
            false,
            format!(" (`{}` is `#[non_exhaustive]`)", table.ident),
        )
    } else {
        (
            true,
            format!(
                ": `{enum_name}` is exhaustive, so another crate's `match` on it without a \
                 wildcard arm stops compiling (E0004: the new variant is not covered); mark the \
                 table `#[non_exhaustive]` to make adding {what} compatible (a breaking change \
                 once)"
            ),
        )
    }
}

/// In a table of string codes, the rows that kept their code but not their place: the macro
/// makes the enum's discriminants the rows' places (`#[repr]` and explicit discriminants), which
/// `as` casts read, so a row added or removed before others changes theirs, breaking even on a
/// `#[non_exhaustive]` table (cargo-semver-checks' `enum_repr_variant_discriminant_changed`).
/// Rows added after the others move none.
fn places_moved(new: &FoundTable, old_by_code: &HashMap<Key, &Row>, changes: &mut Changes) {
    /// The moves a message names; a row put first in a big table moves them all.
    const SHOWN: usize = 3;
    let table = &new.table.ident;
    // The new rows are in slot order: the first moved is where the change is.
    let moved: Vec<(&Row, i128)> = new
        .table
        .rows
        .iter()
        .filter_map(|now| {
            let was = old_by_code.get(&key(now))?.code;
            (was != now.code).then_some((now, was))
        })
        .collect();
    let Some((first, _)) = moved.first() else {
        return;
    };
    let shown: Vec<String> = moved
        .iter()
        .take(SHOWN)
        .map(|(now, was)| format!("`{table}::{}` from {was} to {}", now.variant_name, now.code))
        .collect();
    let more = match moved.len().saturating_sub(SHOWN) {
        0 => String::new(),
        more => format!(" and {more} more"),
    };
    changes.breaking(
        new,
        line_of(new, first),
        format!(
            "the rows' places changed, and with them the discriminants of `{table}` that `as` \
             casts read (a table of string codes' discriminants are its rows' places): {}{more}; \
             add rows after the others, and keep the rows (`#[deprecated]`) rather than remove \
             them",
            shown.join(", ")
        ),
    );
}

/// `#[non_exhaustive]` put on the table or taken off it.
fn exhaustiveness(old: &FoundTable, new: &FoundTable, changes: &mut Changes) {
    let table = &new.table.ident;
    match (old.table.is_non_exhaustive(), new.table.is_non_exhaustive()) {
        (false, true) => changes.breaking(
            new,
            new.line,
            format!(
                "`{table}` is now `#[non_exhaustive]`, and so are its category and language \
                 enums: another crate's `match` on them needs a wildcard arm (E0004 without); \
                 breaking once, after which rows, sections and languages added are compatible"
            ),
        ),
        (true, false) => changes.compatible(
            new,
            new.line,
            format!(
                "`{table}` is no longer `#[non_exhaustive]`: other crates may match it \
                 exhaustively, and a row added later breaks them"
            ),
        ),
        _ => {}
    }
}

/// A row whose wire name or variant changed: breaking or not by what of the old names the new
/// version keeps (an alias of the old wire name keeps `from_name`, and its constant keeps the
/// old variant's name as a value and a pattern), and what to do.
fn renamed(
    new: &FoundTable,
    row: &Row,
    now: &Row,
    new_names: &HashMap<String, (Key, String)>,
    changes: &mut Changes,
) {
    let n = &new.table;
    let table = n.ident.to_string();
    let line = line_of(new, now);
    let code = n.row_code(now);
    let (old_name, new_name) = (&row.name, &now.name);
    let (old_variant, new_variant) = (&row.variant_name, &now.variant_name);
    // A nameless row has no wire name to lose: its name is its variant's.
    let name_lost = !row.nameless && old_name != new_name;
    let variant_changed = old_variant != new_variant;
    if !name_lost && !variant_changed {
        if row.nameless && !now.nameless {
            changes.compatible(
                new,
                line,
                format!("code {code} now has the wire name `{new_name}`"),
            );
        }
        return;
    }
    let name_kept = name_lost
        && new_names
            .get(old_name)
            .is_some_and(|(was, _)| *was == key(row));
    let constant_kept = variant_changed
        && n.aliases.iter().any(|alias| {
            alias.variant == old_variant.as_str()
                && n.rows
                    .get(alias.row)
                    .is_some_and(|target| key(target) == key(row))
        });
    let names = if name_lost {
        format!("wire name changed from `{old_name}` to `{new_name}`")
    } else {
        format!("wire name `{old_name}` stays")
    };
    if !variant_changed {
        // The Rust API is the same: only what the wire name does changed.
        if name_kept {
            changes.compatible(
                new,
                line,
                format!(
                    "code {code}'s {names}, and `{old_name}` stays an alias: `from_name(\"{old_name}\")` \
                     still finds it and its variant `{table}::{old_variant}` is the same, so every \
                     use compiles and decodes as before; `name()` now returns `{new_name}`"
                ),
            );
        } else {
            changes.breaking(
                new,
                line,
                format!(
                    "code {code}'s {names}: `from_name(\"{old_name}\")` no longer finds it and \
                     `name()` returns `{new_name}`, though its variant `{table}::{old_variant}` \
                     stays (no Rust API changed: a wire name is not one); keep `{old_name}` as \
                     the row's name and make `{new_name}` an alias (`{new_name} = {old_name}`)"
                ),
            );
        }
        return;
    }
    let variants =
        format!("variant changed from `{table}::{old_variant}` to `{table}::{new_variant}`");
    let message = if constant_kept {
        let by = if name_kept {
            format!("the alias `{old_name}` keeps the old name: `from_name(\"{old_name}\")` still finds the row, and its constant")
        } else {
            "an alias's constant".to_owned()
        };
        let exhaustive = if n.is_non_exhaustive() {
            ""
        } else {
            ", a `match` with no wildcard arm that named it (a constant does not count for \
             exhaustiveness)"
        };
        format!(
            "code {code}'s {variants} ({names}); {by} `{table}::{old_variant}` still compiles as a \
             value, in `==` and as a `match` pattern, but not where only a variant does: `use \
             {table}::{old_variant}`{exhaustive}; and `{{:?}}` prints `{new_variant}`"
        )
    } else if name_lost {
        // The constant an alias of the old name would give: named as a row's variant is.
        let constant = codetable_shared::variant_name_without(n.strip_prefix.as_deref(), old_name);
        let keeps = if constant == *old_variant {
            format!(", whose constant keeps `{table}::{old_variant}` as a value and a pattern")
        } else {
            String::new()
        };
        format!(
            "code {code}'s {variants} and its {names}: code naming `{table}::{old_variant}` stops \
             compiling and `from_name(\"{old_name}\")` no longer finds it; keep the old name as \
             an alias (`{old_name} = {new_name}`){keeps}, or keep the row's name and variant \
             and make the new name an alias (`{new_name} = {old_name}`)"
        )
    } else {
        format!(
            "code {code}'s {variants} ({names}): code naming `{table}::{old_variant}` stops \
             compiling; keep the variant (`{old_name} as {old_variant}`)"
        )
    };
    changes.breaking(new, line, message);
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

/// The variants of a generated enum without `#[repr]` (the category or language enum) that
/// kept their name but not their place: their implicit discriminants, which `as` casts read,
/// change, which is breaking even on a `#[non_exhaustive]` table (cargo-semver-checks'
/// `enum_no_repr_variant_discriminant_changed`). `old` and `new` are the variants' names in
/// declaration order; `what` says what they are (`section`, `language`).
fn reordered<'a>(
    new: &FoundTable,
    enum_name: &str,
    what: &str,
    old: impl Iterator<Item = &'a Ident>,
    new_order: impl Iterator<Item = &'a Ident>,
    changes: &mut Changes,
) {
    let new_order: Vec<&Ident> = new_order.collect();
    let moved: Vec<String> = old
        .enumerate()
        .filter_map(|(was, name)| {
            let is = new_order.iter().position(|&now| now == name)?;
            (is != was).then(|| format!("`{enum_name}::{name}` from {was} to {is}"))
        })
        .collect();
    if !moved.is_empty() {
        changes.breaking(
            new,
            new.line,
            format!(
                "the {what}s' order changed, and with it the implicit discriminants of \
                 `{enum_name}` that `as` casts read: {}; add {what}s after the others, and keep \
                 their order",
                moved.join(", ")
            ),
        );
    }
}

fn sections_and_reserved(old: &FoundTable, new: &FoundTable, changes: &mut Changes) {
    let (o, n) = (&old.table, &new.table);
    reordered(
        new,
        &format!("{}Category", n.ident),
        "section",
        o.sections.iter().map(|section| &section.variant),
        n.sections.iter().map(|section| &section.variant),
        changes,
    );
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
    let category = format!("{}Category", n.ident);
    for section in &n.sections {
        if !o.sections.iter().any(|old| old.name == section.name) {
            let (breaking, why) = variant_added(n, &category, "sections", o.sections.is_empty());
            changes.add(
                breaking,
                new,
                section.variant.span().start().line,
                format!("section `{}` added{why}", section.name),
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
    reordered(
        new,
        &format!("{}Language", n.ident),
        "language",
        o.languages.iter().map(|language| &language.variant),
        n.languages.iter().map(|language| &language.variant),
        changes,
    );
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
    let language = format!("{}Language", n.ident);
    for tag in is.iter().filter(|tag| !was.contains(tag)) {
        let (breaking, why) = variant_added(n, &language, "languages", was.is_empty());
        changes.add(
            breaking,
            new,
            new.line,
            format!("language `{tag}` added{why}"),
        );
    }
}

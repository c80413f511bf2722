//! What the code generated for a table must answer, found from the table as written (its
//! [`Item`]s), not from the macro's pipeline: the rows in declaration order with their
//! variants and sections, the sections in declaration order, and the answers of `classify`
//! and `from_name` for codes and names near the table's own.

use crate::{variant_of, Item, Table};
use std::collections::BTreeMap;

/// A row: what `code`, `name`, `message`, `Debug` and `category` give for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The code.
    pub code: i128,
    /// The wire name, or a nameless row's variant name (`CodeMinus7`).
    pub name: String,
    /// The variant, which `Debug` prints.
    pub variant: String,
    /// The message, `""` for a row written without one.
    pub message: String,
    /// The innermost section holding it, by index into [`Expected::sections`].
    pub section: Option<usize>,
}

/// A section: a variant of the category enum, in declaration order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// Its name.
    pub name: String,
    /// Its message.
    pub message: String,
    /// Its lowest code.
    pub low: i128,
    /// Its highest code (a half-open section's end less one).
    pub high: i128,
    /// The section holding it, by index.
    pub parent: Option<usize>,
}

/// What `classify` gives for a code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Class {
    /// The row at this slot.
    Row(usize),
    /// The reserved range `low..=high`, with its message.
    Reserved {
        /// Its lowest code.
        low: i128,
        /// Its highest code.
        high: i128,
        /// Why, if the table says.
        message: Option<String>,
    },
    /// The section at this index, the innermost holding the code, which no row has.
    Section(usize),
    /// None of those.
    Unknown,
}

/// A column's accessor: what it gives for each row, as Rust expressions of its type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    /// The column's name, its accessor's.
    pub name: &'static str,
    /// Its type, as written.
    pub ty: &'static str,
    /// Each row's value, in declaration order: the one set, else the default, else `None`.
    pub values: Vec<String>,
}

/// Everything the generated enum must answer for one table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expected {
    /// The rows, in declaration order (their slots).
    pub rows: Vec<Row>,
    /// The aliases, each with its row's slot.
    pub aliases: Vec<(String, usize)>,
    /// The retired names.
    pub retired: Vec<String>,
    /// The sections, in declaration order (a parent before what it holds).
    pub sections: Vec<Section>,
    /// The columns.
    pub columns: Vec<Column>,
    /// Codes of the type, each with what `classify` gives for it: every row's, their
    /// neighbours, the bounds of the type, of the table's range, of every section and
    /// reserved range and their neighbours, and zero.
    pub codes: Vec<(i128, Class)>,
    /// Names, each with the slot `from_name` finds for it: every row's and alias's, the same
    /// with a character added, changed or cut, in the other ASCII case, the variants (which
    /// are no wire names unless written so), the retired names, the empty name.
    pub names: Vec<(String, Option<usize>)>,
}

/// A section or reserved range, and how deep it lies: the innermost holding a code answers.
struct Holder {
    low: i128,
    high: i128,
    depth: usize,
    class: Class,
}

/// What the walk over a table's items gathers.
#[derive(Default)]
struct Walk {
    rows: Vec<Row>,
    sections: Vec<Section>,
    holders: Vec<Holder>,
    aliases: Vec<(String, String)>,
    retired: Vec<String>,
}

impl Walk {
    fn items(&mut self, table: &Table, items: &[Item], parent: Option<usize>, depth: usize) {
        for item in items {
            match item {
                Item::Row(row) => {
                    let variant = match (&row.variant, &row.name) {
                        (Some(chosen), _) => chosen.clone(),
                        (None, Some(name)) => variant_of(name, table.prefix.as_deref())
                            .expect("a named row's name gives a variant"),
                        (None, None) => codetable_shared::nameless_variant_name(row.code),
                    };
                    self.rows.push(Row {
                        code: row.code,
                        name: row.name.clone().unwrap_or_else(|| variant.clone()),
                        variant,
                        message: row.message.clone(),
                        section: parent,
                    });
                    self.aliases.extend(row.aliases.iter().cloned());
                }
                Item::Section {
                    low,
                    high,
                    name,
                    message,
                    items,
                    ..
                } => {
                    let index = self.sections.len();
                    self.sections.push(Section {
                        name: name.clone(),
                        message: message.clone(),
                        low: *low,
                        high: *high,
                        parent,
                    });
                    self.holders.push(Holder {
                        low: *low,
                        high: *high,
                        depth,
                        class: Class::Section(index),
                    });
                    self.items(table, items, Some(index), depth + 1);
                }
                Item::Reserved { low, high, message } => self.holders.push(Holder {
                    low: *low,
                    high: *high,
                    depth,
                    class: Class::Reserved {
                        low: *low,
                        high: *high,
                        message: message.clone(),
                    },
                }),
                Item::Alias { alias, row } => self.aliases.push((alias.clone(), row.clone())),
                Item::Retired { name, .. } => self.retired.push(name.clone()),
            }
        }
    }
}

/// What the generated enum must answer for `table`.
pub fn expected(table: &Table) -> Expected {
    let mut walk = Walk::default();
    walk.items(table, &table.items, None, 0);
    let slot_of: BTreeMap<&str, usize> = walk
        .rows
        .iter()
        .enumerate()
        .map(|(slot, row)| (row.name.as_str(), slot))
        .collect();
    let aliases: Vec<(String, usize)> = walk
        .aliases
        .iter()
        .map(|(alias, row)| (alias.clone(), slot_of[row.as_str()]))
        .collect();
    let codes = classified(table, &walk);
    let names = named(&walk, &slot_of, &aliases);
    Expected {
        columns: columns(table),
        rows: walk.rows,
        aliases,
        retired: walk.retired,
        sections: walk.sections,
        codes,
        names,
    }
}

/// The codes near the table's own, each with what `classify` must give.
fn classified(table: &Table, walk: &Walk) -> Vec<(i128, Class)> {
    let (low, high) = table.repr.bounds();
    let mut codes: Vec<i128> = vec![low, low + 1, high - 1, high, -1, 0, 1];
    for row in &walk.rows {
        codes.extend([row.code - 1, row.code, row.code + 1]);
    }
    for holder in &walk.holders {
        codes.extend([holder.low - 1, holder.low, holder.high, holder.high + 1]);
    }
    if let Some((range_low, end, half_open)) = table.range {
        let range_high = if half_open { end - 1 } else { end };
        codes.extend([range_low - 1, range_low, range_high, range_high + 1]);
    }
    codes.retain(|code| (low..=high).contains(code));
    codes.sort_unstable();
    codes.dedup();
    let slot_of: BTreeMap<i128, usize> = walk
        .rows
        .iter()
        .enumerate()
        .map(|(slot, row)| (row.code, slot))
        .collect();
    codes
        .into_iter()
        .map(|code| {
            let class = match slot_of.get(&code) {
                Some(&slot) => Class::Row(slot),
                None => walk
                    .holders
                    .iter()
                    .filter(|holder| (holder.low..=holder.high).contains(&code))
                    .max_by_key(|holder| holder.depth)
                    .map_or(Class::Unknown, |holder| holder.class.clone()),
            };
            (code, class)
        })
        .collect()
}

/// The names near the table's own, each with the slot `from_name` must find: the row named
/// so exactly, or the row of the alias named so.
fn named(
    walk: &Walk,
    slot_of: &BTreeMap<&str, usize>,
    aliases: &[(String, usize)],
) -> Vec<(String, Option<usize>)> {
    let alias_slot: BTreeMap<&str, usize> = aliases
        .iter()
        .map(|(alias, slot)| (alias.as_str(), *slot))
        .collect();
    let find = |name: &str| slot_of.get(name).or_else(|| alias_slot.get(name)).copied();
    let mut names: Vec<String> = vec![String::new(), "_".to_owned(), "\0".to_owned()];
    let own = walk
        .rows
        .iter()
        .map(|row| row.name.as_str())
        .chain(aliases.iter().map(|(alias, _)| alias.as_str()));
    for name in own {
        let cut: String = name.chars().take(name.chars().count() - 1).collect();
        let changed: String = name
            .chars()
            .enumerate()
            .map(|(i, c)| if i == 0 && c != 'Z' { 'Z' } else { c })
            .collect();
        names.extend([
            name.to_owned(),
            format!("{name}_"),
            format!("_{name}"),
            name.to_ascii_lowercase(),
            name.to_ascii_uppercase(),
            cut,
            changed,
        ]);
    }
    names.extend(walk.rows.iter().map(|row| row.variant.clone()));
    names.extend(walk.retired.iter().cloned());
    names.sort_unstable();
    names.dedup();
    names
        .into_iter()
        .map(|name| {
            let slot = find(&name);
            (name, slot)
        })
        .collect()
}

/// Each column's value for each row, as a Rust expression of the column's type.
fn columns(table: &Table) -> Vec<Column> {
    let rows = table.rows();
    table
        .columns
        .iter()
        .map(|column| {
            let optional = column.ty.starts_with("Option");
            let values = rows
                .iter()
                .map(|row| {
                    let set = row
                        .columns
                        .iter()
                        .find(|(name, _)| name == column.name)
                        .map(|(_, value)| value.as_str());
                    match (set, column.default) {
                        (Some(value), _) if optional => format!("Some({value})"),
                        (Some(value), _) | (None, Some(value)) => value.to_owned(),
                        (None, None) => "None".to_owned(),
                    }
                })
                .collect();
            Column {
                name: column.name,
                ty: column.ty,
                values,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Row as Written;
    use crate::REPRS;

    fn row(code: i128, name: Option<&str>) -> Item {
        Item::Row(Written {
            code,
            name: name.map(str::to_owned),
            variant: None,
            message: format!("m{code}"),
            no_message: false,
            docs: false,
            columns: Vec::new(),
            aliases: Vec::new(),
            broken: None,
        })
    }

    /// A table: `-1 => _`, then a section 10..=19 holding row 12 and a reserved range
    /// 14..=15, then the alias `OLD = TWELVE`.
    fn table() -> Table {
        Table {
            name: "T".to_owned(),
            repr: REPRS[0],
            prefix: None,
            range: None,
            columns: Vec::new(),
            items: vec![
                row(-1, None),
                Item::Section {
                    low: 10,
                    high: 19,
                    half_open: false,
                    name: "Tens".to_owned(),
                    message: "tens".to_owned(),
                    items: vec![
                        row(12, Some("TWELVE")),
                        Item::Reserved {
                            low: 14,
                            high: 15,
                            message: None,
                        },
                    ],
                },
                Item::Alias {
                    alias: "OLD".to_owned(),
                    row: "TWELVE".to_owned(),
                },
            ],
        }
    }

    #[test]
    fn rows_sections_and_aliases_as_written() {
        let expected = expected(&table());
        let names: Vec<(&str, &str, Option<usize>)> = expected
            .rows
            .iter()
            .map(|row| (row.name.as_str(), row.variant.as_str(), row.section))
            .collect();
        assert_eq!(
            names,
            [
                ("CodeMinus1", "CodeMinus1", None),
                ("TWELVE", "Twelve", Some(0))
            ]
        );
        assert_eq!(expected.sections.len(), 1);
        assert_eq!(expected.aliases, [("OLD".to_owned(), 1)]);
    }

    #[test]
    fn classify_takes_the_innermost_holder() {
        let expected = expected(&table());
        let class = |code| {
            expected
                .codes
                .iter()
                .find(|(probe, _)| *probe == code)
                .map(|(_, class)| class.clone())
        };
        assert_eq!(class(12), Some(Class::Row(1)));
        assert_eq!(class(11), Some(Class::Section(0)));
        assert_eq!(
            class(14),
            Some(Class::Reserved {
                low: 14,
                high: 15,
                message: None
            })
        );
        assert_eq!(class(20), Some(Class::Unknown));
        assert_eq!(class(-128), Some(Class::Unknown));
        assert_eq!(class(-1), Some(Class::Row(0)));
    }

    #[test]
    fn names_find_rows_and_aliases_only() {
        let expected = expected(&table());
        let slot = |name: &str| {
            expected
                .names
                .iter()
                .find(|(probe, _)| probe == name)
                .map(|(_, slot)| *slot)
        };
        assert_eq!(slot("TWELVE"), Some(Some(1)));
        assert_eq!(slot("OLD"), Some(Some(1)));
        assert_eq!(slot("CodeMinus1"), Some(Some(0)));
        assert_eq!(slot("Twelve"), Some(None));
        assert_eq!(slot("twelve"), Some(None));
        assert_eq!(slot(""), Some(None));
    }
}

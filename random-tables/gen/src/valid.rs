//! A valid table from drawn codes, names and messages: the rules of `define_codes!` that the
//! drawing could break (unique codes, names and variants, ranges that hold their rows, names
//! that give a variant) kept by construction.

use crate::model::{Column, Item, Row, Table, COLUMNS};
use crate::{Repr, Rng};
use std::collections::BTreeSet;

/// The variant the wire name `name` gives in a table that strips `prefix`, if it is one a
/// named row or an alias may take here: an identifier other than a keyword, and not `Code…`,
/// which the nameless rows' variants are (`Code41`, `CodeMinus7`).
pub fn variant_of(name: &str, prefix: Option<&str>) -> Option<String> {
    let base = prefix
        .and_then(|prefix| name.strip_prefix(prefix))
        .unwrap_or(name);
    let variant = codetable_shared::variant_name(base);
    let ident = syn::parse_str::<syn::Ident>(&variant).is_ok();
    (ident && !variant.starts_with("Code")).then_some(variant)
}

/// Whether `name` can be written where the grammar wants an identifier that is no keyword
/// (an alias, the row it names, a retired name).
fn plain_ident(name: &str) -> bool {
    syn::parse_str::<syn::Ident>(name).is_ok()
}

/// The prefixes a table may strip: ASCII and not, with and without an underscore.
const PREFIXES: [&str; 4] = ["ERR_", "E", "Ошибка_", "x_"];

/// The names a table has taken: wire names (rows', aliases', retired) and variants (rows'
/// and aliases' constants).
#[derive(Default)]
struct Taken {
    names: BTreeSet<String>,
    variants: BTreeSet<String>,
}

impl Taken {
    /// Takes `name` and its variant `variant` if neither is taken.
    fn take(&mut self, name: &str, variant: &str) -> bool {
        if self.names.contains(name) || self.variants.contains(variant) {
            return false;
        }
        self.names.insert(name.to_owned());
        self.variants.insert(variant.to_owned());
        true
    }
}

/// A valid table named `Table{index}` from drawn codes (any of the type, repeats dropped),
/// wire names and messages (taken in turn, round), and a seed for the rest: its sections
/// and reserved ranges, `in` range, columns, prefix, chosen variants, aliases and retired
/// names. `codes` must not be empty.
pub fn build(
    index: usize,
    repr: Repr,
    codes: Vec<i128>,
    names: Vec<String>,
    messages: Vec<String>,
    seed: u64,
) -> Table {
    let mut rng = Rng::new(seed);
    let mut taken = Taken::default();
    let columns: Vec<Column> = if rng.chance(30) {
        COLUMNS.iter().filter(|_| rng.chance(50)).cloned().collect()
    } else {
        Vec::new()
    };
    let prefix = rng.chance(15).then(|| rng.pick(&PREFIXES).to_string());
    let mut seen_codes = BTreeSet::new();
    let mut rows = Vec::new();
    for (slot, code) in codes.into_iter().enumerate() {
        if !seen_codes.insert(code) {
            continue;
        }
        let mut drawn = names[slot % names.len()].clone();
        if let Some(prefix) = prefix.as_deref().filter(|_| rng.chance(60)) {
            drawn = format!("{prefix}{drawn}");
        }
        // A chosen variant, or the one the name gives; a row whose name is taken, or gives
        // no variant it may have, is nameless.
        let chosen = rng.chance(5).then(|| format!("Chosen{slot}"));
        let variant = chosen
            .clone()
            .or_else(|| variant_of(&drawn, prefix.as_deref()));
        let named = !rng.chance(20) && variant.is_some_and(|variant| taken.take(&drawn, &variant));
        // A row without a message (`0 => GIT_OK,`) has the message `""`.
        let no_message = rng.chance(5);
        let message = if no_message {
            String::new()
        } else {
            messages[slot % messages.len()].clone()
        };
        let mut values = Vec::new();
        for column in &columns {
            if column.required() || rng.chance(50) {
                values.push((column.name.to_owned(), column.value(&mut rng, &message)));
            }
        }
        rows.push(Row {
            code,
            name: named.then_some(drawn),
            variant: chosen.filter(|_| named),
            message,
            no_message,
            docs: rng.chance(10),
            columns: values,
            aliases: Vec::new(),
            broken: None,
        });
    }
    rows.sort_by_key(|row| row.code);
    let (type_low, type_high) = repr.bounds();
    let (first, last) = (rows[0].code, rows[rows.len() - 1].code);
    let range = match rng.below(4) {
        0 => Some((
            first - rng.below(3) as i128,
            last + rng.below(3) as i128,
            false,
        )),
        1 => Some((type_low, type_high + 1, true)),
        2 => Some((first, last + 1, true)),
        _ => None,
    }
    .map(|(low, end, half_open)| {
        let high = if half_open { end - 1 } else { end };
        let (low, high) = (low.max(type_low), high.min(type_high));
        (low, if half_open { high + 1 } else { high }, half_open)
    });
    let named: Vec<String> = rows
        .iter()
        .filter_map(|row| row.name.clone())
        .filter(|name| plain_ident(name))
        .collect();
    let mut extra = names.iter().cycle().skip(rows.len()).enumerate();
    let mut more_names = |rng: &mut Rng| {
        let (k, drawn) = extra.next().expect("names is not empty");
        if rng.chance(50) {
            format!("{drawn}{k}")
        } else {
            drawn.clone()
        }
    };
    // Aliases: of named rows whose names are identifiers, each a name no row or alias has,
    // giving a constant no variant or other constant is; written as an item or after a row.
    let mut aliases = Vec::new();
    if !named.is_empty() && rng.chance(25) {
        for _ in 0..1 + rng.below(3) {
            let alias = more_names(&mut rng);
            let constant = variant_of(&alias, prefix.as_deref());
            let free = plain_ident(&alias) && !COLUMNS.iter().any(|column| column.name == alias);
            if free && constant.is_some_and(|constant| taken.take(&alias, &constant)) {
                aliases.push((alias, rng.pick(&named).clone()));
            }
        }
    }
    let mut retired = Vec::new();
    if rng.chance(15) {
        for _ in 0..1 + rng.below(2) {
            let name = more_names(&mut rng);
            if plain_ident(&name) && !taken.names.contains(&name) {
                taken.names.insert(name.clone());
                let message = rng.chance(50).then(|| format!("{name} is gone"));
                retired.push(Item::Retired { name, message });
            }
        }
    }
    let mut after_rows = Vec::new();
    let mut items_too = Vec::new();
    for (alias, row) in aliases {
        if rng.chance(30) {
            after_rows.push((alias, row));
        } else {
            items_too.push(Item::Alias { alias, row });
        }
    }
    for (alias, row) in after_rows {
        let at = rng.below(rows.len());
        rows[at].aliases.push((alias, row));
    }
    let mut sections = 0;
    let mut items = scope(rows, 0, &mut rng, &mut sections);
    for item in items_too.into_iter().chain(retired) {
        let at = rng.below(items.len() + 1);
        items.insert(at, item);
    }
    Table {
        name: format!("Table{index}"),
        repr,
        prefix,
        range,
        columns,
        items,
    }
}

/// The items of one scope from rows sorted by code: runs of them become sections (at most
/// three deep), and gaps between items reserved ranges; the items then in any order.
fn scope(rows: Vec<Row>, depth: usize, rng: &mut Rng, sections: &mut usize) -> Vec<Item> {
    let mut spans: Vec<(i128, i128, Item)> = Vec::new();
    let mut rest = rows.into_iter().peekable();
    while let Some(row) = rest.next() {
        if depth < 3 && rng.chance(15) {
            let mut run = vec![row];
            let more = rng.below(8);
            while run.len() <= more {
                match rest.next() {
                    Some(row) => run.push(row),
                    None => break,
                }
            }
            let (low, high) = (run[0].code, run[run.len() - 1].code);
            *sections += 1;
            let name = format!("S{sections}");
            let items = scope(run, depth + 1, rng, sections);
            let section = Item::Section {
                low,
                high,
                half_open: rng.chance(30),
                name,
                message: format!("section {sections}"),
                items,
            };
            spans.push((low, high, section));
        } else {
            spans.push((row.code, row.code, Item::Row(row)));
        }
    }
    let mut items = Vec::new();
    for (index, (_, high, item)) in spans.iter().enumerate() {
        items.push(item.clone());
        if let Some((next_low, _, _)) = spans.get(index + 1) {
            if next_low - high >= 2 && rng.chance(20) {
                let message = rng.chance(50).then(|| "kept for later".to_owned());
                items.push(Item::Reserved {
                    low: high + 1,
                    high: next_low - 1,
                    message,
                });
            }
        }
    }
    rng.shuffle(&mut items);
    items
}

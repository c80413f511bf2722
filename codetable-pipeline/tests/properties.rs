//! Property tests of the pipeline (proptest):
//! - random valid tables (codes anywhere in the code type, its extremes too; names unique,
//!   some rows nameless; messages of any text; nested sections, reserved ranges, typed columns,
//!   `in` ranges, several tables) expand without `compile_error!`, identically on a second
//!   run, and check into a model whose rows, in declaration order, are the table's;
//! - the lookups laid out for any set of codes or names find each one at its slot, and nothing
//!   else, when probed as the generated code probes them (with the runtime's functions);
//! - every random mistake in a valid table (a code or name used twice, a code outside its type
//!   or range or inside a reserved range, a column value of the wrong type, a part of a row left
//!   out, ...) gives a `compile_error!`, and never a panic;
//! - deleting or replacing any token never makes the pipeline panic.

use codetable_pipeline::define_codes;
use codetable_pipeline::errors::Errors;
use codetable_pipeline::index::{self, CodeIndex, EMPTY};
use codetable_pipeline::model::Repr;
// The runtime half of the lookups, which the generated code calls (through `codes`).
use codetable_shared as runtime;
use heck::ToUpperCamelCase;
use proc_macro2::{Literal, TokenStream};
use proptest::prelude::*;
use std::collections::BTreeSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::str::FromStr;

/// SplitMix64: the structure of a table (sections, order, columns) from one drawn seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

#[derive(Clone, Debug)]
struct Row {
    code: i128,
    /// `None` for a row written `_`.
    name: Option<String>,
    message: String,
    docs: bool,
    /// `name = value` as tokens.
    columns: Vec<(String, String)>,
    /// A mistake in the row's own tokens.
    broken: Option<Broken>,
}

#[derive(Clone, Copy, Debug)]
enum Broken {
    NoCode,
    NoArrow,
    NoName,
    NoMessage,
    Suffix,
    NotIdent,
}

#[derive(Clone, Debug)]
enum Item {
    Row(Row),
    Section {
        low: i128,
        high: i128,
        half_open: bool,
        name: String,
        message: String,
        items: Vec<Item>,
    },
    Reserved {
        low: i128,
        high: i128,
        message: Option<String>,
    },
}

#[derive(Clone, Debug)]
struct Column {
    name: &'static str,
    ty: &'static str,
    default: Option<&'static str>,
}

#[derive(Clone, Debug)]
struct Table {
    name: String,
    repr: Repr,
    /// (low, end, half-open)
    range: Option<(i128, i128, bool)>,
    columns: Vec<Column>,
    items: Vec<Item>,
}

const COLUMNS: [Column; 7] = [
    Column {
        name: "http",
        ty: "u16",
        default: None,
    },
    Column {
        name: "en",
        ty: "&'static str",
        default: None,
    },
    Column {
        name: "retry",
        ty: "Option<bool>",
        default: None,
    },
    Column {
        name: "weight",
        ty: "i64",
        default: Some("-1"),
    },
    Column {
        name: "ratio",
        ty: "f64",
        default: Some("0.5"),
    },
    Column {
        name: "grade",
        ty: "Option<char>",
        default: None,
    },
    Column {
        name: "big",
        ty: "u128",
        default: Some("340282366920938463463374607431768211455"),
    },
];

fn code_text(code: i128) -> String {
    code.to_string()
}

fn string_literal(text: &str) -> String {
    Literal::string(text).to_string()
}

/// A value of a column's type, as tokens.
fn column_value(column: &Column, rng: &mut Rng, message: &str) -> String {
    match column.name {
        "http" => rng.below(65536).to_string(),
        "en" => string_literal(message),
        "retry" => rng.chance(50).to_string(),
        "weight" => {
            let value = rng.next() as i64;
            value.to_string()
        }
        "ratio" => format!(
            "{}{}.{}",
            if rng.chance(30) { "-" } else { "" },
            rng.below(100_000),
            rng.below(1000)
        ),
        "grade" => {
            let chars = ['a', '\'', '\\', '"', '中', '😀', '\0', '\n'];
            Literal::character(chars[rng.below(chars.len())]).to_string()
        }
        _ => (rng.next() as u128 * rng.next() as u128).to_string(),
    }
}

impl Row {
    fn render(&self, out: &mut String) {
        if self.docs {
            out.push_str("/// A row's docs.\n#[deprecated]\n");
        }
        let code = match self.broken {
            Some(Broken::NoCode) => String::new(),
            Some(Broken::Suffix) => format!("{}i64", code_text(self.code)),
            _ => code_text(self.code),
        };
        let arrow = if matches!(self.broken, Some(Broken::NoArrow)) {
            ""
        } else {
            "=>"
        };
        let name = match (self.broken, &self.name) {
            (Some(Broken::NoName), _) => String::new(),
            (Some(Broken::NotIdent), _) => "2RSP".to_owned(),
            (_, Some(name)) => name.clone(),
            (_, None) => "_".to_owned(),
        };
        let message = if matches!(self.broken, Some(Broken::NoMessage)) {
            String::new()
        } else {
            string_literal(&self.message)
        };
        out.push_str(&format!("{code} {arrow} {name}, {message}"));
        for (column, value) in &self.columns {
            out.push_str(&format!(", {column} = {value}"));
        }
        out.push_str(",\n");
    }
}

fn render_items(items: &[Item], out: &mut String) {
    for item in items {
        match item {
            Item::Row(row) => row.render(out),
            Item::Section {
                low,
                high,
                half_open,
                name,
                message,
                items,
            } => {
                let range = if *half_open {
                    format!("{}..{}", code_text(*low), code_text(high + 1))
                } else {
                    format!("{}..={}", code_text(*low), code_text(*high))
                };
                out.push_str(&format!(
                    "{range} => {name}, {} {{\n",
                    string_literal(message)
                ));
                render_items(items, out);
                out.push_str("}\n");
            }
            Item::Reserved { low, high, message } => {
                out.push_str(&format!(
                    "{}..={} => reserved",
                    code_text(*low),
                    code_text(*high)
                ));
                if let Some(message) = message {
                    out.push_str(&format!(", {}", string_literal(message)));
                }
                out.push_str(",\n");
            }
        }
    }
}

impl Table {
    fn render(&self, out: &mut String) {
        out.push_str(&format!(
            "/// A generated table.\n#[repr({})]\npub enum {}",
            self.repr.name(),
            self.name
        ));
        if !self.columns.is_empty() {
            let decls: Vec<String> = self
                .columns
                .iter()
                .map(|column| match column.default {
                    Some(default) => format!("{}: {} = {default}", column.name, column.ty),
                    None => format!("{}: {}", column.name, column.ty),
                })
                .collect();
            out.push_str(&format!("({})", decls.join(", ")));
        }
        if let Some((low, end, half_open)) = self.range {
            let dots = if half_open { ".." } else { "..=" };
            out.push_str(&format!(" in {}{dots}{}", code_text(low), code_text(end)));
        }
        out.push_str(" {\n");
        render_items(&self.items, out);
        out.push_str("}\n");
    }

    /// The rows, depth first: declaration order, each row's slot.
    fn rows(&self) -> Vec<&Row> {
        fn walk<'a>(items: &'a [Item], rows: &mut Vec<&'a Row>) {
            for item in items {
                match item {
                    Item::Row(row) => rows.push(row),
                    Item::Section { items, .. } => walk(items, rows),
                    Item::Reserved { .. } => {}
                }
            }
        }
        let mut rows = Vec::new();
        walk(&self.items, &mut rows);
        rows
    }

    fn rows_mut(&mut self) -> Vec<&mut Row> {
        fn walk<'a>(items: &'a mut [Item], rows: &mut Vec<&'a mut Row>) {
            for item in items {
                match item {
                    Item::Row(row) => rows.push(row),
                    Item::Section { items, .. } => walk(items, rows),
                    Item::Reserved { .. } => {}
                }
            }
        }
        let mut rows = Vec::new();
        walk(&mut self.items, &mut rows);
        rows
    }
}

fn render(tables: &[Table]) -> TokenStream {
    let mut text = String::new();
    for table in tables {
        table.render(&mut text);
    }
    TokenStream::from_str(&text).unwrap_or_else(|error| panic!("{error:?} in\n{text}"))
}

/// Codes of a type: scattered anywhere, near zero, at the extremes, or a run.
fn codes(repr: Repr) -> BoxedStrategy<Vec<i128>> {
    let (low, high) = repr.bounds();
    let extremes = vec![low, high, 0.max(low), (-1).max(low), low + 1, high - 1];
    let one = prop_oneof![
        3 => low..=high,
        2 => prop::sample::select(extremes),
        3 => (-40i128..40).prop_map(move |code| code.clamp(low, high)),
    ];
    let scattered = prop::collection::vec(one.clone(), 1..40);
    let run = (one, 1..40i128).prop_map(move |(start, count)| {
        let start = start.min(high - count + 1);
        (start..start + count).collect()
    });
    prop_oneof![2 => scattered, 1 => run].boxed()
}

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-BD-Z][A-Z0-9_]{0,12}",
        2 => "[a-bd-z][a-zA-Z0-9]{0,8}",
        1 => "_[A-BD-Za-bd-z][a-z0-9_]{0,5}",
        1 => "[错误码名]{1,3}[0-9]{0,2}",
        1 => prop::sample::select(vec!["type", "match", "fn", "async", "union", "Ok", "Error"])
            .prop_map(str::to_owned),
    ]
}

/// Any text but the empty one: quotes, backslashes, newlines, NULs and emoji included.
fn message() -> impl Strategy<Value = String> {
    prop_oneof!["(?s).{1,16}", "[\"\\\\'\n\t\r{}|`\\[\\]<>*_中文😀 ]{1,12}",]
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

/// A valid table from drawn codes, names and messages, and a seed for the rest.
fn build(
    index: usize,
    repr: Repr,
    codes: Vec<i128>,
    names: Vec<String>,
    messages: Vec<String>,
    seed: u64,
) -> Table {
    let mut rng = Rng(seed);
    let mut seen_codes = BTreeSet::new();
    let mut seen_names = BTreeSet::new();
    let mut seen_variants = BTreeSet::new();
    let columns: Vec<Column> = if rng.chance(30) {
        COLUMNS.iter().filter(|_| rng.chance(50)).cloned().collect()
    } else {
        Vec::new()
    };
    let mut rows = Vec::new();
    for (slot, code) in codes.into_iter().enumerate() {
        if !seen_codes.insert(code) {
            continue;
        }
        let drawn = names[slot % names.len()].clone();
        let variant = codetable_shared::variant_name(&drawn);
        let named = !rng.chance(20)
            && syn::parse_str::<syn::Ident>(&variant).is_ok()
            && !variant.starts_with("Code")
            && !seen_names.contains(&drawn)
            && !seen_variants.contains(&variant);
        let name = named.then(|| {
            seen_names.insert(drawn.clone());
            seen_variants.insert(variant);
            drawn
        });
        let message = messages[slot % messages.len()].clone();
        let mut values = Vec::new();
        for column in &columns {
            let required = column.default.is_none() && !column.ty.starts_with("Option");
            if required || rng.chance(50) {
                let value = column_value(column, &mut rng, &message);
                values.push((column.name.to_owned(), value));
            }
        }
        rows.push(Row {
            code,
            name,
            message,
            docs: rng.chance(10),
            columns: values,
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
    let mut sections = 0;
    let items = scope(rows, 0, &mut rng, &mut sections);
    Table {
        name: format!("Table{index}"),
        repr,
        range,
        columns,
        items,
    }
}

fn table(index: usize) -> impl Strategy<Value = Table> {
    (0..Repr::ALL.len())
        .prop_flat_map(|repr| {
            let repr = Repr::ALL[repr];
            (
                Just(repr),
                codes(repr),
                prop::collection::vec(name(), 1..40),
                prop::collection::vec(message(), 1..8),
                any::<u64>(),
            )
        })
        .prop_map(move |(repr, codes, names, messages, seed)| {
            build(index, repr, codes, names, messages, seed)
        })
}

/// One table, sometimes two.
fn tables() -> impl Strategy<Value = Vec<Table>> {
    prop_oneof![
        4 => table(0).prop_map(|table| vec![table]),
        1 => (table(0), table(1)).prop_map(|(a, b)| vec![a, b]),
    ]
}

fn expand(tokens: TokenStream) -> Result<String, TestCaseError> {
    catch_unwind(AssertUnwindSafe(|| define_codes(tokens).to_string()))
        .map_err(|_| TestCaseError::fail("the pipeline panicked"))
}

/// The slot the generated `lookup(code)` finds, computed as it computes it.
fn probe_code(index: &CodeIndex, count: usize, code: i128) -> Result<Option<usize>, TestCaseError> {
    let widened = index::widen(code);
    match index {
        CodeIndex::Sequential { first } => {
            let offset = widened.wrapping_sub(index::widen(*first));
            Ok((offset < count as u64).then_some(offset as usize))
        }
        CodeIndex::Dense { low, slots } => {
            let offset = widened.wrapping_sub(index::widen(*low));
            if offset < slots.len() as u64 {
                let slot = slots[offset as usize];
                if slot != EMPTY {
                    return Ok(Some(slot as usize));
                }
            }
            Ok(None)
        }
        CodeIndex::Hash {
            table,
            vacant,
            narrow,
        } => {
            if code == *vacant {
                return Ok(None);
            }
            let keys: Vec<i128> = table
                .buckets
                .iter()
                .map(|bucket| bucket.map_or(*vacant, |(code, _)| code))
                .collect();
            let slots: Vec<u32> = table
                .buckets
                .iter()
                .map(|bucket| bucket.map_or(EMPTY, |(_, slot)| slot))
                .collect();
            let mask = keys.len() - 1;
            let home = if *narrow {
                runtime::hash_code32(widened as u32, table.seed as u32, table.shift)
            } else {
                runtime::hash_code(widened, table.seed, table.shift)
            };
            for probe in 0..keys.len() {
                let bucket = (home + probe) & mask;
                let key = keys[bucket];
                if key == code {
                    return Ok(Some(slots[bucket] as usize));
                }
                if key == *vacant {
                    return Ok(None);
                }
            }
            Err(TestCaseError::fail("the probe went round the whole table"))
        }
    }
}

/// The lookups laid out for these codes, in declaration order, find each at its slot, and
/// no other code of the type.
fn check_code_index(
    codes: &[i128],
    repr: Repr,
    others: impl IntoIterator<Item = i128>,
) -> Result<(), TestCaseError> {
    let (low, high) = repr.bounds();
    let index = index::code_index(codes, low, repr.width() <= 4);
    for (slot, &code) in codes.iter().enumerate() {
        prop_assert_eq!(
            probe_code(&index, codes.len(), code)?,
            Some(slot),
            "code {}",
            code
        );
    }
    let taken: BTreeSet<i128> = codes.iter().copied().collect();
    let neighbours = codes.iter().flat_map(|&code| [code - 1, code + 1]);
    for other in others.into_iter().chain(neighbours).chain([low, high, 0]) {
        if (low..=high).contains(&other) && !taken.contains(&other) {
            prop_assert_eq!(
                probe_code(&index, codes.len(), other)?,
                None,
                "non-code {}",
                other
            );
        }
    }
    Ok(())
}

/// The name index of these names finds each at its slot through the runtime's `find_name`,
/// and none of the others.
fn check_name_index<'a>(
    names: &[&str],
    others: impl IntoIterator<Item = &'a str>,
) -> Result<(), TestCaseError> {
    let index = index::name_index(names);
    let (blob, starts) = index::blob(names.iter().copied());
    let blob: &'static str = Box::leak(blob.into_boxed_str());
    let starts = runtime::u32_table(starts);
    // As the generated code stores them: `u16` slots below 65 535 rows.
    let buckets: Vec<u16> = index
        .table
        .buckets
        .iter()
        .map(|bucket| bucket.map_or(u16::MAX, |slot| slot as u16))
        .collect();
    let find = |name: &str| {
        let name_index = runtime::NameIndex {
            buckets: &buckets,
            seed: index.table.seed,
            shift: index.table.shift,
            from_start: index.from_start,
            from_end: index.from_end,
        };
        // SAFETY: `blob` and `starts` are what `index::blob` made, as the macro emits them,
        // and the buckets hold slots of its strings.
        unsafe { runtime::find_name(name, name_index, blob, &starts) }
    };
    for (slot, name) in names.iter().enumerate() {
        prop_assert_eq!(find(name), Some(slot), "name {:?}", name);
    }
    for other in others {
        if !names.contains(&other) {
            prop_assert_eq!(find(other), None, "non-name {:?}", other);
        }
    }
    Ok(())
}

/// A mistake in a valid table, made with the drawn seed.
fn make_mistake(tables: &mut [Table], kind: usize, seed: u64) -> String {
    let mut rng = Rng(seed);
    let table = &mut tables[0];
    let (type_low, type_high) = table.repr.bounds();
    let row_count = table.rows().len();
    let a = rng.below(row_count);
    let b = rng.below(row_count);
    let duplicate_row = |table: &mut Table, rng: &mut Rng| {
        let copy = table.rows()[a].clone();
        let at = rng.below(table.items.len() + 1);
        table.items.insert(at, Item::Row(copy));
    };
    match kind {
        0 if a != b => {
            let code = table.rows()[a].code;
            table.rows_mut()[b].code = code;
            format!("code of row {a} given to row {b}")
        }
        1 if a != b => {
            let name = table.rows()[a]
                .name
                .clone()
                .unwrap_or_else(|| "TWICE".to_owned());
            let mut rows = table.rows_mut();
            rows[a].name = Some(name.clone());
            rows[b].name = Some(name);
            format!("name of row {a} given to row {b}")
        }
        0 | 1 => {
            duplicate_row(table, &mut rng);
            format!("row {a} written twice")
        }
        2 => {
            let code = if rng.chance(50) {
                type_high + 1
            } else {
                type_low - 1
            };
            table.rows_mut()[a].code = code;
            format!("row {a} given code {code}, outside the type")
        }
        3 => match table.range {
            Some((low, _, _)) if low > type_low => {
                table.rows_mut()[a].code = low - 1;
                format!("row {a} given a code below the table's range")
            }
            Some((_, end, half_open)) if (if half_open { end - 1 } else { end }) < type_high => {
                let high = if half_open { end - 1 } else { end };
                table.rows_mut()[a].code = high + 1;
                format!("row {a} given a code above the table's range")
            }
            _ => {
                table.rows_mut()[a].code = type_high + 1;
                format!("row {a} given a code above the type")
            }
        },
        4 => {
            let code = table.rows()[a].code;
            let reserved = Item::Reserved {
                low: code,
                high: code,
                message: None,
            };
            // Beside the row, in its scope: a reserved range at another level overlaps the
            // section holding the row, also an error.
            let at = rng.below(table.items.len() + 1);
            table.items.insert(at, reserved);
            format!("reserved range over the code of row {a}")
        }
        5 => {
            let columns = table.columns.clone();
            let row = &mut table.rows_mut()[a];
            match columns.first() {
                Some(column) => {
                    let wrong = match column.ty {
                        "&'static str" => "404",
                        "u16" | "i64" | "u128" => "\"404\"",
                        "f64" => "true",
                        _ => "\"text\"",
                    };
                    row.columns.retain(|(name, _)| name != column.name);
                    row.columns.push((column.name.to_owned(), wrong.to_owned()));
                    format!("row {a} sets `{}` to {wrong}", column.name)
                }
                None => {
                    row.columns.push(("undeclared".to_owned(), "1".to_owned()));
                    format!("row {a} sets an undeclared column")
                }
            }
        }
        6 => {
            let broken = [
                Broken::NoCode,
                Broken::NoArrow,
                Broken::NoName,
                Broken::NoMessage,
                Broken::Suffix,
                Broken::NotIdent,
            ][rng.below(6)];
            table.rows_mut()[a].broken = Some(broken);
            format!("row {a} broken: {broken:?}")
        }
        7 => {
            table.rows_mut()[a].message.clear();
            format!("row {a} has an empty message")
        }
        _ => {
            let required = table
                .columns
                .iter()
                .find(|column| column.default.is_none() && !column.ty.starts_with("Option"))
                .map(|column| column.name);
            match required {
                Some(column) => {
                    table.rows_mut()[a]
                        .columns
                        .retain(|(name, _)| name != column);
                    format!("row {a} leaves out the required column `{column}`")
                }
                None => {
                    table.rows_mut()[a].code = type_low - 1;
                    format!("row {a} given code {}, below the type", type_low - 1)
                }
            }
        }
    }
}

const MISTAKES: usize = 9;

/// Every token of a stream, depth first, as text and whether it joins the next (`=>` is two
/// joined `Punct`s), with the group marks: what deleting or replacing one token is done on.
fn token_texts(tokens: TokenStream, out: &mut Vec<(String, bool)>) {
    use proc_macro2::{Delimiter, Spacing, TokenTree};
    for tree in tokens {
        match tree {
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::None => ("", ""),
                };
                out.push((open.to_owned(), false));
                token_texts(group.stream(), out);
                out.push((close.to_owned(), false));
            }
            TokenTree::Punct(punct) => {
                out.push((punct.to_string(), punct.spacing() == Spacing::Joint));
            }
            other => out.push((other.to_string(), false)),
        }
    }
}

fn join(tokens: &[(String, bool)]) -> String {
    let mut text = String::new();
    for (token, joint) in tokens {
        text.push_str(token);
        if !joint {
            text.push(' ');
        }
    }
    text
}

proptest! {
    // Cheap: many cases, so that every kind of word the fast path takes is met.
    #![proptest_config(ProptestConfig {
        cases: 20_000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// A name in one ASCII case gets heck's UpperCamelCase (`OK` → `Ok`); one in
    /// UpperCamelCase already is kept; any other gets heck's. What the generated code makes again from a wire name
    /// (`VariantName::Words`, `VariantName::AsIs`) is the same name, wherever the rule lets it.
    #[test]
    fn variant_names_follow_the_rule(name in prop_oneof![
        "[A-Z0-9_]{0,24}",
        "[a-z0-9_]{0,24}",
        "[A-Z][A-Za-z0-9]{0,24}",
        "[A-Za-z0-9_]{0,24}",
        "[A-Zσςß_0-9]{0,8}",
    ]) {
        use codetable_shared::naming::{is_one_case, is_upper_camel_case};
        let variant = codetable_shared::variant_name(&name);
        if is_upper_camel_case(&name) && !is_one_case(&name) {
            prop_assert_eq!(&variant, &name);
        } else {
            prop_assert_eq!(&variant, &name.to_upper_camel_case());
        }
        if is_one_case(&name) || is_upper_camel_case(&name) {
            prop_assert!(codetable_shared::variant_name_is_made(&name, &variant));
            let made = if is_one_case(&name) {
                codetable_shared::VariantName::Words(&name)
            } else {
                codetable_shared::VariantName::AsIs(&name)
            };
            prop_assert_eq!(made.to_string(), variant);
        }
    }
}

#[test]
fn variant_names_of_table_names() {
    for (name, variant) in [
        ("ERROR_2RSP", "Error2rsp"),
        ("_SUCCESS", "Success"),
        ("A__B_", "AB"),
        ("task_pause", "TaskPause"),
        ("", ""),
        ("HTTPRequest", "HTTPRequest"),
        ("BadIDChoice", "BadIDChoice"),
        ("Bad_Request", "BadRequest"),
    ] {
        assert_eq!(codetable_shared::variant_name(name), variant, "{name}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 128,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn valid_tables_expand_without_errors(tables in tables()) {
        let input = render(&tables);
        let first = expand(input.clone())?;
        prop_assert!(!first.contains("compile_error"), "errors for a valid table:\n{}\n{}", input, first);
        // The same again: nothing depends on hash order or other state.
        prop_assert!(expand(input.clone())? == first, "a second expansion differs");
        // Checked into a model whose rows are the table's, in declaration order.
        let mut errors = Errors::default();
        let checked = codetable_pipeline::valid::tables(codetable_pipeline::parse::input(input, &mut errors), &mut errors);
        prop_assert_eq!(errors.count(), 0);
        prop_assert_eq!(checked.len(), tables.len());
        for (model, table) in checked.iter().zip(&tables) {
            prop_assert!(model.valid);
            let rows = table.rows();
            prop_assert_eq!(model.rows.len(), rows.len());
            for (got, want) in model.rows.iter().zip(&rows) {
                prop_assert_eq!(got.code, want.code);
                prop_assert_eq!(got.nameless, want.name.is_none());
                if let Some(name) = &want.name {
                    prop_assert_eq!(&got.name, name);
                }
                prop_assert_eq!(&got.message, &want.message);
            }
            // The lookups laid out for the model find every row, by code and by name.
            let codes: Vec<i128> = model.rows.iter().map(|row| row.code).collect();
            check_code_index(&codes, model.repr, [])?;
            let names: Vec<&str> = model.rows.iter().map(|row| row.name.as_str()).collect();
            check_name_index(&names, ["", "OK", "NOT_A_NAME_IN_ANY_TABLE"])?;
        }
    }

    #[test]
    fn code_lookups_find_every_code_and_nothing_else(
        (repr, codes, others) in (0..Repr::ALL.len()).prop_flat_map(|repr| {
            let repr = Repr::ALL[repr];
            let (low, high) = repr.bounds();
            (Just(repr), prop_oneof![codes(repr), prop::collection::vec(low..=high, 1..300)], prop::collection::vec(low..=high, 0..50))
        })
    ) {
        let mut seen = BTreeSet::new();
        let codes: Vec<i128> = codes.into_iter().filter(|code| seen.insert(*code)).collect();
        check_code_index(&codes, repr, others)?;
    }

    #[test]
    fn name_lookups_find_every_name_and_nothing_else(
        names in prop::collection::vec("(?s).{0,20}", 1..200),
        others in prop::collection::vec("(?s).{0,20}", 0..50),
    ) {
        let mut seen = BTreeSet::new();
        let names: Vec<&str> = names.iter().map(String::as_str).filter(|name| seen.insert(*name)).collect();
        check_name_index(&names, others.iter().map(String::as_str))?;
    }

    #[test]
    fn mistakes_always_give_an_error_and_never_a_panic(
        mut tables in tables(),
        kind in 0..MISTAKES,
        seed in any::<u64>(),
    ) {
        let mistake = make_mistake(&mut tables, kind, seed);
        let input = render(&tables);
        let output = expand(input.clone())?;
        prop_assert!(output.contains("compile_error"), "no error for the mistake ({}):\n{}", mistake, input);
    }

    #[test]
    fn deleting_or_replacing_any_token_never_panics(
        tables in tables(),
        at in any::<prop::sample::Index>(),
        replacement in prop::sample::select(vec![
            "", ",", "=>", "_", "-", "..", "..=", "reserved", "enum", "1u8", "\"\"", "'c'", "1.5",
            "340282366920938463463374607431768211456", "#", "in", "{", "}", "(", ")", "[", "]",
        ]),
    ) {
        let mut tokens = Vec::new();
        token_texts(render(&tables), &mut tokens);
        let at = at.index(tokens.len());
        tokens[at] = (replacement.to_owned(), false);
        // An unbalanced group does not lex: rustc hands a macro no such tokens.
        if let Ok(input) = TokenStream::from_str(&join(&tokens)) {
            expand(input)?;
        }
    }
}

/// Names that share their length and every word a name key can read (they differ only in the
/// middle) share a key, whatever offsets the index picks: linear probing and the full
/// comparison still tell each apart. Short and empty names too.
#[test]
fn names_that_share_a_key_are_told_apart() {
    let middles: Vec<String> = (0..200)
        .map(|i| format!("ERROR_PROXY_SIGNATURE_{i:03}_BUCKET_MISMATCH_IN_REQUEST"))
        .collect();
    let mut names: Vec<&str> = middles.iter().map(String::as_str).collect();
    names.extend(["", "A", "AB_C", "SEVEN_7", "EIGHT_88", "NINE_9999"]);
    let others = [
        "ERROR_PROXY_SIGNATURE_200_BUCKET_MISMATCH_IN_REQUEST",
        "ERROR_PROXY_SIGNATURE_0_BUCKET_MISMATCH_IN_REQUEST",
        "B",
        "EIGHT_89",
        "NINE_99999",
    ];
    check_name_index(&names, others).expect("every name found, no other");
}

//! `cargo xtask generate`: the tables of `codetable/tests/layouts.rs`, written to
//! `codetable/tests/layouts/tables.rs`, with a fixed random seed.
//!
//! Each of the three lookup layouts of `codetable_pipeline::index` gets tables large enough to
//! matter: `Sequential` (codes first, first + 1, ... in declaration order), `Dense` (the span
//! at most twice the row count, the threshold included) and the open-addressing `Hash`
//! (sparse, negative, clustered, high-bit and low-bit-free codes, every code type, and just
//! past the dense threshold). The layout each table's doc comment states is the one
//! `codetable_pipeline::index::code_index` picks for it: the generator refuses a table that would
//! get another. A test of this crate fails when the committed file is not what the generator
//! writes.

use crate::args::Args;
use crate::run::{root, write};
use crate::Result;
use codetable_bench_gen::Rng;
use codetable_pipeline::index::{code_index, CodeIndex};
use std::fmt::Write as _;
use std::path::PathBuf;

const USAGE: &str = "usage: cargo xtask generate [--check]

Writes codetable/tests/layouts/tables.rs; with --check, fails if the committed copy is stale.";

/// Where the tables go, from the repository's root.
const PATH: &str = "codetable/tests/layouts/tables.rs";

pub fn job(mut args: Args) -> Result {
    if args.help(USAGE) {
        return Ok(());
    }
    let check = args.flag("--check");
    args.finish()?;
    let path: PathBuf = root().join(PATH);
    let text = tables();
    if check {
        let committed = std::fs::read_to_string(&path).map_err(|e| format!("{PATH}: {e}"))?;
        if committed != text {
            return Err(format!("{PATH} is stale: run `cargo xtask generate`"));
        }
        println!("{PATH} is current");
        return Ok(());
    }
    write(&path, &text)?;
    println!("wrote {PATH}");
    Ok(())
}

/// The words of the names: short, long, with a digit, one letter.
const WORDS: [&str; 16] = [
    "A",
    "NOT_FOUND",
    "TIMEOUT",
    "BAD",
    "QUOTA_EXCEEDED_FOR_THIS_ACCOUNT_TODAY",
    "X1",
    "INVALID_PARAMETER",
    "DENIED",
    "GONE",
    "UNAVAILABLE",
    "Z",
    "CONFLICT",
    "TOO_LARGE",
    "RATE",
    "AUTH_FAILED",
    "LIMIT",
];

#[derive(Debug, PartialEq, Eq)]
enum Layout {
    Sequential,
    Dense,
    Hash,
}

/// One table: its name, code type, what its doc says of it, the word of its messages, its
/// codes in declaration order, and the layout it is there to test.
struct Table {
    name: &'static str,
    repr: &'static str,
    doc: &'static str,
    label: &'static str,
    codes: Vec<i128>,
    layout: Layout,
}

/// The lowest value of the code type `repr`.
fn type_low(repr: &str) -> i128 {
    match repr {
        "i8" => i8::MIN.into(),
        "i16" => i16::MIN.into(),
        "i32" => i32::MIN.into(),
        "i64" => i64::MIN.into(),
        _ => 0,
    }
}

/// `count` distinct codes drawn from `low..=high`, in the order drawn.
fn distinct(rng: &mut Rng, count: usize, low: i128, high: i128) -> Vec<i128> {
    let span = (high - low + 1) as u128;
    let mut seen = std::collections::HashSet::new();
    let mut codes = Vec::with_capacity(count);
    while codes.len() < count {
        let wide = (u128::from(rng.next_u64()) << 64) | u128::from(rng.next_u64());
        let code = low + (wide % span) as i128;
        if seen.insert(code) {
            codes.push(code);
        }
    }
    codes
}

/// `codes` in a random order.
fn shuffled(rng: &mut Rng, mut codes: Vec<i128>) -> Vec<i128> {
    rng.shuffle(&mut codes);
    codes
}

/// Every table, in the order of the file.
fn all(rng: &mut Rng) -> Vec<Table> {
    use Layout::*;
    let table = |name, repr, doc, label, codes, layout| Table {
        name,
        repr,
        doc,
        label,
        codes,
        layout,
    };
    let edge = |rng: &mut Rng, span: i128| {
        let (low, high) = (1000, 1000 + span - 1);
        let mut codes = vec![low, high];
        codes.extend(distinct(rng, 48, low + 1, high - 1));
        shuffled(rng, codes)
    };
    let mut swapped: Vec<i128> = (1..=300).collect();
    swapped.swap(150, 151);
    let clusters = [-7_000_000_000i128, -30, 1 << 40, 1 << 62];
    let mut high_bits: Vec<i128> = (-60i128..60).filter(|&k| k != 0).map(|k| k << 32).collect();
    high_bits.extend([0, 1, -1]);
    let mut u64s = distinct(rng, 150, (1 << 63) + 1, i128::from(u64::MAX) - 2);
    u64s.extend([0, 1, (1 << 63) - 1, u64::MAX.into()]);
    vec![
        table(
            "Sequential1000",
            "i32",
            "Codes 0, 1, ..., 999 in order.",
            "sequential",
            (0..1000).collect(),
            Sequential,
        ),
        table(
            "SequentialNegative",
            "i16",
            "Codes -300, -299, ..., 299 in order.",
            "negative run",
            (-300..300).collect(),
            Sequential,
        ),
        table(
            "SequentialOffset",
            "u32",
            "Codes 70000, ..., 70511 in order, far from zero.",
            "offset run",
            (70000..70512).collect(),
            Sequential,
        ),
        table(
            "DenseGaps",
            "i32",
            "400 of the 700 codes -200..500, in random order.",
            "dense",
            shuffled(rng, (-200..500).collect())[..400].to_vec(),
            Dense,
        ),
        table(
            "DenseDescending",
            "i32",
            "Codes 999 down to 500: consecutive but not in order.",
            "descending",
            (500..1000).rev().collect(),
            Dense,
        ),
        table(
            "DenseSwapped",
            "u16",
            "Codes 1..=300 in order but for one swapped pair.",
            "swapped",
            swapped,
            Dense,
        ),
        table(
            "DenseEdge",
            "i32",
            "50 rows spanning exactly 100 codes (the largest dense span).",
            "dense edge",
            edge(rng, 100),
            Dense,
        ),
        table(
            "HashEdge",
            "i32",
            "50 rows spanning 101 codes (the smallest hashed span).",
            "hash edge",
            edge(rng, 101),
            Hash,
        ),
        table(
            "HashSpread",
            "i32",
            "200 codes spread over -50000..60000, in random order.",
            "spread",
            distinct(rng, 200, -50_000, 59_999),
            Hash,
        ),
        table(
            "HashClustered",
            "i64",
            "Four clusters of 60 consecutive codes, far apart in i64.",
            "cluster",
            shuffled(
                rng,
                clusters.iter().flat_map(|&base| base..base + 60).collect(),
            ),
            Hash,
        ),
        table(
            "HashMultiples",
            "i32",
            "Multiples of 1024 (low bits all zero).",
            "multiple",
            shuffled(rng, (-100..100).map(|k| k * 1024).collect()),
            Hash,
        ),
        table(
            "HashHighBits",
            "i64",
            "Multiples of 2^32, and 0, 1, -1 (the low 32 bits mostly zero).",
            "shifted",
            high_bits,
            Hash,
        ),
        table(
            "HashU64",
            "u64",
            "150 codes above 2^63, and 0, 1, 2^63 - 1 and u64::MAX.",
            "u64",
            shuffled(rng, u64s),
            Hash,
        ),
        table(
            "HashI8",
            "i8",
            "Ten i8 codes spread over the type.",
            "i8",
            vec![-128, -100, -50, -7, 0, 3, 42, 99, 127, -1],
            Hash,
        ),
        table(
            "HashU8",
            "u8",
            "Seven u8 codes spread over the type.",
            "u8",
            vec![0, 255, 17, 200, 64, 128, 9],
            Hash,
        ),
        table(
            "HashU16",
            "u16",
            "A hundred u16 codes.",
            "u16",
            distinct(rng, 100, 0, 65_535),
            Hash,
        ),
        table(
            "HashLarge",
            "i32",
            "1500 codes anywhere in i32.",
            "large",
            distinct(rng, 1500, i32::MIN.into(), i32::MAX.into()),
            Hash,
        ),
    ]
}

/// The file: one `table!` per table (`codetable/tests/common/mod.rs`), rows as
/// `code => WORD_code, "label code";` with `M` for a minus in the name.
pub fn tables() -> String {
    let mut rng = Rng::new(0x1A70_0275);
    let mut out = String::from(
        "// @generated by `cargo xtask generate` (xtask/src/layouts.rs): do not edit.\n\
         //! The tables of `layouts.rs`, generated with a fixed random seed.\n\n\
         use crate::common::table;\n",
    );
    for table in all(&mut rng) {
        let narrow = !matches!(table.repr, "i64" | "u64");
        let layout = match code_index(&table.codes, type_low(table.repr), narrow) {
            CodeIndex::Sequential { .. } => Layout::Sequential,
            CodeIndex::Dense { .. } => Layout::Dense,
            CodeIndex::Hash { .. } => Layout::Hash,
        };
        assert_eq!(
            layout, table.layout,
            "{}: the pipeline lays it out otherwise",
            table.name
        );
        let rows = table.codes.len();
        let _ = write!(
            out,
            "\ntable!(\n    /// {}\n    /// Layout: {layout:?} ({rows} rows).\n    {}: {} = [\n",
            table.doc, table.name, table.repr
        );
        for code in table.codes {
            let word = WORDS[(code.unsigned_abs() % 16) as usize];
            let sign = if code < 0 { "M" } else { "" };
            let magnitude = code.unsigned_abs();
            let _ = writeln!(
                out,
                "        {code} => {word}_{sign}{magnitude}, \"{} {code}\";",
                table.label
            );
        }
        out.push_str("    ]\n);\n");
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_committed_layout_tables_are_current() {
        let committed =
            std::fs::read_to_string(super::root().join(super::PATH)).expect(super::PATH);
        assert!(
            committed == super::tables(),
            "{} is not what the generator writes: run `cargo xtask generate`",
            super::PATH
        );
    }
}

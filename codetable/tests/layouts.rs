//! The three lookup layouts (`codetable-pipeline/src/index.rs`), each on tables large enough to
//! matter: `Sequential` (codes first, first + 1, ... in declaration order), `Dense` (the code
//! span at most twice the row count, including the exact threshold) and the open-addressing
//! `Hash` (sparse, negative, clustered, high-bit and low-bit-free codes, and just past the
//! dense threshold). Each table is checked row by row against the rows as written
//! (`from_code`, `from_name`, `name`, `message`, `TryFrom`, `FromStr`, `Display`, ordering),
//! with misses at the neighbours of every code, at the extremes of the code type, and over a
//! sweep of every value around the table's span.
//!
//! The tables are in `layouts/tables.rs`, written by `cargo xtask generate` with a fixed
//! random seed (`xtask/src/layouts.rs`; a test there fails when the file is stale); the layout
//! each table gets, as the pipeline's index picks it, is noted in its doc comment.

mod common;
#[path = "layouts/tables.rs"]
mod tables;

use common::{check_table, checked_indexes, checked_rows, sweep, sweep_every};
use tables::*;

macro_rules! check {
    ($table:ident $(, $miss:expr)* $(,)?) => {
        check_table::<$table>($table::EXPECTED, $table::cast, &[$($miss),*])
    };
}

/// Every name of `C` with one character changed is a miss (or another row of the table).
/// Under Miri, the rows `checked_indexes` picks, changed at their first, middle and last char.
fn one_character_off<C: codetable::Code>() {
    for c in checked_indexes(C::COUNT).filter_map(C::at) {
        let name = c.name();
        let chars = name.chars().count();
        for (i, ch) in name
            .char_indices()
            .enumerate()
            .filter(|&(n, _)| !cfg!(miri) || n == 0 || n == chars / 2 || n + 1 == chars)
            .map(|(_, char)| char)
        {
            for replacement in ['_', 'A', 'z', '0', '\0'] {
                if replacement == ch {
                    continue;
                }
                let mut other = String::with_capacity(name.len());
                other.push_str(&name[..i]);
                other.push(replacement);
                other.push_str(&name[i + ch.len_utf8()..]);
                if let Some(found) = C::from_name(&other) {
                    assert_eq!(found.name(), other, "{}: {other:?}", C::TABLE);
                }
            }
        }
    }
}

/// Names that are no row's: built from the same words as the tables' names (with fewer
/// numbers under Miri).
fn unrelated_names<C: codetable::Code>() {
    let numbers: &[i64] = if cfg!(miri) {
        &[-1, 1 << 40]
    } else {
        &[-1, 0, 1, 7, 1000, 1 << 40]
    };
    for word in [
        "",
        "A",
        "A_",
        "_",
        "NOT_FOUND",
        "TIMEOUT_",
        "X1_",
        "M",
        "0",
        "A_0_",
        "a_0",
    ] {
        for n in numbers {
            for name in [
                format!("{word}{n}"),
                format!("{word}M{n}"),
                word.to_string(),
            ] {
                if let Some(found) = C::from_name(&name) {
                    assert_eq!(found.name(), name, "{}", C::TABLE);
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Sequential

#[test]
fn sequential_1000() {
    check!(
        Sequential1000,
        -1,
        1000,
        1001,
        -1000,
        5000,
        i32::MIN,
        i32::MAX
    );
    assert_eq!(Sequential1000::COUNT, 1000);
    assert_eq!(
        sweep::<Sequential1000>(Sequential1000::EXPECTED, -3000..4000),
        1000
    );
    for (i, c) in Sequential1000::ALL.iter().enumerate() {
        assert_eq!(c.code(), i as i32);
    }
    one_character_off::<Sequential1000>();
    unrelated_names::<Sequential1000>();
}

#[test]
fn sequential_negative() {
    check!(SequentialNegative, -301, 300, i16::MIN, i16::MAX);
    assert_eq!(
        sweep::<SequentialNegative>(SequentialNegative::EXPECTED, -32768..=32767),
        600
    );
    one_character_off::<SequentialNegative>();
}

#[test]
fn sequential_offset() {
    check!(SequentialOffset, 0, 1, 69999, 70512, u32::MAX, 70000 - 512);
    assert_eq!(
        sweep::<SequentialOffset>(SequentialOffset::EXPECTED, 0..200_000),
        512
    );
    // Values whose difference from the first code wraps around.
    for code in [u32::MAX - 70000, u32::MAX - 69999, 70000u32.wrapping_sub(1)] {
        assert_eq!(SequentialOffset::from_code(code), None);
    }
    one_character_off::<SequentialOffset>();
}

// ---------------------------------------------------------------------------------------------
// Dense

#[test]
fn dense_with_gaps() {
    check!(DenseGaps, -201, 500, 501, i32::MIN, i32::MAX);
    assert_eq!(sweep::<DenseGaps>(DenseGaps::EXPECTED, -2000..3000), 400);
    one_character_off::<DenseGaps>();
    unrelated_names::<DenseGaps>();
}

#[test]
fn dense_descending() {
    check!(DenseDescending, 499, 1000, 0);
    assert_eq!(
        sweep::<DenseDescending>(DenseDescending::EXPECTED, -1000..3000),
        500
    );
    assert_eq!(DenseDescending::ALL[0].code(), 999);
    assert_eq!(DenseDescending::ALL[499].code(), 500);
}

#[test]
fn dense_swapped() {
    check!(DenseSwapped, 0, 301, u16::MAX);
    assert_eq!(
        sweep::<DenseSwapped>(DenseSwapped::EXPECTED, 0..=65535),
        300
    );
    assert_eq!(DenseSwapped::ALL[150].code(), 152);
    assert_eq!(DenseSwapped::ALL[151].code(), 151);
    assert_eq!(DenseSwapped::from_code(151), Some(DenseSwapped::ALL[151]));
}

#[test]
fn dense_edge() {
    check!(DenseEdge, 999, 1100, 0);
    assert_eq!(sweep::<DenseEdge>(DenseEdge::EXPECTED, 0..3000), 50);
    one_character_off::<DenseEdge>();
}

// ---------------------------------------------------------------------------------------------
// Hash

#[test]
fn hash_edge() {
    check!(HashEdge, 999, 1101, 0);
    assert_eq!(sweep::<HashEdge>(HashEdge::EXPECTED, 0..3000), 50);
    one_character_off::<HashEdge>();
}

#[test]
fn hash_spread() {
    check!(HashSpread, -50001, 60000, 0, i32::MIN, i32::MAX);
    assert_eq!(HashSpread::COUNT, 200);
    assert_eq!(
        sweep::<HashSpread>(HashSpread::EXPECTED, -60_000..70_000),
        200
    );
    one_character_off::<HashSpread>();
    unrelated_names::<HashSpread>();
}

#[test]
fn hash_clustered() {
    check!(HashClustered, i64::MIN, i64::MAX, -31, 30, 1 << 62, 1 << 41);
    let clusters = [-7_000_000_000i128, -30, 1 << 40, 1 << 62];
    let mut hits = 0;
    for base in clusters {
        hits += sweep::<HashClustered>(HashClustered::EXPECTED, base - 500..base + 500);
    }
    assert_eq!(hits, 240);
    one_character_off::<HashClustered>();
}

#[test]
fn hash_multiples_of_1024() {
    check!(HashMultiples, 1, -1, 1023, 1025, 100 * 1024, -101 * 1024);
    assert_eq!(
        sweep::<HashMultiples>(HashMultiples::EXPECTED, -200_000..200_000),
        200
    );
    unrelated_names::<HashMultiples>();
}

#[test]
fn hash_high_bits() {
    check!(
        HashHighBits,
        2,
        -2,
        1 << 31,
        -(1 << 31),
        60 << 32,
        (1 << 32) + 1
    );
    let mut hits = 0;
    for k in -70i128..70 {
        hits += sweep::<HashHighBits>(HashHighBits::EXPECTED, (k << 32) - 3..(k << 32) + 3);
    }
    assert_eq!(hits, 122);
}

#[test]
fn hash_u64() {
    check!(
        HashU64,
        2,
        u64::MAX - 1,
        1 << 63,
        (1 << 63) - 2,
        u64::MAX / 3
    );
    assert_eq!(HashU64::COUNT, 154);
    one_character_off::<HashU64>();
}

#[test]
fn hash_small_types() {
    check!(HashI8);
    check!(HashU8);
    check!(HashU16);
    assert_eq!(sweep::<HashI8>(HashI8::EXPECTED, -128..=127), 10);
    assert_eq!(sweep::<HashU8>(HashU8::EXPECTED, 0..=255), 7);
    assert_eq!(sweep::<HashU16>(HashU16::EXPECTED, 0..=65535), 100);
}

#[test]
fn hash_large() {
    check!(HashLarge, i32::MIN, i32::MAX, 0, 1, -1);
    assert_eq!(HashLarge::COUNT, 1500);
    // A sweep around each code (of the rows `checked_rows` picks), and a stride over the whole
    // type.
    let mut hits = 0;
    let mut rows = 0;
    for (_, &(code, ..)) in checked_rows(HashLarge::EXPECTED) {
        let code = i128::from(code);
        hits += sweep::<HashLarge>(HashLarge::EXPECTED, code - 3..=code + 3);
        rows += 1;
    }
    assert!(hits >= rows);
    sweep_every::<HashLarge>(
        HashLarge::EXPECTED,
        i128::from(i32::MIN),
        i128::from(i32::MAX),
        65_537,
    );
    one_character_off::<HashLarge>();
    unrelated_names::<HashLarge>();
}

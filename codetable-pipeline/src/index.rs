//! How lookups are laid out: the code → slot and name → slot indexes, computed at expansion
//! so that the generated code only reads from static tables.
//!
//! A slot is a row's position in declaration order; per-row data (names, messages) is stored
//! by slot. The hash functions are `codetable-shared`'s, which the generated code calls too (through
//! `codes`) to probe these tables.

pub use codetable_shared::{blob, EMPTY};
use codetable_shared::{hash_code, hash_code32, name_key};

/// A dense table may have at most this many entries per row before hashing pays.
const DENSE_FACTOR: u128 = 2;

/// Multipliers tried for each hash table (odd, in their low 32 bits too, which a 32-bit hash
/// uses); the one with the shortest probes wins. Fixed, so the expansion is the same on every
/// run.
const MULTIPLIERS: [u64; 8] = [
    0x9E37_79B9_7F4A_7C15,
    0xD6E8_FEB8_6659_FD93,
    0xA076_1D64_78BD_642F,
    0xE703_7ED1_A0B4_28DB,
    0x8EBC_6AF0_9C88_C6E3,
    0x5899_65CC_7537_4CC3,
    0x1D8E_4E27_C47D_124F,
    0xBF58_476D_1CE4_E5B9,
];

/// How `from_code` finds a code's slot.
pub enum CodeIndex {
    /// The codes are `first, first + 1, …` in declaration order: the slot is `code - first`.
    Sequential {
        /// The first row's code.
        first: i128,
    },
    /// `slots[code - low]` is the slot of `code`, or [`EMPTY`].
    Dense {
        /// The lowest code.
        low: i128,
        /// The slot of each code from `low` on.
        slots: Vec<u32>,
    },
    /// Open addressing with linear probing, at most half full. Empty buckets hold `vacant`, a
    /// code of the type that no row has, so a probe reads only codes until it meets its own
    /// or `vacant`.
    Hash {
        /// Each bucket's code and slot.
        table: HashTable<(i128, u32)>,
        /// The code empty buckets hold.
        vacant: i128,
        /// The codes are of 32 bits or fewer, hashed as `u32` ([`hash_code32`]).
        narrow: bool,
    },
}

/// An open-addressing hash table, probed linearly from `hash(key, seed, shift)`.
pub struct HashTable<T> {
    /// Each key's hash's multiplier: the one of the tried multipliers that gave the fewest
    /// probes (its low 32 bits for a 32-bit hash).
    pub seed: u64,
    /// The hash's width (64, or 32) less `log2(buckets.len())`: the hash's top bits are the
    /// bucket.
    pub shift: u32,
    /// A power of two in length; `None` is an empty bucket.
    pub buckets: Vec<Option<T>>,
}

/// The widening the generated code applies before hashing or subtracting: `code as u64`,
/// which sign-extends signed codes.
pub fn widen(code: i128) -> u64 {
    code as u64
}

/// Chooses the code index for the codes of a table, in declaration order (no duplicates),
/// whose code type spans `type_low..=type_high`.
pub fn code_index(codes: &[i128], type_low: i128, narrow: bool) -> CodeIndex {
    let Some(&first) = codes.first() else {
        return CodeIndex::Sequential { first: 0 };
    };
    if codes
        .iter()
        .zip(first..)
        .all(|(&code, expected)| code == expected)
    {
        return CodeIndex::Sequential { first };
    }
    let low = codes.iter().copied().min().unwrap_or(first);
    let high = codes.iter().copied().max().unwrap_or(first);
    let span = (high - low) as u128 + 1;
    if span <= DENSE_FACTOR * codes.len() as u128 {
        let mut slots = vec![EMPTY; span as usize];
        for (slot, &code) in codes.iter().enumerate() {
            slots[(code - low) as usize] = slot as u32;
        }
        return CodeIndex::Dense { low, slots };
    }
    let entries: Vec<(u64, (i128, u32))> = codes
        .iter()
        .enumerate()
        .map(|(slot, &code)| (widen(code), (code, slot as u32)))
        .collect();
    // The codes span more than twice their number, so a vacant code exists below the highest:
    // the lowest of the type that no row has.
    let mut sorted = codes.to_vec();
    sorted.sort_unstable();
    let mut vacant = type_low;
    for &code in &sorted {
        if code == vacant {
            vacant += 1;
        } else if code > vacant {
            break;
        }
    }
    let table = if narrow {
        build(&entries, 32, |&key, seed, shift| {
            hash_code32(key as u32, seed as u32, shift)
        })
    } else {
        build(&entries, 64, |&key, seed, shift| {
            hash_code(key, seed, shift)
        })
    };
    CodeIndex::Hash {
        table,
        vacant,
        narrow,
    }
}

/// The name index: a hash table of slots, probed by comparing the names stored at them, and
/// where in a name its key's two words are read (see `codetable_shared::name_key`).
pub struct NameIndex {
    /// The buckets.
    pub table: HashTable<u32>,
    /// The offset of the key's first word from a name's start.
    pub from_start: usize,
    /// The offset of the key's second word's end from a name's end.
    pub from_end: usize,
}

/// The offsets a name key's words may be read at: names of one table tend to share a prefix
/// (`ERROR_PROXY_`), so the first word is tried further in too.
const KEY_OFFSETS: [(usize, usize); 8] = [
    (0, 0),
    (4, 0),
    (8, 0),
    (12, 0),
    (16, 0),
    (0, 4),
    (8, 4),
    (16, 4),
];

/// How many names the key offsets are chosen on: evenly spaced through a larger table, which
/// they represent well enough, at a fraction of the expansion's time.
const KEY_SAMPLE: usize = 4096;

/// The name index of a table's names, in slot order: keys read where the names differ most
/// (the fewest names that share a key, which only a full comparison tells apart).
pub fn name_index(names: &[&str]) -> NameIndex {
    let step = names.len().div_ceil(KEY_SAMPLE).max(1);
    let sample: Vec<&[u8]> = names
        .iter()
        .step_by(step)
        .map(|name| name.as_bytes())
        .collect();
    let mut keys = Vec::with_capacity(sample.len());
    let mut best: Option<(usize, (usize, usize))> = None;
    for (from_start, from_end) in KEY_OFFSETS {
        keys.clear();
        keys.extend(
            sample
                .iter()
                .map(|name| name_key(name, from_start, from_end)),
        );
        keys.sort_unstable();
        keys.dedup();
        let shared = sample.len() - keys.len();
        if best.is_none_or(|(fewest, _)| shared < fewest) {
            best = Some((shared, (from_start, from_end)));
        }
        if shared == 0 {
            break;
        }
    }
    let (from_start, from_end) = best.map_or((0, 0), |(_, offsets)| offsets);
    let entries: Vec<(u64, u32)> = names
        .iter()
        .enumerate()
        .map(|(slot, name)| (name_key(name.as_bytes(), from_start, from_end), slot as u32))
        .collect();
    NameIndex {
        table: build(&entries, 64, |&key, seed, shift| {
            hash_code(key, seed, shift)
        }),
        from_start,
        from_end,
    }
}

/// Whether a table of `rows` rows stores its slots as `u16` (else `u32`): the largest value of
/// the type marks an empty bucket, so it cannot be a slot.
pub fn narrow_slots(rows: usize) -> bool {
    rows < usize::from(u16::MAX)
}

/// Builds a table at most half full with the multiplier that gives the fewest probes, for a
/// hash of `width` bits.
///
/// Each seed is tried on an occupancy bitmap (32 KiB at 100 000 entries, which stays in the
/// cache), and only the winner's table of values is built.
fn build<K, T: Copy>(
    entries: &[(K, T)],
    width: u32,
    hash: impl Fn(&K, u64, u32) -> usize,
) -> HashTable<T> {
    let len = (entries.len() * 2).next_power_of_two().max(4);
    let mask = len - 1;
    let shift = width - len.trailing_zeros();
    let mut occupied = vec![0u64; len.div_ceil(64)];
    let mut best: Option<(usize, u64)> = None;
    for seed in MULTIPLIERS {
        occupied.fill(0);
        let mut probes = 0;
        for (key, _) in entries {
            let mut bucket = hash(key, seed, shift);
            while occupied[bucket / 64] & (1 << (bucket % 64)) != 0 {
                bucket = (bucket + 1) & mask;
                probes += 1;
            }
            occupied[bucket / 64] |= 1 << (bucket % 64);
        }
        if best.is_none_or(|(fewest, _)| probes < fewest) {
            best = Some((probes, seed));
        }
    }
    let seed = best.map_or(MULTIPLIERS[0], |(_, seed)| seed);
    let mut buckets = vec![None; len];
    for (key, value) in entries {
        let mut bucket = hash(key, seed, shift);
        while buckets[bucket].is_some() {
            bucket = (bucket + 1) & mask;
        }
        buckets[bucket] = Some(*value);
    }
    HashTable {
        seed,
        shift,
        buckets,
    }
}

/// What holds a code outside the rows: a reserved range or a section, by index.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Holder {
    /// `Table::reserved[i]`.
    Reserved(usize),
    /// `Table::sections[i]`.
    Section(usize),
}

/// Codes `low..=high`, all held by one reserved range or section (the innermost that holds
/// them): a piece of the partition [`outside`] makes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Segment {
    /// The first code.
    pub low: i128,
    /// The last code.
    pub high: i128,
    /// What holds them.
    pub holder: Holder,
}

/// The codes the sections and reserved ranges of a table hold, as disjoint segments in
/// ascending order, each with the innermost item holding it: a reserved range inside a
/// section holds its codes, as a subsection does. Validation has made sure that items at one
/// level do not overlap, so the items nest: a sweep over their bounds with a stack of the items
/// open, innermost on top, takes `O(k log k)` for `k` items.
pub fn outside(
    sections: &[(Option<usize>, (i128, i128))],
    reserved: &[(Option<usize>, (i128, i128))],
) -> Vec<Segment> {
    let depth = |mut parent: Option<usize>| {
        let mut depth = 0;
        while let Some(section) = parent {
            depth += 1;
            parent = sections.get(section).and_then(|&(up, _)| up);
        }
        depth
    };
    let mut items: Vec<(Holder, (i128, i128), usize)> = sections
        .iter()
        .enumerate()
        .map(|(index, &(parent, range))| (Holder::Section(index), range, depth(parent)))
        .chain(
            reserved
                .iter()
                .enumerate()
                .map(|(index, &(parent, range))| {
                    (Holder::Reserved(index), range, depth(parent) + 1)
                }),
        )
        .collect();
    // By first code, the outer of two that start together first: pushed in this order, the
    // innermost item open is the stack's top.
    items.sort_unstable_by_key(|&(_, (low, _), depth)| (low, depth));
    let mut bounds: Vec<i128> = items
        .iter()
        .flat_map(|&(_, (low, high), _)| [low, high.saturating_add(1)])
        .collect();
    bounds.sort_unstable();
    bounds.dedup();
    let mut segments: Vec<Segment> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    let mut next = 0;
    for pair in bounds.windows(2) {
        let (low, high) = (pair[0], pair[1] - 1);
        while open.last().is_some_and(|&top| items[top].1 .1 < low) {
            open.pop();
        }
        while let Some(&(_, (from, to), _)) = items.get(next) {
            if from > low {
                break;
            }
            if to >= low {
                open.push(next);
            }
            next += 1;
        }
        let Some(&top) = open.last() else {
            continue;
        };
        let holder = items[top].0;
        match segments.last_mut() {
            Some(last) if last.holder == holder && last.high + 1 == low => last.high = high,
            _ => segments.push(Segment { low, high, holder }),
        }
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::{outside, Holder, Segment};

    fn segment(low: i128, high: i128, holder: Holder) -> Segment {
        Segment { low, high, holder }
    }

    #[test]
    fn the_innermost_item_holds_each_code() {
        // Section 0: 0..=99, with section 1: 10..=19 inside, which holds reserved 0: 12..=13;
        // reserved 1: 50..=59 in section 0; reserved 2: 200..=200 at the top.
        let sections = [(None, (0, 99)), (Some(0), (10, 19))];
        let reserved = [(Some(1), (12, 13)), (Some(0), (50, 59)), (None, (200, 200))];
        assert_eq!(
            outside(&sections, &reserved),
            [
                segment(0, 9, Holder::Section(0)),
                segment(10, 11, Holder::Section(1)),
                segment(12, 13, Holder::Reserved(0)),
                segment(14, 19, Holder::Section(1)),
                segment(20, 49, Holder::Section(0)),
                segment(50, 59, Holder::Reserved(1)),
                segment(60, 99, Holder::Section(0)),
                segment(200, 200, Holder::Reserved(2)),
            ]
        );
    }

    #[test]
    fn items_that_start_or_end_together_nest() {
        let sections = [(None, (0, 9)), (Some(0), (0, 4)), (Some(1), (0, 0))];
        let reserved = [(Some(0), (5, 9))];
        assert_eq!(
            outside(&sections, &reserved),
            [
                segment(0, 0, Holder::Section(2)),
                segment(1, 4, Holder::Section(1)),
                segment(5, 9, Holder::Reserved(0)),
            ]
        );
    }

    /// Tens of thousands of items, each a segment of its own, in one sweep (the old pairwise
    /// search took seconds at 20 000).
    #[test]
    fn a_hundred_thousand_one_code_ranges() {
        let reserved: Vec<(Option<usize>, (i128, i128))> = (0..100_000)
            .map(|code| (None, (2 * code, 2 * code)))
            .collect();
        let segments = outside(&[], &reserved);
        assert_eq!(segments.len(), 100_000);
        assert!(segments.iter().enumerate().all(|(index, found)| *found
            == segment(
                2 * index as i128,
                2 * index as i128,
                Holder::Reserved(index)
            )));
    }
}

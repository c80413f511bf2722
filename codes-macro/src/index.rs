//! How lookups are laid out: the code → slot and name → slot indexes, computed at expansion
//! so that the generated code only reads from static tables.
//!
//! A slot is a row's position in declaration order; per-row data (names, messages) is stored
//! by slot. The hash functions here must stay identical to those in `codes/src/__private.rs`,
//! which the generated code calls to probe these tables.

/// Marks an empty bucket or a missing slot (`codes::__private::EMPTY`).
pub const EMPTY: u32 = u32::MAX;

/// A dense table may have at most this many entries per row before hashing pays.
const DENSE_FACTOR: u128 = 2;

/// Seeds tried for each hash table; the one with the shortest probes wins. Fixed, so the
/// expansion is the same on every run.
const SEEDS: [u64; 8] = [
    0,
    0x243F_6A88_85A3_08D3,
    0x1319_8A2E_0370_7344,
    0xA409_3822_299F_31D0,
    0x082E_FA98_EC4E_6C89,
    0x4528_21E6_38D0_1377,
    0xBE54_66CF_34E9_0C6C,
    0xC0AC_29B7_C97C_50DD,
];

pub enum CodeIndex {
    /// The codes are `first, first + 1, …` in declaration order: the slot is `code - first`.
    Sequential { first: i128 },
    /// `slots[code - low]` is the slot of `code`, or [`EMPTY`].
    Dense { low: i128, slots: Vec<u32> },
    /// Open addressing with linear probing, at most half full. Empty buckets hold `vacant`, a
    /// code of the type that no row has, so a probe reads only codes until it meets its own
    /// or `vacant`.
    Hash {
        table: HashTable<(i128, u32)>,
        vacant: i128,
    },
}

pub struct HashTable<T> {
    pub seed: u64,
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
pub fn code_index(codes: &[i128], type_low: i128) -> CodeIndex {
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
    CodeIndex::Hash {
        table: build(&entries, |&key, seed, shift| hash_code(key, seed, shift)),
        vacant,
    }
}

/// The name index: a hash table of slots, probed by comparing the names stored at them.
pub fn name_index(names: &[&str]) -> HashTable<u32> {
    // Each name hashed once; each seed tried only remixes the word.
    let entries: Vec<(u64, u32)> = names
        .iter()
        .enumerate()
        .map(|(slot, name)| (name_word(name.as_bytes()), slot as u32))
        .collect();
    build(&entries, |&word, seed, shift| hash_code(word, seed, shift))
}

/// Builds a table at most half full with the seed that gives the fewest probes.
///
/// Each seed is tried on an occupancy bitmap (32 KiB at 100 000 entries, which stays in the
/// cache), and only the winner's table of values is built.
fn build<K, T: Copy>(entries: &[(K, T)], hash: impl Fn(&K, u64, u32) -> usize) -> HashTable<T> {
    let len = (entries.len() * 2).next_power_of_two().max(4);
    let mask = len - 1;
    let shift = 64 - len.trailing_zeros();
    let mut occupied = vec![0u64; len.div_ceil(64)];
    let mut best: Option<(usize, u64)> = None;
    for seed in SEEDS {
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
    let seed = best.map_or(0, |(_, seed)| seed);
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

/// `codes::__private::hash_code`.
fn hash_code(code: u64, seed: u64, shift: u32) -> usize {
    ((code ^ seed).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize
}

/// `codes::__private::hash_name`.
#[cfg(test)]
fn hash_name(name: &[u8], seed: u64, shift: u32) -> usize {
    hash_code(name_word(name), seed, shift)
}

/// `codes::__private::name_word`.
fn name_word(name: &[u8]) -> u64 {
    const K: u64 = 0x517C_C1B7_2722_0A95;
    let mut h = name.len() as u64;
    let mut chunks = name.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        let mut word = [0; 8];
        word[..tail.len()].copy_from_slice(tail);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
    }
    h
}

/// Strings joined into one blob, and where each starts; the last start is the blob's end.
/// One `&str` for all rows costs one relocation instead of one per string.
pub fn blob<'a>(strings: impl IntoIterator<Item = &'a str>) -> (String, Vec<u32>) {
    let mut text = String::new();
    let mut starts = vec![0];
    for string in strings {
        text.push_str(string);
        starts.push(text.len() as u32);
    }
    (text, starts)
}

// The runtime half of the hash functions, compiled here so that a test can hold the two
// halves to each other: a table built with one and probed with the other finds nothing.
#[cfg(test)]
#[path = "../../codes/src/__private.rs"]
#[allow(dead_code)]
pub(crate) mod runtime;

#[cfg(test)]
mod tests {
    use super::runtime;

    #[test]
    fn hashes_agree_with_the_runtime() {
        let codes = [
            i64::MIN,
            -50122,
            -61,
            -1,
            0,
            1,
            255,
            40001,
            4_000_000_000,
            i64::MAX,
        ];
        for seed in super::SEEDS {
            for shift in [48, 52, 60, 62] {
                for code in codes {
                    let widened = super::widen(code.into());
                    assert_eq!(
                        super::hash_code(widened, seed, shift),
                        runtime::hash_code(widened, seed, shift)
                    );
                }
                for name in [
                    "",
                    "OK",
                    "INVALID_CREDENTIAL",
                    "ERROR_PROXY_AUTH_SIGN_EMPTY",
                    "错误码",
                ] {
                    assert_eq!(
                        super::hash_name(name.as_bytes(), seed, shift),
                        runtime::hash_name(name.as_bytes(), seed, shift)
                    );
                }
            }
        }
    }
}

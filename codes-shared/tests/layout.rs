//! The readers against the writers: strings joined by `blob` and offsets written by `u32_table`
//! read back by `str_at`, numbers by `u32_at`, and names found by `find_name` in hash tables
//! built over a blob as the macro builds them (any fill short of full), including a table with
//! one empty bucket, where every miss walks a probe chain around the whole table.
//!
//! These are the runtime's `unsafe` paths, with the table shapes that stress their bounds:
//! empty strings (at the start, the end and in a row), multi-byte UTF-8 at every edge, starts
//! at an unaligned address, thousands of strings. `scripts/miri.sh` runs them under Miri.

use codes_shared::{blob, find_name, hash_name, str_at, u32_at, u32_table, EMPTY};

/// Strings with every edge `str_at` must respect: empty ones (first, last, several in a row),
/// one char of each UTF-8 width, multi-byte chars at both ends, and names of each length
/// around `name_word`'s 8-byte chunks.
const STRINGS: &[&str] = &[
    "",
    "a",
    "",
    "",
    "é",
    "公",
    "🦀",
    "公众号全局返回码",
    "ü-middle-ü",
    "🦀crab🦀",
    "SEVEN_7",
    "EIGHT_88",
    "NINE_9999",
    "SIXTEEN_CHARS_16",
    "SEVENTEEN_CHARS17",
    "\0",
    "tab\tand\nnewline",
    "",
];

/// A blob and its starts, as the generated code has them: the blob `&'static` (the strings of
/// a `static`), the starts a byte table. Leaked on purpose: a test builds a few.
struct Blob {
    text: &'static str,
    starts: Vec<u8>,
    count: usize,
}

impl Blob {
    fn new(strings: &[&str]) -> Self {
        let (text, starts) = blob(strings.iter().copied());
        assert_eq!(starts.len(), strings.len() + 1);
        assert_eq!(starts.first(), Some(&0));
        assert_eq!(starts.last().map(|&end| end as usize), Some(text.len()));
        Blob {
            text: leak(text),
            starts: u32_table(starts),
            count: strings.len(),
        }
    }

    /// String `i`, which must be below `count`.
    fn get(&self, i: usize) -> &'static str {
        assert!(i < self.count);
        // SAFETY: `blob` wrote `count + 1` offsets, ascending from 0 to the blob's length, each
        // at the end of a whole string; `i + 1 <= count`.
        unsafe { str_at(self.text, &self.starts, i) }
    }
}

/// Leaks `text` into a `&'static str`, keeping it reachable from a static: Miri then does not
/// count it as leaked.
fn leak(text: String) -> &'static str {
    static LEAKED: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());
    let text: &'static str = text.leak();
    LEAKED.lock().unwrap().push(text);
    text
}

/// A name table over `names` as `codes-pipeline`'s `name_index` lays it out (linear probing
/// from `hash_name`, wrapping at the end), but with `len` buckets, so it may be fuller than the
/// macro's half: `len` a power of two above `names.len()`.
fn name_table(names: &[&str], len: usize, seed: u64) -> (Vec<u8>, u32) {
    assert!(len.is_power_of_two() && len > names.len());
    let shift = 64 - len.trailing_zeros();
    let mut buckets = vec![EMPTY; len];
    for (slot, name) in names.iter().enumerate() {
        let mut bucket = hash_name(name.as_bytes(), seed, shift);
        while buckets[bucket] != EMPTY {
            bucket = (bucket + 1) % len;
        }
        buckets[bucket] = slot as u32;
    }
    (u32_table(buckets), shift)
}

/// Finds `name` in a table built by [`name_table`] over the strings of `blob`.
fn find(name: &str, blob: &Blob, buckets: &[u8], seed: u64, shift: u32) -> Option<usize> {
    // SAFETY: `name_table` put in `buckets` only slots below `blob.count`, and `EMPTY`.
    unsafe { find_name(name, buckets, seed, shift, blob.text, &blob.starts) }
}

#[test]
fn every_string_reads_back() {
    let blob = Blob::new(STRINGS);
    for (i, &expected) in STRINGS.iter().enumerate() {
        assert_eq!(blob.get(i), expected, "string {i}");
    }
    assert_eq!(blob.text, STRINGS.concat());
}

#[test]
fn only_empty_strings() {
    let blob = Blob::new(&["", "", ""]);
    assert_eq!(blob.text, "");
    for i in 0..3 {
        assert_eq!(blob.get(i), "");
    }
}

#[test]
fn one_string() {
    for string in ["", "x", "🦀", "公众号"] {
        let blob = Blob::new(&[string]);
        assert_eq!(blob.get(0), string);
    }
}

/// The starts need not be aligned: the generated code's are byte strings, alignment 1.
#[test]
fn starts_at_an_odd_address() {
    let (text, starts) = blob(STRINGS.iter().copied());
    let text = leak(text);
    for pad in 1..4 {
        let mut padded = vec![0xAA; pad];
        padded.extend(u32_table(starts.iter().copied()));
        let unaligned = &padded[pad..];
        for (i, &expected) in STRINGS.iter().enumerate() {
            // SAFETY: `unaligned` is the byte table of `blob`'s offsets, `i + 1 <= len`.
            assert_eq!(unsafe { str_at(text, unaligned, i) }, expected);
        }
    }
}

/// Bytes after the last offset are never read: the starts may be a prefix of a longer table.
#[test]
fn starts_with_bytes_after_the_last_offset() {
    let (text, starts) = blob(["ab", "c"]);
    let text = leak(text);
    let mut table = u32_table(starts);
    table.extend([0xFF; 7]);
    // SAFETY: the first 12 bytes are `blob`'s three offsets.
    assert_eq!(unsafe { str_at(text, &table, 0) }, "ab");
    // SAFETY: as above.
    assert_eq!(unsafe { str_at(text, &table, 1) }, "c");
}

#[test]
fn str_at_in_a_constant() {
    const TEXT: &str = "公众号ok";
    const STARTS: [u8; 12] = [0, 0, 0, 0, 9, 0, 0, 0, 11, 0, 0, 0];
    // SAFETY: offsets 0, 9 and 11 are char boundaries of `TEXT`, ascending, the last its end.
    const FIRST: &str = unsafe { str_at(TEXT, &STARTS, 0) };
    // SAFETY: as above.
    const SECOND: &str = unsafe { str_at(TEXT, &STARTS, 1) };
    assert_eq!((FIRST, SECOND), ("公众号", "ok"));
}

#[test]
fn u32_round_trip() {
    let values = [0, 1, 0xFF, 0x100, 0x0102_0304, EMPTY - 1, EMPTY, 1 << 31];
    let table = u32_table(values);
    assert_eq!(table.len(), 4 * values.len());
    assert_eq!(&table[4..8], &[1, 0, 0, 0], "little-endian on every target");
    for (i, &value) in values.iter().enumerate() {
        assert_eq!(u32_at(&table, i), value);
    }
    const TABLE: [u8; 8] = [1, 0, 0, 0, 0, 0, 0, 0x80];
    const SECOND: u32 = u32_at(&TABLE, 1);
    assert_eq!(SECOND, 1 << 31);
}

#[test]
#[should_panic(expected = "index out of a generated table")]
fn u32_at_past_the_end_panics() {
    u32_at(&u32_table([1, 2]), 2);
}

#[test]
#[should_panic(expected = "index out of a generated table")]
fn u32_at_of_a_partial_entry_panics() {
    u32_at(&[1, 2, 3, 4, 5, 6, 7], 1);
}

/// Names (with empty and multi-byte ones) found at their slots in tables from half full, as
/// the macro builds them, to one bucket short of full; misses end at an empty bucket however
/// far it is.
#[test]
fn find_name_hits_and_misses() {
    let names: Vec<&str> = STRINGS
        .iter()
        .copied()
        .enumerate()
        // One of each string: the empty one at slot 0.
        .filter(|&(i, s)| !s.is_empty() || i == 0)
        .map(|(_, s)| s)
        .collect();
    let blob = Blob::new(&names);
    let misses = [
        "A",
        "é ",
        "公众",
        "🦀crab",
        "SEVEN_8",
        "EIGHT_8",
        "NINE_99999",
        "SIXTEEN_CHARS_1",
        "\0\0",
        "some name that no row has",
    ];
    for len in [32, 64, names.len().next_power_of_two()] {
        for seed in [0, 0x243F_6A88_85A3_08D3, u64::MAX] {
            let (buckets, shift) = name_table(&names, len, seed);
            for (slot, name) in names.iter().enumerate() {
                assert_eq!(find(name, &blob, &buckets, seed, shift), Some(slot));
            }
            for miss in misses {
                assert_eq!(find(miss, &blob, &buckets, seed, shift), None, "{miss:?}");
            }
        }
    }
}

/// A table with one empty bucket: every miss probes until it, wrapping past the end, through
/// every slot between; and a table whose names all hash to one bucket (seeded so).
#[test]
fn find_name_full_probe_chain() {
    let names = ["a", "b", "c", "d", "e", "f", "g"];
    let blob = Blob::new(&names);
    let (buckets, shift) = name_table(&names, 8, 7);
    let empty = (0..8).find(|&b| u32_at(&buckets, b) == EMPTY);
    assert!(empty.is_some());
    for (slot, name) in names.iter().enumerate() {
        assert_eq!(find(name, &blob, &buckets, 7, shift), Some(slot));
    }
    // Misses from every bucket: some start after the empty one and wrap around.
    let mut starts = [false; 8];
    for i in 0..200 {
        let miss = format!("miss {i}");
        starts[hash_name(miss.as_bytes(), 7, shift)] = true;
        assert_eq!(find(&miss, &blob, &buckets, 7, shift), None);
    }
    assert!(starts.iter().all(|&started| started), "{starts:?}");

    // Every slot in one chain, and the name at its end found after passing all others.
    let collide = |shift: u32| -> Vec<String> {
        (0..)
            .map(|i| format!("n{i}"))
            .filter(|name| hash_name(name.as_bytes(), 0, shift) == 5)
            .take(7)
            .collect()
    };
    let names = collide(61);
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let blob = Blob::new(&names);
    let (buckets, shift) = name_table(&names, 8, 0);
    for (slot, name) in names.iter().enumerate() {
        assert_eq!(find(name, &blob, &buckets, 0, shift), Some(slot));
    }
    assert_eq!(find("n", &blob, &buckets, 0, shift), None);
}

/// Thousands of strings, as big tables have (fewer under Miri, which interprets each read).
#[test]
fn many_strings() {
    let count = if cfg!(miri) { 300 } else { 20_000 };
    let strings: Vec<String> = (0..count)
        .map(|i| match i % 4 {
            0 => format!("NAME_{i}"),
            1 => format!("消息 {i}"),
            2 => String::new(),
            _ => "🦀".repeat(i % 7),
        })
        .collect();
    let strings: Vec<&str> = strings.iter().map(String::as_str).collect();
    let blob = Blob::new(&strings);
    for (i, &expected) in strings.iter().enumerate() {
        assert_eq!(blob.get(i), expected);
    }
    // The names: every string of the first kind, at the macro's fill (half or less).
    let names: Vec<&str> = strings.iter().copied().step_by(4).collect();
    let blob = Blob::new(&names);
    let len = (names.len() * 2).next_power_of_two();
    let (buckets, shift) = name_table(&names, len, 0x1319_8A2E_0370_7344);
    for (slot, name) in names.iter().enumerate() {
        let found = find(name, &blob, &buckets, 0x1319_8A2E_0370_7344, shift);
        assert_eq!(found, Some(slot));
        let miss = format!("{name}_");
        assert_eq!(
            find(&miss, &blob, &buckets, 0x1319_8A2E_0370_7344, shift),
            None
        );
    }
}

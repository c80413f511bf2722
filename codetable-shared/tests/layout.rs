//! The readers against the writers: strings joined by `blob` and offsets written by `u32_table`
//! read back by `str_at`, numbers by `u32_at`, and names found by `find_name` in name indexes
//! built over a blob as the macro builds them (and fuller: up to one empty bucket, where every
//! miss walks a probe chain around the whole index), with `u16` and `u32` slots.
//!
//! These are the runtime's `unsafe` paths, with the table shapes that stress their bounds:
//! empty strings (at the start, the end and in a row), multi-byte UTF-8 at every edge, starts
//! at an unaligned address, names whose keys are the same, thousands of strings.
//! `scripts/miri.sh` runs them under Miri.

use codetable_shared::{
    blob, find_name, hash_code, name_key, str_at, u32_at, u32_table, NameIndex, Slot, EMPTY,
};

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

/// A name index over `names` as `codetable-pipeline`'s `name_index` lays it out (linear probing
/// from the bucket of the name's key, wrapping at the end), with the key offsets and seed
/// given, and `len` buckets, so that it may be fuller than the macro's half: `len` a power of
/// two above `names.len()`.
struct Index<S> {
    buckets: Vec<S>,
    seed: u64,
    shift: u32,
    from_start: usize,
    from_end: usize,
}

impl<S: Slot + TryFrom<usize> + std::fmt::Debug> Index<S> {
    fn new(names: &[&str], len: usize, seed: u64, (from_start, from_end): (usize, usize)) -> Self {
        assert!(len.is_power_of_two() && len > names.len());
        let shift = 64 - len.trailing_zeros();
        let mut buckets = vec![S::EMPTY; len];
        for (slot, name) in names.iter().enumerate() {
            let key = name_key(name.as_bytes(), from_start, from_end);
            let mut bucket = hash_code(key, seed, shift);
            while buckets[bucket] != S::EMPTY {
                bucket = (bucket + 1) % len;
            }
            buckets[bucket] = S::try_from(slot).ok().expect("a slot of the type");
        }
        Index {
            buckets,
            seed,
            shift,
            from_start,
            from_end,
        }
    }

    /// The bucket `name`'s probe starts at.
    fn bucket(&self, name: &str) -> usize {
        let key = name_key(name.as_bytes(), self.from_start, self.from_end);
        hash_code(key, self.seed, self.shift)
    }

    /// Finds `name` among the strings of `blob`, which the index was built over.
    fn find(&self, name: &str, blob: &Blob) -> Option<usize> {
        let index = NameIndex {
            buckets: &self.buckets,
            seed: self.seed,
            shift: self.shift,
            from_start: self.from_start,
            from_end: self.from_end,
        };
        // SAFETY: `new` put in the buckets only slots below the number of names, which are the
        // strings of `blob`, and `EMPTY`.
        unsafe { find_name(name, index, blob.text, &blob.starts) }
    }
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

/// Key offsets the macro may pick, and one past every name's length.
const OFFSETS: [(usize, usize); 4] = [(0, 0), (4, 0), (16, 4), (100, 100)];

/// Names (with empty and multi-byte ones) found at their slots in indexes from half full, as
/// the macro builds them, to one bucket short of full, for several seeds and key offsets;
/// misses end at an empty bucket however far it is.
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
    for len in [32, names.len().next_power_of_two()] {
        for seed in [0, u64::MAX] {
            for offsets in OFFSETS {
                let index = Index::<u16>::new(&names, len, seed, offsets);
                for (slot, name) in names.iter().enumerate() {
                    assert_eq!(index.find(name, &blob), Some(slot), "{name:?}");
                }
                for miss in misses {
                    assert_eq!(index.find(miss, &blob), None, "{miss:?}");
                }
            }
        }
    }
    let index = Index::<u32>::new(&names, 64, 0x243F_6A88_85A3_08D3, (8, 4));
    for (slot, name) in names.iter().enumerate() {
        assert_eq!(index.find(name, &blob), Some(slot));
    }
}

/// An index with one empty bucket: every miss probes until it, wrapping past the end, through
/// the slots between; and names that share a key (as only a full comparison tells apart), all
/// in one chain, the last found after comparing every other.
#[test]
fn find_name_full_probe_chain() {
    let names = ["a", "b", "c", "d", "e", "f", "g"];
    let blob = Blob::new(&names);
    let index = Index::<u16>::new(&names, 8, 0x9E37_79B9_7F4A_7C15, (0, 0));
    assert_eq!(
        index.buckets.iter().filter(|&&b| b == u16::EMPTY).count(),
        1
    );
    for (slot, name) in names.iter().enumerate() {
        assert_eq!(index.find(name, &blob), Some(slot));
    }
    // Misses from every bucket: some start after the empty one and wrap around.
    let mut started = [false; 8];
    for i in 0..64 {
        let miss = format!("miss {i}");
        started[index.bucket(&miss)] = true;
        assert_eq!(index.find(&miss, &blob), None);
    }
    assert!(started.iter().all(|&started| started), "{started:?}");

    // Same length, same first and last 8 bytes: one key, so one chain of seven.
    let names: Vec<String> = (0..7)
        .map(|i| format!("ERROR_PROXY_{i}_BUCKET_NOTMATCH"))
        .collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let key = name_key(names[0].as_bytes(), 0, 0);
    assert!(names
        .iter()
        .all(|name| name_key(name.as_bytes(), 0, 0) == key));
    let blob = Blob::new(&names);
    let index = Index::<u32>::new(&names, 8, 0, (0, 0));
    for (slot, name) in names.iter().enumerate() {
        assert_eq!(index.find(name, &blob), Some(slot));
    }
    assert_eq!(index.find("ERROR_PROXY_7_BUCKET_NOTMATCH", &blob), None);
    assert_eq!(index.find("ERROR_PROXY_0_BUCKET_NOTMATCH_", &blob), None);
}

/// Indexes the macro never builds still read only inside their buckets: none at all, a number
/// of them that is no power of two, none empty (a hit is still found).
#[test]
fn find_name_in_odd_indexes() {
    let names = ["x", "y", "z"];
    let blob = Blob::new(&names);
    let mut index = Index::<u16>::new(&names, 4, 0, (0, 0));
    index.buckets.clear();
    assert_eq!(index.find("x", &blob), None);
    let mut index = Index::<u16>::new(&names, 8, 0, (0, 0));
    index.buckets.truncate(6);
    for name in ["x", "y", "z", "w", ""] {
        let found = index.find(name, &blob);
        assert!(found.is_none() || found.map(|slot| names[slot]) == Some(name));
    }
    let index = Index::<u32>::new(&names, 4, 0, (0, 0));
    let full = Index {
        buckets: index
            .buckets
            .iter()
            .map(|&b| if b == EMPTY { 0 } else { b })
            .collect(),
        ..index
    };
    for (slot, name) in names.iter().enumerate() {
        assert_eq!(full.find(name, &blob), Some(slot));
    }
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
    let index = Index::<u16>::new(&names, len, 0x1319_8A2E_0370_7344, (4, 0));
    for (slot, name) in names.iter().enumerate() {
        assert_eq!(index.find(name, &blob), Some(slot));
        assert_eq!(index.find(&format!("{name}_"), &blob), None);
    }
}

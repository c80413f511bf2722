//! What the code `define_codes!` generates and the macro that generates it must agree on,
//! defined once: the hash functions, the layout of the byte tables and string blobs the
//! lookups read, the method names a column cannot take and how a wire name becomes a variant
//! name. Depend on `codes`; this crate is its support, and `codetable-pipeline`'s.
//!
//! The readers (everything without the `build` feature) are what generated code calls,
//! through `codes`: `#![no_std]`, no allocation. The `build` feature adds what only the macro
//! side needs: writing the tables, and naming variants (with heck).
#![no_std]
#![deny(missing_docs)]
// docs.rs builds with `--cfg docsrs` on nightly: the writers then say they need `build`.
#![cfg_attr(docsrs, feature(doc_cfg))]
// The runtime's only `unsafe` is here (`str_at`, `find_name`): each operation in its own block,
// each block justified, each `unsafe fn` with its contract.
#![deny(
    unsafe_op_in_unsafe_fn,
    clippy::undocumented_unsafe_blocks,
    clippy::missing_safety_doc
)]

#[cfg(feature = "build")]
extern crate alloc;

#[cfg(feature = "build")]
mod build;
pub mod checked;
mod names;
pub mod naming;

#[cfg(feature = "build")]
pub use build::{
    blob, nameless_variant_name, nfc, u32_table, variant_name, variant_name_is_made,
    variant_name_without,
};
pub use names::{is_taken_by_the_api, GENERATED_ITEMS, TRAIT_METHODS};
pub use naming::VariantName;

/// Marks an empty bucket of a hash table, or a missing slot of a dense table.
pub const EMPTY: u32 = u32::MAX;

/// The bucket of a key in a table of `1 << (64 - shift)` buckets: the top bits of its product
/// with an odd `multiplier` (Fibonacci hashing; the macro picks the multiplier that gives its
/// table the fewest probes). A code is widened to `u64` by `as u64`, which sign-extends signed
/// codes; a name is first made a key by [`name_key`].
#[inline]
pub const fn hash_code(key: u64, multiplier: u64, shift: u32) -> usize {
    (key.wrapping_mul(multiplier) >> shift) as usize
}

/// [`hash_code`] in 32 bits, for codes of 32 bits or fewer (`as u32`) in a table of
/// `1 << (32 - shift)` buckets: one 32-bit multiply, which is all `from_code` pays.
#[inline]
pub const fn hash_code32(code: u32, multiplier: u32, shift: u32) -> usize {
    (code.wrapping_mul(multiplier) >> shift) as usize
}

/// The key a name is hashed by in a name index: its length, and two of its 8-byte words, one
/// `from_start` bytes from its start and one ending `from_end` bytes before its end (both moved
/// into the name when it is shorter), or its bytes alone when it has fewer than 8. The macro
/// picks the two offsets per table, where its names differ most (gperf's idea); reading two
/// words is what makes `from_name` cheaper than hashing every byte.
#[inline]
pub fn name_key(name: &[u8], from_start: usize, from_end: usize) -> u64 {
    let len = name.len();
    let Some(last_start) = len.checked_sub(8) else {
        return short_key(name);
    };
    let word_at = |at: usize| match name[at..].first_chunk::<8>() {
        Some(word) => u64::from_le_bytes(*word),
        None => 0,
    };
    let first = word_at(from_start.min(last_start));
    let last = word_at(last_start - from_end.min(last_start));
    (first.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ last).wrapping_add(len as u64)
}

/// [`name_key`] of a name of fewer than 8 bytes (a SQLSTATE code is 5): two overlapping 4-byte
/// words, or three single bytes below 4, which together hold every byte of it, so that two
/// names of one length have one key only when they are equal; read without a copy of
/// variable length, which is a call to `memcpy` that costs more than the lookup.
#[inline]
fn short_key(name: &[u8]) -> u64 {
    let len = name.len();
    let word = if let (Some(first), Some(last)) = (name.first_chunk::<4>(), name.last_chunk::<4>())
    {
        u64::from(u32::from_le_bytes(*first)) | u64::from(u32::from_le_bytes(*last)) << 32
    } else if let (Some(&first), Some(&last)) = (name.first(), name.last()) {
        u64::from(first) | u64::from(name[len / 2]) << 8 | u64::from(last) << 16
    } else {
        0
    };
    word.wrapping_add(len as u64)
}

/// The type of the slots a generated index holds: `u16` for tables of fewer than 65 535 rows,
/// else `u32`, the largest value of either marking an empty bucket.
pub trait Slot: Copy + Eq {
    /// An empty bucket, or a code with no row.
    const EMPTY: Self;
    /// The slot as an index.
    fn index(self) -> usize;
}

impl Slot for u16 {
    const EMPTY: u16 = u16::MAX;
    #[inline]
    fn index(self) -> usize {
        usize::from(self)
    }
}

impl Slot for u32 {
    const EMPTY: u32 = u32::MAX;
    #[inline]
    fn index(self) -> usize {
        self as usize
    }
}

/// The `i`-th `u32` of a byte table written by `u32_table` (the `build` feature):
/// little-endian, 4 bytes each.
///
/// Panics (at compile time in a constant) if the table has no `i`-th entry; the generated code
/// reads only inside the tables it wrote.
#[inline]
pub const fn u32_at(bytes: &[u8], i: usize) -> u32 {
    match bytes.split_at(i * 4).1.first_chunk::<4>() {
        Some(chunk) => u32::from_le_bytes(*chunk),
        None => panic!("index out of a generated table"),
    }
}

/// Where `value` is in `values`, sorted ascending, if it is there: a binary search that
/// constant evaluation can run.
pub const fn find_sorted(values: &[u32], value: u32) -> Option<usize> {
    let (mut low, mut high) = (0, values.len());
    while low < high {
        let middle = low + (high - low) / 2;
        if values[middle] < value {
            low = middle + 1;
        } else if values[middle] > value {
            high = middle;
        } else {
            return Some(middle);
        }
    }
    None
}

/// The `i`-th string of a blob written by `blob` (the `build` feature): from entry `i` of
/// `starts` to entry `i + 1`, where `starts` is a byte table of little-endian `u32`s, entry
/// `k` being bytes `4 * k .. 4 * k + 4` (what [`u32_at`]`(starts, k)` reads).
///
/// # Safety
///
/// With `start` and `end` entries `i` and `i + 1` of `starts`:
///
/// - `starts` holds both entries: `starts.len() >= 4 * (i + 2)`;
/// - `start <= end <= blob.len()`;
/// - `start` and `end` are char boundaries of `blob` (as [`str::is_char_boundary`] says: `0`
///   and `blob.len()` are).
///
/// These are all the body relies on: the reads of the two entries stay inside `starts` (they
/// need no alignment), and `blob[start..end]` is inside `blob` and valid UTF-8. The starts
/// `blob` writes, as `u32_table` lays them out, meet them for every `i` below the number of
/// strings: there is one more start than strings, they ascend from `0` to the blob's length,
/// and each is where a whole string ends. The checks this skips cost `name()` and `message()`
/// half their time.
#[inline]
pub const unsafe fn str_at(blob: &'static str, starts: &[u8], i: usize) -> &'static str {
    // SAFETY: by the caller's promise, bytes `4 * i .. 4 * i + 8` of `starts` exist, so both
    // reads are in bounds (unaligned reads of `[u8; 4]`, which has alignment 1); the range
    // `start..end` lies inside `blob` and begins and ends at char boundaries, so the bytes
    // between are in bounds and valid UTF-8.
    unsafe {
        let start =
            u32::from_le_bytes(starts.as_ptr().add(4 * i).cast::<[u8; 4]>().read()) as usize;
        let end =
            u32::from_le_bytes(starts.as_ptr().add(4 * i + 4).cast::<[u8; 4]>().read()) as usize;
        core::str::from_utf8_unchecked(core::slice::from_raw_parts(
            blob.as_ptr().add(start),
            end - start,
        ))
    }
}

/// Where to find the slot of a name: a name index the macro built over the strings of a blob
/// (open addressing, linear probing, at most half full), and how its keys are made.
pub struct NameIndex<'a, S> {
    /// The buckets: a slot, or [`Slot::EMPTY`].
    pub buckets: &'a [S],
    /// The multiplier of each key's hash (see [`hash_code`]).
    pub seed: u64,
    /// The top `64 - shift` bits of the hash pick the bucket.
    pub shift: u32,
    /// The offsets of [`name_key`].
    pub from_start: usize,
    /// The offsets of [`name_key`].
    pub from_end: usize,
}

/// The slot of the string `name` in a name index built over the strings of a blob: probes
/// from the bucket of the name's key, `hash_code(name_key(name, from_start, from_end), seed,
/// shift)`, on through the next buckets, wrapping at the end, until it finds a slot `s` whose
/// string, `str_at(blob, starts, s.index())`, is `name`, or an empty bucket.
///
/// # Safety
///
/// Every bucket `s` of `index` for which `s == S::EMPTY` is false is a slot for which
/// [`str_at`]`(blob, starts, s.index())` meets [`str_at`]'s requirements. For a blob and starts
/// written by `blob` and `u32_table`, that is: every slot in the buckets is below the number of
/// strings.
///
/// That is all the body relies on: it reads the buckets with bounds checks. Not needed for
/// safety, but for lookups to be right: `index.buckets` has a power of two of entries (bucket
/// numbers are masked with their number less one: with another number, a probe may skip
/// buckets, or miss at a number past the last), `shift` is 64 minus its base-2 logarithm, and
/// each slot sits in the first bucket from its key's that was free when it was put in. And for
/// a miss to end, at least one bucket is empty; else it probes forever. The macro builds the
/// index at most half full, over the names of the blob it wrote.
#[inline]
pub unsafe fn find_name<S: Slot>(
    name: &str,
    index: NameIndex<'_, S>,
    blob: &'static str,
    starts: &[u8],
) -> Option<usize> {
    let key = name_key(name.as_bytes(), index.from_start, index.from_end);
    let mask = index.buckets.len().wrapping_sub(1);
    let mut bucket = hash_code(key, index.seed, index.shift);
    loop {
        let slot = *index.buckets.get(bucket & mask)?;
        if slot == S::EMPTY {
            return None;
        }
        // SAFETY: `slot` is a bucket of `index` other than `S::EMPTY`, which the caller promises
        // meets `str_at`'s requirements as `slot.index()`.
        if unsafe { str_at(blob, starts, slot.index()) } == name {
            return Some(slot.index());
        }
        bucket += 1;
    }
}

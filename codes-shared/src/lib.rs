//! What the code `define_codes!` generates and the macro that generates it must agree on,
//! defined once: the hash functions, the layout of the byte tables and string blobs the
//! lookups read, the method names a column cannot take and how a wire name becomes a variant
//! name. Depend on `codes`; this crate is its support, and `codes-pipeline`'s.
//!
//! The readers (everything without the `build` feature) are what generated code calls,
//! through `codes`: `#![no_std]`, no allocation. The `build` feature adds what only the macro
//! side needs: writing the tables, and naming variants (with heck).
#![no_std]
#![deny(missing_docs)]
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
mod names;

#[cfg(feature = "build")]
pub use build::{blob, nameless_variant_name, u32_table, upper_camel_case};
pub use names::TAKEN_NAMES;

/// Marks an empty bucket of a hash table, or a missing slot of a dense table.
pub const EMPTY: u32 = u32::MAX;

/// The bucket of a code (widened to `u64` by `as u64`, which sign-extends signed codes) in a
/// table of `1 << (64 - shift)` buckets.
#[inline]
pub const fn hash_code(code: u64, seed: u64, shift: u32) -> usize {
    ((code ^ seed).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize
}

/// The bucket of a name in a table of `1 << (64 - shift)` buckets: [`name_word`] mixed with
/// the seed as a code is.
#[inline]
pub fn hash_name(name: &[u8], seed: u64, shift: u32) -> usize {
    hash_code(name_word(name), seed, shift)
}

/// A name hashed to one word, without the seed: FxHash over 8-byte chunks. The seed is mixed
/// in after, so that the macro hashes each name once however many seeds it tries.
#[inline]
pub fn name_word(name: &[u8]) -> u64 {
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

/// The slot of the string `name` in a hash table of slots built over the strings of a blob:
/// probes from the name's bucket, `hash_name(name, seed, shift)`, on through the buckets in
/// order (wrapping at the end) until it finds a slot whose string, `str_at(blob, starts, slot)`,
/// is `name`, or an [`EMPTY`] bucket. `buckets` is a byte table of little-endian `u32`s, as
/// [`u32_at`] reads it.
///
/// # Safety
///
/// Every entry `s` of `buckets` other than [`EMPTY`] is an `i` for which
/// [`str_at`]`(blob, starts, s)` meets [`str_at`]'s requirements. For a blob and starts written
/// by `blob` and `u32_table`, that is: every slot in `buckets` is below the number of strings.
///
/// That is all the body relies on: it reads `buckets` through [`u32_at`], which checks its
/// bounds. Not needed for safety, but for lookups to be right: `buckets` has a power of two of
/// entries, `shift` is 64 minus its base-2 logarithm, and each slot sits in the first bucket
/// from its string's that was free when it was put in. And for a miss to end, at least one
/// entry is [`EMPTY`]; else it probes forever. The macro builds the table at most half full,
/// over the names of the blob it wrote.
///
/// # Panics
///
/// If `buckets` holds no entry (`buckets.len() < 4`). (With any other number of entries, the
/// probe wraps at the highest power of two at most that number.)
#[inline]
pub unsafe fn find_name(
    name: &str,
    buckets: &[u8],
    seed: u64,
    shift: u32,
    blob: &'static str,
    starts: &[u8],
) -> Option<usize> {
    let mask = buckets.len() / 4 - 1;
    let mut bucket = hash_name(name.as_bytes(), seed, shift);
    loop {
        let slot = u32_at(buckets, bucket & mask);
        if slot == EMPTY {
            return None;
        }
        // SAFETY: `slot` is an entry of `buckets` other than `EMPTY`, which the caller promises
        // meets `str_at`'s requirements.
        if unsafe { str_at(blob, starts, slot as usize) } == name {
            return Some(slot as usize);
        }
        bucket += 1;
    }
}

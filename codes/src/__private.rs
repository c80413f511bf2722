//! Support for the code `define_codes!` generates; not a public API.
//!
//! The hash functions here must stay identical to those in `codes-macro/src/index.rs`,
//! which builds the tables they probe; a test there (`hashes_agree_with_the_runtime`) holds
//! the two to each other.

pub use core;

/// Marks an empty bucket of a generated hash table.
pub const EMPTY: u32 = u32::MAX;

/// The `i`-th string of a blob cut at `starts` (little-endian `u32`s: `starts[i]..starts[i + 1]`).
///
/// # Safety
///
/// `starts` must be non-decreasing offsets into `blob`, each at a char boundary: what the
/// macro emits. The checks this skips cost `name()` and `message()` half their time.
#[inline]
pub const unsafe fn str_at(blob: &'static str, starts: &[u8], i: usize) -> &'static str {
    // SAFETY: the caller promises `starts` holds `i + 1`, each offset at most `blob.len()` and
    // at a char boundary, so the reads are in bounds and the bytes between are valid UTF-8.
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

/// The bucket of a code (widened to `u64`) in a table of `1 << (64 - shift)` buckets.
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

/// The slot of the row named `name`, probing a table built by the macro for these names.
///
/// # Safety
///
/// As for [`str_at`]: `starts` are the offsets the macro emitted for `blob`.
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
        // SAFETY: `blob` and `starts` are the macro's names blob and offsets.
        if unsafe { str_at(blob, starts, slot as usize) } == name {
            return Some(slot as usize);
        }
        bucket += 1;
    }
}

/// The `i`-th `u32` of a little-endian byte table.
#[inline]
pub const fn u32_at(bytes: &[u8], i: usize) -> u32 {
    match bytes.split_at(i * 4).1.first_chunk::<4>() {
        Some(chunk) => u32::from_le_bytes(*chunk),
        // The macro only reads inside the tables it wrote.
        None => panic!("index out of a generated table"),
    }
}

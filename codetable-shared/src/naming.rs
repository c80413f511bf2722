//! How a row's variant name is made from its wire name, the part of the rule that needs no
//! allocation: what the generated `Debug` writes, so that a table stores no variant names but
//! those the rule cannot make.
//!
//! The whole rule (`build::variant_name`): a name in one ASCII case (letters all capitals or
//! all small, digits, `_`) becomes its `_`-separated words, each capitalised
//! (`INVALID_CREDENTIAL` → `InvalidCredential`, `ERROR_2RSP` → `Error2rsp`); a name already
//! in UpperCamelCase (a capital first, then ASCII letters and digits) is kept as written
//! (`BadIDChoice`); any other is heck's UpperCamelCase of it, which the table stores.

use core::fmt;

/// Whether `name` is in one ASCII case: its letters all capitals or all small, with digits
/// and `_`. Such a name's variant is its capitalised words.
pub const fn is_one_case(name: &str) -> bool {
    let bytes = name.as_bytes();
    let (mut capitals, mut smalls, mut i) = (false, false, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'A'..=b'Z' => capitals = true,
            b'a'..=b'z' => smalls = true,
            b'0'..=b'9' | b'_' => {}
            _ => return false,
        }
        i += 1;
    }
    !(capitals && smalls)
}

/// Whether `name` is in UpperCamelCase already: an ASCII capital first, then ASCII letters
/// and digits only. Such a name is its own variant.
pub const fn is_upper_camel_case(name: &str) -> bool {
    let bytes = name.as_bytes();
    if bytes.is_empty() || !bytes[0].is_ascii_uppercase() {
        return false;
    }
    let mut i = 1;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphanumeric() {
            return false;
        }
        i += 1;
    }
    true
}

/// `name` without `prefix`, when it starts with it: what a table that strips a prefix makes
/// its variants from.
pub const fn strip_prefix<'a>(name: &'a str, prefix: &str) -> &'a str {
    let (bytes, start) = (name.as_bytes(), prefix.as_bytes());
    if start.is_empty() || bytes.len() < start.len() {
        return name;
    }
    let mut i = 0;
    while i < start.len() {
        if bytes[i] != start[i] {
            return name;
        }
        i += 1;
    }
    // The prefix is a whole `&str`, so the rest starts at a char boundary: no need to check
    // the rest's UTF-8 again, which `Debug` would pay on every call.
    name.split_at(start.len()).1
}

/// The variant name of a row, as the generated code gives it: the capitalised words of its wire
/// name (a prefix the table strips taken off), or a name written as it is (a wire name in
/// UpperCamelCase already, a nameless row's, or one the table stores because the rule could
/// not make it). The generated code knows which of its rows are which.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum VariantName<'a> {
    /// The capitalised words of a wire name in one ASCII case ([`is_one_case`]):
    /// `INVALID_CREDENTIAL` is `InvalidCredential`.
    Words(&'a str),
    /// The name as it is.
    AsIs(&'a str),
}

impl VariantName<'_> {
    /// Writes the next bytes of the name, from byte `from` of what it is made from, into
    /// `buffer`: how many were written, and where to go on from (`None` at the end). The rule's
    /// writing for messages built in constant evaluation (`assert_disjoint!`).
    pub const fn write_chunk(self, from: usize, buffer: &mut [u8]) -> (usize, Option<usize>) {
        let (text, words) = match self {
            VariantName::Words(name) => (name.as_bytes(), true),
            VariantName::AsIs(name) => (name.as_bytes(), false),
        };
        let (mut read, mut written) = (from, 0);
        while read < text.len() && written < buffer.len() {
            let byte = text[read];
            if !words {
                buffer[written] = byte;
                written += 1;
            } else if byte != b'_' {
                let starts_word = read == 0 || text[read - 1] == b'_';
                buffer[written] = if starts_word {
                    byte.to_ascii_uppercase()
                } else {
                    byte.to_ascii_lowercase()
                };
                written += 1;
            }
            read += 1;
        }
        (written, if read < text.len() { Some(read) } else { None })
    }
}

impl fmt::Display for VariantName<'_> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            VariantName::AsIs(name) => f.write_str(name),
            VariantName::Words(name) => write_words(name, f),
        }
    }
}

/// The capitalised words of `name` (in one ASCII case: [`is_one_case`]): `Debug` writes this for
/// every variant it shows, so it works on eight bytes at a time rather than one (SWAR): each
/// word of the name is lowercased with one `|`, the byte after each underscore capitalised
/// with one `&`, and the underscores taken out, then written whole to a buffer on the stack.
/// A name with other characters than letters, digits and `_` (which the generated code never
/// marks as words) comes out in some case, but ASCII.
fn write_words(name: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    if !name.is_ascii() {
        // Not what the generated code writes as words; as it is, rather than cut a character.
        return f.write_str(name);
    }
    // One word's store may run 8 bytes past what is kept.
    let mut out = [0u8; WORDS_FLUSH + 8];
    let mut len = 0;
    let mut starts_word = true;
    for chunk in name.as_bytes().chunks(8) {
        // A whole word in one load; the last, shorter one byte by byte (no call to `memcpy`).
        let bytes = match <[u8; 8]>::try_from(chunk) {
            Ok(bytes) => bytes,
            Err(_) => {
                let mut bytes = [0u8; 8];
                for (to, &from) in bytes.iter_mut().zip(chunk) {
                    *to = from;
                }
                bytes
            }
        };
        let (word, kept) = capitalise_word(u64::from_le_bytes(bytes), chunk.len(), starts_word);
        out[len..len + 8].copy_from_slice(&word.to_le_bytes());
        len += kept;
        starts_word = chunk.last() == Some(&b'_');
        if len >= WORDS_FLUSH {
            f.write_str(ascii(&out[..len]))?;
            len = 0;
        }
    }
    f.write_str(ascii(&out[..len]))
}

/// The bytes [`write_words`] gathers before it writes them.
const WORDS_FLUSH: usize = 64;

/// Each byte's 0x01 bit.
const ONES: u64 = 0x0101_0101_0101_0101;

/// The first `len` bytes of a word of a one-case name (little-endian, `len <= 8`), its words
/// capitalised (the first byte too when `starts_word`), its underscores taken out: the word,
/// and how many of its bytes to keep.
fn capitalise_word(word: u64, len: usize, starts_word: bool) -> (u64, usize) {
    let in_name = if len == 8 {
        u64::MAX
    } else {
        (1u64 << (8 * len)) - 1
    };
    // 0x80 in each byte that is `_`: the exact zero-byte test, on `word ^ "________"`.
    let diff = word ^ (0x5F * ONES);
    let underscores = !(((diff & (0x7F * ONES)) + 0x7F * ONES) | diff | (0x7F * ONES)) & in_name;
    // Letters, digits and `_` all keep their meaning with 0x20 set: letters become small.
    let small = word | (0x20 * ONES);
    // 0x80 in each byte that starts a word: the first after an underscore.
    let starts = (underscores << 8) | (u64::from(starts_word) * 0x80);
    // Of those, letters: small letters have 0x40 set, digits do not, nor `_` (taken out).
    let letters = ((small & (0x40 * ONES)) << 1) & !underscores;
    let capitalised = small & !((starts & letters) >> 2);
    // Take the underscores out, the highest first, so that lower positions stay put.
    let (mut kept, mut rest, mut len) = (capitalised, underscores, len);
    while rest != 0 {
        let at = (63 - rest.leading_zeros()) / 8;
        let below = (1u64 << (8 * at)) - 1;
        let above = if at == 7 {
            0
        } else {
            (kept >> (8 * (at + 1))) << (8 * at)
        };
        kept = (kept & below) | above;
        rest &= below;
        len -= 1;
    }
    (kept, len)
}

/// Bytes of a name in one ASCII case, upper- or lowercased, as the `str` they are.
fn ascii(bytes: &[u8]) -> &str {
    debug_assert!(bytes.is_ascii());
    // SAFETY: `write_words` writes only the bytes of an ASCII name, upper- or lowercased,
    // which are ASCII: valid UTF-8, cut anywhere.
    unsafe { core::str::from_utf8_unchecked(bytes) }
}

#[cfg(test)]
mod tests {
    extern crate alloc;
    use super::VariantName;
    use alloc::string::{String, ToString};

    /// The words of a one-case name, a byte at a time: what `write_words` must write.
    fn words(name: &str) -> String {
        let mut out = String::new();
        let mut starts_word = true;
        for c in name.chars() {
            if c == '_' {
                starts_word = true;
                continue;
            }
            out.push(if starts_word {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            });
            starts_word = false;
        }
        out
    }

    #[test]
    fn words_of_every_shape_of_name() {
        let mut names: alloc::vec::Vec<String> = [
            "",
            "_",
            "__",
            "A",
            "a",
            "OK",
            "ERROR_2RSP",
            "_LEADING",
            "TRAILING_",
            "A__B",
            "INVALID_CREDENTIAL",
            "ERROR_PROXY_SIGN_BUCKET_NOTMATCH",
            "error_proxy_sign_bucket",
            "ABCDEFGH_IJKLMNOP",
            "ABCDEFG_HIJKLMNO_",
            "_______________X",
            "X_______________",
            "9LIVES",
            "E_9",
            "A_B_C_D_E_F_G_H_I_J",
        ]
        .iter()
        .map(|name| name.to_string())
        .collect();
        // Every length up to past a flush, with underscores at every place.
        for len in 0..140 {
            for every in 1..6 {
                names.push(
                    (0..len)
                        .map(|i| {
                            if i % every == every - 1 {
                                '_'
                            } else {
                                (b'A' + (i % 26) as u8) as char
                            }
                        })
                        .collect(),
                );
            }
        }
        for name in &names {
            assert_eq!(
                VariantName::Words(name).to_string(),
                words(name),
                "{name:?}"
            );
        }
    }
}

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
    if bytes.len() < start.len() {
        return name;
    }
    let mut i = 0;
    while i < start.len() {
        if bytes[i] != start[i] {
            return name;
        }
        i += 1;
    }
    // The prefix is a whole `&str`, so the rest starts at a char boundary.
    match core::str::from_utf8(bytes.split_at(start.len()).1) {
        Ok(rest) => rest,
        Err(_) => name,
    }
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

/// The capitalised words of `name` (in one ASCII case: [`is_one_case`]), through a buffer on
/// the stack: `Debug` writes this for every variant it shows.
fn write_words(name: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    if !name.is_ascii() {
        // Not what the generated code writes as words; as it is, rather than cut a character.
        return f.write_str(name);
    }
    let mut buffer = [0u8; 64];
    let mut len = 0;
    let mut starts_word = true;
    for &byte in name.as_bytes() {
        if byte == b'_' {
            starts_word = true;
            continue;
        }
        buffer[len] = if starts_word {
            byte.to_ascii_uppercase()
        } else {
            byte.to_ascii_lowercase()
        };
        starts_word = false;
        len += 1;
        if len == buffer.len() {
            f.write_str(ascii(&buffer))?;
            len = 0;
        }
    }
    f.write_str(ascii(&buffer[..len]))
}

/// Bytes of a name in one ASCII case, upper- or lowercased, as the `str` they are.
fn ascii(bytes: &[u8]) -> &str {
    debug_assert!(bytes.is_ascii());
    // SAFETY: `write_words` writes only the bytes of an ASCII name, upper- or lowercased,
    // which are ASCII: valid UTF-8, cut anywhere.
    unsafe { core::str::from_utf8_unchecked(bytes) }
}

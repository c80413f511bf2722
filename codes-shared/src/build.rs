//! The macro's side of the layout and of naming: what writes the tables the readers in the
//! crate root read, and the variant names rows get.

use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use heck::ToUpperCamelCase;

/// Strings joined into one blob, and where each starts; the last start is the blob's end, so
/// string `i` is `blob[starts[i]..starts[i + 1]]`, which [`str_at`](crate::str_at) reads once
/// the starts are a byte table ([`u32_table`]). One `&str` for all rows costs one relocation
/// instead of one per string.
pub fn blob<'a>(strings: impl IntoIterator<Item = &'a str>) -> (String, Vec<u32>) {
    let mut text = String::new();
    let mut starts = vec![0];
    for string in strings {
        text.push_str(string);
        starts.push(text.len() as u32);
    }
    (text, starts)
}

/// `u32`s as the byte table [`u32_at`](crate::u32_at) and [`str_at`](crate::str_at) read:
/// little-endian, 4 bytes each, whatever the target's byte order.
pub fn u32_table(values: impl IntoIterator<Item = u32>) -> Vec<u8> {
    values.into_iter().flat_map(u32::to_le_bytes).collect()
}

/// The variant name of a wire name: its UpperCamelCase, as heck's `to_upper_camel_case`
/// writes it (`INVALID_CREDENTIAL` → `InvalidCredential`).
///
/// Names in one ASCII case with digits and underscores, nearly every table's, are done here:
/// heck writes each char through `fmt`, a quarter of validation's time at 100 000 rows. Such a
/// name splits into words at its underscores only, each written capitalised (`ERROR_2RSP` →
/// `Error2rsp`); a property test holds the two to each other.
pub fn upper_camel_case(name: &str) -> String {
    let one_case = |upper: bool| {
        name.bytes().all(|b| {
            b == b'_'
                || b.is_ascii_digit()
                || b.is_ascii_uppercase() == upper && b.is_ascii_alphabetic()
        })
    };
    if !one_case(true) && !one_case(false) {
        return name.to_upper_camel_case();
    }
    let mut camel = String::with_capacity(name.len());
    for word in name.split('_').filter(|word| !word.is_empty()) {
        let mut bytes = word.bytes();
        camel.extend(
            bytes
                .next()
                .map(|first| char::from(first.to_ascii_uppercase())),
        );
        camel.extend(bytes.map(|rest| char::from(rest.to_ascii_lowercase())));
    }
    camel
}

/// The variant name, which is also the name, of a row written `_`: `Code` and the digits of
/// its code, with `Minus` before them for a negative code (`-5999` → `CodeMinus5999`, `101` →
/// `Code101`), so that `-1` and `1` stay apart.
pub fn nameless_variant_name(code: i128) -> String {
    let sign = if code < 0 { "Minus" } else { "" };
    format!("Code{sign}{}", code.unsigned_abs())
}

//! The macro's side of the layout and of naming: what writes the tables the readers in the
//! crate root read, and the variant names rows get.

use crate::naming::{is_one_case, is_upper_camel_case, VariantName};
use alloc::borrow::ToOwned;
use alloc::format;
use alloc::string::String;
use alloc::string::ToString;
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

/// The variant name of a wire name (see [`crate::naming`] for the rule): capitalised
/// words for a name in one ASCII case (`INVALID_CREDENTIAL` → `InvalidCredential`), the name
/// itself when it is UpperCamelCase already (`BadIDChoice`), else heck's UpperCamelCase of it;
/// in Unicode's NFC, as rustc normalises every identifier.
///
/// The first two are what the generated code can make again without storing the name
/// ([`VariantName::Words`] or [`VariantName::AsIs`]); a property test holds the first to
/// heck's on the names it covers.
pub fn variant_name(name: &str) -> String {
    nfc(&made(name))
}

/// The variant name of a wire name in a table whose names share a prefix
/// (`#[codetable(strip_prefix = "E_")]`): [`variant_name`] of the name with the prefix taken
/// off, where it has it (`E_WOULDBLOCK` → `Wouldblock`), as the macro names a row's variant
/// and an alias's constant.
pub fn variant_name_without(prefix: Option<&str>, name: &str) -> String {
    variant_name(
        prefix
            .and_then(|prefix| name.strip_prefix(prefix))
            .unwrap_or(name),
    )
}

/// The variant name of [`variant_name`] before normalisation.
fn made(name: &str) -> String {
    if is_one_case(name) {
        words(name)
    } else if is_upper_camel_case(name) {
        name.to_owned()
    } else {
        name.to_upper_camel_case()
    }
}

/// What [`VariantName::Words`] writes of a name in one ASCII case, a byte at a time: each
/// word's first byte uppercased, the others lowercased, the underscores taken out. The macro
/// makes every row's name so; the eight-bytes-at-a-time writer, made for `Debug` in optimised
/// code, cost several times as much in a proc macro that cargo builds unoptimised.
fn words(name: &str) -> String {
    let bytes = name.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut starts_word = true;
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        at += 1;
        if byte == b'_' {
            starts_word = true;
            continue;
        }
        out.push(if starts_word {
            byte.to_ascii_uppercase()
        } else {
            byte.to_ascii_lowercase()
        });
        starts_word = false;
    }
    // ASCII in, ASCII out; the writer's text otherwise, which never happens.
    String::from_utf8(out).unwrap_or_else(|_| VariantName::Words(name).to_string())
}

/// An identifier's text as rustc holds it: in Unicode's NFC.
pub fn nfc(ident: &str) -> String {
    if ident.is_ascii() {
        return ident.to_owned();
    }
    unicode_normalization::UnicodeNormalization::nfc(ident).collect()
}

/// Whether the generated code can make a row's variant name from its wire name, or must
/// store it: what [`VariantName`] the table gives the row, which is the wire name's words or
/// the name itself, as written.
pub fn variant_name_is_made(name: &str, variant: &str) -> bool {
    (is_one_case(name) || is_upper_camel_case(name)) && made(name) == variant
}

/// The variant name, which is also the name, of a row written `_`: `Code` and the digits of
/// its code, with `Minus` before them for a negative code (`-5999` → `CodeMinus5999`, `101` →
/// `Code101`), so that `-1` and `1` stay apart.
pub fn nameless_variant_name(code: i128) -> String {
    let sign = if code < 0 { "Minus" } else { "" };
    format!("Code{sign}{}", code.unsigned_abs())
}

#[cfg(test)]
mod tests {
    use super::words;
    use crate::naming::{is_one_case, VariantName};
    use alloc::string::ToString;

    #[test]
    fn words_are_what_the_writer_writes() {
        for name in [
            "",
            "_",
            "A",
            "a",
            "INVALID_CREDENTIAL",
            "invalid_credential",
            "E_404",
            "E_404_X",
            "_LEADING",
            "TRAILING_",
            "TWO__UNDERSCORES",
            "___",
            "ER_NO_SUCH_TABLE_AND_A_VERY_LONG_NAME_PAST_SIXTY_FOUR_BYTES_OF_TEXT_X",
            "404",
            "a1_b2_c3",
        ] {
            assert!(is_one_case(name), "{name}");
            assert_eq!(words(name), VariantName::Words(name).to_string(), "{name}");
        }
    }
}

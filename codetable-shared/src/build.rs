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
        VariantName::Words(name).to_string()
    } else if is_upper_camel_case(name) {
        name.to_owned()
    } else {
        name.to_upper_camel_case()
    }
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

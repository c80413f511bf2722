//! The output's data as few and cheap tokens: a table's strings as one literal each, built
//! without a Unicode table search per Chinese character, and its arrays of numbers as one
//! byte-string literal each instead of a literal per element.
//!
//! At 100 000 rows this is the difference between about a million tokens and a handful, for
//! the macro that builds them, the proc-macro bridge that carries them and rustc that parses
//! and type-checks them.

use super::quote_mixed;
use crate::model::{Repr, Runtime};
use proc_macro2::{Ident, Literal, TokenStream};

/// A string literal of `text`, for the few large strings of a table (its blobs, `MARKDOWN`).
///
/// `Literal::string` escapes char by char through `char::escape_debug`, whose printable-char
/// check searches Unicode tables for every non-ASCII char: a tenth of the expansion of a
/// Chinese table of 100 000 rows. Here the common chars (ASCII, CJK ideographs and
/// punctuation, full-width forms, Hangul) are copied as they are and only the rest go
/// through `escape_debug`; the text is then lexed as one literal. Not for per-row strings:
/// inside the compiler each lexed literal becomes a source file of its own.
pub fn string(text: &str) -> Literal {
    if let Some(raw) = raw_string(text) {
        return raw;
    }
    let mut repr = String::with_capacity(text.len() + 2);
    repr.push('"');
    // Runs of chars that need no escape are copied whole.
    let mut run = 0;
    for (at, c) in text.char_indices() {
        let escaped = match c {
            ' '..='~' if c != '"' && c != '\\' => continue,
            '\u{3001}'..='\u{3029}'
            | '\u{4E00}'..='\u{9FFF}'
            | '\u{AC00}'..='\u{D7A3}'
            | '\u{FF01}'..='\u{FF5E}' => continue,
            '"' => "\\\"",
            '\\' => "\\\\",
            // `\0` before a digit would read as an octal escape to a human.
            '\0' => "\\x00",
            _ => "",
        };
        repr.push_str(&text[run..at]);
        run = at + c.len_utf8();
        if escaped.is_empty() {
            repr.extend(c.escape_debug());
        } else {
            repr.push_str(escaped);
        }
    }
    repr.push_str(&text[run..]);
    repr.push('"');
    // The text above always lexes; `Literal::string` is the same literal, slower.
    repr.parse().unwrap_or_else(|_| Literal::string(text))
}

/// `text` as a raw string literal, `r#"..."#` with as many `#` as it needs, when it holds no
/// char a reader would want escaped: no control char but line feeds and tabs (a raw string
/// cannot hold a lone carriage return) and no bidirectional override, which rustc rejects in
/// literals. Nothing to escape: the text is copied whole, and lexed without unescaping.
fn raw_string(text: &str) -> Option<Literal> {
    let bytes = text.as_bytes();
    let mut hashes = 0;
    for (at, &byte) in bytes.iter().enumerate() {
        match byte {
            b'"' => {
                let run = bytes[at + 1..].iter().take_while(|&&b| b == b'#').count();
                hashes = hashes.max(run + 1);
            }
            b'\n' | b'\t' => {}
            0..=0x1F | 0x7F => return None,
            // U+202A..=U+202E and U+2066..=U+2069: E2 80 AA..=AE and E2 81 A6..=A9.
            0xE2 if matches!(
                bytes.get(at + 1..at + 3),
                Some([0x80, 0xAA..=0xAE] | [0x81, 0xA6..=0xA9])
            ) =>
            {
                return None
            }
            _ => {}
        }
    }
    let fence = "#".repeat(hashes);
    let mut repr = String::with_capacity(text.len() + 2 * hashes + 3);
    repr.push('r');
    repr.push_str(&fence);
    repr.push('"');
    repr.push_str(text);
    repr.push('"');
    repr.push_str(&fence);
    repr.parse().ok()
}

/// Bytes as a byte-string literal, built and lexed in one pass (`Literal::byte_string` formats
/// each non-printable byte through `write!`, a third of its time). Large tables only, as for [`string`].
fn byte_string(bytes: &[u8]) -> Literal {
    let mut repr = String::with_capacity(bytes.len() * 2 + 3);
    repr.push_str("b\"");
    for (index, &byte) in bytes.iter().enumerate() {
        match byte {
            // Two chars instead of four for the byte most tables hold most of; `\x00` before
            // a digit, where `\0` would read as an octal escape to a human.
            0 if !bytes.get(index + 1).is_some_and(u8::is_ascii_digit) => repr.push_str("\\0"),
            b'\t' => repr.push_str("\\t"),
            b'\n' => repr.push_str("\\n"),
            b'"' => repr.push_str("\\\""),
            b'\\' => repr.push_str("\\\\"),
            b' '..=b'~' => repr.push(char::from(byte)),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                repr.push_str("\\x");
                repr.push(char::from(HEX[usize::from(byte >> 4)]));
                repr.push(char::from(HEX[usize::from(byte & 15)]));
            }
        }
    }
    repr.push('"');
    repr.parse().unwrap_or_else(|_| Literal::byte_string(bytes))
}

/// The type and value of a static byte table, `[u8; LEN] = *b"..."`, read back with
/// `codetable::__private::u32_at` or `str_at`: one token for the whole table, and an array (not
/// a `&[u8]`) so that reads need no load of its address.
pub struct ByteTable(pub Vec<u8>);

impl quote::ToTokens for ByteTable {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let len = self.0.len();
        let literal = byte_string(&self.0);
        tokens.extend(quote_mixed!([::core::primitive::u8; #len] = *#literal));
    }
}

/// `u32`s as a little-endian byte table, read back with `codetable::__private::u32_at`.
pub fn u32_bytes(values: impl IntoIterator<Item = u32>) -> ByteTable {
    ByteTable(values.into_iter().flat_map(u32::to_le_bytes).collect())
}

/// A `static NAME: [TYPE; LEN]` of numbers (or `bool`s, `char`s) that reads as a typed array,
/// but is written as one byte string `transmute`d to it in the initializer: the values'
/// bytes in the target's byte order, so two statics under `cfg(target_endian)` where a value
/// has more than one byte.
pub struct NumberArray {
    /// The element type, as the output names it (`::core::primitive::i32`).
    pub ty: TokenStream,
    /// The size of an element in bytes.
    pub width: usize,
    /// The elements' little-endian bytes, `width` each.
    pub little_endian: Vec<u8>,
    /// The elements are `u8`s: the byte string is the array, with no `transmute` (which
    /// clippy calls useless in the user's crate).
    pub bytes: bool,
}

impl NumberArray {
    /// An empty array of `width`-byte elements of `ty`.
    pub fn new(ty: TokenStream, width: usize) -> NumberArray {
        NumberArray {
            ty,
            width,
            little_endian: Vec::new(),
            bytes: false,
        }
    }

    /// An empty array of codes of a table's code type.
    pub fn for_repr(repr: Repr) -> NumberArray {
        if repr == Repr::U8 {
            return NumberArray::of_u8();
        }
        let ident = repr.ident();
        NumberArray::new(quote_mixed!(::core::primitive::#ident), repr.width())
    }

    /// An empty array of `u8`s.
    pub fn of_u8() -> NumberArray {
        NumberArray {
            bytes: true,
            ..NumberArray::new(quote_mixed!(::core::primitive::u8), 1)
        }
    }

    /// Appends the `width` low bytes of `value`, whose two's complement holds a value of the
    /// element type.
    pub fn push(&mut self, value: i128) {
        self.little_endian
            .extend_from_slice(&value.to_le_bytes()[..self.width]);
    }

    /// The static item(s) named `name`, made through the runtime's `transmute`.
    pub fn to_static(&self, name: &Ident, runtime: &Runtime) -> TokenStream {
        let private = super::paths::private(runtime);
        let NumberArray {
            ty,
            width,
            little_endian,
            bytes: plain,
        } = self;
        let bytes = little_endian.len();
        let len = bytes / width;
        if *plain {
            let literal = byte_string(little_endian);
            return quote_mixed!(static #name: [::core::primitive::u8; #len] = *#literal;);
        }
        // SAFETY (of the output): the byte string has the size of the array, and holds valid
        // values of the element type: constant evaluation checks `bool`s and `char`s.
        let item = |order: Option<TokenStream>, literal: Literal| {
            quote_mixed! {
                #order
                static #name: [#ty; #len] = unsafe {
                    #private::transmute::<[::core::primitive::u8; #bytes], [#ty; #len]>(*#literal)
                };
            }
        };
        if *width == 1 {
            return item(None, byte_string(little_endian));
        }
        let big_endian: Vec<u8> = little_endian
            .chunks(*width)
            .flat_map(|value| value.iter().rev().copied())
            .collect();
        let mut tokens = item(
            Some(quote_mixed!(#[cfg(target_endian = "little")])),
            byte_string(little_endian),
        );
        tokens.extend(item(
            Some(quote_mixed!(#[cfg(not(target_endian = "little"))])),
            byte_string(&big_endian),
        ));
        tokens
    }
}

#[cfg(test)]
mod tests {
    use super::{byte_string, string};

    #[test]
    fn strings_lex_to_their_text() {
        for text in [
            "",
            "内部服务器错误，请稍后重试（错误码：40001）",
            "quote \" backslash \\ tab \t line\nnul \0 1 cr \r",
            "zero width \u{200B} bidi \u{202E} combining e\u{301} emoji 🦀 hangul 한국어",
            "ａｂｃ　、。〃",
            "raw \"# and \"## quotes, # alone, line\nbreak\ttab",
            "ends with a quote\"",
        ] {
            let literal = string(text);
            let parsed: syn::LitStr = syn::parse_quote!(#literal);
            assert_eq!(parsed.value(), text);
            assert!(!literal.to_string().contains('\u{202E}'), "bidi escaped");
        }
    }

    #[test]
    fn byte_strings_lex_to_their_bytes() {
        let bytes: Vec<u8> = (0..=255).chain([b'"', b'\\', 0, b'1']).collect();
        let literal = byte_string(&bytes);
        let parsed: syn::LitByteStr = syn::parse_quote!(#literal);
        assert_eq!(parsed.value(), bytes);
    }
}

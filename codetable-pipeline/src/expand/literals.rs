//! The output's data as few and cheap tokens: a table's strings as one literal each, built
//! without a Unicode table search per Chinese character, and its arrays of numbers as one
//! byte-string literal each instead of a literal per element.
//!
//! At 100 000 rows this is the difference between about a million tokens and a handful, for
//! the macro that builds them, the proc-macro bridge that carries them and rustc that parses
//! and type-checks them.
//!
//! How a string is written in Rust source lives here once, for the expansion and for `codes
//! import`: which chars rustc denies ([`is_text_direction_control`]), which a person reading
//! the source should see escaped ([`is_hidden`]), and the escaping ([`push_str_escaped`],
//! [`quoted`]).

use super::quote_mixed;
use crate::model::{Repr, Runtime};
use proc_macro2::{Ident, Literal, TokenStream};
use std::fmt::Write as _;

/// Whether rustc denies `c` unescaped in a literal or a comment: the text-direction controls
/// (the embeddings and overrides U+202A..=U+202E, the isolates U+2066..=U+2069), with which
/// source can read otherwise than it compiles (the lints
/// `text_direction_codepoint_in_literal` and `text_direction_codepoint_in_comment`, denied by
/// default).
pub fn is_text_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether `c` is escaped in Rust source a person reads, a string literal's text or a
/// comment's: a control (a line break would end a comment's line, the others do not show),
/// or a bidirectional-text control (Unicode's `Bidi_Control`): rustc's
/// [text-direction controls](is_text_direction_control), and the marks U+061C, U+200E and
/// U+200F, which rustc takes but which as invisibly reorder the text around them.
pub fn is_hidden(c: char) -> bool {
    // The controls are Unicode's `Cc`, what `char::is_control` tells, written out: no table
    // search for the Chinese text that tables are mostly made of.
    matches!(
        c,
        '\0'..='\u{1F}' | '\u{7F}'..='\u{9F}' | '\u{061C}' | '\u{200E}' | '\u{200F}'
    ) || is_text_direction_control(c)
}

/// Appends `text` as the inside of a Rust string literal (between its quotes): `\"` and `\\`,
/// `\n`, `\r` and `\t`, `\0` (`\x00` before a digit, where `\0` would read as the start of an
/// octal escape to a person), `\u{..}` for any other [hidden](is_hidden) char, and every other
/// char as it is. Runs of chars written as they are are copied whole.
pub fn push_str_escaped(out: &mut String, text: &str) {
    // Byte by byte, not char by char: every hidden char above ASCII starts with one of the
    // bytes 0xC2, 0xD8 or 0xE2, which no other byte of UTF-8 is, and only those are decoded
    // (a table's Chinese text, in a proc macro that cargo builds unoptimised, went through a
    // char decoder per char).
    let bytes = text.as_bytes();
    let mut run = 0;
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        let (escape, len) = match byte {
            b'"' => ("\\\"", 1),
            b'\\' => ("\\\\", 1),
            b'\n' => ("\\n", 1),
            b'\r' => ("\\r", 1),
            b'\t' => ("\\t", 1),
            0 if bytes.get(at + 1).is_some_and(u8::is_ascii_digit) => ("\\x00", 1),
            0 => ("\\0", 1),
            b' '..=b'~' => {
                at += 1;
                continue;
            }
            0x01..=0x1F | 0x7F => ("", 1),
            0xC2 | 0xD8 | 0xE2 => match text.get(at..).and_then(|rest| rest.chars().next()) {
                Some(c) if is_hidden(c) => ("", c.len_utf8()),
                Some(c) => {
                    at += c.len_utf8();
                    continue;
                }
                None => break,
            },
            _ => {
                at += 1;
                continue;
            }
        };
        out.push_str(&text[run..at]);
        if escape.is_empty() {
            let c = text.get(at..).and_then(|rest| rest.chars().next());
            let c = c.map_or(0, u32::from);
            let _ = write!(out, "\\u{{{c:x}}}");
        } else {
            out.push_str(escape);
        }
        at += len;
        run = at;
    }
    out.push_str(&text[run..]);
}

/// `text` as a Rust string literal's source, `"..."`, escaped by [`push_str_escaped`]: what
/// `codes import` writes, for a person to read.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    push_str_escaped(&mut out, text);
    out.push('"');
    out
}

/// A string literal of `text`, for the few large strings of a table (its blobs, `MARKDOWN`).
///
/// `Literal::string` escapes char by char through `char::escape_debug`, whose printable-char
/// check searches Unicode tables for every non-ASCII char: a tenth of the expansion of a
/// Chinese table of 100 000 rows. Here the text is a raw string where it can be, else escaped
/// by [`push_str_escaped`], which copies every char but the few it escapes as it is; the text
/// is then lexed as one literal. Not for per-row strings: inside the compiler each lexed
/// literal becomes a source file of its own.
pub fn string(text: &str) -> Literal {
    if let Some(raw) = raw_string(text) {
        return raw;
    }
    // The text above always lexes; `Literal::string` is the same literal, slower.
    crate::lex::literal(&quoted(text)).unwrap_or_else(|| Literal::string(text))
}

/// `text` as a raw string literal, `r#"..."#` with as many `#` as it needs, when it holds no
/// char a reader would want escaped: no control char but line feeds and tabs (a raw string
/// cannot hold a lone carriage return) and no [text-direction
/// control](is_text_direction_control), which rustc rejects in literals. Nothing to escape:
/// the text is copied whole, and lexed without unescaping.
fn raw_string(text: &str) -> Option<Literal> {
    let bytes = text.as_bytes();
    let mut hashes = 0;
    // A `while` over indexes: an iterator's calls per byte cost, in a proc macro that cargo
    // builds unoptimised, several times the check itself.
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        at += 1;
        match byte {
            b'"' => {
                let mut run = 0;
                while bytes.get(at + run) == Some(&b'#') {
                    run += 1;
                }
                hashes = hashes.max(run + 1);
            }
            b'\n' | b'\t' => {}
            0..=0x1F | 0x7F => return None,
            // Every text-direction control is a three-byte char starting with 0xE2.
            0xE2 if text
                .get(at - 1..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(is_text_direction_control) =>
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
    crate::lex::literal(&repr)
}

/// Bytes as a byte-string literal, built and lexed in one pass (`Literal::byte_string` formats
/// each non-printable byte through `write!`, a third of its time). Large tables only, as for
/// [`string`]. Written into a buffer of the longest size by index rather than pushed char by
/// char: in a proc macro that cargo builds unoptimised, a `String::push` per byte was most of
/// the time of the table's data.
fn byte_string(bytes: &[u8]) -> Literal {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    // `b"`, four bytes at most per byte (`\xff`), `"`.
    let mut repr = vec![0u8; bytes.len() * 4 + 3];
    repr[0] = b'b';
    repr[1] = b'"';
    let mut len = 2;
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        index += 1;
        let escaped = match byte {
            // Two chars instead of four for the byte most tables hold most of; `\x00` before
            // a digit, where `\0` would read as an octal escape to a human.
            0 if !bytes.get(index).is_some_and(u8::is_ascii_digit) => b'0',
            b'\t' => b't',
            b'\n' => b'n',
            b'"' => b'"',
            b'\\' => b'\\',
            b' '..=b'~' => {
                repr[len] = byte;
                len += 1;
                continue;
            }
            _ => {
                repr[len] = b'\\';
                repr[len + 1] = b'x';
                repr[len + 2] = HEX[usize::from(byte >> 4)];
                repr[len + 3] = HEX[usize::from(byte & 15)];
                len += 4;
                continue;
            }
        };
        repr[len] = b'\\';
        repr[len + 1] = escaped;
        len += 2;
    }
    repr[len] = b'"';
    repr.truncate(len + 1);
    // All ASCII: always UTF-8, and always a byte string.
    String::from_utf8(repr)
        .ok()
        .and_then(|repr| crate::lex::literal(&repr))
        .unwrap_or_else(|| Literal::byte_string(bytes))
}

/// The type and value of a static byte table, `[u8; LEN] = *b"..."`, read back with
/// `codetable::__private::u32_at` or `str_at`: one token for the whole table, and an array (not
/// a `&[u8]`) so that reads need no load of its address.
pub(crate) struct ByteTable(pub Vec<u8>);

impl quote::ToTokens for ByteTable {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let len = self.0.len();
        let literal = byte_string(&self.0);
        tokens.extend(quote_mixed!([::core::primitive::u8; #len] = *#literal));
    }
}

/// `u32`s as a little-endian byte table, read back with `codetable::__private::u32_at`.
pub(crate) fn u32_bytes(values: impl IntoIterator<Item = u32>) -> ByteTable {
    ByteTable(values.into_iter().flat_map(u32::to_le_bytes).collect())
}

/// A `static NAME: [TYPE; LEN]` of numbers (or `bool`s, `char`s) that reads as a typed array,
/// but is written as one byte string `transmute`d to it in the initializer: the values'
/// bytes in the target's byte order, so two statics under `cfg(target_endian)` where a value
/// has more than one byte.
pub(crate) struct NumberArray {
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
        let private = crate::paths::private(runtime);
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
    use super::{byte_string, is_hidden, is_text_direction_control, quoted, string};

    /// Every char, for the tests of a set of them against its definition.
    fn every_char() -> impl Iterator<Item = char> {
        (0..=u32::from(char::MAX)).filter_map(char::from_u32)
    }

    /// rustc's `TEXT_FLOW_CONTROL_CHARS` (rustc_ast's `util::unicode`), which its lints
    /// `text_direction_codepoint_in_literal` and `_in_comment` deny.
    const RUSTC_TEXT_FLOW_CONTROL: [char; 9] = [
        '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}',
    ];

    /// Unicode's `Bidi_Control` property (PropList.txt).
    const BIDI_CONTROL: [char; 12] = [
        '\u{061C}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}',
        '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
    ];

    #[test]
    fn the_text_direction_controls_are_rustcs() {
        let set: Vec<char> = every_char()
            .filter(|&c| is_text_direction_control(c))
            .collect();
        assert_eq!(set, RUSTC_TEXT_FLOW_CONTROL);
    }

    #[test]
    fn hidden_chars_are_the_controls_and_the_bidirectional_controls() {
        for c in every_char() {
            let expected = c.is_control() || BIDI_CONTROL.contains(&c);
            assert_eq!(is_hidden(c), expected, "{:?}", c);
        }
    }

    #[test]
    fn quoted_strings_lex_to_their_text() {
        assert_eq!(quoted(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(quoted("x\ny\u{202E}"), r#""x\ny\u{202e}""#);
        assert_eq!(quoted("中文"), "\"中文\"");
        assert_eq!(quoted("\0a\x001"), r#""\0a\x001""#);
        let every_hidden: String = every_char().filter(|&c| is_hidden(c)).collect();
        // Every char, each next to the chars around it: the escaper reads bytes.
        let every: String = every_char().collect();
        for text in [
            &every,
            "",
            "内部服务器错误，请稍后重试（错误码：40001）",
            "quote \" backslash \\ tab \t line\nnul \0 1 \x001 cr \r del \u{7f}",
            "zero width \u{200B} mark \u{200E} combining e\u{301} emoji 🦀 hangul 한국어",
            "\\u{41} is no escape, \\\\ two backslashes",
            &every_hidden,
        ] {
            let written = quoted(text);
            let read: syn::LitStr = syn::parse_str(&written).unwrap();
            assert_eq!(read.value(), text);
            assert!(!written.contains(is_hidden), "{written:?}");
        }
    }

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

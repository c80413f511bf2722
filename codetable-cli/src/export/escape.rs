//! Text in the source of the export languages, each form written by one function here:
//!
//! - [`quoted`]: a double-quoted string literal, one that TypeScript (JavaScript), Go, Python,
//!   JSON and YAML all read back to the text: the escapes it writes (`\\`, `\"`, `\n`, `\r`,
//!   `\t`, `\uXXXX`) mean the same in the five, and it writes raw no char any of them refuses
//!   raw (line terminators, controls, a byte-order mark, ...);
//! - [`push_escaped`]: the same escaping without the quotes, for JSON that serde_json writes;
//! - [`go_rune`]: a Go rune literal, a `char` column's value;
//! - [`docstring`]: a Python docstring;
//! - [`comment_text`] and [`comment_lines`]: a line of comment text, which no language's
//!   comment ends in, and [`jsdoc_text`], which a JSDoc comment does not end in.
//!
//! What none of them writes raw is a [trap](is_trap). Each is tested against the rules of the
//! languages that read it: what each escape means there, and which chars each refuses raw.

use codetable_pipeline::expand::literals;
use std::fmt::Write as _;

/// Whether a char would be a trap in source text: a control or a bidirectional-text control
/// (what Rust source escapes, [`literals::is_hidden`]), a line or paragraph separator (line
/// terminators of JavaScript before ES2019 and of YAML 1.1), a byte-order mark (which Go and
/// YAML refuse inside a file), or one of the noncharacters U+FFFE and U+FFFF, which YAML does
/// not take. All are in the Basic Multilingual Plane: `\uXXXX` escapes each.
pub fn is_trap(c: char) -> bool {
    literals::is_hidden(c)
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}'
        )
}

/// Appends `text` as the inside of a [`quoted`] literal: `\\`, `\"`, `\n`, `\r`, `\t`, and
/// `\uXXXX` for any other trap.
pub fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_trap(c) => push_unicode_escape(out, c),
            c => out.push(c),
        }
    }
}

/// `\uXXXX`, the escape of a char of the Basic Multilingual Plane in all the languages.
fn push_unicode_escape(out: &mut String, c: char) {
    let _ = write!(out, "\\u{:04x}", u32::from(c));
}

/// Text as a double-quoted string literal that TypeScript, Go, Python, JSON and YAML all read
/// back to the text.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    push_escaped(&mut out, text);
    out.push('"');
    out
}

/// A char as a Go rune literal: `'a'` for printable ASCII, `'\''` and `'\\'`, `'\UXXXXXXXX'`
/// for anything else (eight digits take every char).
pub fn go_rune(c: char) -> String {
    match c {
        '\'' => "'\\''".to_owned(),
        '\\' => "'\\\\'".to_owned(),
        c if c.is_ascii_graphic() || c == ' ' => format!("'{c}'"),
        c => format!("'\\U{:08x}'", u32::from(c)),
    }
}

/// Text as a Python docstring: `"""`-quoted, its backslashes and quotes escaped where they
/// would end it or escape something, its line breaks kept, other traps as `\uXXXX`. A
/// docstring of several lines ends with a line break, as PEP 257 writes them.
pub fn docstring(text: &str) -> String {
    let mut body = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => body.push_str("\\\\"),
            '"' => body.push_str("\\\""),
            '\n' => body.push('\n'),
            c if is_trap(c) => push_unicode_escape(&mut body, c),
            c => body.push(c),
        }
    }
    if body.contains('\n') {
        format!("\"\"\"{body}\n\"\"\"")
    } else {
        format!("\"\"\"{body}\"\"\"")
    }
}

/// One line of text as comment text: traps (line breaks included) written `\u{..}`, so that
/// it stays on its line and shows what it holds.
pub fn comment_text(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        if is_trap(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// One line of text as the text of a JSDoc (or any `/* */`) comment: [`comment_text`], with
/// `*/` written `*\/`, which would end the comment.
pub fn jsdoc_text(line: &str) -> String {
    comment_text(&line.replace("*/", "*\\/"))
}

/// A text's lines as comment lines (`prefix` before each, `prefix` trimmed on an empty line).
pub fn comment_lines(out: &mut String, prefix: &str, text: &str) {
    for line in text.lines() {
        let line = comment_text(line.trim_end());
        if line.is_empty() {
            let _ = writeln!(out, "{}", prefix.trim_end());
        } else {
            let _ = writeln!(out, "{prefix}{line}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every char, for the tests of a set of them.
    fn every_char() -> impl Iterator<Item = char> {
        (0..=u32::from(char::MAX)).filter_map(char::from_u32)
    }

    /// Texts to write, with every char a literal has a rule for: every trap, quotes,
    /// backslashes, escapes' look-alikes, Chinese, and chars beyond the Basic Multilingual
    /// Plane.
    fn texts() -> Vec<String> {
        let traps: String = every_char().filter(|&c| is_trap(c)).collect();
        [
            "",
            "plain ASCII: ~!@#$%^&*()_+`-={}|[]:;'<>?,./",
            r#"a "b" \c \\d \u0041 \n"#,
            "内部服务器错误，请稍后重试（错误码：40001）",
            "emoji 🦀 and U+10FFFF \u{10FFFF}, U+D7FF \u{D7FF}, U+E000 \u{E000}, U+FFFD \u{FFFD}",
            "line\nbreaks\r\nand\ttabs, NUL \0 1, DEL \u{7f}, NEL \u{85}",
            "bidi \u{202E}evil\u{202C} \u{2066}x\u{2069} mark \u{200E}",
            "separators \u{2028} \u{2029}, BOM \u{FEFF}, nonchars \u{FFFE}\u{FFFF}",
        ]
        .into_iter()
        .map(str::to_owned)
        .chain([traps])
        .collect()
    }

    /// A language's double-quoted string literal, as its specification reads it: the escapes
    /// `\X` it gives the meaning of (besides `\uXXXX`), and which chars it refuses raw.
    struct Rules {
        name: &'static str,
        escapes: &'static [(char, char)],
        refused: fn(char) -> bool,
    }

    /// JSON (RFC 8259, section 7): the two-char escapes, and no quote, backslash or char
    /// below U+0020 raw.
    const JSON: Rules = Rules {
        name: "JSON",
        escapes: &[
            ('"', '"'),
            ('\\', '\\'),
            ('/', '/'),
            ('b', '\u{8}'),
            ('f', '\u{c}'),
            ('n', '\n'),
            ('r', '\r'),
            ('t', '\t'),
        ],
        refused: |c| matches!(c, '"' | '\\' | '\0'..='\u{1f}'),
    };

    /// YAML's double-quoted scalar (1.2, section 5.7): its escapes; raw, only printable chars
    /// (`c-printable`, section 5.1), no line break (they fold: LF and CR, and in YAML 1.1 NEL,
    /// LS and PS), no byte-order mark inside the document.
    const YAML: Rules = Rules {
        name: "YAML",
        escapes: &[
            ('0', '\0'),
            ('a', '\u{7}'),
            ('b', '\u{8}'),
            ('t', '\t'),
            ('n', '\n'),
            ('v', '\u{b}'),
            ('f', '\u{c}'),
            ('r', '\r'),
            ('e', '\u{1b}'),
            (' ', ' '),
            ('"', '"'),
            ('/', '/'),
            ('\\', '\\'),
            ('N', '\u{85}'),
            ('_', '\u{a0}'),
            ('L', '\u{2028}'),
            ('P', '\u{2029}'),
        ],
        refused: |c| {
            let printable = matches!(c,
                '\t' | '\n' | '\r' | ' '..='~' | '\u{85}' | '\u{a0}'..='\u{d7ff}'
                | '\u{e000}'..='\u{fffd}' | '\u{10000}'..);
            !printable
                || matches!(
                    c,
                    '"' | '\\' | '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}'
                )
        },
    };

    /// A JavaScript (TypeScript) string literal (ECMA-262, 12.9.4): its single-char escapes;
    /// no quote, backslash, LF or CR raw, nor LS and PS, which engines before ES2019 refuse.
    const JAVASCRIPT: Rules = Rules {
        name: "JavaScript",
        escapes: &[
            ('\'', '\''),
            ('"', '"'),
            ('\\', '\\'),
            ('b', '\u{8}'),
            ('f', '\u{c}'),
            ('n', '\n'),
            ('r', '\r'),
            ('t', '\t'),
            ('v', '\u{b}'),
        ],
        refused: |c| matches!(c, '"' | '\\' | '\n' | '\r' | '\u{2028}' | '\u{2029}'),
    };

    /// A Go interpreted string literal (the specification's "String literals"): its escapes
    /// (`\'` is not one of them); no quote, backslash or newline raw, nor NUL and a byte-order
    /// mark, which a compiler may refuse in source text.
    const GO: Rules = Rules {
        name: "Go",
        escapes: &[
            ('a', '\u{7}'),
            ('b', '\u{8}'),
            ('f', '\u{c}'),
            ('n', '\n'),
            ('r', '\r'),
            ('t', '\t'),
            ('v', '\u{b}'),
            ('\\', '\\'),
            ('"', '"'),
        ],
        refused: |c| matches!(c, '"' | '\\' | '\n' | '\0' | '\u{feff}'),
    };

    /// A Python string literal (the reference's "String and Bytes literals"): its escapes; no
    /// quote, backslash or line break (LF, CR) raw, nor NUL, which source cannot hold.
    const PYTHON: Rules = Rules {
        name: "Python",
        escapes: &[
            ('\\', '\\'),
            ('\'', '\''),
            ('"', '"'),
            ('a', '\u{7}'),
            ('b', '\u{8}'),
            ('f', '\u{c}'),
            ('n', '\n'),
            ('r', '\r'),
            ('t', '\t'),
            ('v', '\u{b}'),
        ],
        refused: |c| matches!(c, '"' | '\\' | '\n' | '\r' | '\0'),
    };

    /// The body of a string literal (between its quotes) read by `rules`: its text, or why
    /// the language refuses it.
    fn read(rules: &Rules, body: &str) -> Result<String, String> {
        let mut text = String::new();
        let mut chars = body.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                if (rules.refused)(c) {
                    return Err(format!("{c:?} raw"));
                }
                text.push(c);
                continue;
            }
            let escape = chars.next().ok_or("a lone backslash")?;
            if escape == 'u' {
                let hex: String = chars.by_ref().take(4).collect();
                let code = u32::from_str_radix(&hex, 16).map_err(|_| format!("\\u{hex}"))?;
                text.push(char::from_u32(code).ok_or(format!("\\u{hex}: a surrogate"))?);
            } else {
                let (_, stands_for) = rules
                    .escapes
                    .iter()
                    .find(|(written, _)| *written == escape)
                    .ok_or(format!("\\{escape} is no escape"))?;
                text.push(*stands_for);
            }
        }
        Ok(text)
    }

    #[test]
    fn quoted_strings_read_back_in_every_language() {
        for rules in [JSON, YAML, JAVASCRIPT, GO, PYTHON] {
            for text in texts() {
                let literal = quoted(&text);
                let body = &literal[1..literal.len() - 1];
                assert_eq!(read(&rules, body).as_ref(), Ok(&text), "{}", rules.name);
            }
        }
    }

    /// JSON's own reader agrees; so it does on the JSON export's strings, which serde_json
    /// escapes, then [`push_escaped`] what is left of the traps.
    #[test]
    fn quoted_strings_are_json() {
        for text in texts() {
            assert_eq!(
                serde_json::from_str::<String>(&quoted(&text)).unwrap(),
                text
            );
            let exported = crate::export::table::json(Vec::new(), text.clone()).unwrap();
            let generator = exported.lines().nth(3).unwrap();
            let literal = generator
                .strip_prefix("  \"generator\": ")
                .and_then(|rest| rest.strip_suffix(','))
                .unwrap();
            assert!(!literal.contains(is_trap), "{literal:?}");
            assert_eq!(serde_json::from_str::<String>(literal).unwrap(), text);
        }
    }

    #[test]
    fn go_runes_read_back() {
        for c in [
            'a',
            ' ',
            '\'',
            '\\',
            '"',
            '中',
            '🦀',
            '\n',
            '\0',
            '\u{feff}',
            '\u{10ffff}',
        ] {
            let rune = go_rune(c);
            let body = rune.strip_prefix('\'').and_then(|r| r.strip_suffix('\''));
            let read = match body.unwrap() {
                r"\'" => '\'',
                r"\\" => '\\',
                escaped if escaped.starts_with("\\U") => {
                    char::from_u32(u32::from_str_radix(&escaped[2..], 16).unwrap()).unwrap()
                }
                raw => {
                    let mut chars = raw.chars();
                    let c = chars.next().unwrap();
                    // What a Go string refuses raw, its quote `'` where a string's is `"`.
                    let refused = c == '\'' || (c != '"' && (GO.refused)(c));
                    assert!(chars.next().is_none() && !refused, "{rune}");
                    c
                }
            };
            assert_eq!(read, c, "{rune}");
        }
    }

    #[test]
    fn docstrings_read_back_in_python() {
        for text in texts() {
            let doc = docstring(&text);
            let body = &doc[3..doc.len() - 3];
            // Line breaks are the one char a docstring, triple-quoted, holds raw.
            let rules = Rules {
                refused: |c| c != '\n' && (PYTHON.refused)(c),
                ..PYTHON
            };
            let expected = if text.contains('\n') {
                format!("{text}\n")
            } else {
                text.clone()
            };
            assert_eq!(read(&rules, body), Ok(expected), "{doc:?}");
            assert!(!body.contains("\"\"\""));
        }
    }

    #[test]
    fn comments_stay_on_their_line() {
        for text in texts() {
            let line = comment_text(&text);
            assert!(!line.contains(is_trap), "{line:?}");
            assert!(!jsdoc_text(&format!("{text} */ */")).contains("*/"));
        }
        assert_eq!(comment_text("a\nb\u{2028}"), "a\\u{a}b\\u{2028}");
        assert_eq!(jsdoc_text("a */ b"), "a *\\/ b");
        let mut out = String::new();
        comment_lines(&mut out, "// ", "one\n\ntwo  ");
        assert_eq!(out, "// one\n//\n// two\n");
    }

    #[test]
    fn literals() {
        assert_eq!(
            quoted("a \"b\" \\ 中\n\t\u{202e}"),
            r#""a \"b\" \\ 中\n\t\u202e""#
        );
        assert_eq!(quoted("\u{0}\u{7f}"), r#""\u0000\u007f""#);
    }

    #[test]
    fn traps_are_what_some_language_refuses_or_hides() {
        for c in every_char() {
            let refused = [JSON, YAML, JAVASCRIPT, GO, PYTHON]
                .iter()
                .any(|rules| (rules.refused)(c));
            let expected =
                (refused && !matches!(c, '"' | '\\')) || c.is_control() || literals::is_hidden(c);
            assert_eq!(is_trap(c), expected, "{c:?}");
        }
    }
}

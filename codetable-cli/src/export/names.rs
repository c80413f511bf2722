//! What the exporters share: identifiers every language takes, string literals every
//! language reads, and comment text that cannot end its comment.

use heck::ToShoutySnakeCase;
use std::collections::HashSet;
use std::fmt::Write as _;

/// A name as an ASCII identifier: letters, digits and `_` kept, any other character written
/// `U` and its code point in hex (`成功` → `U6210U529F`), and `_` before a leading digit. The
/// names it is given are Rust identifiers, which every language takes once they are ASCII.
pub fn ascii_ident(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            out.push(c);
        } else {
            let _ = write!(out, "U{:X}", c as u32);
        }
    }
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    out
}

/// A name with its first letter upper case (`dsp` → `Dsp`): what Go exports.
pub fn upper_first(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// A name with its first letter lower case (`DaemonCode` → `daemonCode`).
pub fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// A variant's name in SCREAMING_SNAKE_CASE, as Python's enum members are named
/// (`InvalidCredential` → `INVALID_CREDENTIAL`, `CodeMinus5999` → `CODE_MINUS5999`).
pub fn shouty(variant: &str) -> String {
    ascii_ident(&variant.to_shouty_snake_case())
}

/// Names made unique in order: a name taken already (or `taken` at the start) gets `_2`,
/// `_3`, ... appended.
pub fn unique(names: impl IntoIterator<Item = String>, taken: &[&str]) -> Vec<String> {
    let mut seen: HashSet<String> = taken.iter().map(|name| (*name).to_owned()).collect();
    names
        .into_iter()
        .map(|name| {
            let mut candidate = name.clone();
            let mut count = 1;
            while !seen.insert(candidate.clone()) {
                count += 1;
                candidate = format!("{name}_{count}");
            }
            candidate
        })
        .collect()
}

/// Whether a name is a Go package name as `go vet` expects one: lowercase ASCII letters and
/// digits, starting with a letter.
pub fn is_go_package(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// Whether a character would be a trap in source text: a control (line breaks and tabs
/// included), a bidirectional control (which rustc, and reviewers, distrust), a byte-order
/// mark, a line or paragraph separator, or a noncharacter YAML does not take.
pub fn is_trap(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{061C}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{FEFF}'
                | '\u{FFFE}'
                | '\u{FFFF}'
        )
}

/// Text as a double-quoted string literal that TypeScript, Go, Python, JSON and YAML all read
/// back to the text: `\\`, `\"`, `\n`, `\r`, `\t`, and `\uXXXX` for any other trap.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // Every trap is in the Basic Multilingual Plane: four digits do.
            c if is_trap(c) => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One line of text as comment text: traps (line breaks included) written `\u{..}`, so that
/// it stays on its line and shows what it holds.
pub fn comment_text(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        if is_trap(c) {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
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

    #[test]
    fn identifiers() {
        assert_eq!(ascii_ident("InvalidCredential"), "InvalidCredential");
        assert_eq!(ascii_ident("成功"), "U6210U529F");
        assert_eq!(ascii_ident(""), "_");
        assert_eq!(shouty("CodeMinus5999"), "CODE_MINUS5999");
        assert_eq!(shouty("BadIDChoice"), "BAD_ID_CHOICE");
        assert_eq!(upper_first("dsp"), "Dsp");
        assert_eq!(lower_first("DaemonCode"), "daemonCode");
        let names = ["A", "B", "A", "A_2"].map(String::from);
        assert_eq!(unique(names, &["B"]), ["A", "B_2", "A_2", "A_2_2"]);
        assert!(is_go_package("codes2") && !is_go_package("Codes") && !is_go_package("2x"));
    }

    #[test]
    fn literals_and_comments() {
        assert_eq!(
            quoted("a \"b\" \\ 中\n\t\u{202e}"),
            r#""a \"b\" \\ 中\n\t\u202e""#
        );
        assert_eq!(quoted("\u{0}\u{7f}"), r#""\u0000\u007f""#);
        assert_eq!(comment_text("a\nb\u{2028}"), "a\\u{a}b\\u{2028}");
        let mut out = String::new();
        comment_lines(&mut out, "// ", "one\n\ntwo  ");
        assert_eq!(out, "// one\n//\n// two\n");
    }
}

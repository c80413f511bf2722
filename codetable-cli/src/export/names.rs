//! What the exporters share of names: identifiers every language takes, made unique; the
//! text of literals and comments is [`escape`](super::escape)'s.

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
}

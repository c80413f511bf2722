//! The string-code tables of the lookup benchmark: PostgreSQL's SQLSTATE codes (261, from
//! `seeds/fixtures/errcodes.txt`) or N generated codes of SQLSTATE's shape, and each
//! contender's source for them (`define_codes!` with string codes, tokio-postgres' phf map, a
//! `match` on the string).

use crate::rows::{self, Row};
use crate::{lit, Rng};
use std::collections::HashSet;
use std::fmt::Write;

/// One row of a table of string codes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextRow {
    /// The code (`"23505"`).
    pub code: String,
    /// The wire name.
    pub name: String,
    /// The message; empty for none.
    pub message: String,
}

impl TextRow {
    /// The UpperCamelCase variant of [`TextRow::name`].
    pub fn variant(&self) -> String {
        rows::camel(&self.name)
    }
}

/// The characters of a SQLSTATE code.
const SQLSTATE_CHARACTERS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// SQLSTATE's codes from PostgreSQL's `errcodes.txt` (`text`): each code's macro name without
/// `ERRCODE_` as its name, its condition name with spaces as its message (none without one).
/// The file gives six codes a second macro name (`22008`, ..): the first is kept, as
/// tokio-postgres keeps one `SqlState` per code.
pub fn sqlstate(text: &str) -> Vec<TextRow> {
    let mut seen = HashSet::new();
    let mut rows = Vec::new();
    for line in text.lines() {
        let mut fields = line.split_whitespace();
        let (Some(code), Some(_kind), Some(name)) = (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let is_code = code.len() == 5 && code.bytes().all(|b| SQLSTATE_CHARACTERS.contains(&b));
        let Some(name) = name.strip_prefix("ERRCODE_") else {
            continue;
        };
        if !is_code || !seen.insert(code.to_string()) {
            continue;
        }
        rows.push(TextRow {
            code: code.to_string(),
            name: name.to_string(),
            message: fields.next().unwrap_or("").replace('_', " "),
        });
    }
    rows
}

/// `count` generated rows: [`rows::generated`]'s names and messages, each with a distinct
/// random five-character code of SQLSTATE's shape.
pub fn generated(count: usize) -> Vec<TextRow> {
    let mut rng = Rng::new(0x5715_7A7E + count as u64);
    let mut used = HashSet::with_capacity(count);
    rows::generated(count)
        .into_iter()
        .map(|Row { name, message, .. }| {
            let code = loop {
                let code = random_code(&mut rng);
                if used.insert(code.clone()) {
                    break code;
                }
            };
            TextRow {
                code,
                name,
                message,
            }
        })
        .collect()
}

fn random_code(rng: &mut Rng) -> String {
    (0..5)
        .map(|_| char::from(rng.choice(SQLSTATE_CHARACTERS)))
        .collect()
}

/// Codes of SQLSTATE's shape one character off real ones (64), none of them in a row.
pub fn near_misses(rows: &[TextRow]) -> Vec<String> {
    const COUNT: usize = 64;
    let mut rng = Rng::new(0x7E57_4155);
    let codes: HashSet<&str> = rows.iter().map(|row| row.code.as_str()).collect();
    let mut misses: Vec<String> = Vec::with_capacity(COUNT);
    while misses.len() < COUNT {
        let code = &rows[rng.below(rows.len() as u64) as usize].code;
        let place = rng.below(5) as usize;
        let mut candidate = code.clone().into_bytes();
        candidate[place] = rng.choice(SQLSTATE_CHARACTERS);
        let candidate = String::from_utf8(candidate).expect("ASCII");
        if !codes.contains(candidate.as_str()) && !misses.contains(&candidate) {
            misses.push(candidate);
        }
    }
    misses
}

/// `define_codes!` with string codes: `pub enum TextCode`.
pub fn define_codes(rows: &[TextRow]) -> String {
    let mut out = String::from("codetable::define_codes! {\n");
    let _ = writeln!(
        out,
        "    /// The benchmark's table of string codes: {} rows.",
        rows.len()
    );
    out.push_str("    pub enum TextCode {\n");
    for row in rows {
        let _ = write!(out, "        {} => {}", lit(&row.code), row.name);
        if !row.message.is_empty() {
            let _ = write!(out, ", {}", lit(&row.message));
        }
        out.push_str(",\n");
    }
    out.push_str("    }\n}\n");
    out
}

/// tokio-postgres' way: a phf 0.14 `phf_map!` from the code to the row's slot.
pub fn phf(rows: &[TextRow]) -> String {
    let mut out = String::from("/// String code to slot.\n");
    out.push_str("pub static TEXT_BY_CODE: phf::Map<&'static str, u32> = phf::phf_map! {\n");
    for (slot, row) in rows.iter().enumerate() {
        let _ = writeln!(out, "    {} => {slot}u32,", lit(&row.code));
    }
    out.push_str("};\n");
    out
}

/// A `match` on the string, to the row's slot.
pub fn hand(rows: &[TextRow]) -> String {
    let mut out = String::from("/// The slot of the row of the string `code`, by a `match`.\n");
    out.push_str("pub fn text_from_code(code: &str) -> Option<u32> {\n    match code {\n");
    for (slot, row) in rows.iter().enumerate() {
        let _ = writeln!(out, "        {} => Some({slot}),", lit(&row.code));
    }
    out.push_str("        _ => None,\n    }\n}\n");
    out
}

/// What the benchmark checks the string-code contenders against: `TEXT_LABEL`, `TEXT_N`,
/// `TEXT_CODES`, `TEXT_NAMES`, and `TEXT_MISS_CODES` ([`near_misses`]).
pub fn truth(rows: &[TextRow], label: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "/// What the string-code rows are.\npub const TEXT_LABEL: &str = {};",
        lit(label)
    );
    let _ = writeln!(
        out,
        "/// How many string-code rows.\npub const TEXT_N: usize = {};",
        rows.len()
    );
    let codes = rows.iter().map(|row| row.code.as_str());
    strings(&mut out, "The string codes.", "TEXT_CODES", codes);
    let names = rows.iter().map(|row| row.name.as_str());
    strings(&mut out, "Their names.", "TEXT_NAMES", names);
    let misses = near_misses(rows);
    strings(
        &mut out,
        "String codes one character off real ones, in no row.",
        "TEXT_MISS_CODES",
        misses.iter().map(String::as_str),
    );
    out
}

fn strings<'a>(out: &mut String, doc: &str, name: &str, items: impl Iterator<Item = &'a str>) {
    let items: Vec<String> = items.map(lit).collect();
    let _ = writeln!(
        out,
        "/// {doc}\npub static {name}: [&str; {}] = [",
        items.len()
    );
    for item in items {
        let _ = writeln!(out, "    {item},");
    }
    out.push_str("];\n\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlstate_reads_errcodes_txt() {
        let path = crate::build::seeds_fixture("errcodes.txt");
        let rows = sqlstate(&std::fs::read_to_string(path).unwrap());
        assert_eq!(rows.len(), 261);
        let unique = rows.iter().find(|row| row.code == "23505").expect("23505");
        assert_eq!(unique.name, "UNIQUE_VIOLATION");
        assert_eq!(unique.message, "unique violation");
        let codes: HashSet<&str> = rows.iter().map(|row| row.code.as_str()).collect();
        assert_eq!(codes.len(), 261);
    }

    #[test]
    fn generated_codes_are_unique_and_of_sqlstate_shape() {
        let rows = generated(3000);
        let codes: HashSet<&str> = rows.iter().map(|row| row.code.as_str()).collect();
        assert_eq!(codes.len(), 3000);
        assert!(rows
            .iter()
            .all(|row| row.code.len() == 5
                && row.code.bytes().all(|b| SQLSTATE_CHARACTERS.contains(&b))));
        for miss in near_misses(&rows) {
            assert!(!codes.contains(miss.as_str()));
        }
    }
}

//! Each contender's table as Rust source: the items at the root of a table crate, the enum
//! (or type) always called `Code` or `Row`, with the lookups the benchmarks call.

use crate::{lit, Row};
use std::fmt::Write;

/// `define_codes!`, the table written as the guide writes one.
pub fn define_codes(rows: &[Row]) -> String {
    define_codes_with(rows, &[])
}

/// [`define_codes`] with these attributes on the table, one per line.
pub fn define_codes_with(rows: &[Row], attributes: &[&str]) -> String {
    let mut out = String::from("codetable::define_codes! {\n");
    let _ = writeln!(out, "    /// The benchmark's table: {} rows.", rows.len());
    for attribute in attributes {
        let _ = writeln!(out, "    {attribute}");
    }
    out.push_str("    pub enum Code {\n");
    for row in rows {
        let _ = writeln!(
            out,
            "        {} => {}, {},",
            row.code,
            row.name,
            lit(&row.message)
        );
    }
    out.push_str("    }\n}\n");
    out
}

/// What a person writes by hand: a fieldless enum and a `match` per lookup. With `all` false,
/// `from_code` alone, on an enum deriving `Clone` and `Copy` alone (what a 30 000-row table can
/// afford: see [`crate::build::ALL_ANCHORS_UP_TO`]).
pub fn hand(rows: &[Row], all: bool) -> String {
    let mut out = String::new();
    let derives = if all {
        "Clone, Copy, PartialEq, Eq, Debug"
    } else {
        "Clone, Copy"
    };
    let _ = writeln!(
        out,
        "/// The benchmark's table, by hand: {} rows.",
        rows.len()
    );
    let _ = writeln!(out, "#[derive({derives})]\n#[repr(i32)]\npub enum Code {{");
    for row in rows {
        let _ = writeln!(out, "    {} = {},", row.variant(), row.code);
    }
    out.push_str("}\n\nimpl Code {\n");
    if all {
        all_variants(&mut out, rows);
    }
    out.push_str("    /// The row of `code`.\n");
    out.push_str("    pub fn from_code(code: i32) -> Option<Code> {\n        match code {\n");
    for row in rows {
        let _ = writeln!(
            out,
            "            {} => Some(Code::{}),",
            row.code,
            row.variant()
        );
    }
    out.push_str("            _ => None,\n        }\n    }\n\n");
    if all {
        out.push_str("    /// The row named `name`.\n");
        out.push_str("    pub fn from_name(name: &str) -> Option<Code> {\n        match name {\n");
        for row in rows {
            let _ = writeln!(
                out,
                "            {} => Some(Code::{}),",
                lit(&row.name),
                row.variant()
            );
        }
        out.push_str("            _ => None,\n        }\n    }\n\n");
    }
    out.push_str("    /// The code.\n    pub fn code(self) -> i32 {\n        self as i32\n    }\n");
    if all {
        for (method, column) in [("name", 0), ("message", 1)] {
            let _ = writeln!(out, "\n    /// The {method}.");
            let _ = writeln!(
                out,
                "    pub fn {method}(self) -> &'static str {{\n        match self {{"
            );
            for row in rows {
                let text = if column == 0 { &row.name } else { &row.message };
                let _ = writeln!(out, "            Code::{} => {},", row.variant(), lit(text));
            }
            out.push_str("        }\n    }\n");
        }
    }
    out.push_str("}\n");
    if all {
        display(&mut out);
    }
    out
}

/// num_enum's `TryFromPrimitive` for codes, strum's derives for names and messages.
pub fn numstrum(rows: &[Row]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "/// The benchmark's table, with num_enum and strum: {} rows.",
        rows.len()
    );
    out.push_str(
        "#[derive(\n    Clone,\n    Copy,\n    PartialEq,\n    Eq,\n    Debug,\n    \
         num_enum::TryFromPrimitive,\n    strum::EnumString,\n    strum::IntoStaticStr,\n    \
         strum::EnumMessage,\n)]\n#[repr(i32)]\npub enum Code {\n",
    );
    for row in rows {
        let (name, message) = (lit(&row.name), lit(&row.message));
        let _ = writeln!(out, "    #[strum(serialize = {name}, message = {message})]");
        let _ = writeln!(out, "    {} = {},", row.variant(), row.code);
    }
    out.push_str("}\n\nimpl Code {\n");
    all_variants(&mut out, rows);
    out.push_str(
        "    /// The row of `code`.
    pub fn from_code(code: i32) -> Option<Code> {
        Code::try_from(code).ok()
    }

    /// The row named `name`.
    pub fn from_name(name: &str) -> Option<Code> {
        name.parse().ok()
    }

    /// The code.
    pub fn code(self) -> i32 {
        self as i32
    }

    /// The name.
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// The message.
    pub fn message(self) -> &'static str {
        strum::EnumMessage::get_message(&self).unwrap_or(\"\")
    }
}
",
    );
    display(&mut out);
    out
}

/// phf 0.14's `phf_map!` from code and from name to the row's slot (declaration order).
pub fn phf(rows: &[Row]) -> String {
    let mut out = String::from("/// Code to slot.\n");
    out.push_str("pub static BY_CODE: phf::Map<i32, u32> = phf::phf_map! {\n");
    for (slot, row) in rows.iter().enumerate() {
        let _ = writeln!(out, "    {}i32 => {slot}u32,", row.code);
    }
    out.push_str("};\n\n/// Name to slot.\n");
    out.push_str("pub static BY_NAME: phf::Map<&'static str, u32> = phf::phf_map! {\n");
    for (slot, row) in rows.iter().enumerate() {
        let _ = writeln!(out, "    {} => {slot}u32,", lit(&row.name));
    }
    out.push_str("};\n");
    out
}

/// The rows as arrays indexed by slot (declaration order), and sorted by code and by name
/// (byte order) with each row's slot: what `str_arrays` and `sorted_array` read.
pub fn arrays(rows: &[Row]) -> String {
    let mut out = columns(rows);
    let mut by_code: Vec<(i32, usize)> =
        rows.iter().enumerate().map(|(i, r)| (r.code, i)).collect();
    by_code.sort_unstable();
    let mut by_name: Vec<(&str, usize)> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (&*r.name, i))
        .collect();
    by_name.sort_unstable();
    array(
        &mut out,
        "Codes sorted, with their slot.",
        "SORTED_CODES",
        "(i32, u32)",
        by_code
            .iter()
            .map(|(code, slot)| format!("({code}, {slot})")),
    );
    array(
        &mut out,
        "Names sorted (byte order), with their slot.",
        "SORTED_NAMES",
        "(&str, u32)",
        by_name
            .iter()
            .map(|(name, slot)| format!("({}, {slot})", lit(name))),
    );
    out
}

/// What the lookup benchmark checks every contender against: the rows, and near misses
/// ([`crate::rows::near_misses`]).
pub fn truth(rows: &[Row], label: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "/// What the rows are.\npub const LABEL: &str = {};",
        lit(label)
    );
    let _ = writeln!(
        out,
        "/// How many rows.\npub const N: usize = {};",
        rows.len()
    );
    out.push_str(&columns(rows));
    let (codes, names) = crate::rows::near_misses(rows);
    array(
        &mut out,
        "Codes next to real ones, in no row.",
        "MISS_CODES",
        "i32",
        codes.iter().map(i32::to_string),
    );
    array(
        &mut out,
        "Names one letter off real ones, in no row.",
        "MISS_NAMES",
        "&str",
        names.iter().map(|name| lit(name)),
    );
    out
}

/// `CODES`, `NAMES`, `MESSAGES` and `VARIANTS`, indexed by slot.
fn columns(rows: &[Row]) -> String {
    let mut out = String::new();
    array(
        &mut out,
        "The codes.",
        "CODES",
        "i32",
        rows.iter().map(|row| row.code.to_string()),
    );
    array(
        &mut out,
        "The names.",
        "NAMES",
        "&str",
        rows.iter().map(|row| lit(&row.name)),
    );
    array(
        &mut out,
        "The messages.",
        "MESSAGES",
        "&str",
        rows.iter().map(|row| lit(&row.message)),
    );
    array(
        &mut out,
        "The variants' names (what Debug writes).",
        "VARIANTS",
        "&str",
        rows.iter().map(|row| lit(&row.variant())),
    );
    out
}

fn array(
    out: &mut String,
    doc: &str,
    name: &str,
    ty: &str,
    items: impl ExactSizeIterator<Item = String>,
) {
    let _ = writeln!(
        out,
        "/// {doc}\npub static {name}: [{ty}; {}] = [",
        items.len()
    );
    for item in items {
        let _ = writeln!(out, "    {item},");
    }
    out.push_str("];\n\n");
}

/// `Code::ALL`, every variant in declaration order (an inherent associated const).
fn all_variants(out: &mut String, rows: &[Row]) {
    out.push_str("    /// Every row, in declaration order.\n");
    let _ = writeln!(out, "    pub const ALL: [Code; {}] = [", rows.len());
    for row in rows {
        let _ = writeln!(out, "        Code::{},", row.variant());
    }
    out.push_str("    ];\n\n");
}

/// `Display` as `code: message`, as `define_codes!` writes it.
fn display(out: &mut String) {
    out.push_str(
        "
impl core::fmt::Display for Code {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, \"{}: {}\", self.code(), self.message())
    }
}
",
    );
}

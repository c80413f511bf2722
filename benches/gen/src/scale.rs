//! The tables of the scale benchmark (`cargo xtask bench-scale`): N rows with sections, of
//! the shape of seed 002 at scale; and, of the same shape with two languages and aliases, the
//! table `codes export` is checked and measured on at scale ([`export_table`]).

use crate::rows::{message, snake_name, MESSAGE_PARTS, WORDS};
use crate::{lit, Rng};
use std::fmt::Write;

/// Rows outside every section: -9..=0.
const TOP_ROWS: usize = 10;
/// Rows per top-level section.
pub const SECTION_ROWS: usize = 1000;
/// Codes per top-level section.
const SECTION_SPAN: i32 = 10_000;
/// The first section's lower bound.
const FIRST_SECTION: i32 = 1_000_000;

/// One generated table.
pub struct Table {
    /// The body of a `define_codes!` invocation (the tokens between its braces).
    pub body: String,
    /// Every row's code, in declaration order.
    pub codes: Vec<i32>,
}

/// The table of `rows` rows (a multiple of [`SECTION_ROWS`]):
///
/// ```text
/// Big(http: u16 = 500, hint: Option<&'static str>) in -999..=9_999_999 {
///     -9..=0: ten rows outside every section, then a top-level reserved range 1..=999;
///     one section per 1 000 rows (the first holds 990: the top rows make up the rest),
///     `B..B+10000 => SectionSError, "..." {`
///         4/5 of its rows in B+1..B+5000 (steps of 1-3),
///         `B+5000..B+8000 => SectionSSub` with the other 1/5 (in B+5001..B+7000),
///             and in every fourth section `B+7000..B+8000 => SectionSDeep` inside the
///             subsection, holding a quarter of the subsection's rows,
///         `B+9000..=B+9999 => reserved`,
///     `}`
/// }
/// ```
///
/// Every tenth row (at random) is nameless (`_`), a quarter carry a doc comment, an eighth
/// set `http`, a sixteenth set `hint`; names as in the lookup benchmark, unique by their
/// 4-letter suffix.
pub fn table(rows: usize) -> Table {
    assert!(
        rows >= SECTION_ROWS && rows % SECTION_ROWS == 0,
        "{rows} rows: a multiple of {SECTION_ROWS}"
    );
    let header = format!(
        "/// A generated table of {rows} rows with sections (cargo xtask bench-scale).\n\
         #[repr(i32)]\n\
         pub enum Big("
    );
    write(rows, Rng::new(0x5CA1_E000 + rows as u64), &header, false)
}

/// The name of [`export_table`]'s enum.
pub const EXPORT_TABLE: &str = "Generated";

/// The table of `rows` rows (more than ten) that `codes export` is checked on at scale
/// (`scripts/export-check.sh`) and measured on (`cargo xtask bench-exports`): [`table`]'s
/// shape, named [`EXPORT_TABLE`], with messages in two languages and aliases:
///
/// ```text
/// #[codetable(languages(zh, en))]
/// Generated(http: u16 = 500, hint: Option<&'static str>) in -999..=9_999_999 {
///     ..
///     1000042 => SLICE_TOKEN_QUOTA_AAKQ, "...", en = "slice token quota (row 42)",
///     SLICE_TOKEN_QUOTA_AAKQ_OLD = SLICE_TOKEN_QUOTA_AAKQ,
///     ..
/// }
/// ```
///
/// Three rows in four give an English message (the others fall back to the Chinese one), one
/// named row in twenty has an alias (its name and `_OLD`, right after it); sections of 1 000
/// rows, the last one holding what is left. The same bytes for the same `rows` on every
/// machine.
pub fn export_table(rows: usize) -> Table {
    assert!(rows > TOP_ROWS, "{rows} rows: more than {TOP_ROWS}");
    let header = format!(
        "/// A generated table of {rows} rows with sections, two languages, aliases and columns\n\
         /// (codetable_bench_gen::scale::export_table).\n\
         #[codetable(languages(zh, en))]\n\
         #[repr(i32)]\n\
         pub enum {EXPORT_TABLE}("
    );
    write(rows, Rng::new(0xE5_9027 + rows as u64), &header, true)
}

/// A table of `rows` rows after `header` (its doc, attributes and `pub enum Name(`): the
/// columns, ten rows outside every section, then sections of [`SECTION_ROWS`] rows (the first
/// ten fewer, the last what is left); with `extras`, English messages and aliases.
fn write(rows: usize, rng: Rng, header: &str, extras: bool) -> Table {
    let mut table = Writer {
        rng,
        out: String::new(),
        codes: Vec::with_capacity(rows),
        extras,
    };
    let _ = writeln!(
        table.out,
        "{header}\n    /// The HTTP status.\n    http: u16 = 500,\n    \
         /// A hint, on some rows.\n    hint: Option<&'static str>,\n) in -999..=9_999_999 {{"
    );
    for code in -(TOP_ROWS as i32 - 1)..=0 {
        table.row(code, 1);
    }
    table
        .out
        .push_str("    1..=999 => reserved, \"保留给将来的通用错误\",\n");
    for s in 0..rows.div_ceil(SECTION_ROWS) {
        let base = FIRST_SECTION + s as i32 * SECTION_SPAN;
        let count = SECTION_ROWS.min(rows - s * SECTION_ROWS) - if s == 0 { TOP_ROWS } else { 0 };
        let sub = count / 5;
        let deep = if s % 4 == 0 { sub / 4 } else { 0 };
        let _ = writeln!(
            table.out,
            "    {base}..{} => Section{s}Error, \"第 {s} 段错误\" {{",
            base + SECTION_SPAN
        );
        table.run(base, count - sub, 2, base + 5000);
        let _ = writeln!(
            table.out,
            "        {}..{} => Section{s}Sub, \"第 {s} 段的子段\" {{",
            base + 5000,
            base + 8000
        );
        table.run(base + 5000, sub - deep, 3, base + 7000);
        if deep > 0 {
            let _ = writeln!(
                table.out,
                "            {}..{} => Section{s}Deep, \"第 {s} 段的深层子段\" {{",
                base + 7000,
                base + 8000
            );
            table.run(base + 7000, deep, 4, base + 8000);
            table.out.push_str("            }\n");
        }
        table.out.push_str("        }\n");
        let _ = writeln!(
            table.out,
            "        {}..={} => reserved, \"第 {s} 段保留\",",
            base + 9000,
            base + 9999
        );
        table.out.push_str("    }\n");
    }
    table.out.push_str("}\n");
    assert_eq!(table.codes.len(), rows);
    Table {
        body: table.out,
        codes: table.codes,
    }
}

struct Writer {
    rng: Rng,
    out: String,
    codes: Vec<i32>,
    /// English messages and aliases ([`export_table`]).
    extras: bool,
}

impl Writer {
    fn row(&mut self, code: i32, depth: usize) {
        let pad = "    ".repeat(depth);
        let index = self.codes.len();
        self.codes.push(code);
        let rng = &mut self.rng;
        let mut name = snake_name(rng, index);
        if rng.below(10) == 0 {
            name = "_".to_string();
        }
        let message = message(rng);
        if rng.below(4) == 0 {
            let doc = rng.choice(MESSAGE_PARTS);
            let _ = writeln!(self.out, "{pad}/// {doc}：第 {index} 行。");
        }
        let mut extra = String::new();
        if rng.below(8) == 0 {
            let _ = write!(
                extra,
                ", http = {}",
                rng.choice(&[400, 401, 403, 404, 409, 429, 503])
            );
        }
        if rng.below(16) == 0 {
            let _ = write!(extra, ", hint = {}", lit(rng.choice(MESSAGE_PARTS)));
        }
        if self.extras && rng.below(4) != 0 {
            let _ = write!(extra, ", en = {}", lit(&english(rng, index)));
        }
        let _ = writeln!(self.out, "{pad}{code} => {name}, {}{extra},", lit(&message));
        if self.extras && name != "_" && rng.below(20) == 0 {
            let _ = writeln!(self.out, "{pad}{name}_OLD = {name},");
        }
    }

    /// `count` rows from `start` at steps of 1-3, all below `limit`.
    fn run(&mut self, start: i32, count: usize, depth: usize, limit: i32) {
        let mut code = start;
        for _ in 0..count {
            code += self.rng.choice(&[1, 1, 1, 2, 3]);
            assert!(code < limit, "{code} past {limit}");
            self.row(code, depth);
        }
    }
}

/// An English message: two or three of the names' words, and the row's index.
fn english(rng: &mut Rng, index: usize) -> String {
    let count = 2 + rng.below(2) as usize;
    let words: Vec<String> = (0..count)
        .map(|_| rng.choice(WORDS).to_lowercase())
        .collect();
    format!("{} (row {index})", words.join(" "))
}

#[cfg(test)]
mod tests {
    #[test]
    fn rows_and_sections() {
        let table = super::table(2000);
        assert_eq!(table.codes.len(), 2000);
        assert_eq!(table.body.matches("Error, \"").count(), 2);
        assert_eq!(table.body.matches("Deep, \"").count(), 1);
        assert!(!table.body.contains("en = "));
        assert!(!table.body.contains("_OLD"));
    }

    #[test]
    fn the_export_table_has_languages_aliases_and_any_size() {
        for rows in [300, 3000] {
            let table = super::export_table(rows);
            assert_eq!(table.codes.len(), rows);
            assert!(table.body.contains("#[codetable(languages(zh, en))]"));
            assert!(table.body.contains("pub enum Generated("));
            let english = table.body.matches(", en = \"").count();
            assert!(
                english > rows / 2 && english < rows,
                "{english} English messages"
            );
            let aliases = table.body.matches("_OLD = ").count();
            assert!(
                aliases > rows / 40 && aliases < rows / 10,
                "{aliases} aliases"
            );
            assert_eq!(table.body.matches("Error, \"").count(), rows.div_ceil(1000));
        }
        assert_eq!(super::export_table(300).body, super::export_table(300).body);
    }
}

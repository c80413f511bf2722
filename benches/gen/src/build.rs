//! What the build scripts of `benches/` share: which rows a build holds, and where the
//! generated source goes.
//!
//! `CODES_BENCH_ROWS` picks the rows: unset (or `seed004`), seed 004's 287 rows; a number N,
//! N generated rows. Only the lookup benchmark sets it (`cargo xtask bench-lookups`, in a
//! target directory of its own), so that `cargo test` and `cargo clippy` never build a
//! 30 000-row table.

use crate::rows::{self, Row};
use crate::text::{self, TextRow};
use std::path::{Path, PathBuf};

/// The environment variable that picks the rows.
pub const ROWS_VAR: &str = "CODES_BENCH_ROWS";

/// Above this many rows the hand `match` keeps `from_code` only and num_enum + strum are left
/// out: a `&str` `match`, a derived `Debug` and strum's derives over 30 000 variants take
/// ~21.5 GB of rustc's memory or ~29 minutes of LLVM (BENCHMARKS.md).
pub const ALL_ANCHORS_UP_TO: usize = 3_000;

/// The rows of one build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rows {
    /// Seed 004: its real codes and messages, 287 rows.
    Seed004,
    /// This many generated rows.
    Generated(usize),
}

impl Rows {
    /// The rows `CODES_BENCH_ROWS` asks for; tells cargo to build again when it changes.
    pub fn from_env() -> Rows {
        println!("cargo::rerun-if-env-changed={ROWS_VAR}");
        match std::env::var(ROWS_VAR) {
            Err(_) => Rows::Seed004,
            Ok(value) => Rows::parse(&value).unwrap_or_else(|| {
                panic!("{ROWS_VAR}={value:?}: expected `seed004` or a number of rows")
            }),
        }
    }

    /// `seed004` (or nothing) or a number of rows.
    pub fn parse(value: &str) -> Option<Rows> {
        match value.trim() {
            "" | "seed004" => Some(Rows::Seed004),
            n => n.parse().ok().filter(|&n| n > 0).map(Rows::Generated),
        }
    }

    /// The rows themselves (seed 004 is read from `seeds/fixtures/`).
    pub fn rows(self) -> Vec<Row> {
        match self {
            Rows::Seed004 => {
                let path = seed004_path();
                println!("cargo::rerun-if-changed={}", path.display());
                let text = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                rows::seed004(&text)
            }
            Rows::Generated(n) => rows::generated(n),
        }
    }

    /// The string-code rows that go with these rows: SQLSTATE's 261 codes with seed 004
    /// (`seeds/fixtures/errcodes.txt`), as many generated ones with N generated rows.
    pub fn text_rows(self) -> Vec<TextRow> {
        match self {
            Rows::Seed004 => {
                let path = seeds_fixture("errcodes.txt");
                println!("cargo::rerun-if-changed={}", path.display());
                let text = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                text::sqlstate(&text)
            }
            Rows::Generated(n) => text::generated(n),
        }
    }

    /// What the report calls the string-code rows.
    pub fn text_label(self) -> String {
        match self {
            Rows::Seed004 => "SQLSTATE".to_string(),
            Rows::Generated(n) => format!("{n} generated string codes"),
        }
    }

    /// What the report calls these rows.
    pub fn label(self) -> String {
        match self {
            Rows::Seed004 => "seed 004".to_string(),
            Rows::Generated(n) => format!("{n} generated"),
        }
    }

    /// Whether the hand `match` and num_enum + strum hold every lookup (see
    /// [`ALL_ANCHORS_UP_TO`]).
    pub fn all_anchors(self) -> bool {
        match self {
            Rows::Seed004 => true,
            Rows::Generated(n) => n <= ALL_ANCHORS_UP_TO,
        }
    }
}

/// `seeds/fixtures/NAME` of this repository.
pub fn seeds_fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../seeds/fixtures")
        .join(name)
}

/// `seeds/fixtures/004_*.txt` of this repository.
pub fn seed004_path() -> PathBuf {
    let fixtures = seeds_fixture("");
    let found = std::fs::read_dir(&fixtures)
        .unwrap_or_else(|e| panic!("{}: {e}", fixtures.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .find(|path| {
            let name = path
                .file_name()
                .and_then(|name| name.to_str())
                .unwrap_or("");
            name.starts_with("004_") && name.ends_with(".txt")
        });
    found.unwrap_or_else(|| panic!("no 004_*.txt in {}", fixtures.display()))
}

/// Writes `text` to `$OUT_DIR/file`, for the crate to `include!`.
pub fn write_out(file: &str, text: &str) {
    let out = std::env::var_os("OUT_DIR").expect("OUT_DIR: run from a build script");
    let path = Path::new(&out).join(file);
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

#[cfg(test)]
mod tests {
    use super::Rows;

    #[test]
    fn the_committed_seed_has_287_rows() {
        let rows = Rows::Seed004.rows();
        assert_eq!(rows.len(), 287);
        assert_eq!(rows[0].code, -5999);
    }

    #[test]
    fn parse() {
        assert_eq!(Rows::parse(""), Some(Rows::Seed004));
        assert_eq!(Rows::parse("30000"), Some(Rows::Generated(30000)));
        assert_eq!(Rows::parse("0"), None);
        assert_eq!(Rows::parse("many"), None);
    }
}

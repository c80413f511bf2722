//! `cargo xtask random-tables`: a few hundred random valid tables, compiled, and every lookup
//! of the code `define_codes!` generates for them checked against what each table, as
//! written, says it must answer.
//!
//! The tables are drawn from one seed (`codetable_random_tables::draw`): every code type and
//! its extremes, codes in runs, dense with gaps and spread (each lookup layout, its edges
//! included), sections nested three deep, reserved ranges, `in` ranges, typed columns, names
//! of every shape (other scripts, keywords, underscores, long ones sharing their ends), a
//! prefix to strip, chosen variants, aliases and retired names. Each is checked by the
//! pipeline first (a valid table must give no error), then written with its expected answers
//! (`codetable_random_tables::expect`, found from the table as written) into one generated
//! workspace under the target directory, whose tests call `codetable_random_check::check` on
//! each table, and check its columns, its aliases' constants and, in constants, a few lookups
//! at compile time. The seed is `--seed`, else `CODETABLE_RANDOM_SEED`, else made from the
//! commit checked out (so a rerun of CI on one commit draws the same tables, and each commit
//! others); it is printed, with the command that draws the same tables again.

use crate::args::Args;
use crate::run::{self, root, target_dir, write};
use crate::Result;
use codetable_random_tables::expect::{expected, Class, Expected};
use codetable_random_tables::{draw, string_literal, variant_of, Table};
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::str::FromStr;
use std::time::Instant;

const USAGE: &str = "usage: cargo xtask random-tables [--tables N] [--crates N] [--seed N]

  --tables N    how many tables (default 300)
  --crates N    how many crates they are compiled in, side by side (default 2: one per core)
  --wide-rows N the rows of the table too big for `u16` slots, in a crate of its own
                (default 65600: slots past u16::MAX; 0: none)
  --seed N      the seed they are drawn from (default: CODETABLE_RANDOM_SEED, else made
                from the commit checked out)";

/// The rows of the wide table: more than a `u16` numbers, so that its lookups store `u32`
/// slots (`codetable_pipeline::index::narrow_slots`) and slots above `u16::MAX`, which a
/// narrowing would lose; no drawn table comes near.
const WIDE_ROWS: usize = 65_600;

/// The environment variable that sets the seed.
const SEED_VAR: &str = "CODETABLE_RANDOM_SEED";

pub fn job(mut args: Args) -> Result {
    if args.help(USAGE) {
        return Ok(());
    }
    let count = args.number("--tables", 300)?;
    let crates = args.number("--crates", 2)?.max(1);
    let wide_rows = args.number("--wide-rows", WIDE_ROWS)?;
    let seed = match args
        .value("--seed")?
        .or_else(|| std::env::var(SEED_VAR).ok())
    {
        Some(seed) => seed
            .parse::<u64>()
            .map_err(|_| format!("seed {seed}: not a number"))?,
        None => commit_seed(),
    };
    args.finish()?;
    println!("== seed {seed}: `{SEED_VAR}={seed} cargo xtask random-tables --tables {count}` draws these tables again");

    let started = Instant::now();
    let invocations = draw::invocations(seed, count);
    let mut sources = Vec::with_capacity(invocations.len());
    let mut rows = 0;
    for (index, tables) in invocations.iter().enumerate() {
        let mut text = String::new();
        for table in tables {
            table.render(&mut text);
        }
        checked_by_the_pipeline(&text)?;
        let mut module = format!(
            "//! Invocation {index}.\n\nuse codetable_random_check::*;\n\ncodetable::define_codes! {{\n{text}}}\n"
        );
        for table in tables {
            let expected = expected(table);
            rows += expected.rows.len();
            write_checks(&mut module, table, &expected);
        }
        sources.push(module);
    }
    println!(
        "== {count} tables, {rows} rows, in {} invocations: drawn, and checked by the pipeline, in {:.1} s",
        invocations.len(),
        started.elapsed().as_secs_f64()
    );

    let work = target_dir().join("random-tables");
    let members = write_workspace(&work, &sources, crates, wide_rows, seed)?;
    println!("== compile and check them: {}", work.display());
    let started = Instant::now();
    let mut command = run::cargo();
    command
        .args(["test", "--workspace", "--manifest-path"])
        .arg(work.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", target_dir());
    let done = run::status(&mut command);
    println!(
        "== {} crates built and run in {:.1} s",
        members,
        started.elapsed().as_secs_f64()
    );
    done.map_err(|error| {
        format!("{error}\nthe tables of seed {seed} are in {}; `{SEED_VAR}={seed} cargo xtask random-tables --tables {count}` draws them again", work.display())
    })
}

/// The seed made from the commit checked out (its hash's first 16 hex digits), else from
/// the time.
fn commit_seed() -> u64 {
    let head = run::output(
        Command::new("git")
            .args(["rev-parse", "HEAD"])
            .current_dir(root()),
    );
    head.ok()
        .and_then(|head| u64::from_str_radix(head.trim().get(..16)?, 16).ok())
        .unwrap_or_else(|| {
            let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
            now.map_or(0, |now| now.as_nanos() as u64)
        })
}

/// An error unless the pipeline finds the invocation `text` valid, as a valid table is.
fn checked_by_the_pipeline(text: &str) -> Result {
    let tokens = proc_macro2::TokenStream::from_str(text)
        .map_err(|error| format!("a drawn table does not lex ({error:?}):\n{text}"))?;
    let (_, errors) = codetable_pipeline::check(tokens);
    if errors.count() == 0 {
        return Ok(());
    }
    let messages: Vec<String> = errors.iter().map(|error| error.to_string()).collect();
    Err(format!(
        "the pipeline rejects a drawn table, which is valid:\n{}\n\n{text}",
        messages.join("\n")
    ))
}

/// Appends `table`'s expected answers and its test to an invocation's module.
fn write_checks(out: &mut String, table: &Table, expected: &Expected) {
    let name = &table.name;
    let upper = name.to_uppercase();
    let repr = table.repr.name();
    let string = |text: &str| string_literal(text);
    let index = |index: Option<usize>| index.map_or("None".to_owned(), |i| format!("Some({i})"));
    let _ = write!(
        out,
        "\nconst EXPECTED_{upper}: Expected<{repr}> = Expected {{\n    rows: &[\n"
    );
    for row in &expected.rows {
        let _ = writeln!(
            out,
            "        ({}, {}, {}, {}, {}),",
            row.code,
            string(&row.name),
            string(&row.variant),
            string(&row.message),
            index(row.section)
        );
    }
    out.push_str("    ],\n    aliases: &[");
    for (alias, slot) in &expected.aliases {
        let _ = write!(out, "({}, {slot}), ", string(alias));
    }
    out.push_str("],\n    sections: &[\n");
    for section in &expected.sections {
        let _ = writeln!(
            out,
            "        ({}, {}, {}, {}, {}),",
            string(&section.name),
            string(&section.message),
            section.low,
            section.high,
            index(section.parent)
        );
    }
    out.push_str("    ],\n    codes: &[\n");
    for (code, class) in &expected.codes {
        let class = match class {
            Class::Row(slot) => format!("Class::Row({slot})"),
            Class::Reserved { low, high, message } => {
                let message = message.as_deref().map_or("None".to_owned(), |message| {
                    format!("Some({})", string(message))
                });
                format!("Class::Reserved({low}, {high}, {message})")
            }
            Class::Section(index) => format!("Class::Section({index})"),
            Class::Unknown => "Class::Unknown".to_owned(),
        };
        let _ = writeln!(out, "        ({code}, {class}),");
    }
    out.push_str("    ],\n    names: &[\n");
    for (probe, slot) in &expected.names {
        let _ = writeln!(out, "        ({}, {}),", string(probe), index(*slot));
    }
    out.push_str("    ],\n};\n");

    let categories = if expected.sections.is_empty() {
        "None".to_owned()
    } else {
        format!("Some(&categories!({name}, {name}Category))")
    };
    let _ = write!(
        out,
        "\n#[test]\nfn {}() {{\n    check(&EXPECTED_{upper}, &api!({name}: {repr}), {categories});\n",
        name.to_lowercase()
    );
    // Each column's values take its type from its accessor's.
    for column in &expected.columns {
        let _ = writeln!(
            out,
            "    column({}, {:?}, {name}::iter().map({name}::{}), &[{}]);",
            string(name),
            column.name,
            column.name,
            column.values.join(", ")
        );
    }
    if !expected.aliases.is_empty() {
        out.push_str("    alias_constants(&[");
        for (alias, slot) in &expected.aliases {
            let constant =
                variant_of(alias, table.prefix.as_deref()).expect("an alias gives a constant");
            let _ = write!(out, "({name}::{constant}, {slot}), ");
        }
        out.push_str("]);\n");
    }
    out.push_str("}\n");

    // At compile time: the first and last rows by code, and a code that is no row's.
    let (first, last) = (&expected.rows[0], &expected.rows[expected.rows.len() - 1]);
    let miss = expected
        .codes
        .iter()
        .find(|(_, class)| !matches!(class, Class::Row(_)));
    let _ = write!(out, "\nconst _: () = assert!(\n");
    for row in [first, last] {
        let _ = writeln!(
            out,
            "    matches!({name}::from_code({}), Some({name}::{})) && same({name}::{}.name(), {}) &&",
            row.code,
            row.variant,
            row.variant,
            string(&row.name)
        );
    }
    if let Some((code, _)) = miss {
        let _ = writeln!(out, "    {name}::from_code({code}).is_none() &&");
    }
    out.push_str("    true\n);\n");
}

/// Writes the generated workspace: `crates` crates, the invocations dealt among them, each
/// a test of its own, and a crate of its own for the table of `wide_rows` rows (none for 0).
/// Returns how many crates it has.
fn write_workspace(
    work: &Path,
    sources: &[String],
    crates: usize,
    wide_rows: usize,
    seed: u64,
) -> Result<usize> {
    let crates = crates.min(sources.len()).max(1);
    let deps = [
        format!(
            "codetable = {{ path = {:?} }}",
            root().join("codetable").display().to_string()
        ),
        format!(
            "codetable-random-check = {{ path = {:?} }}",
            root().join("random-tables/check").display().to_string()
        ),
    ];
    let mut members = Vec::new();
    for krate in 0..crates {
        let member = format!("random-tables-{krate}");
        let dir = work.join(&member);
        let mut manifest = run::manifest(&member, &deps, false);
        // Only the tests are built: no doc tests, which would build the library again.
        manifest.push_str("\n[lib]\ndoctest = false\n");
        write(&dir.join("Cargo.toml"), &manifest)?;
        let mut lib = format!(
            "//! Generated by `cargo xtask random-tables`, seed {seed}: never committed.\n\
             // Rows are `#[deprecated]` at random, and names are in any script.\n\
             #![allow(deprecated, uncommon_codepoints, mixed_script_confusables, confusable_idents)]\n\n"
        );
        for (index, source) in sources.iter().enumerate().skip(krate).step_by(crates) {
            let _ = writeln!(lib, "mod t{index};");
            write(&dir.join(format!("src/t{index}.rs")), source)?;
        }
        write(&dir.join("src/lib.rs"), &lib)?;
        members.push(member);
    }
    if wide_rows > 0 {
        let member = "random-tables-wide".to_owned();
        let dir = work.join(&member);
        let mut manifest = run::manifest(&member, &deps, false);
        manifest.push_str("\n[lib]\ndoctest = false\n");
        write(&dir.join("Cargo.toml"), &manifest)?;
        write(&dir.join("src/lib.rs"), &wide(wide_rows, seed))?;
        members.push(member);
    }
    // Each crate lists its own modules: a stale one of an earlier run only lies there. The
    // crates are built without debug info and incremental compilation, which nothing uses
    // there (each run draws new tables) and which took 45 % of their build; their
    // dependencies as the workspace's are, to use those builds.
    let mut manifest = run::workspace("random-tables", &members);
    for member in &members {
        let _ = write!(
            manifest,
            "\n[profile.dev.package.{member}]\ndebug = false\nincremental = false\n"
        );
        // Debug assertions bring rustc's check that a `transmute`d code is a variant, which
        // compares it with every discriminant in turn: 0.45 ms a lookup at 65 535 rows, minutes
        // for the wide table's test. The drawn tables keep it (a check of the `transmute`s).
        if member.ends_with("-wide") {
            manifest.push_str("debug-assertions = false\n");
        }
    }
    write(&work.join("Cargo.toml"), &manifest)?;
    // The repository's versions of every dependency, so that the builds of the workspace's
    // are used again.
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|error| format!("Cargo.lock: {error}"))?;
    write(&work.join("Cargo.lock"), &lock)?;
    Ok(members.len())
}

/// The wide table's crate: `rows` rows of `i32` codes spread over the type (hashed), in an
/// order drawn from `seed` (row `i` has the code `(i * a + b) % rows * 7919 - 250000000`),
/// named `W{i}`, and its test, which checks every row and a miss beside each
/// (`codetable_random_check::numbered`): too big to write its answers out.
fn wide(rows: usize, seed: u64) -> String {
    // A multiplier coprime with `rows` makes `i * a + b` a permutation of the slots.
    let gcd = |mut a: usize, mut b: usize| {
        while b != 0 {
            (a, b) = (b, a % b);
        }
        a
    };
    let b = (seed % rows as u64) as usize;
    let a = (2..)
        .find(|a| gcd(*a, rows) == 1 && a % 2 == 1 && *a > 6)
        .unwrap_or(1);
    let mut out = format!(
        "//! Generated by `cargo xtask random-tables`, seed {seed}: never committed.\n\n\
         codetable::define_codes! {{\n    /// More rows than a `u16` slot numbers.\n    \
         #[repr(i32)]\n    pub enum Wide {{\n"
    );
    for slot in 0..rows {
        let code = ((slot * a + b) % rows) as i64 * 7919 - 250_000_000;
        let _ = writeln!(out, "        {code} => W{slot}, \"wide\",");
    }
    let _ = write!(
        out,
        "    }}\n}}\n\n\
         fn code(slot: usize) -> i32 {{\n    ((slot * {a} + {b}) % {rows}) as i32 * 7919 - 250_000_000\n}}\n\n\
         #[test]\nfn wide() {{\n    \
         codetable_random_check::numbered::<Wide>({rows}, code, |slot| code(slot) + 1, |slot| format!(\"W{{slot}}\"));\n}}\n"
    );
    out
}

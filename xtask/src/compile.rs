//! `cargo xtask bench-compile`: what a table costs the crate that holds it and the crates
//! that call it, per contender and size.
//!
//! Writes a workspace under `<target>/bench-compile/` (never committed):
//! - `table_<contender>_<rows>`: a library holding one table of generated rows
//!   (`codetable_bench_gen::source`: define_codes!, a hand `match`, num_enum + strum);
//! - `caller_<contender>_<rows>`: a binary calling every lookup of it (from_code, from_name,
//!   code, name, message, Debug, Display) on its arguments;
//! - `warm`, a library with the same dependencies, built first so that only the table crate
//!   is measured; `base`, the caller without a table, the floor of size and rebuild.
//!
//! Each table crate is measured alone (`cargo check`, `cargo build --release`, its
//! dependencies built, `CARGO_INCREMENTAL=0`), then the caller's release rebuild after
//! touching its `main.rs`, and its stripped size and dynamic relocations beyond `base`'s.

use crate::args::Args;
use crate::run::{
    self, announce, manifest, measure, root, timed, workspace, write, Limits, Measure,
};
use crate::Result;
use codetable_bench_gen::build::ALL_ANCHORS_UP_TO;
use codetable_bench_gen::{rows, source, text};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

const USAGE: &str = "usage: cargo xtask bench-compile [OPTIONS]

  --sizes LIST         rows per table (default 300,3000,30000)
  --contenders LIST    define_codes,hand,numstrum (the default: all three), and
                       define_codes_checked: define_codes with a `cfg_attr` on the table,
                       which turns the enum check on (what the check costs), and
                       define_codes_strings: the same rows with string codes of
                       SQLSTATE's shape (what string codes cost)
  --reps N             runs per step, the median reported (default 3; one while a run takes over 30 s)
  --timeout SECONDS    per command (default 300)
  --memory-gib N       address space per process (default 12)
  --all-anchors        also the hand match and num_enum + strum above 3 000 rows
                       (~21.5 GB of rustc memory at 30 000 rows: they fail here)
  --quick              --sizes 300,3000 --reps 1

The report is printed and written to <target>/bench-compile.md.";

const CONTENDERS: [&str; 3] = ["define_codes", "hand", "numstrum"];

/// Known to `--contenders`, not run by default: `define_codes` with the enum check on.
const CHECKED: &str = "define_codes_checked";

/// Known to `--contenders`, not run by default: `define_codes` of the same rows with string
/// codes (`codetable_bench_gen::text::generated`).
const STRINGS: &str = "define_codes_strings";

/// The caller: every lookup of the table, on its arguments (`caller CODE NAME`).
const CALLER: &str = "//! Calls every lookup of the table, on its arguments: `caller CODE NAME`.
use TABLE::Code;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code: i32 = args.first().and_then(|arg| arg.parse().ok()).unwrap_or(0);
    let name = args.get(1).map(String::as_str).unwrap_or(\"\");
    for found in [Code::from_code(code), Code::from_name(name)].into_iter().flatten() {
        println!(
            \"{} {} {} {:?} {}\",
            found.code(),
            found.name(),
            found.message(),
            found,
            found
        );
    }
}
";

/// The caller of a table of string codes: [`CALLER`] with a string code.
const STRING_CALLER: &str =
    "//! Calls every lookup of the table, on its arguments: `caller CODE NAME`.
use TABLE::TextCode as Code;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = args.first().map(String::as_str).unwrap_or(\"\");
    let name = args.get(1).map(String::as_str).unwrap_or(\"\");
    for found in [Code::from_code(code), Code::from_name(name)].into_iter().flatten() {
        println!(
            \"{} {} {} {:?} {}\",
            found.code(),
            found.name(),
            found.message(),
            found,
            found
        );
    }
}
";

/// The caller without a table: the baseline of the size and rebuild figures.
const BASE: &str = "//! The caller without a table: the baseline of the size delta.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code: i32 = args.first().and_then(|arg| arg.parse().ok()).unwrap_or(0);
    let name = args.get(1).map(String::as_str).unwrap_or(\"\");
    if code != 0 || !name.is_empty() {
        println!(\"{} {} {} {:?} {}\", code, name, name, name, code);
    }
}
";

struct Plan {
    contender: String,
    rows: usize,
}

impl Plan {
    fn table(&self) -> String {
        format!("table_{}_{}", self.contender, self.rows)
    }
    fn caller(&self) -> String {
        format!("caller_{}_{}", self.contender, self.rows)
    }
}

pub fn job(mut args: Args) -> Result {
    if args.help(USAGE) {
        return Ok(());
    }
    let quick = args.flag("--quick");
    let sizes = args.numbers("--sizes", if quick { "300,3000" } else { "300,3000,30000" })?;
    let contenders = args.list("--contenders", &CONTENDERS.join(","))?;
    let reps = args.number("--reps", if quick { 1 } else { 3 })?;
    let limits = Limits {
        timeout: args.number("--timeout", 300)? as u64,
        memory_gib: args.number("--memory-gib", 12)? as u64,
    };
    let all_anchors = args.flag("--all-anchors");
    args.finish()?;
    if let Some(unknown) = contenders
        .iter()
        .find(|c| !CONTENDERS.contains(&c.as_str()) && ![CHECKED, STRINGS].contains(&c.as_str()))
    {
        return Err(format!(
            "--contenders: unknown `{unknown}` (known: {}, {CHECKED}, {STRINGS})",
            CONTENDERS.join(", ")
        ));
    }
    announce();
    let (mut plan, mut skipped) = (Vec::new(), Vec::new());
    for &rows in &sizes {
        for contender in &contenders {
            let entry = Plan {
                contender: contender.clone(),
                rows,
            };
            if rows > ALL_ANCHORS_UP_TO && !contender.starts_with("define_codes") && !all_anchors {
                skipped.push(entry);
            } else {
                plan.push(entry);
            }
        }
    }
    let work = run::target_dir().join("bench-compile");
    println!(
        "== generating {} tables under {}",
        plan.len(),
        work.display()
    );
    generate(&work, &plan)?;
    let target = work.join("target");
    let env = |incremental: bool| {
        let mut env = BTreeMap::from([("CARGO_TARGET_DIR", target.display().to_string())]);
        if !incremental {
            env.insert("CARGO_INCREMENTAL", "0".to_string());
        }
        env
    };
    let cargo =
        |args: &[&str], incremental: bool| timed(&work, "cargo", args, &env(incremental), limits);

    println!("== dependencies (not measured)");
    for args in [
        &["check", "-p", "warm", "-p", "base"][..],
        &["build", "--release", "-p", "warm", "-p", "base"],
    ] {
        let done = cargo(args, false);
        if !done.ok {
            return Err(format!("cargo {}: {}", args.join(" "), done.note));
        }
    }
    let (base_size, base_relocations) = stripped(&target.join("release/base"))?;
    println!("   base: {base_size} bytes stripped, {base_relocations} relocations");
    let base_main = work.join("base/src/main.rs");
    let base_rebuild = measure("base rebuild (release)", "base", &base_main, reps, || {
        cargo(&["build", "--release", "-p", "base"], true)
    })?;

    let mut lines = vec![
        "| contender | rows | `cargo check` | check peak RSS | `cargo build --release` | release peak RSS \
         | caller rebuild (release) | stripped size delta | extra relocations |"
            .to_string(),
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|".to_string(),
    ];
    for entry in &plan {
        let (table, caller) = (entry.table(), entry.caller());
        let lib = work.join(&table).join("src/lib.rs");
        println!("== {}, {} rows", entry.contender, entry.rows);
        let check = measure("cargo check", &table, &lib, reps, || {
            cargo(&["check", "-p", &table], false)
        })?;
        let release = measure("cargo build --release", &table, &lib, reps, || {
            cargo(&["build", "--release", "-p", &table], false)
        })?;
        let (mut rebuild, mut size) = (None, None);
        if release.ok {
            // The caller's first build is not measured: only its rebuilds.
            cargo(&["build", "--release", "-p", &caller], true);
            let main = work.join(&caller).join("src/main.rs");
            let measured = measure("caller rebuild (release)", &caller, &main, reps, || {
                cargo(&["build", "--release", "-p", &caller], true)
            })?;
            if measured.ok {
                let (bytes, relocations) = stripped(&target.join("release").join(&caller))?;
                let delta = (
                    bytes as f64 - base_size as f64,
                    relocations as i64 - base_relocations as i64,
                );
                println!(
                    "   stripped size delta: {} bytes, {} relocations",
                    delta.0, delta.1
                );
                size = Some(delta);
            }
            rebuild = Some(measured);
        }
        let rebuild = rebuild.as_ref().map_or("—".to_string(), Measure::time);
        let size = size.map_or("— | —".to_string(), |(bytes, relocations)| {
            format!("{:.0} KiB | {relocations}", bytes / 1024.0)
        });
        lines.push(format!(
            "| {} | {} | {} | {} | {} | {} | {rebuild} | {size} |",
            entry.contender,
            entry.rows,
            check.time(),
            check.rss(),
            release.time(),
            release.rss()
        ));
    }
    for entry in &skipped {
        lines.push(format!(
            "| {} | {} | skipped | | | | | | |",
            entry.contender, entry.rows
        ));
    }
    lines.push(format!(
        "| base (no table) | 0 | | | | | {} | 0 ({:.0} KiB) | 0 ({base_relocations}) |",
        base_rebuild.time(),
        base_size as f64 / 1024.0
    ));
    lines.push(String::new());
    lines.push(format!(
        "Medians of up to {reps} runs; peak RSS is the largest of them. Timeout {} s, address \
         space limited to {} GiB per command.",
        limits.timeout, limits.memory_gib
    ));
    if !skipped.is_empty() {
        let names: Vec<String> = skipped
            .iter()
            .map(|e| format!("{} at {} rows", e.contender, e.rows))
            .collect();
        lines.push(format!(
            "Skipped: {} (~21.5 GB of rustc memory for `cargo check` at 30 000 rows; \
             --all-anchors tries them).",
            names.join(", ")
        ));
    }
    lines.push(format!(
        "Machine: {}. Commit {}. Load average after the run: {}.",
        run::machine(),
        run::commit(),
        run::load()
    ));
    let report = lines.join("\n") + "\n";
    println!("== report\n{report}");
    write(&run::target_dir().join("bench-compile.md"), &report)
}

/// The contenders' dependency lines: `codes` by path, num_enum and strum as the lookup
/// benchmark's table crate has them.
fn dependencies() -> Result<Vec<String>> {
    let manifest_path = root().join("benches/tables/derives/Cargo.toml");
    let text = std::fs::read_to_string(&manifest_path)
        .map_err(|e| format!("{}: {e}", manifest_path.display()))?;
    let mut deps = vec![format!(
        "codetable = {{ path = {:?} }}",
        root().join("codetable").display().to_string()
    )];
    deps.extend(
        text.lines()
            .filter(|line| line.starts_with("num_enum = ") || line.starts_with("strum = "))
            .map(|line| line.replace(", optional = true", "")),
    );
    Ok(deps)
}

fn generate(work: &Path, plan: &[Plan]) -> Result {
    let deps = dependencies()?;
    let mut members = vec!["warm".to_string(), "base".to_string()];
    write(
        &work.join("warm/Cargo.toml"),
        &manifest("warm", &deps, false),
    )?;
    write(
        &work.join("warm/src/lib.rs"),
        "//! Builds the dependencies.\n",
    )?;
    write(&work.join("base/Cargo.toml"), &manifest("base", &[], true))?;
    write(&work.join("base/src/main.rs"), BASE)?;
    for entry in plan {
        let (table, caller) = (entry.table(), entry.caller());
        let rows = rows::generated(entry.rows);
        let body = match entry.contender.as_str() {
            "define_codes" => source::define_codes(&rows),
            // Any attribute but Rust's inert built-ins turns the check on
            // (`codetable::guide::soundness`); this one changes nothing else.
            CHECKED => source::define_codes_with(
                &rows,
                &["#[cfg_attr(all(), doc = \"The enum check is on.\")]"],
            ),
            STRINGS => text::define_codes(&text::generated(entry.rows)),
            "hand" => source::hand(&rows, true),
            _ => source::numstrum(&rows),
        };
        write(
            &work.join(&table).join("Cargo.toml"),
            &manifest(&table, &deps, false),
        )?;
        let lib = format!("//! A generated table for `cargo xtask bench-compile`.\n\n{body}");
        write(&work.join(&table).join("src/lib.rs"), &lib)?;
        let dep = format!("{table} = {{ path = \"../{table}\" }}");
        write(
            &work.join(&caller).join("Cargo.toml"),
            &manifest(&caller, &[dep], true),
        )?;
        write(
            &work.join(&caller).join("src/main.rs"),
            &if entry.contender == STRINGS {
                STRING_CALLER
            } else {
                CALLER
            }
            .replace("TABLE", &table),
        )?;
        members.extend([table, caller]);
    }
    write(
        &work.join("Cargo.toml"),
        &workspace("bench-compile", &members),
    )?;
    copy_lock(work)
}

/// The repository's `Cargo.lock` beside a generated workspace, so that it builds the same
/// versions (left alone once there).
pub fn copy_lock(work: &Path) -> Result {
    let lock: PathBuf = work.join("Cargo.lock");
    if lock.exists() {
        return Ok(());
    }
    std::fs::copy(root().join("Cargo.lock"), &lock)
        .map_err(|e| format!("{}: {e}", lock.display()))?;
    Ok(())
}

/// The stripped size of `binary` and its count of dynamic relocations.
fn stripped(binary: &Path) -> Result<(u64, u64)> {
    let copy = binary.with_extension("stripped");
    std::fs::copy(binary, &copy).map_err(|e| format!("{}: {e}", binary.display()))?;
    run::status(Command::new("strip").arg(&copy))?;
    let size = std::fs::metadata(&copy)
        .map_err(|e| format!("{}: {e}", copy.display()))?
        .len();
    let relocations = run::output(Command::new("readelf").args(["-r", "-W"]).arg(&copy))?;
    let count = relocations
        .lines()
        .filter(|line| line.contains("R_X86_64_"))
        .count() as u64;
    Ok((size, count))
}

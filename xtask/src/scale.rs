//! `cargo xtask bench-scale`: `define_codes!` on 1 000- to 100 000-row tables with sections
//! (`codetable_bench_gen::scale`).
//!
//! - **Expansion outside the compiler**: `time-expansion` (`benches/expansion`) times
//!   `codetable_pipeline::define_codes` and its stages on each table's tokens, built with
//!   `--release` and in the dev profile (how cargo builds a proc macro, for `cargo check` and
//!   `cargo build --release` alike, unless the user sets `[profile.*.build-override]`).
//! - **The crate**: `table_N` under `<target>/bench-scale/` (never committed), the table and one
//!   function calling it; `cargo check` and `cargo build --release` of it alone (dependencies
//!   built first, `CARGO_INCREMENTAL=0`), wall time and rustc's peak RSS.
//! - **rustc's passes** (unless `--no-time-passes`): `-Z time-passes` of that `cargo check`
//!   (`RUSTC_BOOTSTRAP=1`, target directories of their own), with the macro as cargo builds it
//!   and with `opt-level = 3`.
//! - **The floor**: the same enum alone (N variants with their codes, nothing else) through
//!   `rustc --emit=metadata`.

use crate::args::Args;
use crate::run::{
    self, announce, cargo, manifest, measure, median, root, timed, workspace, write, Limits,
    Measure,
};
use crate::Result;
use codetable_bench_gen::scale;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const USAGE: &str = "usage: cargo xtask bench-scale [OPTIONS]

  --sizes LIST           rows per table, multiples of 1000 (default 1000,10000,100000)
  --reps N               compile runs per step (default 5)
  --expand-reps N        expansion runs per size, release build (default 9)
  --expand-reps-dev N    expansion runs per size, dev build (default 3)
  --timeout SECONDS      per command (default 600)
  --memory-gib N         address space per process (default 16)
  --no-time-passes       skip rustc's -Z time-passes
  --quick                --sizes 1000,10000 --reps 1 --expand-reps 3 --expand-reps-dev 1 --no-time-passes

The report is printed and written to <target>/bench-scale.md, the raw figures to
<target>/bench-scale/results.json.";

/// The rustc passes reported.
const PASSES: [&str; 4] = [
    "macro_expand_crate",
    "type_check_crate",
    "coherence_checking",
    "total",
];

/// The table crate's source around the table's body.
const TABLE_LIB: &str =
    "//! A generated table for `cargo xtask bench-scale`: ROWS rows with sections.

codetable::define_codes! {
BODY}

/// One lookup, so that the release build has a caller of the table's functions.
pub fn lookup(code: i32) -> Option<(&'static str, u16, Option<BigCategory>)> {
    Big::from_code(code).map(|e| (e.message(), e.http(), e.category()))
}
";

struct Settings {
    sizes: Vec<usize>,
    reps: usize,
    expand_reps: usize,
    expand_reps_dev: usize,
    limits: Limits,
    time_passes: bool,
}

pub fn job(mut args: Args) -> Result {
    if args.help(USAGE) {
        return Ok(());
    }
    let quick = args.flag("--quick");
    let settings = Settings {
        sizes: args.numbers(
            "--sizes",
            if quick {
                "1000,10000"
            } else {
                "1000,10000,100000"
            },
        )?,
        reps: args.number("--reps", if quick { 1 } else { 5 })?,
        expand_reps: args.number("--expand-reps", if quick { 3 } else { 9 })?,
        expand_reps_dev: args.number("--expand-reps-dev", if quick { 1 } else { 3 })?,
        limits: Limits {
            timeout: args.number("--timeout", 600)? as u64,
            memory_gib: args.number("--memory-gib", 16)? as u64,
        },
        time_passes: !args.flag("--no-time-passes") && !quick,
    };
    args.finish()?;
    if let Some(bad) = settings
        .sizes
        .iter()
        .find(|&&n| n == 0 || n % scale::SECTION_ROWS != 0)
    {
        return Err(format!(
            "--sizes: {bad} is not a positive multiple of {}",
            scale::SECTION_ROWS
        ));
    }
    announce();
    let (commit_before, load_before) = (run::commit(), run::load());
    let work = run::target_dir().join("bench-scale");
    println!("== generating the tables under {}", work.display());
    let tables = generate(&work, &settings.sizes)?;

    println!("== building time-expansion (release and dev) and the dependencies (not measured)");
    for profile in [&["--release"][..], &[]] {
        run::status(
            cargo()
                .args([
                    "build",
                    "-p",
                    "codetable-bench-expansion",
                    "--bin",
                    "time-expansion",
                ])
                .args(profile),
        )?;
    }
    let env = env_for(&work.join("target"));
    for args in [
        &["check", "-p", "warm"][..],
        &["build", "--release", "-p", "warm"],
    ] {
        let done = timed(&work, "cargo", args, &env, settings.limits);
        if !done.ok {
            return Err(format!("cargo {}: {}", args.join(" "), done.note));
        }
    }

    let files: Vec<PathBuf> = settings
        .sizes
        .iter()
        .map(|rows| work.join(format!("tables/rows_{rows}.in")))
        .collect();
    let expand_with = |profile: &str, dir: &str, reps: usize| {
        println!("== expansion outside the compiler, {profile} build, {reps} runs per size");
        let binary = run::target_dir().join(dir).join("time-expansion");
        expand(&binary, reps, &files, settings.limits)
    };
    let release = expand_with("release", "release", settings.expand_reps)?;
    let dev = expand_with("dev", "debug", settings.expand_reps_dev)?;
    for (i, rows) in settings.sizes.iter().enumerate() {
        let ms = |v: &Value, key: &str| seconds(v, key) * 1000.0;
        println!(
            "   {rows} rows: pipeline {:.1} ms (parse {:.1}, valid {:.1}, expand {:.1}), to_string {:.1} ms, dev pipeline {:.0} ms",
            ms(&release[i], "pipeline"),
            ms(&release[i], "parse"),
            ms(&release[i], "valid"),
            ms(&release[i], "expand"),
            ms(&release[i], "to_string"),
            ms(&dev[i], "pipeline"),
        );
    }

    let mut compiled = Vec::new();
    for (&rows, table) in settings.sizes.iter().zip(&tables) {
        compiled.push(compile(&work, rows, table, &settings)?);
    }
    let results = json!({
        "sizes": settings.sizes,
        "machine": run::machine(),
        "commit": commit_before,
        "load_before": load_before,
        "load_after": run::load(),
        "commit_after": run::commit(),
        "expand_release": release,
        "expand_dev": dev,
        "compile": compiled,
    });
    let raw = serde_json::to_string_pretty(&results).map_err(|e| e.to_string())?;
    write(&work.join("results.json"), &raw)?;
    let report = render(&results, &settings);
    println!("== report\n{report}");
    write(&run::target_dir().join("bench-scale.md"), &report)
}

fn env_for(target: &Path) -> BTreeMap<&'static str, String> {
    BTreeMap::from([
        ("CARGO_TARGET_DIR", target.display().to_string()),
        ("CARGO_INCREMENTAL", "0".to_string()),
    ])
}

/// Writes the tables and the workspace of the table crates; the tables' codes, per size.
fn generate(work: &Path, sizes: &[usize]) -> Result<Vec<scale::Table>> {
    let codes = format!(
        "codetable = {{ path = {:?} }}",
        root().join("codetable").display().to_string()
    );
    write(
        &work.join("warm/Cargo.toml"),
        &manifest("warm", std::slice::from_ref(&codes), false),
    )?;
    write(
        &work.join("warm/src/lib.rs"),
        "//! Builds the dependencies.\n",
    )?;
    let mut members = vec!["warm".to_string()];
    let mut tables = Vec::new();
    for &rows in sizes {
        let table = scale::table(rows);
        write(&work.join(format!("tables/rows_{rows}.in")), &table.body)?;
        let name = format!("table_{rows}");
        write(
            &work.join(&name).join("Cargo.toml"),
            &manifest(&name, std::slice::from_ref(&codes), false),
        )?;
        let body: String = table
            .body
            .lines()
            .map(|line| {
                if line.is_empty() {
                    "\n".to_string()
                } else {
                    format!("    {line}\n")
                }
            })
            .collect();
        let lib = TABLE_LIB
            .replace("ROWS", &rows.to_string())
            .replace("BODY", &body);
        write(&work.join(&name).join("src/lib.rs"), &lib)?;
        members.push(name);
        tables.push(table);
    }
    write(
        &work.join("Cargo.toml"),
        &workspace("bench-scale", &members),
    )?;
    crate::compile::copy_lock(work)?;
    Ok(tables)
}

/// One JSON object of timings per file, from `time-expansion`.
fn expand(binary: &Path, reps: usize, files: &[PathBuf], limits: Limits) -> Result<Vec<Value>> {
    let mut args = vec![reps.to_string()];
    args.extend(files.iter().map(|file| file.display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let done = timed(
        &root(),
        &binary.display().to_string(),
        &args,
        &BTreeMap::new(),
        limits,
    );
    if !done.ok {
        return Err(format!("{}: {}", binary.display(), done.note));
    }
    let lines: Vec<Value> = done
        .stdout
        .lines()
        .map(serde_json::from_str)
        .collect::<std::result::Result<_, _>>()
        .map_err(|e| format!("{}: {e}", binary.display()))?;
    if lines.len() != files.len() {
        return Err(format!(
            "{}: {} results for {} tables",
            binary.display(),
            lines.len(),
            files.len()
        ));
    }
    Ok(lines)
}

/// The median of the runs of `key`, seconds.
fn seconds(result: &Value, key: &str) -> f64 {
    let runs: Vec<f64> = result[key]
        .as_array()
        .map(|runs| runs.iter().filter_map(Value::as_f64).collect())
        .unwrap_or_default();
    if runs.is_empty() {
        f64::NAN
    } else {
        median(&runs)
    }
}

fn measured(m: &Measure) -> Value {
    json!({ "ok": m.ok, "wall": m.wall, "peak_rss": m.peak_rss, "note": m.note })
}

/// `cargo check`, `cargo build --release`, the rlib, rustc's passes and the bare enum of one
/// size.
fn compile(work: &Path, rows: usize, table: &scale::Table, settings: &Settings) -> Result<Value> {
    let name = format!("table_{rows}");
    let lib = work.join(&name).join("src/lib.rs");
    let target = work.join("target");
    let env = env_for(&target);
    let cargo = |args: &[&str]| timed(work, "cargo", args, &env, settings.limits);
    println!(
        "== {rows} rows: cargo check / build --release of {name}, {} runs each",
        settings.reps
    );
    let check = measure("cargo check", &name, &lib, settings.reps, || {
        cargo(&["check", "-p", &name])
    })?;
    let release = measure("cargo build --release", &name, &lib, settings.reps, || {
        cargo(&["build", "--release", "-p", &name])
    })?;
    let rlib = newest_rlib(&target.join("release/deps"), &name);
    let passes = if settings.time_passes {
        time_passes(work, &name, &lib, settings)?
    } else {
        Value::Null
    };
    let bare = bare_enum(work, rows, &table.codes, settings)?;
    Ok(json!({
        "rows": rows,
        "check": measured(&check),
        "release": measured(&release),
        "rlib_bytes": rlib,
        "passes": passes,
        "bare_enum": bare,
    }))
}

fn newest_rlib(deps: &Path, name: &str) -> Option<u64> {
    let prefix = format!("lib{name}-");
    std::fs::read_dir(deps)
        .ok()?
        .filter_map(std::result::Result::ok)
        .filter(|entry| {
            let file = entry.file_name();
            let file = file.to_string_lossy();
            file.starts_with(&prefix) && file.ends_with(".rlib")
        })
        .filter_map(|entry| entry.metadata().ok())
        .max_by_key(|meta| meta.modified().ok())
        .map(|meta| meta.len())
}

/// `-Z time-passes` of the crate's `cargo check` (up to 3 runs, medians), with the macro as
/// cargo builds it (`dev`) and optimised (`opt`).
fn time_passes(work: &Path, name: &str, lib: &Path, settings: &Settings) -> Result<Value> {
    let mut found = serde_json::Map::new();
    for (config, opt_level) in [("dev", None), ("opt", Some("3"))] {
        let mut env = env_for(&work.join(format!("target-time-passes-{config}")));
        env.insert("RUSTC_BOOTSTRAP", "1".to_string());
        if let Some(level) = opt_level {
            env.insert(
                "CARGO_PROFILE_DEV_BUILD_OVERRIDE_OPT_LEVEL",
                level.to_string(),
            );
        }
        timed(
            work,
            "cargo",
            &["check", "-p", "warm"],
            &env,
            settings.limits,
        );
        let mut runs: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
        for _ in 0..settings.reps.min(3) {
            run::touch(lib)?;
            let args = [
                "rustc",
                "--profile",
                "check",
                "-p",
                name,
                "--",
                "-Z",
                "time-passes",
            ];
            let done = timed(work, "cargo", &args, &env, settings.limits);
            if !done.ok {
                break;
            }
            let mut line = String::new();
            for pass in PASSES {
                if let Some(seconds) = pass_seconds(&done.stderr, pass) {
                    runs.entry(pass).or_default().push(seconds);
                    let _ = write!(line, "{pass} {seconds:.2} s, ");
                }
            }
            println!(
                "   -Z time-passes ({config} macro): {}",
                line.trim_end_matches(", ")
            );
        }
        let medians: serde_json::Map<String, Value> = runs
            .iter()
            .map(|(pass, runs)| (pass.to_string(), json!(median(runs))))
            .collect();
        found.insert(config.to_string(), Value::Object(medians));
    }
    Ok(Value::Object(found))
}

/// The seconds of `pass` in rustc's `-Z time-passes` output (`time:   1.234; rss: ... pass`).
fn pass_seconds(stderr: &str, pass: &str) -> Option<f64> {
    stderr.lines().find_map(|line| {
        let rest = line.trim().strip_prefix("time:")?;
        if line.split_whitespace().last()? != pass {
            return None;
        }
        rest.split(';').next()?.trim().parse().ok()
    })
}

/// The floor rustc puts under any table of `rows` variants: the same codes as an enum alone,
/// `rustc --emit=metadata` (median of up to 3 runs, and the peak RSS). rustc's duplicate
/// discriminant check compares every pair of variants.
fn bare_enum(work: &Path, rows: usize, codes: &[i32], settings: &Settings) -> Result<Value> {
    let mut text =
        String::from("#[repr(i32)]\n#[allow(dead_code, non_camel_case_types)]\npub enum Big {\n");
    for (i, code) in codes.iter().enumerate() {
        let _ = writeln!(text, "    V{i} = {code},");
    }
    text.push_str("}\n");
    let path = work.join(format!("tables/bare_{rows}.rs"));
    write(&path, &text)?;
    let out = work.join(format!("tables/bare_{rows}.rmeta"));
    let (path, out) = (path.display().to_string(), out.display().to_string());
    let (mut walls, mut rsses) = (Vec::new(), Vec::new());
    for _ in 0..settings.reps.min(3) {
        let args = ["--crate-type", "lib", "--emit=metadata", "-o", &out, &path];
        let done = timed(work, "rustc", &args, &BTreeMap::new(), settings.limits);
        if !done.ok {
            return Ok(Value::Null);
        }
        walls.push(done.wall);
        rsses.push(done.peak_rss);
    }
    let (wall, rss) = (median(&walls), rsses.iter().copied().fold(0.0, f64::max));
    println!("   the enum alone, {rows} variants: rustc --emit=metadata {wall:.2} s, {rss:.0} MiB");
    Ok(json!({ "wall": wall, "peak_rss": rss }))
}

/// `12.3 ms`, or `12.3 s` from 10 s on.
fn duration(seconds: f64) -> String {
    if seconds < 10.0 {
        format!("{:.1} ms", seconds * 1000.0)
    } else {
        format!("{seconds:.1} s")
    }
}

/// The report: the tables of BENCHMARKS.md "Scale".
fn render(results: &Value, settings: &Settings) -> String {
    let mut out = format!(
        "Expansion outside the compiler (`codetable_pipeline::define_codes` on proc_macro2 tokens), median of \
         {} runs (release build) and {} (dev build):\n\n\
         | rows | input | output (`to_string`) | parse | valid | expand | **pipeline (release)** | fastest run \
         | t(n)/t(n/10) | 10·log(n)/log(n/10) | `to_string` | pipeline (dev build) |\n\
         |--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n",
        settings.expand_reps, settings.expand_reps_dev
    );
    let mut previous: Option<(usize, f64)> = None;
    for (i, &rows) in settings.sizes.iter().enumerate() {
        let (r, d) = (&results["expand_release"][i], &results["expand_dev"][i]);
        let t = seconds(r, "pipeline");
        let fastest = r["pipeline"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_f64)
            .fold(f64::INFINITY, f64::min);
        let (ratio, bound) = match previous {
            Some((n, tn)) if rows == n * 10 => (
                format!("{:.1}", t / tn),
                format!("{:.1}", 10.0 * (rows as f64).ln() / (n as f64).ln()),
            ),
            _ => ("—".to_string(), "—".to_string()),
        };
        let bytes = |key: &str| r[key].as_u64().unwrap_or(0);
        let _ = writeln!(
            out,
            "| {rows} | {:.0} KiB | {:.0} KiB ({} B) | {} | {} | {} | **{}** | {} | {ratio} | {bound} | {} | {} |",
            bytes("input_bytes") as f64 / 1024.0,
            bytes("output_bytes") as f64 / 1024.0,
            bytes("output_bytes"),
            duration(seconds(r, "parse")),
            duration(seconds(r, "valid")),
            duration(seconds(r, "expand")),
            duration(t),
            duration(fastest),
            duration(seconds(r, "to_string")),
            duration(seconds(d, "pipeline")),
        );
        previous = Some((rows, t));
    }
    let _ = write!(
        out,
        "\nThe user crate, `CARGO_INCREMENTAL=0`, dependencies built first, median of {} runs (peak RSS: \
         the largest of the runs):\n\n\
         | rows | `cargo check` | check peak RSS | `cargo build --release` | release peak RSS | rlib \
         | the enum alone, `rustc --emit=metadata` |\n|--:|--:|--:|--:|--:|--:|--:|\n",
        settings.reps
    );
    let cell = |m: &Value, rss: bool| {
        if m["ok"].as_bool() != Some(true) {
            return m["note"].as_str().unwrap_or("failed").to_string();
        }
        match rss {
            false => format!("{:.2} s", m["wall"].as_f64().unwrap_or(f64::NAN)),
            true => format!("{:.0} MiB", m["peak_rss"].as_f64().unwrap_or(f64::NAN)),
        }
    };
    let compiled = results["compile"].as_array().cloned().unwrap_or_default();
    for c in &compiled {
        let rlib = c["rlib_bytes"].as_u64().map_or("—".to_string(), |b| {
            format!("{:.1} MiB", b as f64 / (1 << 20) as f64)
        });
        let bare = &c["bare_enum"];
        let bare = match (bare["wall"].as_f64(), bare["peak_rss"].as_f64()) {
            (Some(wall), Some(rss)) => format!("{wall:.2} s, {rss:.0} MiB"),
            _ => "—".to_string(),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {rlib} | {bare} |",
            c["rows"],
            cell(&c["check"], false),
            cell(&c["check"], true),
            cell(&c["release"], false),
            cell(&c["release"], true),
        );
    }
    if compiled.iter().any(|c| c["passes"].is_object()) {
        out.push_str(
            "\nrustc's passes in `cargo check` of the crate (`-Z time-passes`, median of up to 3 runs): with the \
             macro as cargo builds it (opt-level 0, which `--release` keeps for proc macros), and with \
             `[profile.dev.build-override] opt-level = 3`:\n\n\
             | rows | rustc total | `macro_expand_crate` | `type_check_crate` | of which `coherence_checking` \
             | rustc total, optimised macro | `macro_expand_crate`, optimised macro |\n\
             |--:|--:|--:|--:|--:|--:|--:|\n",
        );
        for c in &compiled {
            let pass = |config: &str, pass: &str| {
                c["passes"][config][pass]
                    .as_f64()
                    .map_or("—".to_string(), |s| format!("{s:.2} s"))
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} |",
                c["rows"],
                pass("dev", "total"),
                pass("dev", "macro_expand_crate"),
                pass("dev", "type_check_crate"),
                pass("dev", "coherence_checking"),
                pass("opt", "total"),
                pass("opt", "macro_expand_crate"),
            );
        }
    }
    let _ = write!(
        out,
        "\nMachine: {}. Commit {} (after the run: {}). Load average {} before, {} after. Timeout {} s, \
         address space limited to {} GiB per command.\n",
        results["machine"].as_str().unwrap_or(""),
        results["commit"].as_str().unwrap_or(""),
        results["commit_after"].as_str().unwrap_or(""),
        results["load_before"].as_str().unwrap_or(""),
        results["load_after"].as_str().unwrap_or(""),
        settings.limits.timeout,
        settings.limits.memory_gib,
    );
    out
}

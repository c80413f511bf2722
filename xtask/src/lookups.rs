//! `cargo xtask bench-lookups`: the criterion benchmark of `benches/lookups` on seed 004's 287
//! rows, then on 30 000 generated rows, and one report of both.
//!
//! The rows are picked by `CODES_BENCH_ROWS`, which the table crates' build scripts read
//! (`codetable_bench_gen::build`); each generated size builds in a target directory of its own
//! (`<target>/bench-rows-N/`), so that the workspace's own builds never hold a 30 000-row
//! table and the sizes do not rebuild each other.

use crate::args::Args;
use crate::run::{self, announce, cargo};
use crate::Result;
use codetable_bench_gen::build::{Rows, ROWS_VAR, STR_MATCH_VAR};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::{Path, PathBuf};

const USAGE: &str =
    "usage: cargo xtask bench-lookups [--rows seed004,30000] [--str-match] [--quick] [-- CRITERION ARGS]

  --rows LIST   the tables: seed004 (287 rows) and/or numbers of generated rows
  --str-match   also the `match` on the string code above 3 000 rows (at 30 000: ~19 min
                and ~11.8 GB of rustc)
  --quick       a short criterion run (0.1 s warm-up, 0.3 s measurement, 10 samples)
  -- ARGS       passed to criterion, e.g. -- --measurement-time 10 from_name

The report (median ns per operation) is printed and written to <target>/bench-lookups.md.";

/// The benchmark's groups, in the order of the report. `text_*` are on the table of string
/// codes that goes with the rows (SQLSTATE's 261 with seed 004, as many generated otherwise),
/// whose row count their group's name holds.
const OPERATIONS: [&str; 9] = [
    "from_code",
    "from_name",
    "code",
    "name",
    "message",
    "debug",
    "display",
    "text_from_code",
    "text_from_name",
];

/// Inputs per iteration (`QUERIES` of benches/lookups/benches/lookups.rs).
const QUERIES: f64 = 1024.0;

/// The contender the report compares with the others.
const OURS: &str = "define_codes";

pub fn job(mut args: Args) -> Result {
    if args.help(USAGE) {
        return Ok(());
    }
    let sizes = args.list("--rows", "seed004,30000")?;
    let quick = args.flag("--quick");
    let str_match = args.flag("--str-match");
    let mut criterion: Vec<String> = Vec::new();
    if quick {
        criterion.extend(
            [
                "--warm-up-time",
                "0.1",
                "--measurement-time",
                "0.3",
                "--sample-size",
                "10",
            ]
            .map(String::from),
        );
    }
    criterion.extend(args.finish()?);
    announce();
    let mut results = BTreeMap::new();
    for size in &sizes {
        let rows = Rows::parse(size)
            .ok_or_else(|| format!("--rows: {size} is neither seed004 nor a number of rows"))?;
        let (target, count) = match rows {
            Rows::Seed004 => (run::target_dir(), 287),
            Rows::Generated(n) => (run::target_dir().join(format!("bench-rows-{n}")), n),
        };
        println!(
            "== benches/lookups on {} ({count} rows), target {}",
            rows.label(),
            target.display()
        );
        let criterion_dir = target.join("criterion");
        for (_, _, group) in groups(&criterion_dir) {
            let _ = std::fs::remove_dir_all(group);
        }
        let mut command = cargo();
        command
            .args([
                "bench",
                "-p",
                "codetable-bench",
                "--features",
                "bench",
                "--bench",
                "lookups",
                "--",
            ])
            .args(&criterion)
            .env("CARGO_TARGET_DIR", &target);
        if str_match {
            command.env(STR_MATCH_VAR, "1");
        } else {
            command.env_remove(STR_MATCH_VAR);
        }
        match rows {
            Rows::Seed004 => command.env_remove(ROWS_VAR),
            Rows::Generated(n) => command.env(ROWS_VAR, n.to_string()),
        };
        run::status(&mut command)?;
        results.extend(load(&criterion_dir)?);
    }
    let mut report = report(&results)?;
    report.push_str(&format!(
        "\nMachine: {}. Commit {}. Load average after the run: {}.\n",
        run::machine(),
        run::commit(),
        run::load()
    ));
    println!("== report (median ns per operation)\n{report}");
    run::write(&run::target_dir().join("bench-lookups.md"), &report)
}

/// Median and its 95 % confidence interval, ns per operation.
#[derive(Clone, Copy)]
struct Estimate {
    median: f64,
    low: f64,
    high: f64,
}

/// (operation, rows, contender) → estimate.
type Results = BTreeMap<(usize, usize, String), Estimate>;

/// The directories criterion wrote for the groups `OPERATION/rows` under `dir`: (the
/// operation's index, rows, directory).
fn groups(dir: &Path) -> Vec<(usize, usize, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(std::result::Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let (operation, rows) = name.rsplit_once('_')?;
            let index = OPERATIONS.iter().position(|&known| known == operation)?;
            Some((index, rows.parse().ok()?, entry.path()))
        })
        .collect()
}

/// Criterion's results for the groups `OPERATION/rows` under `dir`.
fn load(dir: &Path) -> Result<Results> {
    let mut results = Results::new();
    for (operation_index, rows, group) in groups(dir) {
        let Ok(entries) = std::fs::read_dir(&group) else {
            continue;
        };
        for entry in entries.filter_map(std::result::Result::ok) {
            let new: PathBuf = entry.path().join("new");
            if !new.join("estimates.json").exists() {
                continue;
            }
            let benchmark = json(&new.join("benchmark.json"))?;
            let estimates = json(&new.join("estimates.json"))?;
            let contender = benchmark["function_id"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            let median = &estimates["median"];
            let number = |value: &serde_json::Value| value.as_f64().unwrap_or(f64::NAN) / QUERIES;
            let estimate = Estimate {
                median: number(&median["point_estimate"]),
                low: number(&median["confidence_interval"]["lower_bound"]),
                high: number(&median["confidence_interval"]["upper_bound"]),
            };
            results.insert((operation_index, rows, contender), estimate);
        }
    }
    Ok(results)
}

fn json(path: &Path) -> Result<serde_json::Value> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The Markdown table of BENCHMARKS.md "Lookups", and the confidence intervals.
fn report(results: &Results) -> Result<String> {
    if results.is_empty() {
        return Err("no criterion results found".to_string());
    }
    let contenders: BTreeSet<&str> = results.keys().map(|(_, _, c)| c.as_str()).collect();
    let mut contenders: Vec<&str> = contenders.into_iter().collect();
    contenders.sort_by_key(|&contender| (contender != OURS, contender));
    let mut out = format!(
        "| operation | rows | {} | define_codes / best other |\n",
        contenders.join(" | ")
    );
    let _ = writeln!(out, "|---|--:|{}--:|", "--:|".repeat(contenders.len()));
    let groups: BTreeSet<(usize, usize)> =
        results.keys().map(|&(op, rows, _)| (op, rows)).collect();
    let mut spans = String::new();
    for &(op, rows) in &groups {
        let found = |contender: &str| results.get(&(op, rows, contender.to_string()));
        let cells: Vec<String> = contenders
            .iter()
            .map(|c| found(c).map_or("—".to_string(), |e| format!("{:.2}", e.median)))
            .collect();
        let best_other = contenders
            .iter()
            .filter(|&&c| c != OURS)
            .filter_map(|&c| found(c).map(|e| (e.median, c)))
            .min_by(|a, b| a.0.total_cmp(&b.0));
        let ratio = match (found(OURS), best_other) {
            (Some(ours), Some((best, name))) => format!("{:.2}× ({name})", ours.median / best),
            _ => "—".to_string(),
        };
        let _ = writeln!(
            out,
            "| `{}` | {rows} | {} | {ratio} |",
            OPERATIONS[op],
            cells.join(" | ")
        );
        let intervals: Vec<String> = contenders
            .iter()
            .filter_map(|&c| found(c).map(|e| format!("{c} [{:.2}, {:.2}]", e.low, e.high)))
            .collect();
        let _ = writeln!(
            spans,
            "- `{}` {rows}: {}",
            OPERATIONS[op],
            intervals.join("; ")
        );
    }
    let _ = write!(
        out,
        "\nMedian ns per operation (criterion's median per iteration / {QUERIES} inputs). \
         95 % confidence intervals of the medians, ns per operation:\n\n{spans}"
    );
    Ok(out)
}

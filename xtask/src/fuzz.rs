//! `cargo xtask fuzz [SECONDS]`: cargo-fuzz (libFuzzer) on `define_codes!`'s pipeline
//! (`fuzz/`, a workspace of its own, on nightly), then libFuzzer's final stats. FUZZING.md.
//!
//! Installs what it needs: the nightly toolchain pinned in `.ci/nightly` (cargo-fuzz's
//! sanitizer and coverage flags need a nightly) and cargo-fuzz. Runs every input that once
//! crashed (`fuzz/regressions/`) first. A crash or timeout leaves its input in
//! `fuzz/artifacts/define_codes/` and fails the job.

use crate::args::Args;
use crate::run::{self, root};
use crate::Result;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const USAGE: &str = "usage: cargo xtask fuzz [SECONDS] [--jobs N] [--sanitizer none|address]

  SECONDS       how long to fuzz (default 600)
  --jobs N      fuzzing processes (default 1: one core, the other left free)
  --sanitizer   none (the default: the pipeline has no unsafe code, and the run is several
                times faster without one) or address (AddressSanitizer)";

/// The fuzz target.
const TARGET: &str = "define_codes";

/// libFuzzer's lines worth showing while it runs, and what went wrong if anything did (not
/// its recommended dictionary, whose entries are quoted tokens such as `"ERROR_…"`).
fn shown(line: &str) -> bool {
    if line.starts_with('"') {
        return false;
    }
    let progress = line.starts_with('#')
        && ["INITED", "pulse", "DONE"]
            .iter()
            .any(|word| line.contains(word));
    progress
        || line.starts_with("==")
        || line.starts_with("SUMMARY")
        || line.starts_with("Done")
        || ["ERROR", "panicked", "Test unit written", "artifact_prefix"]
            .iter()
            .any(|word| line.contains(word))
}

/// `command` without what the outer `cargo run` set, so that cargo-fuzz uses the nightly
/// cargo and its own target directory.
fn clean(mut command: Command) -> Command {
    for var in [
        "CARGO",
        "RUSTUP_TOOLCHAIN",
        "CARGO_TARGET_DIR",
        "RUSTC",
        "RUSTC_WRAPPER",
        "RUSTC_WORKSPACE_WRAPPER",
    ] {
        command.env_remove(var);
    }
    command.current_dir(root().join("fuzz"));
    command
}

/// The nightly pinned in `.ci/nightly` (its one line that is no comment), which Miri and the
/// docs.rs build of `.ci/run` use too: the same compiler on every run, until that file moves.
fn nightly() -> &'static str {
    include_str!("../../.ci/nightly")
        .lines()
        .find(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(str::trim)
        .expect(".ci/nightly names a toolchain")
}

fn nightly_cargo() -> Command {
    let mut command = clean(Command::new("cargo"));
    command.arg(format!("+{}", nightly()));
    command
}

pub fn job(mut args: Args) -> Result {
    if args.help(USAGE) {
        return Ok(());
    }
    let jobs = args.number("--jobs", 1)?;
    let sanitizer = args
        .value("--sanitizer")?
        .unwrap_or_else(|| "none".to_string());
    let seconds = match args.positional() {
        Some(seconds) => seconds
            .parse::<u64>()
            .map_err(|_| format!("{seconds}: not a number of seconds"))?,
        None => 600,
    };
    args.finish()?;
    let fuzz = root().join("fuzz");

    println!("\n==> toolchain");
    let has_nightly = clean(Command::new("rustup"))
        .args(["run", nightly(), "rustc", "--version"])
        .stdout(Stdio::null())
        .status();
    if !has_nightly.is_ok_and(|status| status.success()) {
        run::status(clean(Command::new("rustup")).args([
            "toolchain",
            "install",
            nightly(),
            "--profile",
            "minimal",
        ]))?;
    }
    run::status(clean(Command::new("rustup")).args(["run", nightly(), "rustc", "--version"]))?;
    if nightly_cargo()
        .args(["fuzz", "--version"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_or(true, |s| !s.success())
    {
        run::status(clean(Command::new("cargo")).args(["install", "cargo-fuzz", "--locked"]))?;
    }
    run::status(nightly_cargo().args(["fuzz", "--version"]))?;

    println!(
        "\n==> build (release, debug assertions and overflow checks on, sanitizer: {sanitizer})"
    );
    run::status(nightly_cargo().args(["fuzz", "build", "--sanitizer", &sanitizer, TARGET]))?;
    for dir in ["corpus/define_codes", "artifacts/define_codes"] {
        std::fs::create_dir_all(fuzz.join(dir)).map_err(|e| format!("fuzz/{dir}: {e}"))?;
    }

    println!("\n==> regressions: every input that once crashed");
    let binary = built_target(&fuzz)?;
    let mut regressions: Vec<PathBuf> = std::fs::read_dir(fuzz.join("regressions"))
        .map_err(|e| format!("fuzz/regressions: {e}"))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .collect();
    regressions.sort();
    let done = Command::new(&binary)
        .arg("-artifact_prefix=artifacts/define_codes/")
        .args(&regressions)
        .current_dir(&fuzz)
        .output()
        .map_err(|e| format!("{}: {e}", binary.display()))?;
    let log = String::from_utf8_lossy(&done.stderr);
    for line in log
        .lines()
        .filter(|l| l.starts_with("Executed") || l.contains("ERROR") || l.contains("panicked"))
    {
        println!("{line}");
    }
    if !done.status.success() {
        return Err("an input of fuzz/regressions/ crashes again".to_string());
    }

    println!("\n==> fuzz for {seconds} s");
    let mut libfuzzer = vec![
        format!("-max_total_time={seconds}"),
        // A hang shows as a timeout: no input may take longer than this.
        "-timeout=10".to_string(),
        "-rss_limit_mb=4096".to_string(),
        "-max_len=8192".to_string(),
        "-print_final_stats=1".to_string(),
        "-dict=define_codes.dict".to_string(),
    ];
    if jobs > 1 {
        libfuzzer.extend([format!("-jobs={jobs}"), format!("-workers={jobs}")]);
    }
    let done = nightly_cargo()
        .args([
            "fuzz",
            "run",
            "--sanitizer",
            &sanitizer,
            TARGET,
            "corpus/define_codes",
            "seed-corpus",
            "--",
        ])
        .args(&libfuzzer)
        .output()
        .map_err(|e| format!("cargo fuzz run: {e}"))?;
    let mut log = String::from_utf8_lossy(&done.stdout).into_owned();
    log.push_str(&String::from_utf8_lossy(&done.stderr));
    for line in log.lines().filter(|line| shown(line)) {
        println!("{line}");
    }
    if jobs > 1 {
        // With -jobs, each worker logs to fuzz-N.log.
        for entry in std::fs::read_dir(&fuzz)
            .map_err(|e| e.to_string())?
            .filter_map(std::result::Result::ok)
        {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with("fuzz-") && name.ends_with(".log") {
                log.push_str(&std::fs::read_to_string(entry.path()).unwrap_or_default());
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }

    println!("\n==> report");
    for line in log.lines().filter(|line| line.starts_with("stat::")) {
        println!("{line}");
    }
    println!(
        "corpus: {} inputs",
        count(&fuzz.join("corpus/define_codes"))
    );
    println!(
        "crashes and timeouts kept: {} (in fuzz/artifacts/define_codes/)",
        count(&fuzz.join("artifacts/define_codes"))
    );
    if done.status.success() {
        Ok(())
    } else {
        Err(format!(
            "the fuzzer stopped with {}: see above",
            done.status
        ))
    }
}

/// `fuzz/target/<triple>/release/define_codes`, as cargo-fuzz builds it.
fn built_target(fuzz: &Path) -> Result<PathBuf> {
    let targets =
        std::fs::read_dir(fuzz.join("target")).map_err(|e| format!("fuzz/target: {e}"))?;
    targets
        .filter_map(|entry| {
            entry
                .ok()
                .map(|entry| entry.path().join("release").join(TARGET))
        })
        .find(|path| path.is_file())
        .ok_or_else(|| format!("no fuzz/target/*/release/{TARGET}: did the build fail?"))
}

fn count(dir: &Path) -> usize {
    std::fs::read_dir(dir).map_or(0, |entries| entries.count())
}

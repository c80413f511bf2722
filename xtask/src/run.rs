//! What the jobs share: where things are, running commands, timing them, and saying on what
//! machine and commit a figure was measured.

use crate::Result;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// The repository's root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask/ is in the repository")
        .to_path_buf()
}

/// The workspace's target directory: `CARGO_TARGET_DIR`, else `target/`.
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => root().join(dir),
        None => root().join("target"),
    }
}

/// `cargo`, the one that runs this job.
pub fn cargo() -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.current_dir(root());
    command
}

/// Runs `command` with its output on the terminal; an error unless it succeeds.
pub fn status(command: &mut Command) -> Result {
    let status = command.status().map_err(|e| format!("{command:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{command:?}: {status}"))
    }
}

/// Runs `command` and returns its standard output; an error unless it succeeds.
pub fn output(command: &mut Command) -> Result<String> {
    let output = command
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("{command:?}: {e}"))?;
    if !output.status.success() {
        return Err(format!("{command:?}: {}", output.status));
    }
    String::from_utf8(output.stdout).map_err(|e| format!("{command:?}: {e}"))
}

/// Writes `text` to `path` unless it holds it already (so that cargo's fingerprints stay).
pub fn write(path: &Path, text: &str) -> Result {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Marks `path` as changed, so that cargo compiles its crate again.
pub fn touch(path: &Path) -> Result {
    let file = std::fs::File::options()
        .append(true)
        .open(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    file.set_modified(std::time::SystemTime::now())
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// The machine, as each report states it: cores, CPU, memory, toolchain.
pub fn machine() -> String {
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = cpuinfo
        .lines()
        .find_map(|line| line.strip_prefix("model name"))
        .map(|rest| rest.trim_start_matches([' ', '\t', ':']).to_string())
        .unwrap_or_else(|| "unknown CPU".to_string());
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let memory_kib: u64 = meminfo
        .lines()
        .find_map(|line| line.strip_prefix("MemTotal:"))
        .and_then(|rest| rest.trim().trim_end_matches(" kB").parse().ok())
        .unwrap_or(0);
    let rustc = output(Command::new("rustc").arg("-V")).unwrap_or_default();
    format!(
        "{cores} cores, {cpu}, {:.0} GiB; {}",
        memory_kib as f64 / (1 << 20) as f64,
        rustc.trim()
    )
}

/// The commit measured, and whether the crates that make the figures have edits beside it.
pub fn commit() -> String {
    let git = |args: &[&str]| output(Command::new("git").args(args).current_dir(root()));
    let head = git(&["rev-parse", "--short=7", "HEAD"]).unwrap_or_default();
    let dirty = git(&[
        "status",
        "--porcelain",
        "--",
        "codes",
        "codetable-macro",
        "codetable-pipeline",
        "codetable-shared",
        "benches",
    ])
    .unwrap_or_default();
    let dirty: Vec<&str> = dirty.lines().map(|line| line[3..].trim()).collect();
    if dirty.is_empty() {
        head.trim().to_string()
    } else {
        format!(
            "{} with uncommitted edits to {}",
            head.trim(),
            dirty.join(", ")
        )
    }
}

/// The load averages over 1, 5 and 15 minutes: the machine may be shared.
pub fn load() -> String {
    let loadavg = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    loadavg
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Prints the machine, commit and load a job measures on.
pub fn announce() {
    println!("== machine: {}", machine());
    println!("== commit: {}", commit());
    println!("== load average: {}", load());
}

/// The median of `values` (not empty).
pub fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 1 {
        sorted[mid]
    } else {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    }
}

/// The bounds of a timed command.
#[derive(Clone, Copy)]
pub struct Limits {
    /// Seconds before the command is stopped.
    pub timeout: u64,
    /// Address space per process, GiB.
    pub memory_gib: u64,
}

/// One timed run of a command.
pub struct Timed {
    /// Whether it succeeded in time.
    pub ok: bool,
    /// Wall seconds.
    pub wall: f64,
    /// Peak RSS of its largest process (rustc, for a cargo build), MiB.
    pub peak_rss: f64,
    /// Why it failed, if it did.
    pub note: String,
    /// Its standard output.
    pub stdout: String,
    /// Its standard error.
    pub stderr: String,
}

/// Runs `program args` in `dir` under `/usr/bin/time -v`, `timeout` and `ulimit -v`:
/// its wall time and the peak RSS of its largest process.
pub fn timed(
    dir: &Path,
    program: &str,
    args: &[&str],
    env: &BTreeMap<&str, String>,
    limits: Limits,
) -> Timed {
    let memory_kib = (limits.memory_gib << 20).to_string();
    let timeout = limits.timeout.to_string();
    let mut command = Command::new("/usr/bin/time");
    command
        .args([
            "-v",
            "sh",
            "-c",
            r#"ulimit -v "$1" && shift && exec timeout "$@""#,
            "sh",
        ])
        .args([&memory_kib, &timeout, program])
        .args(args)
        .current_dir(dir)
        .env("CARGO_TERM_COLOR", "never")
        .envs(env);
    let started = Instant::now();
    let done = command.output();
    let wall = started.elapsed().as_secs_f64();
    let done = match done {
        Ok(done) => done,
        Err(e) => {
            return Timed {
                ok: false,
                wall,
                peak_rss: f64::NAN,
                note: format!("could not run /usr/bin/time: {e}"),
                stdout: String::new(),
                stderr: String::new(),
            }
        }
    };
    let stderr = String::from_utf8_lossy(&done.stderr).into_owned();
    let peak_rss = stderr
        .lines()
        .find_map(|line| {
            line.trim()
                .strip_prefix("Maximum resident set size (kbytes): ")
        })
        .and_then(|kib| kib.parse::<f64>().ok())
        .map_or(f64::NAN, |kib| kib / 1024.0);
    let note = match done.status.code() {
        Some(0) => String::new(),
        Some(124) => format!("timeout > {} s", limits.timeout),
        code => {
            let tail: Vec<&str> = stderr.lines().rev().take(25).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            eprintln!(
                "   failed ({code:?}): {program} {}\n{}",
                args.join(" "),
                tail.join("\n")
            );
            let memory = if stderr.to_lowercase().contains("memory") {
                "out of memory? "
            } else {
                ""
            };
            format!("{memory}failed (exit {code:?})")
        }
    };
    Timed {
        ok: note.is_empty(),
        wall,
        peak_rss,
        note,
        stdout: String::from_utf8_lossy(&done.stdout).into_owned(),
        stderr,
    }
}

/// A step measured over several runs.
pub struct Measure {
    /// Whether every run succeeded.
    pub ok: bool,
    /// The median wall seconds (or the failed run's).
    pub wall: f64,
    /// The largest peak RSS of the runs, MiB.
    pub peak_rss: f64,
    /// Why it failed, if it did.
    pub note: String,
}

impl Measure {
    /// `12.34 s`, or why it failed.
    pub fn time(&self) -> String {
        if self.ok {
            format!("{:.2} s", self.wall)
        } else {
            self.note.clone()
        }
    }

    /// `123 MiB`, or nothing if it failed.
    pub fn rss(&self) -> String {
        if self.ok {
            format!("{:.0} MiB", self.peak_rss)
        } else {
            String::new()
        }
    }
}

/// `reps` runs of a command that builds `krate` (one more only while a run takes under 30 s),
/// each after touching `touched`: the median wall time and the largest peak RSS. A run that
/// also compiled another package (edited meanwhile) is not counted, and is run again.
pub fn measure(
    label: &str,
    krate: &str,
    touched: &Path,
    reps: usize,
    mut run: impl FnMut() -> Timed,
) -> Result<Measure> {
    let (mut walls, mut rsses) = (Vec::new(), Vec::new());
    let mut retries = 0;
    while walls.len() < reps.max(1) {
        touch(touched)?;
        let timed = run();
        println!(
            "   {label}: {:.2} s, {:.0} MiB {}",
            timed.wall, timed.peak_rss, timed.note
        );
        if !timed.ok {
            return Ok(Measure {
                ok: false,
                wall: timed.wall,
                peak_rss: timed.peak_rss,
                note: timed.note,
            });
        }
        let others = compiled_besides(&timed.stderr, krate);
        if !others.is_empty() && retries < 3 * reps {
            retries += 1;
            println!("   (not counted: it also compiled {})", others.join(", "));
            continue;
        }
        walls.push(timed.wall);
        rsses.push(timed.peak_rss);
        if timed.wall > 30.0 {
            break;
        }
    }
    Ok(Measure {
        ok: true,
        wall: median(&walls),
        peak_rss: rsses.iter().copied().fold(0.0, f64::max),
        note: String::new(),
    })
}

/// The packages other than `krate` that cargo's output says it compiled.
fn compiled_besides<'a>(stderr: &'a str, krate: &str) -> Vec<&'a str> {
    stderr
        .lines()
        .filter_map(|line| {
            let line = line.trim_start();
            let rest = line
                .strip_prefix("Compiling ")
                .or_else(|| line.strip_prefix("Checking "))?;
            rest.split(' ').next()
        })
        .filter(|&name| name != krate)
        .collect()
}

/// A `[package]` manifest of a generated crate, with `deps` as its `[dependencies]` lines;
/// `bin`: a binary crate.
pub fn manifest(name: &str, deps: &[String], bin: bool) -> String {
    let mut text = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n"
    );
    if bin {
        text.push_str(&format!(
            "\n[[bin]]\nname = \"{name}\"\npath = \"src/main.rs\"\n"
        ));
    }
    text.push_str("\n[dependencies]\n");
    for dep in deps {
        text.push_str(dep);
        text.push('\n');
    }
    text
}

/// The manifest of a generated workspace of `members`, under the target directory (never
/// committed, never a member of the project's workspace); `job` made it.
pub fn workspace(job: &str, members: &[String]) -> String {
    let mut text = format!("# Generated by `cargo xtask {job}`: never committed.\n[workspace]\nresolver = \"2\"\nmembers = [\n");
    for member in members {
        text.push_str(&format!("    \"{member}\",\n"));
    }
    text.push_str("]\n");
    text
}

#!/usr/bin/env python3
"""Compile-time benchmark of define_codes! and its anchors (BENCHMARKS.md).

Generates, under target/bench-compile/ (never committed), a workspace of user crates:

* `table_<contender>_<rows>`: a library holding one table of <rows> generated rows of the
  seeds' shape (scripts/bench_tables.py), written with define_codes!, a hand `match`, or
  num_enum + strum;
* `caller_<contender>_<rows>`: a small binary that calls every lookup of that table
  (from_code, from_name, code, name, message, Debug, Display) on its arguments;
* `warm`: a library with the same dependencies, built first in both profiles so that only the
  table crate is measured; `base`: the same binary without a table, for the size delta.

For each table it measures, with `/usr/bin/time -v` (wall time and peak RSS of the biggest
process cargo ran, i.e. rustc):

* `cargo check -p table_…` and `cargo build --release -p table_…`, the table crate alone
  (its dependencies built already, CARGO_INCREMENTAL=0 so that each run compiles it afresh);
* `cargo build --release -p caller_…` after touching the caller's main.rs: what every crate
  that calls the lookups pays on each of its rebuilds;
* the caller's stripped size minus base's, and its extra dynamic relocations.

Each step runs REPS times (median reported; one run when a step takes over 30 s) under a
timeout (TIMEOUT, default 300 s) and an address-space limit (MEM_LIMIT_GB, default 12). The
30 000-row hand `match` and num_enum + strum tables are skipped unless ANCHORS_30K=1: issue 3
measured ~21.5 GB of rustc memory for their `cargo check` and ~29 minutes for the release
build of the `&str` match, beyond this 24 GB machine shared with other work.
"""

import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "target", "bench-compile")
TARGET = os.path.join(WORK, "target")
SIZES = [int(n) for n in os.environ.get("SIZES", "300,3000,30000").split(",")]
CONTENDERS = os.environ.get("CONTENDERS", "define_codes,hand,numstrum").split(",")
TIMEOUT = int(os.environ.get("TIMEOUT", "300"))
REPS = int(os.environ.get("REPS", "3"))
MEM_LIMIT = int(float(os.environ.get("MEM_LIMIT_GB", "12")) * (1 << 30))
ANCHORS_30K = os.environ.get("ANCHORS_30K") == "1"

sys.path.insert(0, os.path.join(ROOT, "scripts"))
import bench_tables  # noqa: E402


def log(*args):
    print(*args, flush=True)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    old = None
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            old = f.read()
    if old != text:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


def dependency_lines():
    """The contenders' dependencies, as the root Cargo.toml pins them."""
    with open(os.path.join(ROOT, "Cargo.toml"), encoding="utf-8") as f:
        manifest = f.read()
    lines = [line for line in manifest.splitlines() if re.match(r"^(num_enum|strum) = ", line)]
    return ['codes = { path = "../../../codes" }'] + lines


CALLER = """//! Calls every lookup of the table, on its arguments: `caller CODE NAME`.
use {krate}::Code;

fn main() {{
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code: i32 = args.first().and_then(|arg| arg.parse().ok()).unwrap_or(0);
    let name = args.get(1).map(String::as_str).unwrap_or("");
    for found in [Code::from_code(code), Code::from_name(name)].into_iter().flatten() {{
        println!(
            "{{}} {{}} {{}} {{:?}} {{}}",
            found.code(),
            found.name(),
            found.message(),
            found,
            found
        );
    }}
}}
"""

BASE = """//! The caller without a table: the baseline of the size delta.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code: i32 = args.first().and_then(|arg| arg.parse().ok()).unwrap_or(0);
    let name = args.get(1).map(String::as_str).unwrap_or("");
    if code != 0 || !name.is_empty() {
        println!("{} {} {} {:?} {}", code, name, name, name, code);
    }
}
"""


def package(name, deps, kind="lib"):
    text = f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n'
    if kind == "bin":
        text += f'\n[[bin]]\nname = "{name}"\npath = "src/main.rs"\n'
    return text + "\n[dependencies]\n" + "\n".join(deps) + "\n"


def generate(plan):
    deps = dependency_lines()
    members = ["warm", "base"]
    write(os.path.join(WORK, "warm", "Cargo.toml"), package("warm", deps))
    write(os.path.join(WORK, "warm", "src", "lib.rs"), "//! Builds the dependencies.\n")
    write(os.path.join(WORK, "base", "Cargo.toml"), package("base", [], "bin"))
    write(os.path.join(WORK, "base", "src", "main.rs"), BASE)
    for contender, rows in plan:
        table = f"table_{contender}_{rows}"
        caller = f"caller_{contender}_{rows}"
        members += [table, caller]
        write(os.path.join(WORK, table, "Cargo.toml"), package(table, deps))
        write(
            os.path.join(WORK, table, "src", "lib.rs"),
            bench_tables.compile_crate(bench_tables.generated_rows(rows), contender),
        )
        write(
            os.path.join(WORK, caller, "Cargo.toml"),
            package(caller, [f'{table} = {{ path = "../{table}" }}'], "bin"),
        )
        write(os.path.join(WORK, caller, "src", "main.rs"), CALLER.format(krate=table))
    write(
        os.path.join(WORK, "Cargo.toml"),
        "# Generated by scripts/bench_compile.py: never committed.\n[workspace]\n"
        'resolver = "2"\nmembers = [\n'
        + "".join(f'    "{member}",\n' for member in members)
        + "]\n",
    )
    shutil.copy(os.path.join(ROOT, "Cargo.lock"), os.path.join(WORK, "Cargo.lock"))


def limit():
    resource.setrlimit(resource.RLIMIT_AS, (MEM_LIMIT, MEM_LIMIT))


def timed(args, env=None):
    """Runs a command under /usr/bin/time -v: (ok, wall seconds, peak RSS in MiB, note)."""
    full_env = dict(os.environ, CARGO_TARGET_DIR=TARGET, CARGO_TERM_COLOR="never")
    full_env.update(env or {})
    command = ["/usr/bin/time", "-v", "timeout", str(TIMEOUT)] + args
    started = time.monotonic()
    done = subprocess.run(
        command, cwd=WORK, env=full_env, capture_output=True, text=True, preexec_fn=limit
    )
    wall = time.monotonic() - started
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    rss_mib = int(rss.group(1)) / 1024 if rss else float("nan")
    if done.returncode == 124:
        return False, wall, rss_mib, f"timeout > {TIMEOUT} s"
    if done.returncode != 0:
        tail = "\n".join(done.stderr.splitlines()[-25:])
        log(f"   failed ({done.returncode}): {' '.join(args)}\n{tail}")
        memory = "out of memory? " if "memory" in done.stderr.lower() else ""
        return False, wall, rss_mib, f"{memory}failed (exit {done.returncode})"
    return True, wall, rss_mib, ""


def touch(path):
    os.utime(path, None)


def measure(label, args, touched, env=None):
    """REPS runs (one if slow), each after touching `touched`: (ok, median wall, max RSS, note)."""
    walls, rsses = [], []
    for rep in range(REPS):
        touch(touched)
        ok, wall, rss, note = timed(args, env)
        log(f"   {label}: {wall:.2f} s, {rss:.0f} MiB {note}")
        if not ok:
            return False, wall, rss, note
        walls.append(wall)
        rsses.append(rss)
        if wall > 30:
            break
    return True, statistics.median(walls), max(rsses), ""


def stripped(binary):
    copy = binary + ".stripped"
    shutil.copy(binary, copy)
    subprocess.run(["strip", copy], check=True)
    size = os.path.getsize(copy)
    relocs = subprocess.run(["readelf", "-r", "-W", copy], capture_output=True, text=True).stdout
    return size, sum(1 for line in relocs.splitlines() if "R_X86_64_" in line)


def main():
    plan = []
    skipped = []
    for rows in SIZES:
        for contender in CONTENDERS:
            if rows >= 30000 and contender != "define_codes" and not ANCHORS_30K:
                skipped.append((contender, rows))
            else:
                plan.append((contender, rows))
    log(f"== generating {len(plan)} tables under {WORK}")
    generate(plan)
    quiet = {"CARGO_INCREMENTAL": "0"}
    log("== dependencies (not measured)")
    for args in (
        ["cargo", "check", "-p", "warm", "-p", "base"],
        ["cargo", "build", "--release", "-p", "warm", "-p", "base"],
    ):
        ok, wall, _, note = timed(args, quiet)
        if not ok:
            sys.exit(f"bench_compile.py: {' '.join(args)}: {note}")
    base_size, base_relocs = stripped(os.path.join(TARGET, "release", "base"))
    log(f"   base: {base_size} bytes stripped, {base_relocs} relocations")
    log("== base (no table): the floor of a caller's rebuild")
    base_main = os.path.join(WORK, "base", "src", "main.rs")
    base_rebuild = measure("base rebuild (release)", ["cargo", "build", "--release", "-p", "base"], base_main)

    results = []
    for contender, rows in plan:
        table = f"table_{contender}_{rows}"
        caller = f"caller_{contender}_{rows}"
        lib = os.path.join(WORK, table, "src", "lib.rs")
        main_rs = os.path.join(WORK, caller, "src", "main.rs")
        log(f"== {contender}, {rows} rows")
        row = {"contender": contender, "rows": rows}
        row["check"] = measure("cargo check", ["cargo", "check", "-p", table], lib, quiet)
        row["release"] = measure(
            "cargo build --release", ["cargo", "build", "--release", "-p", table], lib, quiet
        )
        if row["release"][0]:
            # The first build of the caller is not measured: then only its rebuilds.
            timed(["cargo", "build", "--release", "-p", caller])
            row["caller"] = measure(
                "caller rebuild (release)",
                ["cargo", "build", "--release", "-p", caller],
                main_rs,
            )
            if row["caller"][0]:
                size, relocs = stripped(os.path.join(TARGET, "release", caller))
                row["size"] = (size - base_size, relocs - base_relocs)
                log(f"   stripped size delta: {size - base_size} bytes, {relocs - base_relocs} relocations")
        results.append(row)

    def cell(result, what):
        if result is None:
            return "—"
        ok, wall, rss, note = result
        if not ok:
            return note
        return f"{wall:.2f} s" if what == "time" else f"{rss:.0f} MiB"

    lines = [
        "| contender | rows | `cargo check` | check peak RSS | `cargo build --release` | release peak RSS "
        "| caller rebuild (release) | stripped size delta | extra relocations |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for row in results:
        size = row.get("size")
        lines.append(
            f"| {row['contender']} | {row['rows']} | {cell(row['check'], 'time')} | "
            f"{cell(row['check'], 'rss')} | {cell(row['release'], 'time')} | "
            f"{cell(row['release'], 'rss')} | {cell(row.get('caller'), 'time')} | "
            + (f"{size[0] / 1024:.0f} KiB | {size[1]} |" if size else "— | — |")
        )
    for contender, rows in skipped:
        lines.append(
            f"| {contender} | {rows} | skipped | | | | | | |"
        )
    lines.append(
        f"| base (no table) | 0 | | | | | {cell(base_rebuild, 'time')} | 0 ({base_size / 1024:.0f} KiB) | 0 ({base_relocs}) |"
    )
    lines.append("")
    lines.append(
        f"Medians of up to {REPS} runs; peak RSS is the largest of them. Timeout {TIMEOUT} s, "
        f"address space limited to {MEM_LIMIT >> 30} GiB per command."
    )
    if skipped:
        lines.append(
            "Skipped: "
            + ", ".join(f"{c} at {r} rows" for c, r in skipped)
            + " (issue 3: ~21.5 GB of rustc memory for `cargo check`, ~29 min for the release"
            " build of the `&str` match; set ANCHORS_30K=1 to try)."
        )
    report = "\n".join(lines)
    log("== report")
    log(report)
    write(os.path.join(ROOT, "target", "bench-compile.md"), report + "\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Scale benchmark of define_codes! (issue 8, item 4; BENCHMARKS.md "Scale").

Generates, under target/bench-scale/ (never committed, never built by `cargo test` or
`cargo clippy --all-targets` of the workspace), a workspace of throwaway crates:

* `tables/rows_<N>.in`: the body of a `define_codes!` invocation of N rows with sections
  (`table()` below: one table of sections of 1 000 rows each, every section with a
  subsection, every fourth with a sub-subsection, a reserved range per section and one at the
  top, every tenth row nameless, two columns, doc comments on a quarter of the rows);
* `expand`: a binary that includes codes-macro's modules by path and times
  `pipeline::define_codes` (and each stage: parse, valid, expand; and the output's
  `to_string`) on those token streams, outside the compiler. Built twice: `--release` (the
  figure of the bound) and in the dev profile (unoptimised, as cargo builds a proc macro and
  syn for `cargo check` and `cargo build --release` unless the user sets
  `[profile.*.build-override]`);
* `table_<N>`: a user crate holding the table (path dependency on codes), measured with
  `cargo check` and `cargo build --release` (CARGO_INCREMENTAL=0, dependencies built first,
  the crate alone) under `/usr/bin/time -v`: wall time and peak RSS (the biggest process:
  rustc); `warm` builds the dependencies first;
* optionally (TIME_PASSES=1, the default) `cargo rustc --profile check -- -Z time-passes` of
  each table crate (RUSTC_BOOTSTRAP=1, in separate target directories so that the other
  builds keep their fingerprints), with the macro as cargo builds it and with
  `[profile.dev.build-override] opt-level = 3`: how long rustc's `macro_expand_crate` takes
  (the macro inside the compiler, through the proc_macro bridge, and rustc parsing its output)
  and its type checking;
* `tables/bare_<N>.rs`: the table's enum alone (N variants with their codes, nothing else),
  timed with `rustc --emit=metadata`: the floor rustc puts under any N-variant enum.

Settings (environment): SIZES=1000,10000,100000 REPS=5 (compile runs per step) EXPAND_REPS=9
(release expansion runs per size; the dev-profile binary runs EXPAND_REPS_DEV=3) TIMEOUT=600
MEM_LIMIT_GB=16 (address space per command) TIME_PASSES=1. The report goes to stdout and to
target/bench-scale.md; the raw figures to target/bench-scale/results.json.
"""

import hashlib
import json
import math
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "target", "bench-scale")
TARGET = os.path.join(WORK, "target")
TARGET_TP = os.path.join(WORK, "target-time-passes")
TARGET_TP_OPT = os.path.join(WORK, "target-time-passes-opt")
SIZES = [int(n) for n in os.environ.get("SIZES", "1000,10000,100000").split(",")]
REPS = int(os.environ.get("REPS", "5"))
EXPAND_REPS = int(os.environ.get("EXPAND_REPS", "9"))
EXPAND_REPS_DEV = int(os.environ.get("EXPAND_REPS_DEV", "3"))
TIMEOUT = int(os.environ.get("TIMEOUT", "600"))
MEM_LIMIT = int(float(os.environ.get("MEM_LIMIT_GB", "16")) * (1 << 30))
TIME_PASSES = os.environ.get("TIME_PASSES", "1") == "1"

sys.dont_write_bytecode = True  # no scripts/__pycache__ in the working tree
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import bench_tables  # noqa: E402  (Rng, snake_name, MESSAGE_PARTS, WORDS, lit)
from bench_compile import write  # noqa: E402  (writes only when the text changed)


def log(*args):
    print(*args, flush=True)


# ---------------------------------------------------------------------------------------------
# The table.

TOP_ROWS = 10  # rows outside every section: -9..=-1 and 0
SECTION_ROWS = 1000  # rows per top-level section
SECTION_SPAN = 10_000  # codes per top-level section
FIRST_SECTION = 1_000_000  # the first section's lower bound


def table(rows):
    """The body of a `define_codes!` invocation with `rows` rows (a multiple of 1 000, at
    least 1 000), of the shape of seed 002 at scale:

        Big(http: u16 = 500, hint: Option<&'static str>) in -999..=9_999_999 {
            -9..=0: ten rows outside every section, then a top-level reserved range;
            one section per 1 000 rows (the first holds 990: the top rows make up the rest),
            `B..B+10000 => SectionSError, "..." {`
                4/5 of its rows in B+1..B+5000 (steps of 1-3),
                `B+5000..B+8000 => SectionSSub` with the other 1/5 (in B+5001..B+7000),
                    and in every fourth section `B+7000..B+8000 => SectionSDeep` inside the
                    subsection, holding a quarter of the subsection's rows,
                `B+9000..=B+9999 => reserved`,
            `}`
        }

    Every tenth row (at random) is nameless (`_`), a quarter carry a doc comment, an eighth
    set `http`, a sixteenth set `hint`. Names are the benchmark's 24-29-character
    SCREAMING_SNAKE names (scripts/bench_tables.py), unique by their 4-letter suffix.
    Deterministic: splitmix64 with a fixed seed per size."""
    assert rows >= SECTION_ROWS and rows % SECTION_ROWS == 0, rows
    rng = bench_tables.Rng(0x5CA1_E000 + rows)
    index = [0]
    out = [
        "/// A generated table of {} rows with sections (scripts/bench_scale.py).".format(rows),
        "#[repr(i32)]",
        "pub enum Big(",
        "    /// The HTTP status.",
        "    http: u16 = 500,",
        "    /// A hint, on some rows.",
        "    hint: Option<&'static str>,",
        ") in -999..=9_999_999 {",
    ]

    def row(code, depth):
        pad = "    " * depth
        i = index[0]
        index[0] += 1
        name = bench_tables.snake_name(rng, i)
        if rng.below(10) == 0:
            name = "_"
        message = rng.choice(bench_tables.MESSAGE_PARTS)
        if rng.below(3) == 0:
            message += "，" + rng.choice(bench_tables.MESSAGE_PARTS)
        if rng.below(4) == 0:
            out.append(f"{pad}/// {rng.choice(bench_tables.MESSAGE_PARTS)}：第 {i} 行。")
        extra = ""
        if rng.below(8) == 0:
            extra += f", http = {rng.choice([400, 401, 403, 404, 409, 429, 503])}"
        if rng.below(16) == 0:
            extra += f", hint = {bench_tables.lit(rng.choice(bench_tables.MESSAGE_PARTS))}"
        out.append(f"{pad}{code} => {name}, {bench_tables.lit(message)}{extra},")

    def run(start, count, depth, limit):
        code = start
        for _ in range(count):
            code += rng.choice([1, 1, 1, 2, 3])
            assert code < limit, (code, limit)
            row(code, depth)

    for code in range(-(TOP_ROWS - 1), 1):
        row(code, 1)
    out.append('    1..=999 => reserved, "保留给将来的通用错误",')
    for s in range(rows // SECTION_ROWS):
        base = FIRST_SECTION + s * SECTION_SPAN
        count = SECTION_ROWS - (TOP_ROWS if s == 0 else 0)
        sub = count // 5
        deep = sub // 4 if s % 4 == 0 else 0
        out.append(f'    {base}..{base + SECTION_SPAN} => Section{s}Error, "第 {s} 段错误" {{')
        run(base, count - sub, 2, base + 5000)
        out.append(f'        {base + 5000}..{base + 8000} => Section{s}Sub, "第 {s} 段的子段" {{')
        run(base + 5000, sub - deep, 3, base + 7000)
        if deep:
            out.append(
                f'            {base + 7000}..{base + 8000} => Section{s}Deep, "第 {s} 段的深层子段" {{'
            )
            run(base + 7000, deep, 4, base + 8000)
            out.append("            }")
        out.append("        }")
        out.append(f'        {base + 9000}..={base + 9999} => reserved, "第 {s} 段保留",')
        out.append("    }")
    out.append("}")
    assert index[0] == rows, (index[0], rows)
    return "\n".join(out) + "\n"


TABLE_LIB = """//! A generated table for scripts/bench_scale.py: {rows} rows with sections.

codes::define_codes! {{
{body}}}

/// One lookup, so that the release build has a caller of the table's functions.
pub fn lookup(code: i32) -> Option<(&'static str, u16, Option<BigCategory>)> {{
    Big::from_code(code).map(|e| (e.message(), e.http(), e.category()))
}}
"""


# ---------------------------------------------------------------------------------------------
# The expansion timer.

EXPAND_MAIN = r"""//! Times codes-macro's pipeline on generated tables (scripts/bench_scale.py): outside the
//! compiler, on proc_macro2's own token streams.
//!
//! `expand REPS FILE...`: for each file (the body of a `define_codes!` invocation) prints one
//! JSON line of seconds per run: lexing the text, the whole pipeline, its stages, `to_string`.

// codes-macro's modules, by path. Not as `#[path = ".../expand.rs"] mod expand;` at the root:
// a file included by `#[path]` counts as a `mod.rs`, so its `mod columns;` would be looked
// for beside it (codes-macro/src/columns.rs), not in expand/. Inside an inline module that
// has a `#[path]`, `mod expand;` loads expand.rs as a normal file, whose submodules resolve
// to expand/; the `use` below puts them where `crate::ast` etc. find them.
#[path = "{src}"]
#[allow(dead_code, unused_imports)]
mod codes_macro {
    pub mod ast;
    pub mod errors;
    pub mod expand;
    pub mod index;
    pub mod model;
    pub mod parse;
    pub mod pipeline;
    pub mod valid;
}
#[allow(unused_imports)]
use codes_macro::{ast, errors, expand, index, model, parse, pipeline, valid};

use proc_macro2::TokenStream;
use std::time::Instant;

fn seconds(start: Instant) -> f64 {
    start.elapsed().as_secs_f64()
}

fn list(values: &[f64]) -> String {
    let items: Vec<String> = values.iter().map(|v| format!("{v:.6}")).collect();
    format!("[{}]", items.join(","))
}

fn main() {
    let mut args = std::env::args().skip(1);
    let reps: usize = args.next().and_then(|n| n.parse().ok()).expect("REPS");
    for path in args {
        let text = std::fs::read_to_string(&path).expect("read");
        let (mut lex, mut total, mut to_string) = (vec![], vec![], vec![]);
        let (mut parse_t, mut valid_t, mut expand_t) = (vec![], vec![], vec![]);
        // One run first, not timed: the output's size, and no error in it.
        let tokens: TokenStream = text.parse().expect("lex");
        let output = pipeline::define_codes(tokens).to_string();
        assert!(!output.contains("compile_error"), "{path}: the table has errors");
        let output_bytes = output.len();
        drop(output);
        for _ in 0..reps {
            // Each run gets a stream of its own, as the compiler hands the macro: a clone of
            // one stream would share its tokens, which syn's cursor then copies one by one.
            let start = Instant::now();
            let input: TokenStream = text.parse().expect("lex");
            lex.push(seconds(start));

            let start = Instant::now();
            let output = pipeline::define_codes(input);
            total.push(seconds(start));
            let start = Instant::now();
            let string = output.to_string();
            to_string.push(seconds(start));
            drop((output, string));

            let input: TokenStream = text.parse().expect("lex");
            let mut errors = errors::Errors::default();
            let start = Instant::now();
            let parsed = parse::input(input, &mut errors);
            parse_t.push(seconds(start));
            let start = Instant::now();
            let tables = valid::tables(parsed, &mut errors);
            valid_t.push(seconds(start));
            let start = Instant::now();
            let output = expand::tables(&tables);
            expand_t.push(seconds(start));
            assert_eq!(errors.count(), 0);
            drop((output, tables));
        }
        println!(
            "{{\"path\":\"{path}\",\"input_bytes\":{},\"output_bytes\":{output_bytes},\
             \"lex\":{},\"pipeline\":{},\"to_string\":{},\"parse\":{},\"valid\":{},\"expand\":{}}}",
            text.len(),
            list(&lex),
            list(&total),
            list(&to_string),
            list(&parse_t),
            list(&valid_t),
            list(&expand_t),
        );
    }
}
"""


def macro_dependencies():
    """codes-macro's own dependency lines, so that the timer builds the same syn, quote,
    proc-macro2 and heck with the same features."""
    with open(os.path.join(ROOT, "codes-macro", "Cargo.toml"), encoding="utf-8") as f:
        manifest = f.read()
    section = manifest.split("[dependencies]", 1)[1].split("\n[", 1)[0]
    return [line for line in section.splitlines() if re.match(r"^[a-z0-9_-]+ = ", line)]


def package(name, deps, kind="lib"):
    text = f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n'
    if kind == "bin":
        text += f'\n[[bin]]\nname = "{name}"\npath = "src/main.rs"\n'
    return text + "\n[dependencies]\n" + "\n".join(deps) + "\n"


def generate():
    codes = 'codes = { path = "../../../codes" }'
    members = ["warm", "expand"]
    write(os.path.join(WORK, "warm", "Cargo.toml"), package("warm", [codes]))
    write(os.path.join(WORK, "warm", "src", "lib.rs"), "//! Builds the dependencies.\n")
    write(os.path.join(WORK, "expand", "Cargo.toml"), package("expand", macro_dependencies(), "bin"))
    src = os.path.join(ROOT, "codes-macro", "src")
    write(os.path.join(WORK, "expand", "src", "main.rs"), EXPAND_MAIN.replace("{src}", src))
    for rows in SIZES:
        body = table(rows)
        write(os.path.join(WORK, "tables", f"rows_{rows}.in"), body)
        name = f"table_{rows}"
        members.append(name)
        write(os.path.join(WORK, name, "Cargo.toml"), package(name, [codes]))
        write(
            os.path.join(WORK, name, "src", "lib.rs"),
            TABLE_LIB.format(rows=rows, body=bench_tables.indent(body)),
        )
    write(
        os.path.join(WORK, "Cargo.toml"),
        "# Generated by scripts/bench_scale.py: never committed.\n[workspace]\n"
        'resolver = "2"\nmembers = [\n'
        + "".join(f'    "{member}",\n' for member in members)
        + "]\n",
    )
    if not os.path.exists(os.path.join(WORK, "Cargo.lock")):
        shutil.copy(os.path.join(ROOT, "Cargo.lock"), os.path.join(WORK, "Cargo.lock"))


# ---------------------------------------------------------------------------------------------
# Running and timing.


def limit():
    resource.setrlimit(resource.RLIMIT_AS, (MEM_LIMIT, MEM_LIMIT))


def timed(args, env=None, target=TARGET):
    """Runs a command under /usr/bin/time -v: (ok, wall seconds, peak RSS in MiB, stderr)."""
    full_env = dict(os.environ, CARGO_TARGET_DIR=target, CARGO_TERM_COLOR="never")
    full_env.update(env or {})
    command = ["/usr/bin/time", "-v", "timeout", str(TIMEOUT)] + args
    started = time.monotonic()
    done = subprocess.run(
        command, cwd=WORK, env=full_env, capture_output=True, text=True, preexec_fn=limit
    )
    wall = time.monotonic() - started
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    rss_mib = int(rss.group(1)) / 1024 if rss else float("nan")
    if done.returncode != 0:
        tail = "\n".join(done.stderr.splitlines()[-25:])
        log(f"   failed ({done.returncode}): {' '.join(args)}\n{tail}")
        note = f"timeout > {TIMEOUT} s" if done.returncode == 124 else f"failed (exit {done.returncode})"
        return False, wall, rss_mib, note
    return True, wall, rss_mib, done.stderr


def rebuilt_dependencies(stderr, crate):
    """The packages other than `crate` that cargo compiled in a run: codes and codes-macro are
    edited while this runs on a shared machine, and such a run measures their build too."""
    built = re.findall(r"^\s*(?:Compiling|Checking) (\S+) v", stderr, re.M)
    return [name for name in built if name != crate]


def measure(label, args, touched, env):
    """REPS runs, each after touching `touched`: dict of the walls, RSSes, median and note.
    A run that also rebuilt a dependency (its source changed meanwhile) is done again."""
    crate = args[args.index("-p") + 1]
    walls, rsses = [], []
    retries = 0
    while len(walls) < REPS:
        os.utime(touched, None)
        ok, wall, rss, note = timed(args, env)
        log(f"   {label}: {wall:.2f} s, {rss:.0f} MiB" + ("" if ok else f" {note}"))
        if not ok:
            return {"ok": False, "note": note, "walls": walls + [wall], "rss": rsses + [rss]}
        others = rebuilt_dependencies(note, crate)
        if others and retries < 3 * REPS:
            retries += 1
            log(f"   (not counted: it also compiled {', '.join(others)})")
            continue
        walls.append(wall)
        rsses.append(rss)
    return {
        "ok": True,
        "walls": walls,
        "rss": rsses,
        "wall": statistics.median(walls),
        "peak_rss": max(rsses),
        "median_rss": statistics.median(rsses),
    }


PASSES = ("macro_expand_crate", "type_check_crate", "coherence_checking", "total")

# The rustc passes, twice: with the macro built as cargo builds it by default (opt-level 0,
# also under --release: build-override), and with `[profile.dev.build-override] opt-level = 3`.
PASS_CONFIGS = (
    ("dev", {}, TARGET_TP),
    ("opt", {"CARGO_PROFILE_DEV_BUILD_OVERRIDE_OPT_LEVEL": "3"}, TARGET_TP_OPT),
)


def time_passes(rows, name, lib, env):
    """`cargo rustc --profile check -- -Z time-passes` (RUSTC_BOOTSTRAP=1, own target
    directories): median seconds of PASSES per configuration."""
    args = ["cargo", "rustc", "--profile", "check", "-p", name, "--", "-Z", "time-passes"]
    found = {}
    for config, extra, target in PASS_CONFIGS:
        tp_env = dict(env, RUSTC_BOOTSTRAP="1", **extra)
        timed(["cargo", "check", "-p", "warm"], tp_env, target)
        runs = []
        for _ in range(min(REPS, 3)):
            os.utime(lib, None)
            ok, _, _, stderr = timed(args, tp_env, target)
            if not ok:
                break
            write(os.path.join(WORK, f"time-passes-{rows}-{config}.txt"), stderr)
            run = {}
            for what in PASSES:
                match = re.search(rf"time:\s*([\d.]+);.*\s{what}\s*$", stderr, re.M)
                if match:
                    run[what] = float(match.group(1))
            runs.append(run)
            log(f"   -Z time-passes ({config} macro): " + ", ".join(f"{k} {v:.2f} s" for k, v in run.items()))
        found[config] = {
            what: statistics.median(run[what] for run in runs if what in run)
            for what in PASSES
            if any(what in run for run in runs)
        }
    return found


def bare_enum(rows):
    """The floor rustc puts under any table of `rows` variants: the same enum (same variant
    names and codes) alone, no macro, no attributes, `rustc --emit=metadata`: wall seconds
    (median of up to 3) and peak RSS. rustc's duplicate-discriminant check compares every
    pair of variants."""
    body = table(rows)
    codes = re.findall(r"^\s*(-?\d+) => (\w+),", body, re.M)
    lines = ["#[repr(i32)]", "#[allow(dead_code, non_camel_case_types)]", "pub enum Big {"]
    lines += [f"    V{i} = {code}," for i, (code, _) in enumerate(codes)]
    lines.append("}")
    path = os.path.join(WORK, "tables", f"bare_{rows}.rs")
    write(path, "\n".join(lines) + "\n")
    out = os.path.join(WORK, "tables", f"bare_{rows}.rmeta")
    walls, rsses = [], []
    for _ in range(min(REPS, 3)):
        ok, wall, rss, _ = timed(["rustc", "--crate-type", "lib", "--emit=metadata", "-o", out, path])
        if not ok:
            return None
        walls.append(wall)
        rsses.append(rss)
    log(f"   bare enum of {rows} variants: rustc --emit=metadata {statistics.median(walls):.2f} s, {max(rsses):.0f} MiB")
    return {"wall": statistics.median(walls), "peak_rss": max(rsses)}


def run_expand(binary, reps):
    files = [os.path.join(WORK, "tables", f"rows_{rows}.in") for rows in SIZES]
    done = subprocess.run(
        ["timeout", str(TIMEOUT), binary, str(reps)] + files,
        capture_output=True, text=True, preexec_fn=limit,
    )
    if done.returncode != 0:
        sys.exit(f"bench_scale.py: {binary} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    results = {}
    for line, rows in zip(done.stdout.splitlines(), SIZES):
        result = json.loads(line)
        results[rows] = result
    return results


def source_state():
    """The commit, and a digest of the macro's and runtime's sources as they are (they may
    hold uncommitted edits of other sessions)."""
    def git(*args):
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()

    digest = hashlib.sha256()
    for folder in ("codes-macro/src", "codes/src"):
        for base, _, files in sorted(os.walk(os.path.join(ROOT, folder))):
            for name in sorted(files):
                with open(os.path.join(base, name), "rb") as f:
                    digest.update(name.encode() + f.read())
    return {
        "commit": git("rev-parse", "--short", "HEAD"),
        "dirty": git("status", "--porcelain", "--", "codes-macro", "codes").splitlines(),
        "sources_sha256": digest.hexdigest()[:16],
        "utc": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime()),
    }


def machine_load():
    with open("/proc/loadavg") as f:
        return f.read().split()[:3]


def main():
    log(f"== generating {', '.join(map(str, SIZES))}-row tables under {WORK}")
    generate()
    env = {"CARGO_INCREMENTAL": "0"}
    log("== building the expansion timer (release and dev) and the dependencies (not measured)")
    for args in (
        ["cargo", "build", "--release", "-p", "expand"],
        ["cargo", "build", "-p", "expand"],
        ["cargo", "check", "-p", "warm"],
        ["cargo", "build", "--release", "-p", "warm"],
    ):
        ok, _, _, note = timed(args, env)
        if not ok:
            sys.exit(f"bench_scale.py: {' '.join(args)}: {note}")
    results = {"sizes": SIZES, "load_before": machine_load(), "source_before": source_state()}

    log(f"== expansion outside the compiler, release build, {EXPAND_REPS} runs per size")
    release = run_expand(os.path.join(TARGET, "release", "expand"), EXPAND_REPS)
    log(f"== expansion outside the compiler, dev build, {EXPAND_REPS_DEV} runs per size")
    dev = run_expand(os.path.join(TARGET, "debug", "expand"), EXPAND_REPS_DEV)
    results["expand_release"] = release
    results["expand_dev"] = dev
    for rows in SIZES:
        r = release[rows]
        log(
            f"   {rows} rows: pipeline {statistics.median(r['pipeline']) * 1000:.1f} ms"
            f" (parse {statistics.median(r['parse']) * 1000:.1f}, valid {statistics.median(r['valid']) * 1000:.1f},"
            f" expand {statistics.median(r['expand']) * 1000:.1f}), to_string {statistics.median(r['to_string']) * 1000:.1f} ms,"
            f" dev pipeline {statistics.median(dev[rows]['pipeline']) * 1000:.0f} ms, output {r['output_bytes']} bytes"
        )

    results["compile"] = {}
    for rows in SIZES:
        name = f"table_{rows}"
        lib = os.path.join(WORK, name, "src", "lib.rs")
        log(f"== {rows} rows: cargo check / build --release of {name}, {REPS} runs each")
        entry = {}
        entry["check"] = measure("cargo check", ["cargo", "check", "-p", name], lib, env)
        entry["release"] = measure(
            "cargo build --release", ["cargo", "build", "--release", "-p", name], lib, env
        )
        rlibs = [
            os.path.join(TARGET, "release", "deps", f)
            for f in os.listdir(os.path.join(TARGET, "release", "deps"))
            if f.startswith(f"lib{name}-") and f.endswith(".rlib")
        ]
        if rlibs:
            newest = max(rlibs, key=os.path.getmtime)
            entry["rlib_bytes"] = os.path.getsize(newest)
        if TIME_PASSES:
            entry["passes"] = time_passes(rows, name, lib, env)
        entry["bare_enum"] = bare_enum(rows)
        results["compile"][rows] = entry
    results["load_after"] = machine_load()
    results["source_after"] = source_state()
    with open(os.path.join(WORK, "results.json"), "w") as f:
        json.dump(results, f, indent=1)

    report = render(results)
    log("== report")
    log(report)
    write(os.path.join(ROOT, "target", "bench-scale.md"), report + "\n")


def ms(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"


def render(results):
    sizes = results["sizes"]
    release, dev = results["expand_release"], results["expand_dev"]
    med = lambda r, key: statistics.median(r[key])  # noqa: E731
    lines = [
        f"Expansion outside the compiler (`pipeline::define_codes` on proc_macro2 tokens), median of "
        f"{EXPAND_REPS} runs (release build) and {EXPAND_REPS_DEV} (dev build):",
        "",
        "| rows | input | output (`to_string`) | parse | valid | expand | **pipeline (release)** "
        "| fastest run | t(n)/t(n/10) | 10·log(n)/log(n/10) | `to_string` | pipeline (dev build) |",
        "|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    previous = None
    for rows in sizes:
        r = release[rows]
        t = med(r, "pipeline")
        if previous and rows == previous[0] * 10:
            ratio = f"{t / previous[1]:.1f}"
            bound = f"{10 * math.log(rows) / math.log(previous[0]):.1f}"
        else:
            ratio = bound = "—"
        lines.append(
            f"| {rows} | {r['input_bytes'] / 1024:.0f} KiB | {r['output_bytes'] / 1024:.0f} KiB "
            f"({r['output_bytes']} B) | {ms(med(r, 'parse'))} | {ms(med(r, 'valid'))} | "
            f"{ms(med(r, 'expand'))} | **{ms(t)}** | {ms(min(r['pipeline']))} | {ratio} | {bound} | {ms(med(r, 'to_string'))} | "
            f"{ms(med(dev[rows], 'pipeline'))} |"
        )
        previous = (rows, t)
    lines += [
        "",
        f"The user crate, `CARGO_INCREMENTAL=0`, dependencies built first, median of {REPS} runs "
        "(peak RSS: the largest of the runs):",
        "",
        "| rows | `cargo check` | check peak RSS | `cargo build --release` | release peak RSS | rlib "
        "| bare enum, `rustc --emit=metadata` |",
        "|--:|--:|--:|--:|--:|--:|--:|",
    ]

    def cell(m, what):
        if not m["ok"]:
            return m["note"]
        return f"{m['wall']:.2f} s" if what == "time" else f"{m['peak_rss']:.0f} MiB"

    for rows in sizes:
        c = results["compile"][rows]
        bare = c.get("bare_enum")
        lines.append(
            f"| {rows} | {cell(c['check'], 'time')} | {cell(c['check'], 'rss')} | "
            f"{cell(c['release'], 'time')} | {cell(c['release'], 'rss')} | "
            + (f"{c['rlib_bytes'] / 1024:.0f} KiB" if "rlib_bytes" in c else "—")
            + " | "
            + (f"{bare['wall']:.2f} s, {bare['peak_rss']:.0f} MiB" if bare else "—")
            + " |"
        )
    if any(results["compile"][rows].get("passes") for rows in sizes):
        lines += [
            "",
            "rustc's passes in `cargo check` of the crate (`-Z time-passes`, median of up to 3 runs): with the "
            "macro as cargo builds it (opt-level 0, which `--release` keeps for proc macros), and with "
            "`[profile.dev.build-override] opt-level = 3`:",
            "",
            "| rows | rustc total | `macro_expand_crate` | `type_check_crate` | of which `coherence_checking` "
            "| rustc total, optimised macro | `macro_expand_crate`, optimised macro |",
            "|--:|--:|--:|--:|--:|--:|--:|",
        ]
        for rows in sizes:
            passes = results["compile"][rows].get("passes") or {}
            dev_p, opt_p = passes.get("dev", {}), passes.get("opt", {})
            sec = lambda d, k: f"{d[k]:.2f} s" if k in d else "—"  # noqa: E731
            lines.append(
                f"| {rows} | {sec(dev_p, 'total')} | {sec(dev_p, 'macro_expand_crate')} | "
                f"{sec(dev_p, 'type_check_crate')} | {sec(dev_p, 'coherence_checking')} | "
                f"{sec(opt_p, 'total')} | {sec(opt_p, 'macro_expand_crate')} |"
            )
    lines.append("")
    before, after = results["source_before"], results["source_after"]
    lines.append(
        f"Commit {before['commit']} (codes-macro/ and codes/ {'with uncommitted edits: ' + ', '.join(before['dirty']) if before['dirty'] else 'clean'}); "
        f"sources {'unchanged' if before['sources_sha256'] == after['sources_sha256'] else 'CHANGED'} during the run "
        f"({before['utc']} to {after['utc']} UTC)."
    )
    lines.append(
        f"Load average before {' '.join(results['load_before'])}, after {' '.join(results['load_after'])}; "
        f"timeout {TIMEOUT} s, address space limited to {MEM_LIMIT >> 30} GiB per command."
    )
    return "\n".join(lines)


if __name__ == "__main__":
    main()

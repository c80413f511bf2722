#!/usr/bin/env python3
"""How much sections cost at scale: `cargo check` of a 30 000-row table, flat and with 300
sections (100 rows each, the same rows), in throwaway crates under target/sections-scale/.

Usage: python3 scripts/sections-scale.py [ROWS] [SECTIONS]
Prints the wall time and peak memory of `cargo check` of each crate, dependencies prebuilt.
"""
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 30000
SECTIONS = int(sys.argv[2]) if len(sys.argv) > 2 else 300
OUT = os.path.join(ROOT, "target", "sections-scale")


def rows(start, count):
    # Codes spaced 3 apart: sparse enough that the macro hashes them, like real tables.
    return [
        f'        {start + 3 * i} => ERROR_GENERATED_CODE_{"N" if start + 3 * i < 0 else "P"}{abs(start + 3 * i)}, '
        f'"生成的错误 {i}",'
        for i in range(count)
    ]


def table(with_sections):
    per_section = ROWS // SECTIONS
    lines = ["codes::define_codes! {", "    /// A generated table.", "    pub enum Big {"]
    for s in range(SECTIONS):
        start = -500_000 + s * 1000 * 3
        body = rows(start, per_section)
        if with_sections:
            lines.append(f'        {start}..={start + 3 * per_section} => Section{s}, "第 {s} 段" {{')
            lines.extend("    " + line for line in body)
            lines.append("        }")
        else:
            lines.extend(body)
    lines += ["    }", "}", "", "pub fn lookup(code: i32) -> Option<&'static str> {",
              "    Big::from_code(code).map(Big::message)", "}"]
    return "\n".join(lines) + "\n"


def make(name, with_sections):
    path = os.path.join(OUT, name)
    os.makedirs(os.path.join(path, "src"), exist_ok=True)
    with open(os.path.join(path, "Cargo.toml"), "w") as f:
        f.write(f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2021"\n\n'
                f'[dependencies]\ncodes = {{ path = "{ROOT}/codes" }}\n\n[workspace]\n')
    with open(os.path.join(path, "src", "lib.rs"), "w") as f:
        f.write(table(with_sections))
    return path


def check(path):
    # Without incremental compilation: its cache would hide the cost of a touched file.
    env = dict(os.environ, CARGO_TARGET_DIR=os.path.join(OUT, "target"), CARGO_INCREMENTAL="0")
    subprocess.run(["cargo", "check", "-q"], cwd=path, env=env, check=True)  # dependencies
    os.utime(os.path.join(path, "src", "lib.rs"))
    start = time.monotonic()
    result = subprocess.run(["/usr/bin/time", "-v", "cargo", "check", "-q"], cwd=path, env=env,
                            check=True, capture_output=True, text=True)
    wall = time.monotonic() - start
    peak_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1))
    return wall, peak_kb / 1024 / 1024


def main():
    for name, with_sections in (("flat", False), ("sections", True)):
        wall, peak = check(make(name, with_sections))
        label = f"{ROWS} rows" + (f", {SECTIONS} sections" if with_sections else ", no sections")
        print(f"{label:32} cargo check {wall:6.2f} s  peak {peak:5.2f} GB")


if __name__ == "__main__":
    main()

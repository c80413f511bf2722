#!/usr/bin/env bash
# Holds `codes diff`'s verdicts to cargo-semver-checks': for each rule of `codes diff`, two
# versions of a crate holding a table (the rule's change the only difference), on which both
# tools run; writes the table of their verdicts, and whether they agree, to SEMVER.md.
#
#   scripts/semver-check.sh
#
# Installs what it needs: cargo-semver-checks (a pinned release, built from crates.io: several
# minutes the first time). Not part of `cargo test` or of `.ci/run`: cargo-semver-checks builds
# rustdoc's JSON of both versions for each rule, some minutes in all. The crates it writes stay
# in target/semver-check/, to read or to run either tool on again.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

# The release the table in SEMVER.md was made with; it reads the rustdoc JSON of the stable
# toolchain of its day.
version=0.51.0
target=${CARGO_TARGET_DIR:-$PWD/target}

step "cargo-semver-checks $version"
if [[ $(cargo semver-checks --version 2>/dev/null) != "cargo-semver-checks $version" ]]; then
    cargo install cargo-semver-checks --locked --version "$version"
fi
cargo semver-checks --version

step "codes"
cargo build -q -p codetable-cli --bin codes

step "each rule: codes diff, and cargo semver-checks check-release"
python3 - "$PWD" "$target/semver-check" "$target/debug/codes" SEMVER.md <<'PY'
import hashlib, os, re, subprocess, sys, textwrap, time
from pathlib import Path

root, work, codes, out = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4])

# The table every rule starts from: rows, a section, a reserved range, a retired name, an
# alias, a column and two languages, so that each rule changes one thing of it.
BASE = """codetable::define_codes! {
    /// The API's error codes.
    #[codetable(languages(en, zh))]
    pub enum ApiError(http: u16 = 500) in 0..=9999 {
        0 => OK, "ok", zh = "成功", http = 200,
        1 => NOT_FOUND, "not found", zh = "未找到", http = 404,
        2 => DENIED, "denied", zh = "拒绝", http = 403,
        1000..=1999 => Storage, "storage" {
            1001 => DISK_FULL, "disk full", zh = "磁盘已满",
        },
        3000 => QUOTA, "quota", zh = "配额",
        5000..=5999 => reserved, "for later",
        GONE => retired, "removed in 1.2",
        MISSING = NOT_FOUND,
    }
}
"""


def edit(source, old, new):
    assert old in source, f"{old!r} is not in the table"
    return source.replace(old, new, 1)


def marked(source):
    return edit(source, "    pub enum ApiError", "    #[non_exhaustive]\n    pub enum ApiError")


NE = marked(BASE)
ROW = '        2 => DENIED, "denied", zh = "拒绝", http = 403,\n'
ADDED = ROW + '        3 => TIMEOUT, "timeout", zh = "超时",\n'
SECTION = '        1000..=1999 => Storage, "storage" {\n'
DISK_FULL = '            1001 => DISK_FULL, "disk full", zh = "磁盘已满",\n'
QUOTA = '        3000 => QUOTA, "quota", zh = "配额",\n'
STORAGE = SECTION + DISK_FULL + "        },\n"
NETWORK = '        2000..=2999 => Network, "network" {},\n'
SECOND_TABLE = BASE + """
codetable::define_codes! {
    /// Another table.
    pub enum OtherError {
        1 => OTHER, "other",
    }
}
"""

# A table whose rows take message arguments: each builder's parameters are its row's
# arguments, in order, and its JSON has them by name.
ARGS = """codetable::define_codes! {
    /// The server's error codes.
    #[codetable(languages(en, zh))]
    pub enum ServerError {
        1146 => ER_NO_SUCH_TABLE(db: &str, table: &str), "Table '{db}.{table}' doesn't exist",
            zh = "表 '{db}.{table}' 不存在",
        1153 => ER_NET_PACKET_TOO_LARGE(most: u64), "Got a packet bigger than {most} bytes",
            zh = "数据包大于 {most} 字节",
        1400 => VERBATIM, "kept as written", zh = "照原样",
    }
}
"""
NO_SUCH_TABLE = """ER_NO_SUCH_TABLE(db: &str, table: &str), "Table '{db}.{table}' doesn't exist",
            zh = "表 '{db}.{table}' 不存在","""
TOO_LARGE = """ER_NET_PACKET_TOO_LARGE(most: u64), "Got a packet bigger than {most} bytes",
            zh = "数据包大于 {most} 字节","""
TOO_LARGE_FROM = """ER_NET_PACKET_TOO_LARGE(most: u64, from: &str), "Got a packet bigger than {most} bytes from {from}",
            zh = "来自 {from} 的数据包大于 {most} 字节","""
FROM = edit(ARGS, TOO_LARGE, TOO_LARGE_FROM)

# A table of string codes: rows, classes as prefixed sections, a reserved prefix.
STRINGS = """codetable::define_codes! {
    /// SQLSTATE codes.
    #[codetable(shape = "[0-9A-Z]{5}")]
    pub enum SqlState {
        "00000" => SUCCESSFUL_COMPLETION, "successful completion",
        "22" => DataException, "data exception" {
            "22000" => DATA_EXCEPTION, "data exception",
            "22P02" => INVALID_TEXT_REPRESENTATION, "invalid text representation",
        },
        "23" => IntegrityConstraintViolation, "integrity constraint violation" {
            "23505" => UNIQUE_VIOLATION, "unique violation",
        },
        "XX" => reserved, "internal errors",
    }
}
"""
STRINGS_NE = edit(STRINGS, "    pub enum SqlState", "    #[non_exhaustive]\n    pub enum SqlState")
DATA_EXCEPTION = '            "22000" => DATA_EXCEPTION, "data exception",\n'
DIVISION = DATA_EXCEPTION + '            "22012" => DIVISION_BY_ZERO, "division by zero",\n'
INVALID_TEXT = '            "22P02" => INVALID_TEXT_REPRESENTATION, "invalid text representation",\n'
XX = '        "XX" => reserved, "internal errors",\n'

# rule, old, new: each a change `codes diff` has a verdict on.
RULES = [
    ("nothing changed", BASE, BASE),
    ("row added, exhaustive table", BASE, edit(BASE, ROW, ADDED)),
    ("row added, `#[non_exhaustive]` table", NE, edit(NE, ROW, ADDED)),
    ("table made `#[non_exhaustive]`", BASE, NE),
    ("`#[non_exhaustive]` taken off", NE, BASE),
    ("row removed", BASE, edit(BASE, ROW, "")),
    ("row removed, its code reserved", BASE,
     edit(BASE, ROW, '        2..=2 => reserved, "was DENIED",\n')),
    ("row marked `#[deprecated]` (kept)", BASE,
     edit(BASE, ROW, '        #[deprecated = "no longer sent"]\n' + ROW)),
    ("wire name and variant changed", BASE,
     edit(edit(BASE, "1 => NOT_FOUND,", "1 => NO_SUCH_THING,"), "MISSING = NOT_FOUND", "MISSING = NO_SUCH_THING")),
    ("wire name and variant changed, old name kept as an alias", BASE,
     edit(edit(BASE, "1 => NOT_FOUND,", "1 => NO_SUCH_THING,"), "MISSING = NOT_FOUND",
          "MISSING = NO_SUCH_THING,\n        NOT_FOUND = NO_SUCH_THING")),
    ("wire name changed, same variant (`NEW as Old`)", BASE,
     edit(edit(BASE, "1 => NOT_FOUND,", "1 => NO_SUCH_THING as NotFound,"), "MISSING = NOT_FOUND", "MISSING = NO_SUCH_THING")),
    ("new wire name added as an alias of the old", BASE,
     edit(BASE, "MISSING = NOT_FOUND", "MISSING = NOT_FOUND,\n        NO_SUCH_THING = NOT_FOUND")),
    ("variant changed, same wire name (`NAME as New`)", BASE,
     edit(BASE, "1 => NOT_FOUND,", "1 => NOT_FOUND as Absent,")),
    ("wire names of two codes swapped", BASE,
     edit(edit(BASE, "1 => NOT_FOUND, \"not found\"", "1 => DENIED, \"not found\""),
          "2 => DENIED, \"denied\"", "2 => NOT_FOUND, \"denied\"")),
    ("section added, exhaustive table", BASE, edit(BASE, STORAGE, STORAGE + NETWORK)),
    ("section added, `#[non_exhaustive]` table", NE, edit(NE, STORAGE, STORAGE + NETWORK)),
    ("section added before another, `#[non_exhaustive]` table", NE, edit(NE, STORAGE, NETWORK + STORAGE)),
    ("section removed (its rows kept)", BASE,
     edit(BASE, STORAGE, DISK_FULL[4:])),
    ("row moved into a section", BASE,
     edit(edit(BASE, DISK_FULL + "        },\n" + QUOTA, DISK_FULL + "    " + QUOTA + "        },\n"),
          "1000..=1999 => Storage", "1000..=3999 => Storage")),
    ("language added, exhaustive table", BASE, edit(BASE, "languages(en, zh)", "languages(en, zh, ja)")),
    ("language added, `#[non_exhaustive]` table", NE, edit(NE, "languages(en, zh)", "languages(en, zh, ja)")),
    ("language removed", edit(BASE, "languages(en, zh)", "languages(en, zh, ja)"), BASE),
    ("first language changed", BASE,
     re.sub(r'"([^"]*)", zh = "([^"]*)"', r'"\2", en = "\1"', edit(BASE, "languages(en, zh)", "languages(zh, en)"))),
    ("column added", BASE, edit(BASE, "(http: u16 = 500)", "(http: u16 = 500, retry: bool = false)")),
    ("column removed", edit(BASE, "(http: u16 = 500)", "(http: u16 = 500, retry: bool = false)"), BASE),
    ("column's type changed", BASE, edit(BASE, "(http: u16 = 500)", "(http: u32 = 500)")),
    ("code type changed", BASE, edit(BASE, "    pub enum ApiError", "    #[repr(i64)]\n    pub enum ApiError")),
    ("alias added", BASE, edit(BASE, "MISSING = NOT_FOUND", "MISSING = NOT_FOUND,\n        ABSENT = NOT_FOUND")),
    ("alias removed", BASE, edit(BASE, "        MISSING = NOT_FOUND,\n", "")),
    ("reserved code taken, `#[non_exhaustive]` table", NE,
     edit(edit(NE, '        5000..=5999 => reserved, "for later",\n', '        5001..=5999 => reserved, "for later",\n'),
          ROW, ROW + '        5000 => LATER, "later", zh = "以后",\n')),
    ("retired name taken, `#[non_exhaustive]` table", NE,
     edit(edit(NE, '        GONE => retired, "removed in 1.2",\n', ""), ROW, ROW + '        3 => GONE, "gone again", zh = "又没了",\n')),
    ("a row's code changed (same name)", BASE, edit(BASE, "3000 => QUOTA,", "4000 => QUOTA,")),
    ("message changed", BASE, edit(BASE, '"not found", zh = "未找到"', '"no such thing", zh = "未找到"')),
    ("reserved range added", BASE, edit(BASE, '        5000..=5999 => reserved, "for later",\n',
                                         '        5000..=5999 => reserved, "for later",\n        6000..=6999 => reserved,\n')),
    ("table added", BASE, SECOND_TABLE),
    ("table removed", SECOND_TABLE, BASE),
    ("message argument added", ARGS, edit(ARGS, TOO_LARGE, TOO_LARGE_FROM)),
    ("message argument removed", ARGS,
     edit(ARGS, NO_SUCH_TABLE, """ER_NO_SUCH_TABLE(table: &str), "Table '{table}' doesn't exist",
            zh = "表 '{table}' 不存在",""")),
    ("message argument renamed", ARGS,
     edit(ARGS, NO_SUCH_TABLE, """ER_NO_SUCH_TABLE(db: &str, name: &str), "Table '{db}.{name}' doesn't exist",
            zh = "表 '{db}.{name}' 不存在",""")),
    ("message argument retyped", ARGS, edit(ARGS, "(most: u64)", "(most: u32)")),
    ("message arguments reordered (same types)", ARGS,
     edit(ARGS, "ER_NO_SUCH_TABLE(db: &str, table: &str)", "ER_NO_SUCH_TABLE(table: &str, db: &str)")),
    ("message arguments reordered (other types)", FROM,
     edit(FROM, "(most: u64, from: &str)", "(from: &str, most: u64)")),
    ("message's text around its arguments changed", ARGS,
     edit(ARGS, "\"Table '{db}.{table}' doesn't exist\"", "\"Table `{db}`.`{table}` does not exist\"")),
    ("string codes: row added, exhaustive table", STRINGS, edit(STRINGS, DATA_EXCEPTION, DIVISION)),
    ("string codes: row added, `#[non_exhaustive]` table", STRINGS_NE, edit(STRINGS_NE, DATA_EXCEPTION, DIVISION)),
    ("string codes: row added after the others, `#[non_exhaustive]` table", STRINGS_NE,
     edit(STRINGS_NE, XX, '        "42601" => SYNTAX_ERROR, "syntax error",\n' + XX)),
    ("string codes: row removed", STRINGS, edit(STRINGS, INVALID_TEXT, "")),
    ("string codes: a row's code changed", STRINGS, edit(STRINGS, '"22P02" =>', '"22P03" =>')),
    ("string codes: reserved prefix added", STRINGS, edit(STRINGS, XX, XX + '        "YY" => reserved,\n')),
    ("string codes: reserved prefix taken, `#[non_exhaustive]` table", STRINGS_NE,
     edit(STRINGS_NE, XX, '        "XX000" => INTERNAL_ERROR, "internal error",\n')),
]

# Why the tools disagree, with the rules each reason covers: every rule they disagree on, and
# no other (the script checks).
WHY = [
    ("the change is of values the generated code returns, not of items or signatures, which "
     "is all cargo-semver-checks compares: what a server's code decodes to (a wire name, a "
     "code, a reserved code or prefix, a retired name, the section a row is in), or the names "
     "of a built message's arguments, which its JSON, `arg(name)`, gRPC's `ErrorInfo` metadata "
     "and the exports (Python's keywords, `format`'s arguments by name) read, and Rust's "
     "signatures do not have (a parameter's name is no part of one)",
     ["wire name changed, same variant (`NEW as Old`)", "row moved into a section",
      "reserved code taken, `#[non_exhaustive]` table", "retired name taken, `#[non_exhaustive]` table",
      "message argument renamed", "string codes: a row's code changed",
      "string codes: reserved prefix taken, `#[non_exhaustive]` table"]),
    ("a type changed in a signature, which cargo-semver-checks ({version}) has no lint for: a "
     "column's accessor's return type, a builder's parameter's type, or the types' order; "
     "callers that name or pass the old type stop compiling",
     ["column's type changed", "message argument retyped",
      "message arguments reordered (other types)"]),
    ("arguments of one type swapped: the builder's signature is the same, so callers compile, "
     "and pass each value to the other argument",
     ["message arguments reordered (same types)"]),
]

MANIFEST = """[package]
name = "semver-table"
version = "1.0.0"
edition = "2021"
publish = false

[dependencies]
codetable = {{ path = "{codetable}" }}

# A workspace of its own: it is in the repository's target directory.
[workspace]
"""


def crate(source):
    """The directory of a crate holding `source`, written once per source."""
    digest = hashlib.sha256(source.encode()).hexdigest()[:12]
    path = work / "crates" / digest
    if not path.exists():
        (path / "src").mkdir(parents=True)
        (path / "Cargo.toml").write_text(MANIFEST.format(codetable=root / "codetable"))
        (path / "src" / "lib.rs").write_text("//! A table of error codes.\n\n" + source)
    return path


def run(args, cwd=None, env=None):
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    return done.returncode, done.stdout + done.stderr


# One target directory for every crate's rustdoc builds, so that `codetable` and its
# dependencies are built once, not once per crate.
checks_env = dict(os.environ, CARGO_TARGET_DIR=str(work / "target"))


work.mkdir(parents=True, exist_ok=True)
rows = []
for rule, old, new in RULES:
    start = time.time()
    before, after = crate(old), crate(new)
    status, diff_out = run([codes, "diff", str(before / "src/lib.rs"), str(after / "src/lib.rs")])
    if status not in (0, 1):
        sys.exit(f"codes diff failed on {rule!r}:\n{diff_out}")
    diff_breaks = status == 1
    # A minor release of a 1.x crate: any change that needs a major one is a failure.
    status, checks_out = run(["cargo", "semver-checks", "check-release", "--manifest-path",
                              str(after / "Cargo.toml"), "--baseline-root", str(before),
                              "--release-type", "minor"], env=checks_env)
    # Its exit statuses: 0 when the release may be minor, 100 when a lint failed, 101 on an
    # error.
    lints = sorted(set(re.findall(r"--- failure ([a-z0-9_]+):", checks_out)))
    # Warnings do not fail a release; shown for what they say of the change.
    warnings = sorted(set(re.findall(r"--- warning ([a-z0-9_]+):", checks_out)))
    if status not in (0, 100) or (status == 100 and not lints):
        sys.exit(f"cargo semver-checks failed on {rule!r}:\n{checks_out}")
    checks_break = status == 100
    first = next((line.split(": ", 2)[-1] for line in diff_out.splitlines() if ": breaking: " in line), "")
    rows.append((rule, diff_breaks, checks_break, lints + [f"{w} (warning)" for w in warnings], first))
    print(f"{rule}: codes diff {'breaking' if diff_breaks else 'compatible'}, "
          f"cargo-semver-checks {'breaking' if checks_break else 'compatible'} "
          f"{' '.join(lints)} ({time.time() - start:.0f} s)", flush=True)

verdict = lambda breaks: "breaking" if breaks else "compatible"
checks_version = run(["cargo", "semver-checks", "--version"])[1].strip()
rustc = run(["rustc", "--version"])[1].strip()
agree = sum(d == c for _, d, c, _, _ in rows)
# Every rule the tools disagree on is explained, and nothing else, and each is one that
# `codes diff` calls breaking (one it calls compatible that cargo-semver-checks does not is a
# rule of `codes diff`'s to fix): else the page would not be true, and the script stops.
disagree = [rule for rule, d, c, _, _ in rows if d != c]
explained = [rule for _, rules in WHY for rule in rules]
if sorted(disagree) != sorted(explained):
    sys.exit(f"the disagreements changed: {sorted(set(disagree) ^ set(explained))}; say why in WHY")
missed = [rule for rule, d, c, _, _ in rows if c and not d]
if missed:
    sys.exit(f"codes diff calls compatible what cargo-semver-checks calls breaking: {missed}")
lines = [
    "# `codes diff` against cargo-semver-checks",
    "",
    "Written by `scripts/semver-check.sh`: for each rule of `codes diff`, two versions of a",
    "crate holding one table (the change the only difference; the crates are in",
    "`target/semver-check/crates/`), checked by `codes diff OLD NEW` and by",
    "`cargo semver-checks check-release --baseline-root OLD --release-type minor` (the crate at",
    f"1.0.0, so that a change that needs a major release fails). {checks_version}, {rustc}.",
    "",
]
lines += textwrap.wrap(f"They agree on {agree} of {len(rows)} rules. Where they do not, "
                       "`codes diff` calls breaking what cargo-semver-checks calls compatible:",
                       95, break_on_hyphens=False)
lines.append("")
for reason, rules in WHY:
    named = ", ".join(f"*{rule}*" for rule in rules)
    reason = reason.format(version=checks_version.split()[-1])
    lines += textwrap.wrap(f"- {reason} ({named}).", 95, subsequent_indent="  ",
                           break_on_hyphens=False)
lines += ["", "Its warnings (marked so) do not fail a release."]
lines += [
    "",
    "| rule | `codes diff` | cargo-semver-checks (its lints) | agree? |",
    "|---|---|---|---|",
]
for rule, diff_breaks, checks_break, lints, _ in rows:
    shown = verdict(checks_break) + (f" ({', '.join(f'`{lint}`' for lint in lints)})" if lints else "")
    lines.append(f"| {rule} | {verdict(diff_breaks)} | {shown} | {'yes' if diff_breaks == checks_break else '**no**'} |")
lines += ["", "`codes diff`'s first breaking message for each rule that breaks:", ""]
for rule, diff_breaks, _, _, first in rows:
    if diff_breaks:
        lines.append(f"- {rule}: {first}")
out.write_text("\n".join(lines) + "\n")
print(f"\n{agree} of {len(rows)} rules agree; the table is in {out}")
PY

#!/usr/bin/env python3
"""Generates the tables the benchmarks run on (BENCHMARKS.md), deterministically.

Two shapes of rows:

* `seed004`: the real codes and messages of /work/shared/seeds/004_*.txt (the duplicate
  -5965 dropped, its first row kept), with synthesized 24-29-character SCREAMING_SNAKE names
  (the seed has none);
* `generated N`: N rows of the seeds' shape: sparse clusters of negative and positive codes,
  24-29-character SCREAMING_SNAKE names, short Chinese messages.

And two outputs:

* `bench-table`: the module `benches/lookups.rs` includes: the rows as arrays, near misses,
  and every contender (define_codes!, hand `match`, num_enum + strum, phf, sorted arrays)
  with their `Visit` registration;
* `compile-crate`: the `lib.rs` of a user crate holding one contender's table, for
  scripts/bench_compile.py.

Everything comes from a splitmix64 stream with fixed seeds, so the same command writes the
same bytes on every machine.
"""

import argparse
import glob
import os
import subprocess
import sys

MASK = (1 << 64) - 1


class Rng:
    """splitmix64: tiny, fixed, and the same in every Python version."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def between(self, low, high):
        """An integer in low..=high."""
        return low + self.below(high - low + 1)

    def choice(self, items):
        return items[self.below(len(items))]


WORDS = """
INVALID PARAM UPLOAD DOWNLOAD FILE BUCKET OBJECT ACCESS TOKEN SLICE SIZE REQUEST RESPONSE
TIMEOUT SERVER CLIENT QUOTA EXCEEDED NOT FOUND DENIED AUTH SIGNATURE EXPIRED REGION CACHE
PROXY PLUGIN STATE TASK NODE WALLET ADDRESS CHANNEL FORMAT HEADER BODY METHOD LIMIT RANGE
PART COPY DELETE LIST READ WRITE POLICY REFERER DOMAIN CNAME KEY SECRET VERSION CONFLICT
BUSY RETRY INTERNAL ERROR FAILED MISSING APPEND INIT COMMIT SESSION LENGTH CHECKSUM
""".split()

MESSAGE_PARTS = [
    "请求参数错误", "内部错误", "联系官方处理", "文件不存在", "上传失败", "下载失败",
    "签名校验失败", "访问被拒绝", "配额已用完", "请稍后再试", "分片大小不合法", "目录已存在",
    "读取数据超时", "网络请求失败", "服务暂不可用", "权限不足", "参数格式不正确", "操作太频繁",
    "存储桶不存在", "密钥已过期", "版本冲突", "任务已暂停", "节点离线", "钱包余额不足",
]


def snake_name(rng, index):
    """A unique 24-29-character SCREAMING_SNAKE name; the suffix (index in base 26) makes
    it unique, also once turned into an UpperCamelCase variant."""
    suffix = ""
    n = index
    for _ in range(4):
        suffix = chr(ord("A") + n % 26) + suffix
        n //= 26
    assert n == 0, "too many rows for a 4-letter suffix"
    while True:
        core = rng.choice(WORDS)
        while len(core) + 5 < 24:
            core += "_" + rng.choice(WORDS)
        name = core + "_" + suffix
        if 24 <= len(name) <= 29:
            return name


def camel(name):
    return "".join(part[:1].upper() + part[1:].lower() for part in name.split("_") if part)


def seed004_rows():
    paths = glob.glob(os.path.join(seeds_dir(), "004_*.txt"))
    if len(paths) != 1:
        sys.exit(f"bench_tables.py: expected one seed 004 in {seeds_dir()}, found {paths}")
    rows = []
    seen = set()
    with open(paths[0], encoding="utf-8") as seed:
        for line in seed:
            line = line.strip()
            if not line.startswith("|"):
                continue
            cells = line.strip("|").split("|", 1)
            try:
                code = int(cells[0].strip())
            except ValueError:
                continue  # the header and its rule
            if code in seen:
                continue  # -5965 is there twice: keep the first
            seen.add(code)
            rows.append((code, cells[1].strip()))
    rng = Rng(0x0004_5EED)
    return [(code, snake_name(rng, i), message) for i, (code, message) in enumerate(rows)]


def generated_rows(count):
    rng = Rng(0x3000_0C0D + count)
    codes = []
    used = set()
    while len(codes) < count:
        code = rng.between(-3_000_000, 3_000_000)
        size = rng.between(20, 200)
        for _ in range(size):
            code += rng.choice([1, 1, 1, 2, 3])
            if code in used:
                continue
            used.add(code)
            codes.append(code)
            if len(codes) == count:
                break
    rows = []
    for i, code in enumerate(codes):
        message = rng.choice(MESSAGE_PARTS)
        if rng.below(3) == 0:
            message += "，" + rng.choice(MESSAGE_PARTS)
        rows.append((code, snake_name(rng, i), message))
    return rows


def near_misses(rows, count=64):
    """Codes next to real ones and names one letter off real ones, none of them in the table."""
    rng = Rng(0x4D15_5E5)
    codes = {code for code, _, _ in rows}
    names = {name for _, name, _ in rows}
    miss_codes, miss_names = [], []
    while len(miss_codes) < count:
        code = rows[rng.below(len(rows))][0]
        for step in (1, -1, 2, -2, 3, -3, 5, -5, 10, -10):
            if code + step not in codes and code + step not in miss_codes:
                miss_codes.append(code + step)
                break
    while len(miss_names) < count:
        name = rows[rng.below(len(rows))][1]
        last = chr(ord("A") + (ord(name[-1]) - ord("A") + 1 + rng.below(25)) % 26)
        candidate = name[:-1] + last
        if candidate not in names and candidate not in miss_names:
            miss_names.append(candidate)
    return miss_codes, miss_names


def seeds_dir():
    return os.environ.get("CODES_SEEDS_DIR", "/work/shared/seeds")


def lit(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def rust_array(name, ty, items, per_line=8):
    out = [f"pub static {name}: [{ty}; {len(items)}] = ["]
    for i in range(0, len(items), per_line):
        out.append("    " + " ".join(f"{item}," for item in items[i : i + per_line]))
    out.append("];")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# One contender's table, as items at the root of a module (the bench) or of a crate.


def define_codes_items(rows, enum="Codes"):
    out = ["codes::define_codes! {", f"    pub enum {enum} {{"]
    for code, name, message in rows:
        out.append(f"        {code} => {name}, {lit(message)},")
    out.append("    }")
    out.append("}")
    return "\n".join(out)


def hand_items(rows, enum="Code", with_rows=True, with_names=True):
    """What a person writes by hand: a fieldless enum and a `match` per lookup."""
    derives = "Clone, Copy, PartialEq, Eq, Debug" if with_rows else "Clone, Copy"
    out = [f"#[derive({derives})]", "#[repr(i32)]", f"pub enum {enum} {{"]
    for code, name, _ in rows:
        out.append(f"    {camel(name)} = {code},")
    out.append("}")
    out.append("")
    out.append(f"impl {enum} {{")
    out.append(f"    pub const ALL: [{enum}; {len(rows)}] = [")
    for _, name, _ in rows:
        out.append(f"        {enum}::{camel(name)},")
    out.append("    ];")
    out.append("")
    out.append(f"    pub fn from_code(code: i32) -> Option<{enum}> {{")
    out.append("        match code {")
    for code, name, _ in rows:
        out.append(f"            {code} => Some({enum}::{camel(name)}),")
    out.append("            _ => None,")
    out.append("        }")
    out.append("    }")
    if with_names:
        out.append("")
        out.append(f"    pub fn from_name(name: &str) -> Option<{enum}> {{")
        out.append("        match name {")
        for _, name, _ in rows:
            out.append(f"            {lit(name)} => Some({enum}::{camel(name)}),")
        out.append("            _ => None,")
        out.append("        }")
        out.append("    }")
    out.append("")
    out.append("    pub fn code(self) -> i32 {")
    out.append("        self as i32")
    out.append("    }")
    if with_rows:
        for method, column in (("name", 1), ("message", 2)):
            out.append("")
            out.append(f"    pub fn {method}(self) -> &'static str {{")
            out.append("        match self {")
            for row in rows:
                out.append(f"            {enum}::{camel(row[1])} => {lit(row[column])},")
            out.append("        }")
            out.append("    }")
    out.append("}")
    if with_rows:
        out.append("")
        out.append(f"impl core::fmt::Display for {enum} {{")
        out.append("    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {")
        out.append('        write!(f, "{}: {}", self.code(), self.message())')
        out.append("    }")
        out.append("}")
    return "\n".join(out)


def numstrum_items(rows, enum="Code"):
    """num_enum's TryFromPrimitive for codes, strum's derives for names and messages."""
    out = [
        "#[derive(",
        "    Clone,",
        "    Copy,",
        "    PartialEq,",
        "    Eq,",
        "    Debug,",
        "    num_enum::TryFromPrimitive,",
        "    strum::EnumString,",
        "    strum::IntoStaticStr,",
        "    strum::EnumMessage,",
        ")]",
        "#[repr(i32)]",
        f"pub enum {enum} {{",
    ]
    for code, name, message in rows:
        out.append(f"    #[strum(serialize = {lit(name)}, message = {lit(message)})]")
        out.append(f"    {camel(name)} = {code},")
    out.append("}")
    out.append("")
    out.append(f"impl {enum} {{")
    out.append(f"    pub const ALL: [{enum}; {len(rows)}] = [")
    for _, name, _ in rows:
        out.append(f"        {enum}::{camel(name)},")
    out.append("    ];")
    out.append("")
    out.append(f"    pub fn from_code(code: i32) -> Option<{enum}> {{")
    out.append(f"        {enum}::try_from(code).ok()")
    out.append("    }")
    out.append("")
    out.append(f"    pub fn from_name(name: &str) -> Option<{enum}> {{")
    out.append("        name.parse().ok()")
    out.append("    }")
    out.append("")
    out.append("    pub fn code(self) -> i32 {")
    out.append("        self as i32")
    out.append("    }")
    out.append("")
    out.append("    pub fn name(self) -> &'static str {")
    out.append("        self.into()")
    out.append("    }")
    out.append("")
    out.append("    pub fn message(self) -> &'static str {")
    out.append('        strum::EnumMessage::get_message(&self).unwrap_or("")')
    out.append("    }")
    out.append("}")
    out.append("")
    out.append(f"impl core::fmt::Display for {enum} {{")
    out.append("    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {")
    out.append('        write!(f, "{}: {}", self.code(), self.message())')
    out.append("    }")
    out.append("}")
    return "\n".join(out)


def indent(text, by="    "):
    return "\n".join(by + line if line else line for line in text.split("\n"))


# ---------------------------------------------------------------------------------------------
# The bench table module.

BENCH_IMPLS = {
    "hand": """
/// A hand-written `match` per lookup.
pub struct Hand;

impl FromCode for Hand {
    const NAME: &'static str = "hand_match";
    type V = hand::Code;
    fn from_code(code: i32) -> Option<hand::Code> {
        hand::Code::from_code(code)
    }
    fn code_of(value: hand::Code) -> i32 {
        value as i32
    }
}
""",
    "hand_names": """
impl FromName for Hand {
    const NAME: &'static str = "hand_match";
    type V = hand::Code;
    fn from_name(name: &str) -> Option<hand::Code> {
        hand::Code::from_name(name)
    }
    fn code_of(value: hand::Code) -> i32 {
        value as i32
    }
}
""",
    "hand_rows": """
impl Rows for Hand {
    const NAME: &'static str = "hand_match";
    type V = hand::Code;
    fn nth(slot: usize) -> hand::Code {
        hand::Code::ALL[slot]
    }
    fn code(value: hand::Code) -> i32 {
        value.code()
    }
    fn name(value: hand::Code) -> &'static str {
        value.name()
    }
    fn message(value: hand::Code) -> &'static str {
        value.message()
    }
}
""",
    "numstrum": """
/// num_enum's `TryFromPrimitive` and strum's `EnumString`, `IntoStaticStr`, `EnumMessage`.
pub struct NumStrum;

impl FromCode for NumStrum {
    const NAME: &'static str = "num_enum+strum";
    type V = numstrum::Code;
    fn from_code(code: i32) -> Option<numstrum::Code> {
        numstrum::Code::from_code(code)
    }
    fn code_of(value: numstrum::Code) -> i32 {
        value as i32
    }
}

impl FromName for NumStrum {
    const NAME: &'static str = "num_enum+strum";
    type V = numstrum::Code;
    fn from_name(name: &str) -> Option<numstrum::Code> {
        numstrum::Code::from_name(name)
    }
    fn code_of(value: numstrum::Code) -> i32 {
        value as i32
    }
}

impl Rows for NumStrum {
    const NAME: &'static str = "num_enum+strum";
    type V = numstrum::Code;
    fn nth(slot: usize) -> numstrum::Code {
        numstrum::Code::ALL[slot]
    }
    fn code(value: numstrum::Code) -> i32 {
        value.code()
    }
    fn name(value: numstrum::Code) -> &'static str {
        value.name()
    }
    fn message(value: numstrum::Code) -> &'static str {
        value.message()
    }
}
""",
}


def bench_table(rows, label, anchors, command):
    """anchors: "all" (hand match and num_enum + strum for every operation), "code" (only the
    hand `from_code` match, on an enum deriving Clone and Copy alone), or "none"."""
    miss_codes, miss_names = near_misses(rows)
    n = len(rows)
    out = [
        f"// @generated by `{command}`: do not edit.",
        f"// {n} rows ({label}); contenders: define_codes!, phf, sorted arrays"
        + {
            "all": ", hand match, num_enum + strum.",
            "code": ", hand match (from_code only).",
            "none": ".",
        }[anchors],
        "",
        "#![allow(dead_code)]",
        "",
        "use super::{"
        + {"all": "FromCode, FromName, Rows, ", "code": "FromCode, ", "none": ""}[anchors]
        + "Visit};",
        "",
        f'pub const LABEL: &str = "{label}";',
        f"pub const N: usize = {n};",
        "",
        "/// The codes, names, messages and variant names, in declaration order.",
        rust_array("CODES", "i32", [str(code) for code, _, _ in rows], 10),
        rust_array("NAMES", "&str", [lit(name) for _, name, _ in rows], 3),
        rust_array("MESSAGES", "&str", [lit(message) for _, _, message in rows], 3),
        rust_array("VARIANTS", "&str", [lit(camel(name)) for _, name, _ in rows], 3),
        "",
        "/// Codes and names next to real ones that are in no row.",
        rust_array("MISS_CODES", "i32", [str(code) for code in miss_codes], 10),
        rust_array("MISS_NAMES", "&str", [lit(name) for name in miss_names], 3),
        "",
        "/// Sorted by code and by name (byte order), with the slot of the row.",
        rust_array(
            "SORTED_CODES",
            "(i32, u32)",
            [f"({code}, {slot})" for code, slot in sorted((row[0], i) for i, row in enumerate(rows))],
            6,
        ),
        rust_array(
            "SORTED_NAMES",
            "(&str, u32)",
            [
                f"({lit(name)}, {slot})"
                for name, slot in sorted((row[1], i) for i, row in enumerate(rows))
            ],
            2,
        ),
        "",
        "/// phf maps to the slot of the row.",
        "pub static PHF_CODES: phf::Map<i32, u32> = phf::phf_map! {",
    ]
    for slot, (code, _, _) in enumerate(rows):
        out.append(f"    {code}i32 => {slot}u32,")
    out.append("};")
    out.append("pub static PHF_NAMES: phf::Map<&'static str, u32> = phf::phf_map! {")
    for slot, (_, name, _) in enumerate(rows):
        out.append(f"    {lit(name)} => {slot}u32,")
    out.append("};")
    out.append("")
    out.append("pub mod dc {")
    out.append(indent(define_codes_items(rows)))
    out.append("}")
    if anchors != "none":
        out.append("")
        out.append("pub mod hand {")
        out.append(indent(hand_items(rows, with_rows=anchors == "all", with_names=anchors == "all")))
        out.append("}")
        out.append(BENCH_IMPLS["hand"])
    if anchors == "all":
        out.append(BENCH_IMPLS["hand_names"])
        out.append(BENCH_IMPLS["hand_rows"])
        out.append("pub mod numstrum {")
        out.append(indent(numstrum_items(rows)))
        out.append("}")
        out.append(BENCH_IMPLS["numstrum"])
    out.append("/// Every contender, for each kind of benchmark.")
    out.append("pub fn contenders(visit: &mut impl Visit) {")
    out.append("    use super::{Arrays, DefineCodes, Phf, Sorted};")
    out.append("    visit.by_code::<DefineCodes>();")
    if anchors != "none":
        out.append("    visit.by_code::<Hand>();")
    if anchors == "all":
        out.append("    visit.by_code::<NumStrum>();")
    out.append("    visit.by_code::<Phf>();")
    out.append("    visit.by_code::<Sorted>();")
    out.append("    visit.by_name::<DefineCodes>();")
    if anchors == "all":
        out.append("    visit.by_name::<Hand>();")
        out.append("    visit.by_name::<NumStrum>();")
    out.append("    visit.by_name::<Phf>();")
    out.append("    visit.by_name::<Sorted>();")
    out.append("    visit.rows::<DefineCodes>();")
    if anchors == "all":
        out.append("    visit.rows::<Hand>();")
        out.append("    visit.rows::<NumStrum>();")
    out.append("    visit.rows::<Arrays>();")
    out.append("}")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------
# A user crate for the compile-time benchmark.


def compile_crate(rows, contender):
    header = "//! A generated table for scripts/bench_compile.py.\n\n"
    if contender == "define_codes":
        body = define_codes_items(rows, enum="Code")
    elif contender == "hand":
        body = hand_items(rows)
    elif contender == "numstrum":
        body = numstrum_items(rows)
    else:
        sys.exit(f"bench_tables.py: unknown contender {contender}")
    return header + body + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    bench = sub.add_parser("bench-table", help="the table module of benches/lookups.rs")
    bench.add_argument("--rows", required=True, help="seed004 or a number of generated rows")
    bench.add_argument("--anchors", choices=["all", "code", "none"], default="all")
    bench.add_argument("--out", required=True)
    crate = sub.add_parser("compile-crate", help="the lib.rs of a table crate")
    crate.add_argument("--rows", required=True, type=int)
    crate.add_argument("--contender", required=True, choices=["define_codes", "hand", "numstrum"])
    crate.add_argument("--out", required=True)
    args = parser.parse_args()

    if args.what == "bench-table":
        if args.rows == "seed004":
            rows, label = seed004_rows(), "seed 004"
        else:
            rows = generated_rows(int(args.rows))
            label = f"{int(args.rows)} generated"
        command = f"scripts/bench_tables.py bench-table --rows {args.rows} --anchors {args.anchors}"
        text = bench_table(rows, label, args.anchors, command)
    else:
        text = compile_crate(generated_rows(args.rows), args.contender)
    if args.what == "bench-table":
        # As `cargo fmt` would leave it, so that `cargo fmt --all -- --check` stays clean.
        text = subprocess.run(
            ["rustfmt", "--edition", "2021", "--emit", "stdout", "--quiet"],
            input=text,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(text)


if __name__ == "__main__":
    main()

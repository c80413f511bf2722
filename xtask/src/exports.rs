//! `cargo xtask bench-exports`: each format of `codes export` checked by its toolchain on the
//! generated table of 300, 3 000 and 30 000 rows with sections, aliases, two languages and
//! columns (`codetable_bench_gen::scale::export_table`, the table `scripts/export-check.sh`
//! checks at 30 000 rows): each file's size, each toolchain's wall time and peak RSS, and how
//! long tsserver takes to complete the table's constants in a file that imports it.
//!
//! Each size's files go under `<target>/bench-exports/rows_N/`, one folder per language, with
//! what each toolchain runs besides the export: a TypeScript and a Go check and a Python
//! one-liner that look every row up by its wire name and by its code. The toolchains are the
//! ones `scripts/export-check.sh` installs (its pins), in `$CODES_EXPORT_TOOLS` or
//! `<target>/export-tools`: run the script once first.

use crate::args::Args;
use crate::run::{self, announce, cargo, root, timed, write, Limits, Timed};
use crate::Result;
use codetable_bench_gen::scale;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const USAGE: &str = "usage: cargo xtask bench-exports [OPTIONS]

  --sizes LIST      rows of the generated table (default 300,3000,30000)
  --edits N         tsserver completions after an edit, per size (default 5)
  --timeout SECONDS per command (default 900)

Needs the toolchains scripts/export-check.sh installs (run it once first). The report is
printed and written to <target>/bench-exports.md.";

/// The export formats, and the file each is written to under a size's folder.
const FILES: [(&str, &str); 6] = [
    ("json", "json/codes.json"),
    ("markdown", "codes.md"),
    ("typescript", "typescript/codes.ts"),
    ("go", "go/codes.go"),
    ("python", "python/codes.py"),
    ("openapi", "openapi/codes.yaml"),
];

/// The TypeScript project: the options of the agreement test's (codetable-cli/tests/export/
/// typescript/tsconfig.json), with the check, and the file tsserver opens once it is written.
const TSCONFIG: &str = r#"{
  "compilerOptions": {
    "strict": true,
    "skipLibCheck": true,
    "noUncheckedIndexedAccess": true,
    "exactOptionalPropertyTypes": true,
    "noImplicitOverride": true,
    "noPropertyAccessFromIndexSignature": true,
    "target": "ES2020",
    "module": "commonjs",
    "types": ["node"],
    "outDir": "out"
  },
  "include": ["codes.ts", "check.ts", "use.ts"]
}
"#;

/// What node runs: every row looked up by its wire name and by its code.
const TS_CHECK: &str = r#"import { GeneratedTable } from "./codes";

for (const row of GeneratedTable.rows) {
  if (GeneratedTable.fromName(row.name) !== row.code || GeneratedTable.fromCode(row.code) !== row.code) {
    throw new Error(`${row.name} is not found again`);
  }
}
console.log(`${GeneratedTable.rows.length} rows found by name and by code`);
"#;

/// What `go test` runs: every row looked up by its wire name and by its code.
const GO_TEST: &str = r#"package codes

import "testing"

func TestEveryRowIsFound(t *testing.T) {
	for _, code := range GeneratedValues() {
		if byName, ok := GeneratedFromName(code.String()); !ok || byName != code {
			t.Fatalf("%v is not found by its name", code)
		}
		if byCode, ok := GeneratedFromCode(int32(code)); !ok || byCode != code {
			t.Fatalf("%v is not found by its code", code)
		}
	}
}
"#;

/// What Python runs: the module imported, every row looked up by its wire name and by its
/// code.
const PY_CHECK: &str = "import codes\n\
    assert all(codes.Generated.from_name(c.wire_name) is c and codes.Generated.from_code(c) is c \
    for c in codes.Generated)\n\
    print(len(codes.Generated), 'rows found by name and by code')";

/// What jsonschema runs: the export against the schema, every error counted.
const JSON_CHECK: &str = "import json, sys\n\
    from jsonschema import Draft202012Validator\n\
    schema, export = (json.load(open(path, encoding='utf-8')) for path in sys.argv[1:3])\n\
    errors = list(Draft202012Validator(schema).iter_errors(export))\n\
    assert not errors, errors[:3]\n\
    print(len(export['tables'][0]['rows']), 'rows valid')";

/// Where the toolchains are.
struct Tools {
    tsc: String,
    tsserver: String,
    python: String,
    mypy: String,
    openapi: String,
}

impl Tools {
    fn find() -> Result<Tools> {
        let dir = std::env::var_os("CODES_EXPORT_TOOLS")
            .map_or_else(|| run::target_dir().join("export-tools"), PathBuf::from);
        let path = |relative: &str| {
            let path = dir.join(relative);
            if path.exists() {
                Ok(path.display().to_string())
            } else {
                Err(format!(
                    "{} is missing: run scripts/export-check.sh once, which installs the toolchains",
                    path.display()
                ))
            }
        };
        Ok(Tools {
            tsc: path("node/node_modules/.bin/tsc")?,
            tsserver: path("node/node_modules/typescript/lib/tsserver.js")?,
            python: path("venv/bin/python")?,
            mypy: path("venv/bin/mypy")?,
            openapi: path("venv/bin/openapi-spec-validator")?,
        })
    }
}

/// A toolchain's step: its name in the report, the folder it runs in, the command, and its
/// environment.
struct Step<'a> {
    name: &'static str,
    folder: &'static str,
    program: &'a str,
    args: Vec<&'a str>,
    env: &'a BTreeMap<&'static str, String>,
}

/// One size's figures.
struct Size {
    rows: usize,
    /// Each format's file, bytes.
    bytes: Vec<u64>,
    /// Each step: its name and how it went.
    steps: Vec<(String, Timed)>,
    /// tsserver-completion.js's answer.
    completion: Value,
}

pub fn job(mut args: Args) -> Result {
    if args.help(USAGE) {
        return Ok(());
    }
    let sizes = args.numbers("--sizes", "300,3000,30000")?;
    let edits = args.number("--edits", 5)?;
    // Node and Go reserve far more address space than they use: no limit but the timeout's.
    let limits = Limits {
        timeout: args.number("--timeout", 900)? as u64,
        memory_gib: 1024,
    };
    args.finish()?;
    let tools = Tools::find()?;
    announce();
    let (commit, load_before) = (run::commit(), run::load());
    println!("== building codes (not measured)");
    run::status(cargo().args(["build", "-p", "codetable-cli", "--bin", "codes"]))?;
    let work = run::target_dir().join("bench-exports");
    let mut measured = Vec::new();
    for &rows in &sizes {
        measured.push(size(
            &work.join(format!("rows_{rows}")),
            rows,
            &tools,
            edits,
            limits,
        )?);
    }
    let report = render(&measured, &commit, &load_before);
    println!("== report\n{report}");
    write(&run::target_dir().join("bench-exports.md"), &report)
}

/// Exports the table of `rows` rows to every format under `dir`, and checks each.
fn size(dir: &Path, rows: usize, tools: &Tools, edits: usize, limits: Limits) -> Result<Size> {
    println!("== {rows} rows, under {}", dir.display());
    let bytes = export(dir, rows, tools)?;
    let steps = check(dir, rows, tools, limits)?;
    let completion = complete(dir, rows, tools, edits, limits)?;
    Ok(Size {
        rows,
        bytes,
        steps,
        completion,
    })
}

/// The table of `rows` rows in every format under `dir`, with what the toolchains run
/// besides; each file's size.
fn export(dir: &Path, rows: usize, tools: &Tools) -> Result<Vec<u64>> {
    let _ = std::fs::remove_dir_all(dir);
    let source = dir.join("generated.rs");
    let table = scale::export_table(rows);
    write(
        &source,
        &format!("codetable::define_codes! {{\n{}}}\n", table.body),
    )?;
    let codes = run::target_dir().join("debug/codes").display().to_string();
    let mut bytes = Vec::new();
    for (format, file) in FILES {
        let out = dir.join(file);
        if let Some(parent) = out.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        let (out_arg, source_arg) = (out.display().to_string(), source.display().to_string());
        let args = ["export", "--format", format, "-o", &out_arg, &source_arg];
        run::status(std::process::Command::new(&codes).args(args))?;
        bytes.push(std::fs::metadata(&out).map_err(|e| e.to_string())?.len());
    }
    write(&dir.join("typescript/tsconfig.json"), TSCONFIG)?;
    write(&dir.join("typescript/check.ts"), TS_CHECK)?;
    let modules = Path::new(&tools.tsc)
        .parent()
        .and_then(Path::parent)
        .ok_or("no node_modules above tsc")?;
    std::os::unix::fs::symlink(modules, dir.join("typescript/node_modules"))
        .map_err(|e| format!("node_modules: {e}"))?;
    write(
        &dir.join("go/go.mod"),
        "module example.invalid/codes\n\ngo 1.19\n",
    )?;
    write(&dir.join("go/lookup_test.go"), GO_TEST)?;
    Ok(bytes)
}

/// Each toolchain's steps on the files under `dir`.
fn check(dir: &Path, rows: usize, tools: &Tools, limits: Limits) -> Result<Vec<(String, Timed)>> {
    let schema = root().join("codetable-cli/schema/codes-export-v1.schema.json");
    let schema = schema.display().to_string();
    let go_env = BTreeMap::from([
        ("GOFLAGS", "-mod=mod".to_string()),
        ("GOPROXY", "off".to_string()),
    ]);
    let no_pyc = BTreeMap::from([("PYTHONDONTWRITEBYTECODE", "1".to_string())]);
    let none = BTreeMap::new();
    let step = |name, folder, program, args: &[&'static str], env| Step {
        name,
        folder,
        program,
        args: args.to_vec(),
        env,
    };
    let json_args = ["-c", JSON_CHECK, schema.as_str(), "codes.json"];
    let steps = [
        Step {
            args: json_args.to_vec(),
            ..step("json: jsonschema", "json", &tools.python, &[], &none)
        },
        step(
            "typescript: `tsc --strict` (and emit)",
            "typescript",
            &tools.tsc,
            &["--project", "."],
            &none,
        ),
        step(
            "typescript: node, every row",
            "typescript",
            "node",
            &["out/check.js"],
            &none,
        ),
        step("go: `gofmt -l`", "go", "gofmt", &["-l", "."], &none),
        step("go: `go vet`", "go", "go", &["vet", "./..."], &go_env),
        step(
            "go: `go test` (build, every row)",
            "go",
            "go",
            &["test", "-count=1", "./..."],
            &go_env,
        ),
        step(
            "python: `mypy --strict`",
            "python",
            &tools.mypy,
            &["--strict", "--no-incremental", "codes.py"],
            &none,
        ),
        step(
            "python: import (compiling it), every row",
            "python",
            &tools.python,
            &["-c", PY_CHECK],
            &no_pyc,
        ),
        step(
            "openapi: `openapi-spec-validator`",
            "openapi",
            &tools.openapi,
            &["codes.yaml"],
            &none,
        ),
    ];
    let mut done = Vec::new();
    for Step {
        name,
        folder,
        program,
        args,
        env,
    } in steps
    {
        let result = timed(&dir.join(folder), program, &args, env, limits);
        println!(
            "   {name}: {:.2} s, {:.0} MiB {}",
            result.wall, result.peak_rss, result.note
        );
        if name.starts_with("go: `gofmt") && !result.stdout.trim().is_empty() {
            return Err(format!("gofmt would change {}", result.stdout.trim()));
        }
        if !result.ok {
            return Err(format!("{name} failed on {rows} rows: {}", result.note));
        }
        done.push((name.to_string(), result));
    }
    Ok(done)
}

/// tsserver's completions of the table's constants (`scripts/tsserver-completion.js`).
fn complete(dir: &Path, rows: usize, tools: &Tools, edits: usize, limits: Limits) -> Result<Value> {
    let none = BTreeMap::new();
    let script = root().join("scripts/tsserver-completion.js");
    let (script, ts_dir) = (
        script.display().to_string(),
        dir.join("typescript").display().to_string(),
    );
    let edits = edits.to_string();
    let args = [
        script.as_str(),
        &tools.tsserver,
        &ts_dir,
        "Generated",
        &edits,
    ];
    let completion = timed(&root(), "node", &args, &none, limits);
    if !completion.ok {
        return Err(format!("tsserver on {rows} rows: {}", completion.note));
    }
    let completion: Value =
        serde_json::from_str(completion.stdout.trim()).map_err(|e| format!("tsserver: {e}"))?;
    println!("   tsserver: {completion}");
    Ok(completion)
}

/// `1.2 MiB`, `34 KiB`.
fn file_size(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{:.1} MiB", bytes as f64 / f64::from(1 << 20))
    } else {
        format!("{:.0} KiB", bytes as f64 / 1024.0)
    }
}

/// The report: BENCHMARKS.md "Exports at scale".
fn render(sizes: &[Size], commit: &str, load_before: &str) -> String {
    let header: Vec<String> = sizes
        .iter()
        .map(|size| format!("{} rows", size.rows))
        .collect();
    let rule = "|--:".repeat(sizes.len());
    let mut out = format!(
        "Each toolchain on the export of the generated table alone: wall time, peak RSS.\n\n\
         | step | {} |\n|---{rule}|\n",
        header.join(" | ")
    );
    if let Some(first) = sizes.first() {
        for (index, (name, _)) in first.steps.iter().enumerate() {
            let cells: Vec<String> = sizes
                .iter()
                .map(|size| {
                    let step = &size.steps[index].1;
                    format!("{:.2} s, {:.0} MiB", step.wall, step.peak_rss)
                })
                .collect();
            let _ = writeln!(out, "| {name} | {} |", cells.join(" | "));
        }
    }
    let _ = write!(
        out,
        "\nThe files:\n\n| format | {} |\n|---{rule}|\n",
        header.join(" | ")
    );
    for (index, (format, _)) in FILES.iter().enumerate() {
        let cells: Vec<String> = sizes
            .iter()
            .map(|size| file_size(size.bytes[index]))
            .collect();
        let _ = writeln!(out, "| {format} | {} |", cells.join(" | "));
    }
    let _ = write!(
        out,
        "\ntsserver, completing `Generated.` in a file that imports the table (milliseconds):\n\n\
         | | {} |\n|---{rule}|\n",
        header.join(" | ")
    );
    let row = |label: &str, cell: &dyn Fn(&Value) -> String| {
        let cells: Vec<String> = sizes.iter().map(|size| cell(&size.completion)).collect();
        format!("| {label} | {} |\n", cells.join(" | "))
    };
    out.push_str(&row("entries", &|c| c["entries"].to_string()));
    out.push_str(&row(
        "first completion (project loaded, nothing checked yet)",
        &|c| format!("{} ms", c["first_ms"]),
    ));
    out.push_str(&row("after an edit, median", &|c| {
        format!("{} ms", c["after_edit_median_ms"])
    }));
    out.push_str(&row("after each edit", &|c| {
        let runs: Vec<String> = c["after_edit_ms"]
            .as_array()
            .into_iter()
            .flatten()
            .map(Value::to_string)
            .collect();
        runs.join(", ")
    }));
    let _ = write!(
        out,
        "\nMachine: {}. Commit {commit}. Load average {load_before} before, {} after.\n",
        run::machine(),
        run::load(),
    );
    out
}

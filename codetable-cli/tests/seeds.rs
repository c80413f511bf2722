//! `codes import` on the five seed documents (`seeds/fixtures/`): exactly their tool-detectable
//! defects, with their lines; the source it writes (snapshots in `tests/imported/`); that source
//! with its defects resolved the way the seeds' modules resolve them (`tests/resolved/`, which
//! `tests/resolved.rs` compiles); and rustfmt's approval of both.
//!
//! `UPDATE_SNAPSHOTS=1 cargo test -p codetable-cli --test seeds` rewrites the snapshots and the
//! resolved copies; review the diff.

mod common;

use common::{snapshot, tidy};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A textual edit that resolves one defect of an import.
struct Edit {
    /// What the edit does, as the seed's module says it.
    what: &'static str,
    /// The text replaced: it must occur exactly once in the import.
    find: &'static str,
    replace: &'static str,
}

struct Seed {
    /// `000`..`004`.
    number: &'static str,
    file: &'static str,
    /// `--name` for the first table.
    name: &'static str,
    /// The problems: (line, message).
    problems: &'static [(usize, &'static str)],
    /// How its defects are resolved, besides dropping the FIXME comments.
    edits: &'static [Edit],
}

/// Seed 004's line 58, a spreadsheet's cell holding `|`s.
const QUOTED_121: &str = "the cell \"匹配跨域规则失败|可能 Origin| request method / \
     Access-Control-Request-Method 或 Access-Control-Requet-Headers不在跨域规则配置里面\" is quoted \
     as a spreadsheet quotes a cell, and its `|`s split it: read as one cell, without its quotes";

const SEEDS: &[Seed] = &[
    Seed {
        number: "000",
        file: "000_497f9ebfc5b29a4b.txt",
        name: "DspError",
        problems: &[],
        edits: &[],
    },
    Seed {
        number: "001",
        file: "001_2c2f3daa39d578d8.txt",
        name: "LegacyCosError",
        problems: &[
            (
                53,
                "row written name first (`_SUCCESS 0`): read as code 0 with the name `_SUCCESS`",
            ),
            (127, "code -61 first defined here"),
            (
                129,
                "code -61 is defined twice: `ERROR_PROXY_SIGN_BUCKET_NOTMATCH` has it already; \
                 remove one of the rows, or give it its own code",
            ),
            (
                257,
                "`2RSP` is not an identifier: a name starts with a letter or `_` (`_2RSP` would do)",
            ),
        ],
        edits: &[
            Edit {
                what: "-61 is defined twice (lines 127 and 129): the first row is kept",
                find: "            -61 => ERROR_PROXY_INVALID_CMD_REQ, \"非法的CMD请求\",\n",
                replace: "",
            },
            Edit {
                what: "`2RSP` (line 257) is named after its neighbours",
                find: "-296 => 2RSP,",
                replace: "-296 => ERROR_PROCESS_2RSP,",
            },
        ],
    },
    Seed {
        number: "002",
        file: "002_d53db0eeffa58ca7.txt",
        name: "DaemonCode",
        problems: &[],
        edits: &[],
    },
    Seed {
        number: "003",
        file: "003_d6a198459831153e.txt",
        name: "PcsError",
        problems: &[
            (
                52,
                "name `ACL_GET_ERROR` first defined here (the name is made from the text \
                 `acl get error`)",
            ),
            (
                53,
                "broken cells: the row has 6 cells where the header has 4; the last 3 are \
                 joined into one: \"未找到文件MD5，请使用上传API上传整个文件。\"",
            ),
            (
                55,
                "name `ACL_GET_ERROR` is defined twice: the row (code 31205) above has it \
                 already; rename one of them (the name is made from the text `acl get error`)",
            ),
            (
                61,
                "name `SERVICE_UNAVAILABLE` first defined here (the name is made from the text \
                 `service unavailable`)",
            ),
            (
                62,
                "name `SERVICE_UNAVAILABLE` is defined twice: the row (code 31212) above has it \
                 already; rename one of them (the name is made from the text \
                 `service unavailable`)",
            ),
        ],
        edits: &[
            Edit {
                what: "the second `acl get error` (31206, line 55) gets its code appended",
                find: "31206 => ACL_GET_ERROR,",
                replace: "31206 => ACL_GET_ERROR_31206,",
            },
            Edit {
                what: "the second `service unavailable` (31213, line 62) gets its code appended",
                find: "31213 => SERVICE_UNAVAILABLE,",
                replace: "31213 => SERVICE_UNAVAILABLE_31213,",
            },
        ],
    },
    Seed {
        number: "004",
        file: "004_1b6c1c6a80827545.txt",
        name: "CosV4Error",
        problems: &[
            (
                9,
                "the cell \"没有op字段，用户没填写操作类型或格式错误解析不到\" is quoted as a \
                 spreadsheet quotes a cell: read without its quotes",
            ),
            (17, "code -5965 first defined here"),
            (
                18,
                "code -5965 is defined twice; remove one of the rows, or give it its own code",
            ),
            (58, QUOTED_121),
            (
                64,
                "the cell \"不需要拷贝|可能上次更新时间/ETag规则匹配问题\" is quoted as a spreadsheet \
                 quotes a cell, and its `|`s split it: read as one cell, without its quotes",
            ),
            (
                79,
                "the cell \"操作太频繁|请稍后再试\" is quoted as a spreadsheet quotes a cell, and \
                 its `|`s split it: read as one cell, without its quotes",
            ),
        ],
        edits: &[
            Edit {
                what: "-5965 is defined twice (lines 17 and 18): one row, joining both meanings",
                find: "-5965 => _, \"分片上传init时未指定slice_size参数\",",
                replace:
                    "-5965 => _, \"分片上传init时未指定slice_size参数；或uploadparts参数不合法\",",
            },
            Edit {
                what: "... and the second row (line 18) is dropped",
                find: "        -5965 => _, \"分片上传init时uploadparts参数不合法\",\n",
                replace: "",
            },
        ],
    },
];

fn fixture(seed: &Seed) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../seeds/fixtures")
        .join(seed.file)
}

fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

fn import(seed: &Seed) -> codetable_cli::Import {
    let path = fixture(seed);
    let text = std::fs::read_to_string(&path).expect("the seed fixture");
    let options = codetable_cli::Options {
        name: Some(seed.name.to_owned()),
        ..codetable_cli::Options::default()
    };
    codetable_cli::import(&text, &path.display().to_string(), &options)
}

/// The import with its defects resolved: the FIXME comments dropped and the seed's edits made.
fn resolve(seed: &Seed, imported: &str) -> String {
    let mut source: String = imported
        .lines()
        .filter(|line| !line.trim_start().starts_with("// FIXME(codes import):"))
        .map(|line| format!("{line}\n"))
        .collect();
    for edit in seed.edits {
        let found = source.matches(edit.find).count();
        assert_eq!(
            found, 1,
            "seed {}: `{}` should occur once, for: {}",
            seed.number, edit.find, edit.what
        );
        source = source.replacen(edit.find, edit.replace, 1);
    }
    source
}

#[test]
fn each_seed_reports_exactly_its_defects() {
    for seed in SEEDS {
        let problems: Vec<(usize, String)> = import(seed)
            .problems
            .into_iter()
            .map(|problem| (problem.line, problem.message))
            .collect();
        let expected: Vec<(usize, String)> = seed
            .problems
            .iter()
            .map(|&(line, message)| (line, message.to_owned()))
            .collect();
        assert_eq!(problems, expected, "seed {}", seed.number);
    }
}

/// The problems' lines are the fixtures' own: each names the line's content.
#[test]
fn problem_lines_are_the_rows_lines() {
    let line_of = |seed: usize, line: usize| -> String {
        let text = std::fs::read_to_string(fixture(&SEEDS[seed])).unwrap();
        text.lines().nth(line - 1).unwrap().to_owned()
    };
    assert_eq!(line_of(1, 53), "_SUCCESS 0 成功");
    assert!(line_of(1, 127).starts_with("-61 ERROR_PROXY_SIGN_BUCKET_NOTMATCH"));
    assert!(line_of(1, 129).starts_with("-61 ERROR_PROXY_INVALID_CMD_REQ"));
    assert!(line_of(1, 257).starts_with("-296 2RSP"));
    assert!(line_of(3, 52).contains("| 31205 | acl get error |"));
    assert!(line_of(3, 53).contains("| 31079 |"));
    assert!(line_of(3, 55).contains("| 31206 | acl get error |"));
    assert!(line_of(3, 61).contains("| 31212 | service unavailable |"));
    assert!(line_of(3, 62).contains("| 31213 | service unavailable |"));
    assert!(line_of(4, 17).starts_with("|-5965|"));
    assert!(line_of(4, 18).starts_with("|-5965|"));
}

#[test]
fn each_seed_imports_as_its_snapshot() {
    for seed in SEEDS {
        let path = tests_dir().join(format!("imported/seed_{}.rs", seed.number));
        snapshot(&path, &import(seed).source);
    }
}

#[test]
fn resolved_copies_are_the_imports_with_the_seeds_resolutions() {
    for seed in SEEDS {
        let source = import(seed).source;
        let resolved = resolve(seed, &source);
        assert!(!resolved.contains("FIXME"), "seed {}", seed.number);
        if seed.problems.is_empty() {
            // Nothing to resolve: `tests/resolved.rs` compiles the import itself.
            assert_eq!(resolved, source, "seed {}", seed.number);
            continue;
        }
        let path = tests_dir().join(format!("resolved/seed_{}.rs", seed.number));
        snapshot(&path, &resolved);
    }
}

/// Every FIXME stands right above the row of a problem, one per problem.
#[test]
fn fixmes_mark_the_problems() {
    for seed in SEEDS {
        let source = import(seed).source;
        let fixmes = source.matches("// FIXME(codes import): ").count();
        assert_eq!(fixmes, seed.problems.len(), "seed {}", seed.number);
        for (_, message) in seed.problems {
            assert!(
                source.contains(&format!("// FIXME(codes import): {message}\n")),
                "seed {}: {message}",
                seed.number
            );
        }
    }
}

/// Indentation follows nesting (4 spaces a level: rustfmt leaves a macro's body alone), and
/// no line ends in whitespace.
#[test]
fn imports_are_indented_by_nesting() {
    for seed in SEEDS {
        tidy(&import(seed).source).unwrap_or_else(|error| panic!("seed {}: {error}", seed.number));
    }
}

/// rustfmt leaves the imports and the resolved copies as they are (skipped without rustfmt).
#[test]
fn imports_are_rustfmt_clean() {
    if Command::new("rustfmt").arg("--version").output().is_err() {
        eprintln!("rustfmt is not on PATH: skipped");
        return;
    }
    for seed in SEEDS {
        for dir in ["imported", "resolved"] {
            let path = tests_dir().join(format!("{dir}/seed_{}.rs", seed.number));
            if !path.exists() {
                // A seed without defects has no resolved copy.
                continue;
            }
            let output = Command::new("rustfmt")
                .args(["--check", "--edition", "2021"])
                .arg(&path)
                .output()
                .expect("rustfmt runs");
            assert!(
                output.status.success(),
                "rustfmt --check {}:\n{}",
                path.display(),
                String::from_utf8_lossy(&output.stdout)
            );
        }
    }
}

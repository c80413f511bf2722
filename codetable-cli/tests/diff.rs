//! `codes diff` on edited copies of the seed tables: each rule of what breaks and what does not,
//! and the command's exit statuses, with `--base` against a git revision.

use codetable_cli::diff::{diff, Change};
use codetable_cli::sources::read_text;
use std::path::Path;
use std::process::Command;

const DAEMON: &str = include_str!("../../seeds/src/daemon.rs");
const PCS: &str = include_str!("../../seeds/src/pcs.rs");

/// The changes from `old` to `new`, both sources of one file.
fn changes(old: &str, new: &str) -> Vec<Change> {
    let (old, new) = (read_text(old, "old.rs"), read_text(new, "new.rs"));
    assert_eq!(old.errors, [], "the old source checks");
    assert_eq!(new.errors, [], "the new source checks");
    diff(&old, &new)
}

/// `source` with `from` replaced by `to`, which must be in it.
fn edit(source: &str, from: &str, to: &str) -> String {
    assert!(source.contains(from), "{from:?} is not in the source");
    source.replacen(from, to, 1)
}

/// The change saying `what`, and whether it breaks.
#[track_caller]
fn expect(changes: &[Change], breaking: bool, what: &str) {
    assert!(
        changes
            .iter()
            .any(|change| change.breaking == breaking && change.message.contains(what)),
        "no {} change saying {what:?} in:\n{}",
        if breaking { "breaking" } else { "compatible" },
        changes
            .iter()
            .map(|change| format!("{change}\n"))
            .collect::<String>()
    );
}

#[test]
fn the_same_tables_change_nothing() {
    assert_eq!(changes(DAEMON, DAEMON), []);
    assert_eq!(changes(PCS, PCS), []);
}

#[test]
fn a_code_removed_breaks_unless_reserved() {
    const ROW: &str =
        "            /// 客户端调用未知操作\n            10002 => UNKNOWN_ACTION, \"未知操作\",\n";
    let removed = edit(DAEMON, ROW, "");
    let found = changes(DAEMON, &removed);
    expect(
        &found,
        true,
        "code 10002 (`UNKNOWN_ACTION`) removed without reserving it",
    );
    let line = found
        .iter()
        .find(|change| change.breaking)
        .map(|change| change.line);
    let row_line = DAEMON
        .lines()
        .position(|line| line.contains("10002 =>"))
        .map(|at| at + 1);
    assert_eq!(
        (line, found[0].file.as_str()),
        (row_line, "old.rs"),
        "at the old row"
    );
    let reserved = edit(
        DAEMON,
        ROW,
        "            10002..=10002 => reserved, \"was UNKNOWN_ACTION\",\n",
    );
    let found = changes(DAEMON, &reserved);
    expect(
        &found,
        false,
        "code 10002 (`UNKNOWN_ACTION`) removed, and its code reserved",
    );
    assert!(found.iter().all(|change| !change.breaking), "{found:?}");
}

#[test]
fn names_that_change_or_move_break() {
    let renamed = edit(
        DAEMON,
        "10003 => PERMISSION_DENIED,",
        "10003 => NO_PERMISSION,",
    );
    let found = changes(DAEMON, &renamed);
    expect(
        &found,
        true,
        "code 10003's wire name changed from `PERMISSION_DENIED` to `NO_PERMISSION`",
    );
    expect(&found, true, "code 10003's variant changed");

    let variant = edit(
        DAEMON,
        "10003 => PERMISSION_DENIED,",
        "10003 => PERMISSION_DENIED as Denied,",
    );
    let found = changes(DAEMON, &variant);
    expect(
        &found,
        true,
        "variant changed from `DaemonCode::PermissionDenied` to `DaemonCode::Denied`",
    );

    let moved = edit(
        &edit(
            DAEMON,
            "10004 => ACTION_UNAVAILABLE,",
            "10004 => RATE_LIMITED,",
        ),
        "10005 => RATE_LIMIT_EXCEEDED,",
        "10005 => ACTION_UNAVAILABLE,",
    );
    expect(
        &changes(DAEMON, &moved),
        true,
        "wire name `ACTION_UNAVAILABLE` moved from code 10004 to code 10005",
    );
}

#[test]
fn tables_removed_or_renamed_break() {
    let renamed = DAEMON.replace("DaemonCode", "DaemonError");
    let found = changes(DAEMON, &renamed);
    expect(&found, true, "table `DaemonCode` removed or renamed");
    expect(&found, false, "table `DaemonError` added");
}

#[test]
fn reserved_codes_and_retired_names_reused_break() {
    let reserved = DAEMON
        .lines()
        .find(|line| line.contains("=> reserved"))
        .expect("seed 002 reserves a range");
    let low: i128 = reserved.trim().split("..").next().unwrap().parse().unwrap();
    let reused = edit(
        DAEMON,
        "        0 => OK, \"成功\",\n",
        &format!("        0 => OK, \"成功\",\n        {low} => TAKEN, \"a reserved code\",\n"),
    );
    // The new row makes the new table invalid if it stays reserved: the range goes with it.
    let reused = edit(&reused, reserved, "");
    expect(
        &changes(DAEMON, &reused),
        true,
        &format!("code {low} (`TAKEN`) takes a code the old version reserved"),
    );

    let retired = edit(
        DAEMON,
        "        0 => OK, \"成功\",\n",
        "        0 => OK, \"成功\",\n        OLD_NAME => retired, \"gone\",\n",
    );
    let reborn = edit(DAEMON, "10001 => BAD_REQUEST,", "10001 => OLD_NAME,");
    expect(
        &changes(&retired, &reborn),
        true,
        "`OLD_NAME` was retired, and code 10001 now has it",
    );
    expect(&changes(DAEMON, &retired), false, "`OLD_NAME` retired");
}

#[test]
fn a_row_moved_to_another_section_breaks() {
    let moved = edit(
        &edit(DAEMON, "            10001 => BAD_REQUEST, \"无效请求\",\n", ""),
        "                11001 => BAD_PARAM, \"类型错误\",\n",
        "                11001 => BAD_PARAM, \"类型错误\",\n                11009 => BAD_REQUEST, \"无效请求\",\n",
    );
    let found = changes(DAEMON, &moved);
    expect(
        &found,
        true,
        "code 10001 (`BAD_REQUEST`) removed without reserving it",
    );
    expect(
        &found,
        true,
        "wire name `BAD_REQUEST` moved from code 10001 to code 11009",
    );

    // The same code in another section: its `category()` changes.
    let resectioned = edit(
        &edit(DAEMON, "            /// 无法解析请求或缺失操作名称\n            10001 => BAD_REQUEST, \"无效请求\",\n", ""),
        "        10000..20000 => RequestError, \"请求错误\" {\n",
        "        10001 => BAD_REQUEST, \"无效请求\",\n        10002..20000 => RequestError, \"请求错误\" {\n",
    );
    expect(
        &changes(DAEMON, &resectioned),
        true,
        "code 10001 (`BAD_REQUEST`) moved from section `RequestError` to no section",
    );
}

#[test]
fn columns_removed_or_retyped_break_and_added_ones_do_not() {
    let retyped = edit(PCS, "http: u16,", "http: u32,");
    expect(
        &changes(PCS, &retyped),
        true,
        "column `http`'s type changed from `u16` to `u32`",
    );
    let added = edit(
        PCS,
        "http: u16,",
        "http: u16,\n        /// Whether to retry.\n        retryable: bool = false,",
    );
    let found = changes(PCS, &added);
    expect(&found, false, "column `retryable` added");
    assert!(found.iter().all(|change| !change.breaking), "{found:?}");
    expect(&changes(&added, PCS), true, "column `retryable` removed");
}

#[test]
fn text_and_additions_are_compatible() {
    let edited = edit(
        DAEMON,
        "10001 => BAD_REQUEST, \"无效请求\",",
        "10001 => BAD_REQUEST, \"请求无效\",",
    );
    let edited = edit(
        &edited,
        "        0 => OK, \"成功\",\n",
        "        0 => OK, \"成功\",\n        1 => WARNING, \"警告\",\n        SUCCESS = OK,\n",
    );
    let found = changes(DAEMON, &edited);
    expect(
        &found,
        false,
        "code 10001 (`BAD_REQUEST`)'s message changed",
    );
    expect(&found, false, "code 1 (`WARNING`) added");
    expect(&found, false, "alias `SUCCESS` added");
    assert!(found.iter().all(|change| !change.breaking), "{found:?}");
    expect(&changes(&edited, DAEMON), true, "alias `SUCCESS` removed");
}

#[test]
fn languages_removed_break() {
    let fewer = edit(
        PCS,
        "    #[codetable(languages(zh, en))]\n",
        "    #[codetable(languages(zh, en, ja))]\n",
    );
    expect(&changes(PCS, &fewer), false, "language `ja` added");
    expect(&changes(&fewer, PCS), true, "language `ja` removed");
}

/// A table of string codes: rows, classes as prefixed sections, a reserved prefix.
const SQLSTATE: &str = r#"codetable::define_codes! {
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
"#;

const INVALID_TEXT: &str =
    "            \"22P02\" => INVALID_TEXT_REPRESENTATION, \"invalid text representation\",\n";

/// The rules for integers hold for string codes, each code named by its text.
#[test]
fn string_codes_removed_or_changed_break() {
    assert_eq!(changes(SQLSTATE, SQLSTATE), []);
    let removed = edit(SQLSTATE, INVALID_TEXT, "");
    let found = changes(SQLSTATE, &removed);
    expect(
        &found,
        true,
        "code 22P02 (`INVALID_TEXT_REPRESENTATION`) removed without reserving it: a server may \
         still send it; reserve its code (`\"22P02\" => reserved`)",
    );
    assert_eq!(
        found[0].line,
        SQLSTATE
            .lines()
            .position(|line| line.contains("\"22P02\""))
            .unwrap()
            + 1
    );
    let reserved = edit(
        SQLSTATE,
        INVALID_TEXT,
        "            \"22P02\" => reserved,\n",
    );
    let found = changes(SQLSTATE, &reserved);
    expect(
        &found,
        false,
        "code 22P02 (`INVALID_TEXT_REPRESENTATION`) removed, and its code reserved",
    );
    assert!(found.iter().all(|change| !change.breaking), "{found:?}");

    let recoded = edit(SQLSTATE, "\"22P02\" =>", "\"22P03\" =>");
    let found = changes(SQLSTATE, &recoded);
    expect(
        &found,
        true,
        "wire name `INVALID_TEXT_REPRESENTATION` moved from code 22P02 to code 22P03",
    );
    let renamed = edit(
        SQLSTATE,
        "\"23505\" => UNIQUE_VIOLATION",
        "\"23505\" => UNIQUE",
    );
    expect(
        &changes(SQLSTATE, &renamed),
        true,
        "code 23505's wire name changed from `UNIQUE_VIOLATION` to `UNIQUE`",
    );
}

#[test]
fn string_codes_reserved_sections_and_additions() {
    let taken = edit(
        SQLSTATE,
        "        \"XX\" => reserved, \"internal errors\",\n",
        "        \"XX000\" => INTERNAL_ERROR, \"internal error\",\n",
    );
    expect(
        &changes(SQLSTATE, &taken),
        true,
        "code XX000 (`INTERNAL_ERROR`) takes a code the old version reserved (the codes \
         starting with `XX`)",
    );
    // Without its class, a row's `category()` changes, and the class's variant is gone.
    let unclassed = edit(
        SQLSTATE,
        "        \"23\" => IntegrityConstraintViolation, \"integrity constraint violation\" {\n            \"23505\" => UNIQUE_VIOLATION, \"unique violation\",\n        },\n",
        "        \"23505\" => UNIQUE_VIOLATION, \"unique violation\",\n",
    );
    let found = changes(SQLSTATE, &unclassed);
    expect(
        &found,
        true,
        "code 23505 (`UNIQUE_VIOLATION`) moved from section `IntegrityConstraintViolation` to \
         no section",
    );
    expect(
        &found,
        true,
        "section `IntegrityConstraintViolation` removed or renamed",
    );
    let widened = edit(SQLSTATE, "\"23\" => Integrity", "\"2\" => Integrity");
    let widened = edit(
        &widened,
        "\"22\" => DataException",
        "\"1\" => DataException",
    );
    let widened = edit(&widened, "\"22000\" =>", "\"10000\" =>");
    let widened = edit(&widened, "\"22P02\" =>", "\"1P002\" =>");
    expect(
        &changes(SQLSTATE, &widened),
        false,
        "section `IntegrityConstraintViolation` now holds the codes starting with `2` (was `23`)",
    );
    let added = edit(
        SQLSTATE,
        "            \"22000\" => DATA_EXCEPTION, \"data exception\",\n",
        "            \"22000\" => DATA_EXCEPTION, \"a data exception\",\n            \"22012\" => DIVISION_BY_ZERO, \"division by zero\",\n",
    );
    let added = edit(
        &added,
        "        \"XX\" => reserved",
        "        \"YY\" => reserved,\n        \"XX\" => reserved",
    );
    let found = changes(SQLSTATE, &added);
    expect(&found, false, "code 22012 (`DIVISION_BY_ZERO`) added");
    expect(
        &found,
        false,
        "code 22000 (`DATA_EXCEPTION`)'s message changed",
    );
    expect(&found, false, "the codes starting with `YY` reserved");
    assert!(found.iter().all(|change| !change.breaking), "{found:?}");
}

/// A table of strings' discriminants widen with its rows (`u8` to `u16` past 256): no change
/// of its code type. Numbers to strings is one.
#[test]
fn string_code_types() {
    let table = |rows: usize| {
        let rows: String = (0..rows)
            .map(|row| format!("        \"C{row:04}\" => C{row},\n"))
            .collect();
        format!("codetable::define_codes! {{\n    pub enum Many {{\n{rows}    }}\n}}\n")
    };
    let found = changes(&table(200), &table(300));
    assert_eq!(found.len(), 100, "{found:?}");
    assert!(found.iter().all(|change| !change.breaking), "{found:?}");
    let numbers = "codetable::define_codes! {\n    pub enum Kind {\n        1 => ONE,\n    }\n}\n";
    let strings = numbers.replace("1 => ONE", "\"1\" => ONE");
    expect(
        &changes(numbers, &strings),
        true,
        "`Kind`'s code type changed from `i32` to strings",
    );
}

fn codes(args: &[&str], dir: &Path) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_codes"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the codes binary runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn the_command_exits_0_1_or_2() {
    let dir = std::env::temp_dir().join(format!("codes-diff-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("old.rs"), DAEMON).unwrap();
    std::fs::write(dir.join("same.rs"), DAEMON).unwrap();
    let removed = edit(
        DAEMON,
        "            /// 客户端调用未知操作\n            10002 => UNKNOWN_ACTION, \"未知操作\",\n",
        "",
    );
    std::fs::write(dir.join("new.rs"), &removed).unwrap();
    std::fs::write(
        dir.join("broken.rs"),
        edit(DAEMON, "10001 => BAD_REQUEST", "10002 => BAD_REQUEST"),
    )
    .unwrap();

    assert_eq!(
        codes(&["diff", "old.rs", "same.rs"], &dir),
        (0, String::new(), String::new())
    );
    let (status, out, _) = codes(&["diff", "old.rs", "new.rs"], &dir);
    assert_eq!(status, 1);
    assert!(out.starts_with("old.rs:"), "{out}");
    assert!(
        out.contains(": breaking: code 10002 (`UNKNOWN_ACTION`) removed"),
        "{out}"
    );
    let (status, _, err) = codes(&["diff", "old.rs", "broken.rs"], &dir);
    assert_eq!(status, 2);
    assert!(
        err.contains("broken.rs:") && err.contains("code 10002 is defined twice"),
        "{err}"
    );
    assert_eq!(codes(&["diff", "old.rs"], &dir).0, 2);
    assert_eq!(codes(&["diff", "old.rs", "missing.rs"], &dir).0, 2);

    // `--base`: the last release's tag against the working tree, as an SDK's CI runs it.
    let git = |args: &[&str]| {
        let status = Command::new("git")
            .args(args)
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(
            status.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&status.stderr)
        );
    };
    git(&["init", "-q"]);
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(dir.join("src/errors.rs"), DAEMON).unwrap();
    git(&["add", "src/errors.rs"]);
    git(&[
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@t",
        "commit",
        "-qm",
        "v1",
    ]);
    git(&["tag", "v1.0.0"]);
    assert_eq!(codes(&["diff", "--base", "v1.0.0", "src"], &dir).0, 0);
    std::fs::write(dir.join("src/errors.rs"), &removed).unwrap();
    let (status, out, err) = codes(&["diff", "--base", "v1.0.0", "src"], &dir);
    assert_eq!(status, 1, "{err}");
    assert!(
        out.contains("src/errors.rs:") && out.contains("breaking: code 10002"),
        "{out}"
    );
    assert_eq!(codes(&["diff", "--base", "no-such-tag", "src"], &dir).0, 2);
    std::fs::remove_dir_all(&dir).ok();
}

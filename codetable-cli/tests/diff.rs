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

/// `source` with its first table marked `#[non_exhaustive]`.
fn non_exhaustive(source: &str) -> String {
    let at = source.find("    pub enum ").expect("a table");
    format!("{}    #[non_exhaustive]\n{}", &source[..at], &source[at..])
}

/// Asserts that no change breaks.
#[track_caller]
fn all_compatible(changes: &[Change]) {
    assert!(
        changes.iter().all(|change| !change.breaking),
        "{changes:#?}"
    );
}

const UNKNOWN_ACTION: &str =
    "            /// 客户端调用未知操作\n            10002 => UNKNOWN_ACTION, \"未知操作\",\n";

#[test]
fn a_code_removed_breaks_even_reserved() {
    let removed = edit(DAEMON, UNKNOWN_ACTION, "");
    let found = changes(DAEMON, &removed);
    expect(
        &found,
        true,
        "code 10002 (`UNKNOWN_ACTION`) removed without reserving it: its variant \
         `DaemonCode::UnknownAction` is gone, so code naming it stops compiling; keep the row, \
         marked `#[deprecated]`, instead",
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
    // Reserving the code keeps what it means on the wire, not the variant.
    let reserved = edit(
        DAEMON,
        UNKNOWN_ACTION,
        "            10002..=10002 => reserved, \"was UNKNOWN_ACTION\",\n",
    );
    expect(
        &changes(DAEMON, &reserved),
        true,
        "code 10002 (`UNKNOWN_ACTION`) removed, and its code reserved: its variant \
         `DaemonCode::UnknownAction` is gone",
    );
    // What the message says to do instead breaks nothing.
    let deprecated = edit(
        DAEMON,
        "            10002 => UNKNOWN_ACTION,",
        "            #[deprecated = \"no longer sent\"]\n            10002 => UNKNOWN_ACTION,",
    );
    assert_eq!(changes(DAEMON, &deprecated), []);
}

#[test]
fn a_row_added_breaks_an_exhaustive_table_only() {
    const OK: &str = "        0 => OK, \"成功\",\n";
    let added = |source: &str| {
        edit(
            source,
            OK,
            &format!("{OK}        1 => WARNING, \"警告\",\n"),
        )
    };
    expect(
        &changes(DAEMON, &added(DAEMON)),
        true,
        "code 1 (`WARNING`) added: `DaemonCode` is exhaustive, so another crate's `match` on it \
         without a wildcard arm stops compiling (E0004: the new variant is not covered); mark \
         the table `#[non_exhaustive]` to make adding a row compatible (a breaking change once)",
    );
    let marked = non_exhaustive(DAEMON);
    let found = changes(&marked, &added(&marked));
    expect(
        &found,
        false,
        "code 1 (`WARNING`) added (`DaemonCode` is `#[non_exhaustive]`)",
    );
    all_compatible(&found);
}

#[test]
fn marking_a_table_non_exhaustive_breaks_once() {
    let marked = non_exhaustive(DAEMON);
    let found = changes(DAEMON, &marked);
    expect(
        &found,
        true,
        "`DaemonCode` is now `#[non_exhaustive]`, and so are its category and language enums: \
         another crate's `match` on them needs a wildcard arm",
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(changes(&marked, &marked), []);
    let found = changes(&marked, DAEMON);
    expect(
        &found,
        false,
        "`DaemonCode` is no longer `#[non_exhaustive]`",
    );
    all_compatible(&found);
}

/// The end of the daemon's last section, and a section to add.
const LAST_SECTION_END: &str = "            60002 => SHUTTING_DOWN, \"正在关闭\",\n        }\n";
const QUOTA: &str = "        1000..2000 => Quota, \"配额\" {}\n";

#[test]
fn sections_and_languages_added_break_an_exhaustive_table_only() {
    // After the last section, so that no section's place in the category enum changes.
    let section = |source: &str| {
        edit(
            source,
            LAST_SECTION_END,
            &format!("{LAST_SECTION_END}{QUOTA}"),
        )
    };
    expect(
        &changes(DAEMON, &section(DAEMON)),
        true,
        "section `Quota` added: `DaemonCodeCategory` is exhaustive, so another crate's `match` \
         on it without a wildcard arm stops compiling",
    );
    let marked = non_exhaustive(DAEMON);
    all_compatible(&changes(&marked, &section(&marked)));

    let language = |source: &str| {
        edit(
            source,
            "languages(zh, en), help_url",
            "languages(zh, en, ja), help_url",
        )
    };
    expect(
        &changes(PCS, &language(PCS)),
        true,
        "language `ja` added: `PcsErrorLanguage` is exhaustive",
    );
    let marked = non_exhaustive(PCS);
    let found = changes(&marked, &language(&marked));
    expect(
        &found,
        false,
        "language `ja` added (`PcsError` is `#[non_exhaustive]`)",
    );
    all_compatible(&found);

    // A table's first section or language makes an enum that no crate matches yet.
    const TABLE: &str =
        "codetable::define_codes! {\n    pub enum E {\n        1 => A, \"a\",\n    }\n}\n";
    let first_section = edit(
        TABLE,
        "        1 => A, \"a\",\n",
        "        1 => A, \"a\",\n        10..=19 => Group, \"g\" {},\n",
    );
    let found = changes(TABLE, &first_section);
    expect(
        &found,
        false,
        "section `Group` added (`ECategory` is new with it)",
    );
    all_compatible(&found);
    let first_language = edit(
        TABLE,
        "    pub enum E {\n",
        "    #[codetable(languages(zh))]\n    pub enum E {\n",
    );
    let found = changes(TABLE, &first_language);
    expect(
        &found,
        false,
        "language `zh` added (`ELanguage` is new with it)",
    );
    all_compatible(&found);
}

#[test]
fn sections_or_languages_out_of_their_order_break_even_a_non_exhaustive_table() {
    // The category and language enums have implicit discriminants, which `as` casts read: a
    // section or language put before another moves it.
    let marked = non_exhaustive(DAEMON);
    let first = edit(
        &marked,
        "        10000..20000 => RequestError,",
        &format!("{QUOTA}        10000..20000 => RequestError,"),
    );
    expect(
        &changes(&marked, &first),
        true,
        "the sections' order changed, and with it the implicit discriminants of \
         `DaemonCodeCategory` that `as` casts read: `DaemonCodeCategory::RequestError` from 0 to \
         1, `DaemonCodeCategory::ParamError` from 1 to 2,",
    );
    let marked = non_exhaustive(PCS);
    let swapped = edit(
        &marked,
        "languages(zh, en), help_url",
        "languages(zh, ja, en), help_url",
    );
    expect(
        &changes(&marked, &swapped),
        true,
        "the languages' order changed, and with it the implicit discriminants of \
         `PcsErrorLanguage` that `as` casts read: `PcsErrorLanguage::En` from 1 to 2; add \
         languages after the others, and keep their order",
    );
}

const PERMISSION_DENIED: &str = "10003 => PERMISSION_DENIED,";
/// Where the daemon's sections start: an alias goes before them.
const SECTIONS: &str = "        10000..20000 => RequestError,";

#[test]
fn a_wire_name_and_variant_renamed_break_and_say_how_to_keep_the_old_name() {
    let renamed = edit(DAEMON, PERMISSION_DENIED, "10003 => NO_PERMISSION,");
    let found = changes(DAEMON, &renamed);
    expect(
        &found,
        true,
        "code 10003's variant changed from `DaemonCode::PermissionDenied` to \
         `DaemonCode::NoPermission` and its wire name changed from `PERMISSION_DENIED` to \
         `NO_PERMISSION`: code naming `DaemonCode::PermissionDenied` stops compiling and \
         `from_name(\"PERMISSION_DENIED\")` no longer finds it; keep the old name as an alias \
         (`PERMISSION_DENIED = NO_PERMISSION`), whose constant keeps \
         `DaemonCode::PermissionDenied` as a value and a pattern, or keep the row's name and \
         variant and make the new name an alias (`NO_PERMISSION = PERMISSION_DENIED`)",
    );
    assert_eq!(found.len(), 1, "one change for the row: {found:#?}");
}

#[test]
fn an_old_name_kept_as_an_alias_keeps_what_a_constant_can() {
    let kept = edit(
        &edit(DAEMON, PERMISSION_DENIED, "10003 => NO_PERMISSION,"),
        SECTIONS,
        &format!("        PERMISSION_DENIED = NO_PERMISSION,\n{SECTIONS}"),
    );
    let found = changes(DAEMON, &kept);
    expect(
        &found,
        true,
        "code 10003's variant changed from `DaemonCode::PermissionDenied` to \
         `DaemonCode::NoPermission` (wire name changed from `PERMISSION_DENIED` to \
         `NO_PERMISSION`); the alias `PERMISSION_DENIED` keeps the old name: \
         `from_name(\"PERMISSION_DENIED\")` still finds the row, and its constant \
         `DaemonCode::PermissionDenied` still compiles as a value, in `==` and as a `match` \
         pattern, but not where only a variant does: `use DaemonCode::PermissionDenied`, a \
         `match` with no wildcard arm that named it (a constant does not count for \
         exhaustiveness); and `{:?}` prints `NoPermission`",
    );
    assert_eq!(
        found.len(),
        1,
        "the alias is no change of its own: {found:#?}"
    );

    // A `#[non_exhaustive]` table's matches have a wildcard arm already.
    let found = changes(&non_exhaustive(DAEMON), &non_exhaustive(&kept));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].breaking, "{found:#?}");
    assert!(
        found[0]
            .message
            .contains("only a variant does: `use DaemonCode::PermissionDenied`; and"),
        "{found:#?}"
    );
}

#[test]
fn a_wire_name_changed_under_the_same_variant_breaks_decoding_only() {
    let renamed = edit(
        DAEMON,
        PERMISSION_DENIED,
        "10003 => NO_PERMISSION as PermissionDenied,",
    );
    let found = changes(DAEMON, &renamed);
    expect(
        &found,
        true,
        "code 10003's wire name changed from `PERMISSION_DENIED` to `NO_PERMISSION`: \
         `from_name(\"PERMISSION_DENIED\")` no longer finds it and `name()` returns \
         `NO_PERMISSION`, though its variant `DaemonCode::PermissionDenied` stays (no Rust API \
         changed: a wire name is not one); keep `PERMISSION_DENIED` as the row's name and make \
         `NO_PERMISSION` an alias (`NO_PERMISSION = PERMISSION_DENIED`)",
    );
    assert_eq!(found.len(), 1, "{found:#?}");

    // What it says to do: the new name an alias, which breaks nothing.
    let aliased = edit(
        DAEMON,
        SECTIONS,
        &format!("        NO_PERMISSION = PERMISSION_DENIED,\n{SECTIONS}"),
    );
    let found = changes(DAEMON, &aliased);
    expect(&found, false, "alias `NO_PERMISSION` added");
    all_compatible(&found);
}

#[test]
fn a_variant_renamed_under_the_same_wire_name_breaks() {
    let variant = edit(
        DAEMON,
        PERMISSION_DENIED,
        "10003 => PERMISSION_DENIED as Denied,",
    );
    let found = changes(DAEMON, &variant);
    expect(
        &found,
        true,
        "code 10003's variant changed from `DaemonCode::PermissionDenied` to \
         `DaemonCode::Denied` (wire name `PERMISSION_DENIED` stays): code naming \
         `DaemonCode::PermissionDenied` stops compiling; keep the variant (`PERMISSION_DENIED as \
         PermissionDenied`)",
    );
    assert_eq!(found.len(), 1, "{found:#?}");
}

#[test]
fn a_wire_name_moved_to_another_code_breaks() {
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
    // Its variant stays: not removed, recoded, its discriminant the new code.
    expect(
        &found,
        true,
        "code 10001 (`BAD_REQUEST`) is now code 11009, under the same variant \
         `DaemonCode::BadRequest`: `from_code` no longer finds it by 10001 and `code()` returns \
         11009 (and `DaemonCode::BadRequest as i32`, its discriminant, is 11009)",
    );
    assert!(
        found
            .iter()
            .all(|change| !change.message.contains("removed") && !change.message.contains("added")),
        "{found:#?}"
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
    // A `#[non_exhaustive]` table: a row added is compatible (see above for one that is not).
    let marked = non_exhaustive(DAEMON);
    let edited = edit(
        &marked,
        "10001 => BAD_REQUEST, \"无效请求\",",
        "10001 => BAD_REQUEST, \"请求无效\",",
    );
    let edited = edit(
        &edited,
        "        0 => OK, \"成功\",\n",
        "        0 => OK, \"成功\",\n        1 => WARNING, \"警告\",\n        SUCCESS = OK,\n",
    );
    let found = changes(&marked, &edited);
    expect(
        &found,
        false,
        "code 10001 (`BAD_REQUEST`)'s message changed",
    );
    expect(&found, false, "code 1 (`WARNING`) added");
    expect(&found, false, "alias `SUCCESS` added");
    assert!(found.iter().all(|change| !change.breaking), "{found:?}");
    expect(&changes(&edited, &marked), true, "alias `SUCCESS` removed");
}

#[test]
fn languages_removed_break() {
    let more = edit(
        PCS,
        "    #[codetable(languages(zh, en), help_url",
        "    #[codetable(languages(zh, en, ja), help_url",
    );
    expect(&changes(&more, PCS), true, "language `ja` removed");
}

#[test]
fn a_markdown_export_read_back_is_the_same_table() {
    // The rows do not show the code type (`1` fits every type): the document states it.
    for repr in ["u16", "i64", "i32"] {
        let source = format!(
            "codetable::define_codes! {{\n    #[repr({repr})]\n    pub enum Small in 0..=999 {{\n        \
             1 => A, \"a\",\n        2 => B, \"b\",\n    }}\n}}\n"
        );
        let read = read_text(&source, "small.rs");
        let markdown = codetable_pipeline::markdown::document(&read.tables[0].table);
        assert!(
            markdown.contains(&format!("# `Small`\n\nCodes of type `{repr}`.\n\n")),
            "{markdown}"
        );
        let import =
            codetable_cli::import(&markdown, "small.md", &codetable_cli::Options::default());
        assert_eq!(import.problems, []);
        assert_eq!(changes(&source, &import.source), [], "{}", import.source);
    }
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

/// [`SQLSTATE`], `#[non_exhaustive]`.
fn sqlstate_non_exhaustive() -> String {
    edit(
        SQLSTATE,
        "    pub enum SqlState",
        "    #[non_exhaustive]\n    pub enum SqlState",
    )
}

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
        "code 22P02 (`INVALID_TEXT_REPRESENTATION`) removed without reserving it: its variant \
         `SqlState::InvalidTextRepresentation` is gone",
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
    // Reserved or not, its variant is gone.
    expect(
        &found,
        true,
        "code 22P02 (`INVALID_TEXT_REPRESENTATION`) removed, and its code reserved: its variant",
    );

    let recoded = edit(SQLSTATE, "\"22P02\" =>", "\"22P03\" =>");
    let found = changes(SQLSTATE, &recoded);
    // Its variant and its place stay: no Rust API changed, what the codes decode to did.
    expect(
        &found,
        true,
        "code 22P02 (`INVALID_TEXT_REPRESENTATION`) is now code 22P03, under the same variant \
         `SqlState::InvalidTextRepresentation`: `from_code` no longer finds it by 22P02 and \
         `code()` returns 22P03 (no Rust API changed: a code is a value)",
    );
    assert!(
        found
            .iter()
            .all(|change| !change.message.contains("removed")
                && !change.message.contains("added")
                && !change.message.contains("places")),
        "{found:#?}"
    );
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
        "code 23505's variant changed from `SqlState::UniqueViolation` to `SqlState::Unique` and \
         its wire name changed from `UNIQUE_VIOLATION` to `UNIQUE`",
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
    // Rows added after the others to a `#[non_exhaustive]` table are compatible.
    let open = sqlstate_non_exhaustive();
    let added = edit(
        &open,
        "            \"22000\" => DATA_EXCEPTION, \"data exception\",\n",
        "            \"22000\" => DATA_EXCEPTION, \"a data exception\",\n",
    );
    let added = edit(
        &added,
        "        \"XX\" => reserved",
        "        \"42601\" => SYNTAX_ERROR, \"syntax error\",\n        \"YY\" => reserved,\n        \"XX\" => reserved",
    );
    let found = changes(&open, &added);
    expect(&found, false, "code 42601 (`SYNTAX_ERROR`) added");
    expect(
        &found,
        false,
        "code 22000 (`DATA_EXCEPTION`)'s message changed",
    );
    expect(&found, false, "the codes starting with `YY` reserved");
    assert!(found.iter().all(|change| !change.breaking), "{found:?}");
}

/// A table of strings' discriminants are its rows' places, which `as` casts read: a row added
/// or removed before others moves theirs, breaking even on a `#[non_exhaustive]` table, as
/// cargo-semver-checks finds (`enum_repr_variant_discriminant_changed`; SEMVER.md).
#[test]
fn string_codes_rows_that_move_others_break() {
    let open = sqlstate_non_exhaustive();
    let inserted = edit(
        &open,
        "            \"22000\" => DATA_EXCEPTION, \"data exception\",\n",
        "            \"22000\" => DATA_EXCEPTION, \"data exception\",\n            \"22012\" => DIVISION_BY_ZERO, \"division by zero\",\n",
    );
    let found = changes(&open, &inserted);
    expect(&found, false, "code 22012 (`DIVISION_BY_ZERO`) added");
    expect(
        &found,
        true,
        "the rows' places changed, and with them the discriminants of `SqlState` that `as` casts \
         read (a table of string codes' discriminants are its rows' places): \
         `SqlState::InvalidTextRepresentation` from 2 to 3, `SqlState::UniqueViolation` from 3 \
         to 4; add rows after the others",
    );
    let moved = found
        .iter()
        .find(|change| change.message.starts_with("the rows' places"))
        .unwrap();
    assert_eq!(
        moved.line,
        inserted
            .lines()
            .position(|line| line.contains("\"22P02\""))
            .unwrap()
            + 1
    );
    // A row removed moves the rows after it (and is breaking on its own).
    let found = changes(&open, &edit(&open, INVALID_TEXT, ""));
    expect(&found, true, "`SqlState::UniqueViolation` from 3 to 2;");
    // Many moved: the first three named.
    let table = |first: &str| {
        let rows: String = (0..10)
            .map(|row| format!("        \"C{row:04}\" => C{row},\n"))
            .collect();
        format!(
            "codetable::define_codes! {{\n    #[non_exhaustive]\n    pub enum Many {{\n{first}{rows}    }}\n}}\n"
        )
    };
    let found = changes(&table(""), &table("        \"A0000\" => A,\n"));
    expect(
        &found,
        true,
        "`Many::C0` from 0 to 1, `Many::C1` from 1 to 2, `Many::C2` from 2 to 3 and 7 more;",
    );
    assert_eq!(found.iter().filter(|change| change.breaking).count(), 1);
}

/// A table of strings' discriminants widen with its rows (`u8` to `u16` past 256): no change
/// of its code type (the rows added to a `#[non_exhaustive]` table are compatible). Numbers to strings is one.
#[test]
fn string_code_types() {
    let table = |rows: usize| {
        let rows: String = (0..rows)
            .map(|row| format!("        \"C{row:04}\" => C{row},\n"))
            .collect();
        format!(
            "codetable::define_codes! {{\n    #[non_exhaustive]\n    pub enum Many {{\n{rows}    }}\n}}\n"
        )
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
    let removed = edit(DAEMON, UNKNOWN_ACTION, "");
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

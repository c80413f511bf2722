//! Markdown in the format of the macro's export (`E::MARKDOWN`), written by hand: it imports
//! to the enums, rows, sections, reserved ranges, columns and values, languages, aliases and
//! retired names it states, its cells as written but for the export's escapes (`\|`, `&#32;`,
//! `&#10;`, `&#38;`, ...).

use codetable_cli::import::model::{
    ColumnType, DocumentTable, Item, Name, Reserved, Scalar, Section,
};

const EXPORT: &str = r#"# `PcsError`

| code | name | message | http | en | retry | hint |
|---:|---|---|---|---|---|---|
| 0 | `NO_ERROR` | 没有错误 | 200 | no error | false |  |
| 1 |  | 无名 | 404 | nameless | true | a \| b *c* [d] \ |
| -7 | `_SUCCESS` | "quoted" stays&#32; | 500 | x | false | `code`&#10;&#38;#32; |

## `31200` ~ `31209` `Acl` - acl - access lists

| code | name | message | http | en | retry | hint |
|---:|---|---|---|---|---|---|
| 31201 | `ACL_PUT_ERROR` | 设置acl失败 | 400 | acl put error | false |  |

### `31205` ~ `31205` `Inner` - a nested section

| code | name | message | http | en | retry | hint |
|---:|---|---|---|---|---|---|
| 31205 | `ACL_GET_ERROR` | 获取acl失败 | 400 | acl get error | true |  |

### `31207` ~ `31209` reserved

## `40000` ~ `59999` reserved - 保留段

## `60000` ~ `60009` `Empty` - 空

# `TaskState`

| code | name | message |
|---:|---|---|
| 0 | `None` | 无 |
| 1 | `TaskPause` | 任务暂停 |
"#;

fn tables() -> Vec<DocumentTable> {
    let import =
        codetable_cli::import(EXPORT, "docs/errors.md", &codetable_cli::Options::default());
    assert_eq!(import.problems, []);
    import.document.tables
}

fn row(item: &Item) -> (i128, Name, &str, Vec<Option<&str>>) {
    let Item::Row(row) = item else {
        panic!("not a row: {item:?}")
    };
    (
        row.code,
        row.name.clone(),
        row.message.as_str(),
        row.values.iter().map(Option::as_deref).collect(),
    )
}

fn given(name: &str) -> Name {
    Name::Given(name.to_owned())
}

#[test]
fn enums_by_their_headings() {
    let tables = tables();
    let names: Vec<&str> = tables.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["PcsError", "TaskState"]);
    assert_eq!(tables[0].line, 1);
    assert_eq!(tables[1].line, 27);
    let task = &tables[1];
    assert_eq!(task.columns, []);
    assert_eq!(
        task.items.iter().map(row).collect::<Vec<_>>(),
        [
            (0, given("None"), "无", vec![]),
            (1, given("TaskPause"), "任务暂停", vec![]),
        ]
    );
}

#[test]
fn columns_by_their_headers_typed_by_their_values() {
    let table = &tables()[0];
    let columns: Vec<(&str, ColumnType)> = table
        .columns
        .iter()
        .map(|c| (c.name.as_str(), c.ty))
        .collect();
    let ty = |scalar, optional| ColumnType { scalar, optional };
    assert_eq!(
        columns,
        [
            ("http", ty(Scalar::Int("u16"), false)),
            ("en", ty(Scalar::Str, false)),
            ("retry", ty(Scalar::Bool, false)),
            ("hint", ty(Scalar::Str, true)),
        ]
    );
}

#[test]
fn rows_sections_and_reserved_ranges() {
    let table = &tables()[0];
    let items = &table.items;
    assert_eq!(items.len(), 6);
    assert_eq!(
        items[..3].iter().map(row).collect::<Vec<_>>(),
        [
            (
                0,
                given("NO_ERROR"),
                "没有错误",
                vec![Some("200"), Some("no error"), Some("false"), None]
            ),
            (
                1,
                Name::Nameless,
                "无名",
                vec![
                    Some("404"),
                    Some("nameless"),
                    Some("true"),
                    Some("a | b *c* [d] \\")
                ]
            ),
            (
                -7,
                given("_SUCCESS"),
                "\"quoted\" stays ",
                vec![Some("500"), Some("x"), Some("false"), Some("`code`\n&#32;")]
            ),
        ]
    );
    let Item::Section(acl) = &items[3] else {
        panic!("{:?}", items[3])
    };
    assert_eq!(
        (acl.name.as_str(), acl.message.as_str(), acl.range),
        ("Acl", "acl - access lists", (31200, 31209))
    );
    assert_eq!(acl.items.len(), 3);
    assert_eq!(row(&acl.items[0]).0, 31201);
    let Item::Section(inner) = &acl.items[1] else {
        panic!("{:?}", acl.items[1])
    };
    assert_eq!(
        (inner.name.as_str(), inner.message.as_str(), inner.range),
        ("Inner", "a nested section", (31205, 31205))
    );
    assert_eq!(
        inner.items.iter().map(row).collect::<Vec<_>>(),
        [(
            31205,
            given("ACL_GET_ERROR"),
            "获取acl失败",
            vec![Some("400"), Some("acl get error"), Some("true"), None]
        )]
    );
    let Item::Reserved(Reserved { range, message, .. }) = &acl.items[2] else {
        panic!("{:?}", acl.items[2])
    };
    assert_eq!((*range, message.as_deref()), ((31207, 31209), None));
    let Item::Reserved(Reserved { range, message, .. }) = &items[4] else {
        panic!("{:?}", items[4])
    };
    assert_eq!(
        (*range, message.as_deref()),
        ((40000, 59999), Some("保留段"))
    );
    let Item::Section(Section {
        name, range, items, ..
    }) = &items[5]
    else {
        panic!("{:?}", items[5])
    };
    assert_eq!(
        (name.as_str(), *range, items.len()),
        ("Empty", (60000, 60009), 0)
    );
}

#[test]
fn written_as_source() {
    let import =
        codetable_cli::import(EXPORT, "docs/errors.md", &codetable_cli::Options::default());
    let source = import.source;
    for line in [
        "    /// Imported by `codes import` from `errors.md`, line 1.\n",
        "    pub enum PcsError(\n",
        "        http: u16,\n",
        "        hint: Option<&'static str>,\n",
        "    ) {\n",
        "        0 => NO_ERROR, \"没有错误\", http = 200, en = \"no error\", retry = false,\n",
        "        1 => _, \"无名\", http = 404, en = \"nameless\", retry = true, hint = \"a | b *c* [d] \\\\\",\n",
        "        -7 => _SUCCESS, \"\\\"quoted\\\" stays \", http = 500, en = \"x\", retry = false, hint = \"`code`\\n&#32;\",\n",
        "        31200..=31209 => Acl, \"acl - access lists\" {\n",
        "            31205..=31205 => Inner, \"a nested section\" {\n",
        "            31207..=31209 => reserved,\n",
        "        40000..=59999 => reserved, \"保留段\",\n",
        "        60000..=60009 => Empty, \"空\" {}\n",
        "    pub enum TaskState {\n",
    ] {
        assert!(source.contains(line), "no {line:?} in\n{source}");
    }
}

/// The export of a table with languages, aliases and retired names: the message column
/// headed `message:zh` (or `message`, its language then told by its script), a `message:LANG`
/// column per other language, then the `## Aliases` and `## Retired names` tables.
const WORDED: &str = r#"# `ApiError`

| code | name | message:zh | message:en | message:ja | http |
|---:|---|---|---|---|---|
| 0 | `OK` | 成功 | ok |  | 200 |
| 1 |  | 无名 | &#32;nameless | 名前なし | 500 |

## Aliases

| alias | name |
|---|---|
| `SUCCESS` | `OK` |

## Retired names

| name | message |
|---|---|
| `OLD_TOKEN` | replaced by `INVALID_TOKEN` \| in v2 |
| `GONE` |  |
"#;

#[test]
fn languages_aliases_and_retired_names() {
    for markdown in [
        WORDED.to_owned(),
        WORDED.replace("| message:zh |", "| message |"),
    ] {
        let import =
            codetable_cli::import(&markdown, "errors.md", &codetable_cli::Options::default());
        assert_eq!(import.problems, []);
        let table = &import.document.tables[0];
        assert_eq!(table.languages, ["zh", "en", "ja"]);
        let columns: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(columns, ["http"]);
        let rows: Vec<(i128, Name, &str, Vec<Option<&str>>)> = table
            .rows()
            .iter()
            .map(|row| {
                (
                    row.code,
                    row.name.clone(),
                    row.message.as_str(),
                    row.translations.iter().map(Option::as_deref).collect(),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                (0, given("OK"), "成功", vec![Some("ok"), None]),
                (
                    1,
                    Name::Nameless,
                    "无名",
                    vec![Some(" nameless"), Some("名前なし")]
                ),
            ]
        );
        let aliases: Vec<(&str, &str)> = table
            .aliases()
            .iter()
            .map(|alias| (alias.name.as_str(), alias.of.as_str()))
            .collect();
        assert_eq!(aliases, [("SUCCESS", "OK")]);
        let retired: Vec<(&str, Option<&str>)> = table
            .retired()
            .iter()
            .map(|retired| (retired.name.as_str(), retired.message.as_deref()))
            .collect();
        assert_eq!(
            retired,
            [
                ("OLD_TOKEN", Some("replaced by `INVALID_TOKEN` | in v2")),
                ("GONE", None)
            ]
        );
        for line in [
            "    #[codetable(languages(zh, en, ja))]\n",
            "        0 => OK, \"成功\", en = \"ok\", http = 200,\n",
            "        1 => _, \"无名\", en = \" nameless\", ja = \"名前なし\", http = 500,\n",
            "\n        // Aliases\n        SUCCESS = OK,\n",
            "\n        // Retired names\n        OLD_TOKEN => retired, \"replaced by `INVALID_TOKEN` | in v2\",\n",
            "        GONE => retired,\n",
        ] {
            assert!(import.source.contains(line), "no {line:?} in\n{}", import.source);
        }
    }
}

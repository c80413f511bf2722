//! `MARKDOWN`: each table as a Markdown document, with sections as headings, reserved ranges,
//! nameless rows, messages in several languages, columns, aliases and retired names; its cells
//! hold messages and values as written, `|` escaped.

use codetable::Code;

codetable::define_codes! {
    /// A table with everything the document shows.
    #[codetable(languages(zh, en))]
    pub enum Pcs(http: u16, hint: Option<&'static str>) in 0..=40000 {
        0 => NO_ERROR, "没有错误", http = 200, en = "no error",
        1 => _, "无名 | *不是* [链接]", http = 404, en = "a <b> tag", hint = "x_y",
        NO_ERR = NO_ERROR,
        OLD_ERROR => retired, "replaced by `NO_ERROR` | v2",
        31200..=31299 => Acl, "acl 错误" {
            31205 => ACL_GET_ERROR, "获取acl失败", http = 400, en = "acl get error",
            31206..=31209 => Inner, "nested" {
                31206 => IN_INNER, "内层", http = 404,
                IN = IN_INNER,
            },
            31290..=31299 => reserved, "保留",
        },
        39000..=39999 => reserved,
        GONE => retired,
    }
}

#[test]
fn the_document_has_every_row_under_its_section() {
    let expected = "\
# `Pcs`

Codes of type `i32`.

| code | name | message:zh | message:en | http | hint |
|---:|---|---|---|---|---|
| 0 | `NO_ERROR` | 没有错误 | no error | 200 |  |
| 1 |  | 无名 \\| *不是* [链接] | a <b> tag | 404 | x_y |

## `39000` ~ `39999` reserved

## `31200` ~ `31299` `Acl` - acl 错误

| code | name | message:zh | message:en | http | hint |
|---:|---|---|---|---|---|
| 31205 | `ACL_GET_ERROR` | 获取acl失败 | acl get error | 400 |  |

### `31290` ~ `31299` reserved - 保留

### `31206` ~ `31209` `Inner` - nested

| code | name | message:zh | message:en | http | hint |
|---:|---|---|---|---|---|
| 31206 | `IN_INNER` | 内层 |  | 404 |  |

## Aliases

| alias | name |
|---|---|
| `NO_ERR` | `NO_ERROR` |
| `IN` | `IN_INNER` |

## Retired names

| name | message |
|---|---|
| `OLD_ERROR` | replaced by `NO_ERROR` \\| v2 |
| `GONE` |  |
";
    assert_eq!(Pcs::MARKDOWN, expected);
    assert_eq!(<Pcs as Code>::MARKDOWN, expected);
}

#[test]
fn every_seed_row_is_in_its_document() {
    use codetable_seeds::legacy_cos::LegacyCosError;
    // Under Miri, which searches the document some ten thousand times slower
    // (scripts/miri.sh), every 16th row.
    for code in LegacyCosError::iter().step_by(if cfg!(miri) { 16 } else { 1 }) {
        let line = format!("| {} |", code.code());
        assert!(
            LegacyCosError::MARKDOWN.contains(&line),
            "{code:?} is missing"
        );
    }
}

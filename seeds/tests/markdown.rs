//! `MARKDOWN`: each table as a Markdown document, with sections as headings, reserved ranges,
//! nameless rows and columns; its cells hold messages and values as written, `|` escaped.

use codes::Code;

codes::define_codes! {
    /// A table with everything the document shows.
    pub enum Pcs(http: u16, en: &'static str, hint: Option<&'static str>) in 0..=40000 {
        0 => NO_ERROR, "没有错误", http = 200, en = "no error",
        1 => _, "无名 | *不是* [链接]", http = 404, en = "a <b> tag", hint = "x_y",
        31200..=31299 => Acl, "acl 错误" {
            31205 => ACL_GET_ERROR, "获取acl失败", http = 400, en = "acl get error",
            31206..=31209 => Inner, "nested" {
                31206 => IN_INNER, "内层", http = 404, en = "inner",
            },
            31290..=31299 => reserved, "保留",
        },
        39000..=39999 => reserved,
    }
}

#[test]
fn the_document_has_every_row_under_its_section() {
    let expected = "\
# `Pcs`

| code | name | message | http | en | hint |
|---:|---|---|---|---|---|
| 0 | `NO_ERROR` | 没有错误 | 200 | no error |  |
| 1 |  | 无名 \\| *不是* [链接] | 404 | a <b> tag | x_y |

## `39000` ~ `39999` reserved

## `31200` ~ `31299` `Acl` - acl 错误

| code | name | message | http | en | hint |
|---:|---|---|---|---|---|
| 31205 | `ACL_GET_ERROR` | 获取acl失败 | 400 | acl get error |  |

### `31290` ~ `31299` reserved - 保留

### `31206` ~ `31209` `Inner` - nested

| code | name | message | http | en | hint |
|---:|---|---|---|---|---|
| 31206 | `IN_INNER` | 内层 | 404 | inner |  |
";
    assert_eq!(Pcs::MARKDOWN, expected);
    assert_eq!(<Pcs as Code>::MARKDOWN, expected);
}

#[test]
fn every_seed_row_is_in_its_document() {
    use codes_seeds::legacy_cos::LegacyCosError;
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

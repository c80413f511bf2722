//! Seed 003 against its document: a cloud file-storage (PCS) data API's codes, each row with
//! its HTTP status as a typed column and its message in Chinese and in English.

use codetable::Code;
use codetable_seeds::pcs::{PcsError, PcsErrorLanguage};

const EN: PcsErrorLanguage = PcsErrorLanguage::En;

/// The document, as published.
const DOCUMENT: &str = include_str!("../fixtures/003_d6a198459831153e.txt");

/// 31079's 中文 cell, broken in three by the document (line 53), and the message the table
/// gives it: the three joined.
const BROKEN_31079: [&str; 3] = ["未找到文件MD5", "，", "请使用上传API上传整个文件。"];
const MESSAGE_31079: &str = "未找到文件MD5，请使用上传API上传整个文件。";

/// One row of the document.
struct DocRow {
    line: usize,
    http: u16,
    code: i32,
    en: &'static str,
    zh: String,
}

/// Every data row of the document's table, in order. The fixture is a title (line 1), a blank
/// line, the header `| HTTP状态码 | 错误码 | 错误信息 | 备注 |` and the `| :- |` rule (lines
/// 3 and 4); every line after them is a row `| HTTP | CODE | ENGLISH | 中文 |`, its cells
/// trimmed of their padding. A row with more than four cells is a broken one: only 31079 is,
/// and its 中文 cells are checked and joined here.
fn document_rows() -> Vec<DocRow> {
    let mut lines = DOCUMENT.lines().enumerate();
    assert_eq!(
        lines.next().map(|(_, line)| line),
        Some("# 文件数据API错误码")
    );
    assert_eq!(lines.next().map(|(_, line)| line), Some(""));
    let (_, header) = lines.next().unwrap();
    assert_eq!(
        header.split('|').map(str::trim).collect::<Vec<_>>(),
        ["", "HTTP状态码", "错误码", "错误信息", "备注", ""]
    );
    let (_, rule) = lines.next().unwrap();
    assert_eq!(rule, "| :- | -: | :- | :- |");
    let mut rows = Vec::new();
    for (index, line) in lines {
        let line_number = index + 1;
        let inner = line
            .strip_prefix('|')
            .and_then(|line| line.strip_suffix('|'))
            .unwrap_or_else(|| panic!("line {line_number}: not a table row: {line:?}"));
        let cells: Vec<&str> = inner.split('|').map(str::trim).collect();
        let code: i32 = cells[1]
            .parse()
            .unwrap_or_else(|_| panic!("line {line_number}: code {:?}", cells[1]));
        let zh = match cells.len() {
            4 => cells[3].to_owned(),
            _ => {
                assert_eq!((line_number, code), (53, 31079), "broken row: {line:?}");
                assert_eq!(cells[3..], BROKEN_31079);
                cells[3..].concat()
            }
        };
        rows.push(DocRow {
            line: line_number,
            http: cells[0]
                .parse()
                .unwrap_or_else(|_| panic!("line {line_number}: status {:?}", cells[0])),
            code,
            en: cells[2],
            zh,
        });
    }
    rows
}

#[test]
fn row_count_is_the_documents() {
    // Counted as the lines of the fixture after its title, blank line, header and `| :- |`
    // rule: 71 lines less 4, so 67 (`grep -c '^| [0-9]' 003_d6a198459831153e.txt` agrees),
    // lines 5..=71. No row is dropped: the duplicates are of English text, not of codes.
    let rows = document_rows();
    assert_eq!(DOCUMENT.lines().count(), 71);
    assert_eq!(rows.len(), 67);
    assert_eq!(rows.first().map(|row| (row.line, row.code)), Some((5, 0)));
    assert_eq!(
        rows.last().map(|row| (row.line, row.code)),
        Some((71, 31299))
    );
    assert_eq!(PcsError::COUNT, 67);
    assert_eq!(PcsError::iter().count(), 67);
    assert_eq!(PcsError::COUNT, rows.len());
    assert_eq!(<PcsError as Code>::TABLE, "PcsError");
}

#[test]
fn every_row_matches_the_document_in_its_order() {
    let rows = document_rows();
    for (error, row) in PcsError::iter().zip(&rows) {
        let code = row.code;
        assert_eq!(error.code(), code, "line {}", row.line);
        assert_eq!(error.http(), row.http, "http of {code}");
        assert_eq!(error.message_in(EN), row.en, "en of {code}");
        assert_eq!(error.message(), row.zh, "message of {code}");
        assert_eq!(
            error.message_in(PcsErrorLanguage::Zh),
            row.zh,
            "zh of {code}"
        );
        assert_eq!(PcsError::from_code(code), Some(error));
        assert_eq!(PcsError::from_name(error.name()), Some(error));
    }
    assert_eq!(rows.len(), PcsError::COUNT);
}

/// The name made from the English text: each run of letters and digits a word, in upper case,
/// joined by `_`. heck's `ToShoutySnakeCase` also splits camelCase words, but no English text
/// of this document has one.
fn shouty_snake(en: &str) -> String {
    en.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_uppercase)
        .collect::<Vec<_>>()
        .join("_")
}

#[test]
fn names_are_the_english_text_and_later_duplicates_get_their_code() {
    let mut taken = std::collections::HashSet::new();
    let mut renamed = Vec::new();
    for (error, row) in PcsError::iter().zip(document_rows()) {
        let mut name = shouty_snake(row.en);
        if !taken.insert(name.clone()) {
            name = format!("{name}_{}", row.code);
            renamed.push(row.code);
        }
        assert_eq!(error.name(), name, "name of {}", row.code);
    }
    assert_eq!(renamed, [31206, 31213]);
}

/// A sample of the document's rows: (code, name, message, http, en).
const SAMPLE: &[(i32, &str, &str, u16, &str)] = &[
    // The first row and the last.
    (0, "NO_ERROR", "没有错误", 200, "no error"),
    (
        31299,
        "NO_KEY_IN_PCS_RESPONSE_HEADERS",
        "服务器返回值KEY不存在",
        500,
        "no KEY in pcs response headers",
    ),
    (
        3,
        "UNSUPPORTED_OPEN_API",
        "不支持此接口",
        400,
        "Unsupported open api",
    ),
    // Listed after 31141 (line 48).
    (
        110,
        "ACCESS_TOKEN_INVALID_OR_NO_LONGER_VALID",
        "Access Token不正确或者已经过期",
        401,
        "Access token invalid or no longer valid",
    ),
    // Listed after 31205 (line 53), its 中文 cell broken in three.
    (
        31079,
        "FILE_MD5_NOT_FOUND_YOU_SHOULD_USE_UPLOAD_API_TO_UPLOAD_THE_WHOLE_FILE",
        MESSAGE_31079,
        404,
        "File md5 not found, you should use upload API to upload the whole file.",
    ),
    // The two pairs that share their English text: the later row has its code appended.
    (31205, "ACL_GET_ERROR", "获取acl失败", 400, "acl get error"),
    (
        31206,
        "ACL_GET_ERROR_31206",
        "acl不存在",
        404,
        "acl get error",
    ),
    (
        31212,
        "SERVICE_UNAVAILABLE",
        "服务不可用",
        503,
        "service unavailable",
    ),
    (
        31213,
        "SERVICE_UNAVAILABLE_31213",
        "重试出错",
        503,
        "service unavailable",
    ),
    // Punctuation in the English text separates words and is dropped.
    (
        31141,
        "THUMBNAIL_FAILED_INTERNAL_ERROR",
        "请求缩略图服务失败",
        503,
        "thumbnail failed, internal error",
    ),
    (
        31298,
        "THE_VALUE_OF_KEY_VALUE_IN_PCS_RESPONSE_HEADERS_IS_INVALID",
        "服务器返回值KEY非法",
        500,
        "the value of KEY[VALUE] in pcs response headers is invalid",
    ),
    // Typos kept, in the name and in `en`.
    (
        31111,
        "QUOTA_ONLY_SOPPORT_2_LEVEL_DIRECTORIES",
        "配额管理只支持两级目录",
        400,
        "quota only sopport 2 level directories",
    ),
    (31210, "NOT_IMPLEMENT", "服务器不支持", 501, "not implement"),
    // Two rows with one message, told apart by `en` and `http`.
    (
        31066,
        "FILE_DOES_NOT_EXIST",
        "文件不存在",
        403,
        "file does not exist",
    ),
    (
        31202,
        "OBJECT_NOT_EXISTS",
        "文件不存在",
        404,
        "object not exists",
    ),
];

#[test]
fn sample_rows_by_code_and_by_name() {
    for &(code, name, message, http, en) in SAMPLE {
        let found = PcsError::from_code(code).unwrap_or_else(|| panic!("{code} is missing"));
        assert_eq!(found.code(), code);
        assert_eq!(found as i32, code);
        assert_eq!(found.name(), name);
        assert_eq!(found.message(), message, "message of {code}");
        assert_eq!(found.http(), http, "http of {code}");
        assert_eq!(found.message_in(EN), en, "en of {code}");
        assert_eq!(PcsError::from_name(name), Some(found));
        assert_eq!(name.parse::<PcsError>(), Ok(found));
        assert_eq!(PcsError::try_from(code), Ok(found));
        assert_eq!(found.to_string(), format!("{code}: {message}"));
        assert_eq!(found.display_in(EN).to_string(), format!("{code}: {en}"));
    }
}

#[test]
fn the_languages_are_chinese_then_english() {
    let tags: Vec<&str> = PcsErrorLanguage::ALL.iter().map(|l| l.tag()).collect();
    assert_eq!(tags, ["zh", "en"]);
    assert_eq!(PcsErrorLanguage::from_tag("en"), Some(EN));
    // Every row of the document has both, so none leaves English to the Chinese message.
    for error in PcsError::iter() {
        assert_ne!(error.message_in(EN), error.message(), "{error:?}");
    }
}

/// The variants named by hand (see the module's docs): the wire names of more than six words,
/// and the two rows that a duplicate gave their code.
#[test]
fn sentences_and_renamed_duplicates_name_their_variants() {
    let named: &[(i32, &str)] = &[
        (31113, "QuotaAboveParent"),
        (31114, "QuotaBelowSubdirectory"),
        (110, "AccessTokenInvalid"),
        (31079, "FileMd5NotFound"),
        (31206, "AclNotFound"),
        (31213, "RetryFailed"),
        (31298, "InvalidHeaderValue"),
    ];
    for error in PcsError::iter() {
        let words = error.name().split('_').count();
        let renamed = [31206, 31213].contains(&error.code());
        let given = named.iter().find(|&&(code, _)| code == error.code());
        assert_eq!(words > 6 || renamed, given.is_some(), "{}", error.name());
        // A variant is the wire name's words in UpperCamelCase unless given.
        let made: String = error
            .name()
            .split('_')
            .map(|word| word[..1].to_owned() + &word[1..].to_lowercase())
            .collect();
        let expected = given.map_or(made, |&(_, variant)| variant.to_owned());
        assert_eq!(format!("{error:?}"), expected, "{}", error.name());
    }
    assert_eq!(PcsError::from_name("AclNotFound"), None);
}

#[test]
fn renamed_duplicates_and_misses() {
    assert_eq!(PcsError::AclNotFound.code(), 31206);
    assert_eq!(PcsError::RetryFailed.code(), 31213);
    // Only the later row of each pair is renamed; the name with the first one's code is none.
    assert_eq!(PcsError::from_name("ACL_GET_ERROR_31205"), None);
    assert_eq!(PcsError::from_name("SERVICE_UNAVAILABLE_31212"), None);
    // Names are exact wire names: not the English text, not the variant name.
    assert_eq!(PcsError::from_name("acl get error"), None);
    assert_eq!(PcsError::from_name("AclGetError"), None);
    // Codes the document does not list, inside and outside the table's range.
    for code in [1, 2, 31000, 31080, 31200, 31221, 31300, -1] {
        assert_eq!(PcsError::from_code(code), None, "{code}");
    }
    let unknown = PcsError::try_from(31080).unwrap_err();
    assert_eq!(unknown.to_string(), "31080 is not a PcsError code");
}

#[test]
fn columns_and_messages_are_const() {
    const HTTP: u16 = PcsError::AclNotFound.http();
    const ENGLISH: &str = PcsError::AclNotFound.message_in(EN);
    assert_eq!((HTTP, ENGLISH), (404, "acl get error"));
}

#[test]
fn codes_per_http_status() {
    let mut counts = std::collections::BTreeMap::new();
    for error in PcsError::iter() {
        *counts.entry(error.http()).or_insert(0) += 1;
    }
    let counts: Vec<(u16, usize)> = counts.into_iter().collect();
    assert_eq!(
        counts,
        [
            (200, 1),
            (400, 15),
            (401, 1),
            (403, 17),
            (404, 3),
            (500, 3),
            (501, 1),
            (503, 26),
        ]
    );
}

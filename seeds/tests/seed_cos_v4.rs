//! Seed 004 against its document: an object-storage v4 API's codes, a table with no names.

use codetable::Code;
use codetable_seeds::cos_v4::CosV4Error;

/// The document, as published.
const DOCUMENT: &str = include_str!("../fixtures/004_1b6c1c6a80827545.txt");

/// The two meanings the document gives -5965 (lines 17 and 18), and the one message the table
/// gives it.
const MINUS_5965: [&str; 2] = [
    "分片上传init时未指定slice_size参数",
    "分片上传init时uploadparts参数不合法",
];
const MINUS_5965_RESOLVED: &str = "分片上传init时未指定slice_size参数；或uploadparts参数不合法";

/// One row of the document.
struct DocRow {
    line: usize,
    code: i32,
    message: &'static str,
    quoted: bool,
}

/// Every row of the document's table, in order. A row is `|CODE|CELL|`; the first `|` after
/// the code ends it, because the quoted cells hold `|` of their own. A cell is trimmed (the
/// padding of -29033's cell, line 169) and, when it is wrapped in `"`, unwrapped: the quotes
/// are the quoting of the export, not part of the message.
fn document_rows() -> Vec<DocRow> {
    let mut lines = DOCUMENT.lines().enumerate();
    let (_, header) = lines.next().unwrap();
    assert_eq!(
        header.split('|').map(str::trim).collect::<Vec<_>>(),
        ["", "错误码", "描述", ""]
    );
    let (_, rule) = lines.next().unwrap();
    assert!(rule.starts_with("| ---"), "{rule}");
    let mut rows = Vec::new();
    for (index, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        let inner = line
            .strip_prefix('|')
            .and_then(|line| line.strip_suffix('|'))
            .unwrap_or_else(|| panic!("line {}: not a table row: {line:?}", index + 1));
        let (code, cell) = inner.split_once('|').unwrap();
        let cell = cell.trim();
        let unquoted = cell
            .strip_prefix('"')
            .and_then(|cell| cell.strip_suffix('"'));
        rows.push(DocRow {
            line: index + 1,
            code: code
                .parse()
                .unwrap_or_else(|_| panic!("line {}", index + 1)),
            message: unquoted.unwrap_or(cell),
            quoted: unquoted.is_some(),
        });
    }
    rows
}

#[test]
fn row_count_is_the_documents_less_the_duplicate() {
    // Counted as the table lines of the fixture after its header and its `| --- |` rule: 288
    // (`grep -c '^|-\?[0-9]' 004_1b6c1c6a80827545.txt`), codes -50122..=101. -5965 is
    // given twice and is one row here, so the table has 287.
    let rows = document_rows();
    assert_eq!(rows.len(), 288);
    assert_eq!(
        rows.first().map(|row| (row.line, row.code)),
        Some((3, -5999))
    );
    assert_eq!(
        rows.last().map(|row| (row.line, row.code)),
        Some((290, -50122))
    );
    assert_eq!(CosV4Error::COUNT, 287);
    assert_eq!(CosV4Error::iter().count(), 287);
    assert_eq!(CosV4Error::COUNT, rows.len() - 1);
    assert_eq!(<CosV4Error as Code>::TABLE, "CosV4Error");
}

#[test]
fn the_only_duplicate_is_minus_5965() {
    let rows = document_rows();
    let mut codes: Vec<i32> = rows.iter().map(|row| row.code).collect();
    codes.sort_unstable();
    let duplicates: Vec<i32> = codes
        .windows(2)
        .filter(|pair| pair[0] == pair[1])
        .map(|pair| pair[0])
        .collect();
    assert_eq!(duplicates, [-5965]);
    let minus_5965: Vec<(usize, &str)> = rows
        .iter()
        .filter(|row| row.code == -5965)
        .map(|row| (row.line, row.message))
        .collect();
    assert_eq!(minus_5965, [(17, MINUS_5965[0]), (18, MINUS_5965[1])]);
}

/// A sample of the document's rows: (code, name, message).
const SAMPLE: &[(i32, &str, &str)] = &[
    // The first row and the last.
    (-5999, "CodeMinus5999", "请求参数错误"),
    (-50122, "CodeMinus50122", "内部错误，联系官方处理"),
    // -5965, given twice, resolved into one message.
    (-5965, "CodeMinus5965", MINUS_5965_RESOLVED),
    // The quoted cells, unwrapped, with their `|` kept.
    (-5980, "CodeMinus5980", "没有op字段，用户没填写操作类型或格式错误解析不到"),
    (
        -121,
        "CodeMinus121",
        "匹配跨域规则失败|可能 Origin| request method / Access-Control-Request-Method 或 Access-Control-Requet-Headers不在跨域规则配置里面",
    ),
    (-101, "CodeMinus101", "不需要拷贝|可能上次更新时间/ETag规则匹配问题"),
    (-71, "CodeMinus71", "操作太频繁|请稍后再试"),
    // The padded cell, trimmed.
    (-29033, "CodeMinus29033", "下载请求没有有效的range"),
    // The only codes >= 0, listed between -29000 and -29993.
    (101, "Code101", "内部错误，联系官方处理"),
    (100, "Code100", "内部错误，联系官方处理"),
    (-4019, "CodeMinus4019", "文件已存在，但未完成上传，新传文件sha值和该未完成文件一致，可断点续传"),
    (-97, "CodeMinus97", "签名校验失败"),
    (-29112, "CodeMinus29112", "内部错误"),
    (-29066, "CodeMinus29066", "跟art再确认"),
    (
        -66,
        "CodeMinus66",
        "网络请求失败 （错误码太笼统了，这里需要改下比如到哪里的网络故障，什么故障超时还是什么）",
    ),
    (-46642, "CodeMinus46642", "appid不存在"),
    (-46001, "CodeMinus46001", "内部错误，联系官方处理"),
];

#[test]
fn sample_rows_by_code_and_by_name() {
    for &(code, name, message) in SAMPLE {
        let found = CosV4Error::from_code(code).unwrap_or_else(|| panic!("{code} is missing"));
        assert_eq!(found.code(), code);
        assert_eq!(found as i32, code);
        assert_eq!(found.name(), name);
        assert_eq!(found.message(), message, "message of {code}");
        assert_eq!(CosV4Error::from_name(name), Some(found));
        assert_eq!(name.parse::<CosV4Error>(), Ok(found));
        assert_eq!(CosV4Error::try_from(code), Ok(found));
        assert_eq!(found.to_string(), format!("{code}: {message}"));
    }
    assert_eq!(
        CosV4Error::from_code(-5999),
        Some(CosV4Error::CodeMinus5999)
    );
    assert_eq!(CosV4Error::from_code(101), Some(CosV4Error::Code101));
    assert_eq!(CosV4Error::CodeMinus5965.message(), MINUS_5965_RESOLVED);
}

#[test]
fn nameless_rows_are_named_by_their_variant() {
    for code in CosV4Error::iter() {
        let number = code.code();
        let expected = if number < 0 {
            format!("CodeMinus{}", number.unsigned_abs())
        } else {
            format!("Code{number}")
        };
        assert_eq!(code.name(), expected);
        assert_eq!(format!("{code:?}"), expected);
        assert_eq!(CosV4Error::from_name(&expected), Some(code));
    }
    assert_eq!(CosV4Error::CodeMinus5999.name(), "CodeMinus5999");
    assert_eq!(CosV4Error::Code101.name(), "Code101");
    assert_eq!(CosV4Error::Code100.name(), "Code100");
    // Names are the variants' only: not codes, not other spellings.
    assert_eq!(CosV4Error::from_name("-5999"), None);
    assert_eq!(CosV4Error::from_name("CODE_MINUS_5999"), None);
    assert_eq!(CosV4Error::from_name("codeminus5999"), None);
    assert_eq!(CosV4Error::from_name("Code5999"), None);
    assert_eq!(
        CosV4Error::from_name("CodeMinus101"),
        Some(CosV4Error::CodeMinus101)
    );
    assert_eq!(CosV4Error::from_name("Code101"), Some(CosV4Error::Code101));
}

/// The strongest check: every row of the document, parsed at test time, is in the table with
/// the document's message, in the document's order, and the table has no other row.
#[test]
fn every_document_row_is_in_the_table() {
    let rows = document_rows();
    let mut expected_order = Vec::new();
    for row in &rows {
        let found = CosV4Error::from_code(row.code)
            .unwrap_or_else(|| panic!("line {}: code {} is missing", row.line, row.code));
        assert_eq!(found.code(), row.code);
        if row.code == -5965 {
            // Given twice: the one row's message holds each meaning, its shared
            // `分片上传init时` said once.
            let [first, second] = MINUS_5965;
            let rest = second.strip_prefix("分片上传init时").unwrap();
            assert_eq!(found.message(), format!("{first}；或{rest}"));
            assert!(row.message == first || row.message == second);
            if row.line == 18 {
                continue;
            }
        } else {
            assert_eq!(found.message(), row.message, "line {}", row.line);
        }
        expected_order.push(found);
    }
    // Declaration order is the document's.
    assert_eq!(CosV4Error::iter().collect::<Vec<_>>(), expected_order);
    assert_eq!(CosV4Error::ALL, expected_order);

    // Exactly the four quoted cells, three of them with `|` inside.
    let quoted: Vec<(usize, i32)> = rows
        .iter()
        .filter(|row| row.quoted)
        .map(|row| (row.line, row.code))
        .collect();
    assert_eq!(quoted, [(9, -5980), (58, -121), (64, -101), (79, -71)]);
    let with_bar: Vec<i32> = CosV4Error::iter()
        .filter(|code| code.message().contains('|'))
        .map(CosV4Error::code)
        .collect();
    assert_eq!(with_bar, [-121, -101, -71]);
    for code in CosV4Error::iter() {
        let message = code.message();
        assert!(
            !message.starts_with('"') && !message.ends_with('"'),
            "{code:?}"
        );
        assert_eq!(message.trim(), message, "{code:?}");
    }
}

#[test]
fn codes_span_the_tables_range_and_nothing_else_is_found() {
    let (low, high) = (-50122, 101);
    assert_eq!(CosV4Error::iter().map(CosV4Error::code).min(), Some(low));
    assert_eq!(CosV4Error::iter().map(CosV4Error::code).max(), Some(high));
    let documented: std::collections::BTreeSet<i32> =
        document_rows().iter().map(|row| row.code).collect();
    assert_eq!(documented.len(), CosV4Error::COUNT);
    // Every value from ten below to ten above; under Miri, which interprets each lookup some
    // ten thousand times slower (scripts/miri.sh), every 97th.
    for code in (low - 10..=high + 10).step_by(if cfg!(miri) { 97 } else { 1 }) {
        assert_eq!(
            CosV4Error::from_code(code).is_some(),
            documented.contains(&code),
            "{code}"
        );
    }
    // -5998 is in the range, between -5999 and -5997, but the document does not give it.
    let unknown = CosV4Error::try_from(-5998).unwrap_err();
    assert_eq!(unknown.to_string(), "-5998 is not a CosV4Error code");
}

#[test]
fn shared_messages() {
    let count = |message: &str| {
        CosV4Error::iter()
            .filter(|code| code.message() == message)
            .count()
    };
    assert_eq!(count("内部错误，联系官方处理"), 159);
    assert_eq!(count("内部错误"), 2);
    assert_eq!(count("传的sessionid不合法"), 3);
    assert_eq!(count("跨域设置时候规则超长，最大100KB"), 3);
    let document_internal = document_rows()
        .iter()
        .filter(|row| row.message == "内部错误，联系官方处理")
        .count();
    assert_eq!(document_internal, 159);
}

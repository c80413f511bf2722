//! Seed 004: an object-storage v4 API's codes, a table with no names at all. Every row is
//! written `_`, so its variant, and its name, come from its code (`-5999` → `CodeMinus5999`).
//!
//! Run with `cargo run --example cos_v4`. It checks each answer it prints against the document
//! (`seeds/fixtures/004_*.txt`), and panics on a wrong one.

use codetable_seeds::cos_v4::CosV4Error;

/// The message most of the document's rows share.
const INTERNAL: &str = "内部错误，联系官方处理";

fn main() {
    // 288 rows in the document; -5965 is given twice and is one row here.
    println!("CosV4Error: {} codes", CosV4Error::COUNT);
    assert_eq!(CosV4Error::COUNT, 287);

    // By code: `from_code` is const and gives an `Option`; `try_from` says what was missing.
    // Each code with its variant and the start of its message, or `None` for a miss.
    let lookups = [
        (-5999, Some(("CodeMinus5999", "请求参数错误"))),
        (101, Some(("Code101", INTERNAL))),
        (-50122, Some(("CodeMinus50122", INTERNAL))),
        (
            -5965,
            Some(("CodeMinus5965", "分片上传init时未指定slice_size参数")),
        ),
        (
            -121,
            Some(("CodeMinus121", "匹配跨域规则失败|可能 Origin|")),
        ),
        (-5998, None),
    ];
    for (code, expected) in lookups {
        match CosV4Error::try_from(code) {
            Ok(found) => {
                println!("{code:>6} => {found:?} {:?}", found.message());
                let (variant, message) = expected.expect("a row of the document");
                assert_eq!(format!("{found:?}"), variant);
                assert!(found.message().starts_with(message), "{code}");
                assert_eq!(CosV4Error::from_code(code), Some(found));
            }
            Err(unknown) => {
                println!("{code:>6} => {unknown}");
                assert_eq!(expected, None, "{code} is a row of the document");
                assert_eq!(CosV4Error::from_code(code), None);
            }
        }
    }

    // By name: a nameless row's name is its variant's.
    let by_name = CosV4Error::from_name("CodeMinus5999");
    println!("from_name(\"CodeMinus5999\") = {by_name:?}");
    let found = by_name.expect("a nameless row's name is its variant's");
    println!("  name() = {:?}, code() = {}", found.name(), found.code());
    assert_eq!((found.name(), found.code()), ("CodeMinus5999", -5999));
    let parsed: Result<CosV4Error, _> = "-5999".parse();
    println!("\"-5999\".parse() = {parsed:?} (names, not codes)");
    assert_eq!(
        parsed.map_err(|error| error.name().to_owned()),
        Err("-5999".to_owned())
    );

    // The message the document gives most often.
    let internal = CosV4Error::iter()
        .filter(|code| code.message() == INTERNAL)
        .count();
    println!("{internal} of {} codes say {INTERNAL:?}", CosV4Error::COUNT);
    assert_eq!(internal, 159);

    let display = CosV4Error::CodeMinus97.to_string();
    println!("Display: {display}");
    assert_eq!(display, "-97: 签名校验失败");
}

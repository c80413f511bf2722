//! Behaviour of every item of the generated API (`codetable::guide::generated_api`), checked against the tables as
//! written below: `ALL`, `COUNT`, `code`, `name`, `message`, `from_code`, `from_name`, the
//! conversions (`From`, `TryFrom`, `FromStr`), the formatting traits, the comparison traits,
//! `std::error::Error`, the `codetable::Code` trait from generic code, and const evaluation.

use std::cmp::Ordering;
use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::error::Error;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use codetable::{Code, UnknownCode, UnknownName};

codetable::define_codes! {
    /// 公众号全局返回码 (the crate page's and the README's example table, with rows declared out of code order).
    pub enum WeChatError in -1..=99999 {
        /// 系统繁忙时可重试
        -1 => SYSTEM_BUSY, "系统繁忙，此时请开发者稍候再试",
        0 => OK, "请求成功",
        40001 => INVALID_CREDENTIAL, "获取 access_token 时 AppSecret 错误，或者 access_token 无效",
        40002 => INVALID_GRANT_TYPE, "不合法的凭证类型",
        41000..=41999 => Missing, "缺少参数" {
            41001 => MISSING_ACCESS_TOKEN, "缺少 access_token 参数",
            41002 => MISSING_APPID, "缺少 appid 参数",
        },
        60000..=69999 => reserved, "保留段，不得使用",
        45009 => API_FREQ_OUT_OF_LIMIT, "接口调用超过限制",
        40003 => INVALID_OPENID, "不合法的 OpenID",
        99999 => LAST, "the last code of the range",
    }

    /// Task states: a second table in the same invocation, with rows named like prelude items.
    pub enum TaskState {
        0 => None, "无",
        1 => TaskPause, "任务暂停",
        2 => Some, "有",
        3 => Ok, "好",
    }
}

codetable::define_codes! {
    /// Wire names that are Rust keywords, written plainly where the grammar allows it.
    pub enum Keywords {
        1 => type, "a keyword as a wire name",
        2 => r#match, "a raw identifier as a wire name",
        3 => super, "super",
        4 => crate, "crate",
        5 => fn, "fn",
        6 => async, "async",
        7 => r#await, "await",
        8 => dyn, "dyn",
        9 => r#try, "try",
        10 => union, "union",
        11 => loop, "loop",
        12 => static, "static",
        13 => macro_rules, "macro_rules",
    }

    /// The raw spelling of a keyword: the wire name is the keyword itself.
    pub enum RawKeywords {
        1 => r#type, "a raw keyword",
        2 => r#struct, "another raw keyword",
    }

    /// Wire names in other spellings: kept verbatim, the variant is UpperCamelCase.
    pub enum Spellings {
        1 => lower_snake, "lower_snake",
        2 => UpperCamel, "UpperCamel",
        3 => SCREAMING_SNAKE, "SCREAMING_SNAKE",
        4 => mixed_Case_NAME, "mixed",
        5 => HTTP2_ERROR, "digits",
        6 => _LEADING, "leading underscore",
        7 => 错误码, "non-ASCII",
        8 => ÉCHEC, "accented",
        9 => X, "one letter",
    }

    /// Messages with characters that need escaping in source.
    pub enum Messages {
        1 => QUOTES, "say \"hi\" and \\ backslash",
        2 => NEWLINES, "line one\nline two\ttab",
        3 => RAW, r#"raw "string" with \n kept"#,
        4 => BRACES, "format {} {0} {name} braces",
        5 => UNICODE_ESCAPE, "smile \u{1F600} and \u{0} nul",
        6 => EMOJI, "🦀 crab",
    }
}

/// `WeChatError` as written: (variant, code, wire name, message, variant name).
const WECHAT: &[(WeChatError, i32, &str, &str, &str)] = &[
    (
        WeChatError::SystemBusy,
        -1,
        "SYSTEM_BUSY",
        "系统繁忙，此时请开发者稍候再试",
        "SystemBusy",
    ),
    (WeChatError::Ok, 0, "OK", "请求成功", "Ok"),
    (
        WeChatError::InvalidCredential,
        40001,
        "INVALID_CREDENTIAL",
        "获取 access_token 时 AppSecret 错误，或者 access_token 无效",
        "InvalidCredential",
    ),
    (
        WeChatError::InvalidGrantType,
        40002,
        "INVALID_GRANT_TYPE",
        "不合法的凭证类型",
        "InvalidGrantType",
    ),
    (
        WeChatError::MissingAccessToken,
        41001,
        "MISSING_ACCESS_TOKEN",
        "缺少 access_token 参数",
        "MissingAccessToken",
    ),
    (
        WeChatError::MissingAppid,
        41002,
        "MISSING_APPID",
        "缺少 appid 参数",
        "MissingAppid",
    ),
    (
        WeChatError::ApiFreqOutOfLimit,
        45009,
        "API_FREQ_OUT_OF_LIMIT",
        "接口调用超过限制",
        "ApiFreqOutOfLimit",
    ),
    (
        WeChatError::InvalidOpenid,
        40003,
        "INVALID_OPENID",
        "不合法的 OpenID",
        "InvalidOpenid",
    ),
    (
        WeChatError::Last,
        99999,
        "LAST",
        "the last code of the range",
        "Last",
    ),
];

const TASKS: &[(TaskState, i32, &str, &str)] = &[
    (TaskState::None, 0, "None", "无"),
    (TaskState::TaskPause, 1, "TaskPause", "任务暂停"),
    (TaskState::Some, 2, "Some", "有"),
    (TaskState::Ok, 3, "Ok", "好"),
];

// ---------------------------------------------------------------------------------------------
// ALL, COUNT, code, name, message

#[test]
fn all_is_every_row_in_declaration_order() {
    let expected: Vec<WeChatError> = WECHAT.iter().map(|row| row.0).collect();
    assert_eq!(WeChatError::ALL, expected.as_slice());
    let expected: Vec<TaskState> = TASKS.iter().map(|row| row.0).collect();
    assert_eq!(TaskState::ALL, expected.as_slice());
}

#[test]
fn count_is_the_number_of_rows() {
    assert_eq!(WeChatError::COUNT, 9);
    assert_eq!(WeChatError::COUNT, WECHAT.len());
    assert_eq!(WeChatError::COUNT, WeChatError::ALL.len());
    assert_eq!(TaskState::COUNT, 4);
    assert_eq!(Keywords::COUNT, 13);
    assert_eq!(RawKeywords::COUNT, 2);
    // A section and a reserved range are not rows.
    assert!(WeChatError::ALL.iter().all(|e| e.code() != 41000));
    assert!(WeChatError::ALL.iter().all(|e| e.code() != 60000));
}

#[test]
fn all_has_no_duplicates() {
    let set: HashSet<WeChatError> = WeChatError::ALL.iter().copied().collect();
    assert_eq!(set.len(), WeChatError::COUNT);
}

#[test]
fn code_is_the_discriminant() {
    for &(e, code, ..) in WECHAT {
        assert_eq!(e.code(), code, "{e:?}");
        assert_eq!(e as i32, code, "{e:?}");
        assert_eq!(e as i32, e.code(), "{e:?}");
    }
    for &(e, code, ..) in TASKS {
        assert_eq!(e.code(), code);
        assert_eq!(e as i32, code);
    }
}

#[test]
fn the_enum_has_the_size_of_its_repr() {
    assert_eq!(size_of::<WeChatError>(), size_of::<i32>());
    assert_eq!(size_of::<Option<WeChatError>>(), size_of::<i32>()); // a niche
}

#[test]
fn name_is_the_wire_name_verbatim() {
    for &(e, _, name, ..) in WECHAT {
        assert_eq!(e.name(), name, "{e:?}");
    }
    for &(e, _, name, _) in TASKS {
        assert_eq!(e.name(), name);
    }
}

#[test]
fn message_is_the_row_message() {
    for &(e, _, _, message, _) in WECHAT {
        assert_eq!(e.message(), message, "{e:?}");
    }
    for &(e, _, _, message) in TASKS {
        assert_eq!(e.message(), message);
    }
}

#[test]
fn keyword_wire_names() {
    let expected = [
        (Keywords::Type, "type"),
        (Keywords::Match, "match"),
        (Keywords::Super, "super"),
        (Keywords::Crate, "crate"),
        (Keywords::Fn, "fn"),
        (Keywords::Async, "async"),
        (Keywords::Await, "await"),
        (Keywords::Dyn, "dyn"),
        (Keywords::Try, "try"),
        (Keywords::Union, "union"),
        (Keywords::Loop, "loop"),
        (Keywords::Static, "static"),
        (Keywords::MacroRules, "macro_rules"),
    ];
    let all: Vec<Keywords> = expected.iter().map(|row| row.0).collect();
    assert_eq!(Keywords::ALL, all.as_slice());
    for (i, &(e, name)) in expected.iter().enumerate() {
        assert_eq!(e.name(), name);
        assert_eq!(e.code(), i as i32 + 1);
        assert_eq!(Keywords::from_name(name), Some(e));
        assert_eq!(name.parse::<Keywords>(), Ok(e));
    }
    assert_eq!(Keywords::Type.message(), "a keyword as a wire name");
    // The `r#` of a raw identifier is Rust syntax, not part of the wire name.
    assert_eq!(Keywords::from_name("r#match"), None);
    assert_eq!(RawKeywords::Type.name(), "type");
    assert_eq!(RawKeywords::Struct.name(), "struct");
    assert_eq!(RawKeywords::from_name("type"), Some(RawKeywords::Type));
    assert_eq!(RawKeywords::from_name("struct"), Some(RawKeywords::Struct));
    assert_eq!(RawKeywords::from_name("r#type"), None);
    assert_eq!(format!("{:?}", RawKeywords::Type), "Type");
    assert_eq!(format!("{:?}", Keywords::Match), "Match");
}

#[test]
fn spellings_are_kept_verbatim() {
    let expected = [
        (Spellings::LowerSnake, "lower_snake", "LowerSnake"),
        (Spellings::UpperCamel, "UpperCamel", "UpperCamel"),
        (
            Spellings::ScreamingSnake,
            "SCREAMING_SNAKE",
            "ScreamingSnake",
        ),
        (Spellings::MixedCaseName, "mixed_Case_NAME", "MixedCaseName"),
        (Spellings::Http2Error, "HTTP2_ERROR", "Http2Error"),
        (Spellings::Leading, "_LEADING", "Leading"),
        (Spellings::错误码, "错误码", "错误码"),
        (Spellings::Échec, "ÉCHEC", "Échec"),
        (Spellings::X, "X", "X"),
    ];
    let all: Vec<Spellings> = expected.iter().map(|row| row.0).collect();
    assert_eq!(Spellings::ALL, all.as_slice());
    for &(e, name, variant) in &expected {
        assert_eq!(e.name(), name);
        assert_eq!(format!("{e:?}"), variant);
        assert_eq!(Spellings::from_name(name), Some(e));
        // The variant name is not a wire name unless it is spelled the same.
        if variant != name {
            assert_eq!(Spellings::from_name(variant), None, "{variant}");
        }
    }
}

#[test]
fn messages_are_the_string_values() {
    assert_eq!(Messages::Quotes.message(), "say \"hi\" and \\ backslash");
    assert_eq!(Messages::Newlines.message(), "line one\nline two\ttab");
    assert_eq!(Messages::Raw.message(), "raw \"string\" with \\n kept");
    assert_eq!(Messages::Braces.message(), "format {} {0} {name} braces");
    assert_eq!(Messages::UnicodeEscape.message(), "smile 😀 and \0 nul");
    assert_eq!(Messages::Emoji.message(), "🦀 crab");
    assert_eq!(
        Messages::Braces.to_string(),
        "4: format {} {0} {name} braces"
    );
    assert_eq!(Messages::Newlines.to_string(), "2: line one\nline two\ttab");
    for e in Messages::ALL {
        assert_eq!(Messages::from_code(e.code()), Some(*e));
        assert_eq!(Messages::from_name(e.name()), Some(*e));
    }
}

// ---------------------------------------------------------------------------------------------
// from_code, from_name

#[test]
fn from_code_finds_every_row() {
    for &(e, code, ..) in WECHAT {
        assert_eq!(WeChatError::from_code(code), Some(e));
    }
    for &(e, code, ..) in TASKS {
        assert_eq!(TaskState::from_code(code), Some(e));
    }
}

#[test]
fn from_code_misses() {
    let codes: HashSet<i32> = WECHAT.iter().map(|row| row.1).collect();
    let mut misses = vec![
        i32::MIN,
        i32::MIN + 1,
        i32::MAX,
        i32::MAX - 1,
        -2,
        1,
        41000, // a section's bound
        41999,
        41003,
        60000, // inside a reserved range
        65000,
        69999,
        100000,
        -100000,
    ];
    for &(_, code, ..) in WECHAT {
        misses.extend([code.wrapping_sub(1), code.wrapping_add(1)]);
    }
    for code in misses {
        if !codes.contains(&code) {
            assert_eq!(WeChatError::from_code(code), None, "{code}");
        }
    }
    for code in -100..100 {
        let expected = WECHAT.iter().find(|row| row.1 == code).map(|row| row.0);
        assert_eq!(WeChatError::from_code(code), expected, "{code}");
    }
    for code in [-1, 4, 5, 100, i32::MIN, i32::MAX] {
        assert_eq!(TaskState::from_code(code), None);
    }
}

#[test]
fn from_name_finds_every_row() {
    for &(e, _, name, ..) in WECHAT {
        assert_eq!(WeChatError::from_name(name), Some(e));
    }
    for &(e, _, name, _) in TASKS {
        assert_eq!(TaskState::from_name(name), Some(e));
    }
}

#[test]
fn from_name_misses() {
    let misses = [
        "",
        " ",
        "INVALID",              // a prefix
        "INVALID_CREDENTIA",    // one byte short
        "INVALID_CREDENTIALS",  // one byte long
        "INVALID_CREDENTIAL ",  // trailing space
        " INVALID_CREDENTIAL",  // leading space
        "INVALID_CREDENTIAL\0", // trailing NUL
        "invalid_credential",   // lower case
        "Invalid_Credential",   // mixed case
        "InvalidCredential",    // the variant name is not the wire name
        "INVALID-CREDENTIAL",   // dash
        "INVALID_CREDENTIALINVALID_CREDENTIAL",
        "ok",
        "Ok",
        "O",
        "OKK",
        "Missing", // a section name is not a row name
        "reserved",
        "40001",
        "-1",
        "SYSTEM_BUSY_",
        "_SYSTEM_BUSY",
        "系统繁忙",
        "WeChatError",
    ];
    for name in misses {
        assert_eq!(WeChatError::from_name(name), None, "{name:?}");
    }
    for name in [
        "none",
        "NONE",
        "Task_Pause",
        "TASK_PAUSE",
        "taskpause",
        "",
        "Non",
    ] {
        assert_eq!(TaskState::from_name(name), None, "{name:?}");
    }
    // Every wire name with one byte changed, cut or added is a miss.
    for &(_, _, name, ..) in WECHAT {
        for cut in 0..name.len() {
            let shorter = &name[..cut];
            let found = WeChatError::from_name(shorter);
            assert!(
                found.is_none() || found.unwrap().name() == shorter,
                "{shorter:?}"
            );
        }
        let longer = format!("{name}_");
        assert_eq!(WeChatError::from_name(&longer), None);
        let lower = name.to_lowercase();
        if lower != name {
            assert_eq!(WeChatError::from_name(&lower), None);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// From, TryFrom, FromStr

#[test]
fn from_enum_for_repr() {
    for &(e, code, ..) in WECHAT {
        assert_eq!(i32::from(e), code);
        let into: i32 = e.into();
        assert_eq!(into, code);
    }
}

#[test]
fn try_from_repr() {
    assert!(WeChatError::try_from(40001) == Ok(WeChatError::InvalidCredential));
    assert_eq!(
        WeChatError::try_from(40001),
        Ok(WeChatError::InvalidCredential)
    );
    for &(e, code, ..) in WECHAT {
        assert_eq!(WeChatError::try_from(code), Ok(e));
        let via: Result<WeChatError, _> = code.try_into();
        assert_eq!(via, Ok(e));
    }
    let err = WeChatError::try_from(12345).unwrap_err();
    assert_eq!(err, UnknownCode::new(12345, "WeChatError"));
    assert_eq!(err.code(), 12345);
    assert_eq!(err.table(), "WeChatError");
    assert_eq!(err.to_string(), "12345 is not a WeChatError code");
    let err: UnknownCode<i32> = TaskState::try_from(-7).unwrap_err();
    assert_eq!(err.code(), -7);
    assert_eq!(err.table(), "TaskState");
    assert_eq!(err.clone(), err);
    assert!(err.source().is_none());
    let boxed: Box<dyn Error> = Box::new(err);
    assert_eq!(boxed.to_string(), "-7 is not a TaskState code");
}

#[test]
fn try_from_misses_agree_with_from_code() {
    // Every value from -5 to 50 000; under Miri, which interprets each lookup some ten thousand
    // times slower (scripts/miri.sh), every 97th and the table's codes.
    let step = if cfg!(miri) { 97 } else { 1 };
    let codes = WECHAT.iter().map(|row| row.1);
    for code in (-5..50_000).step_by(step).chain(codes) {
        assert_eq!(
            WeChatError::try_from(code).ok(),
            WeChatError::from_code(code),
            "{code}"
        );
    }
}

#[test]
fn from_str() {
    for &(e, _, name, ..) in WECHAT {
        assert_eq!(name.parse::<WeChatError>(), Ok(e));
        assert_eq!(WeChatError::from_str(name), Ok(e));
    }
    let err = "invalid_credential".parse::<WeChatError>().unwrap_err();
    assert_eq!(err, UnknownName::new("invalid_credential", "WeChatError"));
    assert_eq!(err.name(), "invalid_credential");
    assert_eq!(err.table(), "WeChatError");
    assert_eq!(
        err.to_string(),
        "`invalid_credential` is not a WeChatError name"
    );
    let err = "".parse::<TaskState>().unwrap_err();
    assert_eq!(err.name(), "");
    assert_eq!(err.table(), "TaskState");
    assert_eq!(err.clone(), err);
    let boxed: Box<dyn Error + Send + Sync> = Box::new(err);
    assert_eq!(boxed.to_string(), "`` is not a TaskState name");
}

#[test]
fn round_trips() {
    for &e in WeChatError::ALL {
        assert_eq!(WeChatError::from_code(e.code()), Some(e));
        assert_eq!(WeChatError::from_name(e.name()), Some(e));
        assert_eq!(WeChatError::try_from(i32::from(e)), Ok(e));
        assert_eq!(e.name().parse::<WeChatError>(), Ok(e));
        assert_eq!(WeChatError::from_code(e as i32), Some(e));
    }
    for &e in TaskState::ALL {
        assert_eq!(TaskState::from_code(e.code()), Some(e));
        assert_eq!(TaskState::from_name(e.name()), Some(e));
    }
}

// ---------------------------------------------------------------------------------------------
// Display, Debug, Error

#[test]
fn display_shows_code_and_message() {
    for &(e, code, _, message, _) in WECHAT {
        assert_eq!(e.to_string(), format!("{code}: {message}"));
        assert_eq!(format!("{e}"), format!("{}: {}", e.code(), e.message()));
    }
    assert_eq!(
        WeChatError::SystemBusy.to_string(),
        "-1: 系统繁忙，此时请开发者稍候再试"
    );
    assert_eq!(TaskState::None.to_string(), "0: 无");
}

#[test]
fn debug_is_the_variant_name() {
    for &(e, _, _, _, variant) in WECHAT {
        assert_eq!(format!("{e:?}"), variant);
        assert_eq!(format!("{e:#?}"), variant);
    }
    assert_eq!(format!("{:?}", TaskState::None), "None");
    assert_eq!(format!("{:?}", TaskState::TaskPause), "TaskPause");
    assert_eq!(format!("{:?}", WeChatError::from_code(0)), "Some(Ok)");
    assert_eq!(
        format!("{:?}", [WeChatError::SystemBusy, WeChatError::MissingAppid]),
        "[SystemBusy, MissingAppid]"
    );
}

#[test]
fn is_a_std_error() {
    fn takes_error<E: Error + Send + Sync + 'static>(e: E) -> Box<dyn Error + Send + Sync> {
        Box::new(e)
    }
    let boxed = takes_error(WeChatError::InvalidCredential);
    assert!(boxed.source().is_none());
    assert_eq!(
        boxed.to_string(),
        "40001: 获取 access_token 时 AppSecret 错误，或者 access_token 无效"
    );
    assert_eq!(
        boxed.downcast_ref::<WeChatError>(),
        Some(&WeChatError::InvalidCredential)
    );
    // `?` converts it into a boxed error.
    fn fails() -> Result<(), Box<dyn Error>> {
        Err(WeChatError::MissingAppid)?;
        Ok(())
    }
    assert_eq!(fails().unwrap_err().to_string(), "41002: 缺少 appid 参数");
}

// ---------------------------------------------------------------------------------------------
// Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord

#[test]
fn copy_and_clone() {
    fn is_copy<T: Copy>() {}
    is_copy::<WeChatError>();
    let a = WeChatError::Ok;
    let b = a;
    #[allow(clippy::clone_on_copy)]
    let c = a.clone();
    assert_eq!(a, b);
    assert_eq!(a, c);
}

#[test]
fn equality() {
    for (i, &a) in WeChatError::ALL.iter().enumerate() {
        for (j, &b) in WeChatError::ALL.iter().enumerate() {
            assert_eq!(a == b, i == j, "{a:?} {b:?}");
            assert_eq!(a != b, i != j);
        }
    }
}

#[test]
fn ordering_is_by_code() {
    for &a in WeChatError::ALL {
        for &b in WeChatError::ALL {
            assert_eq!(a.cmp(&b), a.code().cmp(&b.code()), "{a:?} {b:?}");
            assert_eq!(a.partial_cmp(&b), Some(a.code().cmp(&b.code())));
            assert_eq!(a < b, a.code() < b.code());
        }
    }
    let mut sorted = WeChatError::ALL.to_vec();
    sorted.sort();
    let codes: Vec<i32> = sorted.iter().map(|e| e.code()).collect();
    assert_eq!(
        codes,
        [-1, 0, 40001, 40002, 40003, 41001, 41002, 45009, 99999]
    );
    assert_eq!(
        WeChatError::SystemBusy.cmp(&WeChatError::Ok),
        Ordering::Less
    );
    assert_eq!(WeChatError::ALL.iter().max(), Some(&WeChatError::Last));
    assert_eq!(
        WeChatError::ALL.iter().min(),
        Some(&WeChatError::SystemBusy)
    );
    let set: BTreeSet<WeChatError> = WeChatError::ALL.iter().copied().collect();
    assert_eq!(set.into_iter().collect::<Vec<_>>(), sorted);
}

#[test]
fn hash_agrees_with_eq() {
    fn hash<T: Hash>(t: &T) -> u64 {
        let mut hasher = DefaultHasher::new();
        t.hash(&mut hasher);
        hasher.finish()
    }
    for &e in WeChatError::ALL {
        assert_eq!(hash(&e), hash(&WeChatError::from_code(e.code()).unwrap()));
    }
    let mut map = HashMap::new();
    for &e in WeChatError::ALL {
        map.insert(e, e.message());
    }
    assert_eq!(map.len(), WeChatError::COUNT);
    for &(e, _, _, message, _) in WECHAT {
        assert_eq!(map[&e], message);
    }
}

#[test]
fn is_send_sync_static() {
    fn check<T: Send + Sync + Unpin + 'static>() {}
    check::<WeChatError>();
    check::<TaskState>();
    check::<UnknownCode<i32>>();
    check::<UnknownName>();
}

// ---------------------------------------------------------------------------------------------
// codetable::Code from generic code

fn describe<C: Code>(code: codetable::CodeInput<'_, C>) -> String {
    match C::from_code(code) {
        Some(found) => format!("{}::{} ({found:?}) = {found}", C::TABLE, found.name()),
        None => format!("{code} is not in {}", C::TABLE),
    }
}

fn every_row<C: Code>() -> Vec<(codetable::CodeInput<'static, C>, &'static str, &'static str)> {
    C::iter()
        .map(|c| (c.code(), c.name(), c.message()))
        .collect()
}

fn check_round_trips<C: Code>() -> usize {
    for c in C::iter() {
        assert_eq!(C::from_code(c.code()), Some(c));
        assert_eq!(C::from_name(c.name()), Some(c));
        assert_eq!(c.to_string(), format!("{}: {}", c.code(), c.message()));
    }
    let mut sorted: Vec<C> = C::iter().collect();
    sorted.sort();
    assert!(sorted.windows(2).all(|w| w[0].code() < w[1].code()));
    C::COUNT
}

#[test]
fn code_trait_from_generic_code() {
    assert_eq!(<WeChatError as Code>::TABLE, "WeChatError");
    assert_eq!(<TaskState as Code>::TABLE, "TaskState");
    assert!(<WeChatError as Code>::iter().eq(WeChatError::ALL.iter().copied()));
    assert!(WeChatError::iter()
        .rev()
        .eq(WeChatError::ALL.iter().rev().copied()));
    assert_eq!(<WeChatError as Code>::COUNT, WeChatError::ALL.len());
    assert_eq!(
        describe::<WeChatError>(40001),
        "WeChatError::INVALID_CREDENTIAL (InvalidCredential) = 40001: 获取 access_token 时 AppSecret 错误，或者 access_token 无效"
    );
    assert_eq!(describe::<WeChatError>(7), "7 is not in WeChatError");
    assert_eq!(
        describe::<TaskState>(1),
        "TaskState::TaskPause (TaskPause) = 1: 任务暂停"
    );
    let rows = every_row::<WeChatError>();
    let expected: Vec<(i32, &str, &str)> = WECHAT.iter().map(|r| (r.1, r.2, r.3)).collect();
    assert_eq!(rows, expected);
    assert_eq!(check_round_trips::<WeChatError>(), 9);
    assert_eq!(check_round_trips::<TaskState>(), 4);
    assert_eq!(check_round_trips::<Keywords>(), 13);
    assert_eq!(check_round_trips::<Spellings>(), 9);
    assert_eq!(
        <WeChatError as Code>::from_name("OK"),
        Some(WeChatError::Ok)
    );
    assert_eq!(<WeChatError as Code>::from_name("Ok"), None);
    assert_eq!(Code::code(WeChatError::MissingAppid), 41002);
    assert_eq!(Code::name(WeChatError::MissingAppid), "MISSING_APPID");
    assert_eq!(Code::message(WeChatError::MissingAppid), "缺少 appid 参数");
    // The repr widens for comparisons across tables.
    assert_eq!(i128::from(WeChatError::SystemBusy.code()), -1);
}

#[test]
fn code_trait_objects_of_different_tables() {
    fn boxed<C: Code>(c: C) -> Box<dyn Error> {
        Box::new(c)
    }
    let errors = [
        boxed(WeChatError::Ok),
        boxed(TaskState::Ok),
        boxed(Keywords::Type),
    ];
    let shown: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(
        shown,
        ["0: 请求成功", "3: 好", "1: a keyword as a wire name"]
    );
}

// ---------------------------------------------------------------------------------------------
// const evaluation

const FOUND: Option<WeChatError> = WeChatError::from_code(40001);
const MISSED: Option<WeChatError> = WeChatError::from_code(40004);
const NAME: &str = WeChatError::InvalidCredential.name();
const MESSAGE: &str = WeChatError::MissingAppid.message();
const CODE: i32 = WeChatError::SystemBusy.code();
const COUNT: usize = WeChatError::COUNT;
const FIRST: WeChatError = WeChatError::ALL[0];
const LAST_NAME: &str = WeChatError::ALL[WeChatError::COUNT - 1].name();
const TASK: Option<TaskState> = TaskState::from_code(1);
const ARRAY: [i32; WeChatError::COUNT] = {
    let mut codes = [0; WeChatError::COUNT];
    let mut i = 0;
    while i < WeChatError::COUNT {
        codes[i] = WeChatError::ALL[i].code();
        i += 1;
    }
    codes
};
const _: () = assert!(WeChatError::Ok.code() == 0);
const _: () = assert!(WeChatError::from_code(41001).is_some());
const _: () = assert!(WeChatError::from_code(41000).is_none());
const _: () = assert!(WeChatError::COUNT == 9);

#[test]
fn const_fns_in_const_context() {
    assert_eq!(FOUND, Some(WeChatError::InvalidCredential));
    assert_eq!(MISSED, None);
    assert_eq!(NAME, "INVALID_CREDENTIAL");
    assert_eq!(MESSAGE, "缺少 appid 参数");
    assert_eq!(CODE, -1);
    assert_eq!(COUNT, 9);
    assert_eq!(FIRST, WeChatError::SystemBusy);
    assert_eq!(LAST_NAME, "LAST");
    assert_eq!(TASK, Some(TaskState::TaskPause));
    let expected: Vec<i32> = WECHAT.iter().map(|row| row.1).collect();
    assert_eq!(ARRAY.as_slice(), expected.as_slice());
    const KEYWORD: &str = Keywords::Type.name();
    assert_eq!(KEYWORD, "type");
    static STATIC_NAME: &str = WeChatError::Ok.name();
    assert_eq!(STATIC_NAME, "OK");
}

#[test]
fn raw_table_names_are_shown_without_r_hash() {
    codetable::define_codes! {
        enum r#Status {
            1 => ONE, "one",
        }
    }
    assert_eq!(<Status as codetable::Code>::TABLE, "Status");
    assert_eq!(
        Status::try_from(5).unwrap_err().to_string(),
        "5 is not a Status code"
    );
}

/// An unknown name is kept whole, whether it fits in place or not, and compares by its text.
#[test]
fn unknown_names_of_any_length_are_kept() {
    let short = "NOT_A_ROW";
    let long = "NOT_A_ROW_WITH_A_NAME_LONGER_THAN_THIRTY_TWO_BYTES_中文";
    for name in [short, long, "", "三十二字节的名字三十二字节的名字三"] {
        let error = name.parse::<WeChatError>().unwrap_err();
        assert_eq!(error.name(), name);
        assert_eq!(error, codetable::UnknownName::new(name, "WeChatError"));
        assert_eq!(
            error.to_string(),
            format!("`{name}` is not a WeChatError name")
        );
    }
}

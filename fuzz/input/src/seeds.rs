//! The tables mutations start from: the bodies of the `codetable::define_codes! { .. }` of the five
//! seed tables, and small tables written here for what they lack (reprs at their extremes,
//! every column type, defaults, half-open and nested ranges, keyword and unicode names).

use proc_macro2::{TokenStream, TokenTree};
use std::str::FromStr;

/// The sources of the real tables, each a `define_codes!` invocation among Rust items.
const SOURCES: [&str; 5] = [
    include_str!("../../../seeds/src/dsp.rs"),
    include_str!("../../../seeds/src/legacy_cos.rs"),
    include_str!("../../../seeds/src/daemon.rs"),
    include_str!("../../../seeds/src/pcs.rs"),
    include_str!("../../../seeds/src/cos_v4.rs"),
];

/// Tables written for the fuzzer.
const WRITTEN: &[&str] = &[
    // The README's and the crate page's example: sections, a reserved range, a negative code.
    r#"
    /// 公众号全局返回码
    #[repr(i32)]
    pub enum WeChatError in -1..=99999 {
        -1 => SYSTEM_BUSY, "系统繁忙，此时请开发者稍候再试",
        0 => OK, "请求成功",
        40001 => INVALID_CREDENTIAL, "获取 access_token 时 AppSecret 错误",
        41000..=41999 => Missing, "缺少参数" {
            41001 => MISSING_ACCESS_TOKEN, "缺少 access_token 参数",
        },
        60000..=69999 => reserved, "保留段，不得使用",
    }
    pub enum TaskState { 0 => None, "无", 1 => TaskPause, "任务暂停" }
    "#,
    // Every column type, defaults and options.
    r#"
    #[derive(serde::Serialize)]
    #[non_exhaustive]
    pub(crate) enum Typed(
        /// The HTTP status.
        http: u16 = 500,
        en: &'static str,
        retry: bool = false,
        weight: f64 = 1.5,
        ratio: Option<f32>,
        grade: char = 'a',
        delta: i8 = -128,
        big: Option<u128>,
        size: usize = 0,
    ) in 0..1000 {
        0 => OK, "fine", en = "ok", http = 200,
        1 => RETRY, "again", en = "retry", retry = true, ratio = 0.25,
        2 => _, "nameless", en = "", big = 340282366920938463463374607431768211455,
        10..20 => Client, "client" {
            10 => BAD, "bad", en = "bad", grade = '\u{1F600}', weight = -1e300,
            11..=12 => Inner, "inner" { 11 => INNER, "inner \"quoted\" \\ back", en = "x" }
            15..=19 => reserved,
        }
    }
    "#,
    // Reprs at their extremes.
    r#"
    #[repr(i64)]
    enum Wide { -9223372036854775808 => MIN, "min", 9223372036854775807 => MAX, "max", 0 => ZERO, "zero" }
    #[repr(u64)]
    enum Unsigned in 0..=18446744073709551615 { 18446744073709551615 => MAX, "max", 0 => _, "zero", 1 => _, "one" }
    #[repr(i8)]
    enum Tiny in -128..128 { -128 => LOW, "low", 127 => HIGH, "high", -1 => _, "minus one" }
    #[repr(u8)]
    enum Byte { 0 => A, "a", 1 => B, "b", 2 => C, "c", 255 => Z, "z" }
    "#,
    // Names: keywords, raw identifiers, unicode, leading underscores, sparse codes.
    r#"
    #[repr(u32)]
    pub enum Names {
        1 => type, "keyword",
        2 => r#match, "raw",
        3 => 错误, "unicode",
        4 => _PRIVATE, "underscore",
        4000000000 => FAR, "far",
        70 => FooBar, "camel",
        71 => self_, "self",
    }
    "#,
];

/// Every seed's tokens.
pub fn all() -> Vec<TokenStream> {
    let mut seeds: Vec<TokenStream> = SOURCES.iter().map(|source| body(source)).collect();
    seeds.extend(
        WRITTEN
            .iter()
            .map(|table| TokenStream::from_str(table).expect("a written seed lexes")),
    );
    seeds
}

/// The tokens inside `define_codes! { .. }` in a seed's source.
pub fn body(source: &str) -> TokenStream {
    let tokens: Vec<TokenTree> = TokenStream::from_str(source)
        .expect("a seed's source lexes")
        .into_iter()
        .collect();
    tokens
        .windows(3)
        .find_map(|window| match window {
            [TokenTree::Ident(ident), TokenTree::Punct(bang), TokenTree::Group(group)]
                if ident == "define_codes" && bang.as_char() == '!' =>
            {
                Some(group.stream())
            }
            _ => None,
        })
        .expect("a seed's source has a `define_codes!`")
}

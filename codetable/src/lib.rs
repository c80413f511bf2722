//! Error-code tables from API documentation as checked, fast Rust enums: paste the rows into
//! [`define_codes!`] and the compiler rejects duplicate codes and names, codes that do not fit
//! the table's type or range, and codes in reserved ranges, pointing at the rows.
//!
//! ```sh
//! cargo add codetable
//! ```
//!
//! ```
//! codetable::define_codes! {
//!     /// 公众号全局返回码
//!     #[repr(i32)]
//!     pub enum WeChatError in -1..=99999 {
//!         -1 => SYSTEM_BUSY, "系统繁忙，此时请开发者稍候再试",
//!         0 => OK, "请求成功",
//!         40001 => INVALID_CREDENTIAL, "获取 access_token 时 AppSecret 错误，或者 access_token 无效",
//!         41000..=41999 => Missing, "缺少参数" {
//!             41001 => MISSING_ACCESS_TOKEN, "缺少 access_token 参数",
//!         },
//!         60000..=69999 => reserved, "保留段，不得使用",
//!     }
//! }
//!
//! let e = WeChatError::try_from(41001)?;                      // WeChatError::MissingAccessToken
//! assert_eq!((e.name(), e as i32), ("MISSING_ACCESS_TOKEN", 41001));
//! assert_eq!(e.category(), Some(WeChatErrorCategory::Missing));
//! assert_eq!(e.to_string(), "41001: 缺少 access_token 参数");  // Display
//! assert_eq!(WeChatError::from_name("OK"), Some(WeChatError::Ok));
//! # Ok::<(), codetable::UnknownCode>(())
//! ```
//!
//! Each table becomes an enum whose discriminants are its codes, with `const` lookups by code
//! and by name, messages, sections, `Display`, `Error`, `TryFrom`, `FromStr`, and the [`Code`]
//! trait for generic code; it builds without `std` or an allocator. A row written twice, or a
//! code outside its range, is a compile error at the row:
//!
//! ```text
//! error: code -61 is defined twice: `ERROR_PROXY_SIGN_BUCKET_NOTMATCH` has it already; remove one of the rows, or give it its own code
//!   --> src/errors.rs:39:9
//!    |
//! 39 |         -61 => ERROR_PROXY_INVALID_CMD_REQ, "非法的CMD请求",
//!    |         ^^^
//! ```
//!
//! # Guide
//!
//! - [Syntax](guide::syntax): the grammar of a table, rows without a message, hex codes,
//!   variant names, aliases, retired names, nameless rows, columns.
//! - [What the compiler catches](guide::errors), and where each error points.
//! - [What it generates](guide::generated_api): the enum's traits and items, the section
//!   enum, `MARKDOWN`, the rustdoc pages.
//! - [String codes](guide::string_codes), [messages in several languages](guide::languages),
//!   [messages with arguments](guide::arguments),
//!   [explanations and help links](guide::explained).
//! - [For SDKs](guide::sdks): codes a newer server sends, `#[non_exhaustive]` tables, serde;
//!   [serving over HTTP and gRPC](guide::serving) (axum, tonic);
//!   [features](guide::features) and `no_std`.
//! - [How it is fast](guide::performance), [why it is sound](guide::soundness),
//!   [versioning](guide::versioning).
//!
//! The `codes` command, in the crate [`codetable-cli`](https://docs.rs/crate/codetable-cli/latest)
//! (`cargo install codetable-cli`), writes tables from documentation pages and C headers
//! (`codes import`), exports them to JSON, Markdown, TypeScript, Go, Python, OpenAPI and HTML
//! (`codes export`), explains a code (`codes explain`) and tells whether a new version of a
//! table breaks its users (`codes diff`).
#![no_std]
#![deny(missing_docs)]
// docs.rs builds with `--cfg docsrs` on nightly (`[package.metadata.docs.rs]`): each item behind
// a feature then says which.
#![cfg_attr(docsrs, feature(doc_cfg))]
// What little `unsafe` the runtime needs is `codetable-shared`'s, behind the contracts of its
// `unsafe fn`s; the code the macro generates is the user's crate's, not this one's.
#![forbid(unsafe_code)]

#[cfg(feature = "alloc")]
extern crate alloc;

mod args;
#[cfg(feature = "axum")]
pub mod axum;
mod classify;
mod code;
mod code_message;
mod disjoint;
mod features;
pub mod guide;
// The README's example runs as a doc test (the README is not part of the docs: the crate page
// above and `guide` are).
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeExample;
#[cfg(feature = "http")]
pub mod http;
mod or_unknown;
#[cfg(feature = "serde")]
pub mod serde;
#[cfg(feature = "tonic")]
pub mod tonic;
mod unknown;

// Named with the version: see `private.rs`. The macro writes `codetable_pipeline`'s version,
// which is this crate's.
#[doc(hidden)]
#[path = "private.rs"]
pub mod __private_0_1_0;
#[cfg(feature = "http")]
#[doc(hidden)]
pub use ::http as __http;
#[cfg(feature = "tonic")]
#[doc(hidden)]
pub use ::tonic as __tonic;
#[cfg(feature = "axum")]
#[doc(hidden)]
pub use axum_core as __axum_core;
#[doc(hidden)]
pub use disjoint::support as __disjoint;
#[cfg(feature = "serde")]
#[doc(hidden)]
pub use serde_core as __serde_core;

pub use args::{Arg, Built, HasArgs, Language, Shown, WithArgs};
pub use classify::{Classified, NoCategory, ReservedRange};
pub use code::{Code, CodeInput, Iter, Repr};
pub use code_message::CodeMessage;
pub use or_unknown::OrUnknown;
pub use unknown::{KeptText, UnknownCode, UnknownName};

/// Defines error-code tables: each an enum whose discriminants are its codes, with const
/// lookups by code and by name, messages, sections and conversions.
///
/// ```
/// codetable::define_codes! {
///     /// The API's codes.
///     #[repr(u16)]
///     pub enum ApiError {
///         40001 => INVALID_CREDENTIAL, "invalid credential",
///         40002 => INVALID_GRANT_TYPE, "invalid grant type",
///     }
/// }
///
/// assert_eq!(ApiError::from_code(40001), Some(ApiError::InvalidCredential));
/// assert_eq!(ApiError::InvalidGrantType.message(), "invalid grant type");
/// ```
///
/// # Reference
///
/// ```text
/// /// docs, #[attributes]                      go to the enum
/// #[repr(u16)]                                 the code type, i8 … u64 (i32 when absent)
/// #[codetable(strip_prefix = "E_", languages(en, zh), hex, help_url = "…/{code}")]
/// pub enum Name(column: type = default, …) in LOW..=HIGH {
///     CODE => NAME, "message",                 a row (`_` for a nameless one)
///     CODE => NAME as Variant, "message", column = value, zh = "…", help_url = "…",
///     CODE => NAME(arg: &str), "message with {arg}",
///     LOW..=HIGH => Section, "message" { … },  a section ("PREFIX" for string codes)
///     LOW..=HIGH => reserved, "why",           codes no row may take
///     ALIAS = NAME,                            another wire name of a row
///     OLD_NAME => retired, "why",              a wire name no row may take
/// }
/// ```
///
/// In full: [syntax](crate::guide::syntax), [the errors it reports](crate::guide::errors),
/// [the API it generates](crate::guide::generated_api); the [guide](crate::guide) has the
/// rest (string codes, languages, arguments, help links, SDKs, serving, features).
///
/// A `macro_rules!` front for the proc macro: it hands the proc macro `$crate`, the path of
/// this crate as the calling crate reaches it, so that the generated code works when the
/// dependency is renamed and when another crate re-exports this macro.
#[macro_export]
macro_rules! define_codes {
    ($($tables:tt)*) => {
        $crate::__private_0_1_0::define_codes! { [$crate] $($tables)* }
    };
}

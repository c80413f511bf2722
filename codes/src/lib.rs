//! Error-code tables as checked, fast Rust enums.
//!
//! Paste the table from an API's documentation into [`define_codes!`]: the compiler rejects
//! duplicate codes and names, codes that do not fit the table's integer type or range, and
//! codes inside reserved ranges, pointing at the rows. Each table becomes an enum whose
//! discriminants are the codes, with const lookups by code and name, its messages, Display,
//! Error and the [`Code`] trait that generic code can take.
//!
//! ```
//! codes::define_codes! {
//!     /// Global return codes of the API.
//!     pub enum ApiError in -1..=99999 {
//!         -1 => SYSTEM_BUSY, "系统繁忙，此时请开发者稍候再试",
//!         0 => OK, "请求成功",
//!         40001 => INVALID_CREDENTIAL, "AppSecret 错误，或者 access_token 无效",
//!     }
//! }
//!
//! let e = ApiError::from_code(40001).unwrap();
//! assert_eq!(e, ApiError::InvalidCredential);
//! assert_eq!(e.name(), "INVALID_CREDENTIAL");
//! assert_eq!(e as i32, 40001);
//! assert_eq!(e.to_string(), "40001: AppSecret 错误，或者 access_token 无效");
//! assert_eq!("SYSTEM_BUSY".parse(), Ok(ApiError::SystemBusy));
//! ```
//!
//! The full syntax, the mistakes the compiler catches and the generated API are described in
//! the README.
#![no_std]
#![deny(missing_docs)]
// What little `unsafe` the runtime needs is `codes-shared`'s, behind the contracts of its
// `unsafe fn`s; the code the macro generates is the user's crate's, not this one's.
#![forbid(unsafe_code)]

#[cfg(feature = "alloc")]
extern crate alloc;

mod code;
mod disjoint;
mod features;
mod or_unknown;
#[cfg(feature = "serde")]
pub mod serde;
mod unknown;

// Named with the version: see `private.rs`. The macro writes `codes_pipeline`'s version,
// which is this crate's.
#[doc(hidden)]
#[path = "private.rs"]
pub mod __private_0_1_0;
#[doc(hidden)]
pub use disjoint::support as __disjoint;
#[cfg(feature = "serde")]
#[doc(hidden)]
pub use serde_core as __serde_core;

pub use code::{Code, Iter, Repr};
pub use or_unknown::OrUnknown;
pub use unknown::{UnknownCode, UnknownName};

/// Turns error-code tables into enums; see the [crate documentation](crate).
///
/// ```text
/// INPUT       := TABLE*
/// TABLE       := OUTER_ATTR* VIS enum IDENT COLUMNS? (in RANGE)? { ITEM,* }
/// COLUMNS     := ( COLUMN_DECL,* )
/// COLUMN_DECL := OUTER_ATTR* IDENT : TYPE (= VALUE)?
/// ITEM        := ROW | SECTION | RESERVED
/// ROW         := OUTER_ATTR* CODE => NAME , "MESSAGE" (, IDENT = VALUE)*
/// SECTION     := OUTER_ATTR* RANGE => IDENT , "MESSAGE" { ITEM,* }
/// RESERVED    := RANGE => reserved (, "MESSAGE")?
/// CODE        := -? INTEGER_LITERAL
/// RANGE       := CODE ..= CODE  |  CODE .. CODE
/// NAME        := IDENT | _
/// VALUE       := -? LITERAL
/// ```
///
/// A row named `_` has no wire name: its variant is `Code` and the code's digits, with
/// `Minus` before them for a negative code (`-5999 => _` gives `CodeMinus5999`), and its
/// `name()` is that variant's name. Columns are typed (an integer or float type, `bool`,
/// `char`, `&'static str`, or `Option` of one) and each becomes a `const fn` accessor:
///
/// ```
/// codes::define_codes! {
///     pub enum PcsError(http: u16, en: &'static str, retryable: bool = false) {
///         31021 => NETWORK_ERROR, "网络错误", http = 503, en = "network error", retryable = true,
///         31023 => _, "输入参数错误", http = 400, en = "param error",
///     }
/// }
///
/// assert_eq!(PcsError::NetworkError.http(), 503);
/// assert_eq!(PcsError::Code31023.en(), "param error");
/// assert!(!PcsError::Code31023.retryable());
/// ```
pub use codes_macro::define_codes;

// The README's examples are tested with the crate's.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeExamples;

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

extern crate alloc;

mod code;
mod unknown;

#[doc(hidden)]
pub mod __private;

pub use code::{Code, Iter, Repr};
pub use unknown::{UnknownCode, UnknownName};

/// Turns error-code tables into enums; see the [crate documentation](crate).
///
/// ```text
/// INPUT    := TABLE*
/// TABLE    := OUTER_ATTR* VIS enum IDENT (in RANGE)? { ITEM,* }
/// ITEM     := ROW | SECTION | RESERVED
/// ROW      := OUTER_ATTR* CODE => NAME , "MESSAGE"
/// SECTION  := OUTER_ATTR* RANGE => IDENT , "MESSAGE" { ITEM,* }
/// RESERVED := RANGE => reserved (, "MESSAGE")?
/// CODE     := -? INTEGER_LITERAL
/// RANGE    := CODE ..= CODE  |  CODE .. CODE
/// ```
pub use codes_macro::define_codes;

// The README's examples are tested with the crate's.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeExamples;

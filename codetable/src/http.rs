//! HTTP statuses, with the `http` feature: a column named `http` may have the type
//! `http::StatusCode`, written as an integer in each row and checked to be a status
//! (100..=999) at compile time, and every table with an `http` column, of that type or `u16`,
//! implements [`HttpStatus`].
//!
//! ```
//! use codetable::http::HttpStatus;
//! use http::StatusCode;
//!
//! codetable::define_codes! {
//!     /// API errors.
//!     pub enum ApiError(http: StatusCode) {
//!         40001 => INVALID_TOKEN, "无效的令牌", http = 401,
//!         50001 => BACKEND_DOWN, "后端不可用", http = 503,
//!     }
//! }
//!
//! const STATUS: StatusCode = ApiError::InvalidToken.http();
//! assert_eq!(STATUS, StatusCode::UNAUTHORIZED);
//! assert_eq!(ApiError::BackendDown.http_status(), StatusCode::SERVICE_UNAVAILABLE);
//! ```

use crate::Code;
use ::http::StatusCode;

/// A table whose rows carry the HTTP status a server answers with: a table with an `http`
/// column, of type `http::StatusCode`, `u16`, or an `Option` of one.
///
/// `define_codes!` implements it; generic code (the `axum` feature's responses among it)
/// takes any such table through it.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no `http` column: it cannot answer an HTTP request",
    label = "a table without an `http` column",
    note = "give the table an `http` column of type `u16` or `http::StatusCode`, \
            `enum {Self}(http: u16)`, and each row its status, `, http = 404`"
)]
pub trait HttpStatus: Code {
    /// Whether the table answers HTTP requests with RFC 9457 problem details
    /// (`#[codetable(problem_json)]`), with the `axum` feature.
    const PROBLEM_JSON: bool = false;

    /// The row's status: its `http` column, or 500 Internal Server Error where that gives no
    /// status (a `u16` below 100 or above 999, or `None`).
    fn http_status(self) -> StatusCode;
}

/// The status of a number the macro checked to be 100..=999: the accessor of a column of type
/// `http::StatusCode` returns it. 500 for any other number, which the macro never passes.
#[doc(hidden)]
#[inline]
pub const fn status(code: u16) -> StatusCode {
    match StatusCode::from_u16(code) {
        Ok(status) => status,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// The status of a row's `http` column, whatever its type: [`HttpStatus::http_status`] of
/// every table.
#[doc(hidden)]
#[inline]
pub const fn status_or_500(code: Option<u16>) -> StatusCode {
    match code {
        Some(code) => status(code),
        None => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

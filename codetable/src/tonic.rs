//! gRPC statuses, with the `tonic` feature (which needs Rust 1.88, as tonic does): a column
//! named `grpc` may have the type `tonic::Code`, written in each row as a variant's name
//! (`NotFound`) or its number and checked at compile time, and every table with a `grpc`
//! column converts into `tonic::Status` and back.
//!
//! The status carries the table's code as google.rpc's `ErrorInfo` does: its `reason` is the
//! wire name, its `domain` the table's name, and its metadata `{"code": "<code>"}`; a client
//! reading the status back with `Table::try_from(&status)` gets the row, and with
//! [`OrUnknown`] keeps a code of the table's domain that its version of the table lacks.
//!
//! ```
//! use codetable::OrUnknown;
//!
//! codetable::define_codes! {
//!     /// API errors.
//!     pub enum ApiError(grpc: tonic::Code) {
//!         40001 => INVALID_TOKEN, "无效的令牌", grpc = Unauthenticated,
//!         40401 => NO_SUCH_FILE, "文件不存在", grpc = NotFound,
//!     }
//! }
//!
//! // The server's side: `Err(ApiError::NoSuchFile.into())` in a service.
//! let status = tonic::Status::from(ApiError::NoSuchFile);
//! assert_eq!(status.code(), tonic::Code::NotFound);
//! assert_eq!(status.message(), "文件不存在");
//!
//! // The client's.
//! assert_eq!(ApiError::try_from(&status), Ok(ApiError::NoSuchFile));
//! assert_eq!(OrUnknown::<ApiError>::try_from(&status), Ok(OrUnknown::Known(ApiError::NoSuchFile)));
//! let plain = tonic::Status::not_found("no such file");
//! assert!(ApiError::try_from(&plain).is_err());
//! ```
//!
//! Beside the `ErrorInfo`, the status carries google.rpc's `Help`, a link to the row's help URL
//! (`#[codetable(help_url = "..")]`, or the row's own), and a `LocalizedMessage` for each
//! language the row gives its message in, its locale the language's tag
//! ([`locale`]); [`StatusDetails`] reads them back.
//!
//! A table without a `grpc` column implements the conversions too, with a bound no such table
//! meets, so that asking them of one fails with the message that says so. For the same reason
//! a table cannot have conversions of its own to and from `tonic::Status` in a crate where
//! this feature is on.

use crate::code::sealed::Sealed;
use crate::{Code, OrUnknown};
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;
use tonic::Status;
use tonic_types::{ErrorDetail, ErrorInfo, Help, HelpLink, LocalizedMessage, StatusExt};

/// A table whose rows carry the code of the gRPC status a server answers with: a table with a
/// `grpc` column, of type `tonic::Code` or `Option<tonic::Code>`.
///
/// `define_codes!` implements it; the conversions of [`OrUnknown`] take any such table
/// through it.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no `grpc` column: it cannot be a gRPC status",
    label = "a table without a `grpc` column",
    note = "give the table a `grpc` column of type `tonic::Code`, \
            `enum {Self}(grpc: tonic::Code)`, and each row its code, `, grpc = NotFound`"
)]
pub trait GrpcStatus: Code {
    /// The row's gRPC code: its `grpc` column, or `Unknown` where an optional one is `None`.
    fn grpc_code(self) -> tonic::Code;
}

/// The metadata key of the code in the status's `ErrorInfo`.
pub const CODE_KEY: &str = "code";

/// The `tonic::Code` of a number the macro checked to be 0..=16: the accessor of a column of
/// type `tonic::Code` returns it.
#[doc(hidden)]
#[inline]
pub const fn code(number: i32) -> tonic::Code {
    tonic::Code::from_i32(number)
}

/// The code of a row's `grpc` column: [`GrpcStatus::grpc_code`] of every table.
#[doc(hidden)]
#[inline]
pub const fn code_or_unknown(number: Option<i32>) -> tonic::Code {
    match number {
        Some(number) => code(number),
        None => tonic::Code::Unknown,
    }
}

/// The status of a table's code: its gRPC code and message, and its `ErrorInfo`. What each
/// table's `From<Table> for tonic::Status` calls.
#[doc(hidden)]
pub fn status<E: GrpcStatus>(code: E) -> Status {
    Status::with_error_details_vec(code.grpc_code(), code.message(), details(code))
}

/// The table's code a status carries, or why it carries none. What each table's
/// `TryFrom<&tonic::Status>` calls.
#[doc(hidden)]
pub fn from_status<E: GrpcStatus>(status: &Status) -> Result<E, FromStatusError> {
    let code = OrUnknown::<E>::try_from(status)?;
    code.known()
        .ok_or_else(|| FromStatusError::new::<E>(Mismatch::UnknownCode(code.code().to_string())))
}

fn with_error_info<E: Code>(
    grpc: tonic::Code,
    message: impl Into<String>,
    reason: &str,
    code: impl fmt::Display,
) -> Status {
    Status::with_error_details_vec(grpc, message, [error_info::<E>(reason, code)])
}

fn error_info<E: Code>(reason: &str, code: impl fmt::Display) -> ErrorDetail {
    let metadata = [(CODE_KEY.to_string(), code.to_string())];
    ErrorDetail::ErrorInfo(ErrorInfo::new(reason, E::TABLE, metadata))
}

/// The details of a known code's status: its `ErrorInfo`; `Help`, a link to its help URL,
/// described as `Table NAME`, where it has one; and a `LocalizedMessage` per language the row
/// gives its message in.
fn details<E: Code>(code: E) -> Vec<ErrorDetail> {
    let mut details = Vec::with_capacity(2 + E::LANGUAGES.len());
    details.push(error_info::<E>(code.name(), code.code()));
    if let Some(url) = code.help_url() {
        let description = format!("{} {}", E::TABLE, code.name());
        details.push(ErrorDetail::Help(Help::new([HelpLink::new(
            description,
            url,
        )])));
    }
    for (index, tag) in E::LANGUAGES.iter().enumerate() {
        if let Some(message) = code.own_message_in(index) {
            details.push(ErrorDetail::LocalizedMessage(LocalizedMessage::new(
                locale(tag),
                message,
            )));
        }
    }
    details
}

/// A language's tag as a locale: the identifier's `_` as BCP 47's `-` (`zh_hant`: `zh-hant`).
pub fn locale(tag: &str) -> String {
    tag.replace('_', "-")
}

/// What a status of a table says of its code, read back from its details with
/// [`TryFrom<&Status>`](StatusDetails#impl-TryFrom<%26Status>-for-StatusDetails<E>): the code
/// (known to this version of the table or not), the help link, and the message in each
/// language the server gave: what an SDK shows for a code, a newer server's too.
///
/// ```
/// use codetable::tonic::StatusDetails;
///
/// codetable::define_codes! {
///     /// API errors.
///     #[codetable(languages(zh, en), help_url = "https://docs.example.com/errors#{code}")]
///     pub enum ApiError(grpc: tonic::Code) {
///         40401 => NO_SUCH_FILE, "文件不存在", en = "no such file", grpc = NotFound,
///     }
/// }
///
/// let status = tonic::Status::from(ApiError::NoSuchFile);
/// let details = StatusDetails::<ApiError>::try_from(&status).unwrap();
/// assert_eq!(details.code().known(), Some(ApiError::NoSuchFile));
/// assert_eq!(details.help_url(), Some("https://docs.example.com/errors#40401"));
/// assert_eq!(details.message_in("en"), Some("no such file"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusDetails<E: Code> {
    code: OrUnknown<E>,
    help_url: Option<String>,
    messages: Vec<(String, String)>,
}

impl<E: Code> StatusDetails<E> {
    /// The code.
    pub fn code(&self) -> &OrUnknown<E> {
        &self.code
    }

    /// The first link of the status's `Help`, if it has one.
    pub fn help_url(&self) -> Option<&str> {
        self.help_url.as_deref()
    }

    /// The messages of the status's `LocalizedMessage`s: (locale, message), in the order sent.
    pub fn messages(&self) -> &[(String, String)] {
        &self.messages
    }

    /// The message in `locale` (a tag of the table's, `zh_hant`, or a locale, `zh-hant`), if
    /// the status gives one.
    pub fn message_in(&self, locale: &str) -> Option<&str> {
        let wanted = self::locale(locale);
        self.messages
            .iter()
            .find(|(given, _)| given.eq_ignore_ascii_case(&wanted))
            .map(|(_, message)| message.as_str())
    }
}

/// The details of a status whose `ErrorInfo` is of the table's domain; an error for any other
/// status, as `OrUnknown::<Table>::try_from(&status)` says.
impl<E: Code> TryFrom<&Status> for StatusDetails<E>
where
    E: GrpcStatus,
{
    type Error = FromStatusError;

    fn try_from(status: &Status) -> Result<Self, FromStatusError> {
        let code = OrUnknown::<E>::try_from(status)?;
        let mut details = StatusDetails {
            code,
            help_url: None,
            messages: Vec::new(),
        };
        for detail in status.get_error_details_vec() {
            match detail {
                ErrorDetail::Help(help) if details.help_url.is_none() => {
                    details.help_url = help.links.into_iter().next().map(|link| link.url);
                }
                ErrorDetail::LocalizedMessage(message) => {
                    details.messages.push((message.locale, message.message));
                }
                _ => {}
            }
        }
        Ok(details)
    }
}

/// A known code as its row's status; an unknown one as `Unknown`, with the code in the
/// `ErrorInfo` (and no `reason`, which the table does not have): what a server passes on of a
/// code it did not know.
impl<E: GrpcStatus> From<OrUnknown<E>> for Status {
    fn from(code: OrUnknown<E>) -> Status {
        match code.known() {
            Some(known) => status(known),
            None => with_error_info::<E>(tonic::Code::Unknown, code.to_string(), "", code.code()),
        }
    }
}

/// The code of a status whose `ErrorInfo` is of the table's domain, known or not; an error
/// for any other status.
///
/// The code is read from the `ErrorInfo`'s metadata, else found by its `reason`, a wire name.
impl<E: GrpcStatus> TryFrom<&Status> for OrUnknown<E> {
    type Error = FromStatusError;

    fn try_from(status: &Status) -> Result<Self, FromStatusError> {
        let Some(info) = status.get_details_error_info() else {
            return Err(FromStatusError::new::<E>(Mismatch::NoErrorInfo));
        };
        if info.domain != E::TABLE {
            return Err(FromStatusError::new::<E>(Mismatch::OtherDomain(
                info.domain,
            )));
        }
        // The code as the metadata writes it: a number of the table's type, or a string code.
        if let Some(code) = info
            .metadata
            .get(CODE_KEY)
            .and_then(|code| E::Repr::parse(code))
        {
            return Ok(OrUnknown::from_code(code));
        }
        match E::from_name(&info.reason) {
            Some(known) => Ok(OrUnknown::Known(known)),
            None => Err(FromStatusError::new::<E>(Mismatch::NoCode)),
        }
    }
}

/// A `tonic::Status` that does not carry a code of the table: what `Table::try_from(&status)`
/// and `OrUnknown::<Table>::try_from(&status)` return for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FromStatusError {
    table: &'static str,
    mismatch: Mismatch,
}

/// How a status fails to carry a code of the table.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Mismatch {
    /// The status has no google.rpc `ErrorInfo`: it comes from something that is no table's,
    /// such as tonic's own statuses (a deadline, a connection lost).
    NoErrorInfo,
    /// Its `ErrorInfo` is of another domain, this one: another table's, or another service's.
    OtherDomain(String),
    /// Its `ErrorInfo` is of the table's domain, but gives neither a code of the table's type
    /// nor a wire name of the table.
    NoCode,
    /// A code of the table's domain that the table does not have (`OrUnknown` keeps it).
    UnknownCode(String),
}

impl FromStatusError {
    fn new<E: Code>(mismatch: Mismatch) -> FromStatusError {
        FromStatusError {
            table: E::TABLE,
            mismatch,
        }
    }

    /// The table the status was read as.
    pub fn table(&self) -> &'static str {
        self.table
    }

    /// How the status fails to carry one of its codes.
    pub fn mismatch(&self) -> &Mismatch {
        &self.mismatch
    }
}

impl fmt::Display for FromStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let table = self.table;
        match &self.mismatch {
            Mismatch::NoErrorInfo => write!(
                f,
                "the status carries no google.rpc.ErrorInfo, so no {table} code"
            ),
            Mismatch::OtherDomain(domain) => write!(
                f,
                "the status's ErrorInfo is of the domain `{domain}`, not `{table}`"
            ),
            Mismatch::NoCode => write!(
                f,
                "the status's ErrorInfo of `{table}` gives no {table} code or wire name"
            ),
            Mismatch::UnknownCode(code) => write!(f, "{code} is not a {table} code"),
        }
    }
}

impl core::error::Error for FromStatusError {}

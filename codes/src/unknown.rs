//! The errors of the conversions into a table: a code or a name the table does not have.

use alloc::string::String;
use core::fmt;

/// A code that is not in a table: the error of `TryFrom<Repr>` for every generated enum.
///
/// `R` is the table's code type (`i32` unless the table says `#[repr(T)]`).
///
/// ```
/// codes::define_codes! {
///     /// Task states.
///     pub enum TaskState {
///         0 => None, "无",
///     }
/// }
///
/// let err = TaskState::try_from(7).unwrap_err();
/// assert_eq!(err.code(), 7);
/// assert_eq!(err.to_string(), "7 is not a TaskState code");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownCode<R = i32> {
    code: R,
    table: &'static str,
}

impl<R> UnknownCode<R> {
    /// The error for `code`, which `table` (an enum's name) does not have.
    pub const fn new(code: R, table: &'static str) -> Self {
        UnknownCode { code, table }
    }

    /// The table's name, as written in `define_codes!`.
    pub const fn table(&self) -> &'static str {
        self.table
    }
}

impl<R: Copy> UnknownCode<R> {
    /// The code that was not found.
    pub const fn code(&self) -> R {
        self.code
    }
}

impl<R: fmt::Display> fmt::Display for UnknownCode<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is not a {} code", self.code, self.table)
    }
}

impl<R: fmt::Debug + fmt::Display> core::error::Error for UnknownCode<R> {}

/// A name that is not in a table: the error of `FromStr` for every generated enum.
///
/// ```
/// codes::define_codes! {
///     /// Task states.
///     pub enum TaskState {
///         0 => None, "无",
///     }
/// }
///
/// let err = "Paused".parse::<TaskState>().unwrap_err();
/// assert_eq!(err.name(), "Paused");
/// assert_eq!(err.to_string(), "`Paused` is not a TaskState name");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnknownName {
    name: String,
    table: &'static str,
}

impl UnknownName {
    /// The error for `name`, which `table` (an enum's name) does not have.
    pub fn new(name: &str, table: &'static str) -> Self {
        UnknownName {
            name: String::from(name),
            table,
        }
    }

    /// The name that was not found.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The table's name, as written in `define_codes!`.
    pub const fn table(&self) -> &'static str {
        self.table
    }
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a {} name", self.name, self.table)
    }
}

impl core::error::Error for UnknownName {}

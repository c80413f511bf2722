//! The errors of the conversions into a table: a code or a name the table does not have.

use core::fmt;

/// A code that is not in a table: the error of `TryFrom<Repr>` for every generated enum.
///
/// `R` is the table's code type (`i32` unless the table says `#[repr(T)]`).
///
/// ```
/// codetable::define_codes! {
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
/// codetable::define_codes! {
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
///
/// Without the `alloc` feature it keeps the name's first [`UnknownName::KEPT`] bytes (cut at a
/// character boundary), so that it needs no allocator.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct UnknownName {
    name: Kept,
    table: &'static str,
}

impl UnknownName {
    /// How many bytes of the name are kept without the `alloc` feature (with it, the whole
    /// name: in place up to this length, on the heap beyond).
    pub const KEPT: usize = 32;

    /// The error for `name`, which `table` (an enum's name) does not have.
    #[inline]
    pub fn new(name: &str, table: &'static str) -> Self {
        UnknownName {
            name: Kept::new(name),
            table,
        }
    }

    /// The name that was not found.
    pub fn name(&self) -> &str {
        self.name.as_str()
    }

    /// The table's name, as written in `define_codes!`.
    pub const fn table(&self) -> &'static str {
        self.table
    }
}

impl fmt::Debug for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnknownName")
            .field("name", &self.name())
            .field("table", &self.table)
            .finish()
    }
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a {} name", self.name(), self.table)
    }
}

impl core::error::Error for UnknownName {}

/// The name an [`UnknownName`] keeps: all of it with `alloc`.
/// The name an [`UnknownName`] keeps: its first `KEPT` bytes in place, and with `alloc` the
/// whole of a longer one on the heap. A miss of a typical name then allocates nothing, which
/// would cost `FromStr` more than the lookup itself.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Kept {
    Inline {
        bytes: [u8; UnknownName::KEPT],
        len: usize,
    },
    #[cfg(feature = "alloc")]
    Heap(alloc::boxed::Box<str>),
}

impl Kept {
    #[inline]
    fn new(name: &str) -> Kept {
        #[cfg(feature = "alloc")]
        if name.len() > UnknownName::KEPT {
            return Kept::Heap(name.into());
        }
        let mut len = name.len().min(UnknownName::KEPT);
        while !name.is_char_boundary(len) {
            len -= 1;
        }
        let mut bytes = [0; UnknownName::KEPT];
        bytes[..len].copy_from_slice(&name.as_bytes()[..len]);
        Kept::Inline { bytes, len }
    }

    fn as_str(&self) -> &str {
        match self {
            // Cut at a char boundary of a `&str` in `new`.
            Kept::Inline { bytes, len } => core::str::from_utf8(&bytes[..*len]).unwrap_or_default(),
            #[cfg(feature = "alloc")]
            Kept::Heap(name) => name,
        }
    }
}

//! The errors of the conversions into a table: a code or a name the table does not have.

use crate::Repr;
use core::fmt;

/// A code that is not in a table: the error of `TryFrom` from the table's code type (or from
/// `&str`, for a table of string codes) for every generated enum.
///
/// `R` is the table's code type (`i32` unless the table says `#[repr(T)]`; `&'static str` for
/// a table of string codes, whose unknown code is kept as a [`KeptText`]).
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
pub struct UnknownCode<R: Repr = i32> {
    code: R::Unknown,
    table: &'static str,
}

impl<R: Repr> UnknownCode<R> {
    /// The error for `code`, which `table` (an enum's name) does not have.
    pub fn new(code: R::Input<'_>, table: &'static str) -> Self {
        UnknownCode {
            code: R::keep(code),
            table,
        }
    }

    /// The table's name, as written in `define_codes!`.
    pub const fn table(&self) -> &'static str {
        self.table
    }

    /// The code that was not found.
    pub fn code(&self) -> R::Input<'_> {
        R::kept(&self.code)
    }
}

impl<R: Repr> Clone for UnknownCode<R> {
    fn clone(&self) -> Self {
        UnknownCode {
            code: self.code.clone(),
            table: self.table,
        }
    }
}

impl<R: Repr> Copy for UnknownCode<R> where R::Unknown: Copy {}

impl<R: Repr> PartialEq for UnknownCode<R> {
    fn eq(&self, other: &Self) -> bool {
        (&self.code, self.table) == (&other.code, other.table)
    }
}

impl<R: Repr> Eq for UnknownCode<R> {}

impl<R: Repr> core::hash::Hash for UnknownCode<R> {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        (&self.code, self.table).hash(state);
    }
}

impl<R: Repr> fmt::Debug for UnknownCode<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnknownCode")
            .field("code", &self.code)
            .field("table", &self.table)
            .finish()
    }
}

impl<R: Repr> fmt::Display for UnknownCode<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is not a {} code", self.code, self.table)
    }
}

impl<R: Repr> core::error::Error for UnknownCode<R> {}

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
    name: KeptText,
    table: &'static str,
}

impl UnknownName {
    /// How many bytes of the name are kept without the `alloc` feature (with it, the whole
    /// name: in place up to this length, on the heap beyond).
    pub const KEPT: usize = KeptText::IN_PLACE;

    /// The error for `name`, which `table` (an enum's name) does not have.
    #[inline]
    pub fn new(name: &str, table: &'static str) -> Self {
        UnknownName {
            name: KeptText::new(name),
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

/// A string kept from outside the program (an unknown name, an unknown string code): whole,
/// in place up to [`KeptText::IN_PLACE`] bytes and on the heap beyond with the `alloc`
/// feature; without it, its first `IN_PLACE` bytes, cut at a character boundary, so that no
/// allocator is needed. A miss of a typical name or code then allocates nothing.
///
/// Compared, ordered and hashed as its text, which it shows as it is.
#[derive(Clone)]
pub struct KeptText(Kept);

impl KeptText {
    /// How many bytes are kept in place; without the `alloc` feature, the most that are kept.
    pub const IN_PLACE: usize = 32;

    /// `text`, kept.
    #[inline]
    pub fn new(text: &str) -> KeptText {
        KeptText(Kept::new(text))
    }

    /// The text kept.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// Whether the text was cut to [`KeptText::IN_PLACE`] bytes (never with `alloc`).
    pub fn is_cut(&self) -> bool {
        matches!(self.0, Kept::Inline { cut: true, .. })
    }
}

impl PartialEq for KeptText {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for KeptText {}

impl PartialOrd for KeptText {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for KeptText {
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl core::hash::Hash for KeptText {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl fmt::Debug for KeptText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for KeptText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a [`KeptText`] holds.
#[derive(Clone)]
enum Kept {
    /// Up to `IN_PLACE` bytes; `cut` when the text was longer (without `alloc`).
    Inline {
        bytes: [u8; KeptText::IN_PLACE],
        len: usize,
        cut: bool,
    },
    #[cfg(feature = "alloc")]
    Heap(alloc::boxed::Box<str>),
}

impl Kept {
    #[inline]
    fn new(text: &str) -> Kept {
        #[cfg(feature = "alloc")]
        if text.len() > KeptText::IN_PLACE {
            return Kept::Heap(text.into());
        }
        let mut len = text.len().min(KeptText::IN_PLACE);
        while !text.is_char_boundary(len) {
            len -= 1;
        }
        let mut bytes = [0; KeptText::IN_PLACE];
        bytes[..len].copy_from_slice(&text.as_bytes()[..len]);
        Kept::Inline {
            bytes,
            len,
            cut: len < text.len(),
        }
    }

    fn as_str(&self) -> &str {
        match self {
            // Cut at a char boundary of a `&str` in `new`.
            Kept::Inline { bytes, len, .. } => {
                core::str::from_utf8(&bytes[..*len]).unwrap_or_default()
            }
            #[cfg(feature = "alloc")]
            Kept::Heap(text) => text,
        }
    }
}

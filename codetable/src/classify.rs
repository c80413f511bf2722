//! What a code of a table's type is to the table, rows or not: what an SDK needs of the codes
//! a server sends that its table lacks (MariaDB's client errors in the server table's reserved
//! range, X11's extension errors in a section of their own).

use crate::Code;

/// What a code of a table's type is to the table: [`Code::classify`], the generated enum's
/// `classify` (a `const fn`) and [`OrUnknown::classify`](crate::OrUnknown::classify) give it.
///
/// ```
/// use codetable::Classified;
///
/// codetable::define_codes! {
///     pub enum MariaDbError in 1000..=3999 {
///         1000..=1999 => Server, "server errors" {
///             1045 => ER_ACCESS_DENIED_ERROR, "Access denied",
///         },
///         2000..=2999 => reserved, "client errors: the client library's table",
///     }
/// }
///
/// assert_eq!(MariaDbError::classify(1045), Classified::Row(MariaDbError::ErAccessDeniedError));
/// assert_eq!(MariaDbError::classify(1046), Classified::Section(MariaDbErrorCategory::Server));
/// let Classified::Reserved(range) = MariaDbError::classify(2013) else { panic!() };
/// assert_eq!((range.low(), range.high()), (2000, 2999));
/// assert_eq!(range.message(), Some("client errors: the client library's table"));
/// assert_eq!(MariaDbError::classify(3000), Classified::Unknown);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Classified<E: Code> {
    /// A row of the table.
    Row(E),
    /// A code of a reserved range, which no row may have.
    Reserved(ReservedRange<E::Repr>),
    /// A code inside a section (the innermost that holds it) that no row has.
    Section(E::Category),
    /// None of those.
    Unknown,
}

/// A reserved range of a table: its codes, both bounds included, and why they are reserved.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ReservedRange<R> {
    low: R,
    high: R,
    message: Option<&'static str>,
}

impl<R: Copy> ReservedRange<R> {
    /// The range `low..=high`, reserved for `message`; what generated code builds.
    #[doc(hidden)]
    pub const fn new(low: R, high: R, message: Option<&'static str>) -> Self {
        ReservedRange { low, high, message }
    }

    /// The lowest code of the range.
    pub const fn low(&self) -> R {
        self.low
    }

    /// The highest code of the range.
    pub const fn high(&self) -> R {
        self.high
    }

    /// The codes of the range.
    pub const fn range(&self) -> core::ops::RangeInclusive<R> {
        core::ops::RangeInclusive::new(self.low, self.high)
    }

    /// Why the codes are reserved, if the table says.
    pub const fn message(&self) -> Option<&'static str> {
        self.message
    }
}

/// The category of a table without sections: no value has this type.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum NoCategory {}

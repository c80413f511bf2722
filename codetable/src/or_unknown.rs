//! A code as a server sent it: one of the table's, or one the table does not know yet.

use crate::{Code, CodeInput, Repr, UnknownCode};
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};

/// A code of table `E`, or a number the table does not have: what an SDK keeps from a server
/// it does not control, where a newer server may send codes the table lacks.
///
/// Converting from the raw integer never fails and converting back gives the same number, so
/// a response decoded and encoded again is unchanged (with the `serde` feature, it is
/// (de)serialized as that number). Two values are equal, ordered and hashed by their number,
/// and compare with the table's codes and with plain numbers.
///
/// Make one with `from` or [`from_code`](Self::from_code), which put a number the table has in
/// `Known`. An `Unknown` built by hand with such a number still acts as that code in every
/// method (`known`, `name`, `Display`, ...); only a pattern on the variant tells it apart.
///
/// ```
/// use codetable::OrUnknown;
///
/// codetable::define_codes! {
///     /// API return codes.
///     pub enum ApiError {
///         0 => SUCCESS, "成功",
///         40001 => INTERNAL_ERROR, "内部服务器错误",
///     }
/// }
///
/// let known = OrUnknown::<ApiError>::from(40001);
/// assert_eq!(known, OrUnknown::Known(ApiError::InternalError));
/// let newer = OrUnknown::<ApiError>::from(40099);
/// assert_eq!(newer, OrUnknown::Unknown(40099));
/// assert_eq!(newer.code(), 40099);
/// assert_eq!(newer.to_string(), "40099: not a known ApiError code");
/// match known {
///     OrUnknown::Known(ApiError::InternalError) => {}
///     OrUnknown::Known(other) => panic!("another known code: {other}"),
///     OrUnknown::Unknown(code) => panic!("an unknown code: {code}"),
/// }
/// ```
pub enum OrUnknown<E: Code> {
    /// A code the table has.
    Known(E),
    /// A code the table does not have, kept as it came: the number, or the text of a string
    /// code ([`KeptText`](crate::KeptText): whole with the `alloc` feature; without it, its
    /// first 32 bytes, which hold every fixed-width code such as SQLSTATE's five characters).
    Unknown(<E::Repr as Repr>::Unknown),
}

impl<E: Code> Clone for OrUnknown<E> {
    fn clone(&self) -> Self {
        match self {
            OrUnknown::Known(known) => OrUnknown::Known(*known),
            OrUnknown::Unknown(code) => OrUnknown::Unknown(code.clone()),
        }
    }
}

/// An integer table's: its unknown codes are numbers.
impl<E: Code> Copy for OrUnknown<E> where <E::Repr as Repr>::Unknown: Copy {}

impl<E: Code> OrUnknown<E> {
    /// The table's code with this number (or text), or the code kept as unknown.
    pub fn from_code(code: CodeInput<'_, E>) -> Self {
        match E::from_code(code) {
            Some(known) => OrUnknown::Known(known),
            None => OrUnknown::Unknown(E::Repr::keep(code)),
        }
    }

    /// The code, known or not.
    pub fn code(&self) -> CodeInput<'_, E> {
        match self {
            OrUnknown::Known(known) => E::Repr::shorten(known.code()),
            OrUnknown::Unknown(code) => E::Repr::kept(code),
        }
    }

    /// The table's code, if the code is one.
    pub fn known(&self) -> Option<E> {
        match self {
            OrUnknown::Known(known) => Some(*known),
            // Looked up again: an `Unknown` built by hand may hold a known code.
            OrUnknown::Unknown(code) => E::from_code(E::Repr::kept(code)),
        }
    }

    /// Whether the table has the code.
    pub fn is_known(&self) -> bool {
        self.known().is_some()
    }

    /// The known code, or the error that says the code is not one.
    pub fn into_result(self) -> Result<E, UnknownCode<E::Repr>> {
        self.known()
            .ok_or_else(|| UnknownCode::new(self.code(), E::TABLE))
    }

    /// The wire name of a known code.
    pub fn name(&self) -> Option<&'static str> {
        self.known().map(E::name)
    }

    /// The message of a known code.
    pub fn message(&self) -> Option<&'static str> {
        self.known().map(E::message)
    }

    /// What the code is to the table ([`Code::classify`]): for an unknown one, whether it is
    /// in a reserved range or a section of the table, though no row has it.
    pub fn classify(&self) -> crate::Classified<E> {
        match self {
            OrUnknown::Known(known) => crate::Classified::Row(*known),
            OrUnknown::Unknown(code) => E::classify(E::Repr::kept(code)),
        }
    }
}

impl<E: Code> From<E> for OrUnknown<E> {
    fn from(known: E) -> Self {
        OrUnknown::Known(known)
    }
}

// One impl per code type: a generic `From<E::Repr>` would conflict with `From<E>`, and a
// generic `From<OrUnknown<E>> for E::Repr` is not allowed. A table of string codes converts
// from `&str`, and compares with it.
macro_rules! from_integer {
    ($($repr:ty)*) => {$(
        /// Looks the number up: a code the table has is `Known`, any other `Unknown`.
        impl<E: Code<Repr = $repr>> From<$repr> for OrUnknown<E> {
            fn from(code: $repr) -> Self {
                OrUnknown::from_code(code)
            }
        }

        /// The number, known or not.
        impl<E: Code<Repr = $repr>> From<OrUnknown<E>> for $repr {
            fn from(code: OrUnknown<E>) -> Self {
                code.code()
            }
        }

        /// By number: `response.code == 0`.
        impl<E: Code<Repr = $repr>> PartialEq<$repr> for OrUnknown<E> {
            fn eq(&self, other: &$repr) -> bool {
                self.code() == *other
            }
        }
    )*};
}
from_integer!(i8 i16 i32 i64 u8 u16 u32 u64);

/// Looks the code up: a code the table has is `Known`, any other `Unknown`, kept.
impl<E: Code<Repr = &'static str>> From<&str> for OrUnknown<E> {
    fn from(code: &str) -> Self {
        OrUnknown::from_code(code)
    }
}

/// By code: `response.code == "23505"`.
impl<E: Code<Repr = &'static str>> PartialEq<&str> for OrUnknown<E> {
    fn eq(&self, other: &&str) -> bool {
        self.code() == *other
    }
}

impl<E: Code> PartialEq for OrUnknown<E> {
    fn eq(&self, other: &Self) -> bool {
        self.code() == other.code()
    }
}

impl<E: Code> Eq for OrUnknown<E> {}

impl<E: Code> PartialEq<E> for OrUnknown<E> {
    fn eq(&self, other: &E) -> bool {
        self.code() == E::Repr::shorten(other.code())
    }
}

impl<E: Code> PartialOrd for OrUnknown<E> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<E: Code> Ord for OrUnknown<E> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.code().cmp(&other.code())
    }
}

impl<E: Code> Hash for OrUnknown<E> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.code().hash(state);
    }
}

impl<E: Code> fmt::Debug for OrUnknown<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OrUnknown::Known(known) => f.debug_tuple("Known").field(known).finish(),
            OrUnknown::Unknown(code) => f.debug_tuple("Unknown").field(code).finish(),
        }
    }
}

/// A known code as the table shows it (`40001: 内部服务器错误`); an unknown one as
/// `40099: not a known ApiError code`.
impl<E: Code> fmt::Display for OrUnknown<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.known() {
            Some(known) => fmt::Display::fmt(&known, f),
            None => write!(f, "{}: not a known {} code", self.code(), E::TABLE),
        }
    }
}

impl<E: Code> core::error::Error for OrUnknown<E> {}

//! The traits generic code uses to handle any table.

use core::fmt::{Debug, Display};
use core::hash::Hash;
use core::marker::PhantomData;

pub(crate) mod sealed {
    pub trait Sealed: Sized {
        /// The number, if it fits the type.
        #[cfg_attr(not(feature = "tonic"), allow(dead_code))]
        fn from_i128(value: i128) -> Option<Self>;
    }

    /// With the `serde` feature, what serde needs of a code type; without it, nothing.
    #[cfg(feature = "serde")]
    pub trait Serde: serde_core::Serialize + for<'de> serde_core::Deserialize<'de> {}
    #[cfg(feature = "serde")]
    impl<T: serde_core::Serialize + for<'de> serde_core::Deserialize<'de>> Serde for T {}
    #[cfg(not(feature = "serde"))]
    pub trait Serde {}
    #[cfg(not(feature = "serde"))]
    impl<T> Serde for T {}
}

/// An integer type a table's codes can have: the `T` of `#[repr(T)]`.
///
/// Implemented for `i8`, `i16`, `i32`, `i64`, `u8`, `u16`, `u32` and `u64`; sealed.
pub trait Repr:
    sealed::Sealed + sealed::Serde + Copy + Eq + Ord + Hash + Debug + Display + Send + Sync + 'static
{
    /// The code widened losslessly, so codes of any table can be compared or stored together.
    fn to_i128(self) -> i128;
}

macro_rules! impl_repr {
    ($($t:ty)*) => {$(
        impl sealed::Sealed for $t {
            #[inline]
            fn from_i128(value: i128) -> Option<Self> {
                <$t>::try_from(value).ok()
            }
        }
        impl Repr for $t {
            #[inline]
            fn to_i128(self) -> i128 {
                i128::from(self)
            }
        }
    )*};
}
impl_repr!(i8 i16 i32 i64 u8 u16 u32 u64);

/// An error-code table made by [`define_codes!`](crate::define_codes): what generic code can
/// ask of any of them.
///
/// Each item but `TABLE` and `at` mirrors the enum's own item of the same name (its methods
/// are `const fn`s there); `TABLE` is the enum's name and `at` the `index`-th row, for generic
/// code.
///
/// ```
/// use codetable::Code;
///
/// codetable::define_codes! {
///     /// Task states.
///     pub enum TaskState {
///         0 => None, "无",
///         1 => TaskPause, "任务暂停",
///     }
/// }
///
/// fn describe<C: Code>(code: C::Repr) -> &'static str {
///     C::from_code(code).map_or("unknown", C::message)
/// }
/// assert_eq!(describe::<TaskState>(1), "任务暂停");
/// assert_eq!(describe::<TaskState>(7), "unknown");
/// ```
pub trait Code:
    Copy + Eq + Ord + Hash + Debug + Display + core::error::Error + Send + Sync + 'static
{
    /// The integer type of the codes (`#[repr(T)]`, `i32` by default).
    type Repr: Repr;
    /// The table's sections: the generated category enum, or [`NoCategory`](crate::NoCategory)
    /// for a table without sections.
    type Category: Copy + Eq + Hash + Debug + Send + Sync + 'static;
    /// The enum's name, as written in the table.
    const TABLE: &'static str;
    /// The number of codes in the table.
    const COUNT: usize;
    /// The table as a Markdown document (the enum's `MARKDOWN`), which `codes import` reads
    /// back to the same rows.
    const MARKDOWN: &'static str;

    /// The code's number.
    fn code(self) -> Self::Repr;
    /// The wire name, exactly as written in the table.
    fn name(self) -> &'static str;
    /// The message of the code's row.
    fn message(self) -> &'static str;
    /// The variant with this code, if the table has one.
    fn from_code(code: Self::Repr) -> Option<Self>;
    /// The variant with this exact wire name, if the table has one.
    fn from_name(name: &str) -> Option<Self>;
    /// The `index`-th code in declaration order, if `index < COUNT`.
    fn at(index: usize) -> Option<Self>;
    /// What `code` is to the table: a row, a code of a reserved range, a code of a section that
    /// no row has, or unknown.
    fn classify(code: Self::Repr) -> crate::Classified<Self>;

    /// The tags of the table's languages (`#[codetable(languages(zh, en))]`: `["zh", "en"]`),
    /// the first that of [`message`](Code::message); empty for a table that declares none.
    const LANGUAGES: &'static [&'static str] = &[];

    /// What the code means and what to do about it: the row's doc comment (empty for a row
    /// without one).
    fn explanation(self) -> &'static str {
        ""
    }

    /// The link to the code's documentation: the row's own, or the table's template's
    /// (`#[codetable(help_url = "..")]`); `None` where neither gives one.
    fn help_url(self) -> Option<&'static str> {
        None
    }

    /// The row's own message in the `language`-th of [`LANGUAGES`](Code::LANGUAGES): `None`
    /// where the row gives none in it (where the enum's `message_in` falls back to the first
    /// language's), for a row without a message, and past the last language.
    fn own_message_in(self, language: usize) -> Option<&'static str> {
        let _ = language;
        None
    }

    /// Every code of the table, in declaration order.
    ///
    /// Generic code uses this rather than the enum's `ALL` constant: naming a constant
    /// that holds every variant makes rustc check each of them against every variant, which
    /// takes seconds to a minute of compile time at tens of thousands of rows.
    fn iter() -> Iter<Self> {
        Iter {
            front: 0,
            back: Self::COUNT,
            table: PhantomData,
        }
    }
}

/// The codes of a table in declaration order: what [`Code::iter`] and every generated
/// enum's `iter()` return.
#[derive(Debug, Clone)]
pub struct Iter<C> {
    front: usize,
    back: usize,
    table: PhantomData<fn() -> C>,
}

impl<C: Code> Iterator for Iter<C> {
    type Item = C;

    fn next(&mut self) -> Option<C> {
        if self.front == self.back {
            return None;
        }
        self.front += 1;
        C::at(self.front - 1)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.back - self.front;
        (len, Some(len))
    }

    fn nth(&mut self, n: usize) -> Option<C> {
        self.front = self.front.saturating_add(n).min(self.back);
        self.next()
    }
}

impl<C: Code> DoubleEndedIterator for Iter<C> {
    fn next_back(&mut self) -> Option<C> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        C::at(self.back)
    }
}

impl<C: Code> ExactSizeIterator for Iter<C> {}

impl<C: Code> core::iter::FusedIterator for Iter<C> {}

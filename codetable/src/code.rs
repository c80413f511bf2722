//! The traits generic code uses to handle any table.

use core::fmt::{Debug, Display};
use core::hash::Hash;
use core::marker::PhantomData;

pub(crate) mod sealed {
    use super::Repr;

    pub trait Sealed: Sized {
        /// Whether the codes are text, which JSON writes as a string.
        #[cfg_attr(not(feature = "axum"), allow(dead_code))]
        const TEXT: bool;

        /// A code written as text (gRPC metadata), looked up as the table's input: the number
        /// it spells if it fits the type, or the text itself.
        #[cfg_attr(not(feature = "tonic"), allow(dead_code))]
        fn parse(text: &str) -> Option<<Self as Repr>::Input<'_>>
        where
            Self: Repr;
    }

    /// With the `serde` feature, what serde needs of a code type: to be written, and read as
    /// the table's input (a number, or a borrowed or owned string); without it, nothing.
    #[cfg(feature = "serde")]
    pub trait Serde: serde_core::Serialize {
        /// Writes a code as it came in.
        fn serialize_input<S: serde_core::Serializer>(
            code: <Self as Repr>::Input<'_>,
            serializer: S,
        ) -> Result<S::Ok, S::Error>
        where
            Self: Repr;

        /// Reads a code and hands it to `found`.
        fn deserialize_input<'de, D, T>(
            deserializer: D,
            found: impl FnOnce(<Self as Repr>::Input<'_>) -> T,
        ) -> Result<T, D::Error>
        where
            Self: Repr,
            D: serde_core::Deserializer<'de>;
    }
    #[cfg(not(feature = "serde"))]
    pub trait Serde {}
    #[cfg(not(feature = "serde"))]
    impl<T> Serde for T {}
}

/// The type of a table's codes: an integer type (the `T` of `#[repr(T)]`), or `&'static str`
/// for a table of string codes (`"23505" => UNIQUE_VIOLATION, ..`).
///
/// Implemented for `i8`, `i16`, `i32`, `i64`, `u8`, `u16`, `u32`, `u64` and `&'static str`;
/// sealed.
pub trait Repr:
    sealed::Sealed + sealed::Serde + Copy + Eq + Ord + Hash + Debug + Display + Send + Sync + 'static
{
    /// A code as it comes in to be looked up: the number itself, or a `&str` of any lifetime.
    type Input<'a>: Copy + Eq + Ord + Hash + Debug + Display;
    /// A code a table does not have, kept as it came: the number, or its text
    /// ([`KeptText`](crate::KeptText)).
    type Unknown: Clone + Eq + Ord + Hash + Debug + Display + Send + Sync + 'static;

    /// A code as an input of any lifetime: an integer as it is, a `&'static str` as a
    /// shorter `&str` (which generic code cannot see without this).
    fn shorten<'a>(code: Self::Input<'static>) -> Self::Input<'a>;
    /// An input kept, as unknown.
    fn keep(code: Self::Input<'_>) -> Self::Unknown;
    /// A kept code as an input again.
    fn kept(code: &Self::Unknown) -> Self::Input<'_>;
}

macro_rules! impl_repr {
    ($($t:ty)*) => {$(
        impl sealed::Sealed for $t {
            const TEXT: bool = false;

            #[inline]
            fn parse(text: &str) -> Option<$t> {
                text.parse().ok()
            }
        }
        #[cfg(feature = "serde")]
        impl sealed::Serde for $t {
            fn serialize_input<S: serde_core::Serializer>(
                code: $t,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                serde_core::Serialize::serialize(&code, serializer)
            }

            fn deserialize_input<'de, D, T>(
                deserializer: D,
                found: impl FnOnce($t) -> T,
            ) -> Result<T, D::Error>
            where
                D: serde_core::Deserializer<'de>,
            {
                <$t as serde_core::Deserialize>::deserialize(deserializer).map(found)
            }
        }
        impl Repr for $t {
            type Input<'a> = $t;
            type Unknown = $t;

            #[inline]
            fn shorten<'a>(code: $t) -> Self::Input<'a> {
                code
            }
            #[inline]
            fn keep(code: $t) -> $t {
                code
            }
            #[inline]
            fn kept(code: &$t) -> $t {
                *code
            }
        }
    )*};
}
impl_repr!(i8 i16 i32 i64 u8 u16 u32 u64);

impl sealed::Sealed for &'static str {
    const TEXT: bool = true;

    #[inline]
    fn parse(text: &str) -> Option<&str> {
        Some(text)
    }
}

#[cfg(feature = "serde")]
impl sealed::Serde for &'static str {
    fn serialize_input<S: serde_core::Serializer>(
        code: &str,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(code)
    }

    fn deserialize_input<'de, D, T>(
        deserializer: D,
        found: impl FnOnce(&str) -> T,
    ) -> Result<T, D::Error>
    where
        D: serde_core::Deserializer<'de>,
    {
        deserializer.deserialize_str(crate::serde::InputVisitor(found))
    }
}

impl Repr for &'static str {
    type Input<'a> = &'a str;
    type Unknown = crate::KeptText;

    #[inline]
    fn shorten<'a>(code: &'static str) -> Self::Input<'a> {
        code
    }
    #[inline]
    fn keep(code: &str) -> crate::KeptText {
        crate::KeptText::new(code)
    }
    #[inline]
    fn kept(code: &crate::KeptText) -> &str {
        code.as_str()
    }
}

/// A code as a table of type `C` looks it up: `C::Repr` itself for an integer table, a `&str`
/// of any lifetime for a table of string codes.
pub type CodeInput<'a, C> = <<C as Code>::Repr as Repr>::Input<'a>;

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
/// // A code as the table looks it up: `i32` for this table, `&str` for one of string codes.
/// fn describe<C: Code>(code: codetable::CodeInput<'_, C>) -> &'static str {
///     C::from_code(code).map_or("unknown", C::message)
/// }
/// assert_eq!(describe::<TaskState>(1), "任务暂停");
/// assert_eq!(describe::<TaskState>(7), "unknown");
/// ```
pub trait Code:
    Copy + Eq + Ord + Hash + Debug + Display + core::error::Error + Send + Sync + 'static
{
    /// The type of the codes: an integer type (`#[repr(T)]`, `i32` by default), or
    /// `&'static str` for a table of string codes.
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

    /// The code: its number, or its text for a table of string codes (an input of
    /// [`from_code`](Code::from_code) as it is, in generic code too).
    fn code(self) -> CodeInput<'static, Self>;
    /// The wire name, exactly as written in the table.
    fn name(self) -> &'static str;
    /// The message of the code's row.
    fn message(self) -> &'static str;
    /// The variant with this code, if the table has one.
    fn from_code(code: CodeInput<'_, Self>) -> Option<Self>;
    /// The variant with this exact wire name, if the table has one.
    fn from_name(name: &str) -> Option<Self>;
    /// The `index`-th code in declaration order, if `index < COUNT`.
    fn at(index: usize) -> Option<Self>;
    /// What `code` is to the table: a row, a code of a reserved range, a code of a section that
    /// no row has, or unknown.
    fn classify(code: CodeInput<'_, Self>) -> crate::Classified<Self>;

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

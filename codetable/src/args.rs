//! Messages with arguments: the value a row's builder returns ([`WithArgs`]), the values of
//! its arguments ([`Arg`]), and what the generated code hands it.
//!
//! A row declared `1146 => ER_NO_SUCH_TABLE(db: &str, table: &str), "Table '{db}.{table}'
//! doesn't exist"` gains a `const fn er_no_such_table(db, table)` that returns a [`WithArgs`]:
//! the row and the values, which formats its message when shown. Nothing is allocated: the
//! values are kept as they were given (a `&str` borrowed), and each row's message is formatted
//! by a function the macro writes for the row, a `format_args!` of each of its messages, which
//! the [`WithArgs`] points to.

use crate::Code;
use core::fmt;

#[cfg(feature = "axum")]
mod axum;
#[cfg(feature = "axum")]
pub(crate) use self::axum::KeptArgs;
#[cfg(feature = "serde")]
mod serde;
#[cfg(feature = "tonic")]
mod tonic;

/// The value of a message's argument, as [`WithArgs::args`] gives it back: for structured
/// logs, and for the glue that sends the arguments beside the message (serde, axum, tonic).
/// `Display` shows the value as the message does without a spec (`orders`, `42`, `true`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Arg<'a> {
    /// A `&str`.
    Str(&'a str),
    /// A signed integer: `i8` … `i64`, `isize`.
    Int(i64),
    /// An unsigned integer: `u8` … `u64`, `usize`.
    UInt(u64),
    /// An `f64`.
    Float(f64),
    /// A `bool`.
    Bool(bool),
    /// A `char`.
    Char(char),
}

impl fmt::Display for Arg<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Arg::Str(value) => fmt::Display::fmt(value, f),
            Arg::Int(value) => fmt::Display::fmt(value, f),
            Arg::UInt(value) => fmt::Display::fmt(value, f),
            Arg::Float(value) => fmt::Display::fmt(value, f),
            Arg::Bool(value) => fmt::Display::fmt(value, f),
            Arg::Char(value) => fmt::Display::fmt(value, f),
        }
    }
}

/// The types an argument may have, each read back from the [`Arg`] its builder made of it:
/// what the formatting functions the macro writes call. Not an API: the macro's closed set of
/// types.
#[doc(hidden)]
pub trait ArgType<'a>: Copy {
    /// The value an [`Arg`] of this type holds; a default where it holds another type, which
    /// only a hand-made [`WithArgs`] can give (its formatting then shows that default).
    fn read(arg: Arg<'a>) -> Self;
}

/// The `index`-th argument, as the type the row declares it: what a row's formatting
/// function reads its arguments with. Not an API.
#[doc(hidden)]
#[inline]
pub fn arg_at<'a, T: ArgType<'a>>(args: &[Arg<'a>], index: usize) -> T {
    T::read(args.get(index).copied().unwrap_or(UNUSED))
}

impl<'a> ArgType<'a> for &'a str {
    #[inline]
    fn read(arg: Arg<'a>) -> &'a str {
        match arg {
            Arg::Str(value) => value,
            _ => "",
        }
    }
}

/// Integers, each kept in the widest integer of its sign, which holds it: reading it back
/// with `as` gives the value given.
macro_rules! int_arg_types {
    ($variant:ident: $($t:ty)*) => {$(
        impl<'a> ArgType<'a> for $t {
            #[inline]
            fn read(arg: Arg<'a>) -> $t {
                match arg {
                    Arg::$variant(value) => value as $t,
                    _ => 0,
                }
            }
        }
    )*};
}
int_arg_types!(Int: i8 i16 i32 i64 isize);
int_arg_types!(UInt: u8 u16 u32 u64 usize);

/// The other scalars, kept as they are.
macro_rules! plain_arg_types {
    ($($variant:ident($t:ty) or $default:expr),*) => {$(
        impl<'a> ArgType<'a> for $t {
            #[inline]
            fn read(arg: Arg<'a>) -> $t {
                match arg {
                    Arg::$variant(value) => value,
                    _ => $default,
                }
            }
        }
    )*};
}
plain_arg_types!(Float(f64) or 0.0, Bool(bool) or false, Char(char) or ' ');

/// What a [`WithArgs`] knows of its row: its arguments' names and the function that formats
/// its message. The macro writes one `static` per row with arguments, and one per table for
/// the rows without (`From<Table>`); not an API.
#[doc(hidden)]
pub struct RowArgs<E: 'static> {
    names: &'static [&'static str],
    format: Format<E>,
    code: WriteCode<E>,
}

/// Writes a row's message in the language of index `language` (the table's order; 0 for a
/// table without languages) with the arguments, without the code.
type Format<E> = fn(E, &[Arg<'_>], usize, &mut fmt::Formatter<'_>) -> fmt::Result;

/// Writes a row's code as its table shows it (in hex for a table that shows its codes so).
type WriteCode<E> = fn(E, &mut fmt::Formatter<'_>) -> fmt::Result;

impl<E> RowArgs<E> {
    /// A row whose arguments are `names`, in order, its message formatted by `format`, of a
    /// table whose codes `code` writes.
    pub const fn new(
        names: &'static [&'static str],
        format: Format<E>,
        code: WriteCode<E>,
    ) -> RowArgs<E> {
        RowArgs {
            names,
            format,
            code,
        }
    }
}

/// A filler for the places of a table's widest row that a narrower row leaves unused.
#[doc(hidden)]
pub const UNUSED: Arg<'static> = Arg::Bool(false);

/// A table whose rows take arguments: it names the type their builders return,
/// [`Built<'a, Table>`](Built). `define_codes!` implements it for every table with a row that
/// declares arguments.
pub trait HasArgs: Code {
    /// [`WithArgs<'a, Self, N>`], `N` the most arguments a row of the table takes.
    type Built<'a>;
}

/// The type of a table's built messages, without the most arguments its rows take:
/// `codetable::Built<'a, ServerError>` is `WithArgs<'a, ServerError, 2>` for a table whose
/// widest row takes two.
pub type Built<'a, E> = <E as HasArgs>::Built<'a>;

/// A row's message with its arguments: what the builder of a row with arguments returns
/// (`ServerError::er_no_such_table("shop", "orders")`). It keeps the row and the values (`N`
/// places, the most arguments a row of the table takes), allocates nothing, and formats the
/// message each time it is shown.
///
/// `Display` shows it as the table shows its rows, the code and the message:
/// `1146: Table 'shop.orders' doesn't exist`; [`message`](Self::message) shows the message
/// alone. A table with languages has [`message_in`](Self::message_in) and
/// [`display_in`](Self::display_in) too. `From<Table>` makes one of a row without arguments,
/// whose message it shows as written, so that a function returns either kind as one type.
#[derive(Clone, Copy)]
pub struct WithArgs<'a, E: 'static, const N: usize> {
    code: E,
    args: [Arg<'a>; N],
    row: &'static RowArgs<E>,
}

impl<'a, E: Code, const N: usize> WithArgs<'a, E, N> {
    /// The row `code` with `args`, which `row` describes: what the builders call. Not an API.
    #[doc(hidden)]
    #[inline]
    pub const fn new(code: E, row: &'static RowArgs<E>, args: [Arg<'a>; N]) -> Self {
        WithArgs { code, args, row }
    }

    /// The row: the table's variant (`ServerError::ErNoSuchTable`), whose `code()` is the
    /// number.
    #[inline]
    pub fn code(&self) -> E {
        self.code
    }

    /// The row's wire name.
    #[inline]
    pub fn name(&self) -> &'static str {
        self.code.name()
    }

    /// The arguments, as `(name, value)` pairs in the order the row declares them: for a
    /// structured log, `error.args().map(|(name, value)| (name, value.to_string()))`.
    pub fn args(&self) -> impl ExactSizeIterator<Item = (&'static str, Arg<'a>)> + '_ {
        self.row
            .names
            .iter()
            .copied()
            .zip(self.args.iter().copied())
    }

    /// The value of the argument named `name`, if the row declares one.
    pub fn arg(&self, name: &str) -> Option<Arg<'a>> {
        self.args()
            .find(|(declared, _)| *declared == name)
            .map(|(_, value)| value)
    }

    /// The message, formatted with the arguments (`Table 'shop.orders' doesn't exist`), in the
    /// table's first language.
    #[inline]
    pub fn message(&self) -> Shown<'_, 'a, E, N> {
        Shown {
            message: self,
            language: 0,
            code: false,
        }
    }

    /// The message in `language`, formatted; where the row gives none in it, in the first.
    #[inline]
    pub fn message_in<L: Language<Table = E>>(&self, language: L) -> Shown<'_, 'a, E, N> {
        Shown {
            message: self,
            language: language.index(),
            code: false,
        }
    }

    /// Shows the code and the message in `language`, as `Display` shows them in the first.
    #[inline]
    pub fn display_in<L: Language<Table = E>>(&self, language: L) -> Shown<'_, 'a, E, N> {
        Shown {
            message: self,
            language: language.index(),
            code: true,
        }
    }

    /// Writes the message in the language of index `language`, with the code before it if
    /// `code`.
    fn write(&self, language: usize, code: bool, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if code {
            (self.row.code)(self.code, f)?;
            f.write_str(": ")?;
        }
        (self.row.format)(self.code, &self.args, language, f)
    }
}

/// `1146: Table 'shop.orders' doesn't exist`: the code as the table shows it, and the message.
impl<E: Code, const N: usize> fmt::Display for WithArgs<'_, E, N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(0, true, f)
    }
}

/// The variant and the arguments: `ErNoSuchTable { db: "shop", table: "orders" }`.
impl<E: Code, const N: usize> fmt::Debug for WithArgs<'_, E, N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Not `debug_struct`, which takes the name as a `&str`: the variant's is its `Debug`.
        write!(f, "{:?}", self.code)?;
        for (index, (name, value)) in self.args().enumerate() {
            let separator = if index == 0 { " { " } else { ", " };
            write!(f, "{separator}{name}: {:?}", ValueDebug(value))?;
        }
        if self.row.names.is_empty() {
            Ok(())
        } else {
            f.write_str(" }")
        }
    }
}

/// An argument's value as `Debug` shows it alone: `"shop"`, `42`.
struct ValueDebug<'a>(Arg<'a>);

impl fmt::Debug for ValueDebug<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Arg::Str(value) => fmt::Debug::fmt(value, f),
            Arg::Int(value) => fmt::Debug::fmt(value, f),
            Arg::UInt(value) => fmt::Debug::fmt(value, f),
            Arg::Float(value) => fmt::Debug::fmt(value, f),
            Arg::Bool(value) => fmt::Debug::fmt(value, f),
            Arg::Char(value) => fmt::Debug::fmt(value, f),
        }
    }
}

/// Equal when the rows and the values are.
impl<E: Code, const N: usize> PartialEq for WithArgs<'_, E, N> {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code && self.args().eq(other.args())
    }
}

impl<E: Code, const N: usize> core::error::Error for WithArgs<'_, E, N> {}

/// A row's message (and code), formatted each time it is shown: what [`WithArgs::message`],
/// [`WithArgs::message_in`] and [`WithArgs::display_in`] return.
#[derive(Clone, Copy)]
pub struct Shown<'w, 'a, E: 'static, const N: usize> {
    message: &'w WithArgs<'a, E, N>,
    language: usize,
    code: bool,
}

impl<E: Code, const N: usize> fmt::Display for Shown<'_, '_, E, N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message.write(self.language, self.code, f)
    }
}

impl<E: Code, const N: usize> fmt::Debug for Shown<'_, '_, E, N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The text, as `Debug` of a `String` of it would show it.
        f.write_str("\"")?;
        fmt::Write::write_fmt(&mut EscapeDebug(f), format_args!("{self}"))?;
        f.write_str("\"")
    }
}

/// Writes what it is given as `Debug` of a `str` escapes it, without the quotes.
struct EscapeDebug<'b, 'f>(&'b mut fmt::Formatter<'f>);

impl fmt::Write for EscapeDebug<'_, '_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        for character in text.chars() {
            if character == '\'' {
                self.0.write_char(character)?;
            } else {
                fmt::Display::fmt(&character.escape_debug(), self.0)?;
            }
        }
        Ok(())
    }
}

/// A table's language enum (`ServerErrorLanguage`): what [`WithArgs::message_in`] and
/// [`WithArgs::display_in`] take. `define_codes!` implements it for the language enum of every
/// table that declares languages.
pub trait Language: Copy + 'static {
    /// The table whose language this is.
    type Table: Code;

    /// The language's place among the table's, the first 0.
    fn index(self) -> usize;
}

//! The checked tables that expansion works from: numbers evaluated, names converted, every rule
//! of `valid` applied.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use std::fmt;
use syn::ext::IdentExt;
use syn::{Attribute, Visibility};

/// The path of the runtime crate, `codetable`, as the generated code reaches it: the `$crate`
/// that `codetable::define_codes!` passes, which works through a renamed dependency and a
/// re-export; `::codetable` when the pipeline is called on tokens without it.
#[derive(Clone)]
pub struct Runtime(pub TokenStream);

impl Default for Runtime {
    fn default() -> Runtime {
        Runtime(quote!(::codetable))
    }
}

/// A checked table: what one `enum` of the invocation becomes.
pub struct Table {
    /// Attributes passed on to the enum (everything but `#[repr]`).
    pub attrs: Vec<Attribute>,
    /// The enum's visibility.
    pub vis: Visibility,
    /// The enum's name.
    pub ident: Ident,
    /// The runtime crate, as the generated code names it.
    pub runtime: Runtime,
    /// The code type; in a table of string codes ([`Table::text_codes`]), the type of the
    /// enum's discriminants, which are the rows' slots.
    pub repr: Repr,
    /// The codes are strings (`"23505" => ..`): each row's code is its [`Row::text`], and its
    /// [`Row::code`] its slot.
    pub text_codes: bool,
    /// Shows its codes in hex (`#[codetable(hex)]`, or every row writes its code in hex),
    /// padded to this many digits; `None`: in decimal. See [`Table::code_text`].
    pub hex: Option<usize>,
    /// `#[codetable(strip_prefix = "..")]`: taken off wire names before their variants are made.
    pub strip_prefix: Option<String>,
    /// `#[codetable(languages(..))]`: the languages of the messages, the first that of every
    /// row's message; empty when the table declares none.
    pub languages: Vec<Language>,
    /// The declared columns, each one an accessor.
    pub columns: Vec<Column>,
    /// The rows in declaration order: a row's index here is its slot.
    pub rows: Vec<Row>,
    /// Other wire names of rows, in declaration order.
    pub aliases: Vec<Alias>,
    /// Wire names no row or alias may take.
    pub retired: Vec<Retired>,
    /// Sections in declaration order (a parent before its children).
    pub sections: Vec<Section>,
    /// Reserved ranges, for the table's docs and Markdown.
    pub reserved: Vec<Reserved>,
    /// `#[codetable(help_url = "..")]`: the template of every row's help link, as written.
    pub help_url: Option<String>,
    /// `#[codetable(problem_json)]`: its HTTP responses are RFC 9457 problem details.
    pub problem_json: bool,
    /// False when validation reported an error: the table is then expanded with stub bodies,
    /// so that the user's code sees the whole API and adds no errors of its own.
    pub valid: bool,
}

impl Table {
    /// Whether the table carries `#[non_exhaustive]`, which goes to its enum with its other
    /// attributes, and to its category and language enums: other crates must then match
    /// them with a wildcard arm, so adding a row, a section or a language is compatible.
    pub fn is_non_exhaustive(&self) -> bool {
        self.attrs
            .iter()
            .any(|attr| crate::attr::is(attr.path(), "non_exhaustive"))
    }

    /// A row's code as the table shows it everywhere: its string, or [`Table::code_text`] of
    /// its number.
    pub fn row_code(&self, row: &Row) -> String {
        match &row.text {
            Some(text) => text.clone(),
            None => self.code_text(row.code),
        }
    }

    /// The codes of a section or a reserved range as the table shows them: `31000..=31099`, or,
    /// in a table of string codes, those that start with its prefix, `23…`.
    pub fn span_text(&self, range: (i128, i128), prefix: Option<&str>) -> String {
        match prefix {
            Some(prefix) => format!("{prefix}…"),
            None => format!("{}..={}", self.code_text(range.0), self.code_text(range.1)),
        }
    }

    /// A code of the table as the table shows it everywhere (rustdoc, `MARKDOWN`, `Display`,
    /// the exports): decimal, or hex as [`Repr::hex`] writes it.
    pub fn code_text(&self, code: i128) -> String {
        self.repr.text(self.hex, code)
    }
}

/// A checked row: a variant of the enum.
pub struct Row {
    /// Docs and attributes passed on to the variant.
    pub attrs: Vec<Attribute>,
    /// The code, which fits the table's code type; in a table of string codes, the row's slot,
    /// its variant's discriminant.
    pub code: i128,
    /// In a table of string codes, the code.
    pub text: Option<String>,
    /// The span of the code as written (both tokens of `-61`).
    pub code_span: Span,
    /// The wire name, verbatim; for a row written `_`, its variant's name.
    pub name: String,
    /// Written `_`: the table gives no wire name.
    pub nameless: bool,
    /// The variant.
    pub variant: Ident,
    /// The variant's name as a string, what `__variant_name` returns.
    pub variant_name: String,
    /// The message.
    pub message: String,
    /// The message in each language of the table after the first (`Table::languages[1..]`),
    /// where the row gives one.
    pub translations: Vec<Option<String>>,
    /// The innermost section that contains the row, an index into `Table::sections`.
    pub section: Option<usize>,
    /// One value per column of the table, in declaration order; `None` for an optional
    /// column the row does not set.
    pub values: Vec<Option<Value>>,
    /// The help link: the row's own, else the table's template's, filled in; `None` when
    /// neither gives one.
    pub help_url: Option<String>,
    /// The link is the row's own (`, help_url = ".."`), not the table's template's.
    pub own_help_url: bool,
    /// The arguments of its messages, for a row that declares some (`NAME(db: &str)`).
    pub arguments: Option<Box<Arguments>>,
}

impl Row {
    /// The arguments of the row's messages; none for a row without.
    pub fn args(&self) -> &[Argument] {
        self.arguments
            .as_ref()
            .map_or(&[], |arguments| &arguments.args)
    }
}

/// A row's arguments, and what the expansion needs of them.
pub struct Arguments {
    /// In the order declared.
    pub args: Vec<Argument>,
    /// The row's builder: its variant in snake_case (`er_no_such_table`).
    pub builder: Ident,
    /// The row's message and its message in each language after the first, as written, each
    /// a format string the expansion hands `format_args!` (`None` where the row gives none):
    /// rustc's errors about a spec then point into the literal.
    pub literals: Vec<Option<proc_macro2::Literal>>,
}

/// `name: TYPE`: an argument of a row's messages.
pub struct Argument {
    /// The name, as written (snake_case ASCII).
    pub ident: Ident,
    /// The type.
    pub ty: ArgType,
    /// The type as written, where errors about it point.
    pub ty_span: Span,
}

/// The types an argument may have: those every export language has, none of which needs an
/// allocation.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ArgType {
    /// `&str`.
    Str,
    /// An integer type of a code's: `i8` … `i64`, `u8` … `u64`.
    Int(Repr),
    /// `isize`.
    Isize,
    /// `usize`.
    Usize,
    /// `f64`.
    F64,
    /// `bool`.
    Bool,
    /// `char`.
    Char,
}

impl ArgType {
    /// Every type, in the order errors list them.
    pub const ALL: [ArgType; 14] = {
        let mut all = [ArgType::Str; 14];
        let mut index = 0;
        while index < Repr::ALL.len() {
            all[index + 1] = ArgType::Int(Repr::ALL[index]);
            index += 1;
        }
        all[9] = ArgType::Isize;
        all[10] = ArgType::Usize;
        all[11] = ArgType::F64;
        all[12] = ArgType::Bool;
        all[13] = ArgType::Char;
        all
    };

    /// The types, as errors list them.
    pub const NAMES: &'static str =
        "`&str`, `i8`, `i16`, `i32`, `i64`, `u8`, `u16`, `u32`, `u64`, `isize`, `usize`, `f64`, \
         `bool` or `char`";

    /// The type as Rust writes it: `&str`, `u64`.
    pub fn name(self) -> &'static str {
        match self {
            ArgType::Str => "&str",
            ArgType::Int(repr) => repr.name(),
            ArgType::Isize => "isize",
            ArgType::Usize => "usize",
            ArgType::F64 => "f64",
            ArgType::Bool => "bool",
            ArgType::Char => "char",
        }
    }

    /// The type written `name` (`&str`, `u64`; spaces ignored), if an argument may have it.
    pub fn from_name(name: &str) -> Option<ArgType> {
        let name: String = name.chars().filter(|c| !c.is_whitespace()).collect();
        ArgType::ALL.into_iter().find(|ty| ty.name() == name)
    }

    /// The integer type of `bits` bits (8, 16, 32 or 64; `None` for `isize` and `usize`), signed
    /// or not.
    pub fn integer_of(bits: Option<u32>, signed: bool) -> Option<ArgType> {
        let Some(bits) = bits else {
            return Some(if signed {
                ArgType::Isize
            } else {
                ArgType::Usize
            });
        };
        Repr::ALL
            .into_iter()
            .find(|repr| 8 * repr.width() as u32 == bits && repr.signed() == signed)
            .map(ArgType::Int)
    }

    /// An integer type's bits and sign (`isize` and `usize` as 64 bits, the widest they are
    /// on any target, which the exports read them as); `None` for the other types.
    pub fn integer(self) -> Option<(u32, bool)> {
        match self {
            ArgType::Int(repr) => Some((8 * repr.width() as u32, repr.signed())),
            ArgType::Isize => Some((64, true)),
            ArgType::Usize => Some((64, false)),
            ArgType::Str | ArgType::F64 | ArgType::Bool | ArgType::Char => None,
        }
    }
}

/// A language of a table's messages.
pub struct Language {
    /// As declared (`en`, `zh_hant`): its tag, and the name rows set its message by.
    pub ident: Ident,
    /// The variant of the table's language enum (`En`).
    pub variant: Ident,
}

/// `ALIAS = NAME`: another wire name of a row.
pub struct Alias {
    /// Docs and attributes passed on to the alias's constant.
    pub attrs: Vec<Attribute>,
    /// The alias, verbatim.
    pub name: String,
    /// The associated constant, named as a row's variant would be.
    pub variant: Ident,
    /// The slot of the row it names.
    pub row: usize,
    /// The variant of that row.
    pub row_variant: Ident,
}

/// `NAME => retired`: a wire name no row or alias may take.
pub struct Retired {
    /// The name.
    pub name: String,
    /// Why it was retired.
    pub message: Option<String>,
}

/// A column declared as `IDENT: TYPE (= DEFAULT)?`.
pub struct Column {
    /// Docs and attributes passed on to the accessor.
    pub attrs: Vec<Attribute>,
    /// False for a column named like a method of the table (reported already): the
    /// accessor would clash with it.
    pub accessor: bool,
    /// The column's name, and its accessor's.
    pub ident: Ident,
    /// `None` when the type is not one a column can have (reported already).
    pub ty: Option<ColumnType>,
    /// The type as written, which the accessor of an invalid table returns.
    pub written: syn::Type,
    /// The type of another crate the column has (`http::StatusCode`), whose values `ty`
    /// stores as numbers; `None` for a column of a type a literal has.
    pub foreign: Option<Foreign>,
    /// The value of rows that do not set the column.
    pub default: Option<Value>,
}

/// A type of another crate that a column of a fixed name may have: its values are checked
/// here and stored as numbers (the column's [`ColumnType`] is that number's), and the
/// accessor returns the type, made by a macro of `codes` that its feature defines.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Foreign {
    /// `http::StatusCode`, of the column `http`: an integer 100..=999, stored as `u16`.
    HttpStatus,
    /// `tonic::Code`, of the column `grpc`: a variant's name (`NotFound`) or its number
    /// 0..=16, stored as `i32`.
    GrpcCode,
}

impl Foreign {
    /// The column's name, which the type requires.
    pub fn column(self) -> &'static str {
        match self {
            Foreign::HttpStatus => "http",
            Foreign::GrpcCode => "grpc",
        }
    }

    /// The type, as errors and docs name it.
    pub fn type_name(self) -> &'static str {
        match self {
            Foreign::HttpStatus => "http::StatusCode",
            Foreign::GrpcCode => "tonic::Code",
        }
    }

    /// The feature of `codes` that the type needs.
    pub fn feature(self) -> &'static str {
        match self {
            Foreign::HttpStatus => "http",
            Foreign::GrpcCode => "tonic",
        }
    }

    /// The column of `columns` that the feature serves from, its index and type: the column
    /// named as the type requires, of the type, of the integer type it is also served from
    /// (`u16` for the status), or an `Option` of one.
    pub fn served_by(self, columns: &[Column]) -> Option<(usize, ColumnType)> {
        let int = match self {
            Foreign::HttpStatus => Some("u16"),
            Foreign::GrpcCode => None,
        };
        columns.iter().enumerate().find_map(|(index, column)| {
            let ty = column.ty?;
            let named = column.ident.unraw() == self.column();
            let typed = column.foreign == Some(self)
                || (column.foreign.is_none()
                    && matches!(ty.scalar, Scalar::Int { name, .. } if Some(name) == int));
            (named && typed).then_some((index, ty))
        })
    }

    /// How the values are stored: the integer scalar, its bounds those of the type's values.
    pub fn scalar(self) -> Scalar {
        match self {
            Foreign::HttpStatus => Scalar::Int {
                name: "u16",
                min: 100,
                max: 999,
            },
            Foreign::GrpcCode => Scalar::Int {
                name: "i32",
                min: 0,
                max: 16,
            },
        }
    }
}

/// The names of `tonic::Code`'s variants, each at its number (gRPC's status codes).
pub const GRPC_CODES: [&str; 17] = [
    "Ok",
    "Cancelled",
    "Unknown",
    "InvalidArgument",
    "DeadlineExceeded",
    "NotFound",
    "AlreadyExists",
    "PermissionDenied",
    "ResourceExhausted",
    "FailedPrecondition",
    "Aborted",
    "OutOfRange",
    "Unimplemented",
    "Internal",
    "Unavailable",
    "DataLoss",
    "Unauthenticated",
];

/// A column's type: a scalar, or `Option` of one when rows may leave the column out.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ColumnType {
    /// The type of each value.
    pub scalar: Scalar,
    /// `Option<scalar>`: rows may leave it out.
    pub optional: bool,
}

/// The types a column's values can have: those a literal can be.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Scalar {
    /// An integer type, by name (`u16`), with its bounds.
    Int {
        /// `u16`, `i64`, ...
        name: &'static str,
        /// The smallest value.
        min: i128,
        /// The largest value.
        max: u128,
    },
    /// `f32` or `f64`.
    Float {
        /// `f32` or `f64`.
        name: &'static str,
    },
    /// `bool`.
    Bool,
    /// `char`.
    Char,
    /// `&'static str`.
    Str,
}

impl Scalar {
    /// The scalar type a column's type names by this identifier (`u16`, `f64`, `bool`,
    /// `char`; `&'static str` is written as a reference, not a name): the one list of them,
    /// which the macro's column check and `codes import` of a `json` export both read.
    pub fn from_name(name: &str) -> Option<Scalar> {
        Some(match name {
            "i8" => int::<i8>("i8"),
            "i16" => int::<i16>("i16"),
            "i32" => int::<i32>("i32"),
            "i64" => int::<i64>("i64"),
            "i128" => int::<i128>("i128"),
            "isize" => int::<isize>("isize"),
            "u8" => int::<u8>("u8"),
            "u16" => int::<u16>("u16"),
            "u32" => int::<u32>("u32"),
            "u64" => int::<u64>("u64"),
            "u128" => int::<u128>("u128"),
            "usize" => int::<usize>("usize"),
            "f32" => Scalar::Float { name: "f32" },
            "f64" => Scalar::Float { name: "f64" },
            "bool" => Scalar::Bool,
            "char" => Scalar::Char,
            _ => return None,
        })
    }
}

fn int<T: IntBounds>(name: &'static str) -> Scalar {
    Scalar::Int {
        name,
        min: T::MIN,
        max: T::MAX,
    }
}

trait IntBounds {
    const MIN: i128;
    const MAX: u128;
}

macro_rules! int_bounds {
    ($($ty:ty => $min:expr, $max:expr;)*) => {
        $(impl IntBounds for $ty {
            const MIN: i128 = $min;
            const MAX: u128 = $max;
        })*
    };
}

int_bounds! {
    i8 => i8::MIN as i128, i8::MAX as u128;
    i16 => i16::MIN as i128, i16::MAX as u128;
    i32 => i32::MIN as i128, i32::MAX as u128;
    i64 => i64::MIN as i128, i64::MAX as u128;
    i128 => i128::MIN, i128::MAX as u128;
    isize => i64::MIN as i128, i64::MAX as u128;
    u8 => 0, u8::MAX as u128;
    u16 => 0, u16::MAX as u128;
    u32 => 0, u32::MAX as u128;
    u64 => 0, u64::MAX as u128;
    u128 => 0, u128::MAX;
    usize => 0, u64::MAX as u128;
}

/// A column's value in a row, checked against the column's type.
#[derive(Clone, PartialEq, Debug)]
pub enum Value {
    /// An integer, as sign and magnitude (so that every `i128` and `u128` fits).
    Int {
        /// Written with `-`.
        negative: bool,
        /// The absolute value.
        magnitude: u128,
    },
    /// The literal's digits, without suffix, with a `.` or an exponent.
    Float {
        /// Written with `-`.
        negative: bool,
        /// The digits, as written.
        digits: String,
    },
    /// `true` or `false`.
    Bool(bool),
    /// A character.
    Char(char),
    /// A string, its escapes resolved.
    Str(String),
}

/// A value as Rust source would write it: `-5`, `0.5`, `true`, `'x'`, `"text"`.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = |negative: bool| if negative { "-" } else { "" };
        match self {
            Value::Int {
                negative,
                magnitude,
            } => write!(f, "{}{magnitude}", sign(*negative)),
            Value::Float { negative, digits } => write!(f, "{}{digits}", sign(*negative)),
            Value::Bool(value) => write!(f, "{value}"),
            Value::Char(value) => write!(f, "{value:?}"),
            Value::Str(value) => write!(f, "{value:?}"),
        }
    }
}

/// A checked section: a variant of the table's category enum.
pub struct Section {
    /// Docs and attributes passed on to the category variant.
    pub attrs: Vec<Attribute>,
    /// The name as written.
    pub name: String,
    /// The category variant.
    pub variant: Ident,
    /// What the section holds.
    pub message: String,
    /// Both bounds inclusive; in a table of string codes, `(0, 0)`: its codes are `prefix`'s.
    pub range: (i128, i128),
    /// In a table of string codes, what each of its codes starts with.
    pub prefix: Option<String>,
    /// The section it is nested in, an index into [`Table::sections`].
    pub parent: Option<usize>,
}

/// A `reserved` range.
pub struct Reserved {
    /// Both bounds inclusive; in a table of string codes, `(0, 0)`: its codes are `prefix`'s.
    pub range: (i128, i128),
    /// In a table of string codes, what the reserved codes start with.
    pub prefix: Option<String>,
    /// Why the codes are reserved.
    pub message: Option<String>,
    /// The section it is declared in.
    pub parent: Option<usize>,
}

/// The code type chosen by `#[repr(T)]`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Repr {
    /// `i8`.
    I8,
    /// `i16`.
    I16,
    /// `i32`, when the table has no `#[repr]`.
    I32,
    /// `i64`.
    I64,
    /// `u8`.
    U8,
    /// `u16`.
    U16,
    /// `u32`.
    U32,
    /// `u64`.
    U64,
}

impl Repr {
    /// Every code type, in the order errors and `codes import --help` list them.
    pub const ALL: [Repr; 8] = [
        Repr::I8,
        Repr::I16,
        Repr::I32,
        Repr::I64,
        Repr::U8,
        Repr::U16,
        Repr::U32,
        Repr::U64,
    ];

    /// The code types, as errors list them: [`Repr::ALL`]'s names.
    pub const NAMES: &'static str = "i8, i16, i32, i64, u8, u16, u32 or u64";

    /// The type of this name (`"u16"`), if it is a code type.
    pub fn from_name(name: &str) -> Option<Repr> {
        Repr::ALL.into_iter().find(|repr| repr.name() == name)
    }

    /// The type's name.
    pub fn name(self) -> &'static str {
        match self {
            Repr::I8 => "i8",
            Repr::I16 => "i16",
            Repr::I32 => "i32",
            Repr::I64 => "i64",
            Repr::U8 => "u8",
            Repr::U16 => "u16",
            Repr::U32 => "u32",
            Repr::U64 => "u64",
        }
    }

    /// The smallest and largest value of the type.
    pub fn bounds(self) -> (i128, i128) {
        match self {
            Repr::I8 => (i8::MIN.into(), i8::MAX.into()),
            Repr::I16 => (i16::MIN.into(), i16::MAX.into()),
            Repr::I32 => (i32::MIN.into(), i32::MAX.into()),
            Repr::I64 => (i64::MIN.into(), i64::MAX.into()),
            Repr::U8 => (0, u8::MAX.into()),
            Repr::U16 => (0, u16::MAX.into()),
            Repr::U32 => (0, u32::MAX.into()),
            Repr::U64 => (0, u64::MAX.into()),
        }
    }

    /// Whether the type has negative values.
    pub fn signed(self) -> bool {
        self.bounds().0 < 0
    }

    /// Whether every value of `low..=high` is one of the type's (true for an empty range
    /// whose bounds are).
    pub fn holds(self, low: i128, high: i128) -> bool {
        let (min, max) = self.bounds();
        min <= low && high <= max
    }

    /// The first of `candidates` that holds `low..=high`: the smallest, for candidates
    /// listed smallest first.
    pub fn first_holding(
        candidates: impl IntoIterator<Item = Repr>,
        low: i128,
        high: i128,
    ) -> Option<Repr> {
        candidates.into_iter().find(|repr| repr.holds(low, high))
    }

    /// The size of a code in bytes.
    pub fn width(self) -> usize {
        match self {
            Repr::I8 | Repr::U8 => 1,
            Repr::I16 | Repr::U16 => 2,
            Repr::I32 | Repr::U32 => 4,
            Repr::I64 | Repr::U64 => 8,
        }
    }

    /// A code of this type in hex, as Rust's `{:#0W$X}` writes a value of the type with `W` the
    /// digits and `0x`: upper-case digits, at least `digits` of them, and a negative code as its
    /// two's complement in the type's width (`-1` of `i8` is `0xFF`).
    pub fn hex(self, code: i128, digits: usize) -> String {
        let bits = 8 * self.width() as u32;
        let value = (code as u128) & (u128::MAX >> (128 - bits));
        format!("{value:#0width$X}", width = digits + 2)
    }

    /// A code as a table that shows its codes so shows it: in hex padded to `hex` digits
    /// ([`Repr::hex`]), or decimal for `None`.
    pub fn text(self, hex: Option<usize>, code: i128) -> String {
        match hex {
            Some(digits) => self.hex(code, digits),
            None => code.to_string(),
        }
    }

    /// The type's name as an identifier.
    pub fn ident(self) -> Ident {
        Ident::new(self.name(), Span::call_site())
    }
}

#[cfg(test)]
mod tests {
    use super::Repr;

    #[test]
    fn code_types_by_name() {
        let names: Vec<&str> = Repr::ALL.iter().map(|repr| repr.name()).collect();
        assert_eq!(
            names,
            ["i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64"]
        );
        // The list errors give is the list of ALL.
        let (last, rest) = names.split_last().unwrap();
        assert_eq!(Repr::NAMES, format!("{} or {last}", rest.join(", ")));
        for repr in Repr::ALL {
            assert_eq!(Repr::from_name(repr.name()), Some(repr));
            assert_eq!(repr.ident(), repr.name());
        }
        for other in ["i128", "usize", "I32", "", "u 8"] {
            assert_eq!(Repr::from_name(other), None, "{other}");
        }
    }

    #[test]
    fn argument_types_by_name() {
        use super::ArgType;
        let names: Vec<String> = ArgType::ALL
            .iter()
            .map(|ty| format!("`{}`", ty.name()))
            .collect();
        let (last, rest) = names.split_last().unwrap();
        assert_eq!(ArgType::NAMES, format!("{} or {last}", rest.join(", ")));
        for ty in ArgType::ALL {
            assert_eq!(ArgType::from_name(ty.name()), Some(ty));
        }
        assert_eq!(ArgType::from_name("& str"), Some(ArgType::Str));
        assert_eq!(ArgType::from_name("i128"), None);
        assert_eq!(
            ArgType::integer_of(Some(16), false),
            Some(ArgType::Int(Repr::U16))
        );
        assert_eq!(ArgType::integer_of(None, true), Some(ArgType::Isize));
        assert_eq!(ArgType::integer_of(Some(12), true), None);
        assert_eq!(ArgType::Int(Repr::I8).integer(), Some((8, true)));
        assert_eq!(ArgType::Usize.integer(), Some((64, false)));
        assert_eq!(ArgType::Char.integer(), None);
    }

    #[test]
    fn bounds_are_the_types_own() {
        assert_eq!(Repr::I8.bounds(), (-128, 127));
        assert_eq!(Repr::U8.bounds(), (0, 255));
        assert_eq!(Repr::I16.bounds(), (-32768, 32767));
        assert_eq!(Repr::U16.bounds(), (0, 65535));
        assert_eq!(Repr::I32.bounds(), (i32::MIN.into(), i32::MAX.into()));
        assert_eq!(Repr::U32.bounds(), (0, 4_294_967_295));
        assert_eq!(Repr::I64.bounds(), (i64::MIN.into(), i64::MAX.into()));
        assert_eq!(Repr::U64.bounds(), (0, 18_446_744_073_709_551_615));
        for repr in Repr::ALL {
            let (min, max) = repr.bounds();
            // A type of `width` bytes has 2^(8 * width) values.
            assert_eq!(max - min + 1, 1 << (8 * repr.width()), "{repr:?}");
            assert_eq!(repr.signed(), repr.name().starts_with('i'), "{repr:?}");
        }
    }

    #[test]
    fn ranges_held() {
        assert!(Repr::I32.holds(-1, 5));
        assert!(!Repr::U16.holds(-1, 5));
        assert!(!Repr::I32.holds(0, 1 << 40));
        assert!(Repr::U8.holds(0, 255) && !Repr::U8.holds(0, 256));
        let unsigned_first = [Repr::U8, Repr::U16, Repr::U32, Repr::I32, Repr::I64];
        assert_eq!(
            Repr::first_holding(unsigned_first, 200, 404),
            Some(Repr::U16)
        );
        assert_eq!(Repr::first_holding(unsigned_first, -1, 4), Some(Repr::I32));
        assert_eq!(
            Repr::first_holding(unsigned_first, 0, 1 << 32),
            Some(Repr::I64)
        );
        assert_eq!(
            Repr::first_holding([Repr::I64, Repr::U64], 0, 1 << 64),
            None
        );
        assert_eq!(
            Repr::first_holding([Repr::I64, Repr::U64], 0, u64::MAX.into()),
            Some(Repr::U64)
        );
    }
}

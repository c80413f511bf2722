//! The checked tables that expansion works from: numbers evaluated, names converted, every rule
//! of `valid` applied.

use proc_macro2::{Ident, Span};
use syn::{Attribute, Visibility};

pub struct Table {
    /// Attributes passed on to the enum (everything but `#[repr]`).
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    pub repr: Repr,
    /// The declared columns, each one an accessor.
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// Sections in declaration order (a parent before its children).
    pub sections: Vec<Section>,
    /// Reserved ranges, for the table's docs and Markdown.
    pub reserved: Vec<Reserved>,
    /// False when validation reported an error: the table is then expanded with stub bodies,
    /// so that the user's code sees the whole API and adds no errors of its own.
    pub valid: bool,
}

pub struct Row {
    pub attrs: Vec<Attribute>,
    pub code: i128,
    /// The span of the code as written (both tokens of `-61`).
    pub code_span: Span,
    /// The wire name, verbatim; for a row written `_`, its variant's name.
    pub name: String,
    /// Written `_`: the table gives no wire name.
    pub nameless: bool,
    pub variant: Ident,
    /// The variant's name as a string, what `__variant_name` returns.
    pub variant_name: String,
    pub message: String,
    /// The innermost section that contains the row, an index into `Table::sections`.
    pub section: Option<usize>,
    /// One value per column of the table, in declaration order; `None` for an optional
    /// column the row does not set.
    pub values: Vec<Option<Value>>,
}

/// A column declared as `IDENT: TYPE (= DEFAULT)?`.
pub struct Column {
    pub attrs: Vec<Attribute>,
    /// False for a column named like a method of the table (reported already): the
    /// accessor would clash with it.
    pub accessor: bool,
    pub ident: Ident,
    /// `None` when the type is not one a column can have (reported already).
    pub ty: Option<ColumnType>,
    /// The type as written, which the accessor of an invalid table returns.
    pub written: syn::Type,
    pub default: Option<Value>,
}

/// A column's type: a scalar, or `Option` of one when rows may leave the column out.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ColumnType {
    pub scalar: Scalar,
    pub optional: bool,
}

/// The types a column's values can have: those a literal can be.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Scalar {
    /// An integer type, by name (`u16`), with its bounds.
    Int {
        name: &'static str,
        min: i128,
        max: u128,
    },
    Float {
        name: &'static str,
    },
    Bool,
    Char,
    Str,
}

/// A column's value in a row, checked against the column's type.
#[derive(Clone, PartialEq, Debug)]
pub enum Value {
    Int {
        negative: bool,
        magnitude: u128,
    },
    /// The literal's digits, without suffix, with a `.` or an exponent.
    Float {
        negative: bool,
        digits: String,
    },
    Bool(bool),
    Char(char),
    Str(String),
}

pub struct Section {
    pub attrs: Vec<Attribute>,
    pub name: String,
    pub variant: Ident,
    pub message: String,
    /// Both bounds inclusive.
    pub range: (i128, i128),
    pub parent: Option<usize>,
}

/// A `reserved` range.
pub struct Reserved {
    /// Both bounds inclusive.
    pub range: (i128, i128),
    pub message: Option<String>,
    /// The section it is declared in.
    pub parent: Option<usize>,
}

/// The code type chosen by `#[repr(T)]`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Repr {
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
}

impl Repr {
    pub const NAMES: &'static str = "i8, i16, i32, i64, u8, u16, u32 or u64";

    pub fn from_name(name: &str) -> Option<Repr> {
        Some(match name {
            "i8" => Repr::I8,
            "i16" => Repr::I16,
            "i32" => Repr::I32,
            "i64" => Repr::I64,
            "u8" => Repr::U8,
            "u16" => Repr::U16,
            "u32" => Repr::U32,
            "u64" => Repr::U64,
            _ => return None,
        })
    }

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

    /// The size of a code in bytes.
    pub fn width(self) -> usize {
        match self {
            Repr::I8 | Repr::U8 => 1,
            Repr::I16 | Repr::U16 => 2,
            Repr::I32 | Repr::U32 => 4,
            Repr::I64 | Repr::U64 => 8,
        }
    }

    pub fn ident(self) -> Ident {
        Ident::new(self.name(), Span::call_site())
    }
}

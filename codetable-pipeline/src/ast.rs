//! The syntax tree of a `define_codes!` invocation, as written: every node keeps its tokens so
//! that validation can point at them. Nothing here is checked beyond the grammar.

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::{Attribute, Ident, Lit, LitInt, LitStr, Token, Type, Visibility};

/// Every table of one invocation.
pub struct Input {
    /// `[PATH]` before the tables: the runtime crate as the calling crate reaches it, which
    /// `codetable::define_codes!` passes as its `$crate`.
    pub runtime: Option<TokenStream>,
    /// The tables, in the order written.
    pub tables: Vec<Table>,
}

/// `OUTER_ATTR* VIS enum IDENT ( ( COLUMN_DECL,* ) )? (in RANGE)? { ITEM,* }`
pub struct Table {
    /// The outer attributes and doc comments, `#[repr]` among them.
    pub attrs: Vec<Attribute>,
    /// The enum's visibility.
    pub vis: Visibility,
    /// The enum's name.
    pub ident: Ident,
    /// The declared columns; empty when the table has none.
    pub columns: Vec<ColumnDecl>,
    /// `in RANGE`: the codes the table may hold.
    pub range: Option<CodeRange>,
    /// The rows, sections and reserved ranges, in the order written.
    pub items: Vec<Item>,
    /// False when an item had a syntax error (reported already, the item left out or broken).
    pub syntax_ok: bool,
}

/// What a table's or a section's braces hold.
pub enum Item {
    /// A code.
    Row(Row),
    /// A range of codes, with items of its own.
    Section(Section),
    /// A range no row may take.
    Reserved(Reserved),
    /// Another wire name of a row.
    Alias(Alias),
    /// A wire name no row or alias may take.
    Retired(Retired),
}

/// `OUTER_ATTR* IDENT = IDENT`: `alias`, another wire name of the row named `row`.
pub struct Alias {
    /// Docs and attributes, passed on to the alias's constant.
    pub attrs: Vec<Attribute>,
    /// The alias, kept verbatim (keywords allowed).
    pub alias: Ident,
    /// The wire name of the row it names.
    pub row: Ident,
}

/// `IDENT => retired (, "MESSAGE")?`
pub struct Retired {
    /// Attributes written on it, which validation rejects.
    pub attrs: Vec<Attribute>,
    /// The retired wire name.
    pub name: Ident,
    /// Why it was retired.
    pub message: Option<LitStr>,
}

/// `OUTER_ATTR* CODE => NAME ARGS? (as IDENT)? , "MESSAGE" (, COLUMN = VALUE)*`
pub struct Row {
    /// Docs and attributes, passed on to the variant.
    pub attrs: Vec<Attribute>,
    /// The code, as written.
    pub code: Code,
    /// The wire name, as written.
    pub name: Name,
    /// `(db: &str, ..)` after the name: the arguments its messages take.
    pub args: Option<Args>,
    /// `as Variant`: the variant, chosen by the table instead of made from the name.
    pub variant: Option<Ident>,
    /// The message; `None` when the row gives none.
    pub message: Option<LitStr>,
    /// The columns the row sets, as written.
    pub columns: Vec<ColumnSet>,
    /// The row broke after its name, and parsing resumed at the next item.
    pub recovered: bool,
}

/// `( ARG,* )` after a row's name: the arguments of its messages.
pub struct Args {
    /// The parentheses, where an empty list is reported.
    pub paren: syn::token::Paren,
    /// The arguments, in order.
    pub args: Vec<Arg>,
}

/// `IDENT : TYPE`: an argument of a row's messages.
pub struct Arg {
    /// The name its messages use it by.
    pub ident: Ident,
    /// The type, as written.
    pub ty: Type,
}

/// `OUTER_ATTR* IDENT : TYPE (= VALUE)?`: a column of a table, with its default.
pub struct ColumnDecl {
    /// Docs and attributes, passed on to the accessor.
    pub attrs: Vec<Attribute>,
    /// The column's name, which its accessor takes.
    pub ident: Ident,
    /// The type, as written.
    pub ty: Type,
    /// The value of rows that leave the column out.
    pub default: Option<ColumnValue>,
}

/// `IDENT = VALUE` after a row's message: a column the row sets, a message in another
/// language, or, when its value is an identifier and its name none of the table's columns or
/// languages, an alias of the row it names (`EWOULDBLOCK = EAGAIN`), which validation tells
/// apart (the parser cannot: it does not know the columns).
pub struct ColumnSet {
    /// The column's name.
    pub ident: Ident,
    /// The row's value.
    pub value: ColumnValue,
}

/// `-? LITERAL | IDENT`: typed against its column in validation.
pub enum ColumnValue {
    /// `-? LITERAL`.
    Literal {
        /// A `-` before a number.
        minus: Option<Token![-]>,
        /// The literal.
        lit: Lit,
    },
    /// A name, such as a variant of a type of another crate (`NotFound` for `tonic::Code`).
    Ident(Ident),
}

/// The wire name of a row.
pub enum Name {
    /// An identifier, kept verbatim (raw identifiers and keywords included).
    Ident(Ident),
    /// `_`: the row has no name; validation makes one from its code.
    Nameless(Token![_]),
    /// A token that cannot be a name, such as `2RSP` (which Rust lexes as the integer `2` with
    /// the suffix `RSP`); kept so that validation reports it beside every other mistake.
    NotIdent(TokenStream),
}

/// `OUTER_ATTR* (RANGE | "PREFIX") => IDENT , "MESSAGE" { ITEM,* }`
pub struct Section {
    /// Docs and attributes, passed on to the category's variant.
    pub attrs: Vec<Attribute>,
    /// The codes it spans.
    pub codes: Codes,
    /// Its name, which its category variant is made from.
    pub ident: Ident,
    /// What the section holds.
    pub message: LitStr,
    /// Its rows, subsections and reserved ranges.
    pub items: Vec<Item>,
}

/// `(RANGE | "PREFIX") => reserved (, "MESSAGE")?`
pub struct Reserved {
    /// Attributes written on it, which validation rejects.
    pub attrs: Vec<Attribute>,
    /// The codes no row may take.
    pub codes: Codes,
    /// Why they are reserved.
    pub message: Option<LitStr>,
}

/// A row's code: `-? INTEGER_LITERAL`, or a string literal in a table of string codes.
pub enum Code {
    /// An integer.
    Int(CodeLit),
    /// A string.
    Text(LitStr),
}

impl Code {
    /// Where the code is written: its `-` and digits joined where the compiler can join spans,
    /// else its first token's, as `syn::spanned::Spanned` gives it, without making tokens of
    /// the code to join their spans (once per row, at opt-level 0 in a proc macro that cargo
    /// builds unoptimised).
    pub fn span(&self) -> proc_macro2::Span {
        match self {
            Code::Int(CodeLit {
                minus: Some(minus),
                lit,
            }) => {
                let [minus] = minus.spans;
                minus.join(lit.span()).unwrap_or(minus)
            }
            Code::Int(CodeLit { minus: None, lit }) => lit.span(),
            Code::Text(lit) => lit.span(),
        }
    }
}

/// The codes of a section or reserved range: a range of integers, or the strings that start
/// with a prefix.
pub enum Codes {
    /// `CODE ..= CODE` or `CODE .. CODE`.
    Range(CodeRange),
    /// `"PREFIX"`.
    Prefix(LitStr),
}

/// `-? INTEGER_LITERAL`: its value is worked out in validation, where overflow is reported.
pub struct CodeLit {
    /// The `-` of a negative code.
    pub minus: Option<Token![-]>,
    /// The digits, with any suffix (which validation rejects).
    pub lit: LitInt,
}

impl CodeLit {
    /// How many hex digits the code is written with (`0x00` → 2), if it is written in hex.
    pub fn hex_digits(&self) -> Option<usize> {
        let text = self.lit.to_string();
        let digits = text
            .strip_prefix("0x")
            .or_else(|| text.strip_prefix("0X"))?;
        Some(digits.bytes().filter(u8::is_ascii_hexdigit).count())
    }
}

/// `CODE ..= CODE` or `CODE .. CODE`.
pub struct CodeRange {
    /// The first code.
    pub start: CodeLit,
    /// `..=` or `..`.
    pub limits: RangeLimits,
    /// The last code (`..=`), or the one after the last (`..`).
    pub end: CodeLit,
}

/// Whether a range holds its end.
pub enum RangeLimits {
    /// `..=`: the end is in the range.
    Closed(Token![..=]),
    /// `..`: the end is not.
    HalfOpen(Token![..]),
}

impl ToTokens for Code {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            Code::Int(code) => code.to_tokens(tokens),
            Code::Text(text) => text.to_tokens(tokens),
        }
    }
}

impl ToTokens for Codes {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            Codes::Range(range) => range.to_tokens(tokens),
            Codes::Prefix(prefix) => prefix.to_tokens(tokens),
        }
    }
}

impl ToTokens for CodeLit {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.minus.to_tokens(tokens);
        self.lit.to_tokens(tokens);
    }
}

impl ToTokens for ColumnValue {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            ColumnValue::Literal { minus, lit } => {
                minus.to_tokens(tokens);
                lit.to_tokens(tokens);
            }
            ColumnValue::Ident(ident) => ident.to_tokens(tokens),
        }
    }
}

impl ToTokens for CodeRange {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.start.to_tokens(tokens);
        match &self.limits {
            RangeLimits::Closed(dots) => dots.to_tokens(tokens),
            RangeLimits::HalfOpen(dots) => dots.to_tokens(tokens),
        }
        self.end.to_tokens(tokens);
    }
}

impl ToTokens for Name {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            Name::Ident(ident) => ident.to_tokens(tokens),
            Name::Nameless(underscore) => underscore.to_tokens(tokens),
            Name::NotIdent(other) => other.to_tokens(tokens),
        }
    }
}

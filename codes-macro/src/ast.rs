//! The syntax tree of a `define_codes!` invocation, as written: every node keeps its tokens so
//! that validation can point at them. Nothing here is checked beyond the grammar.

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::{Attribute, Ident, Lit, LitInt, LitStr, Token, Type, Visibility};

/// Every table of one invocation.
pub struct Input {
    pub tables: Vec<Table>,
}

/// `OUTER_ATTR* VIS enum IDENT ( ( COLUMN_DECL,* ) )? (in RANGE)? { ITEM,* }`
pub struct Table {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    /// The declared columns; empty when the table has none.
    pub columns: Vec<ColumnDecl>,
    pub range: Option<CodeRange>,
    pub items: Vec<Item>,
    /// False when an item had a syntax error (reported already, the item left out or broken).
    pub syntax_ok: bool,
}

pub enum Item {
    Row(Row),
    Section(Section),
    Reserved(Reserved),
}

/// `OUTER_ATTR* CODE => NAME , "MESSAGE" (, COLUMN = VALUE)*`
pub struct Row {
    pub attrs: Vec<Attribute>,
    pub code: CodeLit,
    pub name: Name,
    /// `None` when the row broke after its name (the syntax error is reported already).
    pub message: Option<LitStr>,
    /// The columns the row sets, as written.
    pub columns: Vec<ColumnSet>,
    /// The row broke after its name, and parsing resumed at the next item.
    pub recovered: bool,
}

/// `OUTER_ATTR* IDENT : TYPE (= VALUE)?`: a column of a table, with its default.
pub struct ColumnDecl {
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    pub ty: Type,
    pub default: Option<ColumnValue>,
}

/// `IDENT = VALUE` in a row.
pub struct ColumnSet {
    pub ident: Ident,
    pub value: ColumnValue,
}

/// `-? LITERAL`: typed against its column in validation.
pub struct ColumnValue {
    pub minus: Option<Token![-]>,
    pub lit: Lit,
}

/// The wire name of a row.
pub enum Name {
    Ident(Ident),
    /// `_`: the row has no name; validation makes one from its code.
    Nameless(Token![_]),
    /// A token that cannot be a name, such as `2RSP` (which Rust lexes as the integer `2` with
    /// the suffix `RSP`); kept so that validation reports it beside every other mistake.
    NotIdent(TokenStream),
}

/// `OUTER_ATTR* RANGE => IDENT , "MESSAGE" { ITEM,* }`
pub struct Section {
    pub attrs: Vec<Attribute>,
    pub range: CodeRange,
    pub ident: Ident,
    pub message: LitStr,
    pub items: Vec<Item>,
}

/// `RANGE => reserved (, "MESSAGE")?`
pub struct Reserved {
    pub attrs: Vec<Attribute>,
    pub range: CodeRange,
    pub message: Option<LitStr>,
}

/// `-? INTEGER_LITERAL`: its value is worked out in validation, where overflow is reported.
pub struct CodeLit {
    pub minus: Option<Token![-]>,
    pub lit: LitInt,
}

/// `CODE ..= CODE` or `CODE .. CODE`.
pub struct CodeRange {
    pub start: CodeLit,
    pub limits: RangeLimits,
    pub end: CodeLit,
}

pub enum RangeLimits {
    Closed(Token![..=]),
    HalfOpen(Token![..]),
}

impl ToTokens for CodeLit {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.minus.to_tokens(tokens);
        self.lit.to_tokens(tokens);
    }
}

impl ToTokens for ColumnValue {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.minus.to_tokens(tokens);
        self.lit.to_tokens(tokens);
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

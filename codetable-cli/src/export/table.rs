//! A table as every export format sees it, and as the `json` format writes it: plain data
//! (strings, numbers as written, names), made once from the macro's checked model. `codes
//! import` reads the `json` format back into these types.
//!
//! The JSON layout is versioned ([`VERSION`]); `codetable-cli/schema/codes-export-v1.schema.json`
//! is its JSON Schema, whose `$id` is [`SCHEMA_ID`]. A message is an object keyed by language
//! (the table's `languages`, or [`DEFAULT_LANGUAGE`] for a table that declares none), so that
//! the same layout holds one language or several.

use super::escape;
use crate::sources;
use codetable_pipeline::help::doc_text as doc;
use codetable_pipeline::{attr, model};
use serde::de::Error as _;
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use syn::ext::IdentExt;

/// The version of the JSON layout this writes and reads.
pub const VERSION: u32 = 1;

/// The `$id` of the JSON Schema of [`VERSION`], which an export names as its `$schema`: the
/// schema file as docs.rs serves it from the package of the release that introduced it, a URL
/// that does not change with later releases.
pub const SCHEMA_ID: &str =
    "https://docs.rs/crate/codetable-cli/0.1.0/source/schema/codes-export-v1.schema.json";

/// The [`ExportedTable::repr`] of a table of string codes.
pub const STR: &str = "str";

/// The language key of a message when the table declares none.
pub const DEFAULT_LANGUAGE: &str = "default";

/// A whole `json` export: the tables of some sources.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Export {
    /// [`SCHEMA_ID`].
    #[serde(rename = "$schema", default)]
    pub schema: String,
    /// [`VERSION`].
    pub version: u32,
    /// What wrote it, and from where: `codes export 0.1.0 from seeds/src/pcs.rs`.
    #[serde(default)]
    pub generator: String,
    /// The tables, in the order of their sources.
    pub tables: Vec<ExportedTable>,
}

/// One table as the exports see it: one enum, as plain data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportedTable {
    /// The enum's name (a raw identifier without its `r#`).
    pub name: String,
    /// Where it is defined.
    pub source: Source,
    /// The enum's doc comment, its lines joined with `\n`.
    pub doc: Option<String>,
    /// The code type: `i8`, `i16`, `i32`, `i64`, `u8`, `u16`, `u32` or `u64`; [`STR`] for a
    /// table of string codes.
    pub repr: String,
    /// A table that shows its codes in hex (`#[codetable(hex)]`, or every row writes its code
    /// in hex): the digits they are padded to (`0x0001` 4). The codes are numbers all the
    /// same. `null` for a table that shows them in decimal (and for one of string codes).
    #[serde(default)]
    pub hex: Option<usize>,
    /// `#[codetable(strip_prefix = "..")]`: taken off wire names before their variants are made.
    pub strip_prefix: Option<String>,
    /// `#[codetable(help_url = "..")]`: the template of the rows' help links, as written.
    #[serde(default)]
    pub help_url: Option<String>,
    /// The languages of the messages (`#[codetable(languages(..))]`), the first the one
    /// `message()` returns; [`DEFAULT_LANGUAGE`] alone for a table that declares none.
    pub languages: Vec<String>,
    /// The typed columns beside the message, in declaration order.
    pub columns: Vec<Column>,
    /// The sections, in declaration order (a parent before its children).
    pub sections: Vec<Section>,
    /// The reserved ranges, in declaration order.
    pub reserved: Vec<Reserved>,
    /// Names the table retired: no row or alias may take them.
    pub retired: Vec<Retired>,
    /// The rows, in declaration order (the order of the enum's `iter()`).
    pub rows: Vec<Row>,
}

/// Where a table is defined.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The file, as given to `codes export`.
    pub file: String,
    /// The line of the enum's name.
    pub line: usize,
}

/// A column: `http: u16`, `hint: Option<&'static str> = ".."`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Column {
    /// The column's name, and its accessor's.
    pub name: String,
    /// The type of a value: an integer type (`u16`), `f32`, `f64`, `bool`, `char` or `str`.
    #[serde(rename = "type")]
    pub ty: String,
    /// `Option<type>`: a row may have no value.
    pub optional: bool,
    /// The value of the rows that do not set it.
    pub default: Option<Value>,
    /// The column's doc comment.
    pub doc: Option<String>,
}

/// A value of a column: a number as written in JSON, a `bool`, or a string (a `char`'s too).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// An integer or a float, as JSON writes it (`404`, `-1`, `0.5`, `1e300`).
    Number(String),
    /// `true` or `false`.
    Bool(bool),
    /// A string, or a character.
    Str(String),
}

/// One row: a variant of the enum. The JSON writes its code as a number, or in a table of
/// string codes as the string (`"code": "23505"`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(into = "RowJson", from = "RowJson")]
pub struct Row {
    /// The code; in a table of string codes, the row's slot (0 when read from JSON; see
    /// `text`).
    pub code: i128,
    /// In a table of string codes, the code (`"23505"`); `None` in a table of numbers.
    pub text: Option<String>,
    /// The wire name: what `name()` returns (for a nameless row, its variant's name).
    pub name: String,
    /// The table gives the row no name (it is written `_`).
    pub nameless: bool,
    /// The variant's name (made from the wire name, or chosen: `NAME as Variant`).
    pub variant: String,
    /// The message, by language: the first language's always, another's where the row gives
    /// one (where it does not, the first language's stands in).
    pub messages: BTreeMap<String, String>,
    /// The name of the innermost section holding the row.
    pub section: Option<String>,
    /// Every column's value (`null` for an optional column the row does not set), by name.
    pub columns: Values,
    /// Other wire names of the row (`ALIAS = NAME`), which `from_name` knows too.
    pub aliases: Vec<String>,
    /// The arguments of the row's messages, in order (`NAME(db: &str)`); none for a row
    /// without, whose messages are text as written. Left out of the JSON when empty.
    pub arguments: Vec<Argument>,
    /// `#[deprecated]`, if the row has it.
    pub deprecated: Option<Deprecated>,
    /// The row's doc comment: its explanation.
    pub doc: Option<String>,
    /// The row's help link (its own, or the table's template's), as `help_url()` returns it.
    pub help_url: Option<String>,
}

/// A row as the JSON has it: [`Row`] with its code a [`JsonCode`].
#[derive(Serialize, Deserialize)]
struct RowJson {
    code: JsonCode,
    /// What exports before string codes were written as strings wrote beside the row's slot:
    /// read, never written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    name: String,
    nameless: bool,
    variant: String,
    messages: BTreeMap<String, String>,
    section: Option<String>,
    columns: Values,
    aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    arguments: Vec<Argument>,
    deprecated: Option<Deprecated>,
    doc: Option<String>,
    #[serde(default)]
    help_url: Option<String>,
}

/// A row's code in the JSON: a number, or a string in a table of string codes.
#[derive(Clone, Debug, PartialEq, Eq)]
enum JsonCode {
    Number(i128),
    Text(String),
}

/// A [`Row`] or a [`RowJson`] made of the other: the fields they share moved, the code's
/// as given.
macro_rules! moved_row {
    ($from:ident => $to:ident { $($code:tt)* }) => {
        $to {
            $($code)*
            name: $from.name,
            nameless: $from.nameless,
            variant: $from.variant,
            messages: $from.messages,
            section: $from.section,
            columns: $from.columns,
            aliases: $from.aliases,
            arguments: $from.arguments,
            deprecated: $from.deprecated,
            doc: $from.doc,
            help_url: $from.help_url,
        }
    };
}

impl From<Row> for RowJson {
    fn from(row: Row) -> RowJson {
        let code = match row.text {
            Some(text) => JsonCode::Text(text),
            None => JsonCode::Number(row.code),
        };
        moved_row!(row => RowJson { code, text: None, })
    }
}

impl From<RowJson> for Row {
    fn from(row: RowJson) -> Row {
        let (code, text) = match (row.code, row.text) {
            (JsonCode::Text(text), _) => (0, Some(text)),
            (JsonCode::Number(slot), text) => (slot, text),
        };
        moved_row!(row => Row { code, text, })
    }
}

impl Serialize for JsonCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            JsonCode::Number(code) => serializer.serialize_i128(*code),
            JsonCode::Text(text) => serializer.serialize_str(text),
        }
    }
}

impl<'de> Deserialize<'de> for JsonCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // The raw text, so that a code beyond what an `f64` holds reads back exactly.
        let raw = Box::<serde_json::value::RawValue>::deserialize(deserializer)?;
        let text = raw.get().trim();
        if text.starts_with('"') {
            serde_json::from_str(text)
                .map(JsonCode::Text)
                .map_err(D::Error::custom)
        } else {
            text.parse().map(JsonCode::Number).map_err(|_| {
                D::Error::custom(format!(
                    "a code is an integer, or a string in a table of string codes, not `{text}`"
                ))
            })
        }
    }
}

/// An argument of a row's messages: `db: &str`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Argument {
    /// Its name, which the messages use (`{db}`).
    pub name: String,
    /// Its type, as Rust writes it: `&str`, an integer type, `f64`, `bool` or `char`.
    #[serde(rename = "type")]
    pub ty: String,
}

impl Argument {
    /// The type, as the macro reads it.
    pub fn arg_type(&self) -> Option<model::ArgType> {
        model::ArgType::from_name(&self.ty)
    }
}

/// A row's column values, by column name, in the table's column order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Values(pub Vec<(String, Option<Value>)>);

impl Values {
    /// The value of a column, `None` for a column the row does not set or does not have.
    pub fn get(&self, column: &str) -> Option<&Value> {
        self.0
            .iter()
            .find(|(name, _)| name == column)
            .and_then(|(_, value)| value.as_ref())
    }
}

/// `#[deprecated]`, `#[deprecated = "note"]` or `#[deprecated(since = "..", note = "..")]`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deprecated {
    /// `since = ".."`.
    pub since: Option<String>,
    /// The note.
    pub note: Option<String>,
}

/// A section: a variant of the table's category enum.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// The name, as written.
    pub name: String,
    /// The category's variant.
    pub variant: String,
    /// What the section holds, by language.
    pub messages: BTreeMap<String, String>,
    /// The range, both bounds inclusive; `None` in a table of string codes (see `prefix`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<[i128; 2]>,
    /// In a table of string codes, the prefix of the codes it holds (`"23"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// The name of the section it is nested in.
    pub parent: Option<String>,
    /// The section's doc comment.
    pub doc: Option<String>,
}

/// A range no code may use.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reserved {
    /// The range, both bounds inclusive; `None` in a table of string codes (see `prefix`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<[i128; 2]>,
    /// In a table of string codes, the prefix of the codes it reserves (`"XX"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// Why, by language (empty when the table does not say).
    pub messages: BTreeMap<String, String>,
    /// The name of the section it is declared in.
    pub parent: Option<String>,
}

/// A name the table retired (`NAME => retired, "why"`): no row or alias may take it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Retired {
    /// The name.
    pub name: String,
    /// Why, by language (empty when the table does not say).
    pub messages: BTreeMap<String, String>,
}

impl Row {
    /// The message in the table's first language.
    pub fn message<'a>(&'a self, table: &ExportedTable) -> &'a str {
        message(&self.messages, table)
    }

    /// The message in a language, as the Rust table's `message_in` gives it: the row's own,
    /// or the first language's where the row gives none.
    pub fn message_in<'a>(&'a self, table: &ExportedTable, language: &str) -> &'a str {
        self.messages
            .get(language)
            .map_or_else(|| self.message(table), String::as_str)
    }
}

impl ExportedTable {
    /// A row's code as a literal of TypeScript, Go and Python: a string code quoted, a number
    /// in hex (`0x8007000E`, padded as the table pads it) in a table shown in hex, else in
    /// decimal.
    pub fn code_literal(&self, row: &Row) -> String {
        match &row.text {
            Some(text) => escape::quoted(text),
            None => self.code_text(row),
        }
    }

    /// A row's code as the exports' docs show it: a string code as it is, a number in hex in
    /// a table shown in hex ([`hex_literal`]), else in decimal.
    pub fn code_text(&self, row: &Row) -> String {
        match (&row.text, self.hex) {
            (Some(text), _) => text.clone(),
            (None, Some(digits)) => hex_literal(row.code, digits),
            (None, None) => row.code.to_string(),
        }
    }

    /// Whether the table's codes are strings ([`STR`]): each row's [`Row::text`].
    pub fn text_codes(&self) -> bool {
        self.repr == STR
    }

    /// Whether the table declares its languages (`#[codetable(languages(..))]`), and so has a
    /// language enum and `message_in`: one that declares none has [`DEFAULT_LANGUAGE`] alone.
    pub fn declares_languages(&self) -> bool {
        self.languages != [DEFAULT_LANGUAGE]
    }

    /// Every alias, with the row it names, in the rows' order.
    pub fn aliases(&self) -> impl Iterator<Item = (&str, &Row)> {
        self.rows
            .iter()
            .flat_map(|row| row.aliases.iter().map(move |alias| (alias.as_str(), row)))
    }

    /// The name of an alias's associated constant in Rust, made as a row's variant is made
    /// from its wire name, the table's prefix taken off first (`E_WOULDBLOCK` →
    /// `Wouldblock`): what the other languages name the alias's constant after.
    pub fn alias_variant(&self, alias: &str) -> String {
        codetable_shared::variant_name_without(self.strip_prefix.as_deref(), alias)
    }

    /// The table's doc comment, if any, and a paragraph saying where it is defined: what each
    /// language's docs of the table say.
    pub fn described(&self) -> String {
        let source = format!(
            "Exported from {}, line {}.",
            self.source.file, self.source.line
        );
        match &self.doc {
            Some(doc) => format!("{doc}\n\n{source}"),
            None => source,
        }
    }
}

impl Section {
    /// The message in the table's first language.
    pub fn message<'a>(&'a self, table: &ExportedTable) -> &'a str {
        message(&self.messages, table)
    }
}

/// The message of the table's first language, or of the first language given.
pub fn message<'a>(messages: &'a BTreeMap<String, String>, table: &ExportedTable) -> &'a str {
    table
        .languages
        .first()
        .and_then(|language| messages.get(language))
        .or_else(|| messages.values().next())
        .map_or("", String::as_str)
}

/// A code as a hex literal of Rust, TypeScript, Go and Python, padded to `digits`: `0x0010`,
/// and `-0x0001` for a negative one, as a table writes it (its two's complement, which Rust
/// shows, would be another number in those languages and beyond the code type in Rust).
pub fn hex_literal(code: i128, digits: usize) -> String {
    let sign = if code < 0 { "-" } else { "" };
    format!("{sign}0x{:0digits$X}", code.unsigned_abs())
}

/// The tables read from sources, as plain data.
pub fn tables(found: &[sources::FoundTable]) -> Vec<ExportedTable> {
    found.iter().map(table).collect()
}

/// One table as plain data.
pub fn table(found: &sources::FoundTable) -> ExportedTable {
    let model = &found.table;
    let section_name = |index: Option<usize>| {
        index
            .and_then(|index| model.sections.get(index))
            .map(|section| section.name.clone())
    };
    let columns: Vec<Column> = model.columns.iter().map(column).collect();
    let languages: Vec<String> = if model.languages.is_empty() {
        vec![DEFAULT_LANGUAGE.to_owned()]
    } else {
        model
            .languages
            .iter()
            .map(|language| language.ident.unraw().to_string())
            .collect()
    };
    let first = |message: &str| BTreeMap::from([(languages[0].clone(), message.to_owned())]);
    let rows = model
        .rows
        .iter()
        .enumerate()
        .map(|(index, row)| Row {
            code: row.code,
            name: row.name.clone(),
            nameless: row.nameless,
            variant: row.variant_name.clone(),
            messages: {
                let mut messages = first(&row.message);
                for (language, message) in languages.iter().skip(1).zip(&row.translations) {
                    if let Some(message) = message {
                        messages.insert(language.clone(), message.clone());
                    }
                }
                messages
            },
            section: section_name(row.section),
            columns: Values(
                columns
                    .iter()
                    .zip(&model.columns)
                    .zip(&row.values)
                    .map(|((column, declared), value)| {
                        let value = value.as_ref().map(|value| self::value(value, declared));
                        (column.name.clone(), value)
                    })
                    .collect(),
            ),
            aliases: model
                .aliases
                .iter()
                .filter(|alias| alias.row == index)
                .map(|alias| alias.name.clone())
                .collect(),
            arguments: row
                .args()
                .iter()
                .map(|arg| Argument {
                    name: arg.ident.to_string(),
                    ty: arg.ty.name().to_owned(),
                })
                .collect(),
            deprecated: deprecated(&row.attrs),
            doc: doc(&row.attrs),
            help_url: row.help_url.clone(),
            text: row.text.clone(),
        })
        .collect();
    ExportedTable {
        name: model.ident.unraw().to_string(),
        source: Source {
            file: found.file.clone(),
            line: found.line,
        },
        doc: doc(&model.attrs),
        repr: if model.text_codes {
            STR.to_owned()
        } else {
            model.repr.name().to_owned()
        },
        hex: model.hex.filter(|_| !model.text_codes),
        strip_prefix: model.strip_prefix.clone(),
        help_url: model.help_url.clone(),
        columns,
        sections: model
            .sections
            .iter()
            .map(|section| Section {
                name: section.name.clone(),
                variant: section.variant.unraw().to_string(),
                messages: first(&section.message),
                range: section
                    .prefix
                    .is_none()
                    .then_some([section.range.0, section.range.1]),
                prefix: section.prefix.clone(),
                parent: section_name(section.parent),
                doc: doc(&section.attrs),
            })
            .collect(),
        reserved: model
            .reserved
            .iter()
            .map(|reserved| Reserved {
                range: reserved
                    .prefix
                    .is_none()
                    .then_some([reserved.range.0, reserved.range.1]),
                prefix: reserved.prefix.clone(),
                messages: reserved.message.as_deref().map(first).unwrap_or_default(),
                parent: section_name(reserved.parent),
            })
            .collect(),
        retired: model
            .retired
            .iter()
            .map(|retired| Retired {
                name: retired.name.clone(),
                messages: retired.message.as_deref().map(first).unwrap_or_default(),
            })
            .collect(),
        rows,
        languages,
    }
}

fn column(column: &model::Column) -> Column {
    let ty = column.ty.unwrap_or(model::ColumnType {
        scalar: model::Scalar::Str,
        optional: false,
    });
    Column {
        name: column.ident.unraw().to_string(),
        ty: scalar_name(ty.scalar).to_owned(),
        optional: ty.optional,
        default: column
            .default
            .as_ref()
            .map(|value| self::value(value, column)),
        doc: doc(&column.attrs),
    }
}

/// A scalar's name in the export: Rust's, and `str` for `&'static str`.
fn scalar_name(scalar: model::Scalar) -> &'static str {
    match scalar {
        model::Scalar::Int { name, .. } | model::Scalar::Float { name } => name,
        model::Scalar::Bool => "bool",
        model::Scalar::Char => "char",
        model::Scalar::Str => "str",
    }
}

/// A checked value as plain data: a float as the shortest JSON number that reads back to the
/// same `f32` or `f64`.
fn value(value: &model::Value, column: &model::Column) -> Value {
    match value {
        model::Value::Int {
            negative,
            magnitude,
        } => Value::Number(if *negative && *magnitude != 0 {
            format!("-{magnitude}")
        } else {
            magnitude.to_string()
        }),
        model::Value::Float { negative, digits } => {
            let text = if *negative {
                format!("-{digits}")
            } else {
                digits.clone()
            };
            let single = matches!(
                column.ty.map(|ty| ty.scalar),
                Some(model::Scalar::Float { name: "f32" })
            );
            // The macro checked that the digits are a finite number of the column's type.
            let number = if single {
                text.parse::<f32>()
                    .ok()
                    .and_then(|x| serde_json::to_string(&x).ok())
            } else {
                text.parse::<f64>()
                    .ok()
                    .and_then(|x| serde_json::to_string(&x).ok())
            };
            Value::Number(number.unwrap_or(text))
        }
        model::Value::Bool(value) => Value::Bool(*value),
        model::Value::Char(value) => Value::Str(value.to_string()),
        model::Value::Str(value) => Value::Str(value.clone()),
    }
}

/// A row's `#[deprecated]`, in any of its forms.
fn deprecated(attrs: &[syn::Attribute]) -> Option<Deprecated> {
    let attr = attrs
        .iter()
        .find(|attr| attr::of(attr) == attr::Kind::Deprecated)?;
    let mut deprecated = Deprecated::default();
    match &attr.meta {
        syn::Meta::Path(_) => {}
        syn::Meta::NameValue(syn::MetaNameValue {
            value:
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(note),
                    ..
                }),
            ..
        }) => deprecated.note = Some(note.value()),
        syn::Meta::NameValue(_) => {}
        syn::Meta::List(list) => {
            // rustc checked the form; what it is not is left out.
            let _ = list.parse_nested_meta(|meta| {
                let text = meta.value()?.parse::<syn::LitStr>()?.value();
                if meta.path.is_ident("since") {
                    deprecated.since = Some(text);
                } else if meta.path.is_ident("note") {
                    deprecated.note = Some(text);
                }
                Ok(())
            });
        }
    }
    Some(deprecated)
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Number(text) => serde_json::value::RawValue::from_string(text.clone())
                .map_err(serde::ser::Error::custom)?
                .serialize(serializer),
            Value::Bool(value) => serializer.serialize_bool(*value),
            Value::Str(value) => serializer.serialize_str(value),
        }
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = Box::<serde_json::value::RawValue>::deserialize(deserializer)?;
        raw_value(raw.get()).map_err(D::Error::custom)
    }
}

/// A JSON value as a column's value: a number keeps its text, so that an integer beyond
/// what an `f64` holds exactly reads back to itself.
fn raw_value(text: &str) -> Result<Value, String> {
    let text = text.trim();
    match text {
        "true" => Ok(Value::Bool(true)),
        "false" => Ok(Value::Bool(false)),
        _ if text.starts_with('"') => serde_json::from_str(text)
            .map(Value::Str)
            .map_err(|error| error.to_string()),
        _ if text.starts_with(|c: char| c == '-' || c.is_ascii_digit()) => {
            Ok(Value::Number(text.to_owned()))
        }
        _ => Err(format!(
            "a column's value is a number, `true`, `false`, a string or `null`, not `{text}`"
        )),
    }
}

impl Serialize for Values {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in &self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Values {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // The order is the table's columns', which the reader applies.
        let map = BTreeMap::<String, Option<Value>>::deserialize(deserializer)?;
        Ok(Values(map.into_iter().collect()))
    }
}

/// The JSON export of some tables: the tables' fields one a line, and each column, section,
/// reserved range and row on a line of its own (so that a change of a row is a change of
/// its line), ending with a line break. Fails only on a [`Value::Number`] that is no JSON
/// number.
pub fn json(tables: Vec<ExportedTable>, generator: String) -> Result<String, serde_json::Error> {
    let mut out = String::from("{\n");
    let _ = writeln!(out, "  \"$schema\": {},", line(&SCHEMA_ID)?);
    let _ = writeln!(out, "  \"version\": {},", line(&VERSION)?);
    let _ = writeln!(out, "  \"generator\": {},", line(&generator)?);
    out.push_str("  \"tables\": [");
    for (index, table) in tables.iter().enumerate() {
        out.push_str(if index == 0 { "\n" } else { ",\n" });
        out.push_str("    {\n");
        let fields = [
            ("name", line(&table.name)?),
            ("source", line(&table.source)?),
            ("doc", line(&table.doc)?),
            ("repr", line(&table.repr)?),
            ("hex", line(&table.hex)?),
            ("strip_prefix", line(&table.strip_prefix)?),
            ("help_url", line(&table.help_url)?),
            ("languages", line(&table.languages)?),
            ("columns", lines(&table.columns)?),
            ("sections", lines(&table.sections)?),
            ("reserved", lines(&table.reserved)?),
            ("retired", lines(&table.retired)?),
            ("rows", lines(&table.rows)?),
        ];
        for (position, (key, value)) in fields.iter().enumerate() {
            let comma = if position + 1 < fields.len() { "," } else { "" };
            let _ = writeln!(out, "      \"{key}\": {value}{comma}");
        }
        out.push_str("    }");
    }
    out.push_str(if tables.is_empty() {
        "]\n}\n"
    } else {
        "\n  ]\n}\n"
    });
    Ok(out)
}

/// A value on one line, with a space after each `:` and `,`.
fn line<T: Serialize + ?Sized>(value: &T) -> Result<String, serde_json::Error> {
    let mut bytes = Vec::new();
    value.serialize(&mut serde_json::Serializer::with_formatter(
        &mut bytes, Spaced,
    ))?;
    // serde_json writes UTF-8.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// A list with an item a line (at the depth of a table's fields), `[]` when empty.
fn lines<T: Serialize>(items: &[T]) -> Result<String, serde_json::Error> {
    if items.is_empty() {
        return Ok("[]".to_owned());
    }
    let items: Vec<String> = items.iter().map(line).collect::<Result<_, _>>()?;
    Ok(format!("[\n        {}\n      ]", items.join(",\n        ")))
}

/// serde_json's compact format, with a space after each `:` and `,`.
struct Spaced;

/// `, ` before every item but the first.
fn separate<W: ?Sized + std::io::Write>(writer: &mut W, first: bool) -> std::io::Result<()> {
    if first {
        Ok(())
    } else {
        writer.write_all(b", ")
    }
}

impl serde_json::ser::Formatter for Spaced {
    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        separate(writer, first)
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        separate(writer, first)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
    ) -> std::io::Result<()> {
        writer.write_all(b": ")
    }

    /// What JSON may hold as it is but a reader of the file should see: bidirectional
    /// controls, separators, a byte-order mark, as `\uXXXX`.
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        // serde_json escaped quotes, backslashes and the controls below U+0020 already.
        if !fragment.contains(escape::is_trap) {
            return writer.write_all(fragment.as_bytes());
        }
        let mut escaped = String::with_capacity(fragment.len() + 6);
        escape::push_escaped(&mut escaped, fragment);
        writer.write_all(escaped.as_bytes())
    }
}

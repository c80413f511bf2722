//! The `typescript` format: a module that `tsc --strict` takes, with, per table,
//!
//! - `DaemonCode`, the type of its codes: a number branded with the table's name
//!   (`Code<"DaemonCode">`), which only the table gives, so that a plain number or another
//!   table's code is refused where a `DaemonCode` is asked;
//! - `const DaemonCode: DaemonCodeCodes = { Ok: 0 as DaemonCode, .. }`, a constant per row,
//!   and the interface `DaemonCodeCodes` that declares them, with each row's docs;
//! - `DaemonCodeCategory`, the union of the sections' names;
//! - `DaemonCodeRow`: code, wire name, variant, message, section and the columns;
//! - `DaemonCodeTable`: the rows, and `fromCode`, `fromName` (wire names and aliases), `row`,
//!   `name`, `message`; every table is a `CodeTable`, so that code can take any of them;
//! - an alias (`E_WOULDBLOCK = E_AGAIN`) as a constant equal to its row's
//!   (`Curly.Wouldblock === Curly.Again`), named as the Rust constant is;
//! - for a table that declares languages, `CurlyLanguages` (the tags, the first that of
//!   `message`) and their union type `CurlyLanguage`, each row's `messages` in the languages it
//!   gives, and `messageIn(code, language)` on its table, a `LanguageTable`, which falls back
//!   to the first language's message as the Rust table's `message_in` does.
//!
//! The shape is the same for a table of ten rows and of 30 000: nothing in it is a union of
//! the rows (of their codes, names or object types), which `tsc` checks in time quadratic in
//! their number and refuses past about a thousand (TS2590, "Expression produces a union type
//! that is too complex to represent"); and the constants are declared by an interface, so
//! that an editor completes `DaemonCode.` from the declarations without checking the object's
//! every property first (BENCHMARKS.md, "Exports at scale").
//!
//! Codes (and integer columns) are `number`s, or `bigint`s for a table with a code beyond
//! `Number.MAX_SAFE_INTEGER`; a table of string codes brands `string`s the same way
//! (`Code<"SqlState", string>`, `"23505" as SqlState`), its `fromCode` takes a string. A table
//! shown in hex writes its codes in hex (`0x8007000E as Hresult`).

use super::escape::{jsdoc_text, quoted};
use super::names::{ascii_ident, lower_first, unique};
use super::table::{Column, ExportedTable, Row, Value};
use std::fmt::Write as _;

/// The largest integer a `number` holds exactly.
const MAX_SAFE_INTEGER: i128 = (1 << 53) - 1;

/// What every module starts with: the shape of every table.
const PRELUDE: &str = r#"
/** What brands a table's codes with the table's name. */
declare const codeOfTable: unique symbol;

/** What a code is made of: a number, a bigint (for a table with a code beyond 2^53) or a string. */
export type CodeValue = number | bigint | string;

/**
 * A code of the table named `T`: a number, bigint or string that the table's constants,
 * `fromCode` and `fromName` give, and no plain number or string is.
 */
export type Code<T extends string, N extends CodeValue = number> = N & {
  readonly [codeOfTable]: T;
};

/** What `fromCode` of a table of codes `C` takes: a string for string codes, else a number. */
export type CodeInput<C extends CodeValue> = C extends string ? string : number | bigint;

/** One row of a table: a code, its wire name, message and section. */
export interface CodeRow<C extends CodeValue = CodeValue> {
  /** The code. */
  readonly code: C;
  /** The wire name. */
  readonly name: string;
  /** The name of the code's constant (the Rust variant's). */
  readonly variant: string;
  /** The message. */
  readonly message: string;
  /** The name of the innermost section holding the code, or `null`. */
  readonly category: string | null;
}

/** A table of codes: its rows, and lookups by code and by wire name. */
export interface CodeTable<C extends CodeValue = CodeValue, R extends CodeRow<C> = CodeRow<C>> {
  /** The table's name. */
  readonly table: string;
  /** Every row, in the table's order. */
  readonly rows: readonly R[];
  /** The code of a number (a string for string codes), or `undefined` for none of the table's. */
  fromCode(code: CodeInput<C>): C | undefined;
  /** The code of a wire name or an alias, or `undefined` for a name that is none of the table's. */
  fromName(name: string): C | undefined;
  /** The row of a code. */
  row(code: C): R;
  /** The wire name of a code. */
  name(code: C): string;
  /** The message of a code. */
  message(code: C): string;
}

/** The row of a code: every code of a table's type has one. */
function rowOf<C, R>(rows: ReadonlyMap<C, R>, code: C): R {
  const row = rows.get(code);
  if (row === undefined) {
    throw new RangeError(`${String(code)} is no code of this table`);
  }
  return row;
}
"#;

/// What a module with a table that declares languages has besides: the shape of such a table.
const LANGUAGE_PRELUDE: &str = r#"
/** A table whose messages are in several languages: a code's message in each. */
export interface LanguageTable<
  C extends CodeValue = CodeValue,
  R extends CodeRow<C> = CodeRow<C>,
  L extends string = string,
> extends CodeTable<C, R> {
  /** The languages of the messages, the first that of `message`. */
  readonly languages: readonly L[];
  /** The message of a code in a language: the first language's where the row gives none. */
  messageIn(code: C, language: L): string;
}
"#;

/// The module.
pub fn file(files: &str, tables: &[ExportedTable]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "// {}", super::header(files));
    out.push_str(PRELUDE);
    if tables.iter().any(ExportedTable::declares_languages) {
        out.push_str(LANGUAGE_PRELUDE);
    }
    if tables.iter().any(super::arguments::any) {
        out.push_str(super::arguments::typescript::PRELUDE);
    }
    for table in tables {
        write_table(&mut out, table);
    }
    out
}

/// A JSDoc comment at an indentation.
fn jsdoc(out: &mut String, indent: &str, text: &str) {
    let lines: Vec<String> = text
        .lines()
        .map(|line| jsdoc_text(line.trim_end()))
        .collect();
    match lines.as_slice() {
        [] => {}
        [line] => {
            let _ = writeln!(out, "{indent}/** {line} */");
        }
        lines => {
            let _ = writeln!(out, "{indent}/**");
            for line in lines {
                if line.is_empty() {
                    let _ = writeln!(out, "{indent} *");
                } else {
                    let _ = writeln!(out, "{indent} * {line}");
                }
            }
            let _ = writeln!(out, "{indent} */");
        }
    }
}

/// Whether a number's text is an integer beyond what a `number` holds exactly.
fn unsafe_integer(text: &str) -> bool {
    !text.contains(['.', 'e', 'E'])
        && text
            .parse::<i128>()
            .map_or(true, |number| number.abs() > MAX_SAFE_INTEGER)
}

/// A column's type, and whether its integers are `bigint`s.
fn column_type(table: &ExportedTable, column: &Column) -> (String, bool) {
    let big = column.ty.starts_with(['i', 'u'])
        && table
            .rows
            .iter()
            .filter_map(|row| row.columns.get(&column.name))
            .chain(&column.default)
            .any(|value| matches!(value, Value::Number(text) if unsafe_integer(text)));
    let scalar = match column.ty.as_str() {
        "bool" => "boolean",
        "char" | "str" => "string",
        _ if big => "bigint",
        _ => "number",
    };
    let ty = if column.optional {
        format!("{scalar} | null")
    } else {
        scalar.to_owned()
    };
    (ty, big)
}

fn literal(value: Option<&Value>, big: bool) -> String {
    match value {
        None => "null".to_owned(),
        Some(Value::Number(text)) if big => format!("{text}n"),
        Some(Value::Number(text)) => text.clone(),
        Some(Value::Bool(value)) => value.to_string(),
        Some(Value::Str(text)) => quoted(text),
    }
}

/// A language tag as the key of an object literal or type: as it is when it is an ASCII
/// identifier, else quoted, and computed for `__proto__`, which a literal's plain key would
/// take as its prototype.
fn property_key(tag: &str) -> String {
    if tag == "__proto__" {
        format!("[{}]", quoted(tag))
    } else if ascii_ident(tag) == tag {
        tag.to_owned()
    } else {
        quoted(tag)
    }
}

/// `export type NAME = | "a" | "b";`, a member a line.
fn union<'a>(out: &mut String, doc: &str, name: &str, members: impl Iterator<Item = &'a str>) {
    let _ = write!(out, "/** {doc} */\nexport type {name} =");
    for member in members {
        let _ = write!(out, "\n  | {}", quoted(member));
    }
    out.push_str(";\n");
}

/// What the parts of a table's module share: its names, and how its codes are written.
struct Names<'a> {
    table: &'a ExportedTable,
    /// The table's name as an identifier: its code type and its constants' object.
    name: String,
    /// The same with its first letter lower case, for the module's private names.
    lower: String,
    /// Whether the codes are `bigint`s.
    big: bool,
    /// Whether the codes are strings.
    text: bool,
    /// Each row's constant, in the rows' order.
    keys: Vec<String>,
    /// Each alias's constant, in [`ExportedTable::aliases`]' order.
    alias_keys: Vec<String>,
    /// The languages, for a table that declares them.
    languages: Option<&'a [String]>,
}

impl Names<'_> {
    /// A row's code as a literal of the code's type: `-9 as Curly`, `0x8007000E as Hresult`,
    /// `"23505" as SqlState`.
    fn code(&self, row: &Row) -> String {
        let suffix = if self.big { "n" } else { "" };
        format!("{}{suffix} as {}", self.table.code_literal(row), self.name)
    }

    /// `number`, `bigint` or `string`.
    fn number(&self) -> &'static str {
        if self.text {
            "string"
        } else if self.big {
            "bigint"
        } else {
            "number"
        }
    }
}

fn write_table(out: &mut String, table: &ExportedTable) {
    let name = ascii_ident(&table.name);
    // The rows' keys, then the aliases'.
    let mut keys = unique(
        table
            .rows
            .iter()
            .map(|row| ascii_ident(&row.variant))
            .chain(
                table
                    .aliases()
                    .map(|(alias, _)| ascii_ident(&table.alias_variant(alias))),
            ),
        &["__proto__"],
    );
    let alias_keys = keys.split_off(table.rows.len());
    let names = Names {
        table,
        lower: lower_first(&name),
        big: !table.text_codes()
            && table
                .rows
                .iter()
                .any(|row| row.code.abs() > MAX_SAFE_INTEGER),
        text: table.text_codes(),
        keys,
        alias_keys,
        languages: table
            .declares_languages()
            .then_some(table.languages.as_slice()),
        name,
    };
    write_codes(out, &names);
    let category = write_categories_and_languages(out, &names);
    write_rows(out, &names, &category);
    write_lookups(out, &names);
}

/// The code type, the interface of the constants and the constants.
fn write_codes(out: &mut String, names: &Names) {
    let Names {
        table,
        name,
        keys,
        alias_keys,
        ..
    } = names;
    out.push('\n');
    let _ = writeln!(out, "/** A code of {{@link {name}Table}}. */");
    let number = match names.number() {
        "number" => String::new(),
        number => format!(", {number}"),
    };
    let _ = writeln!(out, "export type {name} = Code<\"{name}\"{number}>;\n");
    jsdoc(
        out,
        "",
        &format!("The codes of {{@link {name}Table}}, by name: what {{@link {name}}} holds."),
    );
    let _ = writeln!(out, "export interface {name}Codes {{");
    for (row, key) in table.rows.iter().zip(keys) {
        let mut doc = format!("`{}`: {}", row.name, row.message(table));
        if let Some(deprecated) = &row.deprecated {
            let note = deprecated.note.as_deref().unwrap_or_default();
            let _ = write!(doc, "\n@deprecated {note}");
        }
        jsdoc(out, "  ", &doc);
        let _ = writeln!(out, "  readonly {key}: {name};");
    }
    for ((alias, row), key) in table.aliases().zip(alias_keys) {
        jsdoc(out, "  ", &format!("`{alias}`: an alias of `{}`", row.name));
        let _ = writeln!(out, "  readonly {key}: {name};");
    }
    out.push_str("}\n\n");
    jsdoc(out, "", &table.described());
    let _ = writeln!(out, "export const {name}: {name}Codes = {{");
    let rows = table.rows.iter().zip(keys);
    let aliases = table.aliases().map(|(_, row)| row).zip(alias_keys);
    for (row, key) in rows.chain(aliases) {
        let _ = writeln!(out, "  {key}: {},", names.code(row));
    }
    out.push_str("};\n");
}

/// The union of the sections' names and the languages, where the table has them; the type of
/// a row's `category`.
fn write_categories_and_languages(out: &mut String, names: &Names) -> String {
    let Names { table, name, .. } = names;
    let category = if table.sections.is_empty() {
        "null".to_owned()
    } else {
        out.push('\n');
        let sections = table.sections.iter().map(|section| section.name.as_str());
        let doc = format!("A section of {{@link {name}Table}}.");
        union(out, &doc, &format!("{name}Category"), sections);
        format!("{name}Category | null")
    };
    if let Some(languages) = names.languages {
        let tags: Vec<String> = languages.iter().map(|tag| quoted(tag)).collect();
        let _ = writeln!(
            out,
            "\n/** The languages of {{@link {name}Table}}'s messages, the first that of `message`. */"
        );
        let _ = writeln!(
            out,
            "export const {name}Languages = [{}] as const;\n",
            tags.join(", ")
        );
        let _ = writeln!(
            out,
            "/** A language of {{@link {name}Table}}'s messages. */"
        );
        let _ = writeln!(
            out,
            "export type {name}Language = (typeof {name}Languages)[number];"
        );
    }
    category
}

/// The row type, and the rows.
fn write_rows(out: &mut String, names: &Names, category: &str) {
    let Names {
        table, name, lower, ..
    } = names;
    let mut reserved = vec![
        "code",
        "name",
        "variant",
        "message",
        "category",
        "helpUrl",
        "explanation",
    ];
    if names.languages.is_some() {
        reserved.push("messages");
    }
    let fields = unique(
        table.columns.iter().map(|column| ascii_ident(&column.name)),
        &reserved,
    );
    let types: Vec<(String, bool)> = table
        .columns
        .iter()
        .map(|column| column_type(table, column))
        .collect();
    let _ = writeln!(
        out,
        "\n/** A row of {{@link {name}Table}}: its code, wire name, message, section and columns. */"
    );
    let _ = writeln!(out, "export interface {name}Row extends CodeRow<{name}> {{");
    let _ = writeln!(out, "  readonly category: {category};");
    let _ = writeln!(
        out,
        "  /** The link to the code's documentation, if it has one. */\n  readonly helpUrl: string | null;\n  /** What the code means and what to do: the row's doc comment (empty for none). */\n  readonly explanation: string;"
    );
    if let Some(languages) = names.languages {
        let mut ty = String::new();
        for (index, tag) in languages.iter().enumerate() {
            let optional = if index == 0 { "" } else { "?" };
            let separator = if index == 0 { "" } else { "; " };
            let _ = write!(
                ty,
                "{separator}readonly {}{optional}: string",
                property_key(tag)
            );
        }
        let _ = writeln!(
            out,
            "  /** The message in each language the row gives it in: the first always. */"
        );
        let _ = writeln!(out, "  readonly messages: {{ {ty} }};");
    }
    for ((column, field), (ty, _)) in table.columns.iter().zip(&fields).zip(&types) {
        if let Some(doc) = &column.doc {
            jsdoc(out, "  ", doc);
        }
        let _ = writeln!(out, "  readonly {field}: {ty};");
    }
    out.push_str("}\n\n");
    // Each row goes through a function that returns it as the row type: an array of object
    // literals would have the union of their types as its element type, which tsc reduces in
    // time quadratic in the rows and refuses past about a thousand of them (TS2590).
    let _ = writeln!(
        out,
        "/** A row, checked as a {{@link {name}Row}}: the rows' list is of that one type. */"
    );
    let _ = writeln!(
        out,
        "function {lower}Row(row: {name}Row): {name}Row {{\n  return row;\n}}\n"
    );
    let _ = writeln!(out, "const {lower}Rows: readonly {name}Row[] = [");
    for (row, key) in table.rows.iter().zip(&names.keys) {
        let category = row.section.as_deref().map_or("null".to_owned(), quoted);
        let _ = write!(
            out,
            "  {lower}Row({{ code: {name}.{key}, name: {}, variant: {}, message: {}, category: {category}",
            quoted(&row.name),
            quoted(&row.variant),
            quoted(row.message(table)),
        );
        let help_url = row.help_url.as_deref().map_or("null".to_owned(), quoted);
        let explanation = quoted(row.doc.as_deref().unwrap_or(""));
        let _ = write!(out, ", helpUrl: {help_url}, explanation: {explanation}");
        if let Some(languages) = names.languages {
            let messages: Vec<String> = languages
                .iter()
                .filter_map(|tag| {
                    let message = row.messages.get(tag)?;
                    Some(format!("{}: {}", property_key(tag), quoted(message)))
                })
                .collect();
            let _ = write!(out, ", messages: {{ {} }}", messages.join(", "));
        }
        for ((column, field), (_, big)) in table.columns.iter().zip(&fields).zip(&types) {
            let value = literal(row.columns.get(&column.name), *big);
            let _ = write!(out, ", {field}: {value}");
        }
        out.push_str(" }),\n");
    }
    out.push_str("];\n\n");
}

/// The maps by code and by name, and the table.
fn write_lookups(out: &mut String, names: &Names) {
    let Names {
        table,
        name,
        lower,
        big,
        alias_keys,
        languages,
        ..
    } = names;
    let number = names.number();
    let _ = writeln!(
        out,
        "const {lower}ByCode = new Map<{number}, {name}Row>(\n  {lower}Rows.map((row): [{number}, {name}Row] => [row.code, row]),\n);"
    );
    let by_name = format!("{lower}Rows.map((row): [string, {name}Row] => [row.name, row])");
    if alias_keys.is_empty() {
        let _ = writeln!(
            out,
            "const {lower}ByName = new Map<string, {name}Row>(\n  {by_name},\n);\n"
        );
    } else {
        let _ = writeln!(
            out,
            "const {lower}ByName = new Map<string, {name}Row>([\n  ...{by_name},"
        );
        for ((alias, _), key) in table.aliases().zip(alias_keys) {
            let _ = writeln!(
                out,
                "  [{}, rowOf({lower}ByCode, {name}.{key})],",
                quoted(alias)
            );
        }
        out.push_str("]);\n\n");
    }
    let from_code = if names.text {
        format!("{lower}ByCode.get(code)?.code")
    } else if *big {
        format!(
            "typeof code === \"bigint\"\n      ? {lower}ByCode.get(code)?.code\n      : Number.isSafeInteger(code)\n        ? {lower}ByCode.get(BigInt(code))?.code\n        : undefined"
        )
    } else {
        format!("{lower}ByCode.get(Number(code))?.code")
    };
    let by = if alias_keys.is_empty() {
        "by wire name"
    } else {
        "by wire name or alias"
    };
    if languages.is_some() {
        let _ = writeln!(
            out,
            "/** The rows of {{@link {name}}}, lookups by code and {by}, and messages by language. */"
        );
        let _ = writeln!(
            out,
            "export const {name}Table: LanguageTable<{name}, {name}Row, {name}Language> = {{"
        );
    } else {
        let _ = writeln!(
            out,
            "/** The rows of {{@link {name}}}, and lookups by code and {by}. */"
        );
        let _ = writeln!(
            out,
            "export const {name}Table: CodeTable<{name}, {name}Row> = {{"
        );
    }
    let _ = writeln!(out, "  table: {},", quoted(&table.name));
    if languages.is_some() {
        let _ = writeln!(out, "  languages: {name}Languages,");
    }
    let _ = writeln!(out, "  rows: {lower}Rows,");
    let _ = writeln!(out, "  fromCode: (code) =>\n    {from_code},");
    let _ = writeln!(out, "  fromName: (name) => {lower}ByName.get(name)?.code,");
    let _ = writeln!(out, "  row: (code) => rowOf({lower}ByCode, code),");
    let _ = writeln!(out, "  name: (code) => rowOf({lower}ByCode, code).name,");
    let _ = writeln!(
        out,
        "  message: (code) => rowOf({lower}ByCode, code).message,"
    );
    if languages.is_some() {
        let _ = writeln!(
            out,
            "  messageIn: (code, language) => {{\n    const row = rowOf({lower}ByCode, code);\n    return row.messages[language] ?? row.message;\n  }},"
        );
    }
    out.push_str("};\n");
    super::arguments::typescript::table(out, table, name);
}

//! The `typescript` format: a module that `tsc --strict` takes, with, per table,
//!
//! - `const DaemonCode = { Ok: 0, BadRequest: 10001, .. } as const`, and the type
//!   `DaemonCode`, the union of its codes (a const object and a union type, which unlike an
//!   `enum` need no runtime of TypeScript's and narrow a plain number);
//! - `DaemonCodeName`, the union of the wire names, and `DaemonCodeCategory`, of the sections;
//! - `DaemonCodeRow`: code, wire name, variant, message, section and the columns;
//! - `DaemonCodeTable`: the rows, and `fromCode`, `fromName` (wire names and aliases), `row`,
//!   `name`, `message`; every table is a `CodeTable`, so that code can take any of them;
//! - an alias (`E_WOULDBLOCK = E_AGAIN`) as a property of the const object, equal to its
//!   row's code (`Curly.Wouldblock === Curly.Again`), named as the Rust constant is;
//! - for a table that declares languages, `CurlyLanguages` (the tags, the first that of
//!   `message`) and their union type `CurlyLanguage`, each row's `messages` in the languages it
//!   gives, and `messageIn(code, language)` on its table, a `LanguageTable`, which falls back
//!   to the first language's message as the Rust table's `message_in` does.
//!
//! Codes (and integer columns) are `number`s, or `bigint`s for a table with a code beyond
//! `Number.MAX_SAFE_INTEGER`.

use super::escape::{jsdoc_text, quoted};
use super::names::{ascii_ident, lower_first, unique};
use super::table::{Column, ExportedTable, Value};
use std::fmt::Write as _;

/// The largest integer a `number` holds exactly.
const MAX_SAFE_INTEGER: i128 = (1 << 53) - 1;

/// What every module starts with: the shape of every table.
const PRELUDE: &str = r#"
/** One row of a table: a code, its wire name, message and section. */
export interface CodeRow<C extends number | bigint = number | bigint, N extends string = string> {
  /** The code. */
  readonly code: C;
  /** The wire name. */
  readonly name: N;
  /** The name of the code's constant (the Rust variant's). */
  readonly variant: string;
  /** The message. */
  readonly message: string;
  /** The name of the innermost section holding the code, or `null`. */
  readonly category: string | null;
}

/** A table of codes: its rows, and lookups by code and by wire name. */
export interface CodeTable<
  C extends number | bigint = number | bigint,
  N extends string = string,
  R extends CodeRow<C, N> = CodeRow<C, N>,
> {
  /** The table's name. */
  readonly table: string;
  /** Every row, in the table's order. */
  readonly rows: readonly R[];
  /** The code of a number, or `undefined` for a number that is no code of the table. */
  fromCode(code: number | bigint): C | undefined;
  /** The code of a wire name or an alias, or `undefined` for a name that is none of the table's. */
  fromName(name: string): C | undefined;
  /** The row of a code. */
  row(code: C): R;
  /** The wire name of a code. */
  name(code: C): N;
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
  C extends number | bigint = number | bigint,
  N extends string = string,
  R extends CodeRow<C, N> = CodeRow<C, N>,
  L extends string = string,
> extends CodeTable<C, N, R> {
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

fn write_table(out: &mut String, table: &ExportedTable) {
    let name = ascii_ident(&table.name);
    let lower = lower_first(&name);
    let big = table
        .rows
        .iter()
        .any(|row| row.code.abs() > MAX_SAFE_INTEGER);
    let code = |code: i128| {
        if big {
            format!("{code}n")
        } else {
            code.to_string()
        }
    };
    let number = if big { "bigint" } else { "number" };
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
    let languages = table.declares_languages().then_some(&table.languages);

    // The codes.
    out.push('\n');
    jsdoc(out, "", &table.described());
    let _ = writeln!(out, "export const {name} = {{");
    for (row, key) in table.rows.iter().zip(&keys) {
        let mut doc = format!("`{}`: {}", row.name, row.message(table));
        if let Some(deprecated) = &row.deprecated {
            let note = deprecated.note.as_deref().unwrap_or_default();
            let _ = write!(doc, "\n@deprecated {note}");
        }
        jsdoc(out, "  ", &doc);
        let _ = writeln!(out, "  {key}: {},", code(row.code));
    }
    for ((alias, row), key) in table.aliases().zip(&alias_keys) {
        jsdoc(out, "  ", &format!("`{alias}`: an alias of `{}`", row.name));
        let _ = writeln!(out, "  {key}: {},", code(row.code));
    }
    out.push_str("} as const;\n\n");
    let _ = writeln!(out, "/** A code of {{@link {name}}}. */");
    let _ = writeln!(
        out,
        "export type {name} = (typeof {name})[keyof typeof {name}];\n"
    );

    // The names and sections.
    let names = table.rows.iter().map(|row| row.name.as_str());
    union(
        out,
        &format!("A wire name of {{@link {name}}}."),
        &format!("{name}Name"),
        names,
    );
    let category = if table.sections.is_empty() {
        "null".to_owned()
    } else {
        out.push('\n');
        let sections = table.sections.iter().map(|section| section.name.as_str());
        let doc = format!("A section of {{@link {name}}}.");
        union(out, &doc, &format!("{name}Category"), sections);
        format!("{name}Category | null")
    };

    // The languages.
    if let Some(languages) = languages {
        let tags: Vec<String> = languages.iter().map(|tag| quoted(tag)).collect();
        let _ = writeln!(
            out,
            "\n/** The languages of {{@link {name}}}'s messages, the first that of `message`. */"
        );
        let _ = writeln!(
            out,
            "export const {name}Languages = [{}] as const;\n",
            tags.join(", ")
        );
        let _ = writeln!(out, "/** A language of {{@link {name}}}'s messages. */");
        let _ = writeln!(
            out,
            "export type {name}Language = (typeof {name}Languages)[number];"
        );
    }

    // The rows.
    let mut reserved = vec!["code", "name", "variant", "message", "category"];
    if languages.is_some() {
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
        "\n/** A row of {{@link {name}}}: its code, wire name, message, section and columns. */"
    );
    let _ = writeln!(
        out,
        "export interface {name}Row extends CodeRow<{name}, {name}Name> {{"
    );
    let _ = writeln!(out, "  readonly category: {category};");
    if let Some(languages) = languages {
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
    let _ = writeln!(out, "const {lower}Rows: readonly {name}Row[] = [");
    for row in &table.rows {
        let category = row.section.as_deref().map_or("null".to_owned(), quoted);
        let _ = write!(
            out,
            "  {{ code: {}, name: {}, variant: {}, message: {}, category: {category}",
            code(row.code),
            quoted(&row.name),
            quoted(&row.variant),
            quoted(row.message(table)),
        );
        if let Some(languages) = languages {
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
        out.push_str(" },\n");
    }
    out.push_str("];\n\n");

    // The lookups.
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
        for ((alias, _), key) in table.aliases().zip(&alias_keys) {
            let _ = writeln!(
                out,
                "  [{}, rowOf({lower}ByCode, {name}.{key})],",
                quoted(alias)
            );
        }
        out.push_str("]);\n\n");
    }
    let from_code = if big {
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
            "export const {name}Table: LanguageTable<{name}, {name}Name, {name}Row, {name}Language> = {{"
        );
    } else {
        let _ = writeln!(
            out,
            "/** The rows of {{@link {name}}}, and lookups by code and {by}. */"
        );
        let _ = writeln!(
            out,
            "export const {name}Table: CodeTable<{name}, {name}Name, {name}Row> = {{"
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
    super::arguments::typescript::table(out, table, &name);
}

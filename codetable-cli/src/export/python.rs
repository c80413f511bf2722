//! The `python` format: a module that `mypy --strict` takes, with, per table,
//!
//! - `class DaemonCode(IntEnum)`, a member per row named in SCREAMING_SNAKE_CASE from the
//!   variant (`BAD_REQUEST = 10001`), documented by its wire name and message;
//! - the properties `wire_name` (what the Rust table's `name()` returns: an enum member's
//!   `name` is its Python name), `message`, `category` and `row`;
//! - the class methods `from_code` and `from_name` (wire names and aliases), `None` for a
//!   miss;
//! - `DaemonCodeRow`, a `NamedTuple` of wire name, message, section and columns;
//! - an alias (`E_WOULDBLOCK = E_AGAIN`) as a member of the same value (`WOULDBLOCK = 1`),
//!   which `IntEnum` makes an alias of its row's member (`Curly.WOULDBLOCK is Curly.AGAIN`);
//!   such a table is not `@unique`;
//! - for a table that declares languages, `class CurlyLanguage(str, Enum)`, a member per tag
//!   (`EN = "en"`), and the method `message_in(language)`, which falls back to the first
//!   language's message as the Rust table's `message_in` does.

use super::escape::{docstring, quoted};
use super::names::{ascii_ident, shouty, unique};
use super::table::{Column, ExportedTable, Value};
use std::fmt::Write as _;

/// Python's keywords, which no field may be named.
const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// The names the module imports or declares itself, which no class may take.
const MODULE_NAMES: [&str; 6] = [
    "annotations",
    "Enum",
    "IntEnum",
    "unique",
    "Final",
    "NamedTuple",
];

/// The module.
pub fn file(files: &str, tables: &[ExportedTable]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}", super::header(files));
    let _ = writeln!(
        out,
        "{}\n",
        docstring(&format!(
            "Error-code tables exported from {files}: an IntEnum each."
        ))
    );
    // What the module uses of `enum`: `Enum` for languages, `unique` for a table without
    // aliases.
    let mut enum_names = Vec::new();
    if tables.iter().any(ExportedTable::declares_languages) {
        enum_names.push("Enum");
    }
    enum_names.push("IntEnum");
    if tables.iter().any(|table| table.aliases().next().is_none()) {
        enum_names.push("unique");
    }
    let _ = writeln!(
        out,
        "from __future__ import annotations\n\nfrom enum import {}\nfrom typing import Final, NamedTuple",
        enum_names.join(", ")
    );
    let arguments = tables.iter().any(super::arguments::any);
    if arguments {
        out.push_str(super::arguments::python::IMPORTS);
        out.push_str(super::arguments::python::PRELUDE);
    }
    let classes = unique(
        tables.iter().map(|table| ascii_ident(&table.name)),
        &MODULE_NAMES,
    );
    // A language class per table that declares languages, named so as to take no other
    // class's name.
    let mut taken: Vec<String> = MODULE_NAMES.iter().map(|&name| name.to_owned()).collect();
    for class in &classes {
        taken.push(class.clone());
        taken.push(format!("{class}Row"));
    }
    let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
    let language_classes = unique(
        tables
            .iter()
            .zip(&classes)
            .filter(|(table, _)| table.declares_languages())
            .map(|(_, class)| format!("{class}Language")),
        &taken,
    );
    // A class of argument functions per table with rows with arguments, named so as to take
    // no other class's name either.
    let mut taken = taken.clone();
    taken.extend(language_classes.iter().map(String::as_str));
    let mut args_classes = unique(
        tables
            .iter()
            .zip(&classes)
            .filter(|(table, _)| super::arguments::any(table))
            .map(|(_, class)| format!("{class}Args")),
        &taken,
    )
    .into_iter();
    let mut language_classes = language_classes.iter();
    for (table, class) in tables.iter().zip(&classes) {
        let language = if table.declares_languages() {
            language_classes.next()
        } else {
            None
        };
        write_table(&mut out, table, class, language.map(String::as_str));
        if super::arguments::any(table) {
            if let Some(args_class) = args_classes.next() {
                let language = language.map(String::as_str);
                super::arguments::python::table(&mut out, table, &args_class, language);
            }
        }
    }
    out
}

/// A docstring indented by `indent` (its later lines too).
fn indented_docstring(indent: &str, text: &str) -> String {
    let doc = docstring(text);
    let mut out = String::new();
    for (index, line) in doc.lines().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        if !line.is_empty() {
            out.push_str(indent);
            out.push_str(line);
        }
    }
    out
}

/// A column's Python type.
fn py_type(column: &Column) -> String {
    let scalar = match column.ty.as_str() {
        "f32" | "f64" => "float",
        "bool" => "bool",
        "char" | "str" => "str",
        _ => "int",
    };
    if column.optional {
        format!("{scalar} | None")
    } else {
        scalar.to_owned()
    }
}

fn literal(value: Option<&Value>) -> String {
    match value {
        None => "None".to_owned(),
        Some(Value::Number(text)) => text.clone(),
        Some(Value::Bool(true)) => "True".to_owned(),
        Some(Value::Bool(false)) => "False".to_owned(),
        Some(Value::Str(text)) => quoted(text),
    }
}

fn write_table(out: &mut String, table: &ExportedTable, class: &str, language_class: Option<&str>) {
    let constant = shouty(class);
    let row_class = format!("{class}Row");
    // A field may not shadow a tuple's methods, nor be a keyword.
    let mut taken = vec!["name", "message", "category", "count", "index"];
    taken.extend(KEYWORDS);
    let fields = unique(
        table.columns.iter().map(|column| {
            let field = ascii_ident(&column.name);
            let field = field.trim_start_matches('_');
            if field.is_empty() || taken.contains(&field) {
                format!("{field}_")
            } else {
                field.to_owned()
            }
        }),
        &taken,
    );
    // The rows' members, then the aliases'.
    let mut members = unique(
        table.rows.iter().map(|row| shouty(&row.variant)).chain(
            table
                .aliases()
                .map(|(alias, _)| shouty(&table.alias_variant(alias))),
        ),
        &[],
    );
    let alias_members = members.split_off(table.rows.len());
    let language_members = unique(table.languages.iter().map(|tag| shouty(tag)), &[]);

    // The languages.
    if let Some(language_class) = language_class {
        let _ = writeln!(out, "\n\nclass {language_class}(str, Enum):");
        let doc = format!(
            "A language of {class}'s messages, as its tag: the first, `{}`, is that of `message`.",
            table.languages[0]
        );
        let _ = writeln!(out, "{}\n", indented_docstring("    ", &doc));
        for (tag, member) in table.languages.iter().zip(&language_members) {
            let _ = writeln!(out, "    {member} = {}", quoted(tag));
        }
    }

    // The row type.
    let _ = writeln!(out, "\n\nclass {row_class}(NamedTuple):");
    let _ = writeln!(
        out,
        "{}\n",
        indented_docstring(
            "    ",
            &format!("A row of {class}: its wire name, message, section and columns.")
        )
    );
    out.push_str("    name: str\n    message: str\n    category: str | None\n");
    for (column, field) in table.columns.iter().zip(&fields) {
        let _ = writeln!(out, "    {field}: {}", py_type(column));
        if let Some(doc) = &column.doc {
            let _ = writeln!(out, "{}", indented_docstring("    ", doc));
        }
    }

    // The enum.
    let doc = match &table.doc {
        Some(_) => table.described(),
        None => format!("The codes of {class}.\n\n{}", table.described()),
    };
    // An alias is a member of its row's value, which `@unique` would refuse.
    let decorator = if alias_members.is_empty() {
        "@unique\n"
    } else {
        ""
    };
    let _ = writeln!(out, "\n\n{decorator}class {class}(IntEnum):");
    let _ = writeln!(out, "{}\n", indented_docstring("    ", &doc));
    for (row, member) in table.rows.iter().zip(&members) {
        let _ = writeln!(out, "    {member} = {}", row.code);
        let mut doc = format!("`{}`: {}", row.name, row.message(table));
        if let Some(deprecated) = &row.deprecated {
            doc.push_str("\n\nDeprecated.");
            if let Some(note) = &deprecated.note {
                let _ = write!(doc, " {note}");
            }
        }
        let _ = writeln!(out, "{}", indented_docstring("    ", &doc));
    }
    for ((alias, row), member) in table.aliases().zip(&alias_members) {
        let _ = writeln!(out, "    {member} = {}", row.code);
        let doc = format!("`{alias}`: an alias of `{}`", row.name);
        let _ = writeln!(out, "{}", indented_docstring("    ", &doc));
    }
    let from_name = if alias_members.is_empty() {
        "The code of a wire name, or None for a name that is none of the table's."
    } else {
        "The code of a wire name or an alias, or None for a name that is none of the table's."
    };
    let message_in = match language_class {
        Some(language_class) => format!(
            r#"
    def message_in(self, language: {language_class}) -> str:
        """The code's message in a language: the first language's where the row gives none."""
        return _{constant}_MESSAGES[self].get(language, self.message)
"#
        ),
        None => String::new(),
    };
    let _ = write!(
        out,
        r#"
    @property
    def wire_name(self) -> str:
        """The code's wire name: what the Rust table's `name()` returns."""
        return _{constant}_ROWS[self].name

    @property
    def message(self) -> str:
        """The code's message."""
        return _{constant}_ROWS[self].message

    @property
    def category(self) -> str | None:
        """The name of the innermost section holding the code, or None."""
        return _{constant}_ROWS[self].category

    @property
    def row(self) -> {row_class}:
        """The code's row: wire name, message, section and columns."""
        return _{constant}_ROWS[self]

    @classmethod
    def from_code(cls, code: int) -> {class} | None:
        """The code of a number, or None for a number that is no code of the table."""
        return _{constant}_BY_CODE.get(code)

    @classmethod
    def from_name(cls, name: str) -> {class} | None:
        """{from_name}"""
        return _{constant}_BY_NAME.get(name)
{message_in}

_{constant}_ROWS: Final[dict[{class}, {row_class}]] = {{
"#
    );
    for (row, member) in table.rows.iter().zip(&members) {
        let category = row.section.as_deref().map_or("None".to_owned(), quoted);
        let _ = write!(
            out,
            "    {class}.{member}: {row_class}({}, {}, {category}",
            quoted(&row.name),
            quoted(row.message(table))
        );
        for column in &table.columns {
            let _ = write!(out, ", {}", literal(row.columns.get(&column.name)));
        }
        out.push_str("),\n");
    }
    out.push_str("}\n");
    let _ = writeln!(
        out,
        "_{constant}_BY_CODE: Final[dict[int, {class}]] = {{int(code): code for code in {class}}}"
    );
    if alias_members.is_empty() {
        let _ = writeln!(
            out,
            "_{constant}_BY_NAME: Final[dict[str, {class}]] = {{\n    row.name: code for code, row in _{constant}_ROWS.items()\n}}"
        );
    } else {
        let _ = writeln!(
            out,
            "_{constant}_BY_NAME: Final[dict[str, {class}]] = {{\n    **{{row.name: code for code, row in _{constant}_ROWS.items()}},"
        );
        for ((alias, _), member) in table.aliases().zip(&alias_members) {
            let _ = writeln!(out, "    {}: {class}.{member},", quoted(alias));
        }
        out.push_str("}\n");
    }
    if let Some(language_class) = language_class {
        let _ = writeln!(
            out,
            "_{constant}_MESSAGES: Final[dict[{class}, dict[{language_class}, str]]] = {{"
        );
        for (row, member) in table.rows.iter().zip(&members) {
            let messages: Vec<String> = table
                .languages
                .iter()
                .zip(&language_members)
                .filter_map(|(tag, language)| {
                    let message = row.messages.get(tag)?;
                    Some(format!("{language_class}.{language}: {}", quoted(message)))
                })
                .collect();
            let _ = writeln!(out, "    {class}.{member}: {{{}}},", messages.join(", "));
        }
        out.push_str("}\n");
    }
}

//! The `python` format: a module that `mypy --strict` takes, with, per table,
//!
//! - `class DaemonCode(int)`, whose instances are the table's codes: a constant per row named
//!   in SCREAMING_SNAKE_CASE from the variant (`DaemonCode.BAD_REQUEST`, equal to 10001),
//!   documented by its wire name and message; `DaemonCode(10001)` is that code (and a
//!   `ValueError` for a number that is no code), iterating the class gives the codes in the
//!   table's order and `len` counts them, and `name` is the constant's name, as an enum's;
//! - the properties `wire_name` (what the Rust table's `name()` returns), `message`,
//!   `category` and `row`;
//! - the class methods `from_code` and `from_name` (wire names and aliases), `None` for a
//!   miss;
//! - `DaemonCodeRow`, a `NamedTuple` of code, constant, wire name, message, section and
//!   columns;
//! - an alias (`E_WOULDBLOCK = E_AGAIN`) as a constant that is its row's code
//!   (`Curly.WOULDBLOCK is Curly.AGAIN`);
//! - for a table that declares languages, `class CurlyLanguage(str, Enum)`, a member per tag
//!   (`EN = "en"`), each row's `messages` in the languages it gives, and the method
//!   `message_in(language)`, which falls back to the first language's message as the Rust
//!   table's `message_in` does.
//!
//! A table of string codes is the same class on `str` (`SqlState("23505") is
//! SqlState.UNIQUE_VIOLATION`, `from_code` takes a string); a table shown in hex writes its
//! codes in hex (`0x80004001`).
//!
//! The class is no `IntEnum`: mypy checks an enum's every member, and every use of one, in
//! time that grows with the number of members, so that a module of 30 000 members took it
//! 20 minutes (BENCHMARKS.md, "Exports at scale"); declared `ClassVar`s of the class, set from
//! the rows when the module loads, cost it no more than any attribute.

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
const MODULE_NAMES: [&str; 10] = [
    "annotations",
    "Iterable",
    "Iterator",
    "Enum",
    "ClassVar",
    "Final",
    "NamedTuple",
    "TypeVar",
    "CodeClass",
    "set_constants",
];

/// What every module has after its imports: the type of the tables' classes, and what sets
/// their constants.
const PRELUDE: &str = r#"
_Code = TypeVar("_Code")


class CodeClass(type):
    """The type of a table's class: iterating the class gives its codes, in the table's order,
    and `len` counts them (an alias is none)."""

    _codes: tuple[int | str, ...]

    def __iter__(cls: type[_Code]) -> Iterator[_Code]:
        codes: tuple[_Code, ...] = getattr(cls, "_codes")
        return iter(codes)

    def __len__(cls) -> int:
        return len(cls._codes)


def set_constants(cls: CodeClass, constants: Iterable[tuple[str, int | str]]) -> None:
    """Sets the constants a table's class declares to its codes, once the codes are made."""
    for constant, code in constants:
        setattr(cls, constant, code)
"#;

/// The module.
pub fn file(files: &str, tables: &[ExportedTable]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}", super::header(files));
    let _ = writeln!(
        out,
        "{}\n",
        docstring(&format!(
            "Error-code tables exported from {files}: a class of codes each."
        ))
    );
    let enum_import = if tables.iter().any(ExportedTable::declares_languages) {
        "from enum import Enum\n"
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "from __future__ import annotations\n\nfrom collections.abc import Iterable, Iterator\n{enum_import}from typing import ClassVar, Final, NamedTuple, TypeVar"
    );
    let arguments = tables.iter().any(super::arguments::any);
    if arguments {
        out.push_str(super::arguments::python::IMPORTS);
    }
    out.push_str(PRELUDE);
    if arguments {
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
    let mut taken = vec![
        "code",
        "constant",
        "name",
        "message",
        "category",
        "help_url",
        "explanation",
        "messages",
        "count",
        "index",
    ];
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
    // The rows' constants, then the aliases'; none may take a name of the class's own.
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
            &format!(
                "A row of {class}: its code, constant, wire name, message, section and columns."
            )
        )
    );
    let _ = writeln!(out, "    code: {}", base(table));
    out.push_str("    constant: str\n    name: str\n    message: str\n    category: str | None\n    help_url: str | None\n    explanation: str\n");
    if let Some(language_class) = language_class {
        let _ = writeln!(out, "    messages: dict[{language_class}, str]");
        let _ = writeln!(
            out,
            "    \"\"\"The message in each language the row gives it in: the first always.\"\"\""
        );
    }
    for (column, field) in table.columns.iter().zip(&fields) {
        let _ = writeln!(out, "    {field}: {}", py_type(column));
        if let Some(doc) = &column.doc {
            let _ = writeln!(out, "{}", indented_docstring("    ", doc));
        }
    }

    write_class(out, table, class, language_class, &members, &alias_members);
    let names = Constants {
        class,
        constant: &constant,
        row_class: &row_class,
        members: &members,
        alias_members: &alias_members,
        language: language_class.map(|language| (language, language_members.as_slice())),
    };
    write_data(out, table, &names);
}

/// The class a table's codes are of: `str` for string codes, else `int`.
pub(crate) fn base(table: &ExportedTable) -> &'static str {
    if table.text_codes() {
        "str"
    } else {
        "int"
    }
}

/// The class of the codes: its constants, declared, and its methods.
fn write_class(
    out: &mut String,
    table: &ExportedTable,
    class: &str,
    language_class: Option<&str>,
    members: &[String],
    alias_members: &[String],
) {
    let constant = shouty(class);
    let row_class = format!("{class}Row");
    let doc = match &table.doc {
        Some(_) => table.described(),
        None => format!("The codes of {class}.\n\n{}", table.described()),
    };
    let base = base(table);
    let number = if base == "str" { "string" } else { "number" };
    let _ = writeln!(out, "\n\nclass {class}({base}, metaclass=CodeClass):");
    let _ = writeln!(out, "{}\n", indented_docstring("    ", &doc));
    out.push_str("    __slots__ = ()\n\n");
    for (row, member) in table.rows.iter().zip(members) {
        let _ = writeln!(out, "    {member}: ClassVar[{class}]");
        let mut doc = format!("`{}`: {}", row.name, row.message(table));
        if let Some(deprecated) = &row.deprecated {
            doc.push_str("\n\nDeprecated.");
            if let Some(note) = &deprecated.note {
                let _ = write!(doc, " {note}");
            }
        }
        let _ = writeln!(out, "{}", indented_docstring("    ", &doc));
    }
    for ((alias, row), member) in table.aliases().zip(alias_members) {
        let _ = writeln!(out, "    {member}: ClassVar[{class}]");
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
        return _{constant}_ROWS[self].messages.get(language, self.message)
"#
        ),
        None => String::new(),
    };
    let _ = write!(
        out,
        r#"
    def __new__(cls, code: {base}) -> {class}:
        """The code of a {number}: a ValueError for a {number} that is no code of the table."""
        found = _{constant}_BY_CODE.get(code)
        if found is None:
            raise ValueError(f"{{code!r}} is no code of {class}")
        return found

    def __repr__(self) -> str:
        return f"{class}.{{self.name}}"

    @property
    def name(self) -> str:
        """The name of the code's constant (an alias's is its row's), as an enum member's."""
        return _{constant}_ROWS[self].constant

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
    def help_url(self) -> str | None:
        """The link to the code's documentation, or None."""
        return _{constant}_ROWS[self].help_url

    @property
    def explanation(self) -> str:
        """What the code means and what to do: the row's doc comment, or ""."""
        return _{constant}_ROWS[self].explanation

    @property
    def row(self) -> {row_class}:
        """The code's row: code, constant, wire name, message, section and columns."""
        return _{constant}_ROWS[self]

    @classmethod
    def from_code(cls, code: {base}) -> {class} | None:
        """The code of a {number}, or None for a {number} that is no code of the table."""
        return _{constant}_BY_CODE.get(code)

    @classmethod
    def from_name(cls, name: str) -> {class} | None:
        """{from_name}"""
        return _{constant}_BY_NAME.get(name)
{message_in}"#
    );
}

/// What a table's data is named after.
struct Constants<'a> {
    class: &'a str,
    /// The class's name in SCREAMING_SNAKE_CASE, which the module's private names start with.
    constant: &'a str,
    row_class: &'a str,
    /// Each row's constant.
    members: &'a [String],
    /// Each alias's constant.
    alias_members: &'a [String],
    /// The language class and its members' names, for a table that declares languages.
    language: Option<(&'a str, &'a [String])>,
}

/// The rows, the codes made from them, the lookups, and the class's constants set.
fn write_data(out: &mut String, table: &ExportedTable, names: &Constants) {
    let Constants {
        class,
        constant,
        row_class,
        members,
        alias_members,
        language,
    } = names;
    // One tuple of rows, from which every lookup is made as the module loads, so that a row
    // is written once (and mypy checks each call of the row type once).
    let _ = writeln!(
        out,
        "\n\n_{constant}_ROW_LIST: Final[tuple[{row_class}, ...]] = ("
    );
    for (row, member) in table.rows.iter().zip(*members) {
        let category = row.section.as_deref().map_or("None".to_owned(), quoted);
        let _ = write!(
            out,
            "    {row_class}({}, {}, {}, {}, {category}",
            table.code_literal(row),
            quoted(member),
            quoted(&row.name),
            quoted(row.message(table)),
        );
        let _ = write!(
            out,
            ", {}, {}",
            row.help_url.as_deref().map_or("None".to_owned(), quoted),
            quoted(row.doc.as_deref().unwrap_or("")),
        );
        if let Some((language_class, language_members)) = language {
            let messages: Vec<String> = table
                .languages
                .iter()
                .zip(*language_members)
                .filter_map(|(tag, language)| {
                    let message = row.messages.get(tag)?;
                    Some(format!("{language_class}.{language}: {}", quoted(message)))
                })
                .collect();
            let _ = write!(out, ", {{{}}}", messages.join(", "));
        }
        for column in &table.columns {
            let _ = write!(out, ", {}", literal(row.columns.get(&column.name)));
        }
        out.push_str("),\n");
    }
    out.push_str(")\n");
    let base = base(table);
    let _ = writeln!(
        out,
        "_{constant}_ROWS: Final[dict[{base}, {row_class}]] = {{row.code: row for row in _{constant}_ROW_LIST}}"
    );
    let _ = writeln!(
        out,
        "_{constant}_BY_CODE: Final[dict[{base}, {class}]] = {{\n    row.code: {base}.__new__({class}, row.code) for row in _{constant}_ROW_LIST\n}}"
    );
    let by_name =
        format!("row.name: _{constant}_BY_CODE[row.code] for row in _{constant}_ROW_LIST");
    if alias_members.is_empty() {
        let _ = writeln!(
            out,
            "_{constant}_BY_NAME: Final[dict[str, {class}]] = {{\n    {by_name}\n}}"
        );
    } else {
        let _ = writeln!(
            out,
            "_{constant}_ALIASES: Final[tuple[tuple[str, str, {base}], ...]] = ("
        );
        for ((alias, row), member) in table.aliases().zip(*alias_members) {
            let _ = writeln!(
                out,
                "    ({}, {}, {}),",
                quoted(member),
                quoted(alias),
                table.code_literal(row)
            );
        }
        out.push_str(")\n");
        let _ = writeln!(
            out,
            "_{constant}_BY_NAME: Final[dict[str, {class}]] = {{\n    **{{{by_name}}},\n    **{{alias: _{constant}_BY_CODE[code] for _, alias, code in _{constant}_ALIASES}},\n}}"
        );
    }
    let _ = writeln!(out, "{class}._codes = tuple(_{constant}_BY_CODE.values())");
    let _ = writeln!(
        out,
        "set_constants({class}, ((row.constant, _{constant}_BY_CODE[row.code]) for row in _{constant}_ROW_LIST))"
    );
    if !alias_members.is_empty() {
        let _ = writeln!(
            out,
            "set_constants({class}, ((alias, _{constant}_BY_CODE[code]) for alias, _, code in _{constant}_ALIASES))"
        );
    }
}

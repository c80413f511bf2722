//! Rows with arguments in the `python` format: per table, `class ServerErrorArgs` with
//!
//! - a static method per row with arguments, named as the Rust builder
//!   (`er_no_such_table(db: str, table: str, language: ServerErrorLanguage | None = None) ->
//!   str`), which formats the row's message in a language (the first for `None`) as the Rust
//!   `WithArgs` shows it: a `&str` or `char` is a `str`, an integer an `int` (a `ValueError`
//!   for one its Rust type has not), an `f64` a `float`, a `bool` a `bool`;
//! - `format(code, args, language)`: the message of a code with arguments given as strings,
//!   by name (as gRPC's `ErrorInfo` metadata carries them); `None` for a code that takes none,
//!   and a `ValueError` for an argument missing or unreadable.

use super::{builder, by_language, rows, spec_fields, ArgRow};
use crate::export::escape::{docstring, quoted};
use crate::export::names::{ascii_ident, shouty, unique};
use crate::export::table::ExportedTable;
use codetable_pipeline::model::ArgType;
use codetable_pipeline::template::{Piece, Spec};
use std::fmt::Write as _;

/// What the functions import, beside the module's own imports.
pub const IMPORTS: &str =
    "import math\nfrom collections.abc import Callable, Mapping\nfrom decimal import Decimal\n";

/// Python's keywords and the names the functions use, which no parameter may be named.
const RESERVED: [&str; 38] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield", "language", "args", "code",
];

/// What a module with a row with arguments has once: Rust's format specs, and the arguments
/// read from strings.
pub const PRELUDE: &str = r#"

class _Spec(NamedTuple):
    """How a placeholder of a message writes its value: a Rust format spec (`{db:>8}`)."""

    fill: str = " "
    align: str = ""
    plus: bool = False
    alternate: bool = False
    zero: bool = False
    width: int = 0
    precision: int | None = None
    kind: str = ""


def _pad_to(text: str, spec: _Spec, align: str) -> str:
    """Text padded to the spec's width with its fill, where its alignment says (else `align`)."""
    if len(text) >= spec.width:
        return text
    padding = spec.width - len(text)
    where = spec.align or align
    before = 0 if where == "<" else padding if where == ">" else padding // 2
    return spec.fill * before + text + spec.fill * (padding - before)


def _pad_number(head: str, digits: str, spec: _Spec) -> str:
    """A number's sign and prefix, then its digits, with zeros between them for the flag `0`."""
    if spec.zero:
        return head + "0" * max(0, spec.width - len(head) - len(digits)) + digits
    return _pad_to(head + digits, spec, ">")


def _format_text(value: str, spec: _Spec) -> str:
    """Text as Rust writes it: cut to the precision, then padded."""
    cut = value if spec.precision is None else value[: spec.precision]
    return _pad_to(cut, spec, "<")


def _format_char(value: str, spec: _Spec) -> str:
    """A `char`: one character, else a ValueError."""
    if len(value) != 1:
        raise ValueError(f"a char is one character, not {value!r}")
    return _format_text(value, spec)


def _check_integer(value: int, bits: int, signed: bool) -> int:
    """An integer of the Rust type of `bits` bits, signed or not; a ValueError for one it has not."""
    low, high = ((-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1))
    if isinstance(value, bool) or not low <= value <= high:
        raise ValueError(f"{value!r} is no {'i' if signed else 'u'}{bits}")
    return value


def _format_integer(value: int, bits: int, signed: bool, spec: _Spec) -> str:
    """An integer as Rust writes it: in decimal, or its bits in hex, octal or binary."""
    _check_integer(value, bits, signed)
    if not spec.kind:
        sign = "-" if value < 0 else "+" if spec.plus else ""
        return _pad_number(sign, str(abs(value)), spec)
    digits = format(value & ((1 << bits) - 1), spec.kind)
    prefix = ("0o" if spec.kind == "o" else "0b" if spec.kind == "b" else "0x") if spec.alternate else ""
    return _pad_number(("+" if spec.plus else "") + prefix, digits, spec)


def _shortest(magnitude: float) -> str:
    """The shortest digits that read back to the number, without an exponent: Rust's `{}`."""
    digits = format(Decimal(repr(magnitude)), "f")
    if "." in digits:
        digits = digits.rstrip("0").rstrip(".")
    return digits


def _format_float(value: float, spec: _Spec) -> str:
    """An `f64` as Rust writes it (`NaN`, `inf`, `-0`, no exponent)."""
    if math.isnan(value):
        return _pad_number("", "NaN", spec)
    sign = "-" if math.copysign(1.0, value) < 0 else "+" if spec.plus else ""
    magnitude = abs(value)
    if math.isinf(magnitude):
        digits = "inf"
    elif spec.precision is None:
        digits = _shortest(magnitude)
    else:
        digits = format(magnitude, f".{spec.precision}f")
    return _pad_number(sign, digits, spec)


def _arg_text(args: Mapping[str, str], name: str) -> str:
    """An argument given as a string; a ValueError when it is not given."""
    if name not in args:
        raise ValueError(f"no argument `{name}`")
    return args[name]


def _arg_integer(args: Mapping[str, str], name: str) -> int:
    """An integer argument given as a string, in decimal as Rust writes it."""
    text = _arg_text(args, name)
    digits = text[1:] if text.startswith("-") else text
    if not digits or any(c not in "0123456789" for c in digits):
        raise ValueError(f"argument `{name}` is no integer: {text!r}")
    return int(text)


def _arg_float(args: Mapping[str, str], name: str) -> float:
    """An `f64` argument given as a string: a number, or `NaN`, `inf`, `-inf` as Rust writes them."""
    text = _arg_text(args, name)
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"argument `{name}` is no number: {text!r}") from None


def _arg_bool(args: Mapping[str, str], name: str) -> bool:
    """A `bool` argument given as a string: `true` or `false`."""
    text = _arg_text(args, name)
    if text not in ("true", "false"):
        raise ValueError(f"argument `{name}` is no bool: {text!r}")
    return text == "true"
"#;

/// The class of a table's rows with arguments, and its dispatch by code, after the table's
/// own declarations; `language_class` is the table's language enum, if it declares languages.
pub fn table(
    out: &mut String,
    table: &ExportedTable,
    args_class: &str,
    language_class: Option<&str>,
) {
    let rows = rows(table);
    if rows.is_empty() {
        return;
    }
    let constant = shouty(args_class);
    // Not `format`, nor a type the class's annotations name, which a method would hide.
    let mut taken = vec!["format", "str", "int", "float", "bool"];
    taken.extend(RESERVED);
    let methods = unique(
        rows.iter().map(|row| {
            let name = ascii_ident(&builder(row.row));
            if taken.contains(&name.as_str()) {
                format!("{name}_")
            } else {
                name
            }
        }),
        &taken,
    );
    let language_members = unique(table.languages.iter().map(|tag| shouty(tag)), &[]);
    let language_param = language_class
        .map(|class| format!(", language: {class} | None = None"))
        .unwrap_or_default();
    let _ = writeln!(out, "\n\nclass {args_class}:");
    let doc = format!(
        "A static method per row of {} with arguments, which formats its message in a language \
         with them as the Rust table's `WithArgs` shows it; `format` formats a code's message \
         from its arguments as strings.",
        table.name
    );
    let _ = writeln!(out, "    {}", docstring(&doc));
    for (row, method) in rows.iter().zip(&methods) {
        let mut params: Vec<String> = row
            .args
            .iter()
            .map(|(arg, ty)| format!("{}: {}", param(arg), py_type(*ty)))
            .collect();
        params.push(language_param.trim_start_matches(", ").to_owned());
        params.retain(|param| !param.is_empty());
        let _ = writeln!(
            out,
            "\n    @staticmethod\n    def {method}({}) -> str:",
            params.join(", ")
        );
        let doc = format!(
            "`{}` ({}) with its arguments: {}",
            row.row.name,
            table.code_text(row.row),
            row.row.message(table)
        );
        let _ = writeln!(
            out,
            "        {}",
            docstring(&doc).replace('\n', "\n        ")
        );
        for (arg, ty) in &row.args {
            if let Some((bits, signed)) = ty.integer() {
                let signed = if signed { "True" } else { "False" };
                let _ = writeln!(
                    out,
                    "        _check_integer({}, {bits}, {signed})",
                    param(arg)
                );
            }
        }
        write_messages(out, table, row, language_class, &language_members);
    }
    let dispatch = format!("_{constant}_FORMATS");
    let base = crate::export::python::base(table);
    let language_type = language_class
        .map(|class| format!(", {class} | None"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "\n    @staticmethod\n    def format(code: {base}, args: Mapping[str, str]{language_param}) -> str | None:\n        {}\n        formatter = {dispatch}.get({base}(code))\n        if formatter is None:\n            return None\n        return formatter(args{})",
        docstring(
            "The message of a code with arguments, given as strings, by name (as gRPC's \
             `ErrorInfo` metadata carries them); None for a code that takes none. A ValueError \
             for an argument missing or unreadable."
        )
        .replace('\n', "\n        "),
        if language_class.is_some() { ", language" } else { "" }
    );
    let _ = writeln!(
        out,
        "\n\n{dispatch}: Final[dict[{base}, Callable[[Mapping[str, str]{language_type}], str]]] = {{"
    );
    for (row, method) in rows.iter().zip(&methods) {
        let values: Vec<String> = row
            .args
            .iter()
            .map(|(arg, ty)| from_string(arg, *ty))
            .chain(language_class.map(|_| "language".to_owned()))
            .collect();
        let params = if language_class.is_some() {
            "args, language"
        } else {
            "args"
        };
        let _ = writeln!(
            out,
            "    {}: lambda {params}: {args_class}.{method}({}),",
            table.code_literal(row.row),
            values.join(", ")
        );
    }
    out.push_str("}\n");
}

/// The body that returns the row's message in the language asked for.
fn write_messages(
    out: &mut String,
    table: &ExportedTable,
    row: &ArgRow<'_>,
    language_class: Option<&str>,
    language_members: &[String],
) {
    let (first, others) = by_language(table, row, |pieces| expression(row, pieces));
    if let Some(class) = language_class {
        for (index, expression) in others {
            let member = &language_members[index];
            let _ = writeln!(
                out,
                "        if language == {class}.{member}:\n            return {expression}"
            );
        }
    }
    let _ = writeln!(out, "        return {first}");
}

/// A message as an expression that concatenates its text and its formatted placeholders.
fn expression(row: &ArgRow<'_>, pieces: &[Piece]) -> String {
    super::expression(row, pieces, quoted, |name, ty, spec| {
        let value = param(name);
        let spec = self::spec(spec);
        match ty {
            ArgType::Str => format!("_format_text({value}, {spec})"),
            ArgType::Char => format!("_format_char({value}, {spec})"),
            ArgType::Bool => format!("_format_text(\"true\" if {value} else \"false\", {spec})"),
            ArgType::F64 => format!("_format_float({value}, {spec})"),
            integer => {
                let (bits, signed) = integer.integer().unwrap_or((64, true));
                let signed = if signed { "True" } else { "False" };
                format!("_format_integer({value}, {bits}, {signed}, {spec})")
            }
        }
    })
}

/// A spec as a `_Spec` of the fields it sets.
fn spec(spec: &Spec) -> String {
    let character = |c: char| quoted(c.encode_utf8(&mut [0; 4]));
    let fields: Vec<String> = spec_fields(spec, character, "True", param)
        .into_iter()
        .map(|(field, value)| format!("{field}={value}"))
        .collect();
    format!("_Spec({})", fields.join(", "))
}

/// An argument's name as a parameter: `_` after a reserved word.
fn param(name: &str) -> String {
    if RESERVED.contains(&name) {
        format!("{name}_")
    } else {
        name.to_owned()
    }
}

/// An argument's Python type.
fn py_type(ty: ArgType) -> &'static str {
    match ty {
        ArgType::Str | ArgType::Char => "str",
        ArgType::Bool => "bool",
        ArgType::F64 => "float",
        _ => "int",
    }
}

/// An argument read from the strings of `format`.
fn from_string(name: &str, ty: ArgType) -> String {
    let key = quoted(name);
    match ty {
        ArgType::Str | ArgType::Char => format!("_arg_text(args, {key})"),
        ArgType::Bool => format!("_arg_bool(args, {key})"),
        ArgType::F64 => format!("_arg_float(args, {key})"),
        _ => format!("_arg_integer(args, {key})"),
    }
}

//! Rows with arguments in the `typescript` format: per table,
//!
//! - `ServerErrorArgs`, an object of a function per row with arguments, named as the Rust
//!   builder in lowerCamelCase (`erNoSuchTable(db: string, table: string, language =
//!   "en"): string`), which formats the row's message in a language as the Rust `WithArgs`
//!   shows it: a `&str` or `char` is a `string`, a `bool` a `boolean`, an `f64` a `number`, an
//!   integer of 32 bits or fewer a `number`, a wider one a `number | bigint` (a `RangeError`
//!   for a value its Rust type has not);
//! - `formatServerError(code, args, language)`: the message of a code with arguments, given as
//!   strings, by name (as gRPC's `ErrorInfo` metadata carries them); `undefined` for a code
//!   that takes none, and a `RangeError` for an argument missing or unreadable.

use super::{builder, by_language, rows, spec_fields, ArgRow};
use crate::export::escape::{jsdoc_text, quoted};
use crate::export::names::{ascii_ident, unique};
use crate::export::table::ExportedTable;
use codetable_pipeline::model::ArgType;
use codetable_pipeline::template::{Piece, Spec};
use heck::ToLowerCamelCase;
use std::fmt::Write as _;

/// The largest integer a `number` holds exactly: a table with a code beyond has `bigint`s.
const MAX_SAFE_INTEGER: i128 = (1 << 53) - 1;

/// What a module with a row with arguments has once: Rust's format specs, and the arguments
/// read from strings.
pub const PRELUDE: &str = r#"
/** How a placeholder of a message writes its value: a Rust format spec (`{db:>8}`). */
interface FormatSpec {
  readonly fill?: string;
  readonly align?: "<" | "^" | ">";
  readonly plus?: boolean;
  readonly alternate?: boolean;
  readonly zero?: boolean;
  readonly width?: number | bigint;
  readonly precision?: number | bigint;
  readonly kind?: "x" | "X" | "o" | "b";
}

/** Text padded to the spec's width with its fill, where its alignment says (else `align`). */
function padTo(text: string, spec: FormatSpec, align: "<" | "^" | ">"): string {
  const width = Number(spec.width ?? 0);
  const length = Array.from(text).length;
  if (length >= width) {
    return text;
  }
  const fill = spec.fill ?? " ";
  const padding = width - length;
  const where = spec.align ?? align;
  const before = where === "<" ? 0 : where === ">" ? padding : Math.floor(padding / 2);
  return fill.repeat(before) + text + fill.repeat(padding - before);
}

/** A number's sign and prefix, then its digits, with zeros between them for the flag `0`. */
function padNumber(head: string, digits: string, spec: FormatSpec): string {
  if (spec.zero === true) {
    const length = Array.from(head + digits).length;
    return head + "0".repeat(Math.max(0, Number(spec.width ?? 0) - length)) + digits;
  }
  return padTo(head + digits, spec, ">");
}

/** Text (a `&str`, a `bool`'s word), as Rust writes it: cut to the precision, then padded. */
function formatText(value: string, spec: FormatSpec): string {
  const cut =
    spec.precision === undefined
      ? value
      : Array.from(value).slice(0, Number(spec.precision)).join("");
  return padTo(cut, spec, "<");
}

/** A `char`: one character, else a RangeError. */
function formatChar(value: string, spec: FormatSpec): string {
  if (Array.from(value).length !== 1) {
    throw new RangeError(`a char is one character, not ${JSON.stringify(value)}`);
  }
  return formatText(value, spec);
}

/** An integer of the Rust type of `bits` bits, signed or not; a RangeError for one it has not. */
function checkInteger(value: number | bigint, bits: number, signed: boolean): bigint {
  if (typeof value === "number" && !Number.isInteger(value)) {
    throw new RangeError(`${value} is no integer`);
  }
  const integer = BigInt(value);
  const low = signed ? -(1n << BigInt(bits - 1)) : 0n;
  const high = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
  if (integer < low || integer > high) {
    throw new RangeError(`${integer} is no ${signed ? "i" : "u"}${bits}`);
  }
  return integer;
}

/** An integer as Rust writes it: in decimal, or its bits in hex, octal or binary. */
function formatInteger(value: number | bigint, bits: number, signed: boolean, spec: FormatSpec): string {
  const integer = checkInteger(value, bits, signed);
  if (spec.kind === undefined) {
    const sign = integer < 0n ? "-" : spec.plus === true ? "+" : "";
    return padNumber(sign, (integer < 0n ? -integer : integer).toString(), spec);
  }
  const radix = spec.kind === "o" ? 8 : spec.kind === "b" ? 2 : 16;
  let digits = BigInt.asUintN(bits, integer).toString(radix);
  if (spec.kind === "X") {
    digits = digits.toUpperCase();
  }
  const prefix =
    spec.alternate === true ? (spec.kind === "o" ? "0o" : spec.kind === "b" ? "0b" : "0x") : "";
  return padNumber((spec.plus === true ? "+" : "") + prefix, digits, spec);
}

/** The shortest digits that read back to the number, without an exponent: Rust's `{}`. */
function shortest(magnitude: number): string {
  const text = String(magnitude);
  const match = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) {
    return text;
  }
  const digits = (match[1] ?? "") + (match[2] ?? "");
  const point = 1 + Number(match[3]);
  if (point >= digits.length) {
    return digits + "0".repeat(point - digits.length);
  }
  if (point <= 0) {
    return "0." + "0".repeat(-point) + digits;
  }
  return digits.slice(0, point) + "." + digits.slice(point);
}

/** The number with `precision` digits after the point, its exact value rounded half to even: Rust's `{:.N}`. */
function fixed(magnitude: number, precision: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, magnitude);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  // The number is `mantissa * 2^exponent`, exactly.
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  const scale = 10n ** BigInt(precision);
  let units: bigint;
  if (exponent >= 0) {
    units = (mantissa << BigInt(exponent)) * scale;
  } else {
    const divisor = 1n << BigInt(-exponent);
    const scaled = mantissa * scale;
    units = scaled / divisor;
    const twice = (scaled % divisor) * 2n;
    if (twice > divisor || (twice === divisor && units % 2n === 1n)) {
      units += 1n;
    }
  }
  const text = units.toString().padStart(precision + 1, "0");
  if (precision === 0) {
    return text;
  }
  return text.slice(0, text.length - precision) + "." + text.slice(text.length - precision);
}

/** An `f64` as Rust writes it (`NaN`, `inf`, `-0`, no exponent). */
function formatFloat(value: number, spec: FormatSpec): string {
  if (Number.isNaN(value)) {
    return padNumber("", "NaN", spec);
  }
  const sign = value < 0 || Object.is(value, -0) ? "-" : spec.plus === true ? "+" : "";
  const magnitude = Math.abs(value);
  const digits = !Number.isFinite(magnitude)
    ? "inf"
    : spec.precision === undefined
      ? shortest(magnitude)
      : fixed(magnitude, Number(spec.precision));
  return padNumber(sign, digits, spec);
}

/** An argument given as a string; a RangeError when it is not given. */
function argText(args: Readonly<Record<string, string>>, name: string): string {
  const value = Object.prototype.hasOwnProperty.call(args, name) ? args[name] : undefined;
  if (value === undefined) {
    throw new RangeError(`no argument \`${name}\``);
  }
  return value;
}

/** An integer argument given as a string (in decimal, as Rust writes it). */
function argInteger(args: Readonly<Record<string, string>>, name: string): bigint {
  const text = argText(args, name);
  if (!/^-?\d+$/.test(text)) {
    throw new RangeError(`argument \`${name}\` is no integer: ${JSON.stringify(text)}`);
  }
  return BigInt(text);
}

/** An `f64` argument given as a string: a number, or `NaN`, `inf`, `-inf` as Rust writes them. */
function argFloat(args: Readonly<Record<string, string>>, name: string): number {
  const text = argText(args, name);
  const word = text.toLowerCase().replace(/^[+]/, "");
  if (word === "nan") {
    return NaN;
  }
  if (word === "inf" || word === "infinity") {
    return Infinity;
  }
  if (word === "-inf" || word === "-infinity") {
    return -Infinity;
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) {
    throw new RangeError(`argument \`${name}\` is no number: ${JSON.stringify(text)}`);
  }
  return Number(text);
}

/** A `bool` argument given as a string: `true` or `false`. */
function argBool(args: Readonly<Record<string, string>>, name: string): boolean {
  const text = argText(args, name);
  if (text !== "true" && text !== "false") {
    throw new RangeError(`argument \`${name}\` is no bool: ${JSON.stringify(text)}`);
  }
  return text === "true";
}
"#;

/// The functions of a table's rows with arguments, after the table's own declarations.
pub fn table(out: &mut String, table: &ExportedTable, name: &str) {
    let rows = rows(table);
    if rows.is_empty() {
        return;
    }
    let languages = table.declares_languages();
    let first = table.languages.first().map_or("", String::as_str);
    let keys = unique(
        rows.iter()
            .map(|row| ascii_ident(&builder(row.row).to_lower_camel_case())),
        &["__proto__"],
    );
    let _ = writeln!(
        out,
        "\n/**\n * A function per row of {{@link {name}}} with arguments: its message in a language, formatted\n * with them as the Rust table's `WithArgs` shows it.\n */"
    );
    let _ = writeln!(out, "export const {name}Args = {{");
    for (row, key) in rows.iter().zip(&keys) {
        let doc = format!(
            "`{}` ({}) with its arguments: {}",
            row.row.name,
            table.code_text(row.row),
            row.row.message(table)
        );
        let _ = writeln!(out, "  /** {} */", jsdoc_text(&doc.replace('\n', " ")));
        let mut params: Vec<String> = row
            .args
            .iter()
            .map(|(arg, ty)| format!("{}: {}", param(arg), ts_type(*ty)))
            .collect();
        if languages {
            params.push(format!("language: {name}Language = {}", quoted(first)));
        }
        let _ = writeln!(out, "  {key}({}): string {{", params.join(", "));
        for (arg, ty) in &row.args {
            if let Some((bits, signed)) = ty.integer() {
                let _ = writeln!(out, "    checkInteger({}, {bits}, {signed});", param(arg));
            }
        }
        write_messages(out, table, row, languages);
        out.push_str("  },\n");
    }
    out.push_str("} as const;\n");

    // From strings.
    let big = !table.text_codes()
        && table
            .rows
            .iter()
            .any(|row| row.code.abs() > MAX_SAFE_INTEGER);
    let language_param = if languages {
        format!(", language: {name}Language = {}", quoted(first))
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "\n/**\n * The message of a code of {{@link {name}}} with arguments, given as strings, by name (as gRPC's\n * `ErrorInfo` metadata carries them); `undefined` for a code that takes none. A RangeError for an\n * argument missing or unreadable.\n */"
    );
    let _ = writeln!(
        out,
        "export function format{name}(code: {name}, args: Readonly<Record<string, string>>{language_param}): string | undefined {{"
    );
    // The code as a plain number or string, whatever type the table's codes are declared of.
    out.push_str("  switch (code as CodeValue) {\n");
    for (row, key) in rows.iter().zip(&keys) {
        let code = match &row.row.text {
            Some(text) => quoted(text),
            None if big => format!("{}n", row.row.code),
            None => row.row.code.to_string(),
        };
        let mut values: Vec<String> = row
            .args
            .iter()
            .map(|(arg, ty)| from_string(arg, *ty))
            .collect();
        if languages {
            values.push("language".to_owned());
        }
        let _ = writeln!(
            out,
            "    case {code}:\n      return {name}Args.{key}({});",
            values.join(", ")
        );
    }
    out.push_str("    default:\n      return undefined;\n  }\n}\n");
}

/// The body that returns the row's message in the language asked for.
fn write_messages(out: &mut String, table: &ExportedTable, row: &ArgRow<'_>, languages: bool) {
    let (first, others) = by_language(table, row, |pieces| expression(row, pieces));
    if !languages || others.is_empty() {
        if languages {
            out.push_str("    void language;\n");
        }
        let _ = writeln!(out, "    return {first};");
        return;
    }
    out.push_str("    switch (language) {\n");
    for (index, expression) in others {
        let tag = quoted(&table.languages[index]);
        let _ = writeln!(out, "      case {tag}:\n        return {expression};");
    }
    let _ = writeln!(out, "      default:\n        return {first};\n    }}");
}

/// A message as an expression that concatenates its text and its formatted placeholders.
fn expression(row: &ArgRow<'_>, pieces: &[Piece]) -> String {
    super::expression(row, pieces, quoted, |name, ty, spec| {
        let value = param(name);
        let spec = self::spec(spec);
        match ty {
            ArgType::Str => format!("formatText({value}, {spec})"),
            ArgType::Char => format!("formatChar({value}, {spec})"),
            ArgType::Bool => format!("formatText(String({value}), {spec})"),
            ArgType::F64 => format!("formatFloat({value}, {spec})"),
            integer => {
                let (bits, signed) = integer.integer().unwrap_or((64, true));
                format!("formatInteger({value}, {bits}, {signed}, {spec})")
            }
        }
    })
}

/// A spec as an object literal of the fields it sets.
fn spec(spec: &Spec) -> String {
    let character = |c: char| quoted(c.encode_utf8(&mut [0; 4]));
    let fields: Vec<String> = spec_fields(spec, character, "true", param)
        .into_iter()
        .map(|(field, value)| format!("{field}: {value}"))
        .collect();
    if fields.is_empty() {
        "{}".to_owned()
    } else {
        format!("{{ {} }}", fields.join(", "))
    }
}

/// An argument's name as a parameter: `_` after a word TypeScript reserves.
fn param(name: &str) -> String {
    const RESERVED: [&str; 47] = [
        "break",
        "case",
        "catch",
        "class",
        "const",
        "continue",
        "debugger",
        "default",
        "delete",
        "do",
        "else",
        "enum",
        "export",
        "extends",
        "false",
        "finally",
        "for",
        "function",
        "if",
        "import",
        "in",
        "instanceof",
        "new",
        "null",
        "return",
        "super",
        "switch",
        "this",
        "throw",
        "true",
        "try",
        "typeof",
        "var",
        "void",
        "while",
        "with",
        "implements",
        "interface",
        "let",
        "package",
        "private",
        "protected",
        "public",
        "static",
        "yield",
        "arguments",
        "eval",
    ];
    if RESERVED.contains(&name) || name == "language" || name == "code" || name == "args" {
        format!("{name}_")
    } else {
        name.to_owned()
    }
}

/// An argument's TypeScript type.
fn ts_type(ty: ArgType) -> &'static str {
    match ty {
        ArgType::Str | ArgType::Char => "string",
        ArgType::Bool => "boolean",
        ArgType::F64 => "number",
        integer => match integer.integer() {
            Some((bits, _)) if bits <= 32 => "number",
            _ => "number | bigint",
        },
    }
}

/// An argument read from the strings of `formatTable`.
fn from_string(name: &str, ty: ArgType) -> String {
    let key = quoted(name);
    match ty {
        ArgType::Str | ArgType::Char => format!("argText(args, {key})"),
        ArgType::Bool => format!("argBool(args, {key})"),
        ArgType::F64 => format!("argFloat(args, {key})"),
        integer => match integer.integer() {
            Some((bits, _)) if bits <= 32 => format!("Number(argInteger(args, {key}))"),
            _ => format!("argInteger(args, {key})"),
        },
    }
}

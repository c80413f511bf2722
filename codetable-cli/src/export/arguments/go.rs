//! Rows with arguments in the `go` format: per table, `var ServerErrorArgs`, a struct of
//!
//! - a function per row with arguments, named as its variant (`ErNoSuchTable func(language
//!   ServerErrorLanguage, db string, table string) string`), which formats the row's message
//!   in a language as the Rust `WithArgs` shows it: a `&str` is a `string`, a `char` a `rune`,
//!   an integer the Go type of its width (`usize` a `uint`), an `f64` a `float64`;
//! - `Format(code, language, args)`: the message of a code with arguments given as strings, by
//!   name (as gRPC's `ErrorInfo` metadata carries them), with `ok` false for a code that
//!   takes none, and an error for an argument missing or unreadable.
//!
//! The functions are the file's unexported `serverErrorFormat…`, which the struct holds.

use super::{by_language, rows, spec_fields, ArgRow};
use crate::export::escape::{comment_lines, go_rune, quoted};
use crate::export::names::{ascii_ident, lower_first, unique, upper_first};
use crate::export::table::ExportedTable;
use codetable_pipeline::model::{ArgType, Repr};
use codetable_pipeline::template::{Piece, Spec};
use std::fmt::Write as _;

/// The packages the functions import, beside the file's own.
pub const IMPORTS: [&str; 5] = ["fmt", "math", "strconv", "strings", "unicode/utf8"];

/// What a file with a row with arguments has once: Rust's format specs, and the arguments
/// read from strings.
pub const PRELUDE: &str = r#"
// formatSpec is how a placeholder of a message writes its value: a Rust format spec
// ({db:>8}). A width of 0 is none; a precision below 0 is none.
type formatSpec struct {
	fill      rune
	align     byte
	plus      bool
	alternate bool
	zero      bool
	width     int
	precision int
	kind      byte
}

// padTo pads text to the spec's width with its fill, where its alignment says (else align).
func padTo(text string, spec formatSpec, align byte) string {
	length := utf8.RuneCountInString(text)
	if length >= spec.width {
		return text
	}
	fill := spec.fill
	if fill == 0 {
		fill = ' '
	}
	where := spec.align
	if where == 0 {
		where = align
	}
	padding := spec.width - length
	before := 0
	switch where {
	case '>':
		before = padding
	case '^':
		before = padding / 2
	}
	return strings.Repeat(string(fill), before) + text + strings.Repeat(string(fill), padding-before)
}

// padNumber writes a number's sign and prefix, then its digits, with zeros between them for
// the flag 0.
func padNumber(head, digits string, spec formatSpec) string {
	if spec.zero {
		length := utf8.RuneCountInString(head + digits)
		if length < spec.width {
			return head + strings.Repeat("0", spec.width-length) + digits
		}
		return head + digits
	}
	return padTo(head+digits, spec, '>')
}

// formatText writes text as Rust does: cut to the precision, then padded.
func formatText(value string, spec formatSpec) string {
	if spec.precision >= 0 {
		kept := 0
		for at := range value {
			if kept == spec.precision {
				value = value[:at]
				break
			}
			kept++
		}
	}
	return padTo(value, spec, '<')
}

// formatSigned writes a signed integer of bits bits as Rust does: in decimal, or its bits in
// hex, octal or binary.
func formatSigned(value int64, bits uint, spec formatSpec) string {
	if spec.kind != 0 {
		mask := ^uint64(0)
		if bits < 64 {
			mask = 1<<bits - 1
		}
		return formatBits(uint64(value)&mask, spec)
	}
	sign := ""
	magnitude := uint64(value)
	if value < 0 {
		sign = "-"
		magnitude = uint64(-(value + 1)) + 1
	} else if spec.plus {
		sign = "+"
	}
	return padNumber(sign, strconv.FormatUint(magnitude, 10), spec)
}

// formatUnsigned writes an unsigned integer as Rust does.
func formatUnsigned(value uint64, spec formatSpec) string {
	if spec.kind != 0 {
		return formatBits(value, spec)
	}
	sign := ""
	if spec.plus {
		sign = "+"
	}
	return padNumber(sign, strconv.FormatUint(value, 10), spec)
}

// formatBits writes an integer's bits in the spec's base, with its prefix for the flag #.
func formatBits(bits uint64, spec formatSpec) string {
	base, prefix := 16, "0x"
	switch spec.kind {
	case 'o':
		base, prefix = 8, "0o"
	case 'b':
		base, prefix = 2, "0b"
	}
	digits := strconv.FormatUint(bits, base)
	if spec.kind == 'X' {
		digits = strings.ToUpper(digits)
	}
	head := ""
	if spec.plus {
		head = "+"
	}
	if spec.alternate {
		head += prefix
	}
	return padNumber(head, digits, spec)
}

// formatFloat writes an f64 as Rust does: NaN, inf, -0, the shortest digits that read back,
// or the precision's, and no exponent.
func formatFloat(value float64, spec formatSpec) string {
	if math.IsNaN(value) {
		return padNumber("", "NaN", spec)
	}
	sign := ""
	if math.Signbit(value) {
		sign = "-"
	} else if spec.plus {
		sign = "+"
	}
	magnitude := math.Abs(value)
	digits := "inf"
	if !math.IsInf(magnitude, 1) {
		digits = strconv.FormatFloat(magnitude, 'f', spec.precision, 64)
	}
	return padNumber(sign, digits, spec)
}

// argReader reads a row's arguments from strings, keeping the first error.
type argReader struct {
	args map[string]string
	err  error
}

// fail keeps an error, if it is the first.
func (r *argReader) fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

// text reads an argument as it is.
func (r *argReader) text(name string) string {
	value, ok := r.args[name]
	if !ok {
		r.fail(fmt.Errorf("no argument `%s`", name))
	}
	return value
}

// signed reads a signed integer of bits bits, in decimal.
func (r *argReader) signed(name string, bits int) int64 {
	text := r.text(name)
	value, err := strconv.ParseInt(text, 10, bits)
	if err != nil {
		r.fail(fmt.Errorf("argument `%s` is no i%d: %q", name, bits, text))
	}
	return value
}

// unsigned reads an unsigned integer of bits bits, in decimal.
func (r *argReader) unsigned(name string, bits int) uint64 {
	text := r.text(name)
	value, err := strconv.ParseUint(text, 10, bits)
	if err != nil {
		r.fail(fmt.Errorf("argument `%s` is no u%d: %q", name, bits, text))
	}
	return value
}

// float reads an f64: a number, or NaN, inf, -inf as Rust writes them.
func (r *argReader) float(name string) float64 {
	text := r.text(name)
	value, err := strconv.ParseFloat(text, 64)
	if err != nil {
		r.fail(fmt.Errorf("argument `%s` is no number: %q", name, text))
	}
	return value
}

// boolean reads a bool: true or false.
func (r *argReader) boolean(name string) bool {
	text := r.text(name)
	if text != "true" && text != "false" {
		r.fail(fmt.Errorf("argument `%s` is no bool: %q", name, text))
	}
	return text == "true"
}

// char reads a char: one character.
func (r *argReader) char(name string) rune {
	text := r.text(name)
	value, size := utf8.DecodeRuneInString(text)
	if size == 0 || size != len(text) || value == utf8.RuneError {
		r.fail(fmt.Errorf("argument `%s` is no char: %q", name, text))
	}
	return value
}
"#;

/// The names a file declares for a table with arguments, which no other of its names may take:
/// its struct's, after the table's type (`ServerErrorArgs`).
pub fn declared(ty: &str) -> String {
    format!("{ty}Args")
}

/// The struct of a table's rows with arguments, and their functions.
pub fn table(out: &mut String, table: &ExportedTable, ty: &str) {
    let rows = rows(table);
    if rows.is_empty() {
        return;
    }
    let lower = lower_first(ty);
    let languages = table.declares_languages();
    let fields = unique(
        rows.iter()
            .map(|row| upper_first(&ascii_ident(&row.row.variant))),
        &["Format"],
    );
    let language = languages.then(|| format!("language {ty}Language"));

    // Each row's function.
    for (row, field) in rows.iter().zip(&fields) {
        let _ = writeln!(
            out,
            "\n// {lower}Format{field} formats {} ({}) with its arguments.\nfunc {lower}Format{field}({}) string {{",
            row.row.name,
            table.code_text(row.row),
            params(language.as_deref(), row)
        );
        write_messages(out, table, row, languages);
        out.push_str("}\n");
    }

    // From strings.
    let language_param = language
        .as_deref()
        .map_or(String::new(), |l| format!("{l}, "));
    let _ = writeln!(
        out,
        "\n// {lower}FormatArgs formats a code's message with its arguments given as strings.\nfunc {lower}FormatArgs(code {ty}, {language_param}args map[string]string) (string, bool, error) {{\n\tr := argReader{{args: args}}\n\tvar message string\n\tswitch code {{"
    );
    for (row, field) in rows.iter().zip(&fields) {
        let mut values: Vec<String> = language.iter().map(|_| "language".to_owned()).collect();
        values.extend(row.args.iter().map(|(arg, ty)| from_string(arg, *ty)));
        let _ = writeln!(
            out,
            "\tcase {}:\n\t\tmessage = {lower}Format{field}({})",
            table.code_literal(row.row),
            values.join(", ")
        );
    }
    out.push_str("\tdefault:\n\t\treturn \"\", false, nil\n\t}\n\tif r.err != nil {\n\t\treturn \"\", true, r.err\n\t}\n\treturn message, true, nil\n}\n");

    // The struct.
    let doc = format!(
        "{ty}Args holds a function per row of {ty} with arguments, which formats its message \
         in a language with them as the Rust table's WithArgs shows it, and Format, which \
         formats a code's message with its arguments given as strings, by name (as gRPC's \
         ErrorInfo metadata carries them): ok is false for a code that takes none, and the \
         error says which argument is missing or unreadable."
    );
    out.push('\n');
    comment_lines(out, "// ", &doc);
    let _ = writeln!(out, "var {ty}Args = struct {{");
    for (row, field) in rows.iter().zip(&fields) {
        let doc = format!(
            "{field} is {} ({}) with its arguments: {}",
            row.row.name,
            table.code_text(row.row),
            row.row.message(table)
        );
        comment_lines(out, "\t// ", &doc);
        let _ = writeln!(
            out,
            "\t{field} func({}) string",
            params(language.as_deref(), row)
        );
    }
    let _ = writeln!(
        out,
        "\t// Format formats a code's message with its arguments given as strings.\n\tFormat func(code {ty}, {language_param}args map[string]string) (message string, ok bool, err error)\n}}{{"
    );
    // By place, not by key: gofmt would align the keys' values.
    for field in &fields {
        let _ = writeln!(out, "\t{lower}Format{field},");
    }
    let _ = writeln!(out, "\t{lower}FormatArgs,\n}}");
}

/// A row's function's parameters: the language (`language`, for a table with languages), then
/// its arguments.
fn params(language: Option<&str>, row: &ArgRow<'_>) -> String {
    let args = row
        .args
        .iter()
        .map(|(arg, ty)| format!("{} {}", param(arg), go_type(*ty)));
    language
        .map(str::to_owned)
        .into_iter()
        .chain(args)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The body that returns the row's message in the language asked for.
fn write_messages(out: &mut String, table: &ExportedTable, row: &ArgRow<'_>, languages: bool) {
    let (first, others) = by_language(table, row, |pieces| expression(row, pieces));
    if !languages || others.is_empty() {
        if languages {
            out.push_str("\t_ = language\n");
        }
        let _ = writeln!(out, "\treturn {first}");
        return;
    }
    out.push_str("\tswitch language {\n");
    for (index, expression) in others {
        let tag = quoted(&table.languages[index]);
        let _ = writeln!(out, "\tcase {tag}:\n\t\treturn {expression}");
    }
    let _ = writeln!(out, "\t}}\n\treturn {first}");
}

/// A message as an expression that concatenates its text and its formatted placeholders.
fn expression(row: &ArgRow<'_>, pieces: &[Piece]) -> String {
    super::expression(row, pieces, quoted, |name, ty, spec| {
        let value = param(name);
        let spec = self::spec(spec);
        match ty {
            ArgType::Str => format!("formatText({value}, {spec})"),
            ArgType::Char => format!("formatText(string({value}), {spec})"),
            ArgType::Bool => format!("formatText(strconv.FormatBool({value}), {spec})"),
            ArgType::F64 => format!("formatFloat({value}, {spec})"),
            integer => match integer.integer() {
                Some((bits, true)) => format!("formatSigned(int64({value}), {bits}, {spec})"),
                _ => format!("formatUnsigned(uint64({value}), {spec})"),
            },
        }
    })
}

/// A spec as a struct literal of the fields it sets (a precision of -1 for none).
fn spec(spec: &Spec) -> String {
    let arg = |name: &str| format!("int({})", param(name));
    let mut fields: Vec<String> = spec_fields(spec, go_rune, "true", arg)
        .into_iter()
        .map(|(field, value)| format!("{field}: {value}"))
        .collect();
    if spec.precision.is_none() {
        fields.push("precision: -1".to_owned());
    }
    format!("formatSpec{{{}}}", fields.join(", "))
}

/// An argument's name as a parameter: `_` after a word Go reserves, or a name the functions
/// use.
fn param(name: &str) -> String {
    const RESERVED: [&str; 31] = [
        "break",
        "case",
        "chan",
        "const",
        "continue",
        "default",
        "defer",
        "else",
        "fallthrough",
        "for",
        "func",
        "go",
        "goto",
        "if",
        "import",
        "interface",
        "map",
        "package",
        "range",
        "return",
        "select",
        "struct",
        "switch",
        "type",
        "var",
        "language",
        "code",
        "args",
        "r",
        "message",
        "string",
    ];
    if RESERVED.contains(&name) {
        format!("{name}_")
    } else {
        name.to_owned()
    }
}

/// An argument's Go type.
fn go_type(ty: ArgType) -> &'static str {
    match ty {
        ArgType::Str => "string",
        ArgType::Char => "rune",
        ArgType::Bool => "bool",
        ArgType::F64 => "float64",
        ArgType::Int(repr) => match repr {
            Repr::I8 => "int8",
            Repr::I16 => "int16",
            Repr::I32 => "int32",
            Repr::I64 => "int64",
            Repr::U8 => "uint8",
            Repr::U16 => "uint16",
            Repr::U32 => "uint32",
            Repr::U64 => "uint64",
        },
        ArgType::Isize => "int",
        ArgType::Usize => "uint",
    }
}

/// An argument read from the strings of `Format`.
fn from_string(name: &str, ty: ArgType) -> String {
    let key = quoted(name);
    match ty {
        ArgType::Str => format!("r.text({key})"),
        ArgType::Char => format!("r.char({key})"),
        ArgType::Bool => format!("r.boolean({key})"),
        ArgType::F64 => format!("r.float({key})"),
        integer => {
            let go = go_type(integer);
            match integer.integer() {
                Some((bits, true)) => format!("{go}(r.signed({key}, {bits}))"),
                Some((bits, _)) => format!("{go}(r.unsigned({key}, {bits}))"),
                None => format!("r.text({key})"),
            }
        }
    }
}

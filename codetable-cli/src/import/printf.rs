//! `--printf-args`: messages that are C `printf` templates (MariaDB's `Table '%-.192s.%-.192s'
//! doesn't exist`) made rows with arguments, `ER_NO_SUCH_TABLE(arg1: &str, arg2: &str)`,
//! `"Table '{arg1:.192}.{arg2:.192}' doesn't exist"`.
//!
//! Each conversion becomes a named argument, `arg1`, `arg2`, … in the order printf takes them
//! (a `*` width or precision is one of them, a `usize`; `%2$s` takes the second), typed by its
//! conversion and length (C's LP64: `%d` `i32`, `%ld` and `%lld` `i64`, `%u` `u32`, `%lu`
//! `u64`, `%zu` `usize`, `%hd` `i16`, `%c` `char`, `%s` `&str`, `%f` `f64`), and its flags,
//! width and precision are kept as the Rust spec that writes the same (`%-10s` `{arg1:<10}`,
//! `%5s` `{arg1:>5}`, `%05d` `{arg1:05}`, `%+d` `{arg1:+}`, `%.2f` `{arg1:.2}`, `%f`
//! `{arg1:.6}`, `%x` `{arg1:x}`, `%.*s` `{arg2:.arg1$}`). The rest of the text is kept, `%%`
//! read as `%`, and a brace written `{{` or `}}`. Every message of a row, in every language,
//! must take the same arguments.
//!
//! MariaDB's own conversions: `` %`s `` (an identifier in backticks) is `` `{arg1}` `` and
//! `%M` (an error number and its text) `{arg1} "{arg2}"`, an `i32` and a `&str`, each noted
//! once per table (Rust doubles no backtick inside the value, and takes the text as an
//! argument of its own); `%T` (a string cut with `...`) is `{arg1}`, and with a precision
//! `{arg1:.N}`, a problem (Rust cuts without the dots). What Rust writes otherwise (`%e`,
//! `%g`, `%p`, `% d`, `%#x`, `%'d`, a precision of an integer, a wide `%ls`) is a problem, and
//! its row is kept as written, without arguments.

use crate::import::model::{Argument, Document, Row};
use codetable_pipeline::model::{ArgType, Repr};
use std::fmt::Write as _;

/// What one row's messages became.
enum Converted {
    /// No conversion in any message: the text with `%%` read as `%`, no arguments.
    Plain(Vec<String>),
    /// Each message as a format string, and the arguments they take.
    Args {
        messages: Vec<String>,
        args: Vec<ArgType>,
        /// MariaDB's conversions used, for the table's notes.
        uses: Uses,
        /// What Rust writes otherwise (`%-.64T`'s dots), reported but converted.
        lossy: Vec<String>,
    },
}

/// Which of MariaDB's conversions a row uses, and whether a precision counts bytes.
#[derive(Clone, Copy, Default)]
struct Uses {
    backtick: bool,
    errno: bool,
    precision: bool,
}

/// Converts every row's printf templates: rows with conversions gain arguments, `%%` becomes
/// `%` everywhere; what cannot be converted is a problem on its row, which keeps its text. The
/// notes and problems go to the document.
pub fn convert(document: &mut Document) {
    let mut notes = Vec::new();
    let mut problems = Vec::new();
    for table in &mut document.tables {
        let mut counts = [(0, 0usize); 3];
        for row in table.rows_mut() {
            if row
                .declared
                .as_ref()
                .is_some_and(|declared| !declared.arguments.is_empty())
            {
                continue;
            }
            let converted = match row_messages(row) {
                Ok(converted) => converted,
                Err(why) => {
                    let message = format!(
                        "{why}: the message is kept as written, without arguments (write it \
                         as a format string by hand)"
                    );
                    row.fixmes.push(message.clone());
                    problems.push((row.line, message));
                    continue;
                }
            };
            match converted {
                Converted::Plain(messages) => set_messages(row, messages),
                Converted::Args {
                    messages,
                    args,
                    uses,
                    lossy,
                } => {
                    for (count, used) in
                        counts
                            .iter_mut()
                            .zip([uses.backtick, uses.errno, uses.precision])
                    {
                        if used {
                            if count.0 == 0 {
                                count.1 = row.line;
                            }
                            count.0 += 1;
                        }
                    }
                    for why in lossy {
                        row.fixmes.push(why.clone());
                        problems.push((row.line, why));
                    }
                    set_messages(row, messages);
                    let declared = row.declared.get_or_insert_with(Box::default);
                    declared.arguments = args
                        .iter()
                        .enumerate()
                        .map(|(index, ty)| Argument {
                            name: format!("arg{}", index + 1),
                            ty: ty.name().to_owned(),
                        })
                        .collect();
                }
            }
        }
        let said = [
            "MariaDB's %`s (an identifier in backticks) is written `{argN}` between backticks: \
             Rust does not double a backtick inside the value as MariaDB does",
            "MariaDB's %M (an error number and its text) is written `{argN} \"{argN+1}\"`: the \
             number, an `i32`, and its text, a `&str`, two arguments where printf takes one",
            "printf's precision (`%.192s`) counts bytes, Rust's (`{argN:.192}`) characters: the \
             same for ASCII values",
        ];
        for ((count, line), what) in counts.into_iter().zip(said) {
            if count > 0 {
                let rows = if count == 1 { "row" } else { "rows" };
                notes.push((line, format!("{what} ({count} {rows}, this the first)")));
            }
        }
    }
    document.notes.extend(notes);
    document.problems.extend(problems);
}

/// A template with MariaDB's own conversions written as C's `printf` writes them for a value
/// without a backtick and not cut: `` %`s `` as `` `%s` ``, `%M` as `%d "%s"` (the number,
/// and its text as an argument of its own), `%T` as `%s`. What `--printf-args` takes each
/// to mean: its tests hold the rows it converts to what C's `printf` writes of this.
pub fn as_c(template: &str) -> Result<String, String> {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let (spec, after) = Spec::read(&rest[at..])?;
        rest = after;
        let standard = spec.written.replace('`', "");
        match spec.conversion {
            'M' => out.push_str("%d \"%s\""),
            'T' => out.push_str(&standard.replace('T', "s")),
            _ if spec.backtick => {
                out.push('`');
                out.push_str(&standard);
                out.push('`');
            }
            _ => out.push_str(&standard),
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// A row's messages (the first, then each language's) set to what they became.
fn set_messages(row: &mut Row, messages: Vec<String>) {
    let mut messages = messages.into_iter();
    if let Some(first) = messages.next() {
        row.message = first;
    }
    for translation in row.translations.iter_mut().flatten() {
        if let Some(text) = messages.next() {
            *translation = text;
        }
    }
}

/// A row's messages converted, each taking the same arguments; why not, where one cannot be
/// or they take different ones.
fn row_messages(row: &Row) -> Result<Converted, String> {
    let texts = std::iter::once(&row.message).chain(row.translations.iter().flatten());
    let mut converted: Vec<Message> = Vec::new();
    for text in texts {
        converted.push(message(text)?);
    }
    let Some(first) = converted.first() else {
        return Ok(Converted::Plain(Vec::new()));
    };
    if first.args.is_empty() {
        if let Some(other) = converted.iter().find(|other| !other.args.is_empty()) {
            return Err(format!(
                "a translation takes {} printf arguments where the message takes none",
                other.args.len()
            ));
        }
        return Ok(Converted::Plain(
            converted.into_iter().map(|message| message.plain).collect(),
        ));
    }
    for other in &converted[1..] {
        if other.args != first.args {
            return Err(format!(
                "a translation takes the printf arguments ({}) where the message takes ({})",
                listed(&other.args),
                listed(&first.args)
            ));
        }
    }
    if let Some(gap) = first.args.iter().position(Option::is_none) {
        return Err(format!(
            "no conversion takes printf's argument {}: each argument of a row is used",
            gap + 1
        ));
    }
    let mut uses = Uses::default();
    let mut lossy = Vec::new();
    for message in &converted {
        uses.backtick |= message.uses.backtick;
        uses.errno |= message.uses.errno;
        uses.precision |= message.uses.precision;
        for why in &message.lossy {
            if !lossy.contains(why) {
                lossy.push(why.clone());
            }
        }
    }
    let args = first.args.iter().flatten().copied().collect();
    Ok(Converted::Args {
        messages: converted.into_iter().map(|message| message.text).collect(),
        args,
        uses,
        lossy,
    })
}

/// Argument types as errors list them: `&str, i32`.
fn listed(args: &[Option<ArgType>]) -> String {
    args.iter()
        .map(|arg| arg.map_or("?", ArgType::name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One template, converted.
struct Message {
    /// As a format string.
    text: String,
    /// As plain text (`%%` as `%`), for a template without conversions.
    plain: String,
    /// The type of each argument, by its place (`None` for a place no conversion takes,
    /// which makes the row's arguments differ from a message that takes it).
    args: Vec<Option<ArgType>>,
    uses: Uses,
    lossy: Vec<String>,
}

/// A template as a format string, or why it cannot be one.
fn message(template: &str) -> Result<Message, String> {
    let mut out = Message {
        text: String::with_capacity(template.len() + 8),
        plain: String::with_capacity(template.len()),
        args: Vec::new(),
        uses: Uses::default(),
        lossy: Vec::new(),
    };
    let mut next = 1;
    let mut rest = template;
    while let Some(at) = rest.find('%') {
        push_text(&mut out, &rest[..at]);
        let (spec, after) = Spec::read(&rest[at..])?;
        rest = after;
        if spec.conversion == '%' {
            out.text.push('%');
            out.plain.push('%');
            continue;
        }
        spec.write(&mut out, &mut next)?;
    }
    push_text(&mut out, rest);
    Ok(out)
}

/// Text between conversions: as it is, a brace doubled in the format string.
fn push_text(out: &mut Message, text: &str) {
    out.plain.push_str(text);
    for character in text.chars() {
        if character == '{' || character == '}' {
            out.text.push(character);
        }
        out.text.push(character);
    }
}

/// A width or precision: none, a number, or `*` (an argument, by place if given: `*2$`).
#[derive(Clone, Copy, PartialEq)]
enum Count {
    None,
    Literal(usize),
    Star(Option<usize>),
}

/// `%[N$][flags][width][.precision][length]conversion`, as written.
struct Spec<'t> {
    written: &'t str,
    position: Option<usize>,
    minus: bool,
    plus: bool,
    space: bool,
    alternate: bool,
    zero: bool,
    grouping: bool,
    backtick: bool,
    width: Count,
    precision: Count,
    length: &'t str,
    conversion: char,
}

impl<'t> Spec<'t> {
    /// The conversion at the start of `text` (its `%`), and the text after it.
    fn read(text: &'t str) -> Result<(Spec<'t>, &'t str), String> {
        let bytes = text.as_bytes();
        let mut at = 1;
        let digits = |from: usize| {
            bytes[from..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count()
        };
        let number = |from: usize, count: usize| text[from..from + count].parse::<usize>().ok();
        let mut spec = Spec {
            written: "",
            position: None,
            minus: false,
            plus: false,
            space: false,
            alternate: false,
            zero: false,
            grouping: false,
            backtick: false,
            width: Count::None,
            precision: Count::None,
            length: "",
            conversion: '%',
        };
        // `N$`: the argument by place.
        let count = digits(at);
        if count > 0 && bytes.get(at + count) == Some(&b'$') {
            spec.position = number(at, count);
            at += count + 1;
        }
        while let Some(&flag) = bytes.get(at) {
            match flag {
                b'-' => spec.minus = true,
                b'+' => spec.plus = true,
                b' ' => spec.space = true,
                b'#' => spec.alternate = true,
                b'0' => spec.zero = true,
                b'\'' => spec.grouping = true,
                b'`' => spec.backtick = true,
                _ => break,
            }
            at += 1;
        }
        let star = |at: &mut usize| -> Count {
            let count = digits(*at + 1);
            if count > 0 && bytes.get(*at + 1 + count) == Some(&b'$') {
                let place = number(*at + 1, count);
                *at += count + 2;
                Count::Star(place)
            } else {
                *at += 1;
                Count::Star(None)
            }
        };
        if bytes.get(at) == Some(&b'*') {
            spec.width = star(&mut at);
        } else {
            let count = digits(at);
            if count > 0 {
                spec.width = Count::Literal(number(at, count).unwrap_or(usize::MAX));
                at += count;
            }
        }
        if bytes.get(at) == Some(&b'.') {
            at += 1;
            if bytes.get(at) == Some(&b'*') {
                spec.precision = star(&mut at);
            } else {
                let count = digits(at);
                spec.precision = Count::Literal(number(at, count).unwrap_or(0));
                at += count;
            }
        }
        let length_end = at
            + bytes[at..]
                .iter()
                .take_while(|b| b"hlLqjzZt".contains(b))
                .count();
        spec.length = &text[at..length_end];
        at = length_end;
        let Some(conversion) = text[at..].chars().next() else {
            return Err(format!(
                "`{text}` ends in the middle of a printf conversion"
            ));
        };
        at += conversion.len_utf8();
        spec.conversion = conversion;
        spec.written = &text[..at];
        Ok((spec, &text[at..]))
    }

    /// The argument type this conversion takes, or why Rust writes none as printf does.
    fn arg_type(&self) -> Result<ArgType, String> {
        let written = self.written;
        // The bits of an integer of this length (C's on LP64), `None` for a size.
        let bits = match self.length {
            "hh" => Some(Some(8)),
            "h" => Some(Some(16)),
            "" => Some(Some(32)),
            "l" | "ll" | "q" | "j" | "L" => Some(Some(64)),
            "z" | "Z" | "t" => Some(None),
            _ => None,
        };
        let integer = |signed: bool| bits.and_then(|bits| ArgType::integer_of(bits, signed));
        let ty = match self.conversion {
            'd' | 'i' => integer(true),
            'u' | 'x' | 'X' | 'o' => integer(false),
            'c' if self.length.is_empty() => Some(ArgType::Char),
            's' | 'T' if self.length.is_empty() => Some(ArgType::Str),
            'f' | 'F' if self.length.is_empty() || self.length == "l" => Some(ArgType::F64),
            'M' if self.length.is_empty() => Some(ArgType::Int(Repr::I32)),
            'e' | 'E' | 'g' | 'G' | 'a' | 'A' => {
                return Err(format!(
                    "`{written}` writes a float as Rust's format cannot (in C's exponent form)"
                ))
            }
            'p' | 'n' => {
                return Err(format!(
                    "`{written}` takes a pointer, which a message's argument is not"
                ))
            }
            _ => None,
        };
        ty.ok_or_else(|| format!("`{written}` is no printf conversion Rust's format writes"))
    }

    /// Writes the conversion as placeholders, taking its arguments from `next` (the next
    /// argument's number) or its places.
    fn write(&self, out: &mut Message, next: &mut usize) -> Result<(), String> {
        let written = self.written;
        let ty = self.arg_type()?;
        let number = ty == ArgType::F64 || ty.integer().is_some();
        let unsupported =
            |what: &str| Err(format!("`{written}`: {what}, which Rust's format has not"));
        if self.space {
            return unsupported("a space before a number that is not negative (`% d`)");
        }
        if self.grouping {
            return unsupported("digits in groups (`%'d`)");
        }
        if self.alternate {
            return unsupported("`#`, which writes `0x` and a leading `0` otherwise than Rust's");
        }
        if number && ty != ArgType::F64 && self.precision != Count::None {
            return unsupported("a precision of an integer (its least digits)");
        }
        // Each `*` takes an argument before the value's, a `usize` here (printf's `int`,
        // negative for a left-aligned width, which Rust's widths are not).
        let mut take =
            |place: Option<usize>, ty: ArgType, out: &mut Message| -> Result<String, String> {
                let index = match place {
                    Some(place) if place > 0 => place,
                    Some(_) => {
                        return Err(format!(
                            "`{written}` takes argument 0, which printf has not"
                        ))
                    }
                    None => {
                        let index = *next;
                        *next += 1;
                        index
                    }
                };
                if out.args.len() < index {
                    out.args.resize(index, None);
                }
                match out.args[index - 1] {
                    Some(taken) if taken != ty => {
                        return Err(format!(
                            "`{written}` takes argument {index} as `{}`, which another conversion \
                         takes as `{}`",
                            ty.name(),
                            taken.name()
                        ))
                    }
                    _ => out.args[index - 1] = Some(ty),
                }
                Ok(format!("arg{index}"))
            };
        let width = match self.width {
            Count::None => String::new(),
            Count::Literal(width) => width.to_string(),
            Count::Star(place) => format!("{}$", take(place, ArgType::Usize, out)?),
        };
        let precision = match (self.precision, self.conversion) {
            // printf ignores a character's precision; Rust's would cut it.
            (_, 'c') | (Count::None, _) => String::new(),
            (Count::Literal(most), _) => format!(".{most}"),
            (Count::Star(place), _) => format!(".{}$", take(place, ArgType::Usize, out)?),
        };
        let value = take(self.position, ty, out)?;
        let precision = match (self.conversion, precision.is_empty()) {
            // `%f` writes six digits after the point.
            ('f' | 'F', true) => ".6".to_owned(),
            _ => precision,
        };
        if !precision.is_empty() && matches!(ty, ArgType::Str) {
            out.uses.precision = true;
        }
        if self.conversion == 'T' && !precision.is_empty() {
            out.lossy.push(format!(
                "MariaDB's `{written}` ends a value it cuts with `...`; `{{{value}:{precision}}}` \
                 cuts it without them"
            ));
        }
        // Alignment: printf's `-` is left; otherwise right, which Rust's text is not.
        let align = match (width.is_empty(), self.minus, number) {
            (true, _, _) => "",
            (false, true, _) => "<",
            (false, false, false) => ">",
            (false, false, true) => "",
        };
        // Rust writes `+` before an unsigned number too, which printf does not.
        let sign = if self.plus
            && (ty == ArgType::F64 || ty.integer().is_some_and(|(_, signed)| signed))
        {
            "+"
        } else {
            ""
        };
        // `0` pads a number after its sign; printf ignores it beside `-`, and for text.
        let zero = if self.zero && number && !self.minus && !width.is_empty() {
            "0"
        } else {
            ""
        };
        let kind = match self.conversion {
            'x' => "x",
            'X' => "X",
            'o' => "o",
            _ => "",
        };
        let align = if zero.is_empty() { align } else { "" };
        let spec = format!("{align}{sign}{zero}{width}{precision}{kind}");
        let placeholder = if spec.is_empty() {
            format!("{{{value}}}")
        } else {
            format!("{{{value}:{spec}}}")
        };
        match self.conversion {
            'M' => {
                // The number, then its text, quoted: MariaDB's `%M`.
                let text = take(None, ArgType::Str, out)?;
                let _ = write!(out.text, "{placeholder} \"{{{text}}}\"");
                out.uses.errno = true;
            }
            _ if self.backtick => {
                let _ = write!(out.text, "`{placeholder}`");
                out.uses.backtick = true;
            }
            _ => out.text.push_str(&placeholder),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::message;
    use codetable_pipeline::model::ArgType;

    /// A template as (format string, argument types).
    fn converted(template: &str) -> (String, Vec<&'static str>) {
        let message = message(template).unwrap_or_else(|why| panic!("{template}: {why}"));
        let types = message
            .args
            .iter()
            .map(|ty| ty.map_or("?", ArgType::name))
            .collect();
        (message.text, types)
    }

    #[test]
    fn conversions_become_named_arguments_in_order() {
        assert_eq!(
            converted("Table '%-.192s.%-.192s' doesn't exist"),
            (
                "Table '{arg1:.192}.{arg2:.192}' doesn't exist".to_owned(),
                vec!["&str", "&str"]
            )
        );
        assert_eq!(
            converted("%d %ld %lld %u %lu %llu %hd %hhu %zu %c %f %.2f %x %X %o"),
            (
                "{arg1} {arg2} {arg3} {arg4} {arg5} {arg6} {arg7} {arg8} {arg9} {arg10} \
                 {arg11:.6} {arg12:.2} {arg13:x} {arg14:X} {arg15:o}"
                    .to_owned(),
                vec![
                    "i32", "i64", "i64", "u32", "u64", "u64", "i16", "u8", "usize", "char", "f64",
                    "f64", "u32", "u32", "u32"
                ]
            )
        );
    }

    #[test]
    fn flags_widths_and_precisions_become_specs() {
        assert_eq!(converted("[%10s]").0, "[{arg1:>10}]");
        assert_eq!(converted("[%-10s]").0, "[{arg1:<10}]");
        assert_eq!(converted("[%5d]").0, "[{arg1:5}]");
        assert_eq!(converted("[%-5d]").0, "[{arg1:<5}]");
        assert_eq!(converted("[%05d]").0, "[{arg1:05}]");
        assert_eq!(converted("[%-05d]").0, "[{arg1:<5}]");
        assert_eq!(converted("[%+d]").0, "[{arg1:+}]");
        assert_eq!(converted("[%+u]").0, "[{arg1}]");
        assert_eq!(converted("[%+08.3f]").0, "[{arg1:+08.3}]");
        assert_eq!(converted("[%3c]").0, "[{arg1:>3}]");
        assert_eq!(converted("[%.5c]").0, "[{arg1}]");
    }

    #[test]
    fn stars_take_arguments_of_their_own() {
        assert_eq!(
            converted("Master '%.*s': %*d"),
            (
                "Master '{arg2:.arg1$}': {arg4:arg3$}".to_owned(),
                vec!["usize", "&str", "usize", "i32"]
            )
        );
        assert_eq!(converted("%-.*s").0, "{arg2:.arg1$}");
    }

    #[test]
    fn places_say_which_argument() {
        assert_eq!(
            converted("%2$s before %1$d"),
            ("{arg2} before {arg1}".to_owned(), vec!["i32", "&str"])
        );
    }

    #[test]
    fn text_is_kept_with_braces_doubled_and_percent_signs_read() {
        let message = message("100%% {done} in %s }").unwrap();
        assert_eq!(message.text, "100% {{done}} in {arg1} }}");
        let plain = message_plain("100%% {done}");
        assert_eq!(plain, "100% {done}");
    }

    fn message_plain(template: &str) -> String {
        let message = message(template).unwrap();
        assert!(message.args.is_empty());
        message.plain
    }

    #[test]
    fn mariadbs_own_conversions() {
        assert_eq!(
            converted("Column %`s.%`-.64s"),
            (
                "Column `{arg1}`.`{arg2:.64}`".to_owned(),
                vec!["&str", "&str"]
            )
        );
        assert_eq!(
            converted("Can't create file '%-.200s' (errno: %M)"),
            (
                "Can't create file '{arg1:.200}' (errno: {arg2} \"{arg3}\")".to_owned(),
                vec!["&str", "i32", "&str"]
            )
        );
        let cut = message("near '%-.80T' at line %d").unwrap();
        assert_eq!(cut.text, "near '{arg1:.80}' at line {arg2}");
        assert_eq!(cut.lossy.len(), 1);
        assert_eq!(message("%T").unwrap().lossy.len(), 0);
    }

    #[test]
    fn mariadbs_conversions_as_c_writes_them() {
        assert_eq!(
            super::as_c("%`s.%`-.64s (errno: %M) near '%-.80T' 100%%").unwrap(),
            "`%s`.`%-.64s` (errno: %d \"%s\") near '%-.80s' 100%%"
        );
    }

    #[test]
    fn what_rust_cannot_write_is_refused() {
        for template in [
            "%e", "%g", "%p", "% d", "%#x", "%'d", "%.3d", "%ls", "%", "%q", "%0$d",
        ] {
            assert!(message(template).is_err(), "{template}");
        }
        assert!(message("%1$d %1$s").is_err());
    }
}

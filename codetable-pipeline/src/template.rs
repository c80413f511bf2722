//! The message of a row with arguments, read as the format string it is: text, `{{` and `}}`,
//! and placeholders `{name}` or `{name:spec}`, as Rust's `format!` reads them
//! (<https://doc.rust-lang.org/std/fmt/#syntax>). The macro checks each message's names with
//! it; the exports write each message as its pieces, so that another language formats it as
//! Rust does without reading it again.
//!
//! Only what a message may hold is read: named arguments (`{0}`, `{}` and `.*` are refused),
//! and the types none, `x`, `X`, `o` and `b`. rustc reads the message again, in the
//! `format_args!` the expansion writes of it, and checks what the spec asks of each
//! argument's type.

use std::fmt;

/// A piece of a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Text, its `{{` and `}}` read as `{` and `}`.
    Text(String),
    /// `{name}` or `{name:spec}`.
    Placeholder(Placeholder),
}

/// `{name:spec}`: where an argument's value goes, and how it is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placeholder {
    /// The argument.
    pub name: String,
    /// How it is written: [`Spec::default`] for `{name}`.
    pub spec: Spec,
}

/// `[[fill]align][sign][#][0][width][.precision][type]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spec {
    /// The character that pads to the width: a space unless given.
    pub fill: Option<char>,
    /// `<`, `^` or `>`; `None`: left for text, right for numbers.
    pub align: Option<Align>,
    /// `+`: a sign on every number, `+` on one not negative.
    pub plus: bool,
    /// `-`: accepted, and means nothing (as in Rust).
    pub minus: bool,
    /// `#`: `0x`, `0o` or `0b` before a number of that type.
    pub alternate: bool,
    /// `0`: a number padded with zeros after its sign, whatever the fill and alignment.
    pub zero: bool,
    /// The least characters the value takes.
    pub width: Option<Count>,
    /// Text: the most characters kept; an `f64`: the digits after the point; an integer:
    /// nothing.
    pub precision: Option<Count>,
    /// The number's base, or none.
    pub kind: Kind,
}

/// Where a value is placed within its width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`.
    Left,
    /// `^`: the odd character of padding goes after.
    Center,
    /// `>`.
    Right,
}

/// A width or a precision: a number, or another argument's value (`name$`, a `usize`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Count {
    /// As written.
    Literal(usize),
    /// The value of this argument.
    Arg(String),
}

/// The type of a placeholder: how a value is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Kind {
    /// None: `Display`.
    #[default]
    Display,
    /// `x`: an integer in lower-case hex (a negative one as its two's complement).
    LowerHex,
    /// `X`: in upper-case hex.
    UpperHex,
    /// `o`: in octal.
    Octal,
    /// `b`: in binary.
    Binary,
}

impl Kind {
    /// The type as a spec writes it: ``, `x`, `X`, `o`, `b`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Display => "",
            Kind::LowerHex => "x",
            Kind::UpperHex => "X",
            Kind::Octal => "o",
            Kind::Binary => "b",
        }
    }
}

/// What is wrong with a message read as a format string: the first mistake.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// A `{` with no `}` after it: write `{{` for the character.
    Unclosed,
    /// A `}` that closes nothing: write `}}` for the character.
    Unopened,
    /// `{}`, `{0}`, or a width or precision `0$` or `.*`: an argument by place.
    Positional(String),
    /// A placeholder that is no `{name}` or `{name:spec}`.
    Invalid(String),
    /// A type none of the exports writes as Rust does (`?`, `e`).
    Type(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Unclosed => {
                f.write_str("a `{` with no `}` to close it: write `{{` for the character itself")
            }
            Error::Unopened => {
                f.write_str("a `}` that closes no `{`: write `}}` for the character itself")
            }
            Error::Positional(written) => write!(
                f,
                "`{written}` takes an argument by its place: name it, as `{{name}}` (or \
                 `name$` for a width or precision)"
            ),
            Error::Invalid(written) => write!(
                f,
                "`{written}` is no placeholder: write `{{name}}` or `{{name:spec}}`, or `{{{{` \
                 for the character `{{`"
            ),
            Error::Type(written) => write!(
                f,
                "`{written}` asks for a type a message cannot have: its placeholders write a \
                 value as it is (no type), or an integer in hex (`x`, `X`), octal (`o`) or \
                 binary (`b`)"
            ),
        }
    }
}

/// The pieces of a message, or its first mistake.
pub fn parse(message: &str) -> Result<Vec<Piece>, Error> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut rest = message;
    while let Some(at) = rest.find(['{', '}']) {
        text.push_str(&rest[..at]);
        let brace = rest.as_bytes()[at];
        rest = &rest[at + 1..];
        if let Some(after) = rest.strip_prefix(brace as char) {
            text.push(brace as char);
            rest = after;
            continue;
        }
        if brace == b'}' {
            return Err(Error::Unopened);
        }
        let end = rest.find('}').ok_or(Error::Unclosed)?;
        let inside = &rest[..end];
        if inside.contains('{') {
            return Err(Error::Unclosed);
        }
        let written = format!("{{{inside}}}");
        rest = &rest[end + 1..];
        if !text.is_empty() {
            pieces.push(Piece::Text(std::mem::take(&mut text)));
        }
        pieces.push(Piece::Placeholder(placeholder(inside, &written)?));
    }
    text.push_str(rest);
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    Ok(pieces)
}

/// The names a message uses, each once, in the order they first appear: the placeholders'
/// arguments, and those of their widths and precisions.
pub fn names(pieces: &[Piece]) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    for piece in pieces {
        let Piece::Placeholder(placeholder) = piece else {
            continue;
        };
        let counts = [&placeholder.spec.width, &placeholder.spec.precision];
        let widths = counts.into_iter().filter_map(|count| match count {
            Some(Count::Arg(name)) => Some(name.as_str()),
            _ => None,
        });
        for name in std::iter::once(placeholder.name.as_str()).chain(widths) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// `name` or `name:spec`, the inside of `{..}`, which is `written`. Whitespace may end it.
fn placeholder(inside: &str, written: &str) -> Result<Placeholder, Error> {
    let inside = inside.trim_end_matches(is_format_space);
    let (name, spec) = match inside.split_once(':') {
        Some((name, spec)) => (name, Some(spec)),
        None => (inside, None),
    };
    if name.is_empty() || name.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::Positional(written.to_owned()));
    }
    if !is_identifier(name) {
        return Err(Error::Invalid(written.to_owned()));
    }
    let spec = match spec {
        Some(spec) => self::spec(spec, written)?,
        None => Spec::default(),
    };
    Ok(Placeholder {
        name: name.to_owned(),
        spec,
    })
}

/// The whitespace `format!` allows before a placeholder's `}`.
fn is_format_space(c: char) -> bool {
    c.is_whitespace()
}

/// An identifier as `format!` reads an argument's name: a letter or `_`, then letters, digits
/// and `_` (not `_` alone).
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    let first_ok = chars
        .next()
        .is_some_and(|first| first == '_' || first.is_alphabetic());
    first_ok && name != "_" && chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// `[[fill]align][sign][#][0][width][.precision][type]`.
fn spec(text: &str, written: &str) -> Result<Spec, Error> {
    let invalid = || Error::Invalid(written.to_owned());
    let mut spec = Spec::default();
    let mut rest = text;
    let align_of = |c: char| match c {
        '<' => Some(Align::Left),
        '^' => Some(Align::Center),
        '>' => Some(Align::Right),
        _ => None,
    };
    let mut chars = rest.chars();
    let first = chars.next();
    let second = chars.next();
    if let (Some(fill), Some(align)) = (first, second.and_then(align_of)) {
        spec.fill = Some(fill);
        spec.align = Some(align);
        rest = &rest[fill.len_utf8() + 1..];
    } else if let Some(align) = first.and_then(align_of) {
        spec.align = Some(align);
        rest = &rest[1..];
    }
    if let Some(after) = rest.strip_prefix('+') {
        spec.plus = true;
        rest = after;
    } else if let Some(after) = rest.strip_prefix('-') {
        spec.minus = true;
        rest = after;
    }
    if let Some(after) = rest.strip_prefix('#') {
        spec.alternate = true;
        rest = after;
    }
    // `0` is the flag unless it is a width given by place (`0$`).
    if rest.starts_with('0') && !rest[1..].starts_with('$') {
        spec.zero = true;
        rest = &rest[1..];
    }
    let (width, after) = count(rest, written)?;
    spec.width = width;
    rest = after;
    if let Some(after) = rest.strip_prefix('.') {
        if after.starts_with('*') {
            return Err(Error::Positional(written.to_owned()));
        }
        let (precision, after) = count(after, written)?;
        spec.precision = Some(precision.ok_or_else(invalid)?);
        rest = after;
    }
    spec.kind = match rest {
        "" => Kind::Display,
        "x" => Kind::LowerHex,
        "X" => Kind::UpperHex,
        "o" => Kind::Octal,
        "b" => Kind::Binary,
        "?" | "x?" | "X?" | "e" | "E" | "p" => return Err(Error::Type(written.to_owned())),
        _ => return Err(invalid()),
    };
    Ok(spec)
}

/// A width or precision at the start of `text`, and what follows it: digits, `digits$` (by
/// place, refused) or `name$`; none when neither starts it (a type may follow).
fn count<'t>(text: &'t str, written: &str) -> Result<(Option<Count>, &'t str), Error> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        let rest = &text[digits..];
        if rest.starts_with('$') {
            return Err(Error::Positional(written.to_owned()));
        }
        let value = text[..digits]
            .parse()
            .map_err(|_| Error::Invalid(written.to_owned()))?;
        return Ok((Some(Count::Literal(value)), rest));
    }
    let name_end = text
        .char_indices()
        .find(|&(_, c)| !(c == '_' || c.is_alphanumeric()))
        .map_or(text.len(), |(at, _)| at);
    let name = &text[..name_end];
    match text[name_end..].strip_prefix('$') {
        Some(rest) if is_identifier(name) => Ok((Some(Count::Arg(name.to_owned())), rest)),
        Some(_) => Err(Error::Invalid(written.to_owned())),
        None => Ok((None, text)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholder(name: &str, spec: Spec) -> Piece {
        Piece::Placeholder(Placeholder {
            name: name.to_owned(),
            spec,
        })
    }

    fn text(text: &str) -> Piece {
        Piece::Text(text.to_owned())
    }

    #[test]
    fn text_and_names() {
        assert_eq!(
            parse("Table '{db}.{table}' doesn't exist"),
            Ok(vec![
                text("Table '"),
                placeholder("db", Spec::default()),
                text("."),
                placeholder("table", Spec::default()),
                text("' doesn't exist"),
            ])
        );
        assert_eq!(parse("{{a}} }}{{"), Ok(vec![text("{a} }{")]));
        assert_eq!(parse(""), Ok(vec![]));
        assert_eq!(parse("{a }"), Ok(vec![placeholder("a", Spec::default())]));
    }

    #[test]
    fn specs() {
        let Ok(pieces) = parse("{a:*^+#010.3x}{b:>w$.p$}{c:.5}{d:<}{e:-}") else {
            panic!("parsed");
        };
        let specs: Vec<&Spec> = pieces
            .iter()
            .filter_map(|piece| match piece {
                Piece::Placeholder(placeholder) => Some(&placeholder.spec),
                Piece::Text(_) => None,
            })
            .collect();
        assert_eq!(
            *specs[0],
            Spec {
                fill: Some('*'),
                align: Some(Align::Center),
                plus: true,
                alternate: true,
                zero: true,
                width: Some(Count::Literal(10)),
                precision: Some(Count::Literal(3)),
                kind: Kind::LowerHex,
                ..Spec::default()
            }
        );
        assert_eq!(
            *specs[1],
            Spec {
                align: Some(Align::Right),
                width: Some(Count::Arg("w".to_owned())),
                precision: Some(Count::Arg("p".to_owned())),
                ..Spec::default()
            }
        );
        assert_eq!(specs[2].precision, Some(Count::Literal(5)));
        assert_eq!(specs[3].align, Some(Align::Left));
        assert!(specs[4].minus);
        assert_eq!(specs.len(), 5);
    }

    #[test]
    fn names_in_order_once() {
        let pieces = parse("{b:w$} {a} {b} {c:.a$}").unwrap();
        assert_eq!(names(&pieces), ["b", "w", "a", "c"]);
    }

    #[test]
    fn mistakes() {
        assert_eq!(parse("a { b"), Err(Error::Unclosed));
        assert_eq!(parse("a {b"), Err(Error::Unclosed));
        assert_eq!(parse("a } b"), Err(Error::Unopened));
        assert_eq!(parse("{}"), Err(Error::Positional("{}".to_owned())));
        assert_eq!(parse("{0}"), Err(Error::Positional("{0}".to_owned())));
        assert_eq!(parse("{:x}"), Err(Error::Positional("{:x}".to_owned())));
        assert_eq!(parse("{a:.*}"), Err(Error::Positional("{a:.*}".to_owned())));
        assert_eq!(parse("{a:1$}"), Err(Error::Positional("{a:1$}".to_owned())));
        // `0$` is a width by place, not the flag `0`.
        assert_eq!(parse("{a:0$}"), Err(Error::Positional("{a:0$}".to_owned())));
        assert_eq!(parse("{a:?}"), Err(Error::Type("{a:?}".to_owned())));
        assert_eq!(parse("{a:e}"), Err(Error::Type("{a:e}".to_owned())));
        assert_eq!(parse("{a:q}"), Err(Error::Invalid("{a:q}".to_owned())));
        assert_eq!(parse("{a b}"), Err(Error::Invalid("{a b}".to_owned())));
        assert_eq!(parse("{a{b}"), Err(Error::Unclosed));
        assert_eq!(parse("{_}"), Err(Error::Invalid("{_}".to_owned())));
    }
}

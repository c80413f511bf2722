//! Lines of text as rows, as seed 001 writes them: `CODE NAME message` (`-99
//! ERROR_PROXY_GET_CONFIG proxy读取配置失败`), `CODE message` (`-200  正常`), and, as a
//! problem, `NAME CODE message` (`_SUCCESS 0 成功`). A name is an ASCII word written like a
//! constant ([`text::line_name`]); anything else after the code starts the message.
//!
//! A line is read as written, not as Markdown: the message is the rest of the line after the
//! whitespace that follows the code (or the name), to its end, trailing whitespace included;
//! backticks, `*`, `_` and `\` are text.

use super::{text, WrittenCode};
use crate::import::model::{Name, Quirk, Row};
use crate::import::read::SourceLine;

/// What a line is.
#[derive(Debug)]
pub enum Reading {
    /// A row, code first, with its code as written.
    Row(Row, WrittenCode),
    /// A row written name first, with its code as written.
    NameFirst(Row, WrittenCode),
    /// Text.
    Prose,
}

/// Splits off a text's first whitespace-separated token: (token, the rest after the
/// whitespace that follows it). The rest keeps its trailing whitespace.
fn token(text: &str) -> (&str, &str) {
    let text = text.trim_start();
    match text.find(char::is_whitespace) {
        Some(end) => (&text[..end], text[end..].trim_start()),
        None => (text, ""),
    }
}

/// A code token, allowing a `:` after it (`-1: message`): its text, if it reads as an
/// integer (a line's codes are integers, leading zeros and all: `0A000 ..` is prose).
fn code_token(token: &str) -> Option<&str> {
    let code = token.trim_end_matches([':', '：']);
    text::written_code(code).map(|_| code)
}

/// How a line reads.
pub fn reading(line: &SourceLine) -> Reading {
    let (first, rest) = token(&line.text);
    let row = |code: &str, name: Name, message: &str| {
        let (mut row, written) = super::row_of_code(line.line, code, name, false)?;
        row.message = message.to_owned();
        Some((row, written))
    };
    if let Some(code) = code_token(first) {
        let (second, message) = token(rest);
        let read = if text::line_name(second) {
            row(code, Name::Given(second.to_owned()), message)
        } else {
            row(code, Name::Nameless, rest)
        };
        if let Some((row, written)) = read {
            return Reading::Row(row, written);
        }
    }
    if text::line_name(first) {
        let (second, message) = token(rest);
        if let Some(code) = code_token(second) {
            if !message.is_empty() {
                if let Some((mut row, written)) = row(code, Name::Given(first.to_owned()), message)
                {
                    row.quirks.push(Quirk::NameFirst);
                    return Reading::NameFirst(row, written);
                }
            }
        }
    }
    Reading::Prose
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Reading {
        reading(&SourceLine {
            line: 7,
            text: text.to_owned(),
        })
    }

    fn row(text: &str) -> (i128, Option<String>, String) {
        match read(text) {
            Reading::Row(row, _) => (row.code, row.name.as_str().map(str::to_owned), row.message),
            other => panic!("{text:?} read as {other:?}"),
        }
    }

    #[test]
    fn seed_001_lines() {
        assert_eq!(
            row("-99 ERROR_PROXY_GET_CONFIG proxy读取配置失败"),
            (
                -99,
                Some("ERROR_PROXY_GET_CONFIG".into()),
                "proxy读取配置失败".into()
            )
        );
        assert_eq!(row("-200  正常"), (-200, None, "正常".into()));
        assert_eq!(
            row("-206 （部分内容）服务器成功处理了部分 GET 请求"),
            (
                -206,
                None,
                "（部分内容）服务器成功处理了部分 GET 请求".into()
            )
        );
        assert_eq!(
            row("-296 2RSP 打包失败"),
            (-296, Some("2RSP".into()), "打包失败".into())
        );
        assert_eq!(
            row("-4000 ErrDecodeReq 请求体解包失败"),
            (-4000, Some("ErrDecodeReq".into()), "请求体解包失败".into())
        );
        assert_eq!(
            row("-5 File not found"),
            (-5, None, "File not found".into())
        );
    }

    #[test]
    fn messages_are_the_rest_of_the_line_verbatim() {
        assert_eq!(
            row("1 E_ONE Table %`s is gone"),
            (1, Some("E_ONE".into()), "Table %`s is gone".into())
        );
        assert_eq!(
            row("1935 ER_X Master '%.*s': "),
            (1935, Some("ER_X".into()), "Master '%.*s': ".into())
        );
        assert_eq!(row("2 *y* _x_  \\z\t"), (2, None, "*y* _x_  \\z\t".into()));
        // A name without a message is a row without one (the macro says so), not a message.
        assert_eq!(row("3 E_THREE"), (3, Some("E_THREE".into()), "".into()));
        assert_eq!(row("4"), (4, None, "".into()));
    }

    #[test]
    fn name_first() {
        let Reading::NameFirst(row, _) = read("_SUCCESS 0 成功") else {
            panic!("not name first");
        };
        assert_eq!((row.code, row.name.as_str()), (0, Some("_SUCCESS")));
        assert_eq!(row.quirks, [Quirk::NameFirst]);
    }

    /// A code whose leading zero the integer would drop keeps its text, for a table of string
    /// codes; a code with letters is no code on a line.
    #[test]
    fn leading_zeros_are_kept_as_text() {
        let Reading::Row(row, written) = read("01000 WARNING warning") else {
            panic!("not a row");
        };
        assert_eq!(
            (row.text.as_deref(), written.integer),
            (Some("01000"), false)
        );
        assert!(matches!(
            read("0A000 FEATURE_NOT_SUPPORTED x"),
            Reading::Prose
        ));
    }

    #[test]
    fn prose() {
        for text in [
            "当请求有效时",
            "Version 2 of it",
            "ERROR_X",
            "Version: '%s'",
        ] {
            assert!(matches!(read(text), Reading::Prose), "{text}");
        }
    }
}

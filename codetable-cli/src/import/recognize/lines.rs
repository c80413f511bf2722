//! Lines of text as rows, as seed 001 writes them: `CODE NAME message` (`-99
//! ERROR_PROXY_GET_CONFIG proxy读取配置失败`), `CODE message` (`-200  正常`), and, as a
//! problem, `NAME CODE message` (`_SUCCESS 0 成功`). A name is an ASCII word written like a
//! constant ([`text::line_name`]); anything else after the code starts the message.
//!
//! A line is read as written, not as Markdown: the message is the rest of the line after the
//! whitespace that follows the code (or the name), to its end, trailing whitespace included;
//! backticks, `*`, `_` and `\` are text.

use super::text;
use crate::import::model::{Name, Quirk, Row};
use crate::import::read::SourceLine;

/// What a line is.
#[derive(Debug)]
pub enum Reading {
    /// A row, code first.
    Row(Row),
    /// A row written name first.
    NameFirst(Row),
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

/// A code token, allowing a `:` after it (`-1: message`).
fn code_token(token: &str) -> Option<text::WrittenCode> {
    text::written_code(token.trim_end_matches([':', '：']))
}

/// How a line reads.
pub fn reading(line: &SourceLine) -> Reading {
    let (first, rest) = token(&line.text);
    let row = |code: text::WrittenCode, written: &str, name: Name, message: &str| Row {
        line: line.line,
        code: code.value,
        quirks: super::table::leading_zero(&code, written.trim_end_matches([':', '：']))
            .into_iter()
            .collect(),
        hex: code.hex,
        name,
        message: message.to_owned(),
        translations: Vec::new(),
        values: Vec::new(),
        doc: None,
        declared: None,
        fixmes: Vec::new(),
    };
    if let Some(code) = code_token(first) {
        let (second, message) = token(rest);
        if text::line_name(second) {
            return Reading::Row(row(code, first, Name::Given(second.to_owned()), message));
        }
        return Reading::Row(row(code, first, Name::Nameless, rest));
    }
    if text::line_name(first) {
        let (second, message) = token(rest);
        if let Some(code) = code_token(second) {
            if !message.is_empty() {
                let mut row = row(code, second, Name::Given(first.to_owned()), message);
                row.quirks.push(Quirk::NameFirst);
                return Reading::NameFirst(row);
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
            Reading::Row(row) => (row.code, row.name.as_str().map(str::to_owned), row.message),
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
        let Reading::NameFirst(row) = read("_SUCCESS 0 成功") else {
            panic!("not name first");
        };
        assert_eq!((row.code, row.name.as_str()), (0, Some("_SUCCESS")));
        assert_eq!(row.quirks, [Quirk::NameFirst]);
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

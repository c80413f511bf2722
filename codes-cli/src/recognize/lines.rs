//! Lines of text as rows, as seed 001 writes them: `CODE NAME message` (`-99
//! ERROR_PROXY_GET_CONFIG proxy读取配置失败`), `CODE message` (`-200  正常`), and, as a
//! problem, `NAME CODE message` (`_SUCCESS 0 成功`). A name is an ASCII word written like a
//! constant ([`text::line_name`]); anything else after the code starts the message.

use super::text;
use crate::model::{Name, Quirk, Row};
use crate::read::{self, Line};

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

/// Splits off a line's first whitespace-separated token: (token, rest trimmed).
fn token(text: &str) -> (&str, &str) {
    let text = text.trim_start();
    match text.find(char::is_whitespace) {
        Some(end) => (&text[..end], text[end..].trim()),
        None => (text, ""),
    }
}

/// A code token, allowing a `:` after it (`-1: message`).
fn code_token(token: &str) -> Option<i128> {
    text::code(token.trim_end_matches([':', '：']))
}

/// How a line reads.
pub fn reading(line: &Line) -> Reading {
    let plain = read::plain(&line.inlines);
    let (first, rest) = token(&plain);
    let row = |code: i128, name: Name, message: &str| Row {
        line: line.line,
        code,
        name,
        message: message.to_owned(),
        values: Vec::new(),
        doc: None,
        quirks: Vec::new(),
        fixmes: Vec::new(),
    };
    if let Some(code) = code_token(first) {
        if rest.is_empty() {
            return Reading::Prose;
        }
        let (second, message) = token(rest);
        if text::line_name(second) && !message.is_empty() {
            return Reading::Row(row(code, Name::Given(second.to_owned()), message));
        }
        return Reading::Row(row(code, Name::Nameless, rest));
    }
    if text::line_name(first) {
        let (second, message) = token(rest);
        if let Some(code) = code_token(second) {
            if !message.is_empty() {
                let mut row = row(code, Name::Given(first.to_owned()), message);
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
    use crate::read::Inline;

    fn read(text: &str) -> Reading {
        reading(&Line {
            line: 7,
            paragraph: 0,
            inlines: vec![Inline::Text(text.to_owned())],
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
    fn name_first() {
        let Reading::NameFirst(row) = read("_SUCCESS 0 成功") else {
            panic!("not name first");
        };
        assert_eq!((row.code, row.name.as_str()), (0, Some("_SUCCESS")));
        assert_eq!(row.quirks, [Quirk::NameFirst]);
    }

    #[test]
    fn prose() {
        for text in ["当请求有效时", "2023", "Version 2 of it", "ERROR_X"] {
            assert!(matches!(read(text), Reading::Prose), "{text}");
        }
    }
}

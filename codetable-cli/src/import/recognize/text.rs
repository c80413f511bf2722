//! Small judgements on text: codes, names, identifiers, CJK, quotes.

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};

/// A code as written: `-61`, `` `10001` `` (backticks already gone), `0x1F`; a Unicode minus
/// (`−`, `－`) counts as `-`. `None` for anything else, or a number beyond `i128`.
pub fn code(text: &str) -> Option<i128> {
    written_code(text).map(|code| code.value)
}

/// A code, and how the document writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WrittenCode {
    /// The code.
    pub value: i128,
    /// The code as a Rust literal in hex (`0x1F`, `-0x80`), the document's digits kept, when
    /// the document writes it in hex; `None` for a decimal code.
    pub hex: Option<String>,
    /// Whether the document writes a decimal code with a leading zero (`01000`), which the
    /// number does not keep.
    pub leading_zero: bool,
}

/// A code as [`code`] reads it, with how it is written.
pub fn written_code(text: &str) -> Option<WrittenCode> {
    let text = text.trim();
    let (negative, digits) = match text.chars().next()? {
        '-' | '−' | '－' => (true, &text[text.chars().next()?.len_utf8()..]),
        _ => (false, text),
    };
    let sign = if negative { "-" } else { "" };
    if let Some(hex) = digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        if hex.is_empty() || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let magnitude = i128::from_str_radix(hex, 16).ok()?;
        return Some(WrittenCode {
            value: if negative { -magnitude } else { magnitude },
            hex: Some(format!("{sign}0x{hex}")),
            leading_zero: false,
        });
    }
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let magnitude = digits.parse::<i128>().ok()?;
    Some(WrittenCode {
        value: if negative { -magnitude } else { magnitude },
        hex: None,
        leading_zero: digits.len() > 1 && digits.starts_with('0'),
    })
}

/// Whether a code cell that is no integer holds a string code (SQLSTATE's `0A000` and
/// `22P02`, S3's `NoSuchKey`, `AWS.SimpleQueueService.NonExistentQueue`): an ASCII letter or
/// digit, then ASCII letters, digits, `_`, `-` and `.`. Anything else (`N/A`, `see below`,
/// `—`) is no code.
pub fn is_string_code(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_alphanumeric())
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
}

/// Whether a token is written like a name: ASCII letters, digits and `_`, with a letter or
/// `_` in it (`ERROR_PROXY_GET_CONFIG`, `ErrDecodeReq`, `TaskPause`, `None`, even `2RSP`).
pub fn name_like(token: &str) -> bool {
    !token.is_empty()
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && token.bytes().any(|b| b.is_ascii_alphabetic() || b == b'_')
}

/// Whether a token on a `CODE NAME message` line is a name rather than the message's first
/// word: written like a name, and like a constant: with `_`, in capitals (`UNKOWN`, `2RSP`),
/// or with two capitals at least (`ErrDecodeReq`). `File` or `cname` are words.
pub fn line_name(token: &str) -> bool {
    let capitals = token.bytes().filter(u8::is_ascii_uppercase).count();
    name_like(token) && (token.contains('_') || capitals >= 2)
}

/// Whether `name` is a Rust identifier, as an enum's or a section's name must be: not a
/// keyword, not `_`.
pub fn is_ident(name: &str) -> bool {
    syn::parse_str::<syn::Ident>(name).is_ok()
}

/// Whether `name` can be written as a wire name in the source: any identifier, keywords and
/// names in other scripts than Latin included (`成功`), as the macro reads a row's name.
pub fn is_wire_name(name: &str) -> bool {
    use syn::ext::IdentExt;
    use syn::parse::Parser;
    syn::Ident::parse_any.parse_str(name).is_ok()
}

/// A wire name made from a phrase or an English message, as seeds 002 and 003 were named:
/// apostrophes dropped (`It's` → `ITS`), then heck's SCREAMING_SNAKE_CASE, where every run of
/// other characters than letters and digits separates words.
pub fn shouty(text: &str) -> String {
    text.replace(['\'', '’'], "").to_shouty_snake_case()
}

/// The ASCII words of a text (runs of ASCII letters and digits), leading numbers dropped.
fn ascii_words(text: &str) -> Vec<&str> {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    let first = words
        .iter()
        .position(|word| word.starts_with(|c: char| c.is_ascii_alphabetic()))
        .unwrap_or(words.len());
    words[first..].to_vec()
}

/// An UpperCamelCase name from a heading's ASCII words (`PROXY 错误码` → `Proxy`,
/// `dsp-go-sdk-错误码` → `DspGoSdk`); `None` when it has none, or they give no identifier.
pub fn camel_name(text: &str) -> Option<String> {
    let words: Vec<String> = ascii_words(text).into_iter().map(plural_acronym).collect();
    let name = words.join(" ").to_upper_camel_case();
    is_ident(&name).then_some(name)
}

/// A text without its remarks in parentheses (`(..)`, `（..）`), each with the spaces before
/// it; an unclosed one is kept.
pub fn without_parentheses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find(['(', '（']) {
        let Some(close) = rest[open..].find([')', '）']) else {
            break;
        };
        out.push_str(rest[..open].trim_end());
        rest = &rest[open + close..];
        rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
    }
    out.push_str(rest);
    out
}

/// An acronym in capitals with a plural `s` (`HRESULTs`, `APIs`) as one word in lower case,
/// which heck would part before its last capital (`HresulTs`).
fn plural_acronym(word: &str) -> String {
    match word.strip_suffix('s') {
        Some(acronym)
            if acronym.len() >= 2
                && acronym.bytes().any(|b| b.is_ascii_uppercase())
                && !acronym.bytes().any(|b| b.is_ascii_lowercase()) =>
        {
            word.to_ascii_lowercase()
        }
        _ => word.to_owned(),
    }
}

/// A snake_case column name from a header's ASCII words (`Retry After` → `retry_after`).
pub fn snake_name(text: &str) -> Option<String> {
    let name = ascii_words(text).join(" ").to_snake_case();
    (!name.is_empty()).then_some(name)
}

/// Whether a character is Chinese, Japanese or Korean script, or full-width punctuation.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}' // CJK punctuation
        | '\u{3040}'..='\u{30FF}' // kana
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}' // hangul
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF00}'..='\u{FFEF}' // full-width forms
        | '\u{20000}'..='\u{2FA1F}')
}

/// Whether a text has a CJK character.
pub fn has_cjk(text: &str) -> bool {
    text.chars().any(is_cjk)
}

/// The language a text's script tells, as a tag: `ja` for kana, `ko` for hangul, `zh` for Han
/// characters, `ru`, `el`, `ar`, `he`, `th` or `hi` for Cyrillic, Greek, Arabic, Hebrew, Thai
/// or Devanagari letters, `en` for Latin ones; `None` for a text without letters. Kana,
/// hangul and Han win over the others, in that order (`app id为空` is Chinese, `Access
/// Token不正确` too, and Japanese has Han characters), then the script with the most letters.
pub fn script_language(text: &str) -> Option<&'static str> {
    /// The scripts that tell a language whatever else the text holds, strongest first.
    const DECISIVE: [&str; 3] = ["ja", "ko", "zh"];
    let scripts: Vec<&str> = text.chars().filter_map(script_of).collect();
    if let Some(decisive) = DECISIVE.iter().find(|tag| scripts.contains(tag)) {
        return Some(decisive);
    }
    most_common(scripts).map(|(tag, _)| tag)
}

/// The tag that comes most often, and how often.
pub fn most_common<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<(&'a str, usize)> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for tag in tags {
        match counts.iter_mut().find(|(each, _)| *each == tag) {
            Some((_, count)) => *count += 1,
            None => counts.push((tag, 1)),
        }
    }
    counts.into_iter().max_by_key(|&(_, count)| count)
}

/// The language a letter's script tells (see [`script_language`]); `None` for anything else.
fn script_of(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{3040}'..='\u{30FF}' => "ja",
        '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}' => "ko",
        '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}' => "zh",
        '\u{0400}'..='\u{052F}' => "ru",
        '\u{0370}'..='\u{03FF}' => "el",
        '\u{0600}'..='\u{06FF}' => "ar",
        '\u{0590}'..='\u{05FF}' => "he",
        '\u{0E00}'..='\u{0E7F}' => "th",
        '\u{0900}'..='\u{097F}' => "hi",
        c if c.is_ascii_alphabetic() => "en",
        '\u{00C0}'..='\u{024F}' if c.is_alphabetic() => "en",
        _ => return None,
    })
}

/// Runs of whitespace as one space, and the ends trimmed.
pub fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a word is a Rust keyword, which a name of the output can be only as a raw
/// identifier (`r#type`): one of syn's, which an identifier cannot be (strict and reserved
/// keywords), or `gen`, reserved since edition 2024, which syn still takes as an identifier.
pub fn is_keyword(word: &str) -> bool {
    word != "_" && (word == "gen" || (is_wire_name(word) && !is_ident(word)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        assert_eq!(code("-61"), Some(-61));
        assert_eq!(code(" 40001 "), Some(40001));
        assert_eq!(code("−5"), Some(-5));
        assert_eq!(code("0x1F"), Some(31));
        assert_eq!(code("1e5"), None);
        assert_eq!(code("-"), None);
        assert_eq!(code(""), None);
        assert_eq!(code("99999999999999999999999999999999999999999999"), None);
    }

    #[test]
    fn how_codes_are_written() {
        let written = |text: &str| {
            let code = written_code(text).unwrap();
            (code.value, code.hex, code.leading_zero)
        };
        assert_eq!(
            written("0x80004001"),
            (0x8000_4001, Some("0x80004001".into()), false)
        );
        assert_eq!(written("0X0a"), (10, Some("0x0a".into()), false));
        assert_eq!(written("−0x10"), (-16, Some("-0x10".into()), false));
        assert_eq!(written("01000"), (1000, None, true));
        assert_eq!(written("-08"), (-8, None, true));
        assert_eq!(written("0"), (0, None, false));
        assert_eq!(written_code("0A000"), None);
    }

    #[test]
    fn string_codes() {
        for code in [
            "0A000",
            "22P02",
            "01000",
            "NoSuchKey",
            "API_DISABLED",
            "AWS.Sqs-1",
        ] {
            assert!(is_string_code(code), "{code}");
        }
        for cell in ["", "N/A", "see below", "—", "-1x", "_X", "a|b", "`0A000`"] {
            assert!(!is_string_code(cell), "{cell}");
        }
    }

    #[test]
    fn names_on_lines() {
        for name in [
            "ERROR_PROXY_GET_CONFIG",
            "ErrDecodeReq",
            "2RSP",
            "UNKOWN",
            "_SUCCESS",
        ] {
            assert!(line_name(name), "{name}");
        }
        for word in ["File", "cname", "文件", "-1", "A"] {
            assert!(!line_name(word), "{word}");
        }
    }

    #[test]
    fn identifiers() {
        assert!(is_ident("ERROR_PROCESS_2RSP"));
        assert!(is_ident("None"));
        assert!(is_ident("__"));
        assert!(!is_ident("2RSP"));
        assert!(!is_ident("Self"));
        assert!(!is_ident("type"));
        assert!(!is_ident("_"));
        assert!(!is_ident("a-b"));
    }

    #[test]
    fn keywords() {
        for keyword in [
            "type", "fn", "self", "Self", "crate", "async", "await", "dyn", "try", "abstract",
            "yield", "macro", "gen",
        ] {
            assert!(is_keyword(keyword), "{keyword}");
        }
        for word in ["_", "union", "http", "Type", "r#type", "a b", ""] {
            assert!(!is_keyword(word), "{word}");
        }
    }

    #[test]
    fn made_names() {
        assert_eq!(shouty("It's A Directory"), "ITS_A_DIRECTORY");
        assert_eq!(shouty("Bad Request"), "BAD_REQUEST");
        assert_eq!(
            shouty("the value of KEY[VALUE] in pcs response headers is invalid"),
            "THE_VALUE_OF_KEY_VALUE_IN_PCS_RESPONSE_HEADERS_IS_INVALID"
        );
        assert_eq!(camel_name("PROXY 错误码").as_deref(), Some("Proxy"));
        assert_eq!(camel_name("dsp-go-sdk-错误码").as_deref(), Some("DspGoSdk"));
        assert_eq!(camel_name("文件缓存的错误码"), None);
        assert_eq!(camel_name("2.1 CGI 错误码").as_deref(), Some("Cgi"));
        assert_eq!(camel_name("HRESULTs").as_deref(), Some("Hresults"));
        assert_eq!(camel_name("Common APIs").as_deref(), Some("CommonApis"));
        assert_eq!(
            camel_name("LDAP result codes").as_deref(),
            Some("LdapResultCodes")
        );
        assert_eq!(snake_name("Retry After").as_deref(), Some("retry_after"));
        assert_eq!(
            without_parentheses("No Data (this is also a warning class) here"),
            "No Data here"
        );
        assert_eq!(without_parentheses("a （b） c (d"), "a c (d");
    }

    #[test]
    fn scripts() {
        assert_eq!(script_language("app id为空"), Some("zh"));
        assert_eq!(
            script_language("Access Token不正确或者已经过期"),
            Some("zh")
        );
        assert_eq!(script_language("ファイルが見つかりません"), Some("ja"));
        assert_eq!(script_language("파일 없음"), Some("ko"));
        assert_eq!(script_language("Файл не найден (file)"), Some("ru"));
        assert_eq!(script_language("no error"), Some("en"));
        assert_eq!(script_language("déjà vu"), Some("en"));
        assert_eq!(script_language("-1: 42 | ..."), None);
    }
}

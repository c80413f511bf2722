//! What a heading says of itself: a range it states (`` `21000` ``, `` `40000` ~ `59999` ``),
//! or, for a table of string codes, a prefix (`` `22` ``, `` `0A` ``, or a class as SQLSTATE
//! appendices write it, `Class 08 — Connection Exception`), whether that range or prefix is
//! reserved, the name of a table (`` # `PcsError` ``) or section it gives, and its message.

use super::text;
use crate::import::read::{self, Inline};

/// What a heading says of itself.
#[derive(Debug, Default)]
pub(super) struct HeadingInfo {
    pub(super) line: usize,
    /// The whole heading as plain text.
    pub(super) text: String,
    /// A stated range, inclusive.
    pub(super) range: Option<(i128, i128)>,
    /// A single stated code (`` `21000` ``), which is a row when nothing is under it.
    pub(super) single: Option<i128>,
    /// A stated prefix, for a table of string codes: the first code span's text, when it is
    /// a code (`` `22` ``, `` `0A` ``; an identifier, `` `XX` ``, only before a name in a code
    /// span or `reserved`), or the class of `Class 08 — ..`.
    pub(super) prefix: Option<String>,
    /// The prefix is stated as `Class XX`, which is never a row.
    pub(super) class: bool,
    pub(super) reserved: bool,
    pub(super) reserved_message: Option<String>,
    /// The heading is a name in a code span alone: a table's name (the Markdown export's).
    pub(super) table_name: Option<String>,
    /// A section name given in a code span after the range.
    pub(super) given_name: Option<String>,
    /// The text to name the section (or row) after: the part before ` - `.
    pub(super) name_text: String,
    /// The message: the part after ` - `, else the text after the range.
    pub(super) message: String,
}

/// The separators of a stated range, `` `40000` ~ `59999` ``.
const RANGE_MARKS: &[&str] = &["~", "～", "-", "–", "—", "..", "..=", "to", "至", "到"];

/// What a heading says of itself: a stated range, a name, a message.
pub(super) fn heading_info(heading: &read::Heading) -> HeadingInfo {
    let pieces: Vec<Inline> = heading
        .inlines
        .iter()
        .filter_map(|inline| match inline {
            Inline::Text(text) if text.trim().is_empty() => None,
            Inline::Text(text) => Some(Inline::Text(text.trim().to_owned())),
            Inline::Code(code) => Some(Inline::Code(code.trim().to_owned())),
        })
        .collect();
    let mut info = HeadingInfo {
        line: heading.line,
        text: text::squeeze(&read::plain(&heading.inlines)),
        ..HeadingInfo::default()
    };
    if let [Inline::Code(name)] = pieces.as_slice() {
        if text::code(name).is_none() && text::is_ident(name) {
            info.table_name = Some(name.clone());
            info.message = name.clone();
            return info;
        }
    }
    let mut rest: Vec<Inline> = pieces.clone();
    match pieces.as_slice() {
        [Inline::Code(low), Inline::Text(mark), Inline::Code(high), ..]
            if RANGE_MARKS.contains(&mark.as_str())
                && text::code(low).is_some()
                && text::code(high).is_some() =>
        {
            let (low, high) = (text::code(low), text::code(high));
            if let (Some(low), Some(high)) = (low, high) {
                info.range = Some((low.min(high), low.max(high)));
            }
            rest.drain(..3);
        }
        [Inline::Code(code), ..] if text::code(code).is_some() => {
            info.single = text::code(code);
            info.prefix = Some(code.clone());
            rest.remove(0);
        }
        [Inline::Code(code), next @ ..] if states_prefix(code, next.first()) => {
            info.prefix = Some(code.clone());
            rest.remove(0);
        }
        [Inline::Text(text), ..] => {
            if let Some((range, after)) = plain_range(text) {
                info.range = Some(range);
                rest[0] = Inline::Text(after.to_owned());
            } else if let Some((class, after)) = class_prefix(text) {
                info.prefix = Some(class.to_owned());
                info.class = true;
                rest[0] = Inline::Text(after.to_owned());
            }
        }
        _ => {}
    }
    if let Some(Inline::Code(name)) = rest.first() {
        if text::code(name).is_none() && text::is_ident(name) {
            info.given_name = Some(name.clone());
            rest.remove(0);
        }
    }
    let rest = text::squeeze(&read::plain(&rest));
    let stated = info.range.is_some() || info.single.is_some() || info.prefix.is_some();
    let dashes: &[char] = &['-', '–', '—', ':', '：'];
    if stated && (rest.to_lowercase().contains("reserved") || rest.contains("保留")) {
        info.reserved = true;
        let after_word = rest
            .get(.."reserved".len())
            .filter(|word| word.eq_ignore_ascii_case("reserved"))
            .and_then(|_| rest.get("reserved".len()..));
        let message = match after_word {
            Some(after) => {
                let after = after.trim();
                after.strip_prefix(dashes).unwrap_or(after).trim()
            }
            None => rest.as_str(),
        };
        info.reserved_message = (!message.is_empty()).then(|| message.to_owned());
    }
    if info.given_name.is_some() {
        info.message = rest.strip_prefix(dashes).unwrap_or(&rest).trim().to_owned();
    } else if let Some((left, right)) = rest.split_once(" - ") {
        info.name_text = left.trim().to_owned();
        info.message = right.trim().to_owned();
        if info.message.is_empty() {
            info.message = info.name_text.clone();
        }
    } else {
        info.name_text = rest.clone();
        info.message = rest;
    }
    if info.message.is_empty() {
        info.message = info.given_name.clone().unwrap_or_else(|| info.text.clone());
    }
    info
}

/// Whether a heading's first code span, `code`, followed by `next`, states a prefix: a string
/// code that is no identifier (`` `0A` ``), or one that is (`` `XX` ``) before a name in a code
/// span or the word `reserved` (the Markdown export's `` `XX` reserved ``), where it can be no
/// section's name.
fn states_prefix(code: &str, next: Option<&Inline>) -> bool {
    let before_name_or_reserved = match next {
        Some(Inline::Code(_)) => true,
        Some(Inline::Text(text)) => text
            .get(.."reserved".len())
            .is_some_and(|word| word.eq_ignore_ascii_case("reserved")),
        None => false,
    };
    text::is_string_code(code) && (!text::is_ident(code) || before_name_or_reserved)
}

/// A class stated as SQLSTATE appendices state it, `Class 08 — Connection Exception` (or
/// `Class 0A - ..`, `Class HV: ..`): the class (capitals and digits), and the text after it
/// and its dash.
fn class_prefix(text: &str) -> Option<(&str, &str)> {
    let word = text.get(.."class".len())?;
    if !word.eq_ignore_ascii_case("class") {
        return None;
    }
    let rest = &text["class".len()..];
    let rest = rest.strip_prefix(char::is_whitespace)?.trim_start();
    let end = rest
        .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit()))
        .unwrap_or(rest.len());
    let (class, after) = rest.split_at(end);
    let dashes: &[char] = &['-', '–', '—', ':', '：'];
    if class.is_empty()
        || !(after.is_empty()
            || after.starts_with(char::is_whitespace)
            || after.starts_with(dashes))
    {
        return None;
    }
    let after = after.trim_start();
    Some((
        class,
        after.strip_prefix(dashes).unwrap_or(after).trim_start(),
    ))
}

/// A range stated in plain text at the start of a heading, `40000 ~ 59999 ...`: the range and
/// the text after it.
fn plain_range(text: &str) -> Option<((i128, i128), &str)> {
    let split = text.find(['~', '～'])?;
    let low = text::code(&text[..split])?;
    let after = text[split..].trim_start_matches(['~', '～']).trim_start();
    let end = after
        .char_indices()
        .find(|&(index, c)| !(c.is_ascii_digit() || (index == 0 && c == '-')))
        .map_or(after.len(), |(index, _)| index);
    let high = text::code(&after[..end])?;
    Some(((low.min(high), low.max(high)), &after[end..]))
}

/// The block a stated start spans: k trailing zeros span 10^k codes (`21000` →
/// 21000..=21999); a negative start spans downwards. `None` for a start without zeros.
pub(super) fn block(start: i128) -> Option<(i128, i128)> {
    if start == 0 {
        return None;
    }
    let mut zeros = 0u32;
    let mut rest = start.unsigned_abs();
    while rest % 10 == 0 {
        zeros += 1;
        rest /= 10;
    }
    if zeros == 0 {
        return None;
    }
    let size = 10i128.checked_pow(zeros)?;
    if start > 0 {
        Some((start, start.checked_add(size - 1)?))
    } else {
        Some((start.checked_sub(size - 1)?, start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::read::Block;

    fn info(markdown: &str) -> HeadingInfo {
        match read::blocks(markdown).into_iter().next() {
            Some(Block::Heading(heading)) => heading_info(&heading),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn stated_ranges() {
        let file = info("### `21000` File Error - 文件错误");
        assert_eq!(file.single, Some(21000));
        assert_eq!(block(21000), Some((21000, 21999)));
        assert_eq!(block(21100), Some((21100, 21199)));
        assert_eq!(block(10000), Some((10000, 19999)));
        assert_eq!(block(-1000), Some((-1999, -1000)));
        assert_eq!(block(21101), None);
        assert_eq!(
            (file.name_text.as_str(), file.message.as_str()),
            ("File Error", "文件错误")
        );
        let reserved = info("## `40000` ~ `59999` 保留错误段");
        assert_eq!(reserved.range, Some((40000, 59999)));
        assert!(reserved.reserved);
        assert_eq!(reserved.reserved_message.as_deref(), Some("保留错误段"));
        let export = info("## `31200` ~ `31209` `Acl` - acl - and more");
        assert_eq!(export.range, Some((31200, 31209)));
        assert_eq!(export.given_name.as_deref(), Some("Acl"));
        assert_eq!(export.message, "acl - and more");
        assert_eq!(info("## `1` ~ `2` `Dash` - -x").message, "-x");
        assert_eq!(
            info("## `1` ~ `2` reserved - -x")
                .reserved_message
                .as_deref(),
            Some("-x")
        );
        let reserved = info("### `1` ~ `2` reserved");
        assert!(reserved.reserved);
        assert_eq!(reserved.reserved_message, None);
        let plain = info("## 40000 ~ 59999 保留");
        assert_eq!(plain.range, Some((40000, 59999)));
        assert_eq!(info("# `PcsError`").table_name.as_deref(), Some("PcsError"));
        assert_eq!(info("# `40000`").single, Some(40000));
    }

    #[test]
    fn stated_prefixes() {
        let class = info("## Class 08 — Connection Exception");
        assert_eq!((class.prefix.as_deref(), class.class), (Some("08"), true));
        assert_eq!(class.message, "Connection Exception");
        let plain = info("## Class 0A - Feature Not Supported");
        assert_eq!(plain.prefix.as_deref(), Some("0A"));
        assert_eq!(plain.name_text, "Feature Not Supported");
        assert_eq!(info("## Class HV").message, "Class HV");
        assert_eq!(info("## Classes of errors").prefix, None);
        assert_eq!(info("## Class overview").prefix, None);
        let export = info("## `22` `DataException` - data exception");
        assert_eq!(export.prefix.as_deref(), Some("22"));
        assert_eq!(export.given_name.as_deref(), Some("DataException"));
        assert_eq!(export.message, "data exception");
        let letters = info("## `0A` `FeatureNotSupported` - feature not supported");
        assert_eq!(letters.prefix.as_deref(), Some("0A"));
        assert_eq!(letters.given_name.as_deref(), Some("FeatureNotSupported"));
        let reserved = info("## `XX` reserved - internal errors");
        assert_eq!(reserved.prefix.as_deref(), Some("XX"));
        assert!(reserved.reserved);
        assert_eq!(
            reserved.reserved_message.as_deref(),
            Some("internal errors")
        );
        // An identifier before plain text names the section: no prefix.
        let named = info("## `Acl` - acl");
        assert_eq!(
            (named.prefix, named.given_name.as_deref()),
            (None, Some("Acl"))
        );
    }
}

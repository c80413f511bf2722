//! `codes explain CODE [PATH...]`: a code's row, as `rustc --explain` prints an error, for a
//! support engineer with an SDK's source at hand: its code and name, table, place and
//! section, its messages in each language, its explanation (the row's doc comment) and its
//! help link.
//!
//! ```text
//! 31066 FILE_DOES_NOT_EXIST: 文件不存在
//! PcsError::FileDoesNotExist, seeds/src/pcs.rs:155
//!
//! en: file does not exist
//!
//! Help: https://docs.example.com/pcs/errors.html#31066
//! ```

use crate::export::table::{self, ExportedTable, Row};
use crate::sources::FoundTable;
use std::fmt::Write;

/// What `CODE` is: a number (decimal, `-1`, or hex, `0x80004001`), or a wire name (or a
/// string code, `23505`, of a table of string codes: as written).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Query {
    /// A code, and how it was written.
    Code(i128, String),
    /// A wire name or an alias, or a string code.
    Name(String),
}

impl Query {
    /// Reads `CODE` as a number where it is one, else as a name.
    pub fn parse(text: &str) -> Query {
        let text = text.trim();
        let (negative, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let hex = digits
            .strip_prefix("0x")
            .or_else(|| digits.strip_prefix("0X"));
        let number = match hex {
            Some(hex) => i128::from_str_radix(hex, 16).ok(),
            None => digits.parse::<i128>().ok(),
        };
        match number {
            Some(number) if negative => Query::Code(-number, text.to_owned()),
            Some(number) => Query::Code(number, text.to_owned()),
            None => Query::Name(text.to_owned()),
        }
    }

    /// Whether it names `row`, whose code its table shows as `shown`: a table of string
    /// codes is matched by the code's text.
    fn matches(&self, row: &Row, shown: &str, strings: bool) -> bool {
        match self {
            Query::Code(_, written) if strings => shown == written,
            Query::Code(code, _) => row.code == *code,
            Query::Name(name) => {
                row.name == *name
                    || row.aliases.iter().any(|alias| alias == name)
                    || (strings && shown == name)
            }
        }
    }
}

/// The explanation of each row of `found` that `query` names, in the sources' order: one
/// for a code of one table, several where tables share it; none when no table has it.
pub fn explain(query: &Query, found: &[FoundTable]) -> Vec<String> {
    let mut explained = Vec::new();
    for found in found {
        let exported = table::table(found);
        for (row, model) in exported.rows.iter().zip(&found.table.rows) {
            let shown = found.table.row_code(model);
            if query.matches(row, &shown, found.table.text_codes) {
                let line = crate::diff::line_of(found, model);
                explained.push(text(&exported, found, row, &shown, line));
            }
        }
    }
    explained
}

/// One row as `codes explain` prints it.
fn text(table: &ExportedTable, found: &FoundTable, row: &Row, code: &str, line: usize) -> String {
    let mut out = String::new();
    let name = if row.nameless {
        "(no wire name)"
    } else {
        &row.name
    };
    let message = row.message(table);
    let _ = write!(out, "{code} {name}");
    if !message.is_empty() {
        let _ = write!(out, ": {message}");
    }
    let _ = write!(
        out,
        "\n{}::{}, {}:{line}",
        table.name, row.variant, found.file
    );
    let section = table
        .sections
        .iter()
        .zip(&found.table.sections)
        .find(|(section, _)| Some(&section.name) == row.section.as_ref());
    if let Some((section, model)) = section {
        let _ = write!(
            out,
            ", section `{}` ({}): {}",
            section.name,
            found.table.span_text(model.range, model.prefix.as_deref()),
            section.message(table)
        );
    }
    out.push('\n');
    let mut block = String::new();
    for language in table.languages.iter().skip(1) {
        if let Some(message) = row.messages.get(language) {
            let _ = writeln!(block, "{language}: {message}");
        }
    }
    if !row.aliases.is_empty() {
        let _ = writeln!(block, "Also named: {}", row.aliases.join(", "));
    }
    if let Some(deprecated) = &row.deprecated {
        let note = deprecated.note.as_deref().unwrap_or("no note");
        let _ = writeln!(block, "Deprecated: {note}");
    }
    if !block.is_empty() {
        out.push('\n');
        out.push_str(&block);
    }
    if let Some(doc) = &row.doc {
        let _ = write!(out, "\n{doc}\n");
    }
    if let Some(url) = &row.help_url {
        let _ = write!(out, "\nHelp: {url}\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{explain, Query};

    const SOURCE: &str = r#"
codetable::define_codes! {
    #[codetable(languages(zh, en), help_url = "https://docs.example.com/{code}")]
    pub enum ApiError {
        40000..=40999 => Auth, "认证错误" {
            /// The token expired.
            ///
            /// Sign in again.
            40001 => INVALID_TOKEN, "无效的令牌", en = "invalid token",
        },
        0 => OK, "成功",
        OLD_OK = OK,
    }

    #[repr(u32)]
    pub enum Hresult {
        0x80004001 => E_NOTIMPL, "Not implemented",
    }

    pub enum SqlState {
        "23" => IntegrityConstraintViolation, "integrity constraint violation" {
            "23505" => UNIQUE_VIOLATION, "unique violation",
        },
    }
}
"#;

    fn found() -> Vec<crate::sources::FoundTable> {
        let read = crate::sources::read_text(SOURCE, "src/errors.rs");
        assert!(read.errors.is_empty());
        read.tables
    }

    #[test]
    fn a_code_is_explained_as_rustc_explains_an_error() {
        let explained = explain(&Query::parse("40001"), &found());
        assert_eq!(
            explained,
            ["40001 INVALID_TOKEN: 无效的令牌\n\
              ApiError::InvalidToken, src/errors.rs:9, section `Auth` (40000..=40999): 认证错误\n\
              \n\
              en: invalid token\n\
              \n\
              The token expired.\n\
              \n\
              Sign in again.\n\
              \n\
              Help: https://docs.example.com/40001\n"]
        );
    }

    #[test]
    fn by_name_alias_or_hex() {
        let by_alias = explain(&Query::parse("OLD_OK"), &found());
        assert_eq!(
            by_alias,
            [
                "0 OK: 成功\nApiError::Ok, src/errors.rs:11\n\nAlso named: OLD_OK\n\n\
              Help: https://docs.example.com/0\n"
            ]
        );
        assert_eq!(explain(&Query::parse("OK"), &found()), by_alias);
        let hex = explain(&Query::parse("0x80004001"), &found());
        assert_eq!(
            hex,
            ["0x80004001 E_NOTIMPL: Not implemented\nHresult::ENotimpl, src/errors.rs:17\n"]
        );
        assert!(explain(&Query::parse("40002"), &found()).is_empty());
        // A string code, by its text (not the row's slot), and its section by its prefix.
        let string = [
            "23505 UNIQUE_VIOLATION: unique violation\nSqlState::UniqueViolation, \
                       src/errors.rs:22, section `IntegrityConstraintViolation` (23…): integrity \
                       constraint violation\n",
        ];
        assert_eq!(explain(&Query::parse("23505"), &found()), string);
        assert!(explain(&Query::parse("0"), &found())
            .iter()
            .all(|text| !text.contains("SqlState")));
        assert_eq!(Query::parse("-61"), Query::Code(-61, "-61".to_owned()));
        assert_eq!(Query::parse("E_FAIL"), Query::Name("E_FAIL".to_owned()));
    }
}

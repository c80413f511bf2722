//! Markdown tables as rows: which column is what, by its header (Chinese or English) and,
//! where headers do not say, by its cells.
//!
//! | role | headers | cells |
//! |---|---|---|
//! | code | 错误码, 状态码, 响应码, 返回码, code, errno, … | integers (the first such column if no header says; a column so headed whose cells hold no integer is the code column all the same: string codes such as `0A000` or `NoSuchKey`, and cells that are neither, each reported) |
//! | HTTP status | HTTP状态码, http, status, … | becomes the column `http` |
//! | name | 内容, 名称, name, 标识, … | ASCII (a column of Chinese text is a message candidate instead) |
//! | message | message, msg, errmsg, 中文, 含义, 提示, …; 错误信息, 信息, 消息 | |
//! | English | English, 英文, en | a language beside a message in another (below), else the column `en`; names rows that have none |
//! | description | 描述, 说明, 备注, description, remark, note, … | the message if no header names one, else the rows' doc comments |
//! | anything else | | a column named after the header's ASCII words in snake_case, else `column{n}` |
//!
//! The message column is the first column whose header names the message, whatever the
//! other columns hold; 错误信息, 信息 and 消息 name it too, unless their cells are not Chinese
//! while a description or other column's are (a bilingual page such as seed 003's, whose
//! Chinese 备注 is the message and whose English 错误信息 the English). Without such a
//! header, the message is a Chinese description or other column, else the first
//! description, else the English column.
//!
//! # Languages
//! A column beside the message whose header names a message (`English`, 中文, 错误信息,
//! `message:fr`) or a language (英文, `Japanese`, `en`) holds the message in another language
//! when its language differs from the message column's: the table then declares its
//! languages, the message's first (seed 003: `languages(zh, en)`), and each row gives the
//! others' text (none for an empty cell). A column's language is the one its header states
//! (`message:LANG`, 中文 `zh`, 英文/`English` `en`, 日文 `ja`, 韩文 `ko`), else the one most of
//! its cells' script tells (Han `zh`, kana `ja`, hangul `ko`, Cyrillic `ru`, ..., Latin `en`).
//! An English column beside English messages stays the column `en`; a description stays the
//! rows' docs, whatever its language.
//!
//! # Cells
//! A cell is read as written: the source between its `|`s, without the spaces and tabs that
//! pad it, and with `\|` read as `|` (the table's own escape: an unescaped `|` ends the cell).
//! Nothing else is undone: backticks, `*`, `_`, `\` and HTML stay as they are. What pads a
//! cell depends on its column:
//! - a column at least half of whose cells (header included) have at most one space or tab
//!   at each end (`| a | b |`, `|a|b|`) is *compact*: one space or tab at each end of a cell
//!   pads it; any more is part of its text, kept, and reported (a message generated with a
//!   trailing space, `| Master '%s':  |`, keeps it);
//! - any other column is *aligned* (`| 0      | SUCCESS    |`): every space and tab at the
//!   ends of its cells pads them.
//!
//! A cell of nothing but spaces and tabs is empty. A code cell may be a code span
//! (`` `10001` ``), and a name cell too. A cell a spreadsheet quoted (`"a|b"`, with `""` for
//! a quote inside) is read without its quotes, joined back into one cell if `|`s split it,
//! and reported.
//!
//! A table whose header is `code | name | message`, then columns named as the macro names
//! them, is the macro's own Markdown export (`MARKDOWN`): its columns are taken by their
//! headers, names verbatim (an empty name cell is a nameless row), and its cells are read with
//! the export's escapes too: `&#9;`, `&#10;`, `&#13;`, `&#32;`, `&#34;` and `&#38;` are a tab,
//! a line break, a carriage return, a space, `"` and `&` (the export writes them for what a
//! cell cannot hold as written: line breaks, and spaces or tabs at its ends), and a cell of
//! exactly `""` is the empty string.
//!
//! In the export, a `message:LANG` column is the message in the language `LANG`, and the
//! message column may be headed `message:LANG` too, with the first language's tag. Headed
//! `message` beside `message:LANG` columns, the message's language is its cells' script's;
//! when that is none, or another column's (French messages beside `message:en`), it is
//! declared as `default` ([`UNSTATED_LANGUAGE`]), and reported.
//!
//! # Aliases and retired names
//! A table `alias | name` lists aliases, and `retired | message` (or `name | message` under a
//! heading that says `retired`, the export's `## Retired names`) retired names, each row one,
//! its cells read as the export's, a name in a code span or not. A row whose alias, row name or
//! retired name is no identifier (as a row's name can be: `成功` is one) is left out, as a
//! comment, and reported.

use super::text;
use super::{Draft, Entry, Rows};
use crate::import::model::{
    Alias, Argument, Declared, Item, Name, Quirk, Retired, TableQuirk, Unreadable, UnreadableKind,
};
use crate::import::read;
use codetable_pipeline::markdown;

/// What a column of a table holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Code,
    Http,
    Name,
    Message,
    English,
    /// The message, or the English column beside a Chinese one (错误信息, 信息, 消息).
    MessageOrEnglish,
    /// A description: the message if there is no other, else the rows' docs.
    Description,
    Doc,
    Extra,
    /// The message in another language than the message column's.
    Language,
    /// The export's `help_url`: the row's own help link.
    HelpUrl,
}

const HTTP: &[&str] = &[
    "http",
    "http状态码",
    "http状态",
    "httpstatus",
    "httpstatuscode",
    "httpcode",
    "status",
];
const CODE: &[&str] = &[
    "错误码",
    "状态码",
    "响应码",
    "返回码",
    "错误代码",
    "代码",
    "编码",
    "码",
    "code",
    "errorcode",
    "errcode",
    "errno",
    "retcode",
    "returncode",
    "statuscode",
];
const NAME: &[&str] = &[
    "内容",
    "名称",
    "名字",
    "标识",
    "标识符",
    "常量",
    "常量名",
    "枚举",
    "错误名",
    "错误名称",
    "错误标识",
    "name",
    "errorname",
    "constant",
    "identifier",
    "key",
];
/// Headers that name the message column, whatever its cells or other columns hold.
const MESSAGE: &[&str] = &[
    "message",
    "msg",
    "errmsg",
    "errormessage",
    "errormsg",
    "中文",
    "含义",
    "意义",
    "释义",
    "中文描述",
    "中文含义",
    "中文说明",
    "中文信息",
    "中文提示",
    "错误描述",
    "错误说明",
    "错误消息",
    "错误提示",
    "提示",
    "提示信息",
];
const ENGLISH: &[&str] = &[
    "english",
    "英文",
    "英文信息",
    "英文描述",
    "en",
    "englishmessage",
];
/// Headers that name the message column unless its cells are not Chinese while another,
/// description or other, column's are (seed 003).
const MESSAGE_OR_ENGLISH: &[&str] = &["错误信息", "信息", "消息"];
const DESCRIPTION: &[&str] = &[
    "描述",
    "说明",
    "备注",
    "解释",
    "详情",
    "原因",
    "description",
    "desc",
    "remark",
    "remarks",
    "note",
    "notes",
    "detail",
    "details",
    "comment",
    "comments",
    "reason",
];

/// A header as its role is looked up: lower case, without spaces and marks.
fn header_key(header: &str) -> String {
    header
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '_' | '-' | ':' | '：' | '*'))
        .collect::<String>()
        .to_lowercase()
}

/// The role a header names, before the cells are looked at.
fn role_of_header(header: &str) -> Role {
    let key = header_key(header);
    let lists = [
        (HTTP, Role::Http),
        (CODE, Role::Code),
        (NAME, Role::Name),
        (MESSAGE, Role::Message),
        (ENGLISH, Role::English),
        (MESSAGE_OR_ENGLISH, Role::MessageOrEnglish),
        (DESCRIPTION, Role::Description),
    ];
    for (list, role) in lists {
        if list.contains(&key.as_str()) {
            return role;
        }
    }
    let contains = |words: &[&str]| words.iter().any(|word| key.contains(word));
    if contains(&["http"]) {
        Role::Http
    } else if contains(&["码", "code"]) {
        Role::Code
    } else if contains(&["中文"]) {
        Role::Message
    } else if contains(&["英文", "english"]) {
        Role::English
    } else if contains(&["message", "msg"]) {
        Role::Message
    } else if contains(&["名", "name"]) {
        Role::Name
    } else if contains(&["信息", "消息"]) {
        Role::MessageOrEnglish
    } else if contains(&["描述", "说明", "备注", "desc"]) {
        Role::Description
    } else {
        Role::Extra
    }
}

/// What share of a column's non-empty cells pass `test` (0 for a column with none).
fn share(cells: &[&str], test: impl Fn(&str) -> bool) -> f64 {
    let filled: Vec<&&str> = cells.iter().filter(|cell| !cell.is_empty()).collect();
    if filled.is_empty() {
        return 0.0;
    }
    filled.iter().filter(|cell| test(cell)).count() as f64 / filled.len() as f64
}

/// The roles of a table's columns, from its header and its rows' cells (as read), or `None`
/// when no column holds codes.
fn roles(header: &[String], rows: &[Vec<String>]) -> Option<Vec<Role>> {
    let column = |index: usize| -> Vec<&str> {
        rows.iter()
            .map(|row| row.get(index).map_or("", String::as_str))
            .collect()
    };
    let mut roles: Vec<Role> = header.iter().map(|h| role_of_header(h)).collect();
    let codes = |index: usize| share(&column(index), |cell| code_of_cell(cell).is_some()) >= 0.5;
    let cjk = |index: usize| share(&column(index), text::has_cjk) >= 0.5;

    // The code: the first column so headed that holds codes, else the first that holds codes,
    // else the first so headed that holds anything (`0A000`: each such row is reported).
    let filled = |index: usize| column(index).iter().any(|cell| !cell.is_empty());
    let code = (0..roles.len())
        .find(|&i| roles[i] == Role::Code && codes(i))
        .or_else(|| (0..roles.len()).find(|&i| roles[i] != Role::Http && codes(i)))
        .or_else(|| (0..roles.len()).find(|&i| roles[i] == Role::Code && filled(i)))?;
    for (index, role) in roles.iter_mut().enumerate() {
        if index == code {
            *role = Role::Code;
        } else if *role == Role::Code {
            *role = Role::Extra;
        }
    }
    // Names are ASCII: a "name" column of Chinese text is a description.
    for (index, role) in roles.iter_mut().enumerate() {
        if *role == Role::Name && cjk(index) {
            *role = Role::Description;
        }
    }
    // 错误信息 and the like: the message, unless English beside Chinese text.
    let chinese_beside = |roles: &[Role], index: usize| {
        (0..roles.len()).any(|other| {
            other != index && matches!(roles[other], Role::Description | Role::Extra) && cjk(other)
        })
    };
    let decided: Vec<Role> = (0..roles.len())
        .map(|index| match roles[index] {
            Role::MessageOrEnglish if !cjk(index) && chinese_beside(&roles, index) => Role::English,
            Role::MessageOrEnglish => Role::Message,
            role => role,
        })
        .collect();
    roles = decided;
    keep_first(&mut roles, Role::Http);
    keep_first(&mut roles, Role::Name);
    keep_first(&mut roles, Role::English);
    // The message: a column headed so, else a Chinese description or other column, else the
    // first description, else the English text (which then is no column of its own).
    let find = |roles: &[Role], role: Role, chinese: bool| {
        (0..roles.len()).find(|&i| roles[i] == role && (!chinese || cjk(i)))
    };
    let message = find(&roles, Role::Message, false)
        .or_else(|| find(&roles, Role::Description, true))
        .or_else(|| find(&roles, Role::Extra, true))
        .or_else(|| find(&roles, Role::Description, false))
        .or_else(|| find(&roles, Role::English, false));
    if let Some(message) = message {
        roles[message] = Role::Message;
    }
    keep_first(&mut roles, Role::Message);
    if let Some(doc) = find(&roles, Role::Description, false) {
        roles[doc] = Role::Doc;
    }
    for role in &mut roles {
        if *role == Role::Description {
            *role = Role::Extra;
        }
    }
    Some(roles)
}

/// Headers that name a language, by the words they contain: (tag, words).
const LANGUAGE_WORDS: &[(&str, &[&str])] = &[
    ("zh", &["中文", "汉语", "chinese"]),
    ("en", &["英文", "英语", "english"]),
    ("ja", &["日文", "日语", "日本語", "japanese"]),
    ("ko", &["韩文", "韩语", "korean"]),
];

/// Whether a language's tag can be declared: an identifier's characters, not a number's.
fn is_language_tag(tag: &str) -> bool {
    text::name_like(tag) && !tag.starts_with(|c: char| c.is_ascii_digit())
}

/// The language a header states: the export's `message:en` (or `msg:en`), a tag alone (`en`,
/// `zh`), or a language's name (中文, `English`, 日文).
fn header_language(header: &str) -> Option<String> {
    if let Some((head, tag)) = header.split_once([':', '：']) {
        let head = head.trim().to_lowercase();
        if matches!(head.as_str(), "message" | "msg") && is_language_tag(tag.trim()) {
            return Some(tag.trim().to_owned());
        }
    }
    let key = header_key(header);
    if let Some(&(tag, _)) = LANGUAGE_WORDS.iter().find(|(tag, _)| key == *tag) {
        return Some(tag.to_owned());
    }
    LANGUAGE_WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|word| key.contains(word)))
        .map(|(tag, _)| (*tag).to_owned())
}

/// The language most of a column's non-empty cells are written in, by their script
/// ([`text::script_language`]): `None` when no language has half of them.
fn script_language(cells: &[&str]) -> Option<String> {
    let filled = cells.iter().filter(|cell| !cell.is_empty()).count();
    let tags = cells.iter().filter_map(|cell| text::script_language(cell));
    text::most_common(tags)
        .filter(|&(_, count)| count * 2 >= filled)
        .map(|(tag, _)| tag.to_owned())
}

/// The tag a table declares the message column's language under when nothing tells it.
pub const UNSTATED_LANGUAGE: &str = "default";

/// A table's languages, when its messages are in more than one: (column, tag), the message
/// column's first; columns of other languages become [`Role::Language`].
///
/// In the export, the `message:LANG` columns are the other languages, and the message column
/// is headed `message:LANG` or `message`; for the latter, its language is its text's script's
/// (`zh` for Chinese), else [`UNSTATED_LANGUAGE`], reported. In any other table, a column
/// that names the message or a language in its header (`English`, 中文, 错误信息, `message:en`)
/// beside the message column is the message in another language when its language (stated
/// by its header, else its text's script) is known and differs from the message's.
fn languages(
    table: &read::MarkdownTable,
    cells: &[Vec<String>],
    roles: &mut [Role],
    export: bool,
) -> (Vec<(usize, String)>, Option<TableQuirk>) {
    let Some(message) = roles.iter().position(|&role| role == Role::Message) else {
        return (Vec::new(), None);
    };
    let column = |index: usize| -> Vec<&str> {
        cells
            .iter()
            .map(|row| row.get(index).map_or("", String::as_str))
            .collect()
    };
    let header = &table.header;
    if export {
        let others: Vec<(usize, String)> = (0..roles.len())
            .filter(|&index| roles[index] == Role::Language)
            .filter_map(|index| Some((index, header_language(&header[index])?)))
            .collect();
        let (first, quirk) = export_message_language(table, message, &column(message), &others);
        let mut languages: Vec<(usize, String)> =
            first.map(|tag| (message, tag)).into_iter().collect();
        languages.extend(others);
        return (languages, quirk);
    }
    let language_of =
        |index: usize| header_language(&header[index]).or_else(|| script_language(&column(index)));
    let Some(first) = language_of(message) else {
        return (Vec::new(), None);
    };
    let mut languages = vec![(message, first)];
    for index in 0..roles.len() {
        let message_like = header_language(&header[index]).is_some()
            || matches!(
                role_of_header(&header[index]),
                Role::Message | Role::English | Role::MessageOrEnglish
            );
        if index == message || !message_like || !matches!(roles[index], Role::English | Role::Extra)
        {
            continue;
        }
        if let Some(tag) = language_of(index) {
            if !languages.iter().any(|(_, each)| *each == tag) {
                roles[index] = Role::Language;
                languages.push((index, tag));
            }
        }
    }
    if languages.len() < 2 {
        languages.clear();
    }
    (languages, None)
}

/// The language of an export's message column, beside the `message:LANG` columns `others`:
/// the one its header states, else its cells' script's, else [`UNSTATED_LANGUAGE`], reported;
/// `None` for a table of one language that does not state it.
fn export_message_language(
    table: &read::MarkdownTable,
    message: usize,
    cells: &[&str],
    others: &[(usize, String)],
) -> (Option<String>, Option<TableQuirk>) {
    let stated = header_language(&table.header[message]);
    if others.is_empty() {
        return (stated, None);
    }
    let taken = |tag: &str| others.iter().any(|(_, other)| other == tag);
    if let Some(tag) = stated
        .filter(|tag| !taken(tag))
        .or_else(|| script_language(cells).filter(|tag| !taken(tag)))
    {
        return (Some(tag), None);
    }
    let mut tag = UNSTATED_LANGUAGE.to_owned();
    while taken(&tag) {
        tag.push('_');
    }
    let quirk = TableQuirk::UnstatedLanguage {
        line: table.line,
        header: table.header[message].clone(),
        tag: tag.clone(),
    };
    (Some(tag), Some(quirk))
}

/// Keeps the first column of a role; later ones become extra columns.
fn keep_first(roles: &mut [Role], role: Role) {
    let mut seen = false;
    for each in roles.iter_mut().filter(|each| **each == role) {
        if seen {
            *each = Role::Extra;
        }
        seen = true;
    }
}

/// Whether a table is the macro's own Markdown export: `code | name | message` (or
/// `message:LANG`), then `message:LANG` columns of other languages and columns named as the
/// macro names them (a header the macro would reject, such as `description`, makes it a table
/// like any other).
fn is_export(header: &[String]) -> bool {
    header.len() >= 3
        && header[0] == "code"
        && header[1] == "name"
        && is_export_message(&header[2])
        && header[3..].iter().all(|column| {
            is_column_name(column) || is_export_language(column) || export_role(column).is_some()
        })
}

/// The role of an export's column named as the table's method whose data it holds (which no
/// typed column can be named): `help_url`, the row's own link, and `explanation`, its doc
/// comment.
fn export_role(header: &str) -> Option<Role> {
    match header {
        "help_url" => Some(Role::HelpUrl),
        "explanation" => Some(Role::Doc),
        _ => None,
    }
}

/// The text of a code span, `` `text` `` as `codetable_pipeline::markdown::code_span` writes
/// it, fences of one backtick or more; `None` for other text.
pub(super) fn code_span_text(span: &str) -> Option<String> {
    let fence = span.len() - span.trim_start_matches('`').len();
    let inner = span.get(fence..span.len().checked_sub(fence)?)?;
    if fence == 0 || !span.ends_with(&"`".repeat(fence)) {
        return None;
    }
    // A fence longer than one pads its text with a space each side.
    let inner = match inner
        .strip_prefix(' ')
        .and_then(|inner| inner.strip_suffix(' '))
    {
        Some(padded) if fence > 1 || inner.starts_with(' ') => padded,
        _ => inner,
    };
    Some(inner.replace("\\|", "|"))
}

/// Whether an export's header is that of the message: `message`, or `message:LANG`.
fn is_export_message(header: &str) -> bool {
    header == "message" || is_export_language(header)
}

/// Whether an export's header is that of a message in a language: `message:LANG`.
fn is_export_language(header: &str) -> bool {
    header.strip_prefix("message:").is_some_and(is_language_tag)
}

/// Whether the macro takes `name` as a column's name: a snake_case identifier (a keyword
/// written raw) that no method of the table has.
fn is_column_name(name: &str) -> bool {
    let written = if text::is_keyword(name) {
        format!("r#{name}")
    } else {
        name.to_owned()
    };
    name.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && text::is_ident(&written)
        && !super::is_taken_by_the_api(name)
}

/// The name of a column in the output: snake_case, no keyword, no method of the table.
fn column_name(header: &str, index: usize, taken: &[String]) -> String {
    let base = text::snake_name(header).unwrap_or_else(|| format!("column{}", index + 1));
    let base = if text::is_keyword(&base) || super::is_taken_by_the_api(&base) {
        format!("{base}_column")
    } else {
        base
    };
    let mut name = base.clone();
    let mut n = 2;
    while taken.contains(&name) {
        name = format!("{base}_{n}");
        n += 1;
    }
    name
}

/// The characters that pad a cell.
const PADDING: [char; 2] = [' ', '\t'];

/// A cell without any space or tab at its ends.
fn unpadded(cell: &str) -> &str {
    cell.trim_matches(PADDING)
}

/// How many spaces and tabs start and end a cell.
fn padding(cell: &str) -> (usize, usize) {
    let leading = cell.len() - cell.trim_start_matches(PADDING).len();
    let trailing = cell.len() - cell.trim_end_matches(PADDING).len();
    (leading, trailing)
}

/// Which columns are compact (see the module's docs), from the header's and rows' cells as
/// written.
fn compact_columns(table: &read::MarkdownTable) -> Vec<bool> {
    (0..table.header.len())
        .map(|index| {
            let cells = std::iter::once(&table.header_cells)
                .chain(table.rows.iter().map(|row| &row.cells))
                .filter_map(|cells| cells.get(index))
                .filter(|cell| !unpadded(cell).is_empty());
            let (mut compact, mut all) = (0, 0);
            for cell in cells {
                let (leading, trailing) = padding(cell);
                all += 1;
                compact += usize::from(leading <= 1 && trailing <= 1);
            }
            compact * 2 >= all
        })
        .collect()
}

/// A cell without its padding: the text, and how many spaces or tabs beyond one it keeps at
/// its start and at its end (only in a compact column).
fn unpad(cell: &str, compact: bool) -> (&str, usize, usize) {
    let text = unpadded(cell);
    if text.is_empty() || !compact {
        return (text, 0, 0);
    }
    let (leading, trailing) = padding(cell);
    let (start, end) = (leading.min(1), cell.len() - trailing.min(1));
    (
        &cell[start..end],
        leading.saturating_sub(1),
        trailing.saturating_sub(1),
    )
}

/// An unpadded cell's text: `\|` read as `|`.
fn cell_text(cell: &str) -> String {
    cell.replace("\\|", "|")
}

/// A cell a spreadsheet quoted, `"text"` with `""` for a quote inside, as its text; `None`
/// for any other cell.
fn unquote(cell: &str) -> Option<String> {
    let inner = cell
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))?;
    (!inner.replace("\"\"", "").contains('"')).then(|| inner.replace("\"\"", "\""))
}

/// A cell that is one code span, without its backticks (`` `10001` `` → `10001`).
fn without_code_span(cell: &str) -> &str {
    cell.strip_prefix('`')
        .and_then(|rest| rest.strip_suffix('`'))
        .filter(|inner| !inner.contains('`'))
        .map_or(cell, str::trim)
}

/// The code a code cell holds, if any.
fn code_of_cell(cell: &str) -> Option<i128> {
    text::code(without_code_span(cell))
}

/// A row's cells as read, exactly as many as its header has.
struct RowCells {
    cells: Vec<String>,
    quirks: Vec<Quirk>,
}

/// Reads a row's cells (see the module's docs): each unpadded as its column is; a
/// spreadsheet's quoted cells joined and unquoted; cells beyond the header's count joined into
/// the last one, missing ones empty; each reported.
fn row_cells(
    table: &read::MarkdownTable,
    row: &read::MarkdownRow,
    compact: &[bool],
    export: bool,
) -> RowCells {
    let header = table.header.len();
    let mut quirks = Vec::new();
    let mut cells: Vec<String> = Vec::new();
    let pieces = &row.cells;
    let mut index = 0;
    while index < pieces.len() {
        let column = index.min(header.saturating_sub(1));
        let piece = unpadded(&pieces[index]);
        let opens =
            !export && piece.starts_with('"') && (piece.len() == 1 || !piece.ends_with('"'));
        let close = pieces
            .iter()
            .map(|later| unpadded(later))
            .enumerate()
            .skip(index + 1)
            .find(|(_, later)| later.ends_with('"') && !later.starts_with('"'))
            .map(|(end, _)| end);
        let (written, joined, next) = match close {
            Some(end) if opens => (pieces[index..=end].join("|"), true, end + 1),
            _ => (pieces[index].clone(), false, index + 1),
        };
        index = next;
        let (text, leading, trailing) = unpad(&written, compact.get(column) == Some(&true));
        if leading + trailing > 0 && column < header {
            quirks.push(Quirk::Padded {
                column: table.header[column].clone(),
                leading,
                trailing,
            });
        }
        if export {
            cells.push(codetable_pipeline::markdown::cell_text(text));
            continue;
        }
        let text = cell_text(text);
        match unquote(&text) {
            Some(unquoted) => {
                quirks.push(Quirk::Quoted { cell: text, joined });
                cells.push(unquoted);
            }
            None => cells.push(text),
        }
    }
    let count = cells.len();
    if count != header {
        if count > header && header > 0 {
            let last = cells.split_off(header - 1).concat();
            cells.push(last);
        }
        cells.resize(header, String::new());
        quirks.push(Quirk::BrokenCells {
            cells: count,
            header,
            last: cells.last().cloned().unwrap_or_default(),
        });
    }
    RowCells { cells, quirks }
}

/// Whether an export's cell is `""`, the empty string (an empty cell is no value).
fn empty_string(row: &read::MarkdownRow, index: usize) -> bool {
    row.cells
        .get(index)
        .is_some_and(|written| unpadded(written) == "\"\"")
}

/// A table's rows, or `None` when the table holds no codes.
pub fn rows(table: &read::MarkdownTable) -> Option<Rows> {
    let export = is_export(&table.header);
    let header = table.header.len();
    let compact = compact_columns(table);
    let read: Vec<RowCells> = table
        .rows
        .iter()
        .map(|row| row_cells(table, row, &compact, export))
        .collect();
    let cells: Vec<Vec<String>> = read.iter().map(|row| row.cells.clone()).collect();
    let mut roles = if export {
        let mut roles = vec![Role::Extra; header];
        roles[0] = Role::Code;
        roles[1] = Role::Name;
        roles[2] = Role::Message;
        for (index, header) in table.header.iter().enumerate().skip(3) {
            if is_export_language(header) {
                roles[index] = Role::Language;
            } else if let Some(role) = export_role(header) {
                roles[index] = role;
            }
        }
        roles
    } else {
        roles(&table.header, &cells)?
    };
    let (languages, quirk) = languages(table, &cells, &mut roles, export);
    let find = |role: Role| roles.iter().position(|&each| each == role);
    // An English column names the rows that have no name, whether it is a column or a
    // language; in the export, a row without a name is a nameless row.
    let english_language = languages
        .iter()
        .skip(1)
        .find(|(_, tag)| tag == "en" && !export)
        .map(|&(index, _)| index);
    let (code, name, message, english, doc, help_url) = (
        find(Role::Code)?,
        find(Role::Name),
        find(Role::Message),
        find(Role::English).or(english_language),
        find(Role::Doc),
        find(Role::HelpUrl),
    );
    // Without an English column, an English message names the rows.
    let english_message = message.is_some_and(|message| {
        let cells: Vec<&str> = read
            .iter()
            .map(|row| row.cells.get(message).map_or("", String::as_str))
            .collect();
        share(&cells, text::has_cjk) < 0.5
    });
    // The typed columns, in the table's order.
    let mut columns: Vec<(usize, String, String)> = Vec::new();
    for (index, role) in roles.iter().enumerate() {
        let header = &table.header[index];
        let name = match role {
            Role::Http => "http".to_owned(),
            Role::English => "en".to_owned(),
            Role::Extra if export => header.clone(),
            Role::Extra => {
                let mut taken: Vec<String> = columns.iter().map(|c| c.1.clone()).collect();
                taken.extend(["http".to_owned(), "en".to_owned()]);
                taken.extend(languages.iter().map(|(_, tag)| tag.clone()));
                column_name(header, index, &taken)
            }
            _ => continue,
        };
        columns.push((index, name, header.clone()));
    }

    let mut entries = Vec::new();
    for (row, read) in table.rows.iter().zip(read) {
        let cell = |index: usize| -> String { read.cells.get(index).cloned().unwrap_or_default() };
        let code_cell = cell(code);
        let code_text = without_code_span(&code_cell);
        // The export writes a string code in a code span, and an integer without one.
        let string = export && code_text.len() < code_cell.len();
        let Some((mut new_row, written)) =
            super::row_of_code(row.line, code_text, Name::Nameless, string)
        else {
            entries.push(Entry::Unreadable(Unreadable {
                line: row.line,
                text: row.source.trim().to_owned(),
                code: code_cell,
                kind: UnreadableKind::Code,
                why: None,
            }));
            continue;
        };
        let english_text = english
            .or(message.filter(|_| !export && english_message))
            .map(cell)
            .filter(|text| !text.is_empty());
        let name_cell = name.map(cell);
        let name_cell = name_cell.as_deref().map(without_code_span);
        // A `MARKDOWN` row with arguments: `ER_NO_SUCH_TABLE(db: &str, table: &str)`.
        let signature = name_cell.and_then(markdown::read_signature);
        let arguments: Vec<Argument> = signature
            .iter()
            .flat_map(|(_, args)| args)
            .map(|&(name, ty)| Argument {
                name: name.to_owned(),
                ty: ty.name().to_owned(),
            })
            .collect();
        let name_cell = signature.map(|(name, _)| name).or(name_cell);
        let name = match name_cell.filter(|name| !name.is_empty()) {
            Some("_") => Name::Nameless,
            // An export's names are the table's: identifiers, ASCII or not (`成功`).
            Some(name) if text::name_like(name) || (export && text::is_ident(name)) => {
                Name::Given(name.to_owned())
            }
            Some(name) if name.is_ascii() && !text::shouty(name).is_empty() => Name::Made {
                name: text::shouty(name),
                from: name.to_owned(),
            },
            // A string code that is an identifier (`NoSuchKey`) is its own name: `_`.
            _ if new_row.text.as_deref().is_some_and(text::is_ident) => Name::Nameless,
            _ => match english_text {
                Some(english) if !text::shouty(&english).is_empty() => Name::Made {
                    name: text::shouty(&english),
                    from: english,
                },
                _ => Name::Nameless,
            },
        };
        // A cell's value: `None` when empty, but for the export's `""`, the empty string.
        let filled = |index: usize| {
            let value = cell(index);
            (!value.is_empty() || (export && empty_string(row, index))).then_some(value)
        };
        let values = columns
            .iter()
            .map(|(index, name, _)| (name.clone(), filled(*index)))
            .collect();
        let translations = languages
            .iter()
            .skip(1)
            .map(|&(index, _)| filled(index))
            .collect();
        new_row.name = name;
        new_row.message = message.map(cell).unwrap_or_default();
        new_row.translations = translations;
        new_row.doc = doc.map(cell).filter(|doc| !doc.is_empty());
        new_row.quirks = read.quirks;
        let help_url = help_url.map(cell).filter(|link| !link.is_empty());
        if help_url.is_some() || !arguments.is_empty() {
            new_row.declared = Some(Box::new(Declared {
                help_url,
                arguments,
                ..Declared::default()
            }));
        }
        entries.push(Entry::Row(Box::new(Draft {
            row: new_row,
            values,
            code: written,
        })));
    }
    Some(Rows {
        entries,
        columns: columns
            .into_iter()
            .map(|(_, name, header)| (name, header, table.line))
            .collect(),
        languages: languages.into_iter().map(|(_, tag)| tag).collect(),
        quirks: quirk.into_iter().collect(),
    })
}

/// Headers of an alias table's columns: the alias, then the row's name.
const ALIAS_HEADERS: [&[&str]; 2] = [&["alias", "aliases", "别名"], &["name", "名称", "row"]];
/// Headers of a retired names table's columns: the name, then why it was retired. Under a
/// heading that says `retired`, `name | message` does too.
const RETIRED_HEADERS: [&[&str]; 2] = [
    &["retired", "retired name", "retired names"],
    &["message", "reason", "why"],
];

/// A table of aliases (`alias | name`) or of retired names (`retired | message`, or `name |
/// message` under a heading that says `retired`), as the export writes them, its cells read
/// as the export's are: its items, or `None` for any other table. A row whose alias, row
/// name or retired name is no name is an unreadable row.
pub fn names(table: &read::MarkdownTable, heading: Option<&str>) -> Option<Vec<Item>> {
    let header: Vec<String> = table.header.iter().map(|h| h.to_lowercase()).collect();
    let [first, second] = header.as_slice() else {
        return None;
    };
    let is = |headers: &[&str], header: &str| headers.contains(&header);
    let kind = if is(ALIAS_HEADERS[0], first) && is(ALIAS_HEADERS[1], second) {
        UnreadableKind::Alias
    } else if is(RETIRED_HEADERS[1], second)
        && (is(RETIRED_HEADERS[0], first)
            || (first == "name" && heading.is_some_and(|h| h.to_lowercase().contains("retired"))))
    {
        UnreadableKind::Retired
    } else {
        return None;
    };
    let compact = compact_columns(table);
    let mut items = Vec::new();
    for row in &table.rows {
        let read = row_cells(table, row, &compact, true);
        let name = without_code_span(&read.cells[0]);
        let other = &read.cells[1];
        let unreadable = |cell: &str| {
            Item::Unreadable(Unreadable {
                line: row.line,
                text: row.source.trim().to_owned(),
                code: cell.to_owned(),
                kind,
                why: None,
            })
        };
        if !text::is_wire_name(name) {
            items.push(unreadable(name));
            continue;
        }
        let item = match kind {
            UnreadableKind::Alias => {
                let of = without_code_span(other);
                if !text::is_wire_name(of) {
                    items.push(unreadable(of));
                    continue;
                }
                Item::Alias(Alias {
                    line: row.line,
                    name: name.to_owned(),
                    of: of.to_owned(),
                    doc: None,
                    fixmes: Vec::new(),
                })
            }
            _ => Item::Retired(Retired {
                line: row.line,
                name: name.to_owned(),
                message: (!other.is_empty() || empty_string(row, 1)).then(|| other.clone()),
                fixmes: Vec::new(),
            }),
        };
        items.push(item);
    }
    Some(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|cell| cell.to_string()).collect()
    }

    fn row(cells: &[&str]) -> Vec<String> {
        header(cells)
    }

    #[test]
    fn seed_layouts() {
        let pcs_header = header(&["HTTP状态码", "错误码", "错误信息", "备注"]);
        let pcs_rows = [row(&["200", "0", "no error", "没有错误"])];
        let pcs = roles(&pcs_header, &pcs_rows);
        assert_eq!(
            pcs,
            Some(vec![Role::Http, Role::Code, Role::English, Role::Message])
        );
        // The English beside the Chinese is a language.
        let table = read::MarkdownTable {
            line: 3,
            header: pcs_header.clone(),
            header_cells: pcs_header,
            rows: Vec::new(),
        };
        let mut pcs = pcs.unwrap();
        let (languages, quirk) = languages(&table, &pcs_rows, &mut pcs, false);
        assert_eq!(languages, [(3, "zh".to_owned()), (2, "en".to_owned())]);
        assert_eq!(quirk, None);
        assert_eq!(pcs, [Role::Http, Role::Code, Role::Language, Role::Message]);
        let daemon = roles(
            &header(&["响应码", "名称", "中文", "说明"]),
            &[row(&["`10001`", "Bad Request", "无效请求", "无法解析请求"])],
        );
        assert_eq!(
            daemon,
            Some(vec![Role::Code, Role::Name, Role::Message, Role::Doc])
        );
        let cos = roles(
            &header(&["错误码", "描述"]),
            &[row(&["-5999", "请求参数错误"])],
        );
        assert_eq!(cos, Some(vec![Role::Code, Role::Message]));
        let dsp = roles(
            &header(&["状态码", "内容", "含义"]),
            &[row(&["0", "None", "无"])],
        );
        assert_eq!(dsp, Some(vec![Role::Code, Role::Name, Role::Message]));
    }

    #[test]
    fn english_only_tables_take_it_as_the_message() {
        let roles = roles(&header(&["Code", "Message"]), &[row(&["1", "not found"])]);
        assert_eq!(roles, Some(vec![Role::Code, Role::Message]));
    }

    /// A column headed `message` is the message, whatever the others hold: the description
    /// beside it is the rows' docs, even when empty.
    #[test]
    fn a_message_header_is_the_message_column() {
        for description in ["", "the file is gone", "文件不存在"] {
            let roles = roles(
                &header(&["errno", "name", "message", "description"]),
                &[row(&[
                    "2",
                    "ENOENT",
                    "No such file or directory",
                    description,
                ])],
            );
            assert_eq!(
                roles,
                Some(vec![Role::Code, Role::Name, Role::Message, Role::Doc]),
                "{description:?}"
            );
        }
        let chinese = roles(
            &header(&["错误码", "说明", "错误信息"]),
            &[row(&["1", "说明", "中文信息"])],
        );
        assert_eq!(chinese, Some(vec![Role::Code, Role::Doc, Role::Message]));
    }

    #[test]
    fn tables_without_codes_are_none() {
        assert_eq!(roles(&header(&["a", "b"]), &[row(&["x", "y"])]), None);
        assert_eq!(roles(&header(&["code", "b"]), &[row(&["", "y"])]), None);
    }

    /// A column headed as the code is the code column even when no cell holds an integer
    /// (SQLSTATE's `0A000`): its rows are reported, not dropped with their table.
    #[test]
    fn a_code_header_without_integers_is_the_code_column() {
        let roles = roles(
            &header(&["Error Code", "Condition Name", "Message"]),
            &[row(&[
                "0A000",
                "feature_not_supported",
                "feature not supported",
            ])],
        );
        assert_eq!(roles, Some(vec![Role::Code, Role::Name, Role::Message]));
    }

    #[test]
    fn headers_that_state_a_language() {
        let stated = |h: &str| header_language(h);
        assert_eq!(stated("message:zh_hant").as_deref(), Some("zh_hant"));
        assert_eq!(stated("msg：en").as_deref(), Some("en"));
        assert_eq!(stated("中文描述").as_deref(), Some("zh"));
        assert_eq!(stated("English message").as_deref(), Some("en"));
        assert_eq!(stated("日文").as_deref(), Some("ja"));
        assert_eq!(stated("EN").as_deref(), Some("en"));
        assert_eq!(stated("message"), None);
        assert_eq!(stated("错误信息"), None);
        assert_eq!(stated("message:2x"), None);
        let column = |cells: &[&str]| script_language(cells);
        assert_eq!(
            column(&["没有错误", "app id为空", ""]).as_deref(),
            Some("zh")
        );
        assert_eq!(column(&["no error", "-1", "---"]), None);
    }

    #[test]
    fn export_headers_name_columns_the_macro_takes() {
        assert!(is_export(&header(&[
            "code",
            "name",
            "message:zh",
            "message:en",
            "http"
        ])));
        assert!(is_export(&header(&[
            "code",
            "name",
            "message",
            "message:en"
        ])));
        assert!(!is_export(&header(&["code", "name", "message:", "http"])));
        assert!(is_export(&header(&[
            "code", "name", "message", "http", "type"
        ])));
        assert!(!is_export(&header(&[
            "code",
            "name",
            "message",
            "description"
        ])));
        assert!(!is_export(&header(&["code", "name", "message", "Retry"])));
        assert!(!is_export(&header(&["code", "name", "message", "self"])));
    }

    #[test]
    fn cells_are_read_as_written() {
        assert_eq!(
            unpad("  `a` _b_ *c* \\| d\\ \t", false),
            ("`a` _b_ *c* \\| d\\", 0, 0)
        );
        assert_eq!(unpad("  a\t\t", true), (" a\t", 1, 1));
        assert_eq!(unpad(" a ", true), ("a", 0, 0));
        assert_eq!(unpad("a", true), ("a", 0, 0));
        assert_eq!(unpad("   ", true), ("", 0, 0));
        assert_eq!(cell_text("`a` _b_ *c* \\| d\\"), "`a` _b_ *c* | d\\");
        assert_eq!(
            codetable_pipeline::markdown::cell_text("&#32;a&#10;b &#38;#32;"),
            " a\nb &#32;"
        );
        assert_eq!(codetable_pipeline::markdown::cell_text(r"a\\|"), r"a\|");
        assert_eq!(codetable_pipeline::markdown::cell_text("\"\""), "");
        assert_eq!(codetable_pipeline::markdown::cell_text("&#34;\""), "\"\"");
        assert_eq!(codetable_pipeline::markdown::cell_text("&#39;"), "&#39;");
    }

    #[test]
    fn quoted_cells() {
        assert_eq!(unquote("\"a|b\"").as_deref(), Some("a|b"));
        assert_eq!(unquote("\"say \"\"hi\"\"\"").as_deref(), Some("say \"hi\""));
        assert_eq!(unquote("\"a\" and \"b\""), None);
        assert_eq!(unquote("\""), None);
        let table = read::MarkdownTable {
            line: 1,
            header: header(&["a", "b"]),
            header_cells: header(&["a", "b"]),
            rows: vec![read::MarkdownRow {
                line: 3,
                cells: read::split_cells("|-121|\"x|y| z\"|"),
                source: String::new(),
            }],
        };
        let read = row_cells(&table, &table.rows[0], &compact_columns(&table), false);
        assert_eq!(read.cells, ["-121", "x|y| z"]);
        assert_eq!(
            read.quirks,
            [Quirk::Quoted {
                cell: "\"x|y| z\"".to_owned(),
                joined: true
            }]
        );
    }
}

//! Markdown tables as rows: which column is what, by its header (Chinese or English) and,
//! where headers do not say, by its cells.
//!
//! | role | headers | cells |
//! |---|---|---|
//! | code | 错误码, 状态码, 响应码, 返回码, code, errno, … | integers (the first such column if no header says) |
//! | HTTP status | HTTP状态码, http, status, … | becomes the column `http` |
//! | name | 内容, 名称, name, 标识, … | ASCII (a column of Chinese text is a message candidate instead) |
//! | message | 中文, 含义, …; 错误信息, message, 信息 when the cells are Chinese | |
//! | English | English, 英文, en; 错误信息, message, 信息 when the cells are ASCII | becomes the column `en`, and names rows that have none |
//! | description | 描述, 说明, 备注, description, remark, note, … | the message if there is no other, else the rows' doc comments |
//! | anything else | | a column named after the header's ASCII words in snake_case, else `column{n}` |
//!
//! A table whose header starts `code | name | message` is the macro's own Markdown export:
//! its columns are taken by their headers, names verbatim, an empty name cell a nameless row.

use super::text;
use super::{Draft, Entry, Rows};
use crate::model::{Name, Quirk, Row, Unreadable};
use crate::read;

/// What a column of a table holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Code,
    Http,
    Name,
    Message,
    English,
    /// A message in Chinese or in English, depending on its cells (错误信息, message).
    MessageOrEnglish,
    /// A description: the message if there is no other, else the rows' docs.
    Description,
    Doc,
    Extra,
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
const MESSAGE: &[&str] = &[
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
const MESSAGE_OR_ENGLISH: &[&str] = &[
    "错误信息",
    "信息",
    "消息",
    "message",
    "msg",
    "errormessage",
    "errmsg",
];
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

/// The role a header names, before the cells are looked at.
fn role_of_header(header: &str) -> Role {
    let key: String = header
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '_' | '-' | ':' | '：' | '*'))
        .collect::<String>()
        .to_lowercase();
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
    } else if contains(&["名", "name"]) {
        Role::Name
    } else if contains(&["信息", "message", "msg"]) {
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

/// The roles of a table's columns, or `None` when no column holds codes.
fn roles(header: &[String], rows: &[read::TableRow]) -> Option<Vec<Role>> {
    let column = |index: usize| -> Vec<&str> {
        rows.iter()
            .map(|row| row.cells.get(index).map_or("", String::as_str))
            .collect()
    };
    let mut roles: Vec<Role> = header.iter().map(|h| role_of_header(h)).collect();
    let codes = |index: usize| share(&column(index), |cell| text::code(cell).is_some()) >= 0.5;
    let cjk = |index: usize| share(&column(index), text::has_cjk) >= 0.5;

    // The code: the first column so headed that holds codes, else the first that holds codes.
    let code = (0..roles.len())
        .find(|&i| roles[i] == Role::Code && codes(i))
        .or_else(|| (0..roles.len()).find(|&i| roles[i] != Role::Http && codes(i)))?;
    for (index, role) in roles.iter_mut().enumerate() {
        if index == code {
            *role = Role::Code;
        } else if *role == Role::Code {
            *role = Role::Extra;
        }
    }
    // Names are ASCII: a "name" column of Chinese text is a description.
    for (index, role) in roles.iter_mut().enumerate() {
        match *role {
            Role::Name if cjk(index) => *role = Role::Description,
            Role::MessageOrEnglish if cjk(index) => *role = Role::Message,
            Role::MessageOrEnglish => *role = Role::English,
            _ => {}
        }
    }
    keep_first(&mut roles, Role::Http);
    keep_first(&mut roles, Role::Name);
    keep_first(&mut roles, Role::English);
    // The message: a message column, else a Chinese description or other column, else the
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

/// Whether a table is the macro's own Markdown export: `code | name | message | columns..`.
fn is_export(header: &[String]) -> bool {
    header.len() >= 3 && header[0] == "code" && header[1] == "name" && header[2] == "message"
}

/// The name of a column in the output: snake_case, no keyword, no method of the table.
fn column_name(header: &str, index: usize, taken: &[String]) -> String {
    let base = text::snake_name(header).unwrap_or_else(|| format!("column{}", index + 1));
    let base = if text::is_keyword(&base) || super::TAKEN.contains(&base.as_str()) {
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

/// A table's rows, or `None` when the table holds no codes.
pub fn rows(table: &read::Table) -> Option<Rows> {
    let export = is_export(&table.header);
    let roles = if export {
        let mut roles = vec![Role::Extra; table.header.len()];
        roles[0] = Role::Code;
        roles[1] = Role::Name;
        roles[2] = Role::Message;
        roles
    } else {
        roles(&table.header, &table.rows)?
    };
    let find = |role: Role| roles.iter().position(|&each| each == role);
    let (code, name, message, english, doc) = (
        find(Role::Code)?,
        find(Role::Name),
        find(Role::Message),
        find(Role::English),
        find(Role::Doc),
    );
    // Without an English column, an English message names the rows.
    let english_message = message.is_some_and(|message| {
        let cells: Vec<&str> = table
            .rows
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
            Role::Extra if export && text::snake_name(header).as_deref() == Some(header) => {
                header.clone()
            }
            Role::Extra => {
                let taken: Vec<String> = columns.iter().map(|c| c.1.clone()).collect();
                let mut taken = taken;
                taken.extend(["http".to_owned(), "en".to_owned()]);
                column_name(header, index, &taken)
            }
            _ => continue,
        };
        columns.push((index, name, header.clone()));
    }

    let mut entries = Vec::new();
    for row in &table.rows {
        let cell = |index: usize| -> String {
            let cell = row.cells.get(index).map_or("", String::as_str);
            if export {
                cell.to_owned()
            } else {
                text::unquote(cell)
            }
        };
        let code_cell = row.cells.get(code).map_or("", String::as_str);
        let Some(value) = text::code(code_cell) else {
            entries.push(Entry::Unreadable(Unreadable {
                line: row.line,
                text: row.source.trim().to_owned(),
                code: code_cell.to_owned(),
            }));
            continue;
        };
        let english_text = english
            .or(message.filter(|_| !export && english_message))
            .map(cell)
            .filter(|text| !text.is_empty());
        let name = match name.map(cell).filter(|name| !name.is_empty()) {
            Some(name) if export => Name::Given(name),
            Some(name) if name == "_" => Name::Nameless,
            Some(name) if text::name_like(&name) => Name::Given(name),
            Some(name) if name.is_ascii() && !text::shouty(&name).is_empty() => Name::Made {
                name: text::shouty(&name),
                from: name,
            },
            _ => match english_text {
                Some(english) if !text::shouty(&english).is_empty() => Name::Made {
                    name: text::shouty(&english),
                    from: english,
                },
                _ => Name::Nameless,
            },
        };
        let mut quirks = Vec::new();
        if let Some(cells) = row.broken {
            quirks.push(Quirk::BrokenCells {
                cells,
                header: table.header.len(),
                last: row.cells.last().cloned().unwrap_or_default(),
            });
        }
        let values = columns
            .iter()
            .map(|(index, name, _)| {
                let value = cell(*index);
                (name.clone(), (!value.is_empty()).then_some(value))
            })
            .collect();
        entries.push(Entry::Row(Draft {
            row: Row {
                line: row.line,
                code: value,
                name,
                message: message.map(cell).unwrap_or_default(),
                values: Vec::new(),
                doc: doc.map(cell).filter(|doc| !doc.is_empty()),
                quirks,
                fixmes: Vec::new(),
            },
            values,
        }));
    }
    Some(Rows {
        entries,
        columns: columns
            .into_iter()
            .map(|(_, name, header)| (name, header))
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|cell| cell.to_string()).collect()
    }

    fn row(cells: &[&str]) -> read::TableRow {
        read::TableRow {
            line: 1,
            cells: header(cells),
            broken: None,
            source: String::new(),
        }
    }

    #[test]
    fn seed_layouts() {
        let pcs = roles(
            &header(&["HTTP状态码", "错误码", "错误信息", "备注"]),
            &[row(&["200", "0", "no error", "没有错误"])],
        );
        assert_eq!(
            pcs,
            Some(vec![Role::Http, Role::Code, Role::English, Role::Message])
        );
        let daemon = roles(
            &header(&["响应码", "名称", "中文", "说明"]),
            &[row(&["10001", "Bad Request", "无效请求", "无法解析请求"])],
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

    #[test]
    fn tables_without_codes_are_none() {
        assert_eq!(roles(&header(&["a", "b"]), &[row(&["x", "y"])]), None);
    }
}

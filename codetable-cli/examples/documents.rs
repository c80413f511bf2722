//! Makes the real documents of `codetable-cli/tests/documents/` from the files of Debian packages
//! (`tests/documents/README.md` says which, and `tests/documents/generate.sh` runs this on
//! them):
//!
//! ```text
//! cargo run -p codetable-cli --example documents -- mariadb mysqld_error.h errmsg.sys > mariadb_errors.txt
//! cargo run -p codetable-cli --example documents -- mariadb-zh mysqld_error.h english/errmsg.sys chinese/errmsg.sys > mariadb_errors_zh.md
//! cargo run -p codetable-cli --example documents -- errno errno-base.h errno.h > linux_errno.md
//! cargo run -p codetable-cli --example documents -- sqlstate errcodes.txt > sqlstate.md
//! ```
//!
//! - `mariadb`: MariaDB's server errors as `CODE NAME message` lines, as a page made from its
//!   C header would list them: the codes and names of `mysqld_error.h`, the English messages
//!   of `errmsg.sys` (the server's compiled message file), each verbatim; a message's line
//!   break starts a line of its own.
//! - `mariadb-zh`: the same rows in English and Chinese, as a Markdown table `| code | name |
//!   message:en | message:zh |` whose cells are written as `MARKDOWN` writes them
//!   (`codetable_pipeline::markdown::push_cell`: `\|`, `&#10;` for a line break), so that `codes
//!   import` reads every character back: the English messages of `english/errmsg.sys`, and
//!   the Chinese of `chinese/errmsg.sys` where it differs from the English (`comp_err` writes a
//!   row's English message into a language's file where the language has none; such a cell is
//!   left empty).
//! - `errno`: Linux's error numbers as a Markdown table `| errno | name | message |`, from the
//!   `#define EPERM 1 /* Operation not permitted */` lines of the kernel's headers.
//! - `sqlstate`: PostgreSQL's SQLSTATE codes from its `errcodes.txt`, laid out as the
//!   appendix of its manual lays them out (`## Class 08 — Connection Exception`, then a
//!   table of the class's codes), with every field of each line: `| Error Code | Macro Name |
//!   Condition Name | Kind |` (`Kind` is `E`, `W` or `S`: error, warning, success; a code
//!   without a condition name has an empty cell). `seeds/fixtures/README.md` says where the
//!   file comes from; `seeds/src/sqlstate.rs` is what `codes import` makes of the page.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [kind, header, messages] if kind == "mariadb" => mariadb(header, messages),
        [kind, header, english, chinese] if kind == "mariadb-zh" => {
            mariadb_zh(header, english, chinese)
        }
        [kind, files @ ..] if kind == "errno" && !files.is_empty() => errno(files),
        [kind, errcodes] if kind == "sqlstate" => sqlstate(errcodes),
        _ => Err(
            "usage: documents mariadb MYSQLD_ERROR_H ERRMSG_SYS | documents mariadb-zh \
             MYSQLD_ERROR_H ENGLISH_ERRMSG_SYS CHINESE_ERRMSG_SYS | documents errno HEADER... \
             | documents sqlstate ERRCODES_TXT"
                .to_owned(),
        ),
    };
    match result {
        Ok(document) => {
            print!("{document}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("documents: {error}");
            ExitCode::from(2)
        }
    }
}

fn read(path: &str) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|error| format!("cannot read {path}: {error}"))
}

/// `#define NAME NUMBER` lines of a C header: number → names, in the header's order.
fn defines(header: &str) -> BTreeMap<i64, Vec<String>> {
    let mut names: BTreeMap<i64, Vec<String>> = BTreeMap::new();
    for line in header.lines() {
        let mut words = line.split_whitespace();
        if words.next() != Some("#define") {
            continue;
        }
        let (Some(name), Some(number)) = (words.next(), words.next()) else {
            continue;
        };
        if let Ok(number) = number.parse() {
            names.entry(number).or_default().push(name.to_owned());
        }
    }
    names
}

/// MariaDB's errors as `CODE NAME message` lines.
fn mariadb(header: &str, messages: &str) -> Result<String, String> {
    let mut out = String::from("# MariaDB server errors\n\n");
    for (code, name, message) in named_messages(header, messages)? {
        let _ = writeln!(out, "{code} {name} {message}");
    }
    Ok(out)
}

/// MariaDB's errors in English and Chinese, as a Markdown table of `MARKDOWN`'s cells.
fn mariadb_zh(header: &str, english: &str, chinese: &str) -> Result<String, String> {
    let chinese: BTreeMap<i64, String> = errmsg_sys(&read(chinese)?)?.into_iter().collect();
    let mut out = String::from(
        "# MariaDB server errors, in English and Chinese\n\n\
         | code | name | message:en | message:zh |\n|---:|---|---|---|\n",
    );
    for (code, name, message) in named_messages(header, english)? {
        let _ = write!(out, "| {code} | {name} | ");
        codetable_pipeline::markdown::push_cell(&mut out, &message);
        out.push_str(" | ");
        if let Some(translation) = chinese.get(&code).filter(|text| **text != message) {
            codetable_pipeline::markdown::push_cell(&mut out, translation);
        }
        out.push_str(" |\n");
    }
    Ok(out)
}

/// The errors of an `errmsg.sys` that have both a name in the header (its first, past the
/// markers of its sections' bounds) and a message: (code, name, message), in code order.
fn named_messages(header: &str, messages: &str) -> Result<Vec<(i64, String, String)>, String> {
    let header = String::from_utf8(read(header)?).map_err(|error| error.to_string())?;
    let names = defines(&header);
    let mut named = Vec::new();
    for (code, message) in errmsg_sys(&read(messages)?)? {
        let name = names.get(&code).and_then(|names| {
            names.iter().find(|name| {
                !name.starts_with("ER_ERROR_FIRST") && !name.starts_with("ER_ERROR_LAST")
            })
        });
        let (Some(name), false) = (name, message.is_empty()) else {
            continue;
        };
        named.push((code, name.clone(), message));
    }
    Ok(named)
}

/// The messages of a MariaDB `errmsg.sys` (format 2.5, as `comp_err` writes it): code →
/// message, in code order.
///
/// A 32-byte header (`FE FE 02 05`; the texts' length as a u32 at 6; the number of messages
/// as a u16 at 12 and of sections at 14), then each section's number of messages (u16; the
/// sections start at codes 1000, 2000, 3000, ...), then 2 bytes per message (their lengths,
/// not needed here), then the texts, each ended by a NUL, in code order.
fn errmsg_sys(data: &[u8]) -> Result<Vec<(i64, String)>, String> {
    let u16_at = |at: usize| -> Result<usize, String> {
        data.get(at..at + 2)
            .map(|bytes| usize::from(u16::from_le_bytes([bytes[0], bytes[1]])))
            .ok_or_else(|| format!("errmsg.sys ends before byte {}", at + 2))
    };
    if data.get(..4) != Some(&[0xFE, 0xFE, 0x02, 0x05][..]) {
        return Err("not an errmsg.sys of format 2.5".to_owned());
    }
    let count = u16_at(12)?;
    let sections = u16_at(14)?;
    let mut at = 32;
    let mut codes = Vec::with_capacity(count);
    for section in 0..sections {
        let size = u16_at(at)?;
        at += 2;
        let first = 1000 * (section as i64 + 1);
        codes.extend((0..size as i64).map(|offset| first + offset));
    }
    if codes.len() != count {
        return Err(format!(
            "the sections hold {} messages where the header says {count}",
            codes.len()
        ));
    }
    at += 2 * count;
    let length = data
        .get(6..10)
        .map(|bytes| u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize)
        .ok_or("errmsg.sys ends in its header")?;
    let texts = data
        .get(at..at + length)
        .ok_or("errmsg.sys ends before its texts do")?;
    let texts: Vec<&[u8]> = texts.split(|&byte| byte == 0).collect();
    // The last NUL leaves an empty piece after it.
    if texts.len() != count + 1 {
        return Err(format!(
            "{} texts where the header says {count}",
            texts.len() - 1
        ));
    }
    let mut messages = Vec::with_capacity(count);
    for (code, text) in codes.into_iter().zip(texts) {
        let text = String::from_utf8(text.to_vec())
            .map_err(|error| format!("the message of {code}: {error}"))?;
        messages.push((code, text));
    }
    Ok(messages)
}

/// Linux's error numbers as a Markdown table.
fn errno(files: &[String]) -> Result<String, String> {
    let mut rows = Vec::new();
    for file in files {
        let text = String::from_utf8(read(file)?).map_err(|error| error.to_string())?;
        for line in text.lines() {
            // `#define	EPERM		 1	/* Operation not permitted */`
            let Some(rest) = line.strip_prefix("#define") else {
                continue;
            };
            let Some((definition, comment)) = rest.split_once("/*") else {
                continue;
            };
            let mut words = definition.split_whitespace();
            let (Some(name), Some(number)) = (words.next(), words.next()) else {
                continue;
            };
            let Ok(number) = number.parse::<i64>() else {
                continue; // an alias: `#define EWOULDBLOCK EAGAIN`
            };
            let message = comment.trim_end().trim_end_matches("*/").trim();
            rows.push((number, name.to_owned(), message.replace('|', "\\|")));
        }
    }
    let mut out =
        String::from("# Linux error numbers\n\n| errno | name | message |\n|---:|---|---|\n");
    for (number, name, message) in rows {
        let _ = writeln!(out, "| {number} | {name} | {message} |");
    }
    Ok(out)
}

/// PostgreSQL's SQLSTATE codes as its manual's appendix lays them out: a heading per
/// `Section: Class 08 - Connection Exception` line, written `## Class 08 — Connection
/// Exception` as the manual writes it, and a table of the class's codes, one per line
/// `SQLSTATE KIND ERRCODE_MACRO [condition_name]`. A line without a condition name whose code
/// another line gives with one (`34000 E ERRCODE_UNDEFINED_CURSOR` in class 42, beside class
/// 34's `ERRCODE_INVALID_CURSOR_NAME invalid_cursor_name`) is another macro name of that code:
/// it goes to an `## Aliases` table, `| alias | name |`, at the end.
fn sqlstate(errcodes: &str) -> Result<String, String> {
    let text = String::from_utf8(read(errcodes)?).map_err(|error| error.to_string())?;
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
        .collect();
    // The macro of each code that has a condition name.
    let mut named: BTreeMap<&str, &str> = BTreeMap::new();
    for (_, line) in &lines {
        if let [code, _, name, _] = line.split_whitespace().collect::<Vec<_>>()[..] {
            named.insert(code, name);
        }
    }
    let mut out = String::from("# PostgreSQL Error Codes\n");
    let mut aliases = Vec::new();
    let header = "\n| Error Code | Macro Name | Condition Name | Kind |\n|---|---|---|---|\n";
    for (index, line) in lines {
        if let Some(section) = line.strip_prefix("Section: ") {
            let (class, title) = section
                .split_once(" - ")
                .ok_or_else(|| format!("line {}: a section without ` - `", index + 1))?;
            let _ = write!(out, "\n## {class} — {title}\n{header}");
            continue;
        }
        let (code, kind, name, condition) = match line.split_whitespace().collect::<Vec<_>>()[..] {
            [code, kind, name] => (code, kind, name, ""),
            [code, kind, name, condition] => (code, kind, name, condition),
            _ => return Err(format!("line {}: {line:?}", index + 1)),
        };
        match named.get(code) {
            Some(row) if condition.is_empty() => aliases.push((name, *row)),
            _ => {
                let _ = writeln!(out, "| {code} | {name} | {condition} | {kind} |");
            }
        }
    }
    if !aliases.is_empty() {
        out.push_str("\n## Aliases\n\n| alias | name |\n|---|---|\n");
        for (alias, row) in aliases {
            let _ = writeln!(out, "| {alias} | {row} |");
        }
    }
    Ok(out)
}

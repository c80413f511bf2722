//! C headers: the `#define NAME VALUE` macros and `enum { NAME = VALUE, NAME, .. }`
//! enumerators of a header, parsed by tree-sitter's C grammar, as a table of codes.
//!
//! # Which names form the table
//! `--enum NAME` takes the enumerators of the C enum of that tag or typedef name, `--prefix P`
//! every macro and enumerator whose name starts with `P`; both may be given, and several
//! times. Without them the table is the largest family: the enum with the most enumerators,
//! or the macros with integer values whose names share their first word (`ERROR_`, `LDAP_`;
//! `E` for `EPERM`), whichever is larger; which is noted. The header's other macros and
//! enumerators are noted once, as one list. Both branches of `#if`/`#ifdef` blocks are read: a
//! name defined again with the same value is noted, with another value it is a problem (the
//! first is kept).
//!
//! # Values
//! Integer constant expressions over the header's names (`eval.rs` says what is read); a
//! function-like macro read is noted once. `#define ALIAS NAME` (and `ALIAS = NAME` in an enum)
//! naming a row of the table is an alias. An enumerator without a value is the one above plus
//! one. A value written in hex is written in hex; one written with names alone
//! (`HRESULT_FROM_WIN32(ERROR_INSUFFICIENT_BUFFER)`) is written in hex when the table's other
//! values are. A value that is a string or nothing is no code: the macro is skipped, and
//! listed; any other value the importer cannot evaluate is a problem at its line.
//!
//! # Messages
//! A row's message is its comment, verbatim but for the comment's marks: the comment on its
//! line (`/* .. */`, `// ..`, `/**< .. */`, `///< ..`), else a doxygen comment just above it
//! (`/** .. */`, `///` lines), a block's ` * ` margins taken off its later lines. A plain comment
//! on lines of its own above a row (`/* LCUP operation codes */`) is a heading of the rows
//! below, kept as a `// comment` above them; a row with no comment has no message. The enum's
//! doxygen comment is the table's doc.

pub mod eval;

use crate::import::model::{
    Alias, Comment, Document, DocumentTable, Item, Name, Quirk, Row, Unreadable, UnreadableKind,
};
use crate::import::Options;
use eval::{FunctionMacro, Scope, Value, Wrapper};
use std::collections::HashMap;
use tree_sitter::{Node, Parser};

/// Whether a text is C rather than Markdown: more of its lines are preprocessor directives and
/// `typedef`/`enum` lines than Markdown headings and table rows, and it has one at least.
pub fn looks_like_c(text: &str) -> bool {
    let (mut c, mut markdown) = (0usize, 0usize);
    for line in text.lines() {
        let line = line.trim_start();
        if let Some(rest) = line.strip_prefix('#') {
            let word = rest
                .trim_start()
                .split(|c: char| !c.is_ascii_alphabetic())
                .next();
            if word.is_some_and(|word| DIRECTIVES.contains(&word)) {
                c += 1;
            } else {
                markdown += 1;
            }
        } else if line.starts_with('|') {
            markdown += 1;
        } else if line.starts_with("typedef ") || line.starts_with("enum ") {
            c += 1;
        }
    }
    c > markdown
}

/// The preprocessor's directives, as a `#` line of C starts.
const DIRECTIVES: &[&str] = &[
    "define", "undef", "include", "if", "ifdef", "ifndef", "elif", "else", "endif", "pragma",
    "error", "warning", "line",
];

/// What a file's extension says it is: `Some(true)` for C (`.h`, `.c`), `Some(false)` for
/// Markdown or text, `None` for anything else.
pub fn named_as_c(path: &str) -> Option<bool> {
    let extension = path.rsplit_once('.')?.1.to_ascii_lowercase();
    match extension.as_str() {
        "h" | "c" | "hh" | "hpp" | "hxx" | "inc" => Some(true),
        "md" | "markdown" | "txt" | "text" => Some(false),
        _ => None,
    }
}

/// A comment of the header.
#[derive(Clone, Debug)]
struct CComment {
    line: usize,
    end_line: usize,
    start: usize,
    /// Whether it starts its line (only spaces or tabs before it).
    own_line: bool,
    /// Its text as written, marks included.
    raw: String,
}

impl CComment {
    /// A doxygen comment that documents what follows it: `/**`, `/*!`, `///`, `//!`.
    fn documents_below(&self) -> bool {
        ["/**", "/*!", "///", "//!"]
            .iter()
            .any(|mark| self.raw.starts_with(mark))
            && !self.points_back()
            && !self.raw.starts_with("/**/")
    }

    /// A doxygen comment that documents what comes before it: `/**<`, `///<`.
    fn points_back(&self) -> bool {
        ["/**<", "/*!<", "///<", "//!<"]
            .iter()
            .any(|mark| self.raw.starts_with(mark))
    }

    fn is_line_comment(&self) -> bool {
        self.raw.starts_with("//")
    }
}

/// A macro's or enumerator's value as written.
#[derive(Clone, Debug)]
enum Written {
    /// A macro's body (empty for `#define NAME`).
    Macro(String),
    /// An enumerator's value, `None` for one the enum counts on.
    Enumerator(Option<String>),
}

/// An object-like macro or an enumerator.
#[derive(Clone, Debug)]
struct Definition {
    name: String,
    line: usize,
    start: usize,
    written: Written,
    /// The enum it is an enumerator of.
    in_enum: Option<usize>,
}

/// A C enum with a body.
#[derive(Clone, Debug)]
struct CEnum {
    /// Its tag and typedef names.
    names: Vec<String>,
    line: usize,
    start: usize,
}

/// What a header holds, in document order.
#[derive(Default)]
struct Header {
    definitions: Vec<Definition>,
    functions: HashMap<String, FunctionMacro>,
    /// Names of the function-like macros, in document order.
    function_names: Vec<String>,
    comments: Vec<CComment>,
    enums: Vec<CEnum>,
}

/// The header's tables (see the module's docs).
pub fn document(text: &str, file: &str, options: &Options) -> Document {
    let header = read(text);
    let mut document = Document {
        file: file.to_owned(),
        ..Document::default()
    };
    let macros: HashMap<String, String> = {
        let mut macros = HashMap::new();
        for definition in &header.definitions {
            if let Written::Macro(body) = &definition.written {
                macros
                    .entry(definition.name.clone())
                    .or_insert_with(|| body.clone());
            }
        }
        macros
    };
    let mut scope = Scope::new(&macros, &header.functions);
    let values = values(&header, &mut scope);
    let Some(members) = select(&header, &values, options, &mut document) else {
        return document;
    };
    let lines: Vec<&str> = text.lines().collect();
    let table = Build {
        header: &header,
        values: &values,
        lines: &lines,
    }
    .table(&members, file, options, &mut document);
    wrappers(&header, &values, &members, &mut document);
    skipped(&header, &members, &mut document);
    document.tables.push(table);
    document
}

/// Notes, once each, the function-like macros the table's values read.
fn wrappers(
    header: &Header,
    values: &[Result<Value, String>],
    members: &[usize],
    document: &mut Document,
) {
    let mut noted: Vec<&(String, Wrapper)> = Vec::new();
    for &index in members {
        let Ok(value) = &values[index] else { continue };
        for wrapper in &value.wrappers {
            if noted.contains(&wrapper) {
                continue;
            }
            noted.push(wrapper);
            let (name, how) = wrapper;
            let how = match how {
                Wrapper::Defined(at) => format!(
                    "`{name}(..)` is read as its definition (line {at}), with its arguments"
                ),
                Wrapper::Undefined => {
                    format!("`{name}(..)` is not defined in the header: read as its argument")
                }
            };
            document.notes.push((header.definitions[index].line, how));
        }
    }
}

/// Every definition's value, by index: the enumerators in order, each counting on from the
/// one above.
fn values(header: &Header, scope: &mut Scope<'_>) -> Vec<Result<Value, String>> {
    let mut values = Vec::with_capacity(header.definitions.len());
    let mut seen = std::collections::HashSet::new();
    let mut previous: Option<(usize, Result<i128, String>)> = None;
    for definition in &header.definitions {
        let value = match &definition.written {
            Written::Macro(body) if body.trim().is_empty() => Err("it has no value".to_owned()),
            // A name's first definition is the one its uses read; another is read on its own.
            Written::Macro(body) if seen.contains(&definition.name) => {
                scope.value(body, definition.line)
            }
            Written::Macro(_) => scope.macro_value(&definition.name, definition.line),
            Written::Enumerator(Some(text)) => scope.value(text, definition.line),
            Written::Enumerator(None) => match &previous {
                Some((in_enum, Ok(above))) if Some(*in_enum) == definition.in_enum => Ok(Value {
                    value: above + 1,
                    hex: None,
                    computed: true,
                    wrappers: Vec::new(),
                }),
                Some((in_enum, Err(_))) if Some(*in_enum) == definition.in_enum => {
                    Err("the enumerator above has no value to count on from".to_owned())
                }
                _ => Ok(Value {
                    value: 0,
                    hex: None,
                    computed: true,
                    wrappers: Vec::new(),
                }),
            },
        };
        seen.insert(definition.name.clone());
        if let Some(in_enum) = definition.in_enum {
            if let Ok(value) = &value {
                scope
                    .enumerators
                    .entry(definition.name.clone())
                    .or_insert(value.value);
            }
            previous = Some((
                in_enum,
                value
                    .as_ref()
                    .map(|value| value.value)
                    .map_err(Clone::clone),
            ));
        }
        values.push(value);
    }
    values
}

/// Whether a value is no code at all (a string, nothing), rather than one not read.
fn is_no_code(written: &Written, value: &Result<Value, String>) -> bool {
    match (written, value) {
        (Written::Macro(body), Err(_)) => {
            let body = body.trim();
            body.is_empty() || body.starts_with('"') || body.starts_with("L\"")
        }
        _ => false,
    }
}

/// The indexes of the definitions that form the table, or `None` (with the problem said)
/// when nothing does.
fn select(
    header: &Header,
    values: &[Result<Value, String>],
    options: &Options,
    document: &mut Document,
) -> Option<Vec<usize>> {
    let definitions = &header.definitions;
    if !options.prefixes.is_empty() || !options.enums.is_empty() {
        for wanted in &options.enums {
            if !header.enums.iter().any(|each| each.names.contains(wanted)) {
                let known: Vec<String> = header
                    .enums
                    .iter()
                    .filter_map(|each| each.names.last())
                    .map(|name| format!("`{name}`"))
                    .collect();
                let known = if known.is_empty() {
                    "it has none".to_owned()
                } else {
                    format!("its enums: {}", known.join(", "))
                };
                document.problems.push((
                    1,
                    format!("`--enum {wanted}` names no enum of the header ({known})"),
                ));
            }
        }
        for prefix in &options.prefixes {
            if !definitions
                .iter()
                .any(|each| each.name.starts_with(prefix.as_str()))
            {
                document.problems.push((
                    1,
                    format!(
                        "`--prefix {prefix}`: no macro or enumerator of the header starts with it"
                    ),
                ));
            }
        }
        let chosen: Vec<usize> = (0..definitions.len())
            .filter(|&index| {
                let definition = &definitions[index];
                let in_enum = definition.in_enum.is_some_and(|at| {
                    header.enums[at]
                        .names
                        .iter()
                        .any(|name| options.enums.contains(name))
                });
                in_enum
                    || options
                        .prefixes
                        .iter()
                        .any(|prefix| definition.name.starts_with(prefix.as_str()))
            })
            .collect();
        return (!chosen.is_empty()).then_some(chosen);
    }
    // The largest family: an enum, or the integer macros of one first word.
    let mut families: Vec<(String, Vec<usize>)> = Vec::new();
    for (at, each) in header.enums.iter().enumerate() {
        let members: Vec<usize> = (0..definitions.len())
            .filter(|&index| definitions[index].in_enum == Some(at))
            .collect();
        let name = each
            .names
            .last()
            .cloned()
            .unwrap_or_else(|| "(anonymous)".to_owned());
        families.push((format!("the enumerators of enum `{name}`"), members));
    }
    let mut by_word: Vec<(String, Vec<usize>)> = Vec::new();
    for (index, definition) in definitions.iter().enumerate() {
        let integer = values[index].is_ok() || is_alias_body(&definition.written);
        if definition.in_enum.is_some() || !integer {
            continue;
        }
        let word = first_word(&definition.name);
        match by_word.iter_mut().find(|(each, _)| *each == word) {
            Some((_, members)) => members.push(index),
            None => by_word.push((word.to_owned(), vec![index])),
        }
    }
    for (_, members) in by_word {
        let names: Vec<&str> = members
            .iter()
            .map(|&index| definitions[index].name.as_str())
            .collect();
        let prefix = common_prefix(&names);
        families.push((format!("the macros named `{prefix}…`"), members));
    }
    let mut best: Option<(String, Vec<usize>)> = None;
    for family in families {
        if best
            .as_ref()
            .is_none_or(|(_, members)| family.1.len() > members.len())
        {
            best = Some(family);
        }
    }
    let Some((what, members)) = best.filter(|(_, members)| !members.is_empty()) else {
        document.problems.push((
            1,
            "no table of codes found: the header defines no macro with an integer value, and no \
             enum"
                .to_owned(),
        ));
        return None;
    };
    let line = definitions[members[0]].line;
    document.notes.push((
        line,
        format!(
            "the table is {what} ({} of them), the largest family of the header (an enum, or \
             macros sharing a prefix); `--prefix` or `--enum` choose another",
            members.len()
        ),
    ));
    Some(members)
}

/// A name's first word, which its family shares: up to its first `_` past any leading ones
/// (`ERROR_`, `__MINGW_`), else its first letter (`E` of `EPERM`).
fn first_word(name: &str) -> &str {
    let start = name.len() - name.trim_start_matches('_').len();
    match name[start..].find('_') {
        Some(at) if at > 0 => &name[..start + at + 1],
        _ => {
            let first = name[start..].chars().next().map_or(0, char::len_utf8);
            &name[..start + first]
        }
    }
}

/// The longest prefix all names share.
fn common_prefix<'a>(names: &[&'a str]) -> &'a str {
    let Some((first, rest)) = names.split_first() else {
        return "";
    };
    let mut length = first.len();
    for name in rest {
        length = first
            .bytes()
            .zip(name.bytes())
            .take(length)
            .take_while(|(a, b)| a == b)
            .count();
    }
    &first[..length]
}

/// Whether a macro's body is one name: `#define ALIAS NAME`.
fn is_alias_body(written: &Written) -> bool {
    let body = match written {
        Written::Macro(body) => body.trim(),
        Written::Enumerator(Some(value)) => value.trim(),
        Written::Enumerator(None) => return false,
    };
    !body.is_empty()
        && !body.starts_with(|c: char| c.is_ascii_digit())
        && body.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Notes, once, the header's macros and enumerators that are not in the table.
fn skipped(header: &Header, members: &[usize], document: &mut Document) {
    let mut names: Vec<&str> = Vec::new();
    for (index, definition) in header.definitions.iter().enumerate() {
        if !members.contains(&index) && !names.contains(&definition.name.as_str()) {
            names.push(&definition.name);
        }
    }
    for name in &header.function_names {
        if !names.contains(&name.as_str()) {
            names.push(name);
        }
    }
    if names.is_empty() {
        return;
    }
    const LISTED: usize = 12;
    let listed = if names.len() <= LISTED {
        names
            .iter()
            .map(|name| format!("`{name}`"))
            .collect::<Vec<_>>()
            .join(", ")
    } else {
        let mut words: Vec<(&str, usize)> = Vec::new();
        for name in &names {
            let word = first_word(name);
            match words.iter_mut().find(|(each, _)| *each == word) {
                Some((_, count)) => *count += 1,
                None => words.push((word, 1)),
            }
        }
        words.sort_by_key(|&(_, count)| std::cmp::Reverse(count));
        let shown: Vec<String> = words
            .iter()
            .take(LISTED)
            .map(|(word, count)| format!("`{word}…` ({count})"))
            .collect();
        let rest: usize = words.iter().skip(LISTED).map(|(_, count)| count).sum();
        if rest > 0 {
            format!("{}, and {rest} others", shown.join(", "))
        } else {
            shown.join(", ")
        }
    };
    let what = if names.len() == 1 {
        "macro or enumerator"
    } else {
        "macros and enumerators"
    };
    document.notes.push((
        1,
        format!(
            "skipped, as not in the table: the header's {} other {what}: {listed}",
            names.len()
        ),
    ));
}

/// Builds the table of the chosen definitions.
struct Build<'a> {
    header: &'a Header,
    values: &'a [Result<Value, String>],
    lines: &'a [&'a str],
}

impl Build<'_> {
    fn table(
        &self,
        members: &[usize],
        file: &str,
        options: &Options,
        document: &mut Document,
    ) -> DocumentTable {
        let definitions = &self.header.definitions;
        let messages = self.messages();
        let headings = self.headings(members);
        let enums: Vec<usize> = {
            let mut enums: Vec<usize> = members
                .iter()
                .filter_map(|&index| definitions[index].in_enum)
                .collect();
            enums.dedup();
            enums
        };
        let mut items: Vec<Item> = Vec::new();
        // Rows by name: (item index, value, line).
        let mut rows: HashMap<String, (usize, i128, usize)> = HashMap::new();
        let member_names: Vec<&str> = members
            .iter()
            .map(|&index| definitions[index].name.as_str())
            .collect();
        for &index in members {
            let definition = &definitions[index];
            if let Some(text) = headings.get(&index) {
                items.push(Item::Comment(Comment {
                    line: definition.line,
                    text: text.clone(),
                }));
            }
            let message = messages.get(&index).cloned();
            let value = &self.values[index];
            if let Some(&(at, first, first_line)) = rows.get(&definition.name) {
                match value {
                    Ok(value) if value.value == first => document.notes.push((
                        definition.line,
                        format!(
                            "`{}` is defined again with the same value (line {first_line}): one row",
                            definition.name
                        ),
                    )),
                    _ => {
                        if let Some(Item::Row(row)) = items.get_mut(at) {
                            row.quirks.push(Quirk::Redefined {
                                line: definition.line,
                                value: match value {
                                    Ok(value) => value.value.to_string(),
                                    Err(why) => format!("a value not read ({why})"),
                                },
                            });
                        }
                    }
                }
                continue;
            }
            let target = alias_target(&definition.written)
                .filter(|target| *target != definition.name && member_names.contains(target));
            if let Some(target) = target {
                items.push(Item::Alias(Alias {
                    line: definition.line,
                    name: definition.name.clone(),
                    of: self.row_of(target, members),
                    doc: message,
                    fixmes: Vec::new(),
                }));
                continue;
            }
            match value {
                Ok(value) => {
                    rows.insert(
                        definition.name.clone(),
                        (items.len(), value.value, definition.line),
                    );
                    let name = Name::Given(definition.name.clone());
                    items.push(Item::Row(Row {
                        hex: value.hex.clone(),
                        message: message.unwrap_or_default(),
                        ..Row::new(definition.line, value.value, name)
                    }));
                }
                Err(_) if is_no_code(&definition.written, value) => {}
                Err(why) => items.push(Item::Unreadable(Unreadable {
                    line: definition.line,
                    text: self.line_text(definition.line),
                    code: match &definition.written {
                        Written::Macro(body) => body.trim().to_owned(),
                        Written::Enumerator(value) => value.clone().unwrap_or_default(),
                    },
                    kind: UnreadableKind::Value,
                    why: Some(why.clone()),
                })),
            }
        }
        self.no_codes(members, document);
        computed_in_hex(&mut items, members, self.values);
        let title = (enums.len() == 1).then(|| &self.header.enums[enums[0]]);
        let name = options
            .name
            .clone()
            .or_else(|| {
                title
                    .and_then(|each| each.names.last())
                    .map(|name| heck::ToUpperCamelCase::to_upper_camel_case(name.as_str()))
                    .filter(|name| crate::import::recognize::text::is_ident(name))
            })
            .or_else(|| crate::import::recognize::file_name(file))
            .unwrap_or_else(|| "Codes".to_owned());
        let line = title.map_or_else(
            || members.first().map_or(1, |&index| definitions[index].line),
            |each| each.line,
        );
        DocumentTable {
            name,
            heading: title.and_then(|each| self.doc_above(each.start, each.line)),
            line,
            items,
            ..DocumentTable::default()
        }
    }

    /// Notes the chosen macros that are no code (a string, nothing).
    fn no_codes(&self, members: &[usize], document: &mut Document) {
        let definitions = &self.header.definitions;
        let none: Vec<String> = members
            .iter()
            .filter(|&&index| is_no_code(&definitions[index].written, &self.values[index]))
            .map(|&index| format!("`{}`", definitions[index].name))
            .collect();
        if let Some(&first) = members
            .iter()
            .find(|&&index| is_no_code(&definitions[index].written, &self.values[index]))
        {
            document.notes.push((
                definitions[first].line,
                format!(
                    "skipped, as no integer (a string, or no value): {}",
                    none.join(", ")
                ),
            ));
        }
    }

    /// The row an alias's target names: the target, or the row it is itself an alias of.
    fn row_of(&self, target: &str, members: &[usize]) -> String {
        let definitions = &self.header.definitions;
        let mut name = target.to_owned();
        for _ in 0..members.len() {
            let next = members
                .iter()
                .map(|&index| &definitions[index])
                .find(|definition| definition.name == name)
                .and_then(|definition| alias_target(&definition.written))
                .filter(|next| {
                    members
                        .iter()
                        .any(|&index| definitions[index].name == *next)
                });
            match next {
                Some(next) if next != name => name = next.to_owned(),
                _ => break,
            }
        }
        name
    }

    fn line_text(&self, line: usize) -> String {
        self.lines
            .get(line.wrapping_sub(1))
            .map_or_else(String::new, |text| text.trim().to_owned())
    }

    /// Each definition's message, by index (see the module's docs).
    fn messages(&self) -> HashMap<usize, String> {
        let definitions = &self.header.definitions;
        let mut messages = HashMap::new();
        for comment in &self.header.comments {
            if comment.own_line {
                continue;
            }
            // The comment on a line is the message of the last definition before it there.
            let owner = definitions
                .iter()
                .enumerate()
                .filter(|(_, each)| each.line == comment.line && each.start < comment.start)
                .max_by_key(|(_, each)| each.start)
                .map(|(index, _)| index);
            if let Some(owner) = owner {
                messages
                    .entry(owner)
                    .or_insert_with(|| comment_text(&comment.raw));
            }
        }
        for (index, definition) in definitions.iter().enumerate() {
            if messages.contains_key(&index) {
                continue;
            }
            if let Some(doc) = self.doc_above(definition.start, definition.line) {
                messages.insert(index, doc);
            }
        }
        messages.retain(|_, text| !text.is_empty());
        messages
    }

    /// The doxygen comment that ends on the line above `line`, before `start`: `/** .. */`, or
    /// `///` lines.
    fn doc_above(&self, start: usize, line: usize) -> Option<String> {
        let comments = &self.header.comments;
        let last = comments
            .iter()
            .rposition(|comment| comment.start < start && comment.own_line)?;
        let comment = &comments[last];
        if comment.end_line + 1 != line || !comment.documents_below() {
            return None;
        }
        if !comment.is_line_comment() {
            return Some(comment_text(&comment.raw));
        }
        // `///` lines, each a comment of its own, as one.
        let mut first = last;
        while first > 0 {
            let above = &comments[first - 1];
            if above.own_line
                && above.is_line_comment()
                && above.documents_below()
                && above.end_line + 1 == comments[first].line
            {
                first -= 1;
            } else {
                break;
            }
        }
        let text: Vec<String> = comments[first..=last]
            .iter()
            .map(|comment| comment_text(&comment.raw))
            .collect();
        Some(text.join("\n"))
    }

    /// The plain comments on lines of their own above a chosen definition, after the
    /// definition before it: headings of the rows below, by the definition's index.
    fn headings(&self, members: &[usize]) -> HashMap<usize, String> {
        let definitions = &self.header.definitions;
        let mut headings = HashMap::new();
        for comment in &self.header.comments {
            if !comment.own_line || comment.documents_below() || comment.points_back() {
                continue;
            }
            let next = definitions
                .iter()
                .position(|each| each.start > comment.start);
            let Some(next) = next.filter(|next| members.contains(next)) else {
                continue;
            };
            let text = comment_text(&comment.raw);
            if text.is_empty() {
                continue;
            }
            let heading: &mut String = headings.entry(next).or_default();
            if !heading.is_empty() {
                heading.push('\n');
            }
            heading.push_str(&text);
        }
        headings
    }
}

/// The name an alias's value is: `#define ALIAS NAME`, `ALIAS = NAME`.
fn alias_target(written: &Written) -> Option<&str> {
    is_alias_body(written).then(|| match written {
        Written::Macro(body) => body.trim(),
        Written::Enumerator(value) => value.as_deref().unwrap_or("").trim(),
    })
}

/// Rows whose values are written with names alone, in hex when every row written with a literal
/// is written in hex.
fn computed_in_hex(items: &mut [Item], members: &[usize], values: &[Result<Value, String>]) {
    let written: Vec<&Value> = members
        .iter()
        .filter_map(|&index| values[index].as_ref().ok())
        .filter(|value| !value.computed)
        .collect();
    if written.is_empty() || written.iter().any(|value| value.hex.is_none()) {
        return;
    }
    for item in items {
        if let Item::Row(row) = item {
            if row.hex.is_none() {
                row.hex = Some(eval::hex(row.code));
            }
        }
    }
}

/// A comment's text without its marks: `/*`, `*/`, a doxygen `*`, `!` or `<`, `//`; a block's
/// later lines without their indentation and ` * ` margin; the ends trimmed.
pub fn comment_text(raw: &str) -> String {
    let (inner, block) = match raw.strip_prefix("/*") {
        Some(rest) => (rest.strip_suffix("*/").unwrap_or(rest), true),
        None => (raw.strip_prefix("//").unwrap_or(raw), false),
    };
    let inner = inner
        .strip_prefix(if block { '*' } else { '/' })
        .or_else(|| inner.strip_prefix('!'))
        .unwrap_or(inner);
    let inner = inner.strip_prefix('<').unwrap_or(inner);
    let lines: Vec<&str> = inner
        .split('\n')
        .enumerate()
        .map(|(index, line)| {
            let line = line.strip_suffix('\r').unwrap_or(line);
            if index == 0 {
                return line;
            }
            let line = line.trim_start_matches([' ', '\t']);
            match line.strip_prefix('*') {
                Some(rest) if !rest.starts_with('/') => rest.strip_prefix(' ').unwrap_or(rest),
                _ => line,
            }
        })
        .collect();
    lines.join("\n").trim().to_owned()
}

/// Reads a header's definitions, enums and comments with tree-sitter.
fn read(text: &str) -> Header {
    let mut parser = Parser::new();
    parser
        .set_language(&tree_sitter_c::LANGUAGE.into())
        .expect("tree-sitter-c matches tree-sitter's ABI");
    let mut header = Header::default();
    if let Some(tree) = parser.parse(text, None) {
        walk(tree.root_node(), text, None, &mut header);
    }
    header.comments.sort_by_key(|comment| comment.start);
    header
}

fn line_of(node: Node<'_>) -> usize {
    node.start_position().row + 1
}

fn walk(node: Node<'_>, text: &str, in_enum: Option<usize>, header: &mut Header) {
    let source = text.as_bytes();
    let field = |name: &str| {
        node.child_by_field_name(name)
            .and_then(|child| child.utf8_text(source).ok())
            .map(str::to_owned)
    };
    // A comment after a macro's body is a child of the macro's node.
    let comments_within = |header: &mut Header| {
        let mut cursor = node.walk();
        for child in node.children(&mut cursor) {
            if child.kind() == "comment" {
                walk(child, text, in_enum, header);
            }
        }
    };
    match node.kind() {
        "comment" => {
            let before = &text[..node.start_byte()];
            let line_start = before.rfind('\n').map_or(0, |at| at + 1);
            header.comments.push(CComment {
                line: line_of(node),
                end_line: node.end_position().row + 1,
                start: node.start_byte(),
                own_line: before[line_start..].trim_matches([' ', '\t']).is_empty(),
                raw: node.utf8_text(source).unwrap_or("").to_owned(),
            });
            return;
        }
        "preproc_def" => {
            let Some(name) = field("name") else { return };
            let value = node.child_by_field_name("value");
            let body = value
                .and_then(|value| value.utf8_text(source).ok())
                .unwrap_or("");
            // tree-sitter keeps a `//` comment in the macro's body.
            let (body, comment) = split_line_comment(body);
            if let (Some(comment), Some(value)) = (comment, value) {
                header.comments.push(CComment {
                    line: line_of(value),
                    end_line: line_of(value),
                    start: value.start_byte() + body.len(),
                    own_line: false,
                    raw: comment.to_owned(),
                });
            }
            header.definitions.push(Definition {
                name,
                line: line_of(node),
                start: node.start_byte(),
                written: Written::Macro(body.trim().to_owned()),
                in_enum: None,
            });
            comments_within(header);
            return;
        }
        "preproc_function_def" => {
            let Some(name) = field("name") else { return };
            let params = node
                .child_by_field_name("parameters")
                .map(|list| {
                    let mut cursor = list.walk();
                    list.named_children(&mut cursor)
                        .filter_map(|param| param.utf8_text(source).ok())
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default();
            let body = field("value").unwrap_or_default();
            let (body, _) = split_line_comment(&body);
            let definition = FunctionMacro {
                params,
                body: body.trim().to_owned(),
                line: line_of(node),
            };
            if !header.functions.contains_key(&name) {
                header.function_names.push(name.clone());
            }
            header.functions.entry(name).or_insert(definition);
            comments_within(header);
            return;
        }
        "enum_specifier" if node.child_by_field_name("body").is_some() => {
            let mut names: Vec<String> = field("name").into_iter().collect();
            // `typedef enum {..} name;`, or `enum {..} name;` where a macro before `typedef`
            // (`GIT_BEGIN_DECL`) made tree-sitter read a declaration.
            let declared =
                |parent: &Node<'_>| matches!(parent.kind(), "type_definition" | "declaration");
            if let Some(parent) = node.parent().filter(declared) {
                let mut cursor = parent.walk();
                for declarator in parent.children_by_field_name("declarator", &mut cursor) {
                    if let Ok(name) = declarator.utf8_text(source) {
                        names.push(name.to_owned());
                    }
                }
            }
            let start = node.parent().filter(declared).unwrap_or(node);
            header.enums.push(CEnum {
                names,
                line: line_of(start),
                start: start.start_byte(),
            });
            let index = header.enums.len() - 1;
            let mut cursor = node.walk();
            for child in node.children(&mut cursor) {
                walk(child, text, Some(index), header);
            }
            return;
        }
        "enumerator" => {
            if let Some(name) = field("name") {
                header.definitions.push(Definition {
                    name,
                    line: line_of(node),
                    start: node.start_byte(),
                    written: Written::Enumerator(field("value")),
                    in_enum,
                });
            }
            return;
        }
        _ => {}
    }
    let mut cursor = node.walk();
    for child in node.children(&mut cursor) {
        walk(child, text, in_enum, header);
    }
}

/// A macro's body and the `//` comment after it, if any (outside strings and characters).
fn split_line_comment(body: &str) -> (&str, Option<&str>) {
    let bytes = body.as_bytes();
    let mut quote: Option<u8> = None;
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        match quote {
            Some(_) if byte == b'\\' => index += 1,
            Some(open) if byte == open => quote = None,
            Some(_) => {}
            None if byte == b'"' || byte == b'\'' => quote = Some(byte),
            None if byte == b'/' && bytes.get(index + 1) == Some(&b'/') => {
                return (&body[..index], Some(body[index..].trim_end()));
            }
            None => {}
        }
        index += 1;
    }
    (body, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_without_their_marks() {
        assert_eq!(
            comment_text("/* Operation not permitted */"),
            "Operation not permitted"
        );
        assert_eq!(comment_text("/**< No error */"), "No error");
        assert_eq!(comment_text("///< Short"), "Short");
        assert_eq!(comment_text("// LDAPv3"), "LDAPv3");
        assert_eq!(
            comment_text("/**\n\t * GIT_EUSER is special\n\t * and long\n\t */"),
            "GIT_EUSER is special\nand long"
        );
        assert_eq!(
            comment_text("/* 9 a service was denied\n                 due to lack of access */"),
            "9 a service was denied\ndue to lack of access"
        );
        assert_eq!(comment_text("/**/"), "");
    }

    #[test]
    fn c_or_markdown() {
        assert!(looks_like_c(
            "#ifndef X\n#define X\n#define A 1 /* a */\n#endif\n"
        ));
        assert!(looks_like_c("typedef enum {\n  A = 1,\n} e;\n"));
        assert!(!looks_like_c(
            "# Errors\n\n| code | name |\n|---|---|\n| 1 | A |\n"
        ));
        assert!(!looks_like_c("1 E_ONE one\n2 E_TWO two\n"));
        assert_eq!(named_as_c("winerror.h"), Some(true));
        assert_eq!(named_as_c("errors.md"), Some(false));
        assert_eq!(named_as_c("errors"), None);
    }

    #[test]
    fn families() {
        assert_eq!(first_word("ERROR_SUCCESS"), "ERROR_");
        assert_eq!(first_word("EPERM"), "E");
        assert_eq!(first_word("__MINGW_X"), "__MINGW_");
        assert_eq!(common_prefix(&["LDAP_A", "LDAP_B", "LDAP_AB"]), "LDAP_");
        assert_eq!(
            split_line_comment("0x0a // LDAPv3"),
            ("0x0a ", Some("// LDAPv3"))
        );
        assert_eq!(split_line_comment("\"a//b\""), ("\"a//b\"", None));
    }
}

//! Building a table from the content its plan gives it: rows with their columns' values and
//! their messages in the table's languages, sections and reserved ranges from its headings
//! (the rules are in the parent module's docs), aliases and retired names from their tables,
//! and the columns' types from their values.
//!
//! A table's languages are those of its first Markdown table with several, then any other
//! its later ones add. A row whose Markdown table gives its message in another language than
//! the table's first, and the table's first among its others, takes that one as its message.

use super::heading::{block, HeadingInfo};
use super::text;
use super::{Content, Entry, Node, Plan, Rows, Source};
use crate::import::model::{
    Column, ColumnType, Comment, DocumentTable, Item, Name, Reserved, Row, Scalar, Section,
    TableQuirk,
};
use codetable_pipeline::model::Repr;
use std::collections::HashSet;

/// The rows contents a plan takes: (node, content index).
fn contents(nodes: &[Node], plan: &Plan) -> Vec<(usize, usize)> {
    match &plan.source {
        Source::Flat(contents) => contents.clone(),
        Source::Node(root) => {
            let mut found = Vec::new();
            collect_contents(nodes, *root, &plan.skip, &mut found);
            found
        }
    }
}

fn collect_contents(nodes: &[Node], id: usize, skip: &[usize], found: &mut Vec<(usize, usize)>) {
    for (index, content) in nodes[id].content.iter().enumerate() {
        match content {
            Content::Rows { .. } | Content::Names(_) => found.push((id, index)),
            Content::Child(child) if !skip.contains(child) => {
                collect_contents(nodes, *child, skip, found)
            }
            _ => {}
        }
    }
}

fn rows_at(nodes: &[Node], (id, index): (usize, usize)) -> Option<&Rows> {
    match nodes.get(id)?.content.get(index)? {
        Content::Rows { rows, .. } => Some(rows),
        _ => None,
    }
}

/// Whether a content holds aliases or retired names.
fn has_names(nodes: &[Node], (id, index): (usize, usize)) -> bool {
    matches!(
        nodes.get(id).and_then(|node| node.content.get(index)),
        Some(Content::Names(items)) if !items.is_empty()
    )
}

/// A plan's table, its name still to be given; `None` when it has no rows.
pub(super) fn build(nodes: &[Node], plan: &Plan) -> Option<DocumentTable> {
    let contents = contents(nodes, plan);
    // The columns, in order of appearance.
    let mut columns: Vec<(String, String, usize)> = Vec::new();
    let mut languages: Vec<String> = Vec::new();
    let mut quirks: Vec<TableQuirk> = Vec::new();
    let mut codes: Vec<(i128, usize)> = Vec::new();
    // A table of integers when every code reads as one that keeps its text, else of strings.
    let mut text_codes = false;
    for &at in &contents {
        let Some(rows) = rows_at(nodes, at) else {
            continue;
        };
        for column in &rows.columns {
            if !columns.iter().any(|(name, ..)| *name == column.0) {
                columns.push(column.clone());
            }
        }
        for tag in &rows.languages {
            if !languages.contains(tag) {
                languages.push(tag.clone());
            }
        }
        quirks.extend(rows.quirks.iter().cloned());
        for entry in &rows.entries {
            if let Entry::Row(draft) = entry {
                codes.push((draft.row.code, at.0));
                text_codes |= !draft.code.integer;
            }
        }
    }
    let mut builder = Builder {
        nodes,
        columns: columns.iter().map(|(name, ..)| name.clone()).collect(),
        languages: languages.clone(),
        codes,
        text_codes,
        skip: &plan.skip,
        sections: 0,
        section_names: HashSet::new(),
    };
    let items = match &plan.source {
        Source::Node(root) => builder.scope(*root, None),
        Source::Flat(contents) => {
            let mut items = Vec::new();
            for &(id, index) in contents {
                match nodes.get(id).and_then(|node| node.content.get(index)) {
                    Some(Content::Rows { rows, .. }) => builder.rows(rows, &mut items),
                    Some(Content::Names(names)) => items.extend(names.iter().cloned()),
                    _ => {}
                }
            }
            items
        }
    };
    let mut table = DocumentTable {
        languages,
        columns: Vec::new(),
        items,
        quirks,
        ..DocumentTable::default()
    };
    let has_rows = !table.rows().is_empty();
    let has_unreadable = contents.iter().any(|&at| {
        rows_at(nodes, at).is_some_and(|rows| {
            rows.entries
                .iter()
                .any(|entry| matches!(entry, Entry::Unreadable(_)))
        })
    });
    // Aliases without rows make a table too: the macro says what is wrong with it.
    let names = contents.iter().any(|&at| has_names(nodes, at));
    if !has_rows && !has_unreadable && !names {
        return None;
    }
    let rows = table.rows();
    table.columns = columns
        .into_iter()
        .enumerate()
        .map(|(index, (name, header, line))| Column {
            name,
            header,
            ty: infer(rows.iter().map(|row| row.values[index].as_deref())),
            line,
            fixmes: Vec::new(),
        })
        .collect();
    Some(table)
}

/// The type that holds every value of a column.
fn infer<'a>(values: impl Iterator<Item = Option<&'a str>>) -> ColumnType {
    let mut optional = false;
    let (mut ints, mut floats, mut bools, mut any) = (true, true, true, false);
    let (mut low, mut high) = (0i128, 0i128);
    let mut fraction = false;
    for value in values {
        let Some(value) = value else {
            optional = true;
            continue;
        };
        any = true;
        match value.parse::<i128>() {
            Ok(number) if !value.starts_with('+') => {
                low = low.min(number);
                high = high.max(number);
            }
            _ => ints = false,
        }
        if is_float(value) {
            fraction |= value.contains(['.', 'e', 'E']);
        } else {
            floats = false;
        }
        bools &= value == "true" || value == "false";
    }
    let int_type = Repr::first_holding(
        [Repr::U8, Repr::U16, Repr::U32, Repr::I32, Repr::I64],
        low,
        high,
    );
    let scalar = match int_type {
        _ if !any => Scalar::Str,
        Some(repr) if ints => Scalar::Int(repr.name()),
        _ if floats && fraction => Scalar::Float("f64"),
        _ if bools => Scalar::Bool,
        _ => Scalar::Str,
    };
    ColumnType { scalar, optional }
}

/// Whether a value is a literal Rust reads as a float: `1.5`, `-2`, `1e5`, `2.5E-3`.
fn is_float(value: &str) -> bool {
    let digits = value.strip_prefix('-').unwrap_or(value);
    let (mantissa, exponent) = match digits.find(['e', 'E']) {
        Some(at) => (&digits[..at], Some(&digits[at + 1..])),
        None => (digits, None),
    };
    let (whole, fraction) = match mantissa.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (mantissa, None),
    };
    let all_digits = |text: &str| !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole)
        && fraction.is_none_or(all_digits)
        && exponent.is_none_or(|exponent| {
            all_digits(exponent.strip_prefix(['+', '-']).unwrap_or(exponent))
        })
}

struct Builder<'a> {
    nodes: &'a [Node],
    /// The table's column names, in order.
    columns: Vec<String>,
    /// The table's languages, by tag, the first that of the messages.
    languages: Vec<String>,
    /// Every code of the table, with the node it is under (integers only).
    codes: Vec<(i128, usize)>,
    /// The table's codes are strings: every row's code is its text, and headings state
    /// prefixes.
    text_codes: bool,
    skip: &'a [usize],
    /// How many sections the table has so far.
    sections: usize,
    section_names: HashSet<String>,
}

impl Builder<'_> {
    /// The items of a node, in a scope: a section's range, or the table's (`None`).
    fn scope(&mut self, id: usize, range: Option<(i128, i128)>) -> Vec<Item> {
        let mut items = Vec::new();
        let mut taken = Vec::new();
        self.content(id, range, &mut taken, &mut items);
        items
    }

    /// Adds the items of a node's content to a scope.
    fn content(
        &mut self,
        id: usize,
        range: Option<(i128, i128)>,
        taken: &mut Vec<(i128, i128)>,
        items: &mut Vec<Item>,
    ) {
        let nodes = self.nodes;
        for content in &nodes[id].content {
            match content {
                Content::Rows { rows, .. } => self.rows(rows, items),
                Content::Names(names) => items.extend(names.iter().cloned()),
                Content::Prose(_) => {}
                Content::Child(child) if !self.skip.contains(child) => {
                    self.heading(*child, range, taken, items)
                }
                Content::Child(_) => {}
            }
        }
    }

    fn rows(&self, rows: &Rows, items: &mut Vec<Item>) {
        for entry in &rows.entries {
            items.push(match entry {
                Entry::Row(draft) => {
                    let mut row = draft.row.clone();
                    if self.text_codes && row.text.is_none() {
                        // `22012` among `0A000`s: a string, as written.
                        row.text = Some(draft.code.text.clone());
                        (row.code, row.hex) = (0, None);
                    }
                    self.place_languages(&rows.languages, &mut row);
                    row.values = self
                        .columns
                        .iter()
                        .map(|column| {
                            draft
                                .values
                                .iter()
                                .find(|(name, _)| name == column)
                                .and_then(|(_, value)| value.clone())
                        })
                        .collect();
                    Item::Row(row)
                }
                Entry::Unreadable(unreadable) => Item::Unreadable(unreadable.clone()),
            });
        }
    }

    /// A row's messages in the table's languages: given in `given` (its Markdown table's, the
    /// message's first), as the row has them, placed in the table's (see the module's docs).
    fn place_languages(&self, given: &[String], row: &mut Row) {
        let others = self.languages.len().saturating_sub(1);
        let Some(message_tag) = given.first() else {
            row.translations = vec![None; others];
            return;
        };
        let mut texts: Vec<(&str, Option<String>)> =
            vec![(message_tag.as_str(), Some(row.message.clone()))];
        texts.extend(
            given[1..]
                .iter()
                .map(String::as_str)
                .zip(row.translations.iter().cloned()),
        );
        let text_in = |tag: &str| {
            texts
                .iter()
                .find(|(each, _)| *each == tag)
                .and_then(|(_, text)| text.clone())
        };
        let first = self
            .languages
            .first()
            .map_or(message_tag.as_str(), String::as_str);
        if let Some(message) = text_in(first) {
            row.message = message;
        }
        let message = row.message.clone();
        row.translations = self
            .languages
            .iter()
            .skip(1)
            .map(|tag| text_in(tag).filter(|text| *text != message || tag != message_tag))
            .collect();
    }

    /// Whether `node` is `ancestor` or under it.
    fn under(&self, mut node: usize, ancestor: usize) -> bool {
        loop {
            if node == ancestor {
                return true;
            }
            match self.nodes[node].parent {
                Some(parent) => node = parent,
                None => return false,
            }
        }
    }

    /// The prose under a heading, as a doc comment.
    fn prose(&self, id: usize) -> Option<String> {
        let paragraphs: Vec<&str> = self.nodes[id]
            .content
            .iter()
            .filter_map(|content| match content {
                Content::Prose(text) => Some(text.as_str()),
                _ => None,
            })
            .collect();
        (!paragraphs.is_empty()).then(|| paragraphs.join("\n\n"))
    }

    /// A subheading: a row, a reserved range, a section, or its rows under a comment.
    fn heading(
        &mut self,
        id: usize,
        scope: Option<(i128, i128)>,
        taken: &mut Vec<(i128, i128)>,
        items: &mut Vec<Item>,
    ) {
        let nodes = self.nodes;
        let Some(info) = nodes[id].heading.as_ref() else {
            return;
        };
        if self.text_codes {
            self.text_heading(id, info, items);
            return;
        }
        let own: Vec<i128> = self
            .codes
            .iter()
            .filter(|&&(_, node)| self.under(node, id))
            .map(|&(code, _)| code)
            .collect();
        let has_children = nodes[id]
            .content
            .iter()
            .any(|content| matches!(content, Content::Child(_) | Content::Rows { .. }));
        if let (Some(code), false) = (info.single, has_children) {
            items.push(Item::Row(self.heading_row(info, code, id)));
            return;
        }
        let span = own
            .iter()
            .min()
            .zip(own.iter().max())
            .map(|(&low, &high)| (low, high));
        let Some(range) = info.range.or_else(|| info.single.and_then(block)).or(span) else {
            self.uncategorized(id, info, scope, taken, items);
            return;
        };
        let contains = |code: i128| range.0 <= code && code <= range.1;
        let inside = scope.is_none_or(|(low, high)| low <= range.0 && range.1 <= high);
        let free = !taken
            .iter()
            .any(|&(low, high)| low <= range.1 && range.0 <= high);
        let foreign = self
            .codes
            .iter()
            .any(|&(code, node)| contains(code) && !self.under(node, id));
        if info.reserved {
            if inside && free && !foreign && own.is_empty() {
                taken.push(range);
                items.push(Item::Reserved(Reserved {
                    line: info.line,
                    range,
                    prefix: None,
                    message: info.reserved_message.clone(),
                    fixmes: Vec::new(),
                }));
                return;
            }
        } else if inside && free && !foreign && own.iter().all(|&code| contains(code)) {
            taken.push(range);
            self.sections += 1;
            let name = self.section_name(info);
            let inner = self.scope(id, Some(range));
            items.push(Item::Section(Section {
                line: info.line,
                name,
                message: info.message.clone(),
                range,
                prefix: None,
                doc: self.prose(id),
                items: inner,
                fixmes: Vec::new(),
            }));
            return;
        }
        self.uncategorized(id, info, scope, taken, items);
    }

    /// A subheading of a table of string codes: a heading stating a prefix is a section of the
    /// codes that start with it (a row that does not is the macro's error, at the row), or a
    /// reserved prefix; one stating a code in a code span with nothing under it, a row; any
    /// other, its items under a comment.
    fn text_heading(&mut self, id: usize, info: &HeadingInfo, items: &mut Vec<Item>) {
        let Some(prefix) = info.prefix.clone() else {
            self.uncategorized(id, info, None, &mut Vec::new(), items);
            return;
        };
        let has_children = self.nodes[id]
            .content
            .iter()
            .any(|content| matches!(content, Content::Child(_) | Content::Rows { .. }));
        if info.reserved {
            if has_children {
                self.uncategorized(id, info, None, &mut Vec::new(), items);
            } else {
                items.push(Item::Reserved(Reserved {
                    line: info.line,
                    range: (0, 0),
                    prefix: Some(prefix),
                    message: info.reserved_message.clone(),
                    fixmes: Vec::new(),
                }));
            }
            return;
        }
        if !has_children && !info.class && info.given_name.is_none() {
            let mut row = self.heading_row(info, 0, id);
            row.text = Some(prefix);
            items.push(Item::Row(row));
            return;
        }
        self.sections += 1;
        let name = self.section_name(info);
        let inner = self.scope(id, None);
        items.push(Item::Section(Section {
            line: info.line,
            name,
            message: info.message.clone(),
            range: (0, 0),
            prefix: Some(prefix),
            doc: self.prose(id),
            items: inner,
            fixmes: Vec::new(),
        }));
    }

    /// A heading that is no section: its items in the enclosing scope, under a comment.
    fn uncategorized(
        &mut self,
        id: usize,
        info: &HeadingInfo,
        scope: Option<(i128, i128)>,
        taken: &mut Vec<(i128, i128)>,
        items: &mut Vec<Item>,
    ) {
        let start = items.len();
        self.content(id, scope, taken, items);
        if items.len() > start {
            items.insert(
                start,
                Item::Comment(Comment {
                    line: info.line,
                    text: info.text.clone(),
                }),
            );
        }
    }

    /// A heading stating one code, with nothing under it: a row.
    fn heading_row(&self, info: &HeadingInfo, code: i128, id: usize) -> Row {
        let name_text = info.given_name.as_deref().unwrap_or(&info.name_text);
        let name = if name_text == "_" || name_text.is_empty() {
            Name::Nameless
        } else if text::name_like(name_text) {
            Name::Given(name_text.to_owned())
        } else if name_text.is_ascii() && !text::shouty(name_text).is_empty() {
            Name::Made {
                name: text::shouty(name_text),
                from: name_text.to_owned(),
            }
        } else {
            Name::Nameless
        };
        Row {
            message: info.message.clone(),
            translations: vec![None; self.languages.len().saturating_sub(1)],
            values: vec![None; self.columns.len()],
            doc: self.prose(id),
            ..Row::new(info.line, code, name)
        }
    }

    /// A section's name: given, else from the heading's ASCII words, else `Section{n}`; made
    /// unique with its number.
    fn section_name(&mut self, info: &HeadingInfo) -> String {
        let number = self.sections;
        // A remark in parentheses is no part of the name: `No Data (this is also a warning
        // class per the SQL standard)` is `NoData`.
        let name = info
            .given_name
            .clone()
            .or_else(|| text::camel_name(&text::without_parentheses(&info.name_text)))
            .or_else(|| text::camel_name(&info.name_text))
            // `Class 08` alone: `Class08`.
            .or_else(|| info.class.then(|| text::camel_name(&info.text)).flatten())
            .unwrap_or_else(|| format!("Section{number}"));
        let mut unique = name.clone();
        if self.section_names.contains(&unique) {
            unique = format!("{name}{number}");
        }
        while self.section_names.contains(&unique) {
            unique.push('_');
        }
        self.section_names.insert(unique.clone());
        unique
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two Markdown tables of one enum, the second with its languages the other way round:
    /// its rows' messages are in the table's first language all the same.
    #[test]
    fn languages_placed_in_the_tables_order() {
        let text = "| code | 中文 | English |\n|---|---|---|\n| 1 | 未找到 | not found |\n\n\
                    | code | message | 中文 |\n|---|---|---|\n| 2 | busy | 忙 |\n| 3 | only english | |\n\n\
                    4 E_LINE 一行\n";
        let document = crate::import::document(text, "e.md", &crate::import::Options::default());
        let table = &document.tables[0];
        assert_eq!(table.languages, ["zh", "en"]);
        let rows: Vec<(&str, Vec<Option<&str>>)> = table
            .rows()
            .iter()
            .map(|row| {
                let translations = row.translations.iter().map(Option::as_deref).collect();
                (row.message.as_str(), translations)
            })
            .collect();
        assert_eq!(
            rows,
            [
                ("未找到", vec![Some("not found")]),
                ("忙", vec![Some("busy")]),
                // No Chinese: the English stays the message, and is no translation too.
                ("only english", vec![None]),
                ("一行", vec![None]),
            ]
        );
    }

    #[test]
    fn types() {
        let ty = |values: &[Option<&str>]| infer(values.iter().copied());
        let int = |name| Scalar::Int(name);
        assert_eq!(ty(&[Some("200"), Some("404")]).scalar, int("u16"));
        assert_eq!(ty(&[Some("200"), Some("4")]).scalar, int("u8"));
        assert_eq!(ty(&[Some("-1"), Some("4")]).scalar, int("i32"));
        assert_eq!(ty(&[Some("70000")]).scalar, int("u32"));
        assert_eq!(ty(&[Some("-3000000000")]).scalar, int("i64"));
        assert_eq!(ty(&[Some("1.5"), Some("2")]).scalar, Scalar::Float("f64"));
        assert_eq!(ty(&[Some("true"), None]).scalar, Scalar::Bool);
        assert!(ty(&[Some("true"), None]).optional);
        assert_eq!(ty(&[Some("x"), Some("1")]).scalar, Scalar::Str);
        assert_eq!(ty(&[None]).scalar, Scalar::Str);
        assert!(!is_float("1."));
        assert!(is_float("2.5E-3"));
    }
}

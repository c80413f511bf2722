//! Reading: a document's Markdown, parsed by pulldown-cmark (with GFM tables), as blocks with
//! their line numbers: headings, tables with their rows, and the lines of paragraphs and list
//! items. Code blocks and HTML blocks are skipped.
//!
//! A table row's own source line is looked at too, for what GFM hides: it drops the cells a
//! row has beyond its header's (seed 003's 31079 row has two of them) and splits a cell at
//! every `|`, even in a spreadsheet's quoted cell (seed 004's `"匹配跨域规则失败|可能 Origin|
//! ..."`). A cell quoted with `"` that holds `|` is joined back into one cell; a row that still
//! has more cells than its header keeps the extra ones joined into its last cell, and says so.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// A block of a document, in document order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A heading, `## text`.
    Heading(Heading),
    /// A Markdown table.
    Table(Table),
    /// One line of a paragraph or list item.
    Line(Line),
}

/// A piece of inline text: plain text, or the content of a code span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    /// Text, Markdown escapes and emphasis marks removed.
    Text(String),
    /// The content of a code span, without its backticks.
    Code(String),
}

/// A heading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Heading {
    /// The heading's line.
    pub line: usize,
    /// Its level, 1 for `#` to 6 for `######`.
    pub level: usize,
    /// Its text, with code spans apart (`` `21000` File Error ``).
    pub inlines: Vec<Inline>,
}

/// A Markdown table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// The line of its header row.
    pub line: usize,
    /// The header's cells, trimmed.
    pub header: Vec<String>,
    /// Its rows, below the delimiter row.
    pub rows: Vec<TableRow>,
}

/// A row of a Markdown table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableRow {
    /// The row's line.
    pub line: usize,
    /// Its cells, trimmed, exactly as many as the header has: extra cells are joined into the
    /// last one, missing ones are empty.
    pub cells: Vec<String>,
    /// How many cells the row has as written, when that is not the header's count.
    pub broken: Option<usize>,
    /// The row's source line.
    pub source: String,
}

/// One line of a paragraph or a list item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// The line's number.
    pub line: usize,
    /// Which paragraph (or list item) the line is part of: lines of one paragraph share it.
    pub paragraph: usize,
    /// The line's text, with code spans apart.
    pub inlines: Vec<Inline>,
}

/// Inline pieces as plain text: code spans' contents verbatim.
pub fn plain(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) | Inline::Code(text) => text.as_str(),
        })
        .collect()
}

/// Inline pieces as Markdown for a doc comment: code spans in backticks again.
pub fn markdown(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text(text) => out.push_str(text),
            Inline::Code(code) => {
                let fence = if code.contains('`') { "``" } else { "`" };
                out.push_str(fence);
                out.push_str(code);
                out.push_str(fence);
            }
        }
    }
    out
}

/// The document's blocks.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut reader = Reader::new(text);
    for (event, range) in Parser::new_ext(text, Options::ENABLE_TABLES).into_offset_iter() {
        reader.event(event, range);
    }
    reader.flush_line();
    reader.blocks
}

/// What the reader is in the middle of.
enum Open {
    Nothing,
    Heading(Heading),
    Table(Table, TableState),
    /// A code block, HTML block or metadata block, skipped until its end.
    Skipped(TagEnd),
}

/// Where the text of a table goes.
#[derive(Default)]
struct TableState {
    in_head: bool,
    cells: Vec<String>,
    cell: Option<String>,
    row_start: usize,
}

struct Reader<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
    blocks: Vec<Block>,
    open: Open,
    line: Option<Line>,
    paragraph: usize,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(index, _)| index + 1));
        Reader {
            text,
            line_starts,
            blocks: Vec::new(),
            open: Open::Nothing,
            line: None,
            paragraph: 0,
        }
    }

    /// The 1-based line of a byte offset.
    fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= offset)
    }

    /// The text of a 1-based line, without its line break.
    fn source_line(&self, line: usize) -> &'a str {
        let start = self.line_starts.get(line.wrapping_sub(1)).copied();
        let Some(start) = start else { return "" };
        let end = self
            .line_starts
            .get(line)
            .map_or(self.text.len(), |&next| next);
        self.text
            .get(start..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }

    fn event(&mut self, event: Event<'a>, range: Range<usize>) {
        if let Open::Skipped(end) = &self.open {
            if matches!(&event, Event::End(tag) if tag == end) {
                self.open = Open::Nothing;
            }
            return;
        }
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.text(Inline::Text(text.into_string()), range.start),
            Event::Code(code) => self.text(Inline::Code(code.into_string()), range.start),
            Event::InlineMath(math) | Event::DisplayMath(math) => {
                self.text(Inline::Text(math.into_string()), range.start)
            }
            Event::InlineHtml(html) => {
                if html
                    .trim_start_matches('<')
                    .to_ascii_lowercase()
                    .starts_with("br")
                {
                    self.text(Inline::Text(" ".to_owned()), range.start);
                }
            }
            Event::SoftBreak | Event::HardBreak => match &mut self.open {
                Open::Nothing => self.flush_line(),
                _ => self.text(Inline::Text(" ".to_owned()), range.start),
            },
            Event::Html(_)
            | Event::FootnoteReference(_)
            | Event::Rule
            | Event::TaskListMarker(_) => self.flush_line(),
        }
    }

    fn start(&mut self, tag: Tag<'a>, range: Range<usize>) {
        match tag {
            Tag::Heading { level, .. } => {
                self.flush_line();
                self.open = Open::Heading(Heading {
                    line: self.line_of(range.start),
                    level: level as usize,
                    inlines: Vec::new(),
                });
            }
            Tag::Table(_) => {
                self.flush_line();
                self.open = Open::Table(
                    Table {
                        line: self.line_of(range.start),
                        header: Vec::new(),
                        rows: Vec::new(),
                    },
                    TableState::default(),
                );
            }
            Tag::TableHead => {
                if let Open::Table(_, state) = &mut self.open {
                    state.in_head = true;
                    state.cells.clear();
                }
            }
            Tag::TableRow => {
                if let Open::Table(_, state) = &mut self.open {
                    state.cells.clear();
                    state.row_start = range.start;
                }
            }
            Tag::TableCell => {
                if let Open::Table(_, state) = &mut self.open {
                    state.cell = Some(String::new());
                }
            }
            Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::MetadataBlock(_) => {
                self.flush_line();
                self.open = Open::Skipped(tag.to_end());
            }
            Tag::Paragraph
            | Tag::Item
            | Tag::BlockQuote(_)
            | Tag::List(_)
            | Tag::FootnoteDefinition(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition => {
                self.flush_line();
                self.paragraph += 1;
            }
            Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. } => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) => {
                if let Open::Heading(heading) = std::mem::replace(&mut self.open, Open::Nothing) {
                    self.blocks.push(Block::Heading(heading));
                }
            }
            TagEnd::Table => {
                if let Open::Table(table, _) = std::mem::replace(&mut self.open, Open::Nothing) {
                    self.blocks.push(Block::Table(table));
                }
            }
            TagEnd::TableHead => {
                if let Open::Table(table, state) = &mut self.open {
                    table.header = std::mem::take(&mut state.cells);
                    state.in_head = false;
                }
            }
            TagEnd::TableRow => {
                let offset = match &self.open {
                    Open::Table(_, state) => state.row_start,
                    _ => return,
                };
                let line = self.line_of(offset);
                let source = self.source_line(line);
                if let Open::Table(table, state) = &mut self.open {
                    let cells = std::mem::take(&mut state.cells);
                    let row = table_row(line, source, cells, table.header.len());
                    table.rows.push(row);
                }
            }
            TagEnd::TableCell => {
                if let Open::Table(_, state) = &mut self.open {
                    let cell = state.cell.take().unwrap_or_default();
                    state.cells.push(cell.trim().to_owned());
                }
            }
            TagEnd::Paragraph
            | TagEnd::Item
            | TagEnd::BlockQuote(_)
            | TagEnd::List(_)
            | TagEnd::FootnoteDefinition
            | TagEnd::DefinitionList
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition => self.flush_line(),
            _ => {}
        }
    }

    fn text(&mut self, inline: Inline, offset: usize) {
        match &mut self.open {
            Open::Heading(heading) => push_inline(&mut heading.inlines, inline),
            Open::Table(_, state) => {
                if let Some(cell) = &mut state.cell {
                    cell.push_str(match &inline {
                        Inline::Text(text) | Inline::Code(text) => text,
                    });
                }
            }
            Open::Skipped(_) => {}
            Open::Nothing => {
                if self.line.is_none() {
                    self.line = Some(Line {
                        line: self.line_of(offset),
                        paragraph: self.paragraph,
                        inlines: Vec::new(),
                    });
                }
                if let Some(line) = &mut self.line {
                    push_inline(&mut line.inlines, inline);
                }
            }
        }
    }

    fn flush_line(&mut self) {
        if let Some(line) = self.line.take() {
            if !plain(&line.inlines).trim().is_empty() {
                self.blocks.push(Block::Line(line));
            }
        }
    }
}

/// Appends a piece, merging it into the last one when both are text.
fn push_inline(inlines: &mut Vec<Inline>, inline: Inline) {
    if let (Some(Inline::Text(last)), Inline::Text(text)) = (inlines.last_mut(), &inline) {
        last.push_str(text);
        return;
    }
    inlines.push(inline);
}

/// A table row from the cells pulldown-cmark gives (as many as the header has) and the row's
/// source line, which says whether the row really has that many.
fn table_row(line: usize, source: &str, parsed: Vec<String>, header: usize) -> TableRow {
    let raw = join_quoted(split_cells(source));
    let mut cells = parsed;
    cells.resize(header, String::new());
    // Where the raw cells stop matching pulldown-cmark's: from the first quoted join on.
    let first_joined = raw.iter().position(|cell| cell.joined);
    let broken = (raw.len() != header).then_some(raw.len());
    if let Some(first) = first_joined {
        for (index, cell) in raw.iter().enumerate().skip(first).take(header) {
            cells[index] = unescape(&cell.text);
        }
    }
    if raw.len() > header && header > 0 {
        let last = header - 1;
        cells[last] = raw[last..]
            .iter()
            .map(|cell| unescape(&cell.text))
            .collect::<Vec<_>>()
            .concat();
    }
    TableRow {
        line,
        cells,
        broken,
        source: source.to_owned(),
    }
}

/// A cell of a row's source line.
#[derive(Debug)]
struct RawCell {
    text: String,
    /// Joined from several `|`-separated pieces (a quoted cell holding `|`).
    joined: bool,
}

/// A row's source line split at its unescaped `|`, without the outer ones; cells untrimmed.
fn split_cells(source: &str) -> Vec<String> {
    let mut line = source.trim();
    if let Some(rest) = line.strip_prefix('|') {
        line = rest;
    }
    if line.ends_with('|') && !line.ends_with("\\|") {
        line = &line[..line.len() - 1];
    }
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut escaped = false;
    for c in line.chars() {
        if c == '|' && !escaped {
            cells.push(std::mem::take(&mut cell));
        } else {
            cell.push(c);
        }
        escaped = c == '\\' && !escaped;
    }
    cells.push(cell);
    cells
}

/// Joins back a cell a spreadsheet quoted with `"` that a `|` inside it split: from a piece
/// that opens a quote to the first later one that closes it.
fn join_quoted(pieces: Vec<String>) -> Vec<RawCell> {
    let mut cells = Vec::new();
    let mut index = 0;
    while index < pieces.len() {
        let piece = pieces[index].trim();
        let opens = piece.starts_with('"') && (piece.len() == 1 || !piece.ends_with('"'));
        let close = pieces
            .iter()
            .map(|later| later.trim())
            .enumerate()
            .skip(index + 1)
            .find(|(_, later)| later.ends_with('"') && !later.starts_with('"'))
            .map(|(end, _)| end);
        match close {
            Some(end) if opens => {
                cells.push(RawCell {
                    text: pieces[index..=end].join("|").trim().to_owned(),
                    joined: true,
                });
                index = end + 1;
            }
            _ => {
                cells.push(RawCell {
                    text: piece.to_owned(),
                    joined: false,
                });
                index += 1;
            }
        }
    }
    cells
}

/// A raw cell's text as Markdown would show it: backslash escapes removed, and a cell that is
/// one code span without its backticks.
fn unescape(text: &str) -> String {
    let text = text.trim();
    if let Some(inner) = text
        .strip_prefix('`')
        .and_then(|rest| rest.strip_suffix('`'))
    {
        if !inner.contains('`') {
            return inner.trim().to_owned();
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(&next) = chars.peek() {
                if next.is_ascii_punctuation() {
                    out.push(next);
                    chars.next();
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables(text: &str) -> Vec<Table> {
        blocks(text)
            .into_iter()
            .filter_map(|block| match block {
                Block::Table(table) => Some(table),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn extra_cells_are_joined_into_the_last() {
        let table = &tables("| a | b |\n|---|---|\n| 1 | x |，| y |\n| 2 | z |\n")[0];
        assert_eq!(table.rows[0].cells, ["1", "x，y"]);
        assert_eq!(table.rows[0].broken, Some(4));
        assert_eq!(table.rows[1].cells, ["2", "z"]);
        assert_eq!(table.rows[1].broken, None);
    }

    #[test]
    fn quoted_cells_holding_bars_are_one_cell() {
        let table = &tables("| a | b |\n|---|---|\n|-121|\"x|y| z\"|\n")[0];
        assert_eq!(table.rows[0].cells, ["-121", "\"x|y| z\""]);
        assert_eq!(table.rows[0].broken, None);
    }

    #[test]
    fn missing_cells_are_empty_and_reported() {
        let table = &tables("| a | b | c |\n|---|---|---|\n| 1 | x |\n")[0];
        assert_eq!(table.rows[0].cells, ["1", "x", ""]);
        assert_eq!(table.rows[0].broken, Some(2));
    }

    #[test]
    fn escaped_bars_do_not_split() {
        let table = &tables("| a | b |\n|---|---|\n| 1 | x \\| y |\n")[0];
        assert_eq!(table.rows[0].cells, ["1", "x | y"]);
        assert_eq!(table.rows[0].broken, None);
    }

    #[test]
    fn lines_of_a_paragraph_share_it() {
        let lines: Vec<Line> = blocks("# t\n\n-1 a\n-2 b\n\n-3 c\n")
            .into_iter()
            .filter_map(|block| match block {
                Block::Line(line) => Some(line),
                _ => None,
            })
            .collect();
        assert_eq!(lines.len(), 3);
        assert_eq!((lines[0].line, lines[1].line, lines[2].line), (3, 4, 6));
        assert_eq!(lines[0].paragraph, lines[1].paragraph);
        assert_ne!(lines[1].paragraph, lines[2].paragraph);
        assert_eq!(plain(&lines[1].inlines), "-2 b");
    }
}

//! Reading: a document's Markdown, parsed by pulldown-cmark (with GFM tables), as blocks with
//! their line numbers: headings, tables, and blocks of text lines.
//!
//! pulldown-cmark decides the document's structure: which lines are a heading, a table row,
//! a paragraph, a list item, a code block or an HTML block. What a row says is read from the
//! source itself, never from pulldown-cmark's inline parsing, which would pair a backtick of
//! one line with one of a later line and make one code span of everything between:
//! - a block of text (a paragraph, a list item, a code block, an HTML block) is given as its
//!   source lines, verbatim, without the block quote markers (`>`) or list marker before
//!   them; a code block or HTML block is split at its blank lines;
//! - a table row is given as the source of its cells: the text between its `|`s, where a `|`
//!   after a `\` separates no cells (as GFM reads it), cells beyond the header's included.
//!
//! Headings, a table's header and the prose of paragraphs are read as Markdown: their text,
//! code spans apart.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// A block of a document, in document order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A heading, `## text`.
    Heading(Heading),
    /// A Markdown table.
    Table(MarkdownTable),
    /// Lines of text: a paragraph, a list item, or part of a code block or HTML block.
    Text(TextBlock),
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
    /// For a heading underlined with `---` or `===` (a setext heading), its lines of text as
    /// written: rows of a plain-text document above a `---` rule read as one.
    pub setext: Option<Vec<SourceLine>>,
}

/// A Markdown table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkdownTable {
    /// The line of its header row.
    pub line: usize,
    /// The header's cells, as Markdown text, trimmed.
    pub header: Vec<String>,
    /// The header's cells as written, as [`MarkdownRow::cells`].
    pub header_cells: Vec<String>,
    /// Its rows, below the delimiter row.
    pub rows: Vec<MarkdownRow>,
}

/// A row of a Markdown table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkdownRow {
    /// The row's line.
    pub line: usize,
    /// Its cells as written: the source between its `|`s, padding and escapes included, as
    /// many as the row has (GFM drops those beyond the header's count; they are kept here).
    pub cells: Vec<String>,
    /// The row's source line.
    pub source: String,
}

/// What kind of block lines of text are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    /// A paragraph or a list item's text.
    Paragraph,
    /// Part of a code block or an HTML block, between blank lines.
    Code,
}

/// Lines of text that belong together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextBlock {
    /// What block they come from.
    pub kind: TextKind,
    /// The lines, verbatim (blank ones left out).
    pub lines: Vec<SourceLine>,
    /// A paragraph's text as Markdown (code spans in backticks, other marks removed, line
    /// breaks as spaces), for a doc comment; empty for a code or HTML block.
    pub markdown: String,
}

/// One line of a document's source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceLine {
    /// The line's number (1-based).
    pub line: usize,
    /// Its text without its line break, nor the block quote markers or list marker before it.
    pub text: String,
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

/// A code span's content in backticks again, fenced with more than it holds.
fn push_code_span(out: &mut String, code: &str) {
    let fence = if code.contains('`') { "``" } else { "`" };
    out.push_str(fence);
    out.push_str(code);
    out.push_str(fence);
}

/// The document's blocks.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut reader = Reader::new(text);
    for (event, range) in Parser::new_ext(text, Options::ENABLE_TABLES).into_offset_iter() {
        reader.event(event, range);
    }
    reader.close_text();
    reader.blocks
}

/// What the reader is in the middle of.
enum Open {
    Nothing,
    Heading(Heading, Range<usize>),
    Table(MarkdownTable, TableState),
    Text(TextState),
}

/// Where the text of a table goes.
#[derive(Default)]
struct TableState {
    in_head: bool,
    cells: Vec<String>,
    cell: Option<String>,
    row: Range<usize>,
}

/// A block of text being read.
struct TextState {
    kind: TextKind,
    /// The byte range its lines span, from the first byte of its text.
    range: Option<Range<usize>>,
    /// How many block quotes it is in: as many `>` start each of its later lines.
    quotes: usize,
    /// For a code or HTML block, where each of its lines' text starts (past the indentation
    /// of an indented code block).
    starts: Vec<usize>,
    markdown: String,
}

struct Reader<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
    blocks: Vec<Block>,
    open: Open,
    quotes: usize,
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
            quotes: 0,
        }
    }

    /// The 1-based line of a byte offset.
    fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= offset)
    }

    /// Where a 1-based line ends, before its line break.
    fn line_end(&self, line: usize) -> usize {
        let end = self
            .line_starts
            .get(line)
            .map_or(self.text.len(), |&next| next);
        let text = self.text.get(..end).unwrap_or("");
        text.trim_end_matches(['\n', '\r']).len()
    }

    /// The lines a byte range spans: the first from the range's start, the others from the
    /// first of `starts` on them, else whole but for `quotes` block quote markers.
    fn lines(&self, range: &Range<usize>, quotes: usize, starts: &[usize]) -> Vec<SourceLine> {
        let first = self.line_of(range.start);
        let last = self.line_of(range.end.saturating_sub(1).max(range.start));
        let mut lines = Vec::new();
        for line in first..=last {
            let line_start = self.line_starts.get(line - 1).copied().unwrap_or(0);
            let end = self.line_end(line);
            let given = starts
                .iter()
                .copied()
                .filter(|&start| line_start <= start && start <= end)
                .min();
            let text = match given {
                _ if line == first => self.text.get(range.start..end.max(range.start)),
                Some(start) => self.text.get(start..end),
                None => self
                    .text
                    .get(line_start..end)
                    .map(|text| strip_quotes(text, quotes)),
            };
            let text = text.unwrap_or("");
            if !text.trim().is_empty() {
                lines.push(SourceLine {
                    line,
                    text: text.to_owned(),
                });
            }
        }
        lines
    }

    fn event(&mut self, event: Event<'a>, range: Range<usize>) {
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.inline(Inline::Text(text.into_string()), range),
            Event::Code(code) => self.inline(Inline::Code(code.into_string()), range),
            Event::InlineMath(math) | Event::DisplayMath(math) => {
                self.inline(Inline::Text(math.into_string()), range)
            }
            Event::InlineHtml(html) | Event::Html(html) => {
                let line_break = html
                    .trim_start_matches('<')
                    .to_ascii_lowercase()
                    .starts_with("br");
                let text = if line_break { " " } else { "" };
                self.inline(Inline::Text(text.to_owned()), range)
            }
            Event::SoftBreak | Event::HardBreak => self.inline(Inline::Text(" ".to_owned()), range),
            Event::FootnoteReference(_) | Event::Rule | Event::TaskListMarker(_) => {
                self.close_text()
            }
        }
    }

    fn start(&mut self, tag: Tag<'a>, range: Range<usize>) {
        match tag {
            Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. } => return,
            Tag::TableHead => {
                if let Open::Table(_, state) = &mut self.open {
                    state.in_head = true;
                    state.cells.clear();
                    state.row = range;
                }
                return;
            }
            Tag::TableRow => {
                if let Open::Table(_, state) = &mut self.open {
                    state.cells.clear();
                    state.row = range;
                }
                return;
            }
            Tag::TableCell => {
                if let Open::Table(_, state) = &mut self.open {
                    state.cell = Some(String::new());
                }
                return;
            }
            _ => {}
        }
        // Any other tag starts a block: the text before it ends.
        self.close_text();
        match tag {
            Tag::Heading { level, .. } => {
                let heading = Heading {
                    line: self.line_of(range.start),
                    level: level as usize,
                    inlines: Vec::new(),
                    setext: None,
                };
                self.open = Open::Heading(heading, range);
            }
            Tag::Table(_) => {
                let table = MarkdownTable {
                    line: self.line_of(range.start),
                    header: Vec::new(),
                    header_cells: Vec::new(),
                    rows: Vec::new(),
                };
                self.open = Open::Table(table, TableState::default());
            }
            Tag::Paragraph => self.open_text(TextKind::Paragraph, Some(range)),
            Tag::CodeBlock(_) | Tag::HtmlBlock => self.open_text(TextKind::Code, None),
            Tag::BlockQuote(_) => self.quotes += 1,
            _ => {}
        }
    }

    fn open_text(&mut self, kind: TextKind, range: Option<Range<usize>>) {
        self.open = Open::Text(TextState {
            kind,
            range,
            quotes: self.quotes,
            starts: Vec::new(),
            markdown: String::new(),
        });
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image => {}
            TagEnd::Heading(_) => {
                if let Open::Heading(mut heading, range) =
                    std::mem::replace(&mut self.open, Open::Nothing)
                {
                    heading.setext = self.setext_lines(&range);
                    self.blocks.push(Block::Heading(heading));
                }
            }
            TagEnd::Table => {
                if let Open::Table(table, _) = std::mem::replace(&mut self.open, Open::Nothing) {
                    self.blocks.push(Block::Table(table));
                }
            }
            TagEnd::TableHead => {
                let Open::Table(_, state) = &self.open else {
                    return;
                };
                let line = self.line_of(state.row.start);
                let end = self.line_end(line).max(state.row.start);
                let cells = split_cells(self.text.get(state.row.start..end).unwrap_or(""));
                if let Open::Table(table, state) = &mut self.open {
                    table.header = std::mem::take(&mut state.cells);
                    table.header_cells = cells;
                    state.in_head = false;
                }
            }
            TagEnd::TableRow => {
                let Open::Table(_, state) = &self.open else {
                    return;
                };
                let line = self.line_of(state.row.start);
                let end = self.line_end(line).max(state.row.start);
                let source = self.text.get(state.row.start..end).unwrap_or("");
                let row = MarkdownRow {
                    line,
                    cells: split_cells(source),
                    source: source.to_owned(),
                };
                if let Open::Table(table, _) = &mut self.open {
                    table.rows.push(row);
                }
            }
            TagEnd::TableCell => {
                if let Open::Table(_, state) = &mut self.open {
                    let cell = state.cell.take().unwrap_or_default();
                    if state.in_head {
                        state.cells.push(cell.trim().to_owned());
                    }
                }
            }
            TagEnd::BlockQuote(_) => {
                self.close_text();
                self.quotes = self.quotes.saturating_sub(1);
            }
            _ => self.close_text(),
        }
    }

    /// Inline text: into the open heading, table header cell or block of text; outside any
    /// (the text of a tight list's item), it opens a block of text.
    fn inline(&mut self, inline: Inline, range: Range<usize>) {
        if let Open::Nothing = self.open {
            if matches!(&inline, Inline::Text(text) if text.trim().is_empty()) {
                return;
            }
            self.open_text(TextKind::Paragraph, None);
        }
        match &mut self.open {
            Open::Heading(heading, _) => push_inline(&mut heading.inlines, inline),
            Open::Table(_, state) => {
                if let Some(cell) = &mut state.cell {
                    match &inline {
                        Inline::Text(text) => cell.push_str(text),
                        Inline::Code(code) => push_code_span(cell, code),
                    }
                }
            }
            Open::Text(state) => {
                let spanned = match &state.range {
                    Some(spanned) => spanned.start.min(range.start)..spanned.end.max(range.end),
                    None => range.clone(),
                };
                state.range = Some(spanned);
                if state.kind == TextKind::Code {
                    state.starts.push(range.start);
                }
                if state.kind == TextKind::Paragraph {
                    match &inline {
                        Inline::Text(text) => state.markdown.push_str(text),
                        Inline::Code(code) => push_code_span(&mut state.markdown, code),
                    }
                }
            }
            Open::Nothing => {}
        }
    }

    /// Ends the open block of text, if one is.
    fn close_text(&mut self) {
        if !matches!(self.open, Open::Text(_)) {
            return;
        }
        let Open::Text(state) = std::mem::replace(&mut self.open, Open::Nothing) else {
            return;
        };
        let Some(range) = state.range else { return };
        let lines = self.lines(&range, state.quotes, &state.starts);
        if lines.is_empty() {
            return;
        }
        match state.kind {
            TextKind::Paragraph => self.blocks.push(Block::Text(TextBlock {
                kind: state.kind,
                lines,
                markdown: state.markdown,
            })),
            TextKind::Code => {
                // Blank lines part a code block's lines into blocks of their own.
                let mut group: Vec<SourceLine> = Vec::new();
                for line in lines {
                    if group.last().is_some_and(|last| last.line + 1 != line.line) {
                        self.push_code_lines(std::mem::take(&mut group));
                    }
                    group.push(line);
                }
                self.push_code_lines(group);
            }
        }
    }

    fn push_code_lines(&mut self, lines: Vec<SourceLine>) {
        if !lines.is_empty() {
            self.blocks.push(Block::Text(TextBlock {
                kind: TextKind::Code,
                lines,
                markdown: String::new(),
            }));
        }
    }

    /// A setext heading's lines of text (all but its underline); `None` for an ATX heading.
    fn setext_lines(&self, range: &Range<usize>) -> Option<Vec<SourceLine>> {
        let source = self.text.get(range.clone()).unwrap_or("");
        if source.trim_start().starts_with('#') {
            return None;
        }
        let mut lines = self.lines(range, self.quotes, &[]);
        lines.pop(); // the underline
        Some(lines)
    }
}

/// A later line of a block without the block quote markers before it.
fn strip_quotes(text: &str, quotes: usize) -> &str {
    let mut rest = text;
    for _ in 0..quotes {
        match rest.trim_start_matches([' ', '\t']).strip_prefix('>') {
            Some(after) => rest = after,
            None => break,
        }
    }
    rest
}

/// Appends a piece, merging it into the last one when both are text.
fn push_inline(inlines: &mut Vec<Inline>, inline: Inline) {
    if let (Some(Inline::Text(last)), Inline::Text(text)) = (inlines.last_mut(), &inline) {
        last.push_str(text);
        return;
    }
    inlines.push(inline);
}

/// A row's source split into its cells: at each `|` that no `\` comes right before, without
/// the row's outer `|`s; the cells untrimmed.
pub fn split_cells(source: &str) -> Vec<String> {
    let mut line = source.trim_matches([' ', '\t']);
    if let Some(rest) = line.strip_prefix('|') {
        line = rest;
    }
    if line.ends_with('|') && !line.ends_with("\\|") {
        line = &line[..line.len() - 1];
    }
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut previous = None;
    for c in line.chars() {
        if c == '|' && previous != Some('\\') {
            cells.push(std::mem::take(&mut cell));
        } else {
            cell.push(c);
        }
        previous = Some(c);
    }
    cells.push(cell);
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables(text: &str) -> Vec<MarkdownTable> {
        blocks(text)
            .into_iter()
            .filter_map(|block| match block {
                Block::Table(table) => Some(table),
                _ => None,
            })
            .collect()
    }

    fn texts(text: &str) -> Vec<Vec<(usize, String)>> {
        blocks(text)
            .into_iter()
            .filter_map(|block| match block {
                Block::Text(block) => Some(
                    block
                        .lines
                        .into_iter()
                        .map(|line| (line.line, line.text))
                        .collect(),
                ),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn cells_as_written() {
        let table = &tables("| a | b |\n|---|---|\n| 1 | x |，| y |\n| 2 | `z` \\| *w*  |\n")[0];
        assert_eq!(table.header, ["a", "b"]);
        assert_eq!(table.rows[0].cells, [" 1 ", " x ", "，", " y "]);
        assert_eq!(table.rows[1].cells, [" 2 ", " `z` \\| *w*  "]);
        assert_eq!(table.rows[1].line, 4);
    }

    #[test]
    fn a_backslash_before_a_bar_escapes_it_as_gfm_does() {
        assert_eq!(split_cells(r"| a\\| b |"), [r" a\\| b "]);
        assert_eq!(split_cells(r"a | b\|"), ["a ", r" b\|"]);
        assert_eq!(split_cells("|"), [""]);
    }

    #[test]
    fn text_lines_are_verbatim() {
        let text = "1 E_ONE Table %`s is gone\n2 E_TWO Plain text  \n3 E_THREE Column %`s.%`s\r\n";
        assert_eq!(
            texts(text),
            [vec![
                (1, "1 E_ONE Table %`s is gone".to_owned()),
                (2, "2 E_TWO Plain text  ".to_owned()),
                (3, "3 E_THREE Column %`s.%`s".to_owned()),
            ]]
        );
    }

    #[test]
    fn containers_and_code_blocks() {
        let text = "- 1 A_B a\n  2 C_D `b\n- 3 E_F c\n\n> 4 G_H d`\n> 5 I_J *e\n\n    6 K_L f\n\n    7 M_N g\n";
        assert_eq!(
            texts(text),
            [
                vec![(1, "1 A_B a".to_owned()), (2, "  2 C_D `b".to_owned())],
                vec![(3, "3 E_F c".to_owned())],
                vec![(5, "4 G_H d`".to_owned()), (6, " 5 I_J *e".to_owned())],
                vec![(8, "6 K_L f".to_owned())],
                vec![(10, "7 M_N g".to_owned())],
            ]
        );
    }

    #[test]
    fn setext_headings_keep_their_lines() {
        let blocks = blocks("1 A_B x\n2 C_D y\n---\n");
        let Block::Heading(heading) = &blocks[0] else {
            panic!("{blocks:?}")
        };
        let lines: Vec<&str> = heading
            .setext
            .iter()
            .flatten()
            .map(|line| line.text.as_str())
            .collect();
        assert_eq!(lines, ["1 A_B x", "2 C_D y"]);
        let Block::Heading(atx) = &super::blocks("## `1` x\n")[0] else {
            panic!()
        };
        assert_eq!(atx.setext, None);
    }

    #[test]
    fn prose_as_markdown() {
        let Block::Text(block) = &blocks("当 [](a.md) 请求 `0`\n有效<br>了\n")[0] else {
            panic!()
        };
        assert_eq!(block.markdown, "当  请求 `0` 有效 了");
    }
}

//! Recognizing: a document's blocks as tables of codes.
//!
//! # Rows
//! Rows come from Markdown tables (`recognize/table.rs` says how columns and cells are read)
//! and from lines of text, `CODE NAME message` or `CODE message` (`recognize/lines.rs`), read
//! as written, wherever they are: in a paragraph, a list, a code block or an HTML block. In a
//! block of lines, every line that starts with a code is a row; a line below a row that holds
//! no code is joined to that row's message as a line of its own (a message that wraps), and
//! reported; lines above the block's first row are prose. Name-first lines (`_SUCCESS 0 成功`)
//! count only under a heading that has code-first rows too. Rows written above a `---` rule
//! (which Markdown reads as a heading) are rows. Other text is prose: under a heading that
//! becomes a section or a row, it is that item's doc comment.
//!
//! # Headings
//! Headings nest by level. A heading may state a range: `` `21000` File Error - 文件错误 ``
//! (a start with k trailing zeros spans 10^k codes: 21000..=21999, 21100..=21199, 10000..=19999;
//! a negative start spans downwards, `-1000` is -1999..=-1000) or `` `40000` ~ `59999` 保留错误段 ``
//! (inclusive). A heading that states one code and has no rows under it is itself a row
//! (`` `0` OK - 成功 ``). One that states a range and says 保留 or `reserved` is a reserved
//! range. Any other heading with a stated range, or with codes under it (spanning its lowest
//! to its highest), is a section when that range holds all of its own codes and none of any
//! other heading's, lies inside its parent section and overlaps no earlier sibling; otherwise
//! (seed 001's download and business codes interleave other headings') it is no section: its
//! rows stay where they are, under a `// heading` comment.
//!
//! A section's name is the name the heading gives in a code span (the Markdown export's
//! `` `Acl` ``), else the UpperCamelCase of the ASCII words before ` - ` (`Upload / Download
//! Error - 上传 / 下载错误` → `UploadDownloadError`, `PROXY 错误码` → `Proxy`), else
//! `Section{n}`, n counting the table's sections from 1; its message is the text after ` - `,
//! else the heading's text.
//!
//! # String codes
//! A table's codes are integers when every code of it reads as an integer that keeps its
//! text (`1000`, `-61`, `0x1F`); otherwise they are all strings, each as written: codes that
//! are no integers (SQLSTATE's `0A000`, S3's `NoSuchKey`: see [`text::is_string_code`]), or
//! whose leading zeros an integer would drop (`01000`), make `22012` a string too. The Markdown
//! export's code spans are string codes. A code cell that is neither an integer nor a string
//! code (`N/A`) is a problem at its line. A line's code is an integer as written (`01000 ..`
//! is a row, `0A000 ..` prose). In a table of strings a heading states a prefix instead of a
//! range: its first code span (`` `22` ``; `` `XX` `` before a name in a code span or
//! `reserved`, as the export writes them), or a class as SQLSTATE appendices write it
//! (`Class 08 — Connection Exception`, named `ConnectionException`, a remark in parentheses
//! left out of the name). Such a heading is a section of the codes that start with its
//! prefix (one under it that does not is the macro's error, at its row), or a reserved
//! prefix; any other heading is a comment. A row without a name whose code is an identifier
//! (`NoSuchKey`) is its own name, `"NoSuchKey" => _`, rather than named from its message.
//!
//! # Aliases, retired names and languages
//! Tables of aliases and retired names (the export's `## Aliases` and `## Retired names`)
//! give a table its aliases and retired names, where they stand: under a heading that is
//! no section, below a `// heading` comment (`recognize/table.rs` says which tables). Where
//! several Markdown tables are several enums, those below a table of codes are its. A table
//! whose messages come in several columns of different languages declares them (the rules
//! are in `recognize/table.rs`). A code given twice under two names with one message is made
//! an alias later, by `check`.
//!
//! # Tables (enums)
//! - A heading that is nothing but a name in a code span (`` # `PcsError` ``, the Markdown
//!   export's) starts a table of that name; everything under it is that table.
//! - Otherwise, when a document has several Markdown tables, none under a heading stating a
//!   range, and two of them share a code (seed 000), they are separate code spaces: each
//!   Markdown table is a table of its own, with the heading just above it as its title; rows
//!   written as lines go to one more table.
//! - Otherwise the whole document is one table; when everything in it is under one heading
//!   that states no range, that heading is its title rather than a section.
//!
//! The first table is named by `--name`, else from its title's ASCII words (`API接口错误码` →
//! `Api`), else from the file's name (`pcs_errors.md` → `PcsErrors`), else `Codes`. Every
//! other table takes the name in its heading's code span, else its title's ASCII words
//! (`dsp-go-sdk-错误码` → `DspGoSdk`), else the first table's name with its number
//! (`DspError3`); a name already taken gets its number too.

mod build;
mod heading;
mod lines;
mod table;
pub mod text;

use crate::import::model::{Document, Item, Name, Quirk, Row, TableQuirk, Unreadable};
use crate::import::read::{self, Block};
use codetable_pipeline::model::Repr;
use heading::{heading_info, HeadingInfo};

/// Method names of a table that a column cannot take (the macro rejects them): the macro's
/// own list.
pub(crate) use codetable_shared::is_taken_by_the_api;

/// A row before its table is known: its column values by column name, and its code as
/// written, for a table whose codes turn out to be strings.
#[derive(Debug)]
pub(crate) struct Draft {
    row: Row,
    values: Vec<(String, Option<String>)>,
    code: WrittenCode,
}

impl Draft {
    /// What tells the row's code from another's before the table's kind is known: the
    /// integer, or the text of a code that is none.
    fn key(&self) -> (i128, Option<&str>) {
        match self.code.integer {
            true => (self.row.code, None),
            false => (0, Some(&self.code.text)),
        }
    }
}

/// A row's code as the document writes it, before its table's kind is known.
#[derive(Clone, Debug)]
pub(crate) struct WrittenCode {
    /// The code's text (a code span's without its backticks): the row's string code, in a
    /// table of string codes.
    text: String,
    /// Whether the code reads as an integer that keeps its text (`1000`, `0x1F`; not `01000`,
    /// `0A000` or `NoSuchKey`): a table whose every code does is a table of integers, any
    /// other a table of strings.
    integer: bool,
}

/// A row whose code cell reads as `text`, an integer or a string code (see
/// [`text::is_string_code`]), with its name and message still to come; `None` when the cell
/// holds neither. A row of string codes has [`Row::text`] already; one that reads as an integer
/// gets it when its table turns out to be of strings. `string` says the code is a string
/// whatever it reads as, and whatever it holds (the Markdown export writes string codes in code
/// spans).
pub(crate) fn row_of_code(
    line: usize,
    text: &str,
    name: Name,
    string: bool,
) -> Option<(Row, WrittenCode)> {
    let integer = text::written_code(text).filter(|_| !string);
    // The export's code span holds a string code as the table writes it, whatever it is made
    // of (`say "hi"`, `__proto__`, `错误`); a document's cell only one shaped like a code.
    let spanned = string && !text.is_empty();
    if integer.is_none() && !spanned && !text::is_string_code(text) {
        return None;
    }
    let keeps_text = integer.as_ref().is_some_and(|code| !code.leading_zero);
    let code = integer
        .as_ref()
        .filter(|_| keeps_text)
        .map_or(0, |code| code.value);
    let row = Row {
        text: (!keeps_text).then(|| text.to_owned()),
        hex: integer.and_then(|code| code.hex).filter(|_| keeps_text),
        ..Row::new(line, code, name)
    };
    let written = WrittenCode {
        text: text.to_owned(),
        integer: keeps_text,
    };
    Some((row, written))
}

/// A row, or a table row whose code cell holds no code.
#[derive(Debug)]
pub(crate) enum Entry {
    /// Boxed: a draft is several times the size of an unreadable row.
    Row(Box<Draft>),
    Unreadable(Unreadable),
}

/// Rows from one Markdown table or one block of lines.
#[derive(Debug)]
pub(crate) struct Rows {
    entries: Vec<Entry>,
    /// The typed columns: (name, header, the header's line), in the table's order.
    columns: Vec<(String, String, usize)>,
    /// The languages of the messages, by tag, the message's first (each row's translations
    /// are in the others); empty for one language.
    languages: Vec<String>,
    /// What was decided about the table, to report.
    quirks: Vec<TableQuirk>,
}

/// What is under a heading, in document order.
#[derive(Debug)]
enum Content {
    /// Rows of a Markdown table (`table`), or of a paragraph of lines.
    Rows { rows: Rows, table: bool },
    /// A paragraph of text.
    Prose(String),
    /// Aliases and retired names, from their tables.
    Names(Vec<Item>),
    /// A subheading, by its index in the tree.
    Child(usize),
}

/// A heading (the document itself at the root) with what is under it.
#[derive(Debug, Default)]
struct Node {
    heading: Option<HeadingInfo>,
    parent: Option<usize>,
    content: Vec<Content>,
}

/// The tables of a document.
pub fn document(blocks: Vec<Block>, file: &str, name: Option<&str>) -> Document {
    let mut notes = Vec::new();
    let nodes = tree(blocks, &mut notes);
    let plans = plan(&nodes);
    let mut tables = Vec::new();
    let mut names: Vec<String> = Vec::new();
    for plan in &plans {
        let title = plan.title.and_then(|id| nodes[id].heading.as_ref());
        let Some(mut table) = build::build(&nodes, plan) else {
            continue;
        };
        if table.repr.is_none() {
            table.repr = plan.title.and_then(|id| stated_repr(&nodes[id]));
            if let Some(repr) = table.repr.filter(|repr| repr.signed()) {
                negative_from_twos_complement(&mut table.items, repr);
            }
        }
        let number = tables.len() + 1;
        let proposed = if tables.is_empty() {
            name.map(str::to_owned)
                .or_else(|| title.and_then(|t| t.table_name.clone()))
                .or_else(|| title.and_then(|t| text::camel_name(&t.text)))
                .or_else(|| file_name(file))
                .unwrap_or_else(|| "Codes".to_owned())
        } else {
            title
                .and_then(|t| t.table_name.clone().or_else(|| text::camel_name(&t.text)))
                .unwrap_or_else(|| format!("{}{number}", names[0]))
        };
        let mut unique = proposed.clone();
        if names.contains(&unique) {
            unique = format!("{proposed}{number}");
        }
        while names.contains(&unique) {
            unique.push('_');
        }
        names.push(unique.clone());
        table.name = unique;
        table.help_url = plan.title.and_then(|id| stated_help_url(&nodes[id]));
        table.heading = title.map(|t| t.text.clone());
        table.line = title.map_or_else(|| first_line(&table.items), |t| t.line);
        tables.push(table);
    }
    Document {
        file: file.to_owned(),
        tables,
        notes,
        problems: Vec::new(),
    }
}

/// The code type that a `markdown` export states under a table's title, in a line of its own
/// (``Codes of type `u16`.``, as `codetable_pipeline::markdown::code_type_line` writes it), so
/// that the export reads back as the same table.
fn stated_repr(node: &Node) -> Option<Repr> {
    node.content.iter().find_map(|content| match content {
        Content::Prose(text) => Repr::ALL
            .into_iter()
            .find(|repr| text.trim() == codetable_pipeline::markdown::code_type_line(repr.name())),
        _ => None,
    })
}

/// A signed table shown in hex shows a negative code as its two's complement, as C prints it
/// (`-1` of an `i32` as `0xFFFFFFFF`): such a code of a stated signed type, above the type
/// and within its width, reads back as the negative number it shows (`-0x00000001`), and so do
/// the ends of a section or reserved range above it.
fn negative_from_twos_complement(items: &mut [Item], repr: Repr) {
    let (_, high) = repr.bounds();
    let modulus = 1i128 << (8 * repr.width());
    let wrap = |code: &mut i128| {
        if *code > high && *code < modulus {
            *code -= modulus;
        }
    };
    for item in items {
        match item {
            Item::Row(row) => {
                let Some(hex) = &row.hex else { continue };
                // `0x` and the digits, as the export pads them.
                let digits = hex.len().saturating_sub(2);
                if row.code > high && row.code < modulus && !hex.starts_with('-') {
                    row.code -= modulus;
                    row.hex = Some(crate::export::table::hex_literal(row.code, digits));
                }
            }
            Item::Section(section) if section.range.0 > high => {
                wrap(&mut section.range.0);
                wrap(&mut section.range.1);
                negative_from_twos_complement(&mut section.items, repr);
            }
            Item::Section(section) => negative_from_twos_complement(&mut section.items, repr),
            Item::Reserved(reserved) if reserved.range.0 > high => {
                wrap(&mut reserved.range.0);
                wrap(&mut reserved.range.1);
            }
            _ => {}
        }
    }
}

/// The help template that a `markdown` export states under a table's title, in a line of
/// its own (``Help: `https://docs.example.com/{code}` ``, as
/// `codetable_pipeline::markdown::help_line` writes it).
fn stated_help_url(node: &Node) -> Option<String> {
    node.content.iter().find_map(|content| match content {
        Content::Prose(text) => {
            let span = text.trim().strip_prefix("Help: ")?;
            let template = table::code_span_text(span)?;
            (codetable_pipeline::markdown::help_line(&template) == text.trim()).then_some(template)
        }
        _ => None,
    })
}

/// A table name from a file's name: `pcs_errors.md` → `PcsErrors`, if that is an identifier.
pub(crate) fn file_name(file: &str) -> Option<String> {
    let stem = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let stem = stem.split('.').next().unwrap_or(stem);
    let name = heck::ToUpperCamelCase::to_upper_camel_case(stem);
    (name.starts_with(|c: char| c.is_ascii_alphabetic()) && text::is_ident(&name)).then_some(name)
}

fn first_line(items: &[Item]) -> usize {
    items
        .first()
        .map(|item| match item {
            Item::Row(row) => row.line,
            Item::Section(section) => section.line,
            Item::Reserved(reserved) => reserved.line,
            Item::Comment(comment) => comment.line,
            Item::Alias(alias) => alias.line,
            Item::Retired(retired) => retired.line,
            Item::Unreadable(unreadable) => unreadable.line,
        })
        .unwrap_or(1)
}

// ---------------------------------------------------------------------------------------
// The heading tree

/// The blocks as a tree of headings, each with its rows, prose and subheadings in order.
fn tree(blocks: Vec<Block>, notes: &mut Vec<(usize, String)>) -> Vec<Node> {
    let mut nodes = vec![Node::default()];
    // (node, level) of the open headings, the root at level 0.
    let mut open: Vec<(usize, usize)> = vec![(0, 0)];
    for block in blocks {
        let current = open.last().map_or(0, |&(node, _)| node);
        match block {
            Block::Text(block) => text_block(&mut nodes[current], &block),
            Block::Heading(heading) => {
                if let Some(lines) = heading.setext.as_ref().filter(|lines| all_rows(lines)) {
                    let block = read::TextBlock {
                        kind: read::TextKind::Paragraph,
                        lines: lines.clone(),
                        markdown: String::new(),
                    };
                    text_block(&mut nodes[current], &block);
                    continue;
                }
                while open.len() > 1 && open.last().is_some_and(|&(_, l)| l >= heading.level) {
                    open.pop();
                }
                let parent = open.last().map_or(0, |&(node, _)| node);
                let id = nodes.len();
                nodes.push(Node {
                    heading: Some(heading_info(&heading)),
                    parent: Some(parent),
                    content: Vec::new(),
                });
                nodes[parent].content.push(Content::Child(id));
                open.push((id, heading.level));
            }
            Block::Table(markdown) => {
                if let Some(rows) = table::rows(&markdown) {
                    nodes[current]
                        .content
                        .push(Content::Rows { rows, table: true });
                } else {
                    let heading = nodes[current].heading.as_ref().map(|h| h.text.as_str());
                    if let Some(items) = table::names(&markdown, heading) {
                        nodes[current].content.push(Content::Names(items));
                    } else {
                        notes.push((
                            markdown.line,
                            "the table has no column of codes (no integers, and no header \
                             such as `code`): not read as codes"
                                .to_owned(),
                        ));
                    }
                }
            }
        }
    }
    for node in &mut nodes {
        drop_lone_name_first_rows(node);
    }
    nodes
}

/// Whether every line reads as a code-first row.
fn all_rows(lines: &[read::SourceLine]) -> bool {
    !lines.is_empty()
        && lines
            .iter()
            .all(|line| matches!(lines::reading(line), lines::Reading::Row(..)))
}

/// A block of lines as rows (see the module's docs) or prose.
fn text_block(node: &mut Node, block: &read::TextBlock) {
    let mut entries: Vec<Entry> = Vec::new();
    let mut prose_lines = 0;
    for line in &block.lines {
        match lines::reading(line) {
            lines::Reading::Row(row, code) | lines::Reading::NameFirst(row, code) => {
                entries.push(Entry::Row(Box::new(Draft {
                    row,
                    values: Vec::new(),
                    code,
                })))
            }
            lines::Reading::Prose => match entries.last_mut() {
                Some(Entry::Row(draft)) => {
                    draft.row.message.push('\n');
                    draft.row.message.push_str(&line.text);
                    match draft.row.quirks.iter_mut().find_map(|quirk| match quirk {
                        Quirk::Continued { lines } => Some(lines),
                        _ => None,
                    }) {
                        Some(lines) => lines.push(line.line),
                        None => draft.row.quirks.push(Quirk::Continued {
                            lines: vec![line.line],
                        }),
                    }
                }
                _ => prose_lines += 1,
            },
        }
    }
    if prose_lines > 0 && block.kind == read::TextKind::Paragraph {
        let text = if entries.is_empty() {
            block.markdown.clone()
        } else {
            block.lines[..prose_lines]
                .iter()
                .map(|line| line.text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        node.content.push(Content::Prose(text::squeeze(&text)));
    }
    if !entries.is_empty() {
        node.content.push(Content::Rows {
            rows: Rows {
                entries,
                columns: Vec::new(),
                languages: Vec::new(),
                quirks: Vec::new(),
            },
            table: false,
        });
    }
}

/// Name-first lines are rows only beside code-first ones: under a heading with none, they are
/// prose.
fn drop_lone_name_first_rows(node: &mut Node) {
    let is_name_first = |entry: &Entry| match entry {
        Entry::Row(draft) => draft.row.quirks.contains(&Quirk::NameFirst),
        Entry::Unreadable(_) => false,
    };
    let code_first = node.content.iter().any(|content| match content {
        Content::Rows { rows, .. } => rows.entries.iter().any(|entry| !is_name_first(entry)),
        _ => false,
    });
    if code_first {
        return;
    }
    for content in &mut node.content {
        if let Content::Rows { rows, table: false } = content {
            let text = rows
                .entries
                .iter()
                .filter_map(|entry| match entry {
                    Entry::Row(draft) => Some(format!(
                        "{} {} {}",
                        draft.row.name.as_str().unwrap_or("_"),
                        draft.code.text,
                        draft.row.message
                    )),
                    Entry::Unreadable(_) => None,
                })
                .collect::<Vec<_>>()
                .join(" ");
            *content = Content::Prose(text);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Which tables (enums) a document holds

/// Where a table's rows come from.
#[derive(Debug)]
enum Source {
    /// A heading's (or the document's) content, with sections made of its subheadings.
    Node(usize),
    /// The given rows, (node, content index), without sections.
    Flat(Vec<(usize, usize)>),
}

#[derive(Debug)]
struct Plan {
    /// The heading the table stands under.
    title: Option<usize>,
    source: Source,
    /// Headings whose subtrees are tables of their own.
    skip: Vec<usize>,
}

/// The tables of a document (see the module's docs).
fn plan(nodes: &[Node]) -> Vec<Plan> {
    let named: Vec<usize> = (0..nodes.len())
        .filter(|&id| {
            nodes[id]
                .heading
                .as_ref()
                .is_some_and(|h| h.table_name.is_some())
        })
        .collect();
    if !named.is_empty() {
        let mut plans = vec![Plan {
            title: None,
            source: Source::Node(0),
            skip: named.clone(),
        }];
        plans.extend(named.iter().map(|&id| Plan {
            title: Some(id),
            source: Source::Node(id),
            skip: named.clone(),
        }));
        return plans;
    }
    // Markdown tables, in document order: (node, content index).
    let mut tables = Vec::new();
    let mut line_rows = Vec::new();
    // Tables of aliases and retired names, with how many Markdown tables of codes are above.
    let mut names = Vec::new();
    preorder(nodes, 0, &mut |id| {
        for (index, content) in nodes[id].content.iter().enumerate() {
            match content {
                Content::Rows { table: true, .. } => tables.push((id, index)),
                Content::Rows { table: false, .. } => line_rows.push((id, index)),
                Content::Names(_) => names.push((tables.len(), (id, index))),
                _ => {}
            }
        }
    });
    let under_stated_range = tables.iter().any(|&(id, _)| {
        let mut node = Some(id);
        while let Some(each) = node {
            if nodes[each]
                .heading
                .as_ref()
                .is_some_and(|h| h.range.is_some() || h.single.is_some() || h.prefix.is_some())
            {
                return true;
            }
            node = nodes[each].parent;
        }
        false
    });
    if tables.len() >= 2 && !under_stated_range && tables_share_a_code(nodes, &tables) {
        let mut plans: Vec<Plan> = tables
            .iter()
            .enumerate()
            .map(|(number, &(id, index))| {
                // The names below a table, before the next, are its.
                let mut contents = vec![(id, index)];
                contents.extend(
                    names
                        .iter()
                        .filter(|&&(above, _)| above.max(1) == number + 1)
                        .map(|&(_, at)| at),
                );
                Plan {
                    title: nodes[id].heading.as_ref().map(|_| id),
                    source: Source::Flat(contents),
                    skip: Vec::new(),
                }
            })
            .collect();
        if !line_rows.is_empty() {
            plans.push(Plan {
                title: None,
                source: Source::Flat(line_rows),
                skip: Vec::new(),
            });
        }
        return plans;
    }
    // One table: under a title when everything is under one heading that states no range.
    let mut root = 0;
    if let [Content::Child(only)] = nodes[0]
        .content
        .iter()
        .filter(|content| !matches!(content, Content::Prose(_)))
        .collect::<Vec<_>>()
        .as_slice()
    {
        let heading = nodes[*only].heading.as_ref();
        if heading.is_some_and(|h| h.range.is_none() && h.single.is_none() && h.prefix.is_none()) {
            root = *only;
        }
    }
    vec![Plan {
        title: (root != 0).then_some(root),
        source: Source::Node(root),
        skip: Vec::new(),
    }]
}

fn preorder(nodes: &[Node], id: usize, visit: &mut dyn FnMut(usize)) {
    visit(id);
    for content in &nodes[id].content {
        if let Content::Child(child) = content {
            preorder(nodes, *child, visit);
        }
    }
}

/// Whether two of the Markdown tables have a code in common.
fn tables_share_a_code(nodes: &[Node], tables: &[(usize, usize)]) -> bool {
    let mut seen: std::collections::HashMap<(i128, Option<&str>), usize> =
        std::collections::HashMap::new();
    for (number, &(id, index)) in tables.iter().enumerate() {
        let Some(Content::Rows { rows, .. }) = nodes[id].content.get(index) else {
            continue;
        };
        for entry in &rows.entries {
            if let Entry::Row(draft) = entry {
                if let Some(&other) = seen.get(&draft.key()) {
                    if other != number {
                        return true;
                    }
                }
                seen.insert(draft.key(), number);
            }
        }
    }
    false
}

//! The document as `codes import` understands it: tables (one enum each) of rows, sections,
//! reserved ranges, aliases, retired names, columns and languages, each row keeping the line
//! it came from. `recognize` builds
//! it from the document's blocks, `check` finds its problems, `write` turns it into source.

use codetable_pipeline::model::Repr;

/// Everything imported from one document: one [`DocumentTable`] per enum, in document order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// The document's file name (without its directories), as the enums' docs name it.
    pub file: String,
    /// The tables, in document order.
    pub tables: Vec<DocumentTable>,
    /// What reading the document decided that asks for no change, by line (a Markdown table
    /// without codes, a C header's macros left out of the table): said, not marked.
    pub notes: Vec<(usize, String)>,
    /// What is wrong with the document as a whole, by line (a C header's `--enum` that names
    /// no enum): reported with the rows' problems.
    pub problems: Vec<(usize, String)>,
}

/// One table of codes: one `enum` in the output.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocumentTable {
    /// The enum's name.
    pub name: String,
    /// The heading the table stands under (its title), as plain text, if it has one.
    pub heading: Option<String>,
    /// The line of the title heading, else of the table's first row.
    pub line: usize,
    /// The code type the document states (a `json` export's `repr`), if it does.
    pub repr: Option<Repr>,
    /// `#[codetable(strip_prefix = "..")]`, as a `json` export states it, or `--strip-prefix`.
    pub strip_prefix: Option<String>,
    /// `#[codetable(help_url = "..")]`, the template of every row's help link, as an export
    /// states it.
    pub help_url: Option<String>,
    /// `#[codetable(shape = "..")]`, as `--shape` gives it: the regular expression every
    /// string code matches.
    pub shape: Option<String>,
    /// The languages of the messages, by tag (`zh`, `en`): the first is that of every row's
    /// message, each other one a [`Row::translations`] entry. Empty for messages in one
    /// language.
    pub languages: Vec<String>,
    /// The typed columns every row may carry beside its message, in document order.
    pub columns: Vec<Column>,
    /// Rows, sections, reserved ranges, aliases, retired names and comments, in document
    /// order.
    pub items: Vec<Item>,
    /// What the importer had to decide about the table itself, where that is a problem
    /// `check` reports.
    pub quirks: Vec<TableQuirk>,
    /// The problems found on the table itself, written as `// FIXME(codes import): ..` above
    /// it.
    pub fixmes: Vec<String>,
}

/// What the importer decided about a table, where that is itself a problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TableQuirk {
    /// The message column's language is neither stated by its header (`message:zh`, 中文,
    /// `English`) nor told by its text's script apart from the other languages': declared
    /// under `tag`.
    UnstatedLanguage {
        /// The header's line.
        line: usize,
        /// The message column's header.
        header: String,
        /// The tag it is declared under.
        tag: String,
    },
}

/// A column of values beside the message: `http: u16`, `en: &'static str`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    /// The column's name in the output, in snake_case (`http`, `en`, `retry_after`).
    pub name: String,
    /// The column's header in the document (`HTTP状态码`), for the column's doc comment (a
    /// `json` export's doc comment, empty for none).
    pub header: String,
    /// The type all of the column's values fit.
    pub ty: ColumnType,
    /// The line of the header that first names it.
    pub line: usize,
    /// The problems found on the column, written as `// FIXME(codes import): ..` above it.
    pub fixmes: Vec<String>,
}

/// The type of a column: a scalar, made an `Option` when some row has no value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ColumnType {
    /// The type of one value.
    pub scalar: Scalar,
    /// Whether some row leaves the column empty: the column is then `Option<scalar>`.
    pub optional: bool,
}

/// The type of one value of a column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scalar {
    /// An integer type, by name: the smallest of `u8`, `u16`, `u32`, `i32`, `i64` that holds
    /// every value (or the type a `json` export states).
    Int(&'static str),
    /// A float type, by name: `f64` when every value is a number, some with a fraction or an
    /// exponent (or the type a `json` export states).
    Float(&'static str),
    /// `bool`: every value is `true` or `false`.
    Bool,
    /// `char`: the type a `json` export states.
    Char,
    /// `&'static str`: anything else.
    Str,
}

/// An item of a table or section, in document order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// A code.
    Row(Row),
    /// A heading whose codes form a range: a category of the enum.
    Section(Section),
    /// A range no code may use.
    Reserved(Reserved),
    /// Another wire name of a row: `ALIAS = NAME`.
    Alias(Alias),
    /// A wire name no row or alias may take: `NAME => retired, "why"`.
    Retired(Retired),
    /// A heading that is no section (its codes interleave another heading's), written as a
    /// `// comment` above its rows.
    Comment(Comment),
    /// A row whose code is neither an integer nor a string code, or an alias or retired name
    /// that is no name: written as a comment, and reported.
    Unreadable(Unreadable),
}

/// One code of a table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The document's line the row is on (1-based).
    pub line: usize,
    /// The code; 0 in a table of string codes, whose code is [`Row::text`].
    pub code: i128,
    /// In a table of string codes, the code as the document writes it (`0A000`, `01000` with
    /// its zero, `NoSuchKey`); `None` in a table of integers.
    pub text: Option<String>,
    /// The code as a Rust literal in hex (`0x80004001`), as the document writes it in hex;
    /// `None` for a code written in decimal.
    pub hex: Option<String>,
    /// The wire name, or how the row has none.
    pub name: Name,
    /// The message (the Chinese text where the document has one); empty for a row the
    /// document gives none, written without one.
    pub message: String,
    /// The message in each language of the table after the first, in the table's order;
    /// `None` where the row has none (the message stands in).
    pub translations: Vec<Option<String>>,
    /// One value per column of the table, in the table's column order; `None` for an empty
    /// cell, or a column the row's part of the document does not have.
    pub values: Vec<Option<String>>,
    /// A doc comment for the row (seed 002's 说明 column, a heading row's paragraph).
    pub doc: Option<String>,
    /// What the row's source declares beyond its code, name, message and values, as a `json`
    /// export states it (boxed: rare, and a row is moved often).
    pub declared: Option<Box<Declared>>,
    /// How the row was written, where that is itself a problem.
    pub quirks: Vec<Quirk>,
    /// The problems `check` found on this row, written as `// FIXME(codes import): ..` above it.
    pub fixmes: Vec<String>,
}

/// What a row's source declares beyond its code, name, message and values: a `json` export
/// states it, a document does not.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Declared {
    /// The variant (`NAME as Variant` when the macro would make another).
    pub variant: Option<String>,
    /// `#[deprecated]`.
    pub deprecated: Option<Deprecated>,
    /// The row's own help link (`, help_url = ".."`), where it is not the table's template's.
    pub help_url: Option<String>,
    /// The arguments of the row's messages (`NAME(db: &str)`), as a `json` export or a
    /// `MARKDOWN` name cell states them, or as `--printf-args` makes them of a printf
    /// template; none for a row without.
    pub arguments: Vec<Argument>,
}

/// An argument of a row's messages: `db: &str`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Argument {
    /// Its name, which the messages use (`{db}`).
    pub name: String,
    /// Its type, as Rust writes it (`&str`, `u64`).
    pub ty: String,
}

/// A row's `#[deprecated]`: `#[deprecated(since = "..", note = "..")]`, each part optional.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Deprecated {
    /// `since = ".."`.
    pub since: Option<String>,
    /// `note = ".."`.
    pub note: Option<String>,
}

/// A row's wire name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Name {
    /// A name the document gives, verbatim (`ERROR_PROXY_GET_CONFIG`, `TaskPause`, `2RSP`).
    Given(String),
    /// A name made from text (`BAD_REQUEST` from `Bad Request`, or from the English column).
    Made {
        /// The name, in SCREAMING_SNAKE_CASE.
        name: String,
        /// The text it was made from.
        from: String,
    },
    /// No name: written `_`, the macro names the variant after the code.
    Nameless,
}

impl Row {
    /// A row at `line` with its code and name, and nothing else yet: no message, languages,
    /// values, doc or quirks.
    pub fn new(line: usize, code: i128, name: Name) -> Row {
        Row {
            line,
            code,
            text: None,
            hex: None,
            name,
            message: String::new(),
            translations: Vec::new(),
            values: Vec::new(),
            doc: None,
            declared: None,
            quirks: Vec::new(),
            fixmes: Vec::new(),
        }
    }

    /// The code as the document writes it: its string, its hex literal, or its decimal.
    pub fn code_text(&self) -> String {
        match (&self.text, &self.hex) {
            (Some(text), _) => text.clone(),
            (None, Some(hex)) => hex.clone(),
            (None, None) => self.code.to_string(),
        }
    }

    /// What tells the row's code from another's: the integer, or the string.
    pub fn key(&self) -> (i128, Option<&str>) {
        (self.code, self.text.as_deref())
    }
}

impl Name {
    /// The wire name, or `None` for a nameless row.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Name::Given(name) | Name::Made { name, .. } => Some(name),
            Name::Nameless => None,
        }
    }
}

/// How a row was written in the document, where that is a problem `check` reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Quirk {
    /// The row has more cells than the table's header, or fewer: `cells` of them where the
    /// header has `header`. Extra cells are joined into the last one.
    BrokenCells {
        /// How many cells the row has.
        cells: usize,
        /// How many the header has.
        header: usize,
        /// The row's last cell, as read (extra cells joined into it).
        last: String,
    },
    /// The row is written name first, `_SUCCESS 0 成功`.
    NameFirst,
    /// A cell quoted as a spreadsheet quotes it (`"text"`, `""` for a quote inside), read
    /// without its quotes: `cell` as written; `joined` when it holds `|`s that split it into
    /// several cells, joined back into one.
    Quoted {
        /// The cell as written.
        cell: String,
        /// Whether it held `|`s.
        joined: bool,
    },
    /// A cell of a compact column (see `recognize/table.rs`) with more spaces or tabs at its
    /// ends than the one that pads it: kept as part of its text.
    Padded {
        /// The column's header.
        column: String,
        /// How many it keeps at its start.
        leading: usize,
        /// How many it keeps at its end.
        trailing: usize,
    },
    /// A C header defines the row's name again (in another branch of an `#if`) with another
    /// value: the first is kept.
    Redefined {
        /// The line of the other definition.
        line: usize,
        /// Its value, as read.
        value: String,
    },
    /// Lines below the row, in its block of text, that hold no code: each joined to the
    /// message as a line of its own.
    Continued {
        /// The lines joined.
        lines: Vec<usize>,
    },
}

/// A heading whose codes form a range: a category, `RANGE => Name, "message" { .. }`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// The heading's line.
    pub line: usize,
    /// The category's name, in UpperCamelCase (`Proxy`, `RequestError`, `Section5`).
    pub name: String,
    /// What the section holds: the heading's text.
    pub message: String,
    /// The inclusive range of its codes; `(0, 0)` in a table of string codes.
    pub range: (i128, i128),
    /// In a table of string codes, what each of its codes starts with (a class's `08`).
    pub prefix: Option<String>,
    /// A doc comment: the paragraph under the heading, if any.
    pub doc: Option<String>,
    /// Its rows, subsections and reserved ranges.
    pub items: Vec<Item>,
    /// The problems found on the section's heading, written as `// FIXME(codes import): ..`
    /// above it.
    pub fixmes: Vec<String>,
}

/// A range no code may use: `LOW..=HIGH => reserved, "message"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reserved {
    /// The heading's line.
    pub line: usize,
    /// The inclusive range; `(0, 0)` in a table of string codes.
    pub range: (i128, i128),
    /// In a table of string codes, what the reserved codes start with.
    pub prefix: Option<String>,
    /// What the document says of it, if anything.
    pub message: Option<String>,
    /// The problems found on it, written as `// FIXME(codes import): ..` above it.
    pub fixmes: Vec<String>,
}

/// Another wire name of a row (errno's `EWOULDBLOCK` of `EAGAIN`): `ALIAS = NAME`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alias {
    /// The line it is on.
    pub line: usize,
    /// The alias.
    pub name: String,
    /// The name of the row it is another name of.
    pub of: String,
    /// A doc comment for the alias (the doc of the row it was written as).
    pub doc: Option<String>,
    /// The problems found on it, written as `// FIXME(codes import): ..` above it.
    pub fixmes: Vec<String>,
}

/// A retired wire name: `NAME => retired, "message"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Retired {
    /// The line it is on.
    pub line: usize,
    /// The name.
    pub name: String,
    /// Why it was retired, if the document says.
    pub message: Option<String>,
    /// The problems found on it, written as `// FIXME(codes import): ..` above it.
    pub fixmes: Vec<String>,
}

/// A heading that is not a section, written as a comment above its rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comment {
    /// The heading's line.
    pub line: usize,
    /// The heading's text.
    pub text: String,
}

/// A table row whose code cell holds no code, or whose alias or retired name is no name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// The row's line.
    pub line: usize,
    /// The row as written.
    pub text: String,
    /// The cell as written: the code, or the name.
    pub code: String,
    /// What the row is, and so what the cell should have held.
    pub kind: UnreadableKind,
    /// Why it could not be read, where more than its kind says (a C macro's value names
    /// something the header does not define).
    pub why: Option<String>,
}

/// What an unreadable row is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnreadableKind {
    /// A row of codes, whose code cell holds neither an integer nor a string code.
    Code,
    /// An alias, whose alias or row name is no name.
    Alias,
    /// A retired name that is no name.
    Retired,
    /// A C header's macro or enumerator whose value is no integer constant expression the
    /// importer evaluates.
    Value,
}

impl UnreadableKind {
    /// What the cell should have been, and what is left out: (`code`, `row`).
    pub fn words(self) -> (&'static str, &'static str) {
        match self {
            UnreadableKind::Code => ("code", "row"),
            UnreadableKind::Alias => ("name", "alias"),
            UnreadableKind::Retired => ("name", "retired name"),
            UnreadableKind::Value => ("integer constant expression", "row"),
        }
    }
}

impl DocumentTable {
    /// Every row of the table, sections' rows included, in document order.
    pub fn rows(&self) -> Vec<&Row> {
        let mut rows = Vec::new();
        walk(&self.items, &mut |item| {
            if let Item::Row(row) = item {
                rows.push(row);
            }
        });
        rows
    }

    /// Every row of the table, mutably, in document order.
    pub fn rows_mut(&mut self) -> Vec<&mut Row> {
        let mut rows = Vec::new();
        collect_rows_mut(&mut self.items, &mut rows);
        rows
    }

    /// Every alias of the table, sections' included, in document order.
    pub fn aliases(&self) -> Vec<&Alias> {
        let mut aliases = Vec::new();
        walk(&self.items, &mut |item| {
            if let Item::Alias(alias) = item {
                aliases.push(alias);
            }
        });
        aliases
    }

    /// Every retired name of the table, sections' included, in document order.
    pub fn retired(&self) -> Vec<&Retired> {
        let mut retired = Vec::new();
        walk(&self.items, &mut |item| {
            if let Item::Retired(name) = item {
                retired.push(name);
            }
        });
        retired
    }

    /// Whether the table's codes are strings.
    pub fn text_codes(&self) -> bool {
        self.rows().iter().any(|row| row.text.is_some())
    }

    /// Every section of the table, subsections after their parent, in document order.
    pub fn sections(&self) -> Vec<&Section> {
        let mut sections = Vec::new();
        walk(&self.items, &mut |item| {
            if let Item::Section(section) = item {
                sections.push(section);
            }
        });
        sections
    }
}

/// Visits every item, each section before its items.
fn walk<'a>(items: &'a [Item], visit: &mut dyn FnMut(&'a Item)) {
    for item in items {
        visit(item);
        if let Item::Section(section) = item {
            walk(&section.items, visit);
        }
    }
}

fn collect_rows_mut<'a>(items: &'a mut [Item], rows: &mut Vec<&'a mut Row>) {
    for item in items {
        match item {
            Item::Row(row) => rows.push(row),
            Item::Section(section) => collect_rows_mut(&mut section.items, rows),
            _ => {}
        }
    }
}

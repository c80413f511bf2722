//! `codes import`: error-code tables from documentation (Markdown tables, `CODE NAME message`
//! lines, headings as sections) and C headers ([`c`]: `#define` macros, enums) as
//! `codetable::define_codes!` source, with the problems a tool can find in them reported and
//! marked; a `json` export ([`json`]) and a `markdown` export are read back to the tables they
//! hold.
//!
//! The stages, one module each: [`read`] (Markdown → blocks with line numbers) →
//! [`recognize`] (blocks → [`model::Document`]: tables of rows, sections, reserved ranges,
//! aliases, retired names, columns and languages) → [`printf`] (with `--printf-args`: printf
//! templates as rows with arguments) → [`check`] (what had to be interpreted,
//! marked on its rows; a code given twice with one message made an alias) →
//! [`write`](mod@write) (the source) → [`check`] again (the macro's own checks of that
//! source, by `codetable_pipeline`, each error marked on the row it falls on, and the source
//! written again with the marks).
//!
//! Every line that starts with a code becomes a row, and every cell and message is taken as
//! written; what had to be interpreted is a problem at its line. The source written compiles
//! exactly when [`Import::problems`] has none of the macro's errors.

pub mod c;
pub mod check;
pub mod json;
pub mod model;
pub mod printf;
pub mod read;
pub mod recognize;
pub mod write;

pub use check::Problem;
use codetable_pipeline::model::Repr;

/// How to import a document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The first table's enum name (`--name`); by default it is made from the title heading
    /// or the file's name.
    pub name: Option<String>,
    /// The code type (`--repr`); by default `i32` (or `i64`/`u64` for codes that do not fit
    /// it; for a table written in hex, the smallest unsigned type that holds its codes).
    pub repr: Option<Repr>,
    /// A C header's table: its macros and enumerators whose names start with one of these
    /// (`--prefix`).
    pub prefixes: Vec<String>,
    /// A C header's table: the enumerators of the C enums of these tag or typedef names
    /// (`--enum`).
    pub enums: Vec<String>,
    /// The first table's `#[codetable(shape = "..")]` (`--shape`): the regular expression
    /// every string code of it matches (SQLSTATE's `[0-9A-Z]{5}`).
    pub shape: Option<String>,
    /// The first table's `#[codetable(strip_prefix = "..")]` (`--strip-prefix`): taken off its
    /// wire names before their variants are made (`ERRCODE_`).
    pub strip_prefix: Option<String>,
    /// The messages are C `printf` templates, each conversion made a named argument of its
    /// row (`--printf-args`, [`printf`]); by default they are kept verbatim.
    pub printf_args: bool,
}

/// An imported document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Import {
    /// What was recognized, with each problem marked on its row.
    pub document: model::Document,
    /// The `define_codes!` source.
    pub source: String,
    /// The problems found, by line: the importer's, then the macro's. Each is marked in the
    /// source; the source compiles exactly when there is none of the macro's.
    pub problems: Vec<Problem>,
    /// What the importer decided that asks for no change (a code given twice with one
    /// message, made an alias), by line: said, not marked.
    pub notes: Vec<Problem>,
}

/// Imports a document: `text` is its content, `path` where it is (its file name goes into the
/// enums' docs).
pub fn import(text: &str, path: &str, options: &Options) -> Import {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (mut document, mut problems) = if json::is_json(text, path) {
        json::document(text, file_name(path), options.name.as_deref())
    } else {
        (self::document(text, path, options), Vec::new())
    };
    if options.printf_args {
        printf::convert(&mut document);
    }
    if let Some(table) = document.tables.first_mut() {
        table.shape = options.shape.clone().or(table.shape.take());
        table.strip_prefix = options.strip_prefix.clone().or(table.strip_prefix.take());
    }
    let mut notes = Vec::new();
    // What a JSON document that does not read has is said already.
    if problems.is_empty() {
        problems = check::document(&mut document, &mut notes);
    }
    let repr = options.repr;
    let mut written = write::source(&document, repr);
    let (_, errors) = check::macro_check(&written.source);
    if !errors.is_empty() {
        problems.extend(check::source(&mut document, &written.anchors, errors));
        // Again, with the macro's errors marked: comments only, so they stand where they were.
        written = write::source(&document, repr);
    }
    problems.sort_by_key(|problem| problem.line);
    notes.sort_by_key(|note| note.line);
    Import {
        document,
        source: written.source,
        problems,
        notes,
    }
}

/// What a document holds, before checking: a C header's table, or a Markdown document's.
/// Its content says which (a header named `.md`, or a page named `.h`, is noted).
pub fn document(text: &str, path: &str, options: &Options) -> model::Document {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let file = file_name(path);
    let is_c = c::looks_like_c(text);
    let mut document = if is_c {
        c::document(text, file, options)
    } else {
        recognize::document(read::blocks(text), file, options.name.as_deref())
    };
    if c::named_as_c(path).is_some_and(|named| named != is_c) {
        let what = if is_c {
            "the file holds C, not Markdown: read as a C header"
        } else {
            "the file is named as C but holds no C (no `#define`, `typedef` or `enum` lines): \
             read as Markdown"
        };
        document.notes.insert(0, (1, what.to_owned()));
    }
    let chooses_c_table = !options.prefixes.is_empty() || !options.enums.is_empty();
    if !is_c && chooses_c_table {
        document.notes.insert(
            0,
            (
                1,
                "`--prefix` and `--enum` choose a C header's table: not used for Markdown"
                    .to_owned(),
            ),
        );
    }
    document
}

/// A path's file name, without its directories.
fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

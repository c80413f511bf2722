//! `codes export`: the tables of Rust sources (read by [`sources`](mod@crate::sources), checked by
//! the macro's own pipeline) written for other tools and languages, one module per format:
//!
//! - [`json`](Format::Json): every row, section, reserved range and column as data, versioned
//!   ([`table::VERSION`]), with a JSON Schema in `codetable-cli/schema/`; `codes import` reads it
//!   back;
//! - [`markdown`]: each table's `MARKDOWN` document, which `codes import` reads back;
//! - [`typescript`]: a branded code type per table and a constant per code (and alias), a
//!   row per code, lookups by code and by name or alias, and the languages' union with
//!   `messageIn`;
//! - [`go`]: a named integer (or string) type, a constant per row and alias, `String()`,
//!   `Message()`, lookups, and a language type with `MessageIn`;
//! - [`python`]: a class of codes per table (an `int`, or a `str`, with a constant per row and
//!   alias), with `wire_name`, `message` and lookups, and a language enum with `message_in`;
//! - [`openapi`]: an OpenAPI 3.1 document with a schema per table: the codes as its `enum`,
//!   with `x-enum-varnames`, `x-enum-descriptions` (and one per other language) and
//!   `x-enum-aliases`;
//! - [`html`]: one self-contained page of every table, with a search box, an anchor per code
//!   and a language switch.
//!
//! Every format has every language of the messages and every alias: a lookup by name takes
//! an alias as the Rust table's `from_name` does, and a message in a language falls back to
//! the first language's as its `message_in` does.
//!
//! Every format carries a table of string codes' codes themselves, as the language's strings
//! (TypeScript's branded `string`, Go's `string` type, a class on Python's `str`, OpenAPI's
//! `type: string`, JSON strings), and a table shown in hex says so (`json`'s `hex`) and writes
//! its codes in hex where the language has hex literals
//! ([`ExportedTable::code_literal`](table::ExportedTable::code_literal)).
//!
//! Each file says at its top that `codes export` generated it, and from which sources. Each
//! format has one shape for a table of ten rows and of 30 000, which its toolchain checks in
//! time about linear in the rows (BENCHMARKS.md, "Exports at scale").

pub mod arguments;
pub mod escape;
pub mod go;
pub mod html;
pub mod markdown;
pub mod names;
pub mod openapi;
pub mod python;
pub mod table;
pub mod typescript;

use crate::sources;

/// A format `codes export` writes: `--format` takes each by its name in lowercase (`json`,
/// `typescript`), which clap's [`ValueEnum`](clap::ValueEnum) derives from the variant's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Versioned JSON: every row, section, reserved range and column.
    Json,
    /// The tables' `MARKDOWN` documents.
    Markdown,
    /// A TypeScript module.
    Typescript,
    /// A Go file.
    Go,
    /// A Python module.
    Python,
    /// An OpenAPI 3.1 document (YAML).
    Openapi,
    /// One self-contained HTML page, with a search box and a language switch.
    Html,
}

impl Format {
    /// The usual extension of a file in the format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Markdown => "md",
            Format::Typescript => "ts",
            Format::Go => "go",
            Format::Python => "py",
            Format::Openapi => "yaml",
            Format::Html => "html",
        }
    }
}

/// How to export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The Go file's package (`--package`): lowercase ASCII letters and digits, starting with
    /// a letter ([`names::is_go_package`]); `codes` when it is not.
    pub go_package: String,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            go_package: "codes".to_owned(),
        }
    }
}

/// What the exporter writes of itself: `codes export 0.1.0`.
pub const GENERATOR: &str = concat!("codes export ", env!("CARGO_PKG_VERSION"));

/// The tables in a format. Every table is exported under its name, so two of one name are
/// refused, at the second, naming the first.
pub fn export(
    format: Format,
    found: &[sources::FoundTable],
    options: &Options,
) -> Result<String, Vec<sources::Error>> {
    let mut errors = Vec::new();
    for (index, table) in found.iter().enumerate() {
        let first = found[..index]
            .iter()
            .find(|other| other.table.ident == table.table.ident);
        if let Some(first) = first {
            errors.push(sources::Error {
                file: table.file.clone(),
                line: table.line,
                message: format!(
                    "a table named `{}` is exported already, from {}:{}: each table is exported \
                     under its name, so export one of them, or rename one",
                    table.table.ident, first.file, first.line
                ),
            });
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let files = files(found);
    let tables = table::tables(found);
    let out = match format {
        Format::Json => {
            table::json(tables, format!("{GENERATOR} from {files}")).map_err(|error| {
                // Unreachable: the macro's values are numbers JSON writes as they are.
                vec![sources::Error {
                    file: files.clone(),
                    line: found.first().map_or(1, |table| table.line),
                    message: format!("cannot write the JSON: {error}"),
                }]
            })?
        }
        Format::Markdown => markdown::file(&files, found),
        Format::Typescript => typescript::file(&files, &tables),
        Format::Go => go::file(&files, &options.go_package, &tables),
        Format::Python => python::file(&files, &tables),
        Format::Openapi => openapi::file(&files, &tables),
        Format::Html => html::file(&files, found, &tables),
    };
    Ok(out)
}

/// The sources of some tables, each once, in order: `a.rs, b.rs`.
fn files(found: &[sources::FoundTable]) -> String {
    let mut files: Vec<&str> = Vec::new();
    for table in found {
        if !files.contains(&table.file.as_str()) {
            files.push(&table.file);
        }
    }
    files.join(", ")
}

/// What a generated file says first (as a comment of its language): that `codes export`
/// generated it, from which sources (`files`, as [`export`] lists them).
pub fn header(files: &str) -> String {
    format!(
        "Generated by `{GENERATOR}` from {}: do not edit; change the `define_codes!` table \
         and export it again.",
        escape::comment_text(files)
    )
}

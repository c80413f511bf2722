//! Reading Rust sources: every `define_codes!` table of some files and directories, checked
//! by the macro's own pipeline (`codetable_pipeline::check`), each with the file and line it is
//! defined at: the input of `codes export` and `codes diff`.
//!
//! A file is parsed with syn; every macro invocation whose path ends in `define_codes`
//! (`codetable::define_codes! { .. }`, `define_codes!(..)`, as an item, a statement or an
//! expression, at any depth of modules, functions and impls) is checked as the macro checks
//! it. What the macro would reject is an [`Error`] at its line, in the macro's words; a file
//! that is no Rust is one too, at the line syn stopped at.
//!
//! ```
//! let source = "codetable::define_codes! {\n    pub enum E {\n        1 => A, \"a\",\n    }\n}\n";
//! let read = codetable_cli::sources::read_text(source, "src/e.rs");
//! assert!(read.errors.is_empty());
//! assert_eq!((read.tables[0].file.as_str(), read.tables[0].line), ("src/e.rs", 2));
//! assert_eq!(read.tables[0].table.ident, "E");
//! ```

use codetable_pipeline::model;
use proc_macro2::TokenStream;
use std::fmt;
use std::path::{Path, PathBuf};
use syn::visit::Visit;

/// A checked table, and where it is defined.
pub struct FoundTable {
    /// The file, as given or as found under a directory given (`seeds/src/pcs.rs`).
    pub file: String,
    /// The line of the enum's name (1-based).
    pub line: usize,
    /// The table, as the macro checked it.
    pub table: model::Table,
}

/// Something the macro (or Rust's syntax) rejects in a file: `FILE:LINE: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// The file.
    pub file: String,
    /// The line (1-based).
    pub line: usize,
    /// What is wrong, in the macro's words (or syn's, for a file that is no Rust).
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// What some sources hold.
#[derive(Default)]
pub struct Read {
    /// The files read, in the order read.
    pub files: Vec<String>,
    /// The valid tables, in the order of the files and, in a file, of the source.
    pub tables: Vec<FoundTable>,
    /// What the macro rejects, by file and line: a table with errors is left out of
    /// [`Read::tables`].
    pub errors: Vec<Error>,
}

/// A file or directory that could not be read.
#[derive(Debug)]
pub struct IoError {
    /// The path, as shown.
    pub path: String,
    /// Why.
    pub error: std::io::Error,
}

impl fmt::Display for IoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot read {}: {}", self.path, self.error)
    }
}

/// Reads every file given, and every `.rs` file under every directory given (in name order,
/// leaving out hidden directories and `target`, where cargo writes its builds). A file given
/// twice is read once.
pub fn read(paths: &[PathBuf]) -> Result<Read, IoError> {
    let mut files = Vec::new();
    for path in paths {
        let metadata = std::fs::metadata(path).map_err(|error| io(path, error))?;
        if metadata.is_dir() {
            walk(path, &mut files, &mut Vec::new())?;
        } else {
            files.push(path.clone());
        }
    }
    let mut seen = std::collections::HashSet::new();
    let mut read = Read::default();
    for path in files {
        // `a/b.rs` and `./a/b.rs` are one file.
        let canonical = std::fs::canonicalize(&path).map_err(|error| io(&path, error))?;
        if !seen.insert(canonical) {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|error| io(&path, error))?;
        let shown = path.display().to_string();
        match String::from_utf8(bytes) {
            Ok(text) => {
                let file = read_text(&text, &shown);
                read.tables.extend(file.tables);
                read.errors.extend(file.errors);
            }
            Err(_) => read.errors.push(Error {
                file: shown.clone(),
                line: 1,
                message: "the file is not UTF-8 text, so it is no Rust source".to_owned(),
            }),
        }
        read.files.push(shown);
    }
    Ok(read)
}

fn io(path: &Path, error: std::io::Error) -> IoError {
    IoError {
        path: path.display().to_string(),
        error,
    }
}

/// The `.rs` files under a directory, in name order; `visited` holds the directories entered
/// (canonical), so that a symbolic link back up is not followed round.
fn walk(dir: &Path, files: &mut Vec<PathBuf>, visited: &mut Vec<PathBuf>) -> Result<(), IoError> {
    let canonical = std::fs::canonicalize(dir).map_err(|error| io(dir, error))?;
    if visited.contains(&canonical) {
        return Ok(());
    }
    visited.push(canonical);
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|error| io(dir, error))? {
        entries.push(entry.map_err(|error| io(dir, error))?.path());
    }
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned());
        let name = name.unwrap_or_default();
        let metadata = std::fs::metadata(&path).map_err(|error| io(&path, error))?;
        if metadata.is_dir() {
            if !name.starts_with('.') && name != "target" {
                walk(&path, files, visited)?;
            }
        } else if name.ends_with(".rs") {
            files.push(path);
        }
    }
    Ok(())
}

/// Reads one file's text: `file` is how errors and tables name it.
pub fn read_text(text: &str, file: &str) -> Read {
    let mut read = Read {
        files: vec![file.to_owned()],
        ..Read::default()
    };
    let error = |line: usize, message: String| Error {
        file: file.to_owned(),
        line,
        message,
    };
    let syntax = match syn::parse_file(text) {
        Ok(syntax) => syntax,
        Err(found) => {
            let line = found.span().start().line.max(1);
            read.errors.push(error(
                line,
                format!("the file does not parse as Rust: {found}"),
            ));
            return read;
        }
    };
    let mut finder = Finder::default();
    finder.visit_file(&syntax);
    for (invocation, tokens) in finder.invocations {
        let (tables, errors) = codetable_pipeline::check(tokens);
        let before = read.errors.len();
        for found in errors.iter() {
            // An error without a place in the file stands at the invocation.
            let line = match found.span().start().line {
                0 => invocation,
                line => line,
            };
            read.errors.push(error(line, found.to_string()));
        }
        // An error no table is marked with (a syntax error of the invocation) refuses every
        // table of it.
        let unplaced = read.errors.len() > before && tables.iter().all(|table| table.valid);
        for table in tables {
            if table.valid && !unplaced {
                read.tables.push(FoundTable {
                    file: file.to_owned(),
                    line: table.ident.span().start().line,
                    table,
                });
            }
        }
    }
    read
}

/// Every `define_codes!` invocation of a file: its line, and its tokens.
#[derive(Default)]
struct Finder {
    invocations: Vec<(usize, TokenStream)>,
}

impl<'ast> Visit<'ast> for Finder {
    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        let is_define_codes = mac
            .path
            .segments
            .last()
            .is_some_and(|segment| segment.ident == "define_codes");
        if is_define_codes {
            let line = mac
                .path
                .segments
                .last()
                .map_or(1, |segment| segment.ident.span().start().line);
            self.invocations.push((line, mac.tokens.clone()));
        }
        syn::visit::visit_macro(self, mac);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invocations_anywhere_are_found() {
        let source = r#"
use codetable::define_codes;
define_codes!(pub enum A { 1 => X, "x" });
mod inner {
    fn f() {
        codetable::define_codes! { enum B { 2 => Y, "y" } }
    }
    impl S {
        const C: () = { ::codetable::define_codes! { enum C { 3 => Z, "z" } } };
    }
}
other::macro_call! { enum D { 4 => W, "w" } }
"#;
        let read = read_text(source, "x.rs");
        assert_eq!(read.errors, []);
        let found: Vec<(String, usize)> = read
            .tables
            .iter()
            .map(|table| (table.table.ident.to_string(), table.line))
            .collect();
        assert_eq!(
            found,
            [("A".into(), 3), ("B".into(), 6), ("C".into(), 9)],
            "one table per invocation, at its enum's line"
        );
    }

    #[test]
    fn the_macros_errors_at_their_lines_refuse_the_table() {
        let source = "codetable::define_codes! {\n    pub enum E {\n        1 => A, \"a\",\n        1 => B, \"b\",\n    }\n    pub enum F { 2 => C, \"c\" }\n}\n";
        let read = read_text(source, "e.rs");
        let shown: Vec<String> = read.errors.iter().map(ToString::to_string).collect();
        assert_eq!(shown.len(), 2, "{shown:?}");
        assert!(shown[0].starts_with("e.rs:4: code 1 is defined twice"));
        assert_eq!(shown[1], "e.rs:3: code 1 first defined here");
        // The valid table of the same invocation is still read.
        let names: Vec<String> = read
            .tables
            .iter()
            .map(|t| t.table.ident.to_string())
            .collect();
        assert_eq!(names, ["F"]);
    }

    #[test]
    fn a_syntax_error_is_reported_at_its_line() {
        let read = read_text("fn main() {\n    let x = ;\n}\n", "bad.rs");
        assert_eq!(read.errors.len(), 1);
        assert_eq!(read.errors[0].line, 2);
        assert!(read.errors[0]
            .message
            .starts_with("the file does not parse as Rust"));
        let read = read_text(
            "codetable::define_codes! {\n    pub enum E { 1 => }\n}\n",
            "bad.rs",
        );
        assert_eq!(read.errors[0].line, 2, "{:?}", read.errors);
        assert!(read.errors[0].message.contains("expected a name"));
        assert!(read.tables.is_empty());
    }
}

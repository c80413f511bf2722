//! The `codes` command:
//!
//! - `codes import FILE [--name Enum] [--repr i32] [--prefix P].. [--enum NAME].. [--shape
//!   REGEX] [--strip-prefix P] [-o out.rs]`
//!   writes the `define_codes!` source to stdout (or the file), each note to stderr as
//!   `FILE:LINE: note: ..` and each problem found as `FILE:LINE: problem`. Exits with 0 when
//!   there was no problem (the source compiles), 1 when there were problems (the source is
//!   written all the same, each problem marked with a `// FIXME`), 2 on a usage or I/O error.
//! - `codes export --format FORMAT [-o OUT] PATH...` writes the `define_codes!` tables of
//!   Rust sources in a format. Exits with 0 when it wrote them, 1 when a table is invalid
//!   (each of the macro's errors on stderr as `FILE:LINE: message`, nothing written) or there
//!   is none, 2 on a usage or I/O error.
//! - `codes diff OLD NEW` (each a Rust file or a directory of them) or `codes diff --base
//!   GIT_REV [PATH...]` (the working tree against a git revision) lists each change of the
//!   `define_codes!` tables as `FILE:LINE: breaking: ..` or `FILE:LINE: compatible: ..`.
//!   Exits with 0 when nothing breaks, 1 when something does, 2 on a usage, I/O or parse
//!   error.
//! - `codes explain CODE [PATH...]` prints the row of a code (or wire name) of the tables of
//!   Rust sources, as `rustc --explain` prints an error. Exits with 0 when a table has it, 1
//!   when none does, 2 on a usage or I/O error or an invalid table.
//!
//! A closed stdout or stderr (`codes import doc.md | head`) ends any of them quietly, with 2 when
//! the output could not be written.

use clap::builder::PossibleValue;
use clap::{Args, Parser, Subcommand, ValueEnum};
use codetable_cli::export::Format;
use codetable_pipeline::model::Repr;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Error-code tables as `codetable::define_codes!` source.
#[derive(Parser)]
#[command(name = "codes", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Reads a document (Markdown tables, `CODE NAME message` lines, a `json` export, or a C
    /// header's `#define`s and enums) and writes its tables as `define_codes!` source; problems
    /// go to stderr as `FILE:LINE: problem` (exit 1, each marked `// FIXME` in the source),
    /// notes as `FILE:LINE: note: ..` (nothing to change).
    Import(Import),
    /// Reads Rust sources (files, or directories of `.rs` files) and writes every
    /// `define_codes!` table in them in a format; an invalid table is refused, with the
    /// macro's errors on stderr as `FILE:LINE: message`.
    Export(Export),
    /// Compares two versions of some tables, read as the macro reads them, and lists each
    /// change as `FILE:LINE: breaking: ..` or `FILE:LINE: compatible: ..`: exit 0 when nothing
    /// breaks, 1 when something does, 2 on a usage, I/O or parse error.
    Diff(Diff),
    /// Prints what a code means, as `rustc --explain` does: the row of each table of the Rust
    /// sources whose code (decimal or `0x` hex) or wire name (or alias) is CODE, with its
    /// messages, section, explanation and help link; exit 1 when no table has it.
    Explain(Explain),
}

#[derive(Args)]
struct Explain {
    /// A code (`31066`, `-61`, `0x80004001`), or a wire name or alias.
    code: String,
    /// The Rust source files, or directories to read every `.rs` file under (default: the
    /// current directory).
    paths: Vec<PathBuf>,
}

#[derive(Args)]
struct Diff {
    /// The old version from git, at this revision (a tag, a branch, a commit), of the PATHS;
    /// the new one is the working tree's.
    #[arg(long, value_name = "GIT_REV")]
    base: Option<String>,
    /// Without `--base`: OLD and NEW, each a Rust file or a directory of them. With it: the
    /// files and directories to compare (default: the current directory).
    paths: Vec<PathBuf>,
}

#[derive(Args)]
struct Export {
    /// The format to write.
    #[arg(long)]
    format: Format,
    /// Where to write (default: stdout).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// The Go file's package name (`--format go`).
    #[arg(long, default_value = "codes", value_parser = go_package)]
    package: String,
    /// The Rust source files, or directories to read every `.rs` file under.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

#[derive(Args)]
struct Import {
    /// The document to read.
    file: PathBuf,
    /// The first enum's name (default: from the title heading or the file's name).
    #[arg(long, value_parser = identifier)]
    name: Option<String>,
    /// The code type (default: `i32`, wider for codes it does not hold; for a table written in
    /// hex, the smallest unsigned type that holds its codes).
    #[arg(long)]
    repr: Option<CodeType>,
    /// A C header's table: its macros and enumerators whose names start with PREFIX (may be
    /// given several times). Without `--prefix` and `--enum`: the largest family of names
    /// sharing a prefix, or the largest enum.
    #[arg(long, value_name = "PREFIX")]
    prefix: Vec<String>,
    /// A C header's table: the enumerators of the C enum of this tag or typedef name (may be
    /// given several times).
    #[arg(long = "enum", value_name = "NAME")]
    r#enum: Vec<String>,
    /// The first table's `#[codetable(shape = "REGEX")]`: a regular expression every string
    /// code of it matches whole (SQLSTATE: `[0-9A-Z]{5}`).
    #[arg(long, value_name = "REGEX")]
    shape: Option<String>,
    /// The first table's `#[codetable(strip_prefix = "PREFIX")]`: taken off its wire names
    /// before their variants are made (`ERRCODE_UNIQUE_VIOLATION` → `UniqueViolation`).
    #[arg(long, value_name = "PREFIX")]
    strip_prefix: Option<String>,
    /// The messages are C printf templates: each conversion becomes a named argument of its
    /// row (`%s` → `{arg1}`, a `&str`; `%-.192s` → `{arg1:.192}`; `%lu` → a `u64`), kept in
    /// order (default: messages kept verbatim).
    #[arg(long)]
    printf_args: bool,
    /// Where to write the source (default: stdout).
    #[arg(short, long)]
    output: Option<PathBuf>,
}

/// A code type as `--repr` takes it: clap's closed set of the pipeline's code types, by name.
#[derive(Clone, Copy)]
struct CodeType(Repr);

impl CodeType {
    /// [`Repr::ALL`], in its order.
    const ALL: [CodeType; Repr::ALL.len()] = {
        let mut all = [CodeType(Repr::I32); Repr::ALL.len()];
        let mut index = 0;
        while index < all.len() {
            all[index] = CodeType(Repr::ALL[index]);
            index += 1;
        }
        all
    };
}

impl ValueEnum for CodeType {
    fn value_variants<'a>() -> &'a [Self] {
        &CodeType::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.0.name()))
    }
}

/// An enum name must be an identifier.
fn identifier(name: &str) -> Result<String, String> {
    if codetable_cli::import::recognize::text::is_ident(name) {
        Ok(name.to_owned())
    } else {
        Err(format!("`{name}` is not an identifier"))
    }
}

/// A Go package name: lowercase ASCII letters and digits.
fn go_package(name: &str) -> Result<String, String> {
    if codetable_cli::export::names::is_go_package(name) {
        Ok(name.to_owned())
    } else {
        Err(format!(
            "`{name}` is no Go package name: lowercase ASCII letters and digits, starting with \
             a letter"
        ))
    }
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Import(args) => import(args),
        Command::Export(args) => export(args),
        Command::Diff(args) => diff(args),
        Command::Explain(args) => explain(args),
    }
}

fn explain(args: Explain) -> ExitCode {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths
    };
    let read = match read_valid(&paths, 2) {
        Ok(read) => read,
        Err(exit) => return exit,
    };
    let query = codetable_cli::explain::Query::parse(&args.code);
    let explained = codetable_cli::explain::explain(&query, &read.tables);
    if explained.is_empty() {
        say(format_args!(
            "codes: no table of the {} file{} read has `{}`",
            read.files.len(),
            if read.files.len() == 1 { "" } else { "s" },
            args.code
        ));
        return ExitCode::from(1);
    }
    match write_output(None, &explained.join("\n"), "the explanation") {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            if let Some(error) = error {
                say(format_args!("codes: {error}"));
            }
            ExitCode::from(2)
        }
    }
}

fn diff(args: Diff) -> ExitCode {
    let read = |paths: &[PathBuf]| {
        codetable_cli::sources::read(paths).map_err(|error| format!("codes: {error}"))
    };
    let versions = match &args.base {
        Some(rev) => {
            let paths = if args.paths.is_empty() {
                vec![PathBuf::from(".")]
            } else {
                args.paths.clone()
            };
            codetable_cli::diff::git::read_at_revision(rev, &paths)
                .map_err(|error| format!("codes: {error}"))
                .and_then(|old| Ok((old, read(&paths)?)))
        }
        None => match args.paths.as_slice() {
            [old, new] => read(std::slice::from_ref(old))
                .and_then(|old| Ok((old, read(std::slice::from_ref(new))?))),
            _ => Err("codes: diff takes OLD and NEW, or --base GIT_REV [PATH...]".to_owned()),
        },
    };
    let (old, new) = match versions {
        Ok(versions) => versions,
        Err(error) => {
            say(format_args!("{error}"));
            return ExitCode::from(2);
        }
    };
    let errors: Vec<_> = old.errors.iter().chain(&new.errors).collect();
    for error in &errors {
        say(format_args!("{error}"));
    }
    if !errors.is_empty() {
        return ExitCode::from(2);
    }
    let changes = codetable_cli::diff::diff(&old, &new);
    let mut out = std::io::stdout().lock();
    for change in &changes {
        if writeln!(out, "{change}").is_err() {
            return ExitCode::from(2);
        }
    }
    if changes.iter().any(|change| change.breaking) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The tables of Rust sources, each error said on stderr: exit 2 for an I/O error, `invalid`
/// for an invalid table.
fn read_valid(paths: &[PathBuf], invalid: u8) -> Result<codetable_cli::sources::Read, ExitCode> {
    let read = codetable_cli::sources::read(paths).map_err(|error| {
        say(format_args!("codes: {error}"));
        ExitCode::from(2)
    })?;
    for error in &read.errors {
        say(format_args!("{error}"));
    }
    if !read.errors.is_empty() {
        return Err(ExitCode::from(invalid));
    }
    Ok(read)
}

fn export(args: Export) -> ExitCode {
    let read = match read_valid(&args.paths, 1) {
        Ok(read) => read,
        Err(exit) => return exit,
    };
    if read.tables.is_empty() {
        say(format_args!(
            "codes: no `define_codes!` table in {} file{} read",
            read.files.len(),
            if read.files.len() == 1 { "" } else { "s" }
        ));
        return ExitCode::from(1);
    }
    let options = codetable_cli::export::Options {
        go_package: args.package,
    };
    let text = match codetable_cli::export::export(args.format, &read.tables, &options) {
        Ok(text) => text,
        Err(errors) => {
            for error in &errors {
                say(format_args!("{error}"));
            }
            return ExitCode::from(1);
        }
    };
    match write_output(args.output.as_deref(), &text, "the export") {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            if let Some(error) = error {
                say(format_args!("codes: {error}"));
            }
            ExitCode::from(2)
        }
    }
}

/// Writes to the file, or to stdout; the error is why it could not, `None` for a closed
/// stdout (a reader that stopped reading, `| head`, wants no message).
fn write_output(
    path: Option<&std::path::Path>,
    text: &str,
    what: &str,
) -> Result<(), Option<String>> {
    match path {
        Some(path) => std::fs::write(path, text)
            .map_err(|error| Some(format!("cannot write {}: {error}", path.display()))),
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(text.as_bytes())
                .and_then(|()| stdout.flush())
                .map_err(|error| {
                    (error.kind() != std::io::ErrorKind::BrokenPipe)
                        .then(|| format!("cannot write {what}: {error}"))
                })
        }
    }
}

fn import(args: Import) -> ExitCode {
    let shown = args.file.display().to_string();
    let text = match std::fs::read(&args.file) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(error) => {
            say(format_args!("codes: cannot read {shown}: {error}"));
            return ExitCode::from(2);
        }
    };
    let options = codetable_cli::Options {
        name: args.name,
        repr: args.repr.map(|CodeType(repr)| repr),
        prefixes: args.prefix,
        enums: args.r#enum,
        shape: args.shape,
        strip_prefix: args.strip_prefix,
        printf_args: args.printf_args,
    };
    let import = codetable_cli::import(&text, &shown, &options);
    let written = write_output(args.output.as_deref(), &import.source, "the source");
    for note in &import.notes {
        say(format_args!(
            "{shown}:{}: note: {}",
            note.line, note.message
        ));
    }
    for problem in &import.problems {
        say(format_args!(
            "{shown}:{}: {}",
            problem.line, problem.message
        ));
    }
    if let Err(error) = written {
        if let Some(error) = error {
            say(format_args!("codes: {error}"));
        }
        return ExitCode::from(2);
    }
    if import.problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// A line to stderr; nothing if stderr is closed (`eprintln!` would panic).
fn say(line: std::fmt::Arguments<'_>) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

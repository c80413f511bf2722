//! The `codes` command: `codes import FILE [--name Enum] [--repr i32] [-o out.rs]`.
//!
//! Writes the `define_codes!` source to stdout (or the file), and each problem found to
//! stderr as `FILE:LINE: problem`. Exits with 0 when there was none (the source compiles),
//! 1 when there were problems (the source is written all the same, each problem marked with a
//! `// FIXME`), 2 on a usage or I/O error. A closed stdout or stderr (`codes import doc.md |
//! head`) ends it quietly, with 2 when the source could not be written.

use clap::{Args, Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Error-code tables as `codes::define_codes!` source.
#[derive(Parser)]
#[command(name = "codes", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Reads a document (Markdown tables, `CODE NAME message` lines) and writes its tables as
    /// `define_codes!` source; problems go to stderr as `FILE:LINE: problem`.
    Import(Import),
}

#[derive(Args)]
struct Import {
    /// The document to read.
    file: PathBuf,
    /// The first enum's name (default: from the title heading or the file's name).
    #[arg(long, value_parser = identifier)]
    name: Option<String>,
    /// The code type.
    #[arg(long, value_parser = ["i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64"])]
    repr: Option<String>,
    /// Where to write the source (default: stdout).
    #[arg(short, long)]
    output: Option<PathBuf>,
}

/// An enum name must be an identifier.
fn identifier(name: &str) -> Result<String, String> {
    if codes_cli::recognize::text::is_ident(name) {
        Ok(name.to_owned())
    } else {
        Err(format!("`{name}` is not an identifier"))
    }
}

fn main() -> ExitCode {
    let Command::Import(args) = Cli::parse().command;
    let shown = args.file.display().to_string();
    let text = match std::fs::read(&args.file) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(error) => {
            say(format_args!("codes: cannot read {shown}: {error}"));
            return ExitCode::from(2);
        }
    };
    let options = codes_cli::Options {
        name: args.name,
        repr: args.repr,
    };
    let import = codes_cli::import(&text, &shown, &options);
    let written = match &args.output {
        Some(path) => std::fs::write(path, &import.source)
            .map_err(|error| Some(format!("cannot write {}: {error}", path.display()))),
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(import.source.as_bytes())
                .and_then(|()| stdout.flush())
                .map_err(|error| {
                    // A reader that stopped reading (`| head`) wants no more: no message.
                    (error.kind() != std::io::ErrorKind::BrokenPipe)
                        .then(|| format!("cannot write the source: {error}"))
                })
        }
    };
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

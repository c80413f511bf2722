//! The `codes` command: `codes import FILE [--name Enum] [--repr i32] [-o out.rs]`.
//!
//! Writes the `define_codes!` source to stdout (or the file), and each problem found to
//! stderr as `FILE:LINE: problem`. Exits with 0 when there was none, 1 when there were
//! problems (the source is written all the same, each problem marked with a `// FIXME`), 2 on
//! a usage or I/O error.

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
    let mut chars = name.chars();
    let starts = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    if starts && chars.all(|c| c.is_ascii_alphanumeric() || c == '_') {
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
            eprintln!("codes: cannot read {shown}: {error}");
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
            .map_err(|error| format!("cannot write {}: {error}", path.display())),
        None => std::io::stdout()
            .lock()
            .write_all(import.source.as_bytes())
            .map_err(|error| format!("cannot write the source: {error}")),
    };
    for problem in &import.problems {
        eprintln!("{shown}:{}: {}", problem.line, problem.message);
    }
    if let Err(error) = written {
        eprintln!("codes: {error}");
        return ExitCode::from(2);
    }
    if import.problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

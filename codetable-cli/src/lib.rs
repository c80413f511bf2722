//! The `codes` command as a library, one module per command:
//!
//! - [`import`](mod@import): error-code tables from documentation (Markdown tables, `CODE NAME
//!   message` lines, headings as sections, or a `json` export) as `codetable::define_codes!`
//!   source, with the problems a tool can find in them reported and marked;
//! - [`export`]: the `define_codes!` tables of Rust sources as JSON, Markdown, TypeScript, Go,
//!   Python, OpenAPI or an HTML page, whose `json` and `markdown` formats `codes import` reads
//!   back;
//! - [`diff`]: what changed between two versions of some tables, and whether it breaks the
//!   code that uses them;
//! - [`explain`](mod@explain): a code's row, as `rustc --explain` prints an error.
//!
//! Each command's stages are modules of its own module; [`sources`] reads the tables of Rust
//! sources as the macro does, for `export` and `diff`. The crate's root re-exports what
//! importing takes: [`import()`], its [`Options`], its result [`Import`] and its [`Problem`]s.
//!
//! ```
//! let markdown = "| 错误码 | 名称 | 中文 |\n|---|---|---|\n| 1 | NOT_FOUND | 未找到 |\n";
//! let import = codetable_cli::import(markdown, "errors.md", &codetable_cli::Options::default());
//! assert!(import.problems.is_empty());
//! assert!(import.source.contains("1 => NOT_FOUND, \"未找到\","));
//! ```

#![warn(missing_docs)]

pub mod diff;
pub mod explain;
pub mod export;
pub mod import;
pub mod sources;

pub use import::{import, Import, Options, Problem};

//! The guide: everything `define_codes!` takes, checks and generates, one page per subject.
//!
//! - [`syntax`]: the grammar of a table, rows without a message, hex codes, variant names,
//!   aliases, retired names, nameless rows and columns.
//! - [`errors`]: the mistakes the compiler catches, and where each error points.
//! - [`generated_api`]: the enum, its traits and items, the section enum, `MARKDOWN`.
//! - [`string_codes`]: tables whose codes are strings.
//! - [`languages`]: messages in several languages.
//! - [`arguments`]: messages with typed arguments.
//! - [`explained`]: a row's explanation and help link.
//! - [`sdks`]: codes a newer server sends, `#[non_exhaustive]` tables, serde.
//! - [`serving`]: tables served over HTTP (axum) and gRPC (tonic).
//! - [`features`]: the crate's features and `no_std`.
//! - [`performance`]: how the lookups are fast, and big tables.
//! - [`soundness`]: why the generated `unsafe` is sound whatever the attributes.
//! - [`versioning`]: what a release may change.
//!
//! The `codes` command (`import`, `export`, `explain`, `diff`) is the crate
//! [`codetable-cli`](https://docs.rs/crate/codetable-cli/latest).

#[doc = include_str!("guide/syntax.md")]
pub mod syntax {}

#[doc = include_str!("guide/errors.md")]
pub mod errors {}

#[doc = include_str!("guide/generated_api.md")]
pub mod generated_api {}

#[doc = include_str!("guide/string_codes.md")]
pub mod string_codes {}

#[doc = include_str!("guide/languages.md")]
pub mod languages {}

#[doc = include_str!("guide/arguments.md")]
pub mod arguments {}

#[doc = include_str!("guide/explained.md")]
pub mod explained {}

#[doc = include_str!("guide/sdks.md")]
pub mod sdks {}

#[doc = include_str!("guide/serving.md")]
pub mod serving {}

#[doc = include_str!("guide/features.md")]
pub mod features {}

#[doc = include_str!("guide/performance.md")]
pub mod performance {}

#[doc = include_str!("guide/soundness.md")]
pub mod soundness {}

#[doc = include_str!("guide/versioning.md")]
pub mod versioning {}

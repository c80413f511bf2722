//! PostgreSQL's SQLSTATE codes (`fixtures/errcodes.txt`, PostgreSQL 15's `errcodes.txt` as
//! Debian's `postgresql-15` package ships it): a table of string codes, one section per class (43).
//!
//! # How it is made
//!
//! Nothing in `sqlstate/table.rs` is written by hand. `codes import` wrote it from
//! `fixtures/sqlstate.md`, a page laid out as the appendix of PostgreSQL's manual lays the
//! codes out (`## Class 08 — Connection Exception`, then a table `| Error Code | Macro Name |
//! Condition Name | Kind |`), which `codetable-cli/examples/documents.rs` makes of the file:
//!
//! ```text
//! cargo run -p codetable-cli --example documents -- sqlstate seeds/fixtures/errcodes.txt > seeds/fixtures/sqlstate.md
//! cargo run -p codetable-cli --bin codes -- import seeds/fixtures/sqlstate.md --name SqlState \
//!     --shape '[0-9A-Z]{5}' --strip-prefix ERRCODE_ -o seeds/src/sqlstate/table.rs
//! ```
//!
//! (`codetable-cli/tests/sqlstate.rs` imports the page again and compares.) Every code is a
//! string as the file writes it (`01000` keeps its zero, `22P02` its letter), and must have
//! SQLSTATE's shape, `#[codetable(shape = "[0-9A-Z]{5}")]`. Each `Section: Class 08 - ..`
//! line is a section of the codes that start with its class, [`SqlStateCategory`], named
//! from its title (`ConnectionException`; a remark in parentheses left out:
//! `Class 02 - No Data (this is also a warning class per the SQL standard)` is `NoData`),
//! its message the title as written. The file gives no message: the rows have none.
//!
//! # Names: the macro name is the wire name, the condition name a column
//!
//! Each line gives a code a C macro name, `ERRCODE_UNIQUE_VIOLATION`, and, on most lines, a
//! condition name, `unique_violation` (PL/pgSQL's `EXCEPTION WHEN unique_violation`). A wire
//! name must name one row, and five condition names name two codes each, in two classes:
//!
//! | condition name | codes |
//! |---|---|
//! | `string_data_right_truncation` | `01004` (a warning), `22001` (an error) |
//! | `null_value_not_allowed` | `22004`, `39004` |
//! | `modifying_sql_data_not_permitted` | `2F002`, `38002` |
//! | `prohibited_sql_statement_attempted` | `2F003`, `38003` |
//! | `reading_sql_data_not_permitted` | `2F004`, `38004` |
//!
//! In PL/pgSQL such a name catches both codes: it names a set of codes, not one. So the wire
//! name ([`name()`](SqlState::name), `from_name`, serde's by-name form) is the macro name,
//! which the file gives every code and never twice, and the condition name is the column
//! [`condition_name`](SqlState::condition_name), one value per row that may repeat; a table
//! made the other way would have had to invent a second name for five codes, which no
//! PostgreSQL user writes. `#[codetable(strip_prefix = "ERRCODE_")]` makes the variants
//! read as PostgreSQL's names do: `SqlState::UniqueViolation`, `SqlState::SREModifyingSqlDataNotPermitted`
//! (`ERRCODE_S_R_E_..`, where the file tells the two classes' codes apart by an abbreviation).
//! The column [`kind`](SqlState::kind) is the file's second field: `E` (error), `W` (warning)
//! or `S` (success).
//!
//! Six lines give a code that another line gives too, with a second macro name and no
//! condition name (`2202E ERRCODE_ARRAY_ELEMENT_ERROR` beside `2202E
//! ERRCODE_ARRAY_SUBSCRIPT_ERROR array_subscript_error`; `34000 ERRCODE_UNDEFINED_CURSOR`,
//! listed in class 42, beside class 34's `ERRCODE_INVALID_CURSOR_NAME`): `errcodes.h`
//! defines both macros as the one code, so each is an alias of the row that has the
//! condition name (`ERRCODE_UNDEFINED_CURSOR = ERRCODE_INVALID_CURSOR_NAME`), and
//! `from_name` finds the code by either.
//!
//! `tests/seed_sqlstate.rs` reads `fixtures/errcodes.txt` itself and checks every line against
//! the compiled table: each code, its class (the section's prefix and message), its macro
//! name, condition name and kind, and each alias.

include!("sqlstate/table.rs");

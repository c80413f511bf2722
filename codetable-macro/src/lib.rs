//! The proc macro behind [`codetable::define_codes!`](https://docs.rs/codes); depend on `codes`,
//! which re-exports it with the runtime types the generated code uses.
//!
//! A thin wrapper: the pipeline (parse, validate, lay out, expand) is the `codetable-pipeline`
//! library, which tools and tests call outside the compiler.

use proc_macro::TokenStream;

// Its examples run as the `codes` crate's doc tests (this crate's cannot use `codes`).
// The README, as the macro's docs (`tests/guide.rs` keeps them equal):
/// # codes
///
/// `codes` turns the error-code tables of API documentation into checked, fast Rust enums: paste
/// the rows into `define_codes!` and the compiler rejects duplicate codes and names, codes that do
/// not fit the table's type or range, and codes in reserved ranges, pointing at the rows. Each
/// table becomes an enum whose discriminants are its codes, with const lookups by code and by name,
/// messages, categories, `Display`, `Error`, `TryFrom`, `FromStr` and a `Code` trait for generic code.
///
/// ```sh
/// cargo run --example legacy_cos # the main demo: a real 200-row table, its sections, nameless rows and lookups
/// cargo test --workspace         # every test: behaviour, compile-fail (UI) snapshots, seeds, doc tests
/// ```
///
/// ## Example
///
/// ```rust
/// codetable::define_codes! {
///     /// 公众号全局返回码
///     #[repr(i32)]
///     pub enum WeChatError in -1..=99999 {
///         -1 => SYSTEM_BUSY, "系统繁忙，此时请开发者稍候再试",
///         0 => OK, "请求成功",
///         40001 => INVALID_CREDENTIAL, "获取 access_token 时 AppSecret 错误，或者 access_token 无效",
///         41000..=41999 => Missing, "缺少参数" {
///             41001 => MISSING_ACCESS_TOKEN, "缺少 access_token 参数",
///         },
///         60000..=69999 => reserved, "保留段，不得使用",
///     }
/// }
///
/// fn main() -> Result<(), codetable::UnknownCode> {
///     let e = WeChatError::try_from(41001)?;                 // WeChatError::MissingAccessToken
///     assert_eq!((e.name(), e as i32), ("MISSING_ACCESS_TOKEN", 41001));
///     assert_eq!(e.category(), Some(WeChatErrorCategory::Missing));
///     println!("{e}");                                       // 41001: 缺少 access_token 参数
///     Ok(())
/// }
/// ```
///
/// Depend on it with `codetable = "0.1"`; add `features = ["serde"]` for serde. It is
/// `#![no_std]`, and builds without `alloc` too (see [For SDKs](#for-sdks)). It needs Rust 1.86
/// (its `rust-version`, which CI builds and tests with), and 1.88 with the `tonic` feature, as
/// tonic does. The command (`codes import`, `export`, `diff`) is the crate `codetable-cli`:
/// `cargo install codetable-cli` installs it as `codes`. Each release and what it changed are in
/// CHANGELOG.md; what a release may change is under [Versioning](#versioning).
///
/// ## What the compiler catches
///
/// Each of these is a compile error at the token to change, and all of them are reported in one
/// compile; the rest of your crate sees the whole generated API, so one typo does not cascade.
///
/// | mistake | where the error points |
/// |---|---|
/// | a code used twice in one table | the second row, and "first defined here" on the first |
/// | a name used twice, or two names giving one variant (`FOO_BAR`, `FooBar`) | the second row, and the first |
/// | a code that does not fit the code type (`-1` with `u16`, `300` with `u8`), or with a suffix | the code (both tokens of `-1`) |
/// | a code outside the table's `in RANGE` or its section's range | the code, with the range named |
/// | a code inside a `reserved` range, written before or after it | the code, with the reserved range named |
/// | a section outside its parent or the table's range; sibling sections that overlap; a section overlapping a reserved range | the section's range |
/// | an empty or backwards range; a range bound that does not fit the code type | the range or the bound |
/// | a name that is no identifier (`2RSP`) or gives no variant (`__`); an empty message | that token |
/// | a row setting a column its table does not declare, or one column twice | the column's name (and the first setting) |
/// | a column value of the wrong type (`http = "404"`), out of its type's range (`http = 70000` for `u16`), or with another type's suffix | the value |
/// | a row leaving out a column that has no default and is not an `Option` | the row's code, with the columns named |
/// | a column declared twice, of a type no literal has (`Vec<u8>`), named like a method of the table (`name`), or not in snake_case | the column's name or type |
/// | an alias of a name the table has no row for, of a nameless row, or of another alias; an alias that is a row's name, is written twice, or gives a row's variant or another alias's constant | the alias, or the name it names |
/// | a row or alias given a retired name; a name retired twice | the name, with why it was retired, and the retired item |
/// | `#[codetable(..)]` other than `strip_prefix = "PREFIX"` and `languages(..)`, or an empty prefix; a name that is the prefix alone or gives no variant without it; `NAME as Self` | that option or name |
/// | a language declared twice; a message in a language the table does not declare, in its first, twice, empty or not a string; a column named like a language | the language or the message |
/// | `#[repr(C)]` or another non-integer repr; `#[derive(Debug)]` and other traits the macro implements; a table with no rows | that attribute or name |
/// | `#[cfg]` on a row, section, column or the table, or a `#[cfg_attr]` that can apply one (at any depth); `#[repr]` or a derive of an implemented trait inside `#[cfg_attr]` | that attribute, saying what to do instead |
/// | an attribute macro on the table that rewrites the enum: removes a variant, changes a discriminant or the `#[repr]`, or drops the check | the row, by name and code (see [Sound whatever the attributes](#sound-whatever-the-attributes)) |
/// | any syntax error | the token, with what was expected |
///
/// ```text
/// error: code -61 is defined twice: `ERROR_PROXY_SIGN_BUCKET_NOTMATCH` has it already; remove one of the rows, or give it its own code
///   --> tests/ui/seed001_proxy_duplicate_code.rs:39:9
///    |
/// 39 |         -61 => ERROR_PROXY_INVALID_CMD_REQ, "非法的CMD请求",
///    |         ^^^
///
/// error: code -61 first defined here
///   --> tests/ui/seed001_proxy_duplicate_code.rs:38:9
///    |
/// 38 |         -61 => ERROR_PROXY_SIGN_BUCKET_NOTMATCH, "bucket与签名中的bucket不匹配",
///    |         ^^^
/// ```
///
/// Every message names the code, name or range at fault, the other row or range involved, and
/// what to change.
///
/// ## Syntax
///
/// ```text
/// INPUT       := TABLE*
/// TABLE       := OUTER_ATTR* VIS enum IDENT COLUMNS? (in RANGE)? { ITEM,* }
/// COLUMNS     := ( COLUMN_DECL,* )
/// COLUMN_DECL := OUTER_ATTR* IDENT : TYPE (= VALUE)?
/// ITEM        := ROW | SECTION | RESERVED | ALIAS | RETIRED
/// ROW         := OUTER_ATTR* CODE => NAME (as IDENT)? , "MESSAGE" (, IDENT = VALUE)*
/// SECTION     := OUTER_ATTR* RANGE => IDENT , "MESSAGE" { ITEM,* }
/// RESERVED    := RANGE => reserved (, "MESSAGE")?
/// ALIAS       := OUTER_ATTR* IDENT = IDENT      (another wire name of the named row)
/// RETIRED     := IDENT => retired (, "MESSAGE")?  (a wire name no row or alias may take)
/// CODE        := -? INTEGER_LITERAL        (no suffix)
/// RANGE       := CODE ..= CODE  |  CODE .. CODE
/// NAME        := IDENT | _                 (the wire name, kept verbatim; keywords allowed)
/// VALUE       := -? LITERAL | IDENT        (checked against the column's TYPE; IDENT: a tonic::Code)
/// TYPE        := INT | f32 | f64 | bool | char | &'static str
///              | http::StatusCode | tonic::Code | Option<one of those>
/// ```
///
/// Items are separated by commas (a trailing comma is allowed; the comma after a `}` is optional).
/// `#[repr(T)]`, with T one of `i8 i16 i32 i64 u8 u16 u32 u64`, sets the code type (`i32` when
/// absent); `#[codetable(strip_prefix = "PREFIX_", languages(LANG, ..))]` is read by the macro (see
/// [Variant names](#variant-names) and [Messages in several
/// languages](#messages-in-several-languages)); every other attribute and doc comment on the table goes to
/// the enum, and those on a row (docs, `#[deprecated]`, `#[default]`) to its variant. Several
/// tables may share one invocation.
///
/// ### Variant names
///
/// A row's variant is named from its wire name: a name in one ASCII case becomes its capitalised
/// words (`INVALID_CREDENTIAL` → `InvalidCredential`, `OK` → `Ok`), a name in UpperCamelCase
/// already is kept as written (`BadIDChoice`), and any other gets heck's UpperCamelCase
/// (`Bad_Request` → `BadRequest`). `name()` always returns the wire name as written. Two ways to
/// change the variant:
///
/// - `#[codetable(strip_prefix = "CURLE_")]` on the table: the prefix is taken off each wire name
///   that has it before the variant is made (`CURLE_OK` → `CurlCode::Ok`);
/// - `CODE => NAME as Variant`: the row's variant, as written.
///
/// Two rows whose variants come out the same are a compile error at both.
///
/// ### Messages in several languages
///
/// A table whose messages exist in more than one language (seed 003 gives each row a Chinese and
/// an English text) declares them, `#[codetable(languages(zh, en))]`, the first being that of every
/// row's message; a row gives its message in another language as it sets a column,
/// `, en = "network error"`, and may leave one out: the message stands in for it. The table gains
/// a language enum (`PcsErrorLanguage::{Zh, En}`, with `ALL`, `tag()` and `from_tag`), and
/// `const fn message_in(self, language)` and `display_in(self, language)` (which shows
/// `31021: network error` as `Display` shows the first). `message()` keeps the first language.
/// `MARKDOWN` has a `message:en` column per language after the first. A language declared twice,
/// a message in a language the table does not declare, or in its first, and a column named like a
/// language are compile errors at the token.
///
/// ```rust
/// codetable::define_codes! {
///     #[codetable(languages(zh, en))]
///     pub enum PcsError(http: u16) {
///         31021 => NETWORK_ERROR, "网络错误", en = "network error", http = 503,
///         31023 => PARAM_ERROR, "输入参数错误", http = 400,
///     }
/// }
///
/// use PcsErrorLanguage::En;
/// assert_eq!(PcsError::NetworkError.message_in(En), "network error");
/// assert_eq!(PcsError::ParamError.message_in(En), "输入参数错误"); // none in `en`: the message
/// assert_eq!(PcsError::NetworkError.display_in(En).to_string(), "31021: network error");
/// assert_eq!(PcsError::NetworkError.message(), "网络错误");
/// ```
///
/// ### Aliases
///
/// A code may have more names than one (errno's `EWOULDBLOCK` is `EAGAIN`; curl keeps old
/// names for current codes). `ALIAS = NAME` anywhere in the table gives the row named `NAME`
/// another wire name: an associated constant named as a row's variant would be
/// (`LinuxErrno::Ewouldblock`, equal to `LinuxErrno::Eagain`, usable in patterns; docs and
/// `#[deprecated]` on the alias go to it), which `from_name`, `FromStr` and serde's by-name form
/// accept. `name()` stays the row's name, and `COUNT` and `iter()` count rows. rustdoc's search
/// finds the row by the alias, and `MARKDOWN` lists the aliases. An alias names a named row of the
/// same table; an alias of an alias is refused (name the row instead).
///
/// ```rust
/// codetable::define_codes! {
///     #[repr(u8)]
///     pub enum LinuxErrno {
///         11 => EAGAIN, "Try again",
///         35 => EDEADLK, "Resource deadlock would occur",
///         /// The BSD name.
///         EWOULDBLOCK = EAGAIN,
///         EDEADLOCK = EDEADLK,
///     }
/// }
///
/// assert_eq!(LinuxErrno::Ewouldblock, LinuxErrno::Eagain);
/// assert_eq!("EWOULDBLOCK".parse(), Ok(LinuxErrno::Eagain));
/// assert_eq!(LinuxErrno::Eagain.name(), "EAGAIN");
/// assert_eq!(LinuxErrno::COUNT, 2);
/// assert!(matches!(LinuxErrno::from_code(35), Some(LinuxErrno::Edeadlock)));
/// ```
///
/// ### Retired names
///
/// A table retires names as it retires codes (protobuf's `reserved "FOO"`): `NAME => retired,
/// "why"` keeps `NAME` from every row and alias, and the error says it was retired, with why.
///
/// ```rust
/// codetable::define_codes! {
///     pub enum ApiError {
///         0 => OK, "成功",
///         OLD_TOKEN => retired, "replaced by INVALID_TOKEN in v2",
///         40001 => INVALID_TOKEN, "无效的令牌",
///     }
/// }
/// assert_eq!(ApiError::from_name("OLD_TOKEN"), None);
/// ```
///
/// ### Nameless rows
///
/// A document that gives codes no names (seed 004 has 288 such rows) is written with `_` for the
/// name. The variant is made from the code: `Code` and its digits, with `Minus` before them for a
/// negative code, so `-1` and `1` never collide; `name()` returns that variant name, so
/// `from_name(e.name()) == Some(e)` holds for every row. A named row whose variant would be the
/// same is rejected at both rows.
///
/// ```rust
/// codetable::define_codes! {
///     pub enum CosV4Error in -50122..=101 {
///         -5999 => _, "请求参数错误",
///         -5997 => _, "内部错误，联系官方处理",
///         101 => _, "内部错误，联系官方处理",
///     }
/// }
///
/// assert_eq!(CosV4Error::from_code(-5999), Some(CosV4Error::CodeMinus5999));
/// assert_eq!(CosV4Error::CodeMinus5999.name(), "CodeMinus5999");
/// assert_eq!(CosV4Error::Code101.to_string(), "101: 内部错误，联系官方处理");
/// ```
///
/// ### Columns
///
/// A table whose rows carry more than a message (seed 003 gives each an HTTP status) declares
/// its columns once, in parentheses after its name, each with a type and
/// optionally a default; rows set them after the message, `, column = literal`. Each column
/// becomes a `const fn` accessor of the same name, documented by the column's doc comment.
///
/// ```rust
/// codetable::define_codes! {
///     pub enum PcsError(
///         /// The HTTP status the server answers with.
///         http: u16,
///         /// The English message the server sends.
///         en: &'static str,
///         /// Whether a retry may succeed (`false` unless a row says so).
///         retryable: bool = false,
///         /// A hint for the user, on the rows that have one.
///         hint: Option<&'static str>,
///     ) {
///         31021 => NETWORK_ERROR, "网络错误", http = 503, en = "network error", retryable = true,
///         31023 => PARAM_ERROR, "输入参数错误", http = 400, en = "param error",
///             hint = "check the request's parameters",
///     }
/// }
///
/// const STATUS: u16 = PcsError::NetworkError.http();
/// assert_eq!(STATUS, 503);
/// assert_eq!(PcsError::ParamError.en(), "param error");
/// assert!(PcsError::NetworkError.retryable() && !PcsError::ParamError.retryable());
/// assert_eq!(PcsError::NetworkError.hint(), None);
/// ```
///
/// | column type | a row's value | when a row leaves it out |
/// |---|---|---|
/// | `i8` … `i128`, `u8` … `u128`, `isize`, `usize` | an integer literal that fits, `-` allowed on signed types | the default, else an error |
/// | `f32`, `f64` | a float or integer literal | the default, else an error |
/// | `bool`, `char`, `&'static str` | `true`/`false`, `'c'`, `"text"` | the default, else an error |
/// | `Option<T>`, T one of the above | a value of `T` (the accessor returns `Some` of it) | `None` |
/// | `http::StatusCode`, on the column `http` (feature `http`) | an HTTP status, 100..=999, as an integer; the accessor is `const` | the default, else an error |
/// | `tonic::Code`, on the column `grpc` (feature `tonic`) | a variant's name, `NotFound`, or its number, 0..=16 | the default, else an error |
///
/// ## Importing a documentation page: `codes import`
///
/// Typing hundreds of rows by hand is where defects come from. The `codes` command turns a
/// documentation page (Markdown tables in any column order, with Chinese or English headers, or
/// `CODE NAME message` lines under headings) into `define_codes!` source, and says what is wrong
/// with the page before the compiler does:
///
/// ```sh
/// cargo run -p codetable-cli --bin codes -- import seeds/fixtures/001_2c2f3daa39d578d8.txt --name LegacyCosError -o legacy_cos.rs
/// ```
///
/// ```text
/// seeds/fixtures/001_2c2f3daa39d578d8.txt:53: row written name first (`_SUCCESS 0`): read as code 0 with the name `_SUCCESS`
/// seeds/fixtures/001_2c2f3daa39d578d8.txt:127: code -61 first defined here
/// seeds/fixtures/001_2c2f3daa39d578d8.txt:129: code -61 is defined twice: `ERROR_PROXY_SIGN_BUCKET_NOTMATCH` has it already; remove one of the rows, or give it its own code
/// seeds/fixtures/001_2c2f3daa39d578d8.txt:257: `2RSP` is not an identifier: a name starts with a letter or `_` (`_2RSP` would do)
/// ```
///
/// Nothing is lost or changed without a word: every line that holds a code becomes a row, or is
/// reported with its line, and a row's message is its text exactly.
///
/// - **Text lines** (`CODE NAME message`, `CODE message`) are read as written, not as Markdown,
///   wherever they stand (paragraphs, lists, quotes, code blocks): the message is the rest of the
///   line, backticks, `*`, `_` and trailing spaces included. A line below a row that has no code
///   is joined to that row's message as a new line, and reported.
/// - **Table cells** are read as written, with only the table's own `\|` undone. In a compact
///   column (most cells padded with at most one space) one space at each end is padding and more
///   is kept and reported; in an aligned column all edge spaces are padding. A spreadsheet-quoted
///   cell (`"a|b"`) is unquoted and reported.
/// - **Headers:** a column headed `message`, `msg`, 中文, 含义, 提示, … (or 错误信息, 信息, 消息,
///   unless their cells are not Chinese while another column's are) is the message, whatever the
///   other columns say; else a description column (描述, 说明, `description`, …) is. Other columns
///   become typed columns, or doc comments for a description beside a message.
/// - **Languages:** a column beside the message whose header names a message or a language
///   (`English`, 英文, 中文, 日文, 错误信息, `message:fr`) and whose language differs from the
///   message's is the message in that language: the table declares
///   `#[codetable(languages(zh, en))]`, the message's first, and each row gives the others as
///   `, en = "..."` (none for an empty cell). A column's language is the one its header states,
///   else its cells' script's (Han `zh`, kana `ja`, hangul `ko`, Cyrillic `ru`, …, Latin `en`).
///   Seed 003's English 错误信息 and Chinese 备注 make `languages(zh, en)`; an English column
///   beside English messages stays the column `en`.
/// - **Aliases and retired names:** a code given twice under two names with one message (and the
///   same other languages and values), as errno's `EAGAIN` and `EWOULDBLOCK`, is one row and an
///   alias, `EWOULDBLOCK = EAGAIN,`, where the second stood, and reported
///   (``errno.md:6: code 11 is given twice with one message: `EWOULDBLOCK` is written as an alias
///   of `EAGAIN` (line 5)``). A table `alias | name` lists aliases; `retired | message`, or
///   `name | message` under a heading that says `retired`, lists retired names.
/// - **The macro's own check:** the written source is checked with the pipeline `define_codes!`
///   runs (`codetable-pipeline`), and each of its errors is reported at the document line of the row,
///   heading or column it falls on, in the macro's words, with a `// FIXME(codes import)` above it
///   in the source. Before that, the importer reports what it had to interpret: broken or quoted
///   cells, joined lines, extra padding, name-first rows, unreadable codes, aliases or retired
///   names that are no names, codes given twice with one message, a first language nothing
///   tells.
/// - **Exit status:** 0 when there were no problems, so the source compiles; 1 when there were
///   (the source is still written, with the FIXMEs); 2 on a usage or I/O error. A closed stdout or
///   stderr ends the command quietly.
/// - Options: `--name Enum` (the first table's enum), `--repr i32`, `-o FILE` (else stdout).
/// - Headings become sections, spanning their codes or the range the heading states
///   (`` ## `21000` File Error ``, `` `40000` ~ `59999` 保留 `` for a reserved range); several
///   independent tables become several enums. Rows without a name get one from the English
///   column (`acl get error` → `ACL_GET_ERROR`), else they are nameless rows.
/// - **`MARKDOWN` round trip:** it reads the `MARKDOWN` export back to the same table, to the
///   character: rows, sections, reserved ranges, columns, messages in every language
///   (`message:LANG` columns; the message column's own tag from its header, `message:zh`, else
///   from its text's script, else `default`, reported), aliases and retired names. Variant names
///   (`strip_prefix`, `as Variant`) are not in the export: the import makes them from the wire
///   names. The exporter writes messages and string values as they are, escaping only
///   `|` (as `\|`) and writing `&#9;` `&#10;` `&#13;` `&#32;` `&#34;` `&#38;` for a tab, line
///   break, carriage return, edge space, `"` and an `&` that would start one of these, and `""` for
///   the empty string; the importer undoes exactly these.
///
/// ## Exporting a table: `codes export`
///
/// The other direction: `codes export` reads Rust sources (files, or directories of `.rs` files)
/// and writes every `define_codes!` table in them for other languages and tools, so that a
/// TypeScript client, a Go service or an API description has the codes the Rust crate compiles:
///
/// ```sh
/// cargo run -p codetable-cli --bin codes -- export --format typescript -o codes.ts seeds/src
/// ```
///
/// Each table is checked first by the macro's own parser and rules: an invalid one is refused,
/// with the compiler's messages as `FILE:LINE: message`, and nothing is written (exit 1). Exit 0
/// when the export is written; 1 for an invalid table, a file that is no Rust, no table at all
/// or two tables of one name; 2 on a usage or I/O error. `-o FILE` writes to a file, else stdout;
/// all the tables read go into one file. Each file says at its top that `codes export` generated
/// it, and from which sources. `.ci/run` checks every format of the seed tables with that
/// language's own toolchain (`scripts/export-check.sh`), and a test in each language checks
/// its lookups against the compiled Rust tables on every row, in every language and by every
/// alias.
///
/// Every format carries every language of a table's messages and every alias: a lookup by name
/// takes an alias as `from_name` does (the wire name stays the row's), and a message in a
/// language falls back to the first language's as `message_in` does.
///
/// - **`json`**: every row (code, wire name, variant, messages by language, section, column
///   values, aliases, `#[deprecated]`, doc comment), every section with its range and parent,
///   every reserved range, retired name and column, the code type, prefix and languages;
///   versioned, with the JSON Schema `codetable-cli/schema/codes-export.schema.json`. `codes import`
///   reads it back to the same table.
///
///   ```json
///   {"code": 10001, "name": "BAD_REQUEST", "nameless": false, "variant": "BadRequest", "messages": {"default": "无效请求"}, "section": "RequestError", "columns": {}, "aliases": [], "deprecated": null, "doc": "无法解析请求或缺失操作名称"},
///   ```
/// - **`markdown`**: each table's `MARKDOWN` document, which `codes import` reads back (all but
///   the variants a table chooses, `NAME as Variant` or a prefix, which it does not state).
///
///   ```markdown
///   ## `10000` ~ `19999` `RequestError` - 请求错误
///
///   | code | name | message |
///   |---:|---|---|
///   | 10001 | `BAD_REQUEST` | 无效请求 |
///   ```
/// - **`typescript`**: a const object of the codes and the union type of the same name, the
///   wire names' union, and a `CodeTable` (rows, `fromCode`, `fromName`, `row`, `name`,
///   `message`) per table; `bigint` codes for a table beyond 2^53. An alias is a property of
///   the const object equal to its row's code, which `fromName` takes. A table with languages
///   has their tags (`CurlyLanguages`) and union (`CurlyLanguage`), each row's `messages`, and is
///   a `LanguageTable`, with `languages` and `messageIn`. Checked by `tsc --strict`.
///
///   ```ts
///   export const DaemonCode = {
///     /** `BAD_REQUEST`: 无效请求 */
///     BadRequest: 10001,
///   } as const;
///   export type DaemonCode = (typeof DaemonCode)[keyof typeof DaemonCode];
///   DaemonCodeTable.fromName("BAD_REQUEST"); // 10001
///   DaemonCodeTable.message(DaemonCode.BadRequest); // "无效请求"
///
///   export const Curly = { Again: 1, /* ... */ Wouldblock: 1 } as const; // E_WOULDBLOCK = E_AGAIN
///   export const CurlyLanguages = ["zh", "en"] as const;
///   export type CurlyLanguage = (typeof CurlyLanguages)[number]; // "zh" | "en"
///   CurlyTable.fromName("E_WOULDBLOCK"); // 1, Curly.Again
///   CurlyTable.messageIn(Curly.Again, "en"); // "try again"
///   ```
/// - **`go`**: a named integer type (the table's code type), a constant per row, `String()` (the
///   wire name), `Message()`, `Category()`, a method per column, and `DaemonCodeFromCode`,
///   `DaemonCodeFromName`, `DaemonCodeValues`; `--package` names the package. An alias is a
///   constant equal to its row's, which `FromName` takes. A table with languages has a string
///   type of their tags with a constant each, `CurlyLanguages()` and `MessageIn`. Checked by
///   `gofmt`, `go vet` and `go test`.
///
///   ```go
///   type DaemonCode int32
///
///   const (
///       // DaemonCodeBadRequest is BAD_REQUEST (10001): 无效请求
///       DaemonCodeBadRequest DaemonCode = 10001
///   )
///
///   code, ok := DaemonCodeFromName("BAD_REQUEST") // DaemonCodeBadRequest, true
///   code.Message()                                // "无效请求"
///
///   const CurlyWouldblock = CurlyAgain // E_WOULDBLOCK, an alias of E_AGAIN
///   type CurlyLanguage string          // CurlyLanguageZh = "zh", CurlyLanguageEn = "en"
///
///   again, ok := CurlyFromName("E_WOULDBLOCK") // CurlyAgain, true
///   again.MessageIn(CurlyLanguageEn)           // "try again"
///   ```
/// - **`python`**: an `IntEnum` per table, its members named in capitals from the variants,
///   with `wire_name`, `message`, `category`, `row` (a `NamedTuple` with the columns) and the
///   class methods `from_code` and `from_name`. An alias is a member of its row's value, which
///   `IntEnum` makes an alias of the row's member, and `from_name` takes. A table with languages
///   has a `str` `Enum` of their tags and `message_in`. Checked by `mypy --strict`.
///
///   ```python
///   @unique
///   class DaemonCode(IntEnum):
///       BAD_REQUEST = 10001
///       """`BAD_REQUEST`: 无效请求"""
///
///   DaemonCode.from_name("BAD_REQUEST").message  # "无效请求"
///
///   class CurlyLanguage(str, Enum):
///       ZH = "zh"
///       EN = "en"
///
///   class Curly(IntEnum):
///       AGAIN = 1
///       WOULDBLOCK = 1  # E_WOULDBLOCK = E_AGAIN: Curly.WOULDBLOCK is Curly.AGAIN
///
///   Curly.from_name("E_WOULDBLOCK").message_in(CurlyLanguage.EN)  # "try again"
///   ```
/// - **`openapi`**: an OpenAPI 3.1 document (YAML) with a schema per table in
///   `components.schemas`: the codes as its `enum`, the wire names as `x-enum-varnames`, the
///   messages as `x-enum-descriptions`. A table with languages lists them in
///   `x-enum-languages`, `x-enum-descriptions` holding the first's messages and
///   `x-enum-descriptions-LANG` each other's (the first's standing in where a row gives none);
///   `x-enum-aliases` maps each alias to its row's code. Checked by `openapi-spec-validator`.
///
///   ```yaml
///       DaemonCode:
///         type: integer
///         format: int32
///         enum:
///           - 0
///           - 10001
///         x-enum-varnames:
///           - "OK"
///           - "BAD_REQUEST"
///         x-enum-descriptions:
///           - "成功"
///           - "无效请求"
///       Curly:
///         # ...
///         x-enum-languages:
///           - "zh"
///           - "en"
///         x-enum-descriptions-en:
///           - "success"
///           - "try again"
///         x-enum-aliases:
///           "E_WOULDBLOCK": 1
///   ```
///
/// ## Checking a new version: `codes diff`
///
/// A table that an SDK ships changes with each release of the API. `codes diff` reads two versions
/// of some tables as the macro reads them and lists each change as `FILE:LINE: breaking: ..` or
/// `FILE:LINE: compatible: ..`, breaking ones first:
///
/// ```sh
/// cargo run -p codetable-cli --bin codes -- diff old/errors.rs src/errors.rs   # two files or directories
/// cargo run -p codetable-cli --bin codes -- diff --base v1.4.0 src             # the tag against the working tree
/// ```
///
/// ```text
/// src/errors.rs:24: breaking: code 10002 (`UNKNOWN_ACTION`) removed without reserving it: a server may still send it; reserve its code (`10002..=10002 => reserved`)
/// src/errors.rs:31: compatible: code 10007 (`QUOTA_EXCEEDED`) added
/// ```
///
/// - **Breaking:** a code removed without reserving it; a wire name now on another code; a code's
///   wire name or variant changed; a table removed or renamed; a code of a reserved range, or a
///   retired name, taken by a row; a row moved to another section; a column removed, or its type
///   changed; and what else takes away the old version's API: an alias, a section or a language
///   removed, the first language or the code type changed.
/// - **Compatible:** rows, aliases, sections, reserved ranges, columns and languages added; names
///   retired; messages, docs and column values changed; a section's range widened.
/// - Tables are matched by their enum's name. Exit 0 when nothing breaks, 1 when something does,
///   2 on a usage, I/O or parse error (an invalid table is reported with the macro's errors, as
///   `FILE:LINE: ..`).
///
/// An SDK's CI runs it against the last release's tag, so that a release that would break its
/// users fails before it ships:
///
/// ```sh
/// git fetch --tags
/// codes diff --base "$(git describe --tags --abbrev=0)" src/errors.rs
/// ```
///
/// ## What it generates
///
/// For each table an enum, `#[repr(T)]`, one variant per row, its discriminant the code, so
/// `e as T == e.code()`, named as [Variant names](#variant-names) says. It implements `Clone`, `Copy`, `PartialEq`, `Eq`, `Hash`, `PartialOrd`,
/// `Ord` (by code), `Debug` (the variant name), `Display` (`"{code}: {message}"`),
/// `core::error::Error`, `From<E> for T`, `TryFrom<T>` (error `codetable::UnknownCode<T>`), `FromStr`
/// (error `codetable::UnknownName`) and `codetable::Code`, and has:
///
/// ```text
/// impl WeChatError {
///     pub const ALL: &'static [Self];                    // declaration order
///     pub fn iter() -> codetable::Iter<Self>;                // the same, without naming ALL
///     pub const COUNT: usize;
///     pub const MARKDOWN: &'static str;                  // the table as a Markdown document
///     pub const fn code(self) -> i32;
///     pub const fn name(self) -> &'static str;           // "INVALID_CREDENTIAL"
///     pub const fn message(self) -> &'static str;
///     pub const fn from_code(code: i32) -> Option<Self>;
///     pub fn from_name(name: &str) -> Option<Self>;      // exact wire name, or an alias
///     pub const fn classify(code: i32) -> codetable::Classified<Self>;  // a row, reserved, in a section, unknown
///     pub const fn category(self) -> Option<WeChatErrorCategory>;   // tables with sections
///     pub const fn http(self) -> u16;                    // one accessor per column
///     pub const fn message_in(self, WeChatErrorLanguage) -> &'static str;  // tables with languages
///     pub const fn display_in(self, WeChatErrorLanguage) -> codetable::CodeMessage<i32>;
///     pub const Ewouldblock: Self;                       // one constant per alias
/// }
/// impl WeChatErrorCategory {                              // one variant per section
///     pub const ALL: &'static [Self];
///     pub const fn name(self) -> &'static str;
///     pub const fn message(self) -> &'static str;
///     pub const fn range(self) -> core::ops::RangeInclusive<i32>;
///     pub const fn parent(self) -> Option<Self>;
/// }
/// ```
///
/// Generic code takes any table through `codetable::Code` (`code`, `name`, `message`, `from_code`,
/// `from_name`, `classify`, `iter`, `COUNT`, `TABLE`, `MARKDOWN`, and the `Category` type:
/// the category enum, or `codetable::NoCategory` for a table without sections).
///
/// `MARKDOWN` is the table as a document: a heading with the enum's name, a table of the codes
/// outside sections (code, name, message, columns), then each section as a heading stating its
/// range, name and message, with its codes, and each reserved range as a heading. Docs made from
/// it cannot drift from the code, and `codes import` reads it back to the same rows
/// (`cargo run --example markdown pcs` prints seed 003's).
///
/// At tens of thousands of rows, iterate with `iter()` rather than `ALL`: rustc checks a constant
/// that holds every variant against every variant, so a crate that names `ALL` of a 30 000-row
/// table spends about 50 s compiling it (0.5 s at 3 000 rows). The generated code never names it.
///
/// The generated code uses `::core` paths only: it compiles under `#![no_implicit_prelude]`,
/// beside your own `Result`, `Option` or `None`, and with rows named `None` or `Ok`; it is
/// warning-free under `#![deny(warnings, missing_docs)]`.
///
/// In rustdoc, each variant shows its code, wire name, message and columns before the row's own
/// docs, and carries `#[doc(alias)]`es of its code and wire name, so searching `40001` or
/// `INTERNAL_ERROR` finds it; the enum's docs end with the whole table (up to 1 000 rows).
/// Messages are escaped, so a `KEY[VALUE]` in one is no link.
///
/// ## For SDKs
///
/// An SDK decodes codes from a server it does not control, and a newer server sends codes the
/// table does not know yet. `codetable::OrUnknown<E>` keeps them: `Known(E)` for a code the table
/// has, `Unknown(number)` for any other, converted from and to the integer without loss (equal,
/// ordered and hashed by the number; `Display`, `Debug`, `Error`).
///
/// Mark a table of codes a server owns `#[non_exhaustive]`: the enum, and its category and
/// language enums, are then `#[non_exhaustive]` to other crates, whose `match`es need a wildcard
/// arm (rustc says so, E0004), so that the next version of the table may add rows, sections and
/// languages in a compatible release. Without it, a row added breaks every crate that matches the
/// table exhaustively, and `codes diff` says so; making a table `#[non_exhaustive]` is itself a
/// breaking change, once (see [Checking a new version](#checking-a-new-version-codes-diff)). A
/// table of your own codes, which only your releases change, may stay exhaustive, so that its
/// users' matches are checked against every code.
///
/// ```rust
/// codetable::define_codes! {
///     /// Codes the payment server sends; it adds more as it grows.
///     #[non_exhaustive]
///     pub enum PaymentError in 1000..=1999 {
///         1001 => CARD_DECLINED, "the card was declined",
///         1002 => INSUFFICIENT_FUNDS, "insufficient funds",
///     }
/// }
///
/// // In another crate, a `match` has a wildcard arm, even one that names every row.
/// fn final_answer(error: PaymentError) -> bool {
///     match error {
///         PaymentError::CardDeclined => true,
///         _ => false,
///     }
/// }
/// assert!(final_answer(PaymentError::CardDeclined));
/// assert!(!final_answer(PaymentError::InsufficientFunds));
/// ```
///
/// A code the table lacks may still mean something to it: `classify` tells, for any code of the
/// table's type, whether it is a row (`Classified::Row(variant)`), a code of a reserved range
/// (`Classified::Reserved`, with the range and its message: MariaDB's server table reserves
/// 2000–2999 for the client's errors), a code inside a section that no row has
/// (`Classified::Section(category)`: X11's extension errors), or unknown; `OrUnknown::classify`
/// tells the same of the codes it keeps.
///
/// ```rust
/// use codetable::{Classified, OrUnknown};
///
/// codetable::define_codes! {
///     pub enum X11Error in 0..=255 {
///         1 => BadRequest, "bad request code",
///         128..=255 => Extension, "an extension's error" {
///             128 => BadShmSeg, "MIT-SHM: bad segment",
///         },
///     }
/// }
///
/// let error = OrUnknown::<X11Error>::from_code(150);
/// assert_eq!(error.classify(), Classified::Section(X11ErrorCategory::Extension));
/// ```
///
/// With the `serde` feature (off by default; it depends on `serde_core` only), every table
/// serializes as its code number and deserializes from it, an unknown code being an error that
/// names it (`40099 is not a DspError code`); `OrUnknown<E>` round-trips any number, and
/// `#[serde(with = "codetable::serde::by_name")]` uses the wire name instead:
///
/// ```text
/// #[derive(serde::Deserialize, serde::Serialize)]
/// struct Response {
///     code: codetable::OrUnknown<DspError>,   // {"code": 40099, ...} decodes, and encodes back to 40099
///     msg: String,
/// }
/// ```
///
/// `examples/sdk_client.rs` is a whole client: typed responses, known codes matched, unknown
/// ones logged and kept.
///
/// An SDK that merges tables into one code space checks at compile time that they share no
/// code: `codetable::assert_disjoint!(ApiError, SdkError, ...)` compiles to nothing, or fails naming
/// the code and both rows:
///
/// ```text
/// error[E0080]: evaluation panicked: code 40001 is in both `DspError` (`InternalError`,
///               `INTERNAL_ERROR`) and `DspSdkError` (`InternalError`, `INTERNAL_ERROR`)
/// ```
///
/// `codes` is `#![no_std]`. Its features: `alloc` (default; `UnknownName` keeps the whole name
/// instead of its first 32 bytes), `serde`, and `http`, `axum` and `tonic` (see [Serving errors
/// over HTTP and gRPC](#serving-errors-over-http-and-grpc)). With `default-features = false` it and the code
/// it generates build for targets without std or an allocator; CI builds a crate of tables for
/// `thumbv7em-none-eabihf` with no features, with `alloc` and with `serde`.
///
/// ## Serving errors over HTTP and gRPC
///
/// A server answers with its table's codes, and an SDK reads them back. Three features of `codes`,
/// each off by default (a table without them costs nothing), do the glue:
///
/// - `http`: a column named `http` may have the type `http::StatusCode` (written `StatusCode`,
///   `http::StatusCode` or `::http::StatusCode`), each row's status written as an integer and
///   checked to be one (100..=999) at compile time; its accessor is a `const fn`. Every table
///   with an `http` column, of that type or `u16` (or an `Option` of one), implements
///   `codetable::http::HttpStatus` (500 where a row gives no status).
/// - `axum` (with `http`): every such table implements `axum::response::IntoResponse`: the row's
///   status, and `{"code":31066,"name":"FILE_DOES_NOT_EXIST","message":"文件不存在"}`
///   (`application/json`). So does `OrUnknown<Table>`: a code the table lacks answers 500 with
///   `"name":null,"message":null`, or the status of `into_response_or(StatusCode::BAD_GATEWAY)`.
/// - `tonic` (Rust 1.88, as tonic): a column named `grpc` may have the type `tonic::Code`, each
///   row's code written as a variant's name (`NotFound`, checked) or its number. Every table with
///   a `grpc` column converts into `tonic::Status`: the row's code and message, carrying the code
///   as google.rpc's `ErrorInfo` does (`reason` the wire name, `domain` the enum's name, metadata
///   `{"code": "31066"}`), which clients in any language read; and back, with
///   `Table::try_from(&status)`, or `OrUnknown::<Table>::try_from(&status)`, which keeps a code of
///   the table's domain that the client's version of the table lacks. Any other status (tonic's
///   own, another table's) is an error, `codetable::tonic::FromStatusError`, that says which.
///
/// ```toml
/// codetable = { version = "0.1", features = ["axum", "tonic"] }
/// ```
///
/// ```text
/// codetable::define_codes! {
///     #[codetable(languages(zh, en))]
///     pub enum FileError(http: StatusCode, grpc: tonic::Code) {
///         31062 => FILE_NAME_IS_INVALID, "文件名非法", http = 400, grpc = InvalidArgument,
///             en = "file name is invalid",
///         31066 => FILE_DOES_NOT_EXIST, "文件不存在", http = 404, grpc = NotFound,
///             en = "file does not exist",
///     }
/// }
///
/// // axum: the error of a handler.
/// async fn file(Path(path): Path<String>) -> Result<Json<File>, FileError> {
///     FILES.get(&path).cloned().map(Json).ok_or(FileError::FileDoesNotExist)
/// }
///
/// // tonic: the error of a service's method.
/// async fn stat(&self, request: Request<StatRequest>) -> Result<Response<StatReply>, Status> {
///     let size = FILES.get(&request.get_ref().path).ok_or(FileError::FileDoesNotExist)?;
///     Ok(Response::new(StatReply { size: *size }))
/// }
///
/// // An SDK: the status back as the table's code.
/// match client.stat(request).await {
///     Ok(reply) => println!("{} bytes", reply.into_inner().size),
///     Err(status) => match OrUnknown::<FileError>::try_from(&status) {
///         Ok(OrUnknown::Known(FileError::FileDoesNotExist)) => println!("no such file"),
///         Ok(code) => println!("the server says {code}"),         // a newer server's code too
///         Err(not_ours) => println!("{not_ours}: {status}"),      // a deadline, a lost connection
///     },
/// }
/// ```
///
/// With the `axum` feature every table implements `IntoResponse`, and with `tonic` every table
/// converts into `tonic::Status`: a table without the column does so with a bound it cannot meet,
/// so that asking it of one fails with the message that says what to add, not deep in axum's
/// bounds (returning it from a handler shows it under `#[axum::debug_handler]`; without it,
/// axum can only say the function is no handler):
///
/// ```text
/// error[E0277]: `ApiError` has no `http` column: it cannot answer an HTTP request
///    |
/// 14 | async fn checked(name: String) -> Result<Json<u64>, ApiError> {
///    |                                   ^^^^^^ a table without an `http` column
///    = note: give the table an `http` column of type `u16` or `http::StatusCode`,
///            `enum ApiError(http: u16)`, and each row its status, `, http = 404`
/// ```
///
/// For the same reason a table cannot have an `IntoResponse`, or a `From<Table> for Status`, of
/// its own where the feature is on: wrap it in a type of yours. A column of type
/// `http::StatusCode` or `tonic::Code` without its feature is an error at the type, that names
/// the feature. `integrations/` (a workspace of its own, so that the features stay out of the
/// main workspace's builds) has seed 003's server, which CI runs, and the tests: seed 003's
/// router answering each of its 67 codes, and a tonic service and client on loopback:
///
/// ```sh
/// cargo run --manifest-path integrations/Cargo.toml --example pcs_server
/// ```
///
/// ## How it is fast
///
/// The macro does the work at expansion time, so the output has no `match` over the variants
/// (rustc is quadratic on those at tens of thousands of rows): names and messages are
/// string blobs with `u32` offsets (one relocation each, not one per string), and `Debug` makes a
/// variant's name from its wire name (only the names that conversion cannot give are stored);
/// `from_code` goes through a lookup chosen from the codes — an offset when they are consecutive,
/// a direct table when they are dense, else an open-addressing hash table at most half full —
/// and `from_name` through a hash table over the names, keyed by a name's length and two of its
/// 8-byte words, read at the offsets where the table's names differ most (as gperf picks its
/// positions), so that one probe and one comparison decide nearly every lookup. Slots are `u16`
/// below 65 535 rows. Every lookup, conversion and helper is `#[inline]`, so that a table called
/// from another crate, as an SDK's users call it, is as fast as from its own. A code found in the
/// index becomes its variant by a `transmute` (the enum is `#[repr(T)]` with the codes as
/// discriminants). Arrays of numbers (the codes, the hash keys, slots, integer columns) are one
/// byte-string literal each, `transmute`d to a typed `static` in its initializer, in the target's
/// byte order: one token instead of one per number, for the macro to write and for the compiler
/// to read. A table of 100 000 rows expands in about 1.2 s with the macro optimised, 6.8 s
/// without; cargo builds proc macros unoptimised unless told otherwise, so for tables of tens of
/// thousands of rows add
///
/// ```toml
/// [profile.dev.build-override]
/// opt-level = 3
///
/// [profile.release.build-override]
/// opt-level = 3
/// ```
///
/// to the workspace's `Cargo.toml`. The figures are in
/// `BENCHMARKS.md` in the repository.
///
/// ## Sound whatever the attributes
///
/// The `transmute`s and the unchecked blob reads are the output's `unsafe` (a crate under
/// `#![forbid(unsafe_code)]` still compiles, as with any macro). They are sound because the enum
/// rustc compiles is the table the lookups were built from, and `define_codes!` makes sure it is:
///
/// - `#[cfg]` cannot remove a row, section or column, nor the table's enum: it is refused, and
///   so is a `#[cfg_attr]` that can apply one, at any depth
///   (`#[cfg_attr(not(feature = "beta"), cfg(any()))]`). Every other `cfg_attr` works: a row
///   deprecated under a condition, docs, a derive of a trait the macro does not implement.
/// - An attribute macro on the table may rewrite the enum before rustc sees it. When the table
///   carries an attribute that can be a macro (any but Rust's inert built-ins: `doc`, `allow`,
///   `warn`, `deny`, `forbid`, `expect`, `deprecated`, `must_use`, `non_exhaustive`; `derive`
///   included, as an import can shadow it) or a row carries a `cfg_attr`, the enum carries, after
///   every attribute of yours, a derive (`CheckEnum`) that sees it as rustc will compile it and
///   compares its `#[repr]`, variants and discriminants with the table: a variant removed or
///   renumbered is a compile error naming the row, and the table's impls require the derive, so
///   an attribute that drops it fails too. It costs about 3 % of `cargo check` at 30 000 rows
///   (0–6 % by run; `BENCHMARKS.md` in the repository); a table without such attributes has
///   nothing that could rewrite its enum, and goes without it.
///
///   ```text
///   error: the row `B` (code 2) has the discriminant 7 in the enum `E`: an attribute on the table
///          rewrote the enum; remove that attribute, or change the table instead
///   ```
/// - No `unsafe` block of the output sits in an item that carries your attributes but the enum:
///   a column's accessor, which carries the column's, calls a function of the table's data.
/// - Miri runs `codetable-shared`'s tests of its unsafe readers, `codes`' doc tests, and the
///   generated code's behaviour tests: every file of `codetable/tests/` and `seeds/tests/` but the UI
///   tests, with the big tables checked on a sample of their rows and values (`scripts/miri.sh`, a
///   step of `.ci/run`, on the nightly pinned in `.ci/nightly`, so that a new nightly cannot turn
///   CI red unasked; about four minutes on two cores).
///
/// ## Versioning
///
/// `codetable`, `codetable-macro`, `codetable-pipeline` and `codetable-shared` are released
/// together, at one version: `codetable` requires the others at exactly its own (`=0.1.0`).
/// Cargo reads a `0.x.y` version as `0.x` the compatible series: `codetable = "0.1"` accepts
/// every `0.1.y`, and `cargo update` takes the newest, but never `0.2.0`. So while the version
/// starts with `0.`, the third number is the compatible release and the second the breaking one;
/// from 1.0 on, a compatible release raises the second number or the third, and a breaking one
/// the first.
///
/// - **A compatible release** (`0.1.y` → `0.1.y+1`) changes nothing a crate that uses a table
///   can see: every table that compiled still compiles, with the same variants, discriminants,
///   wire names and messages, and the same generated items, signatures and trait impls. It may
///   fix bugs, make the lookups faster, change what is not API (the `#[doc(hidden)]` items,
///   `__private_*`, the layout and hashes of the lookups' tables, how rustdoc renders a table) and
///   the wording of compile errors, and add runtime items (types, functions, features) that no
///   generated code depends on. The one exception is soundness: a table whose generated code is
///   unsound may start to be refused, and CHANGELOG.md says so.
/// - **A breaking release** (`0.1.y` → `0.2.0`) may change the generated API: add generated items
///   (a new inherent method can clash with a column of the same name), change signatures or
///   trait impls, refuse tables that compiled (a new check), change the table syntax, and raise
///   the `rust-version`. CHANGELOG.md lists each such change with what to do.
///
/// The codes of a table are the table's own API, versioned by the crate that holds it, not by
/// `codetable`: [Checking a new version](#checking-a-new-version-codes-diff) says which of their
/// changes break that crate's users.
///
/// ## Layout
///
/// The pipeline is a library that the macro, the command and the fuzzer share, as
/// `serde_derive_internals` is serde's; what the runtime and the macro must agree on lives once,
/// as `phf_shared` does for phf.
///
/// - `codes/`: the crate users depend on: re-exports the macro; `Code`, `Repr`, `UnknownCode`,
///   `UnknownName`, `OrUnknown`, `Classified`, `CodeMessage`, `assert_disjoint!`, and the
///   features' modules `serde`, `http`, `axum` and `tonic`;
///   `__private_X_Y_Z` (named with the version, so that a macro and a runtime of different
///   versions fail to compile together) is what generated code calls. `codetable/tests/`: behaviour
///   tests of the generated API, and `tests/ui/` compile-fail snapshots (trybuild), one per
///   mistake.
/// - `codetable-shared/`: `no_std`, the one definition of what the runtime and the macro agree on:
///   the hash functions and name keys, the byte tables and string blobs (writers and readers),
///   the method names a column cannot take, and how a wire name becomes a variant name.
/// - `codetable-pipeline/`: the pipeline as a library: `parse.rs` (syntax only) → `valid.rs` (every
///   rule; attributes' in `valid/attrs.rs`, columns' in `valid/columns.rs`) → `model.rs` (the
///   checked table) → `index.rs` (the lookups' layout) → `expand.rs` (`quote!`; columns' in
///   `expand/columns.rs`, rustdoc in `expand/docs.rs`, `MARKDOWN` in `expand/markdown.rs`), and
///   `guard.rs` (the `CheckEnum` derive). Its `tests/`: property tests (proptest), a determinism
///   test of every seed's expansion, and the fuzzer's crash inputs.
/// - `codetable-macro/`: the proc macros, each a line that calls the pipeline.
/// - `codetable-cli/`: the `codes` command. `import`: `read.rs` (pulldown-cmark blocks with lines) →
///   `recognize.rs` (tables, sections, columns, names) → `check.rs` (the page's defects, then the
///   pipeline's check of the source) → `write.rs` (the source), and `json.rs` (a `json` export
///   read back); its tests import all five seeds and real documents (`tests/documents/`).
///   `sources.rs` reads the tables of Rust sources as the macro does, for `export` (`export.rs`,
///   one file per format in `export/`, the JSON Schema in `schema/`) and `diff` (`diff.rs`).
/// - `seeds/`: the five real tables of `seeds/fixtures/` as `define_codes!` tables, each module
///   saying how it resolves its document's defects: `dsp` (000: three tables in one invocation),
///   `legacy_cos` (001: sections per heading, nameless rows), `daemon` (002: nested sections, a
///   reserved range), `pcs` (003: HTTP status and English text as columns), `cos_v4` (004:
///   nameless rows); `seeds/tests/`: each seed against its document, serde, Markdown.
/// - `integrations/`: tables served with the `axum` and `tonic` features (its own workspace):
///   axum and tonic tests, UI tests of tables without the columns, seed 003's server.
/// - `examples/`: runnable programs, one per seed (`dsp`, `legacy_cos`, `daemon`, `pcs`,
///   `cos_v4`), `wechat`, `markdown`, and `sdk_client` (an SDK's typed responses with serde).
/// - `test-macros/`: attribute macros that rewrite an enum, for the tests of the check.
/// - `no-std-check/`: tables in a `#![no_std]` crate, which CI builds for a target without std
///   and for a big-endian one.
/// - `benches/`: the benchmarks' crates (BENCHMARKS.md): `gen/` (the rows and each contender's
///   source, deterministic), `tables/` (one crate per contender's table: `define_codes`, `hand`,
///   `derives` for num_enum + strum, `perfect_hash` for phf, `arrays`), `lookups/` (criterion,
///   calling each table from its own crate; `--features bench`), `expansion/` (times the
///   pipeline outside the compiler).
/// - `fuzz/`: the cargo-fuzz target, outside the workspace; `cargo xtask fuzz [SECONDS]` runs it
///   (FUZZING.md).
/// - `xtask/`: the project's jobs, `cargo xtask JOB`: `generate` (the layout tests' tables,
///   `codetable/tests/layouts/tables.rs`; a test fails when they are stale), `bench-lookups`,
///   `bench-compile`, `bench-scale`, `fuzz`.
/// - `scripts/`: CI's checks with other toolchains: `miri.sh` (Miri), `export-check.sh` (the
///   exports in TypeScript, Go, Python and OpenAPI), `docs-check.sh` (the docs as docs.rs shows
///   them), `package-check.sh` (what crates.io gets: metadata, `cargo publish --dry-run`, the
///   packaged tests), `msrv.sh` (the published crates on the `rust-version` toolchain).
/// - `.ci/nightly`: the nightly toolchain of Miri, the docs.rs build and the fuzzer, pinned by
///   date.
/// - `.ci/run`: what CI runs.
// End of the README.
#[proc_macro]
pub fn define_codes(input: TokenStream) -> TokenStream {
    codetable_pipeline::define_codes(input.into()).into()
}

/// Checks that the enum rustc compiles is the one its table wrote (its `#[repr]`, variants
/// and discriminants), after every attribute macro on the table; `define_codes!` puts it on
/// each enum it writes. Not for use by hand.
#[doc(hidden)]
#[proc_macro_derive(CheckEnum, attributes(codes_table))]
pub fn check_enum(input: TokenStream) -> TokenStream {
    codetable_pipeline::guard::check_enum(input.into()).into()
}

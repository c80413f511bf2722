//! Prints the rows with arguments of the tables the exports' argument functions are checked
//! on (`tests/export/arguments.rs`'s, and MariaDB's of `tests/imported/mariadb_errors_zh.rs`),
//! each built with values by the compiled Rust tables, as JSON:
//!
//! ```text
//! cargo run -p codetable-cli --example compiled_args > args.json
//! ```
//!
//! `{"tables": [{"name", "text_codes", "languages", "cases": [{"code", "variant", "builder", "args": [{"name",
//! "type", "value"}], "message", "messages"}]}]}`: each value as Rust's `Display` writes it (what
//! gRPC's `ErrorInfo` metadata carries), `message` the built message in the first language
//! and `messages` in each (empty for a table without languages). `scripts/export-check.sh`
//! gives it to each language's test, which calls the export's function of each row with the
//! values and holds what it writes to these.

/// The tables of `tests/export/arguments.rs`.
mod arguments {
    include!("../tests/export/arguments.rs");
}

/// MariaDB's errors in English and Chinese, and each row with arguments built.
mod mariadb {
    include!("../tests/imported/mariadb_errors_zh.rs");

    pub mod built {
        use super::MariaDbErrors;
        include!("../tests/imported/mariadb_errors_zh_built.rs");
    }
}

use arguments::{Formats, FormatsLanguage, Named, Wide};
use codetable::{Code, WithArgs};
use codetable_cli::sources;
use mariadb::{MariaDbErrors, MariaDbErrorsLanguage};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::io::Write;
use std::process::ExitCode;

/// Edge values of each type, for the rows of `Formats`.
const TEXTS: [&str; 6] = [
    "",
    "abc",
    "αβγδεζη",
    "👍🏽x",
    "a\"b\\c{}",
    "a longer text than any width",
];
const FLOATS: [f64; 16] = [
    0.1,
    -2.5,
    1e21,
    0.0,
    -0.0,
    f64::NAN,
    f64::INFINITY,
    f64::NEG_INFINITY,
    123.456,
    0.125,
    2.5,
    1e-7,
    5e-324,
    f64::MAX,
    1.0,
    0.30000000000000004,
];

/// The built messages of `Formats`: every row with arguments, with edge values.
fn formats() -> Vec<WithArgs<'static, Formats, 7>> {
    let mut built = Vec::new();
    for (index, text) in TEXTS.into_iter().enumerate() {
        built.push(Formats::text(text, index * 2, index));
        built.push(Formats::quotes(text));
    }
    for (a, b, c, d, e) in [
        (0, 0, 0, 0, 0),
        (-5, 300, -42, -1, 255),
        (i8::MIN, i16::MIN, i32::MIN, i64::MIN, isize::MIN),
        (i8::MAX, i16::MAX, i32::MAX, i64::MAX, isize::MAX),
    ] {
        built.push(Formats::signed(a, b, c, d, e));
    }
    for (a, b, c, d, e) in [
        (0, 0, 0, 0, 0),
        (255, 5, 7, u64::MAX, 3),
        (1, u16::MAX, u32::MAX, 1 << 53, usize::MAX),
    ] {
        built.push(Formats::unsigned(a, b, c, d, e));
    }
    for value in FLOATS {
        built.push(Formats::float(value));
    }
    for (flag, letter) in [(true, 'x'), (false, 'λ'), (true, '👍'), (false, '"')] {
        built.push(Formats::others(flag, letter));
    }
    built.push(Formats::code7(-7));
    built.push(Formats::code7(i32::MAX));
    built.push(Formats::keywords(
        "c",
        1,
        true,
        'v',
        -0.5,
        i64::MIN,
        u32::MAX,
    ));
    built
}

/// The built messages of `Wide`.
fn wide() -> Vec<WithArgs<'static, Wide, 2>> {
    vec![
        Wide::low(0),
        Wide::low(u64::MAX),
        Wide::high(1 << 60, -1),
        Wide::high(0, i64::MAX),
    ]
}

/// The built messages of `Named`.
fn named() -> Vec<WithArgs<'static, Named, 1>> {
    vec![
        Named::no_such_key("photos/cat.jpg"),
        Named::slow_down(u32::MAX),
        Named::said("she"),
    ]
}

/// The argument types of each row of a table's source, by code (as its `Display` writes it).
fn types(source: &str, file: &str, table: &str) -> HashMap<String, Vec<&'static str>> {
    let read = sources::read_text(source, file);
    let found = read
        .tables
        .iter()
        .find(|found| found.table.ident == table)
        .expect("the table");
    found
        .table
        .rows
        .iter()
        .map(|row| {
            let types = row.args().iter().map(|arg| arg.ty.name()).collect();
            (
                row.text.clone().unwrap_or_else(|| row.code.to_string()),
                types,
            )
        })
        .collect()
}

/// A built message in the language of a tag.
type InLanguage<C, const N: usize> = fn(&WithArgs<'_, C, N>, &str) -> String;

/// One table's cases, its messages in each of `languages` (none for a table without).
fn table<C: Code, const N: usize>(
    name: &str,
    built: &[WithArgs<'_, C, N>],
    types: &HashMap<String, Vec<&'static str>>,
    languages: (&[&str], InLanguage<C, N>),
) -> Value {
    // A table of string codes' code type is `&'static str`.
    let text_codes = std::any::TypeId::of::<C::Repr>() == std::any::TypeId::of::<&'static str>();
    let cases: Vec<Value> = built
        .iter()
        .map(|message| {
            let code = message.code().code().to_string();
            let types = &types[&code];
            let args: Vec<Value> = message
                .args()
                .zip(types)
                .map(|((name, value), ty)| json!({"name": name, "type": ty, "value": value.to_string()}))
                .collect();
            let (tags, shown) = languages;
            let messages: serde_json::Map<String, Value> = tags
                .iter()
                .map(|tag| ((*tag).to_owned(), json!(shown(message, tag))))
                .collect();
            let variant = format!("{:?}", message.code());
            json!({
                "code": code,
                "variant": variant,
                "builder": heck::ToSnakeCase::to_snake_case(variant.as_str()),
                "args": args,
                "message": message.message().to_string(),
                "messages": messages,
            })
        })
        .collect();
    json!({"name": name, "text_codes": text_codes, "languages": languages.0, "cases": cases})
}

fn tables() -> Value {
    let arguments_source = include_str!("../tests/export/arguments.rs");
    let mariadb_source = include_str!("../tests/imported/mariadb_errors_zh.rs");
    let formats_types = types(arguments_source, "arguments.rs", "Formats");
    let wide_types = types(arguments_source, "arguments.rs", "Wide");
    let named_types = types(arguments_source, "arguments.rs", "Named");
    let mariadb_types = types(mariadb_source, "mariadb_errors_zh.rs", "MariaDbErrors");
    let formats_in: InLanguage<Formats, 7> = |message, tag| {
        let language = FormatsLanguage::from_tag(tag).expect("a language of the table");
        message.message_in(language).to_string()
    };
    let mariadb_in: InLanguage<MariaDbErrors, 7> = |message, tag| {
        let language = MariaDbErrorsLanguage::from_tag(tag).expect("a language of the table");
        message.message_in(language).to_string()
    };
    let plain: InLanguage<Wide, 2> = |message, _| message.message().to_string();
    let named_plain: InLanguage<Named, 1> = |message, _| message.message().to_string();
    json!({"tables": [
        table("Formats", &formats(), &formats_types, (&["en", "zh"], formats_in)),
        table("Wide", &wide(), &wide_types, (&[], plain)),
        table("Named", &named(), &named_types, (&[], named_plain)),
        table(
            "MariaDbErrors",
            &mariadb::built::built(),
            &mariadb_types,
            (&["en", "zh"], mariadb_in),
        ),
    ]})
}

fn main() -> ExitCode {
    let text = tables().to_string();
    let mut stdout = std::io::stdout().lock();
    match writeln!(stdout, "{text}").and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let _ = writeln!(std::io::stderr(), "compiled_args: {error}");
            ExitCode::FAILURE
        }
    }
}

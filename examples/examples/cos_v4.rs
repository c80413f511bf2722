//! Seed 004: an object-storage v4 API's codes, a table with no names at all. Every row is
//! written `_`, so its variant, and its name, come from its code (`-5999` → `CodeMinus5999`).
//!
//! Run with `cargo run --example cos_v4`.

use codetable_seeds::cos_v4::CosV4Error;

/// The message most of the document's rows share.
const INTERNAL: &str = "内部错误，联系官方处理";

fn main() {
    // 288 rows in the document; -5965 is given twice and is one row here.
    println!("CosV4Error: {} codes", CosV4Error::COUNT);

    // By code: `from_code` is const and gives an `Option`; `try_from` says what was missing.
    for code in [-5999, 101, -50122] {
        if let Some(found) = CosV4Error::from_code(code) {
            println!("{code:>6} => {found:?} {:?}", found.message());
        }
    }
    for code in [-5965, -121, -5998] {
        match CosV4Error::try_from(code) {
            Ok(found) => println!("{code:>6} => {found:?} {:?}", found.message()),
            Err(unknown) => println!("{code:>6} => {unknown}"),
        }
    }

    // By name: a nameless row's name is its variant's.
    let by_name = CosV4Error::from_name("CodeMinus5999");
    println!("from_name(\"CodeMinus5999\") = {by_name:?}");
    if let Some(found) = by_name {
        println!("  name() = {:?}, code() = {}", found.name(), found.code());
    }
    let parsed: Result<CosV4Error, _> = "-5999".parse();
    println!("\"-5999\".parse() = {parsed:?} (names, not codes)");

    // The message the document gives most often.
    let internal = CosV4Error::iter()
        .filter(|code| code.message() == INTERNAL)
        .count();
    println!("{internal} of {} codes say {INTERNAL:?}", CosV4Error::COUNT);

    println!("Display: {}", CosV4Error::CodeMinus97);
}

//! Seed 003: a cloud file-storage (PCS) data API's codes, each row with a typed column, the
//! HTTP status the server answers with (`http()`), and its message in two languages: Chinese,
//! the first (`message()`), and English (`message_in(PcsErrorLanguage::En)`).
//!
//! Run with `cargo run --example pcs`.

use codetable_seeds::pcs::{PcsError, PcsErrorLanguage};
use std::collections::BTreeMap;

fn main() {
    println!("PcsError: {} codes", PcsError::COUNT);

    // By code: the rows the document lists out of order, a renamed duplicate, and a miss.
    for code in [110, 31079, 31206, 31213, 12345] {
        match PcsError::try_from(code) {
            Ok(found) => println!("{code:>6} => {found:?} {}", found.name()),
            Err(unknown) => println!("{code:>6} => {unknown}"),
        }
    }
    let found = PcsError::from_code(31212);
    println!("from_code(31212) = {found:?}");

    // By wire name, exact: the first `acl get error` row keeps the name.
    println!(
        "from_name(\"ACL_GET_ERROR\") = {:?}",
        PcsError::from_name("ACL_GET_ERROR")
    );
    let parsed: Result<PcsError, _> = "SERVICE_UNAVAILABLE_31213".parse();
    println!("\"SERVICE_UNAVAILABLE_31213\".parse() = {parsed:?}");
    let missing: Result<PcsError, _> = "SERVICE_UNAVAILABLE_31212".parse();
    println!("\"SERVICE_UNAVAILABLE_31212\".parse() = {missing:?}");

    // Both rows of each pair that share their English text; the later one's variant says
    // what its Chinese message says.
    for error in [
        PcsError::AclGetError,
        PcsError::AclNotFound,
        PcsError::ServiceUnavailable,
        PcsError::RetryFailed,
    ] {
        println!(
            "  {:>5} {:<20} http {}  en {:<22} {}",
            error.code(),
            format!("{error:?}"),
            error.http(),
            format!("{:?}", error.message_in(PcsErrorLanguage::En)),
            error.message()
        );
    }

    // How many codes each HTTP status answers.
    let mut per_status: BTreeMap<u16, usize> = BTreeMap::new();
    for error in PcsError::iter() {
        *per_status.entry(error.http()).or_default() += 1;
    }
    for (status, count) in &per_status {
        let noun = if *count == 1 { "code" } else { "codes" };
        println!("  HTTP {status}: {count:>2} {noun}");
    }

    // An error as a user sees it, in each language, and as it goes over HTTP.
    let error = PcsError::FileMd5NotFound;
    println!("Display: {error}");
    for language in PcsErrorLanguage::ALL {
        println!("  {}: {}", language.tag(), error.display_in(*language));
    }
    println!(
        "HTTP {} {}",
        error.http(),
        error.message_in(PcsErrorLanguage::En)
    );
}

//! Seed 003: a cloud file-storage (PCS) data API's codes, each row with a typed column, the
//! HTTP status the server answers with (`http()`), and its message in two languages: Chinese,
//! the first (`message()`), and English (`message_in(PcsErrorLanguage::En)`).
//!
//! Run with `cargo run --example pcs`. It checks each answer it prints against the document
//! (`seeds/fixtures/003_*.txt`), and panics on a wrong one.

use codetable_seeds::pcs::{PcsError, PcsErrorLanguage};
use std::collections::BTreeMap;

fn main() {
    println!("PcsError: {} codes", PcsError::COUNT);
    assert_eq!(PcsError::COUNT, 67);

    // By code: the rows the document lists out of order, a renamed duplicate, and a miss;
    // each with its wire name.
    let lookups = [
        (110, Some("ACCESS_TOKEN_INVALID_OR_NO_LONGER_VALID")),
        (
            31079,
            Some("FILE_MD5_NOT_FOUND_YOU_SHOULD_USE_UPLOAD_API_TO_UPLOAD_THE_WHOLE_FILE"),
        ),
        (31206, Some("ACL_GET_ERROR_31206")),
        (31213, Some("SERVICE_UNAVAILABLE_31213")),
        (12345, None),
    ];
    for (code, expected) in lookups {
        match PcsError::try_from(code) {
            Ok(found) => {
                println!("{code:>6} => {found:?} {}", found.name());
                assert_eq!(Some(found.name()), expected, "{code}");
            }
            Err(unknown) => {
                println!("{code:>6} => {unknown}");
                assert_eq!((unknown.code(), expected), (code, None));
            }
        }
    }
    let found = PcsError::from_code(31212);
    println!("from_code(31212) = {found:?}");
    assert_eq!(found, Some(PcsError::ServiceUnavailable));

    // By wire name, exact: the first `acl get error` row keeps the name.
    let acl = PcsError::from_name("ACL_GET_ERROR");
    println!("from_name(\"ACL_GET_ERROR\") = {acl:?}");
    assert_eq!(acl.map(PcsError::code), Some(31205));
    let parsed: Result<PcsError, _> = "SERVICE_UNAVAILABLE_31213".parse();
    println!("\"SERVICE_UNAVAILABLE_31213\".parse() = {parsed:?}");
    assert_eq!(parsed, Ok(PcsError::RetryFailed));
    let missing: Result<PcsError, _> = "SERVICE_UNAVAILABLE_31212".parse();
    println!("\"SERVICE_UNAVAILABLE_31212\".parse() = {missing:?}");
    assert!(missing.is_err());

    // Both rows of each pair that share their English text; the later one's variant says
    // what its Chinese message says. Each with its code, status and English text.
    for (error, expected) in [
        (PcsError::AclGetError, (31205, 400, "acl get error")),
        (PcsError::AclNotFound, (31206, 404, "acl get error")),
        (
            PcsError::ServiceUnavailable,
            (31212, 503, "service unavailable"),
        ),
        (PcsError::RetryFailed, (31213, 503, "service unavailable")),
    ] {
        let en = error.message_in(PcsErrorLanguage::En);
        assert_eq!((error.code(), error.http(), en), expected, "{error:?}");
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
    // Every code has a status, eight statuses in all; 503 the most common, 200 for one code.
    assert_eq!(per_status.values().sum::<usize>(), PcsError::COUNT);
    assert_eq!(per_status.len(), 8);
    assert_eq!((per_status[&503], per_status[&200]), (26, 1));

    // An error as a user sees it, in each language, and as it goes over HTTP.
    let error = PcsError::FileMd5NotFound;
    println!("Display: {error}");
    let zh = "31079: 未找到文件MD5，请使用上传API上传整个文件。";
    let en = "31079: File md5 not found, you should use upload API to upload the whole file.";
    assert_eq!(error.to_string(), zh);
    for (language, expected) in PcsErrorLanguage::ALL.iter().zip([zh, en]) {
        println!("  {}: {}", language.tag(), error.display_in(*language));
        assert_eq!(error.display_in(*language).to_string(), expected);
    }
    println!(
        "HTTP {} {}",
        error.http(),
        error.message_in(PcsErrorLanguage::En)
    );
    assert_eq!(error.http(), 404);
}

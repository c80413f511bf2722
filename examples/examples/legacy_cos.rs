//! Seed 001: a legacy object-storage service's codes, one section per category.
//!
//! Run with `cargo run --example legacy_cos`. It checks each answer it prints against the
//! document (`seeds/fixtures/001_2c2f3daa39d578d8.txt`), and panics on a wrong one.

use codetable::Classified;
use codetable_seeds::legacy_cos::{LegacyCosError, LegacyCosErrorCategory};

fn main() {
    println!("LegacyCosError: {} codes", LegacyCosError::COUNT);
    // The document's 201 code lines, less the second `-61`.
    assert_eq!(LegacyCosError::COUNT, 200);

    let mut in_sections = 0;
    for &category in LegacyCosErrorCategory::ALL {
        let rows = LegacyCosError::ALL
            .iter()
            .filter(|code| code.category() == Some(category))
            .count();
        println!(
            "  {:>14} {:<10} {:>3} codes  {}",
            format!("{:?}", category.range()),
            category.name(),
            rows,
            category.message()
        );
        // A section's rows are the codes of its range: no section nests here.
        let in_range = LegacyCosError::iter()
            .filter(|code| category.range().contains(&code.code()))
            .count();
        assert_eq!(rows, in_range, "{}", category.name());
        in_sections += rows;
    }
    assert_eq!(LegacyCosErrorCategory::ALL.len(), 8);
    // The 10 rows outside: 8 download status codes and the 2 business codes.
    assert_eq!(in_sections, 190);

    // Each code, and what the table answers: its variant, wire name and section, or, for a
    // code it lacks, what `classify` says of it.
    use LegacyCosErrorCategory::{Cgi, FileCache, Http, Proxy, Sdk};
    type Found = (&'static str, &'static str, Option<LegacyCosErrorCategory>);
    let lookups: [(i32, Result<Found, Classified<LegacyCosError>>); 8] = [
        (
            -61,
            Ok((
                "ErrorProxySignBucketNotmatch",
                "ERROR_PROXY_SIGN_BUCKET_NOTMATCH",
                Some(Proxy),
            )),
        ),
        (
            -296,
            Ok(("ErrorProcess2rsp", "ERROR_PROCESS_2RSP", Some(FileCache))),
        ),
        (0, Ok(("Success", "_SUCCESS", None))),
        (
            -5971,
            Ok((
                "ErrorCgiParamMissingFilesize",
                "ERROR_CGI_PARAM_MISSING_FILESIZE",
                Some(Cgi),
            )),
        ),
        (-1, Ok(("CodeMinus1", "CodeMinus1", Some(Sdk)))),
        (-45062, Ok(("CodeMinus45062", "CodeMinus45062", None))),
        // Not a row, but inside the HTTP section's range.
        (404, Err(Classified::Section(Http))),
        (12345, Err(Classified::Unknown)),
    ];
    for (code, expected) in lookups {
        match LegacyCosError::try_from(code) {
            Ok(found) => {
                println!(
                    "{code:>6} => {found:?} {} ({:?})",
                    found.name(),
                    found.category()
                );
                let variant = format!("{found:?}");
                let answer = (variant.as_str(), found.name(), found.category());
                assert_eq!(Ok(answer), expected, "try_from({code})");
                assert_eq!(found.code(), code);
            }
            // A code the table lacks may still be in one of its sections.
            Err(unknown) => {
                let classified = LegacyCosError::classify(code);
                println!("{code:>6} => {unknown}: {classified:?}");
                assert_eq!(Err(classified), expected, "classify({code})");
                assert_eq!(unknown.code(), code);
            }
        }
    }

    let parsed: Result<LegacyCosError, _> = "ERROR_CGI_SHA_NOT_MATCH".parse();
    println!("\"ERROR_CGI_SHA_NOT_MATCH\".parse() = {parsed:?}");
    assert_eq!(parsed.map(LegacyCosError::code), Ok(-5984));

    let display = LegacyCosError::ErrorProxyAuthExpired.to_string();
    println!("Display: {display}");
    assert_eq!(display, "-96: 签名过期");
}

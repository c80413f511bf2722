//! The main demo (the README's first command): seed 001, a legacy object-storage service's
//! error codes, as `define_codes!` makes them of a document with defects.
//!
//! Run with `cargo run --example legacy_cos`. It prints, each part labelled: where the document
//! and the table are; each defect of the document, at its line, and how the table resolves
//! it; the table's sections; and what the table answers for a few codes (their variant, wire
//! name, section and message) and for codes it lacks. It checks every answer it prints against
//! the document (`seeds/fixtures/001_2c2f3daa39d578d8.txt`, read here), and panics on a wrong
//! one.

use codetable::Classified;
use codetable_seeds::legacy_cos::{LegacyCosError, LegacyCosErrorCategory};

/// The document the table was written from, as published.
const DOCUMENT: &str = include_str!("../../seeds/fixtures/001_2c2f3daa39d578d8.txt");
const DOCUMENT_PATH: &str = "seeds/fixtures/001_2c2f3daa39d578d8.txt";

/// Line `number` (from 1) of the document.
fn line(number: usize) -> &'static str {
    DOCUMENT
        .lines()
        .nth(number - 1)
        .expect("the document has the line")
}

fn main() {
    println!("Seed 001: a legacy object-storage service's error codes");
    println!(
        "  document: {DOCUMENT_PATH} ({} lines, `CODE NAME 中文` under headings)",
        DOCUMENT.lines().count()
    );
    println!(
        "  table:    LegacyCosError in seeds/src/legacy_cos.rs, {} rows",
        LegacyCosError::COUNT
    );
    // The document's 201 code lines, less the second `-61`.
    assert_eq!(LegacyCosError::COUNT, 200);

    defects();
    sections();
    lookups();
}

/// Each defect of the document, at its line (checked against the document), and what the
/// table does with it.
fn defects() {
    println!("\nThe document's defects, and how the table resolves them:");
    let defect = |lines: &str, text: &str, resolution: &str| {
        println!("  {DOCUMENT_PATH}:{lines}: {text}\n      -> {resolution}");
    };

    assert!(line(127).starts_with("-61 ERROR_PROXY_SIGN_BUCKET_NOTMATCH"));
    assert!(line(129).starts_with("-61 ERROR_PROXY_INVALID_CMD_REQ"));
    let kept = LegacyCosError::from_code(-61).expect("-61 is a row");
    assert_eq!(kept.name(), "ERROR_PROXY_SIGN_BUCKET_NOTMATCH");
    assert_eq!(
        LegacyCosError::from_name("ERROR_PROXY_INVALID_CMD_REQ"),
        None
    );
    defect(
        "127,129",
        "code -61 is given twice (ERROR_PROXY_SIGN_BUCKET_NOTMATCH, ERROR_PROXY_INVALID_CMD_REQ)",
        &format!("the first row is kept ({kept:?}); the second stays a comment (a second row would not compile)"),
    );

    assert!(line(257).starts_with("-296 2RSP"));
    let renamed = LegacyCosError::from_code(-296).expect("-296 is a row");
    assert_eq!(renamed.name(), "ERROR_PROCESS_2RSP");
    defect(
        "257",
        "`-296 2RSP`: the name is no identifier",
        &format!(
            "named {} after its neighbours ({renamed:?})",
            renamed.name()
        ),
    );

    assert!(line(53).starts_with("_SUCCESS 0"));
    let success = LegacyCosError::from_code(0).expect("0 is a row");
    assert_eq!(success.name(), "_SUCCESS");
    defect(
        "53",
        "`_SUCCESS 0`: written name first",
        &format!(
            "read as `0 => _SUCCESS` ({success:?}: {})",
            success.message()
        ),
    );

    assert!(line(1).contains("SDK") && line(9).starts_with("-4 "));
    assert!(line(11).contains("下载状态码") && line(27).starts_with("-45062 "));
    let nameless = LegacyCosError::from_code(-1).expect("-1 is a row");
    assert_eq!(nameless.name(), "CodeMinus1");
    defect(
        "1-27",
        "the SDK and download-status rows (`-1 指定的上传文件不存在`) have no names",
        &format!("nameless rows (`-1 => _`), named from their codes: {nameless:?}"),
    );

    assert!(DOCUMENT.contains("UNKOWN") && DOCUMENT.contains("PAHT"));
    defect(
        "*",
        "typos in wire names (UNKOWN, PAHT)",
        "kept: they are what the server sends (`from_name(\"UNKOWN\")` finds -9999)",
    );
    assert_eq!(
        LegacyCosError::from_name("UNKOWN").map(LegacyCosError::code),
        Some(-9999)
    );
}

/// The table's sections: one per heading whose codes run contiguously.
fn sections() {
    println!("\nSections (one per heading with a contiguous run of codes):");
    println!(
        "  {:>14}  {:<10} {:>4}  message",
        "codes", "section", "rows"
    );
    let mut in_sections = 0;
    for &category in LegacyCosErrorCategory::ALL {
        let rows = LegacyCosError::iter()
            .filter(|code| code.category() == Some(category))
            .count();
        println!(
            "  {:>14}  {:<10} {:>4}  {}",
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
    println!("  and 10 rows in no section: the 8 download-status codes and the 2 business codes");
}

/// What the table answers for some codes: a row (variant, wire name, section, message), or,
/// for a code it lacks, what `classify` says of it.
fn lookups() {
    use LegacyCosErrorCategory::{Cgi, FileCache, Http, Proxy, Sdk};
    println!("\nLooking codes up (LegacyCosError::try_from, then classify for a code it lacks):");
    println!(
        "  {:>6}  {:<30} {:<34} {:<10} message",
        "code", "variant", "wire name", "section"
    );
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
                let section = found.category().map_or("-", |category| category.name());
                println!(
                    "  {code:>6}  {:<30} {:<34} {section:<10} {}",
                    format!("{found:?}"),
                    found.name(),
                    found.message()
                );
                let variant = format!("{found:?}");
                let answer = (variant.as_str(), found.name(), found.category());
                assert_eq!(Ok(answer), expected, "try_from({code})");
                assert_eq!(found.code(), code);
                // The message is the document's: the row's line ends with it.
                assert!(
                    DOCUMENT
                        .lines()
                        .any(|line| (line.starts_with(&format!("{code} "))
                            && line.ends_with(found.message()))
                            || line.starts_with(&format!("{} {code} ", found.name()))),
                    "{code}'s message is not the document's"
                );
            }
            // A code the table lacks may still be in one of its sections.
            Err(unknown) => {
                let classified = LegacyCosError::classify(code);
                let said = match classified {
                    Classified::Section(category) => format!(
                        "not a row, but inside the section {} ({:?}): {}",
                        category.name(),
                        category.range(),
                        category.message()
                    ),
                    Classified::Unknown => {
                        "not a row, and in no section or reserved range".to_owned()
                    }
                    other => format!("{other:?}"),
                };
                println!("  {code:>6}  {said} ({unknown})");
                assert_eq!(Err(classified), expected, "classify({code})");
                assert_eq!(unknown.code(), code);
            }
        }
    }

    let parsed: Result<LegacyCosError, _> = "ERROR_CGI_SHA_NOT_MATCH".parse();
    let by_name = parsed.as_ref().map(|found| found.code());
    println!("\nBy wire name: \"ERROR_CGI_SHA_NOT_MATCH\".parse() = {parsed:?}, code {by_name:?}");
    assert_eq!(by_name.ok(), Some(-5984));

    let display = LegacyCosError::ErrorProxyAuthExpired.to_string();
    println!("Display of ErrorProxyAuthExpired: {display}");
    assert_eq!(display, "-96: 签名过期");
}

//! Seed 001: a legacy object-storage service's codes, one section per category.
//!
//! Run with `cargo run --example legacy_cos`.

use codetable_seeds::legacy_cos::{LegacyCosError, LegacyCosErrorCategory};

fn main() {
    println!("LegacyCosError: {} codes", LegacyCosError::COUNT);
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
    }

    for code in [-61, -296, 0, -5971, -1, -45062, 404, 12345] {
        match LegacyCosError::try_from(code) {
            Ok(found) => println!(
                "{code:>6} => {found:?} {} ({:?})",
                found.name(),
                found.category()
            ),
            // A code the table lacks may still be in one of its sections.
            Err(unknown) => println!(
                "{code:>6} => {unknown}: {:?}",
                LegacyCosError::classify(code)
            ),
        }
    }
    let parsed: Result<LegacyCosError, _> = "ERROR_CGI_SHA_NOT_MATCH".parse();
    println!("\"ERROR_CGI_SHA_NOT_MATCH\".parse() = {parsed:?}");
    println!("Display: {}", LegacyCosError::ErrorProxyAuthExpired);
}

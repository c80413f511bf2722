//! Seed 002: a daemon protocol's response codes, nested in sections, with a reserved range.
//!
//! Run with `cargo run --example daemon`.

use codetable_seeds::daemon::{DaemonCode, DaemonCodeCategory};

fn main() {
    println!(
        "DaemonCode: {} codes in {} sections",
        DaemonCode::COUNT,
        DaemonCodeCategory::ALL.len()
    );

    println!("\nThe sections, nested as the document nests them:");
    for &category in DaemonCodeCategory::ALL {
        let depth = std::iter::successors(category.parent(), |parent| parent.parent()).count();
        println!(
            "{:indent$}{:?} {:?}: {}",
            "",
            category.range(),
            category,
            category.message(),
            indent = depth * 2
        );
    }

    println!("\nLookups:");
    let code = DaemonCode::from_code(21103).expect("21103 is in the table");
    let path: Vec<_> =
        std::iter::successors(code.category(), |category| category.parent()).collect();
    println!("from_code(21103) = {code:?} ({}), in {path:?}", code.name());
    println!(
        "from_name(\"RATE_LIMIT_EXCEEDED\") = {:?}",
        DaemonCode::from_name("RATE_LIMIT_EXCEEDED")
    );
    println!(
        "from_code(45000) = {:?} (45000 is reserved)",
        DaemonCode::from_code(45000)
    );

    let error: Box<dyn std::error::Error> = Box::new(DaemonCode::DiskFull);
    println!("\nAs an error: {error}");
}

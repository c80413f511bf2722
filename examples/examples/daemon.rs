//! Seed 002: a daemon protocol's response codes, nested in sections, with a reserved range.
//!
//! Run with `cargo run --example daemon`. It checks each answer it prints against the document
//! (`seeds/fixtures/002_*.txt`), and panics on a wrong one.

use codetable::Classified;
use codetable_seeds::daemon::{DaemonCode, DaemonCodeCategory};

fn main() {
    println!(
        "DaemonCode: {} codes in {} sections",
        DaemonCode::COUNT,
        DaemonCodeCategory::ALL.len()
    );
    assert_eq!((DaemonCode::COUNT, DaemonCodeCategory::ALL.len()), (27, 7));

    println!("\nThe sections, nested as the document nests them:");
    // Each section's depth, in the order of the document.
    let depths = [0, 1, 0, 1, 2, 0, 0];
    for (&category, expected) in DaemonCodeCategory::ALL.iter().zip(depths) {
        let depth = std::iter::successors(category.parent(), |parent| parent.parent()).count();
        assert_eq!(depth, expected, "{category:?}");
        // A section lies inside its parent.
        if let Some(parent) = category.parent() {
            assert!(parent.range().contains(category.range().start()));
            assert!(parent.range().contains(category.range().end()));
        }
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
    use DaemonCodeCategory::{FileError, ServerError, UploadDownloadError};
    assert_eq!(
        (code, code.name()),
        (DaemonCode::FileTooBig, "FILE_TOO_BIG")
    );
    assert_eq!(path, [UploadDownloadError, FileError, ServerError]);
    let rate = DaemonCode::from_name("RATE_LIMIT_EXCEEDED");
    println!("from_name(\"RATE_LIMIT_EXCEEDED\") = {rate:?}");
    assert_eq!(rate.map(DaemonCode::code), Some(10005));
    let reserved = DaemonCode::from_code(45000);
    println!("from_code(45000) = {reserved:?} (45000 is reserved)");
    assert_eq!(reserved, None);
    let Classified::Reserved(range) = DaemonCode::classify(45000) else {
        panic!("45000 is in the reserved range 40000..=59999");
    };
    assert_eq!(range.range(), 40000..=59999);

    let error: Box<dyn std::error::Error> = Box::new(DaemonCode::DiskFull);
    println!("\nAs an error: {error}");
    assert_eq!(error.to_string(), "21007: 磁盘已满");
}

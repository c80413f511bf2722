//! The S3 table: codes that are their own names, each written once.

use codetable::OrUnknown;
use codetable_seeds::s3::S3Error;

const SOURCE: &str = include_str!("../src/s3.rs");

/// Each code is in the table's source once, as `"Code" => _`: the row's name is the code, not
/// written again.
#[test]
fn no_name_is_written_twice() {
    let table = &SOURCE[SOURCE.find("codetable::define_codes!").unwrap()..];
    assert_eq!(S3Error::COUNT, 12);
    for row in S3Error::iter() {
        let code = row.code();
        assert_eq!(row.name(), code);
        assert_eq!(S3Error::from_name(code), Some(row));
        assert_eq!(S3Error::from_code(code), Some(row));
        assert_eq!(
            table.matches(code).count(),
            1,
            "{code} is written more than once"
        );
        assert!(table.contains(&format!("\"{code}\" => _, ")), "{code}");
        assert_eq!(
            format!("{row:?}"),
            code,
            "the variant is the name as written"
        );
    }
}

#[test]
fn messages_statuses_and_unknown_codes() {
    assert_eq!(
        S3Error::NoSuchKey.to_string(),
        "NoSuchKey: The specified key does not exist."
    );
    assert_eq!(S3Error::SlowDown.http(), 503);
    assert_eq!(S3Error::InvalidRange.http(), 416);
    assert_eq!(
        S3Error::from_code("nosuchkey"),
        None,
        "codes are case-sensitive"
    );
    let newer = OrUnknown::<S3Error>::from("ObjectLockConfigurationNotFoundError");
    assert!(!newer.is_known());
    assert_eq!(newer.code(), "ObjectLockConfigurationNotFoundError");
}

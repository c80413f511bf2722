//! The tables' lookups, serde and assert_disjoint!, with the dependency renamed.

use codetable_test_renamed::{
    ClientError, ServiceError, ServiceErrorCategory, ServiceErrorLanguage,
};
use ct::{Code, OrUnknown};

#[test]
fn lookups_sections_aliases_and_languages() {
    assert_eq!(ServiceError::from_code(1), Some(ServiceError::NotFound));
    assert_eq!(
        ServiceError::from_name("MISSING"),
        Some(ServiceError::NotFound)
    );
    assert_eq!(ServiceError::Missing.http(), 404);
    assert_eq!(
        ServiceError::TooManyRequests.category(),
        Some(ServiceErrorCategory::Quota)
    );
    assert_eq!(
        ServiceError::NotFound.message_in(ServiceErrorLanguage::Zh),
        "未找到"
    );
    assert!(matches!(
        ServiceError::classify(250),
        ct::Classified::Reserved(_)
    ));
    assert_eq!(<ClientError as Code>::COUNT, 1);
    assert_eq!(ServiceError::iter().count(), 3);
}

#[test]
fn serde_as_the_code() {
    let json = serde_json::to_string(&ServiceError::TooManyRequests).unwrap();
    assert_eq!(json, "101");
    let back: OrUnknown<ServiceError> = serde_json::from_str("7").unwrap();
    assert_eq!(back.code(), 7);
    let known: ServiceError = serde_json::from_str("0").unwrap();
    assert_eq!(known, ServiceError::Ok);
}

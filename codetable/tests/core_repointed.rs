//! `extern crate … as core` at the crate root re-points every `::core` path of the crate, the
//! expansion's included. This one's `derive` drops an enum's last variant
//! (`codetable-test-fakecore`): the expansion names its derives and its check through the
//! runtime's path, so the table is whole, its check holds, and its lookups find every row.
//! Miri runs this file too (`scripts/miri.sh`).

extern crate codetable_test_fakecore as core;

codetable::define_codes! {
    /// Codes whose enum a re-pointed `derive` would shorten.
    #[repr(u8)]
    pub enum Small {
        1 => ONE, "one",
        2 => TWO, "two",
        3 => THREE, "three",
        10..=19 => Tens, "tens" {
            11 => ELEVEN, "eleven",
        },
    }
}

#[test]
fn every_row_is_a_variant_and_is_found() {
    for (code, name) in [(1, "ONE"), (2, "TWO"), (3, "THREE"), (11, "ELEVEN")] {
        let row = Small::from_code(code).unwrap();
        assert_eq!((row.code(), row.name()), (code, name));
        assert_eq!(Small::from_name(name), Some(row));
    }
    assert_eq!(Small::from_code(4), None);
    assert_eq!(Small::COUNT, 4);
    assert_eq!(Small::ALL.len(), 4);
    assert_eq!(Small::Eleven.category(), Some(SmallCategory::Tens));
    assert_eq!(SmallCategory::ALL, &[SmallCategory::Tens]);
    assert_eq!(format!("{:?}", Small::Three), "Three");
}

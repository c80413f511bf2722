//! `classify`: what any code of a table's type is to the table, rows or not.

use codetable::{Classified, OrUnknown};

codetable::define_codes! {
    /// Nested sections, a reserved range in a section and one outside every section.
    #[repr(i16)]
    pub enum Nested in -100..=999 {
        -1 => FAILED, "failed",
        0 => OK, "ok",
        100..=199 => Client, "client errors" {
            101 => BAD_INPUT, "bad input",
            150..=179 => Auth, "authentication" {
                151 => NO_TOKEN, "no token",
                170..=179 => reserved, "for new authentication errors",
            },
            190..=199 => reserved,
        },
        500..=599 => reserved, "the server's",
    }
}

#[test]
fn every_kind_of_code() {
    use Classified::*;
    use NestedCategory::*;
    let cases = [
        (-1, Row(Nested::Failed)),
        (0, Row(Nested::Ok)),
        (151, Row(Nested::NoToken)),
        (-100, Unknown),
        (1, Unknown),
        (99, Unknown),
        (100, Section(Client)),
        (149, Section(Client)),
        (150, Section(Auth)),
        (169, Section(Auth)),
        (180, Section(Client)),
        (189, Section(Client)),
        (200, Unknown),
        (600, Unknown),
        (i16::MIN, Unknown),
        (i16::MAX, Unknown),
    ];
    for (code, expected) in cases {
        assert_eq!(Nested::classify(code), expected, "{code}");
        assert_eq!(
            <Nested as codetable::Code>::classify(code),
            expected,
            "{code}"
        );
    }
    for (code, low, high, message) in [
        (170, 170, 179, Some("for new authentication errors")),
        (179, 170, 179, Some("for new authentication errors")),
        (190, 190, 199, None),
        (555, 500, 599, Some("the server's")),
    ] {
        let Reserved(range) = Nested::classify(code) else {
            panic!("{code} is reserved");
        };
        assert_eq!(
            (range.low(), range.high(), range.message()),
            (low, high, message)
        );
        assert_eq!(range.range(), low..=high);
    }
}

// `classify` is a `const fn`: this fails to compile if it is not, or answers otherwise.
const _: () = assert!(matches!(Nested::classify(555), Classified::Reserved(_)));

codetable::define_codes! {
    /// No sections: a code is a row, reserved, or unknown.
    pub enum Flat {
        1 => ONE, "one",
        10..=19 => reserved, "later",
    }
}

#[test]
fn tables_without_sections() {
    assert_eq!(Flat::classify(1), Classified::Row(Flat::One));
    assert!(matches!(Flat::classify(15), Classified::Reserved(_)));
    assert_eq!(Flat::classify(2), Classified::Unknown);
}

#[test]
fn or_unknown_tells_the_same() {
    assert_eq!(
        OrUnknown::<Nested>::from_code(151).classify(),
        Classified::Row(Nested::NoToken)
    );
    assert_eq!(
        OrUnknown::<Nested>::from_code(160).classify(),
        Classified::Section(NestedCategory::Auth)
    );
    assert!(matches!(
        OrUnknown::<Nested>::from_code(520).classify(),
        Classified::Reserved(_)
    ));
    assert_eq!(
        OrUnknown::<Flat>::from_code(7).classify(),
        Classified::Unknown
    );
}

//! Attributes on a table that keep working: `cfg_attr` that applies no `cfg` (a row deprecated
//! under a condition, docs, a derive of a trait `define_codes!` does not implement), and an
//! attribute macro that reads the enum without changing it.
#![deny(warnings)]

codetable::define_codes! {
    /// A table whose attributes apply under conditions.
    #[cfg_attr(all(), derive(codetable_test_macros::VariantCount))]
    #[cfg_attr(any(), derive(codetable_test_macros::VariantCount))]
    pub enum Conditional(
        #[cfg_attr(all(), doc = "The HTTP status.")]
        http: u16 = 500,
    ) {
        1 => A, "a",
        #[cfg_attr(all(), doc = "Kept for old clients.")]
        #[cfg_attr(not(feature = "serde"), deprecated = "only with serde")]
        2 => B, "b",
        10..=19 => Later, "later codes" {
            #[cfg_attr(all(), doc = "In a section.")]
            11 => C, "c", http = 404,
        },
    }
}

#[test]
fn conditional_attributes_apply() {
    assert_eq!(Conditional::VARIANT_COUNT, 3);
    #[allow(deprecated)]
    let b = Conditional::B;
    assert_eq!(Conditional::from_code(2), Some(b));
    assert_eq!(Conditional::from_name("B"), Some(b));
    assert_eq!(Conditional::C.http(), 404);
    assert_eq!(Conditional::iter().count(), 3);
}

codetable::define_codes! {
    /// A table behind an attribute macro that gives the enum back unchanged.
    #[codetable_test_macros::unchanged]
    #[repr(i16)]
    pub enum Unchanged {
        -1 => MINUS_ONE, "minus one",
        7 => SEVEN, "seven",
    }
}

#[test]
fn an_attribute_macro_that_keeps_the_enum_keeps_the_table() {
    assert_eq!(Unchanged::from_code(-1), Some(Unchanged::MinusOne));
    assert_eq!(Unchanged::from_code(7), Some(Unchanged::Seven));
    assert_eq!(Unchanged::from_code(0), None);
    assert_eq!(Unchanged::Seven as i16, 7);
    assert_eq!("MINUS_ONE".parse(), Ok(Unchanged::MinusOne));
}

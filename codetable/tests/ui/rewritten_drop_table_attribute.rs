// An attribute macro on the table that drops what define_codes! checks the enum with: that
// must fail to compile too.
codetable::define_codes! {
    #[codetable_test_macros::drop_attribute(codetable_check)]
    pub enum E {
        1 => A, "a",
        2 => B, "b",
    }
}

fn main() {}

// An attribute macro on the table that rewrites the enum: the enum rustc compiles is then not
// the one the lookups were built from, which must fail to compile, naming the row.
codetable::define_codes! {
    #[codetable_test_macros::set_discriminant(B = 7)]
    pub enum E {
        1 => A, "a",
        2 => B, "b",
        3 => C, "c",
    }
}

fn main() {
    let _ = E::from_code(2);
}

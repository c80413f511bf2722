// An attribute macro on an alias or a column's accessor can add items beside it, inside the
// table's expansion: none of what it can reach there turns an unchecked code into a variant
// without `unsafe`.
codetable::define_codes! {
    pub enum E(
        #[codetable_test_macros::also(pub const fn from_column() -> Self { variant_of_code(77) })]
        status: u16 = 500,
    ) {
        1 => A, "a",
        2 => B, "b",
        #[codetable_test_macros::also(pub const fn from_alias() -> Self { variant_of_code(77) })]
        OLD_A = A,
    }
}

fn main() {}

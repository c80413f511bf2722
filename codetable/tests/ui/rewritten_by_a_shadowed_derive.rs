// `derive` is a name of the prelude, which an import may shadow with an attribute macro: the
// table's `#[derive(..)]` is then that macro, which may rewrite the enum. The expansion's own
// derives name `derive` by its path, and the check still runs.
use codetable_test_macros::strip_variant as derive;

codetable::define_codes! {
    #[derive(B)]
    pub enum E {
        1 => A, "a",
        2 => B, "b",
    }
}

fn main() {}

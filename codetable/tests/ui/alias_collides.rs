// An alias that is a row's name, that is written twice, whose constant is a row's variant,
// and two aliases that give one constant.
codetable::define_codes! {
    pub enum E {
        1 => FOO_BAR, "foo bar",
        2 => BAZ, "baz",
        BAZ = FOO_BAR,
        OTHER = FOO_BAR,
        OTHER = BAZ,
        FooBar = BAZ,
        NEW_NAME = BAZ,
        NewName = FOO_BAR,
    }
}

fn main() {}

codetable::define_codes! {
    pub enum E {
        1 => FOO_BAR, "foo bar",
        2 => FooBar, "also FooBar once converted",
    }
}

fn main() {}

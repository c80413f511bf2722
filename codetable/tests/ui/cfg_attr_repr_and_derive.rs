codetable::define_codes! {
    #[cfg_attr(target_pointer_width = "64", repr(i64))]
    #[cfg_attr(test, derive(Debug, Default))]
    pub enum E {
        1 => A, "a",
    }
}

fn main() {}

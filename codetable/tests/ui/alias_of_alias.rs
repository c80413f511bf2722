codetable::define_codes! {
    pub enum E {
        1 => CURRENT, "the current name",
        OLD = CURRENT,
        OLDER = OLD,
    }
}

fn main() {}

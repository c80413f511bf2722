codetable::define_codes! {
    pub enum E {
        1 => EMPTY(), "no arguments",
        2 => NO_MESSAGE(db: &str),
    }
}

fn main() {}

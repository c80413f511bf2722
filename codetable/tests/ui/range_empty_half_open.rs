codetable::define_codes! {
    pub enum E {
        0 => OK, "ok",
        3..3 => reserved, "an empty range",
    }
}

fn main() {}

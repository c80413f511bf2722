codetable::define_codes! {
    pub enum E {
        0 => OK, "ok",
        40000..=59999 => reserved, "must not be used",
        40001 => LATER, "declared after the reserved range",
    }
}

fn main() {}

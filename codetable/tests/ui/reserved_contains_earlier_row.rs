codetable::define_codes! {
    pub enum E {
        0 => OK, "ok",
        40001 => EARLIER, "declared before the reserved range",
        40000..=59999 => reserved, "must not be used",
    }
}

fn main() {}

codetable::define_codes! {
    pub enum E {
        0 => OK, "ok",
        1000000000000000000000000000000000000000000 => HUGE, "fits no code type",
    }
}

fn main() {}

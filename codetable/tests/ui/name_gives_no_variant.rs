codetable::define_codes! {
    pub enum E {
        0 => OK, "ok",
        1 => __, "underscores only",
    }
}

fn main() {}

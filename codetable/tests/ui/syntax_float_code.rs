codetable::define_codes! {
    pub enum E {
        0 => OK, "ok",
        1.5 => FAILED, "failed",
    }
}

fn main() {}

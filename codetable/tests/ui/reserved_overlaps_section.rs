codetable::define_codes! {
    pub enum E {
        0 => OK, "ok",
        40000..=59999 => reserved, "must not be used",
        30000..=40999 => Instance, "instance errors" {
            30000 => INSTANCE_GONE, "instance gone",
        },
    }
}

fn main() {}

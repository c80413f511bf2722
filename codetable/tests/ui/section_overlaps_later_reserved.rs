codetable::define_codes! {
    pub enum E {
        0 => OK, "ok",
        30000..=40999 => Instance, "instance errors" {
            30000 => INSTANCE_GONE, "instance gone",
        },
        40000..=59999 => reserved, "must not be used",
    }
}

fn main() {}

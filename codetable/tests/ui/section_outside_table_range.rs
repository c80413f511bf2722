codetable::define_codes! {
    pub enum E in 0..=999 {
        0 => OK, "ok",
        900..=1099 => Server, "server errors" {
            900 => INTERNAL, "internal error",
        },
    }
}

fn main() {}

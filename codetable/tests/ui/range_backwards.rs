codetable::define_codes! {
    pub enum E {
        0 => OK, "ok",
        5..=1 => Backwards, "a backwards range" {
            3 => THREE, "three",
        },
    }
}

fn main() {}

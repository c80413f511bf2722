codetable::define_codes! {
    pub enum E in 0..=99 {
        0 => OK, "ok",
        100 => OUTSIDE, "outside the table's range",
    }
}

fn main() {}

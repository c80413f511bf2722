codetable::define_codes! {
    pub enum E {
        1 => QUOTED(db: &str), "database {db:?}",
        2 => EXPONENT(ratio: f64), "ratio {ratio:e}",
    }
}

fn main() {}

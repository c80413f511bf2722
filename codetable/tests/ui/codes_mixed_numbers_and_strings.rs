// A table's codes are all numbers or all strings: the first code says which.
codetable::define_codes! {
    pub enum E {
        0 => OK, "ok",
        "1" => FAILED, "failed",
    }
}

fn main() {}

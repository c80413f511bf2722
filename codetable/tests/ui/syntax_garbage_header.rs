codetable::define_codes! {
    pub table E = {
        0 => OK, "ok",
    }
}

fn main() {}

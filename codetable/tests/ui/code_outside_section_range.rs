codetable::define_codes! {
    pub enum E {
        0 => OK, "ok",
        100..=199 => Client, "client errors" {
            100 => BAD_REQUEST, "bad request",
            200 => OUTSIDE, "outside its section",
        },
    }
}

fn main() {}

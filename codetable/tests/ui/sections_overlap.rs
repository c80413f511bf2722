codetable::define_codes! {
    pub enum E {
        100..=199 => Client, "client errors" {
            100 => BAD_REQUEST, "bad request",
        },
        150..=299 => Server, "server errors" {
            200 => INTERNAL, "internal error",
        },
    }
}

fn main() {}

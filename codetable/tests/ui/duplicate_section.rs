codetable::define_codes! {
    pub enum E {
        100..=199 => Client, "client errors" {
            100 => BAD_REQUEST, "bad request",
        },
        200..=299 => Client, "client errors again" {
            200 => CONFLICT, "conflict",
        },
    }
}

fn main() {}

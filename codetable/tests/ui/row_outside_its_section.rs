// A row written beside a section, with a code inside the section's range: `category()` would
// miss the section, so the row must move into it.
codetable::define_codes! {
    pub enum E {
        10..=19 => Client, "client errors" {
            10 => BAD_REQUEST, "bad request",
        },
        15 => NOT_FOUND, "not found",
    }
}

fn main() {}

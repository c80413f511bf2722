// A column of type `http::StatusCode` takes an HTTP status, 100..=999, written as an integer.
codetable::define_codes! {
    pub enum ApiError(http: http::StatusCode) {
        1 => TOO_LOW, "too low", http = 99,
        2 => TOO_HIGH, "too high", http = 1000,
        3 => QUOTED, "quoted", http = "404",
        4 => NEGATIVE, "negative", http = -404,
        5 => SUFFIXED, "suffixed", http = 404u8,
        6 => NAMED, "named", http = NOT_FOUND,
    }
}

fn main() {}

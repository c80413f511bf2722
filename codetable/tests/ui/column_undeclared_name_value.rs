// `grpc = NotFound` after a row: a column the table does not declare, read as an alias of a
// row `NotFound`, which the table does not have either.
codetable::define_codes! {
    pub enum ApiError(http: u16) {
        40401 => NOT_FOUND, "not found", http = 404, grpc = NotFound,
    }
}

fn main() {}

// Without codetable's `http` and `tonic` features, columns of their types are an error at the type
// (these tests build `codes` without features).
codetable::define_codes! {
    /// Errors.
    pub enum ApiError(http: StatusCode, grpc: Option<tonic::Code>) {
        40401 => NOT_FOUND, "not found", http = 404, grpc = NotFound,
    }
}

fn main() {
    let _ = ApiError::NotFound.http();
}

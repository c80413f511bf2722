// `http::StatusCode` is the type of the column `http`, `tonic::Code` of the column `grpc`:
// what the `axum` and `tonic` features answer with.
codetable::define_codes! {
    pub enum ApiError(status: StatusCode, code: Option<tonic::Code>) {
        1 => A, "a", status = 404,
    }
}

fn main() {}

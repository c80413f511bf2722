// `into_response` of a table without an `http` column, and of `OrUnknown` of one.
use axum::response::IntoResponse;
use codetable::OrUnknown;

codetable::define_codes! {
    /// Errors without an HTTP status.
    pub enum ApiError(retry: bool = false) {
        40401 => NO_SUCH_FILE, "文件不存在",
    }
}

fn main() {
    let _ = ApiError::NoSuchFile.into_response();
    let _ = OrUnknown::<ApiError>::from(40401).into_response();
}

// A handler that returns a table without an `http` column: `#[axum::debug_handler]` says what
// the table lacks; without it, axum can only say the function is no handler.
use axum::routing::get;
use axum::{Json, Router};

codetable::define_codes! {
    /// Errors without an HTTP status.
    pub enum ApiError {
        40401 => NO_SUCH_FILE, "文件不存在",
    }
}

#[axum::debug_handler]
async fn checked(name: String) -> Result<Json<u64>, ApiError> {
    match name.as_str() {
        "a.txt" => Ok(Json(42)),
        _ => Err(ApiError::NoSuchFile),
    }
}

async fn unchecked() -> Result<Json<u64>, ApiError> {
    Err(ApiError::NoSuchFile)
}

fn main() {
    let _: Router = Router::new()
        .route("/checked", get(checked))
        .route("/unchecked", get(unchecked));
}

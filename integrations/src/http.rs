//! Seed 003's file API over HTTP, with axum: handlers return [`PcsError`] as their error, which
//! answers with its row's `http` status and `{"code": .., "name": .., "message": ..}`.

use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
use codetable::OrUnknown;
use codetable_seeds::pcs::PcsError;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The files the server holds: each path with its size in bytes.
pub type Files = BTreeMap<String, u64>;

/// The router: `GET /files/{*path}`, a file's size (`{"path": "..", "size": ..}`) or the error
/// that says why not; `GET /errors/{code}`, the response of any code, known to the table or
/// not, so that a client can try its handling of each.
pub fn router(files: Files) -> Router {
    Router::new()
        .route("/files/{*path}", get(file))
        .route("/errors/{code}", get(error))
        .with_state(Arc::new(files))
}

/// What `GET /files/{*path}` answers for a file it has.
pub fn file_json(path: &str, size: u64) -> serde_json::Value {
    serde_json::json!({ "path": path, "size": size })
}

async fn file(
    State(files): State<Arc<Files>>,
    Path(path): Path<String>,
) -> Result<Json<serde_json::Value>, PcsError> {
    if path.split('/').any(|part| part.is_empty() || part == "..") {
        return Err(PcsError::FileNameIsInvalid);
    }
    match files.get(&path) {
        Some(&size) => Ok(Json(file_json(&path, size))),
        None => Err(PcsError::FileDoesNotExist),
    }
}

/// The response of a code: its row's status and body, or `500` and the number for a code the
/// table does not have.
async fn error(Path(code): Path<i32>) -> OrUnknown<PcsError> {
    OrUnknown::from(code)
}

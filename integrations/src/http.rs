//! Seed 003's file API over HTTP, with axum: handlers return [`PcsError`] as their error, which
//! answers with its row's `http` status and `{"code": .., "name": .., "message": ..}`; the
//! second version of the file route answers with RFC 9457 problem details
//! ([`Problem`]), whose `type` is the code's help link.

use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
use codetable::axum::Problem;
use codetable::OrUnknown;
use codetable_seeds::pcs::{PcsError, PcsErrorLanguage};
use std::collections::BTreeMap;
use std::sync::Arc;

/// The files the server holds: each path with its size in bytes.
pub type Files = BTreeMap<String, u64>;

/// The router: `GET /files/{*path}`, a file's size (`{"path": "..", "size": ..}`) or the error
/// that says why not; `GET /v2/files/{*path}`, the same with the error as problem details
/// (`application/problem+json`, the path as its `detail`, the request's as its `instance`);
/// `GET /errors/{code}`, the response of any code, known to the table or not, so that a client
/// can try its handling of each.
pub fn router(files: Files) -> Router {
    Router::new()
        .route("/files/{*path}", get(file))
        .route("/v2/files/{*path}", get(file_v2))
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
    stat(&files, &path).map(|size| Json(file_json(&path, size)))
}

/// `GET /v2/files/{*path}`: its error as problem details.
async fn file_v2(
    State(files): State<Arc<Files>>,
    Path(path): Path<String>,
) -> Result<Json<serde_json::Value>, Problem<PcsError>> {
    stat(&files, &path)
        .map(|size| Json(file_json(&path, size)))
        .map_err(|error| {
            Problem::new(error)
                .detail(format!(
                    "{path}: {}",
                    error.message_in(PcsErrorLanguage::En)
                ))
                .instance(format!("/v2/files/{path}"))
                .language("en")
        })
}

/// The size of the file at `path`, or why there is none.
fn stat(files: &Files, path: &str) -> Result<u64, PcsError> {
    if path.split('/').any(|part| part.is_empty() || part == "..") {
        return Err(PcsError::FileNameIsInvalid);
    }
    files.get(path).copied().ok_or(PcsError::FileDoesNotExist)
}

/// The response of a code: its row's status and body, or `500` and the number for a code the
/// table does not have.
async fn error(Path(code): Path<i32>) -> OrUnknown<PcsError> {
    OrUnknown::from(code)
}

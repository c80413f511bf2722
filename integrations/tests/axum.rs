//! Seed 003's router, served in process (tower's `oneshot`): each code of the table answers
//! with its row's status and `{"code", "name", "message"}`, and the handlers that return the
//! table as their error answer with it.

use axum::body::Body;
use axum::response::IntoResponse;
use axum::Router;
use codetable::http::HttpStatus;
use codetable::OrUnknown;
use codetable_integrations::grpc::FileError;
use codetable_integrations::http::{file_json, router, Files};
use codetable_seeds::pcs::PcsError;
use http::header::CONTENT_TYPE;
use http::{Request, StatusCode};
use serde_json::{json, Value};
use tower::ServiceExt;

/// The status and JSON body of `GET uri`, checking the body says it is JSON.
async fn get(router: &Router, uri: &str) -> (StatusCode, Value) {
    let request = Request::get(uri).body(Body::empty()).expect("a request");
    let response = router.clone().oneshot(request).await.expect("a response");
    read(response).await
}

async fn read(response: axum::response::Response) -> (StatusCode, Value) {
    let status = response.status();
    assert_eq!(response.headers()[CONTENT_TYPE], "application/json");
    let body = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .expect("the body");
    let json = serde_json::from_slice(&body).expect("the body is JSON");
    (status, json)
}

fn files() -> Files {
    Files::from([("docs/a.txt".to_owned(), 42)])
}

#[tokio::test]
async fn every_seed_003_code_answers_with_its_status_and_body() {
    let router = router(files());
    for code in PcsError::iter() {
        let (status, body) = get(&router, &format!("/errors/{}", code.code())).await;
        assert_eq!(status.as_u16(), code.http(), "{code:?}");
        assert_eq!(
            body,
            json!({ "code": code.code(), "name": code.name(), "message": code.message() }),
        );
    }
    assert_eq!(PcsError::COUNT, 67);
}

#[tokio::test]
async fn an_unknown_code_answers_500_with_its_number() {
    let (status, body) = get(&router(files()), "/errors/40099").await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(
        body,
        json!({ "code": 40099, "name": null, "message": null })
    );
    let passed_on = OrUnknown::<PcsError>::from(40099).into_response_or(StatusCode::BAD_GATEWAY);
    let (status, body) = read(passed_on).await;
    assert_eq!(status, StatusCode::BAD_GATEWAY);
    assert_eq!(body["code"], 40099);
}

#[tokio::test]
async fn handlers_answer_with_the_table_s_errors() {
    let router = router(files());
    let (status, body) = get(&router, "/files/docs/a.txt").await;
    assert_eq!(
        (status, body),
        (StatusCode::OK, file_json("docs/a.txt", 42))
    );

    let (status, body) = get(&router, "/files/docs/b.txt").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(
        body,
        json!({ "code": 31066, "name": "FILE_DOES_NOT_EXIST", "message": "文件不存在" })
    );

    let (status, body) = get(&router, "/files/docs//a.txt").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["name"], "FILE_NAME_IS_INVALID");
}

#[tokio::test]
async fn a_status_code_column_answers_with_its_status() {
    for code in FileError::iter() {
        assert_eq!(code.http_status(), code.http());
        let (status, body) = read(code.into_response()).await;
        assert_eq!(status, code.http());
        assert_eq!(body["code"], code.code());
        assert_eq!(body["message"], code.message());
    }
    let (status, _) = read(OrUnknown::Known(FileError::AccessTokenInvalid).into_response()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

codetable::define_codes! {
    /// Messages that JSON must escape, and statuses a `u16` column may hold that are none.
    pub enum Awkward(http: Option<u16>) {
        1 => QUOTES, "a \"quoted\" \\ path\n", http = 400,
        2 => NO_STATUS, "no status",
        3 => NOT_A_STATUS, "not a status", http = 42,
    }
}

#[tokio::test]
async fn bodies_are_json_whatever_the_message_and_statuses_fall_back_to_500() {
    let (status, body) = read(Awkward::Quotes.into_response()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["message"], "a \"quoted\" \\ path\n");
    for code in [Awkward::NoStatus, Awkward::NotAStatus] {
        let (status, body) = read(code.into_response()).await;
        assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(body["name"], code.name());
    }
}

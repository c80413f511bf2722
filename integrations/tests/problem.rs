//! RFC 9457 problem details, with the `axum` feature: the members of the RFC's own example
//! (section 3: `type`, `title`, `status`, `detail`, `instance`, and extension members) with
//! its values and JSON types, answered per response (`Problem`) and by a table that answers so
//! (`problem_json`); a built message of a `problem_json` table, its formatted message the
//! `detail` and its arguments the `arguments` member, served by a router; and seed 003's
//! `GET /v2/files/{*path}`, served on a loopback socket and read by an HTTP client.

use axum::body::Body;
use axum::extract::Path;
use axum::response::{IntoResponse, Response};
use axum::routing;
use axum::{Json, Router};
use codetable::axum::Problem;
use codetable::{Built, OrUnknown};
use codetable_integrations::http::{router, Files};
use codetable_seeds::pcs::PcsError;
use http::header::{CONTENT_LANGUAGE, CONTENT_TYPE};
use http::{Request, StatusCode};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tower::ServiceExt;

codetable::define_codes! {
    /// The RFC's example as a table: its problem type a row, its `type` the row's help link.
    pub enum CreditError(http: u16) {
        /// The account's balance is below the cost of what was asked.
        1 => OUT_OF_CREDIT, "You do not have enough credit.", http = 403,
            help_url = "https://example.com/probs/out-of-credit",
        2 => NO_LINK, "A problem without a page.", http = 409,
        3 => NO_MESSAGE, http = 400,
    }

    /// A table all of whose answers are problem details.
    #[codetable(problem_json, languages(zh, en), help_url = "https://example.com/probs/{name}")]
    pub enum Answered(http: u16) {
        1 => BUSY, "忙", en = "busy", http = 503,
    }

    /// A `problem_json` table whose rows take arguments.
    #[codetable(problem_json, languages(en, zh), help_url = "https://example.com/probs/{name}")]
    pub enum Quota(http: u16) {
        1 => OVER_QUOTA(user: &str, used: u64, limit: u64, ratio: f64, hard: bool, delta: i32),
            "{user} used {used} of {limit} bytes ({ratio:.2}, hard: {hard}, {delta})",
            zh = "{user} 已用 {used} / {limit} 字节（{ratio:.2}，硬性：{hard}，{delta}）", http = 507,
        2 => READ_ONLY, "read-only", zh = "只读", http = 403,
    }
}

async fn read(response: Response) -> (StatusCode, Value) {
    let status = response.status();
    assert_eq!(response.headers()[CONTENT_TYPE], "application/problem+json");
    let body = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .expect("the body");
    (
        status,
        serde_json::from_slice(&body).expect("the body is JSON"),
    )
}

/// RFC 9457, section 3: "a problem details object can have the following members", and the
/// example's values (its extension members, `balance` and `accounts`, are the API's own: ours
/// are `code` and `name`).
#[tokio::test]
async fn the_rfcs_example_members_with_their_types() {
    let problem = Problem::new(CreditError::OutOfCredit)
        .detail("Your current balance is 30, but that costs 50.")
        .instance("/account/12345/msgs/abc");
    let (status, body) = read(problem.into_response()).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(
        body,
        json!({
            "type": "https://example.com/probs/out-of-credit",
            "title": "You do not have enough credit.",
            "status": 403,
            "detail": "Your current balance is 30, but that costs 50.",
            "instance": "/account/12345/msgs/abc",
            "code": 1,
            "name": "OUT_OF_CREDIT",
        })
    );
    // The types the RFC gives each member: strings (URI references for `type` and
    // `instance`), and `status` a JSON number, the response's status.
    for member in ["type", "title", "detail", "instance", "name"] {
        assert!(body[member].is_string(), "{member}");
    }
    assert!(body["status"].is_u64() && body["code"].is_i64());
    assert_eq!(body["status"], status.as_u16());
    // Members not given are left out, not null.
    let (_, bare) = read(Problem::new(CreditError::OutOfCredit).into_response()).await;
    assert_eq!(bare.as_object().map(|members| members.len()), Some(5));
    assert!(bare.get("detail").is_none() && bare.get("instance").is_none());
}

#[tokio::test]
async fn without_a_link_or_a_known_code_the_type_is_about_blank() {
    let (status, body) = read(Problem::new(CreditError::NoLink).into_response()).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["type"], "about:blank");
    assert_eq!(body["title"], "A problem without a page.");
    // No message: the wire name.
    let (_, body) = read(Problem::new(CreditError::NoMessage).into_response()).await;
    assert_eq!(body["title"], "NO_MESSAGE");
    // A code the table lacks: the status's phrase, which `about:blank` asks for.
    let unknown = Problem::new(OrUnknown::<CreditError>::from(99));
    let (status, body) = read(unknown.into_response()).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(
        body,
        json!({ "type": "about:blank", "title": "Internal Server Error", "status": 500, "code": 99, "name": null })
    );
    let gateway =
        Problem::new(OrUnknown::<CreditError>::from(99)).unknown_status(StatusCode::BAD_GATEWAY);
    let (status, body) = read(gateway.into_response()).await;
    assert_eq!(
        (status, &body["title"]),
        (StatusCode::BAD_GATEWAY, &json!("Bad Gateway"))
    );
}

#[tokio::test]
async fn a_problem_json_table_answers_so_in_the_language_asked() {
    let response = Answered::Busy.into_response();
    assert_eq!(response.headers()[CONTENT_LANGUAGE], "zh");
    let (status, body) = read(response).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(body["type"], "https://example.com/probs/BUSY");
    assert_eq!(body["title"], "忙");
    let english = Problem::new(Answered::Busy).language("en").into_response();
    assert_eq!(english.headers()[CONTENT_LANGUAGE], "en");
    assert_eq!(read(english).await.1["title"], "busy");
    // So does `OrUnknown` of it.
    let (status, body) = read(OrUnknown::<Answered>::from(7).into_response()).await;
    assert_eq!(
        (status, &body["type"]),
        (StatusCode::INTERNAL_SERVER_ERROR, &json!("about:blank"))
    );
    let (status, _) =
        read(OrUnknown::<Answered>::from(7).into_response_or(StatusCode::BAD_GATEWAY)).await;
    assert_eq!(status, StatusCode::BAD_GATEWAY);
}

/// A handler that answers with a built message: one with arguments (borrowing the path's
/// user), or a row without them, as the same type.
async fn upload(Path(user): Path<String>) -> Response {
    let refused: Built<'_, Quota> = match user.as_str() {
        "admin" => return Json("stored").into_response(),
        "archive" => Quota::ReadOnly.into(),
        _ => Quota::over_quota(&user, 5 << 30, 1 << 32, 1.25, true, -7),
    };
    refused.into_response()
}

/// The status, the headers and the body of `GET uri` from `router`.
async fn serve(router: &Router, uri: &str) -> (StatusCode, http::HeaderMap, String) {
    let request = Request::get(uri).body(Body::empty()).expect("a request");
    let response = router.clone().oneshot(request).await.expect("a response");
    let (parts, body) = response.into_parts();
    let body = axum::body::to_bytes(body, 1 << 20).await.expect("the body");
    (
        parts.status,
        parts.headers,
        String::from_utf8(body.to_vec()).expect("UTF-8"),
    )
}

#[tokio::test]
async fn a_problem_json_tables_built_message_is_served_with_its_arguments() {
    let router = Router::new().route("/upload/{user}", routing::get(upload));
    let (status, headers, text) = serve(&router, "/upload/ann").await;
    assert_eq!(status, StatusCode::INSUFFICIENT_STORAGE);
    assert_eq!(headers[CONTENT_TYPE], "application/problem+json");
    assert_eq!(headers[CONTENT_LANGUAGE], "en");
    let body: Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(
        body,
        json!({
            "type": "https://example.com/probs/OVER_QUOTA",
            "title": "{user} used {used} of {limit} bytes ({ratio:.2}, hard: {hard}, {delta})",
            "status": 507,
            "detail": "ann used 5368709120 of 4294967296 bytes (1.25, hard: true, -7)",
            "code": 1,
            "name": "OVER_QUOTA",
            "arguments": {
                "user": "ann",
                "used": 5368709120_u64,
                "limit": 4294967296_u64,
                "ratio": 1.25,
                "hard": true,
                "delta": -7,
            },
        })
    );
    // Each member with its JSON type: RFC 9457's strings and number, and each argument as
    // its Rust type is (a string, numbers, a bool), in the row's order.
    for member in ["type", "title", "detail", "name"] {
        assert!(body[member].is_string(), "{member}");
    }
    assert!(body["status"].is_u64() && body["code"].is_i64());
    let arguments = &body["arguments"];
    assert!(arguments["user"].is_string());
    assert!(arguments["used"].is_u64() && arguments["limit"].is_u64());
    assert!(arguments["ratio"].is_f64() && arguments["hard"].is_boolean());
    assert!(arguments["delta"].is_i64() && !arguments["delta"].is_u64());
    assert!(
        text.contains(r#""arguments":{"user":"ann","used":5368709120,"limit":4294967296,"ratio":1.25,"hard":true,"delta":-7}"#),
        "{text}"
    );

    // A row without arguments, returned as the same type: the row's problem, no `detail` or
    // `arguments`.
    let (status, headers, text) = serve(&router, "/upload/archive").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(headers[CONTENT_TYPE], "application/problem+json");
    assert_eq!(
        serde_json::from_str::<Value>(&text).expect("JSON"),
        json!({
            "type": "https://example.com/probs/READ_ONLY",
            "title": "read-only",
            "status": 403,
            "code": 2,
            "name": "READ_ONLY",
        })
    );
    let (status, headers, _) = serve(&router, "/upload/admin").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[CONTENT_TYPE], "application/json");
}

#[tokio::test]
async fn a_built_message_as_problem_details_in_another_language() {
    let built = Quota::over_quota("bo", 3, 2, 1.5, false, 0);
    let response = Problem::from(built).language("zh").into_response();
    assert_eq!(response.headers()[CONTENT_LANGUAGE], "zh");
    let (status, body) = read(response).await;
    assert_eq!(status, StatusCode::INSUFFICIENT_STORAGE);
    assert_eq!(
        body["title"],
        "{user} 已用 {used} / {limit} 字节（{ratio:.2}，硬性：{hard}，{delta}）"
    );
    assert_eq!(body["detail"], "bo 已用 3 / 2 字节（1.50，硬性：false，0）");
    assert_eq!(body["arguments"]["ratio"], 1.5);
}

/// The status line, headers and body of `GET path`, over a socket of its own.
async fn get(address: std::net::SocketAddr, path: &str) -> (String, String, String) {
    let mut stream = TcpStream::connect(address).await.expect("a connection");
    let request = format!("GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.expect("sent");
    let mut response = String::new();
    stream.read_to_string(&mut response).await.expect("read");
    let (head, body) = response.split_once("\r\n\r\n").expect("a body");
    let (status, headers) = head.split_once("\r\n").expect("headers");
    (status.to_owned(), headers.to_lowercase(), body.to_owned())
}

#[tokio::test]
async fn seed_003s_server_answers_its_v2_route_in_problem_details() {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a loopback port");
    let address = listener.local_addr().expect("its address");
    let files = Files::from([("docs/a.txt".to_owned(), 42)]);
    let server = tokio::spawn(async move { axum::serve(listener, router(files)).await });

    let (status, headers, body) = get(address, "/v2/files/docs/b.txt").await;
    assert_eq!(status, "HTTP/1.1 403 Forbidden");
    assert!(
        headers.contains("content-type: application/problem+json"),
        "{headers}"
    );
    assert!(headers.contains("content-language: en"), "{headers}");
    let body: Value = serde_json::from_str(&body).expect("JSON");
    assert_eq!(
        body,
        json!({
            "type": "https://docs.example.com/pcs/errors.html#31066",
            "title": "file does not exist",
            "status": 403,
            "detail": "docs/b.txt: file does not exist",
            "instance": "/v2/files/docs/b.txt",
            "code": 31066,
            "name": "FILE_DOES_NOT_EXIST",
        })
    );
    assert_eq!(body["type"], PcsError::FileDoesNotExist.help_url().unwrap());
    // The first version's answer is unchanged: JSON, no problem details.
    let (_, headers, body) = get(address, "/files/docs/b.txt").await;
    assert!(
        headers.contains("content-type: application/json"),
        "{headers}"
    );
    assert_eq!(
        serde_json::from_str::<Value>(&body).expect("JSON"),
        json!({ "code": 31066, "name": "FILE_DOES_NOT_EXIST", "message": "文件不存在" })
    );
    let (status, _, body) = get(address, "/v2/files/docs/a.txt").await;
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert_eq!(
        serde_json::from_str::<Value>(&body).expect("JSON")["size"],
        42
    );
    server.abort();
}

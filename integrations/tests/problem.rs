//! RFC 9457 problem details, with the `axum` feature: the members of the RFC's own example
//! (section 3: `type`, `title`, `status`, `detail`, `instance`, and extension members) with
//! its values and JSON types, answered per response (`Problem`) and by a table that answers so
//! (`problem_json`); and seed 003's `GET /v2/files/{*path}`, served on a loopback socket and
//! read by an HTTP client.

use axum::response::{IntoResponse, Response};
use codetable::axum::Problem;
use codetable::OrUnknown;
use codetable_integrations::http::{router, Files};
use codetable_seeds::pcs::PcsError;
use http::header::{CONTENT_LANGUAGE, CONTENT_TYPE};
use http::StatusCode;
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

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

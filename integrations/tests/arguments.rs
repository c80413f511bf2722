//! A built message of a row with arguments served: axum answers with the row's status and
//! `{"code", "name", "message", "arguments"}` (as serde writes it), and tonic's status
//! carries the formatted message and the arguments in its `ErrorInfo`'s metadata, which a
//! client reads back with the code.

use axum::body::Body;
use axum::extract::Path;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use codetable::Built;
use http::header::CONTENT_TYPE;
use http::{Request, StatusCode};
use serde_json::{json, Value};
use tonic_types::StatusExt;
use tower::ServiceExt;

codetable::define_codes! {
    /// A server's errors, with statuses for both protocols, in two languages.
    #[codetable(languages(en, zh))]
    pub enum ServerError(http: u16, grpc: tonic::Code) {
        1040 => ER_CON_COUNT_ERROR, "Too many connections", zh = "连接过多", http = 503,
            grpc = Unavailable,
        1146 => ER_NO_SUCH_TABLE(db: &str, table: &str), "Table '{db}.{table}' doesn't exist",
            zh = "表 '{db}.{table}' 不存在", http = 404, grpc = NotFound,
        1153 => ER_NET_PACKET_TOO_LARGE(most: u64, ratio: f64, strict: bool), "Got a packet bigger than {most} bytes ({ratio:.1}, {strict})",
            http = 413, grpc = ResourceExhausted,
    }
}

/// A handler that looks a table up: its error a built message, or a row without arguments.
async fn table(Path((db, table)): Path<(String, String)>) -> Response {
    match (db.as_str(), table.as_str()) {
        ("shop", "orders") => Json("found").into_response(),
        ("busy", _) => {
            let busy: Built<'static, ServerError> = ServerError::ErConCountError.into();
            busy.into_response()
        }
        _ => ServerError::er_no_such_table(&db, &table).into_response(),
    }
}

async fn get_json(router: &Router, uri: &str) -> (StatusCode, Value) {
    let request = Request::get(uri).body(Body::empty()).expect("a request");
    let response = router.clone().oneshot(request).await.expect("a response");
    let status = response.status();
    assert_eq!(response.headers()[CONTENT_TYPE], "application/json");
    let body = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .expect("the body");
    (status, serde_json::from_slice(&body).expect("JSON"))
}

#[tokio::test]
async fn axum_answers_with_the_status_the_message_and_the_arguments() {
    let router = Router::new().route("/tables/{db}/{table}", get(table));
    let (status, body) = get_json(&router, "/tables/shop/users").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        body,
        json!({
            "code": 1146,
            "name": "ER_NO_SUCH_TABLE",
            "message": "Table 'shop.users' doesn't exist",
            "arguments": { "db": "shop", "table": "users" },
        })
    );
    let (status, body) = get_json(&router, "/tables/busy/any").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        body,
        json!({ "code": 1040, "name": "ER_CON_COUNT_ERROR", "message": "Too many connections", "arguments": {} })
    );
}

#[tokio::test]
async fn each_argument_is_its_type_in_the_body() {
    for (built, ratio) in [
        (
            ServerError::er_net_packet_too_large(1 << 40, 0.25, true),
            json!(0.25),
        ),
        // JSON has no number for NaN: `null`, as serde_json writes it too.
        (
            ServerError::er_net_packet_too_large(0, f64::NAN, false),
            Value::Null,
        ),
    ] {
        let message = built.message().to_string();
        let [most, _, strict] = [0, 1, 2].map(|index| built.args().nth(index).unwrap().1);
        let response = built.into_response();
        assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
        let body = axum::body::to_bytes(response.into_body(), 1 << 20)
            .await
            .expect("the body");
        let body: Value = serde_json::from_slice(&body).expect("JSON");
        assert_eq!(
            body["arguments"],
            json!({
                "most": most.to_string().parse::<u64>().unwrap(),
                "ratio": ratio,
                "strict": strict.to_string() == "true",
            })
        );
        assert_eq!(body["message"], message.as_str());
    }
    assert_eq!(
        ServerError::er_net_packet_too_large(1 << 40, 0.25, true)
            .message()
            .to_string(),
        "Got a packet bigger than 1099511627776 bytes (0.2, true)"
    );
}

#[test]
fn tonic_carries_the_message_and_the_arguments_as_metadata() {
    let status = tonic::Status::from(ServerError::er_no_such_table("shop", "users"));
    assert_eq!(status.code(), tonic::Code::NotFound);
    assert_eq!(status.message(), "Table 'shop.users' doesn't exist");
    let info = status.get_details_error_info().expect("an ErrorInfo");
    assert_eq!(info.reason, "ER_NO_SUCH_TABLE");
    assert_eq!(info.domain, "ServerError");
    let mut metadata: Vec<(&str, &str)> = info
        .metadata
        .iter()
        .map(|(key, value)| (key.as_str(), value.as_str()))
        .collect();
    metadata.sort_unstable();
    assert_eq!(
        metadata,
        [("code", "1146"), ("db", "shop"), ("table", "users")]
    );
    // The client reads the row back, as from any status of the table.
    assert_eq!(
        ServerError::try_from(&status),
        Ok(ServerError::ErNoSuchTable)
    );

    let status = tonic::Status::from(ServerError::er_net_packet_too_large(7, -0.5, false));
    let info = status.get_details_error_info().expect("an ErrorInfo");
    assert_eq!(info.metadata["most"], "7");
    assert_eq!(info.metadata["ratio"], "-0.5");
    assert_eq!(info.metadata["strict"], "false");
    assert_eq!(status.code(), tonic::Code::ResourceExhausted);
}

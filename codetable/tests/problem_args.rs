//! Built messages as RFC 9457 problem details, with the `axum` feature
//! (`cargo test -p codetable --features axum --test problem_args`): a table with
//! `#[codetable(problem_json)]` answers a built message so, and `Problem::from` makes one of
//! any table's; the formatted message is the `detail`, the arguments the `arguments` member,
//! each as its JSON type.
#![cfg(feature = "axum")]

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};
use codetable::axum::Problem;
use codetable::Built;
use http::header::{CONTENT_LANGUAGE, CONTENT_TYPE};
use http::StatusCode;
use http_body::Body as _;
use serde_json::{json, Value};
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

codetable::define_codes! {
    /// Answers as problem details, in two languages.
    #[codetable(problem_json, languages(en, zh), help_url = "https://example.com/errors/{code}")]
    pub enum Answered(http: u16) {
        1146 => ER_NO_SUCH_TABLE(db: &str, table: &str), "Table '{db}.{table}' doesn't exist",
            zh = "表 '{db}.{table}' 不存在", http = 404,
        1153 => TOO_LARGE(most: u64, ratio: f64, strict: bool, sign: char, delta: i32),
            "{most} {ratio:.1} {strict} {sign} {delta}", http = 413,
        1200 => BUSY, "busy", zh = "忙", http = 503,
    }

    /// Answers as plain JSON; its arguments are named as the problem's own members are.
    pub enum Plain(http: u16) {
        1 => CLASH(name: &str, status: u16, detail: &str), "{name} {status} {detail}", http = 400,
    }
}

/// The body of a response whose body is one buffer, as axum's bodies of a `String` are.
fn text(response: Response) -> String {
    let mut body: Body = response.into_body();
    let mut context = Context::from_waker(Waker::noop());
    let mut bytes = Vec::new();
    loop {
        match Pin::new(&mut body).poll_frame(&mut context) {
            Poll::Ready(Some(Ok(frame))) => {
                bytes.extend_from_slice(&frame.into_data().expect("a data frame"));
            }
            Poll::Ready(None) => break,
            Poll::Ready(Some(Err(error))) => panic!("the body failed: {error}"),
            Poll::Pending => panic!("a body of a String is ready at once"),
        }
    }
    String::from_utf8(bytes).expect("UTF-8")
}

fn body(response: Response) -> Value {
    serde_json::from_str(&text(response)).expect("the body is JSON")
}

fn content_type(response: &Response) -> &str {
    response.headers()[CONTENT_TYPE].to_str().expect("ASCII")
}

#[test]
fn a_problem_json_tables_built_message_answers_as_problem_details() {
    let response = Answered::er_no_such_table("shop", "orders").into_response();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(content_type(&response), "application/problem+json");
    assert_eq!(response.headers()[CONTENT_LANGUAGE], "en");
    assert_eq!(
        body(response),
        json!({
            "type": "https://example.com/errors/1146",
            "title": "Table '{db}.{table}' doesn't exist",
            "status": 404,
            "detail": "Table 'shop.orders' doesn't exist",
            "code": 1146,
            "name": "ER_NO_SUCH_TABLE",
            "arguments": { "db": "shop", "table": "orders" },
        })
    );
}

#[test]
fn each_argument_is_a_member_of_its_json_type() {
    let built = Answered::too_large(u64::MAX, 0.25, true, 'é', -3);
    let response = built.into_response();
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let text = text(response);
    // In the row's order, as the JSON answer has them.
    assert!(
        text.ends_with(
            r#","arguments":{"most":18446744073709551615,"ratio":0.25,"strict":true,"sign":"é","delta":-3}}"#
        ),
        "{text}"
    );
    let body: Value = serde_json::from_str(&text).expect("JSON");
    let arguments = &body["arguments"];
    assert_eq!(
        arguments,
        &json!({ "most": u64::MAX, "ratio": 0.25, "strict": true, "sign": "é", "delta": -3 })
    );
    assert!(arguments["most"].is_u64() && arguments["delta"].is_i64());
    assert!(arguments["ratio"].is_f64() && arguments["strict"].is_boolean());
    assert!(arguments["sign"].is_string());
    assert_eq!(body["detail"], "18446744073709551615 0.2 true é -3");
    // JSON has no number for NaN or the infinities: `null`, as serde_json writes them.
    let body = body_of(Answered::too_large(0, f64::NAN, false, 'x', 0));
    assert_eq!(body["arguments"]["ratio"], Value::Null);
    assert_eq!(body["detail"], "0 NaN false x 0");
}

fn body_of(built: impl IntoResponse) -> Value {
    body(built.into_response())
}

#[test]
fn the_detail_follows_the_language_and_gives_way_to_one_given() {
    let built = Answered::er_no_such_table("shop", "orders");
    let response = Problem::from(built).language("zh").into_response();
    assert_eq!(response.headers()[CONTENT_LANGUAGE], "zh");
    let body = body(response);
    assert_eq!(body["title"], "表 '{db}.{table}' 不存在");
    assert_eq!(body["detail"], "表 'shop.orders' 不存在");
    // A detail given replaces the formatted message; the arguments stay.
    let given = Problem::from(built)
        .detail("no table orders in shop")
        .instance("/tables/shop/orders");
    let body = body_of(given);
    assert_eq!(body["detail"], "no table orders in shop");
    assert_eq!(body["instance"], "/tables/shop/orders");
    assert_eq!(
        body["arguments"],
        json!({ "db": "shop", "table": "orders" })
    );
}

#[test]
fn a_built_message_without_arguments_answers_as_its_row() {
    let plain: Built<'static, Answered> = Answered::Busy.into();
    let body = body_of(plain);
    assert_eq!(body, body_of(Answered::Busy));
    assert_eq!(
        body,
        json!({
            "type": "https://example.com/errors/1200",
            "title": "busy",
            "status": 503,
            "code": 1200,
            "name": "BUSY",
        })
    );
}

#[test]
fn the_problem_owns_the_values_it_was_made_of() {
    let problem = {
        let table = String::from("orders");
        Problem::from(Answered::er_no_such_table("shop", &table))
    };
    assert_eq!(
        body_of(problem.clone())["arguments"]["table"],
        json!("orders")
    );
    let debug = format!("{problem:?}");
    assert!(debug.contains(r#""table": Str("orders")"#), "{debug}");
}

#[test]
fn any_tables_built_message_is_problem_details_per_response() {
    let built = Plain::clash("x", 7, "y");
    // Without `problem_json`: the JSON answer.
    let response = built.into_response();
    assert_eq!(content_type(&response), "application/json");
    assert_eq!(
        body(response),
        json!({
            "code": 1,
            "name": "CLASH",
            "message": "x 7 y",
            "arguments": { "name": "x", "status": 7, "detail": "y" },
        })
    );
    // `Problem::from`: problem details, the arguments in a member of their own, so that
    // none clashes with the problem's `name`, `status` or `detail`.
    let response = Problem::from(built).into_response();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(content_type(&response), "application/problem+json");
    assert_eq!(
        body(response),
        json!({
            "type": "about:blank",
            "title": "{name} {status} {detail}",
            "status": 400,
            "detail": "x 7 y",
            "code": 1,
            "name": "CLASH",
            "arguments": { "name": "x", "status": 7, "detail": "y" },
        })
    );
}

//! axum, with the `axum` feature: a built message of a table with an `http` column answers
//! with the row's status and the body serde writes of it, `{"code":1146,"name":
//! "ER_NO_SUCH_TABLE","message":"Table 'shop.orders' doesn't exist","arguments":{"db":"shop",
//! "table":"orders"}}`.

use super::{Arg, WithArgs};
use crate::axum::{json, json_members, json_string};
use crate::http::HttpStatus;
use alloc::string::{String, ToString};
use axum_core::response::{IntoResponse, Response};
use core::fmt::Write;

/// The row's status, and its code, wire name, message (formatted, in the table's first
/// language) and arguments as JSON.
impl<E: HttpStatus, const N: usize> IntoResponse for WithArgs<'_, E, N> {
    fn into_response(self) -> Response {
        let message = self.message().to_string();
        let mut body = String::with_capacity(80 + message.len());
        json_members::<E>(
            &mut body,
            self.code().code(),
            Some(self.name()),
            Some(&message),
        );
        body.push_str(",\"arguments\":{");
        for (index, (name, value)) in self.args().enumerate() {
            if index > 0 {
                body.push(',');
            }
            json_string(&mut body, Some(name));
            body.push(':');
            json_value(&mut body, value);
        }
        body.push_str("}}");
        json(self.code().http_status(), body)
    }
}

/// An argument as JSON: a string, a number (`null` for a float JSON has no number for), a
/// `bool`.
fn json_value(out: &mut String, value: Arg<'_>) {
    match value {
        Arg::Str(text) => json_string(out, Some(text)),
        Arg::Char(character) => json_string(out, Some(character.encode_utf8(&mut [0; 4]))),
        Arg::Float(number) if !number.is_finite() => out.push_str("null"),
        // Rust writes every finite float without an exponent, which JSON reads.
        Arg::Int(_) | Arg::UInt(_) | Arg::Float(_) | Arg::Bool(_) => {
            let _ = write!(out, "{value}");
        }
    }
}

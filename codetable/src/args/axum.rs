//! axum, with the `axum` feature: a built message of a table with an `http` column answers
//! with the row's status and the body serde writes of it, `{"code":1146,"name":
//! "ER_NO_SUCH_TABLE","message":"Table 'shop.orders' doesn't exist","arguments":{"db":"shop",
//! "table":"orders"}}`; of a table with `#[codetable(problem_json)]`, with the problem details
//! [`Problem`] makes of it, the formatted message its `detail` and the arguments its
//! `arguments` member.

use super::{Arg, RowArgs, WithArgs};
use crate::axum::{json, json_members, json_string, Problem};
use crate::http::HttpStatus;
use alloc::borrow::ToOwned;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use axum_core::response::{IntoResponse, Response};
use core::fmt::{self, Write};

/// The row's status, and its code, wire name, message (formatted, in the table's first
/// language) and arguments as JSON; for a table with `#[codetable(problem_json)]`, the
/// problem details of [`Problem::from`] it.
impl<E: HttpStatus, const N: usize> IntoResponse for WithArgs<'_, E, N> {
    fn into_response(self) -> Response {
        if E::PROBLEM_JSON {
            return Problem::from(self).into_response();
        }
        let message = self.message().to_string();
        let mut body = String::with_capacity(80 + message.len());
        json_members::<E>(
            &mut body,
            self.code().code(),
            Some(self.name()),
            Some(&message),
        );
        json_arguments(&mut body, self.args());
        body.push('}');
        json(self.code().http_status(), body)
    }
}

/// `,"arguments":{..}`: the arguments by name, in the row's order, each as its type.
fn json_arguments<'a>(out: &mut String, args: impl Iterator<Item = (&'static str, Arg<'a>)>) {
    out.push_str(",\"arguments\":{");
    for (index, (name, value)) in args.enumerate() {
        if index > 0 {
            out.push(',');
        }
        json_string(out, Some(name));
        out.push(':');
        json_value(out, value);
    }
    out.push('}');
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

/// A built message's row and values, owned (its `&str`s copied): what a [`Problem`] made of a
/// [`WithArgs`] keeps, to format the message in the language of the problem's title and to
/// write the arguments.
pub(crate) struct KeptArgs<E: 'static> {
    row: &'static RowArgs<E>,
    /// One per argument the row declares, in its order.
    values: Vec<Kept>,
}

/// An argument's value, owned.
#[derive(Clone, Debug)]
enum Kept {
    Str(String),
    /// Any other type, which holds no borrow.
    Scalar(Arg<'static>),
}

impl Kept {
    fn of(arg: Arg<'_>) -> Kept {
        match arg {
            Arg::Str(text) => Kept::Str(text.to_owned()),
            Arg::Int(value) => Kept::Scalar(Arg::Int(value)),
            Arg::UInt(value) => Kept::Scalar(Arg::UInt(value)),
            Arg::Float(value) => Kept::Scalar(Arg::Float(value)),
            Arg::Bool(value) => Kept::Scalar(Arg::Bool(value)),
            Arg::Char(value) => Kept::Scalar(Arg::Char(value)),
        }
    }

    fn arg(&self) -> Arg<'_> {
        match self {
            Kept::Str(text) => Arg::Str(text),
            Kept::Scalar(arg) => *arg,
        }
    }
}

impl<E: Copy + 'static> KeptArgs<E> {
    /// The row and values of `built`; `None` for a row without arguments (one converted from
    /// the table's code), whose message is the row's own.
    pub(crate) fn of<const N: usize>(built: &WithArgs<'_, E, N>) -> Option<KeptArgs<E>> {
        if built.row.names.is_empty() {
            return None;
        }
        let values = built.args.iter().take(built.row.names.len());
        Some(KeptArgs {
            row: built.row,
            values: values.copied().map(Kept::of).collect(),
        })
    }

    fn args(&self) -> impl Iterator<Item = (&'static str, Arg<'_>)> + '_ {
        self.row
            .names
            .iter()
            .copied()
            .zip(self.values.iter().map(Kept::arg))
    }

    /// The message of `code` formatted with the values, in the language of index `language`
    /// (the row's first where it gives none in it).
    pub(crate) fn message(&self, code: E, language: usize) -> String {
        let args: Vec<Arg<'_>> = self.values.iter().map(Kept::arg).collect();
        let mut message = String::new();
        let _ = write!(
            message,
            "{}",
            Formatted {
                row: self.row,
                code,
                args: &args,
                language,
            }
        );
        message
    }

    /// `,"arguments":{..}`, as the JSON answer of a built message has them.
    pub(crate) fn write_json(&self, out: &mut String) {
        json_arguments(out, self.args());
    }
}

/// A row's message with values, as the row's formatting function writes it.
struct Formatted<'f, 'a, E: 'static> {
    row: &'static RowArgs<E>,
    code: E,
    args: &'f [Arg<'a>],
    language: usize,
}

impl<E: Copy> fmt::Display for Formatted<'_, '_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (self.row.format)(self.code, self.args, self.language, f)
    }
}

impl<E: 'static> Clone for KeptArgs<E> {
    fn clone(&self) -> KeptArgs<E> {
        KeptArgs {
            row: self.row,
            values: self.values.clone(),
        }
    }
}

/// The arguments by name: `{"db": "shop", "table": "orders"}`.
impl<E: Copy + 'static> fmt::Debug for KeptArgs<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.args()).finish()
    }
}

//! axum responses, with the `axum` feature: every table with an `http` column implements
//! `axum::response::IntoResponse`, answering with the row's status and the JSON body
//! `{"code":31021,"name":"NETWORK_ERROR","message":"网络错误"}`, and so does [`OrUnknown`] of
//! such a table (an unknown code answers 500, its name and message `null`;
//! [`OrUnknown::into_response_or`] chooses another status). A handler returns the table as its
//! error, `async fn file(..) -> Result<Json<File>, ApiError>`.
//!
//! ```
//! // `axum::response::IntoResponse` is axum-core's, which axum re-exports.
//! use axum_core::response::IntoResponse;
//!
//! codetable::define_codes! {
//!     /// API errors.
//!     pub enum ApiError(http: u16) {
//!         40001 => INVALID_TOKEN, "无效的令牌", http = 401,
//!         40401 => NO_SUCH_FILE, "文件不存在", http = 404,
//!     }
//! }
//!
//! let response = ApiError::NoSuchFile.into_response();
//! assert_eq!(response.status(), http::StatusCode::NOT_FOUND);
//! assert_eq!(response.headers()["content-type"], "application/json");
//! ```
//!
//! The same answer as RFC 9457 problem details (`application/problem+json`): [`Problem`] of a
//! code or of a built message ([`WithArgs`], whose formatted message is the `detail` and whose
//! arguments are the `arguments` member), chosen per response, or every answer of a table with
//! `#[codetable(problem_json)]`, built messages' too.
//!
//! ```
//! use axum_core::response::IntoResponse;
//! use codetable::axum::Problem;
//!
//! codetable::define_codes! {
//!     /// API errors.
//!     #[codetable(help_url = "https://docs.example.com/errors#{code}")]
//!     pub enum ApiError(http: u16) {
//!         40401 => NO_SUCH_FILE, "文件不存在", http = 404,
//!     }
//! }
//!
//! let response = Problem::new(ApiError::NoSuchFile).detail("no /a.txt").into_response();
//! assert_eq!(response.status(), http::StatusCode::NOT_FOUND);
//! assert_eq!(response.headers()["content-type"], "application/problem+json");
//! // {"type":"https://docs.example.com/errors#40401","title":"文件不存在","status":404,
//! //  "detail":"no /a.txt","code":40401,"name":"NO_SUCH_FILE"}
//! ```
//!
//! A table without an `http` column implements it too, with a bound no such table meets, so
//! that asking it of one (returning it from a `#[axum::debug_handler]`, calling
//! `into_response`) fails with the message that says so, not deep in axum's bounds. For the
//! same reason a table cannot have an `IntoResponse` of its own in a crate where this feature
//! is on: wrap it in a type of yours, or convert it in `map_err`.

use crate::args::KeptArgs;
use crate::code::sealed::Sealed;
use crate::http::HttpStatus;
use crate::{Code, CodeInput, OrUnknown, WithArgs};
use ::http::header::{HeaderValue, CONTENT_LANGUAGE, CONTENT_TYPE};
use ::http::StatusCode;
use alloc::string::String;
use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};
use core::fmt::Write;

/// The response for a table's code: its status and `{"code", "name", "message"}`, or its
/// problem details for a table with `#[codetable(problem_json)]`. What each table's
/// `IntoResponse` calls.
#[doc(hidden)]
pub fn response<E: HttpStatus>(code: E) -> Response {
    if E::PROBLEM_JSON {
        return Problem::new(code).into_response();
    }
    json_response::<E>(
        code.http_status(),
        code.code(),
        Some(code.name()),
        Some(code.message()),
    )
}

/// A table's code as RFC 9457 problem details: the answer of the table's `IntoResponse`, with
/// the content type `application/problem+json` and the members
///
/// - `type`: the row's help link ([`Code::help_url`]), `"about:blank"`
///   for a row without one and for a code the table lacks;
/// - `title`: the row's message (in the [`language`](Problem::language) chosen, else the first),
///   the wire name for a row without one, the status's reason phrase for a code the table lacks;
/// - `status`: the row's `http` status (that of [`unknown_status`](Problem::unknown_status) for
///   a code the table lacks);
/// - `detail` and `instance`, where given: what happened this time, and where;
/// - `code` and `name`, extension members: the code, and the wire name (`null` for a code the
///   table lacks), as the JSON answer has them;
/// - for a problem made of a built message whose row takes arguments (`Problem::from(built)`,
///   and a `problem_json` table's answer to one): `detail`, the message formatted with them
///   (in the title's language; [`detail`](Problem::detail) replaces it), and `arguments`, an
///   extension member: the arguments by name, each as its type (a string, a number, a `bool`;
///   `null` for a float JSON has no number for), as the JSON answer of a built message has
///   them. One member, not one per argument, so that an argument named `name` or `status`
///   cannot clash with the members above. The title stays the row's message as written, its
///   template (`Table '{db}.{table}' doesn't exist`), the same for every occurrence, as RFC
///   9457 asks of a title.
///
/// For a table with languages, `Content-Language` names the language of the title.
#[derive(Clone, Debug)]
pub struct Problem<E: Code> {
    code: OrUnknown<E>,
    detail: Option<String>,
    instance: Option<String>,
    /// An index into `E::LANGUAGES`.
    language: usize,
    unknown_status: StatusCode,
    /// The row and values of the built message it was made of, if its row takes arguments.
    arguments: Option<KeptArgs<E>>,
}

impl<E: HttpStatus> Problem<E> {
    /// The problem of a code, known to the table (`E`) or not (`OrUnknown<E>`).
    pub fn new(code: impl Into<OrUnknown<E>>) -> Problem<E> {
        Problem {
            code: code.into(),
            detail: None,
            instance: None,
            language: 0,
            unknown_status: StatusCode::INTERNAL_SERVER_ERROR,
            arguments: None,
        }
    }

    /// With `detail`: "a human-readable explanation specific to this occurrence of the
    /// problem" (RFC 9457), such as which file was not found. For a problem made of a built
    /// message, in place of its formatted message.
    pub fn detail(mut self, detail: impl Into<String>) -> Problem<E> {
        self.detail = Some(detail.into());
        self
    }

    /// With `instance`: a URI reference that identifies this occurrence of the problem.
    pub fn instance(mut self, instance: impl Into<String>) -> Problem<E> {
        self.instance = Some(instance.into());
        self
    }

    /// The title (and a built message's `detail`) in the table's language of this tag
    /// (`"en"`), where the row gives its message in it; a tag the table does not declare
    /// changes nothing.
    pub fn language(mut self, tag: &str) -> Problem<E> {
        if let Some(index) = E::LANGUAGES.iter().position(|language| *language == tag) {
            self.language = index;
        }
        self
    }

    /// The status of a code the table lacks (500 Internal Server Error unless said): a gateway
    /// that passes on an upstream's code answers `502 Bad Gateway`.
    pub fn unknown_status(mut self, status: StatusCode) -> Problem<E> {
        self.unknown_status = status;
        self
    }

    /// The code.
    pub fn code(&self) -> &OrUnknown<E> {
        &self.code
    }

    /// The title, and the tag of its language (for a table with languages).
    fn title(&self, status: StatusCode) -> (&'static str, Option<&'static str>) {
        let Some(known) = self.code.known() else {
            return (status.canonical_reason().unwrap_or(""), None);
        };
        let chosen = known
            .own_message_in(self.language)
            .map(|message| (message, self.language));
        let first = || (!known.message().is_empty()).then(|| (known.message(), 0));
        match chosen.or_else(first) {
            Some((message, index)) => (message, E::LANGUAGES.get(index).copied()),
            None => (known.name(), None),
        }
    }
}

impl<E: HttpStatus> From<E> for Problem<E> {
    fn from(code: E) -> Problem<E> {
        Problem::new(code)
    }
}

/// The problem of a built message: the row's, with the message formatted with the arguments
/// as its `detail` and the arguments as its `arguments` member (for a row that takes any; a
/// row without arguments answers as [`Problem::new`] of it). What a built message of a table
/// with `#[codetable(problem_json)]` answers with; for any other table, chosen per response.
///
/// ```
/// use axum_core::response::IntoResponse;
/// use codetable::axum::Problem;
///
/// codetable::define_codes! {
///     /// Server errors.
///     pub enum ServerError(http: u16) {
///         1146 => ER_NO_SUCH_TABLE(db: &str, table: &str), "Table '{db}.{table}' doesn't exist",
///             http = 404,
///     }
/// }
///
/// let built = ServerError::er_no_such_table("shop", "orders");
/// let response = Problem::from(built).instance("/tables/shop/orders").into_response();
/// assert_eq!(response.status(), http::StatusCode::NOT_FOUND);
/// assert_eq!(response.headers()["content-type"], "application/problem+json");
/// // {"type":"about:blank","title":"Table '{db}.{table}' doesn't exist","status":404,
/// //  "detail":"Table 'shop.orders' doesn't exist","instance":"/tables/shop/orders",
/// //  "code":1146,"name":"ER_NO_SUCH_TABLE","arguments":{"db":"shop","table":"orders"}}
/// ```
impl<E: HttpStatus, const N: usize> From<WithArgs<'_, E, N>> for Problem<E> {
    fn from(built: WithArgs<'_, E, N>) -> Problem<E> {
        Problem {
            arguments: KeptArgs::of(&built),
            ..Problem::new(built.code())
        }
    }
}

impl<E: HttpStatus> IntoResponse for Problem<E> {
    fn into_response(self) -> Response {
        let known = self.code.known();
        let status = known.map_or(self.unknown_status, HttpStatus::http_status);
        let (title, language) = self.title(status);
        let formatted = match (&self.detail, &self.arguments, known) {
            (None, Some(arguments), Some(known)) => Some(arguments.message(known, self.language)),
            _ => None,
        };
        let members = [
            ("detail", self.detail.as_deref().or(formatted.as_deref())),
            ("instance", self.instance.as_deref()),
        ];
        let mut body = String::with_capacity(128 + title.len());
        body.push_str("{\"type\":");
        json_string(
            &mut body,
            Some(known.and_then(Code::help_url).unwrap_or("about:blank")),
        );
        body.push_str(",\"title\":");
        json_string(&mut body, Some(title));
        let _ = write!(body, ",\"status\":{}", status.as_u16());
        for (member, value) in members {
            if value.is_some() {
                let _ = write!(body, ",\"{member}\":");
                json_string(&mut body, value);
            }
        }
        body.push_str(",\"code\":");
        json_code::<E>(&mut body, self.code.code());
        body.push_str(",\"name\":");
        json_string(&mut body, known.map(Code::name));
        if let Some(arguments) = &self.arguments {
            arguments.write_json(&mut body);
        }
        body.push('}');
        let mut response = Response::new(Body::from(body));
        *response.status_mut() = status;
        let headers = response.headers_mut();
        headers.insert(
            CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        // A tag is an identifier (`zh_hant`); HTTP's language tags are BCP 47's (`zh-hant`).
        if let Some(Ok(tag)) = language.map(|tag| HeaderValue::from_str(&tag.replace('_', "-"))) {
            headers.insert(CONTENT_LANGUAGE, tag);
        }
        response
    }
}

/// The row's status and body for a known code; `500 Internal Server Error` and
/// `{"code": 40099, "name": null, "message": null}` for an unknown one.
impl<E: HttpStatus> IntoResponse for OrUnknown<E> {
    fn into_response(self) -> Response {
        self.into_response_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

impl<E: HttpStatus> OrUnknown<E> {
    /// The response of [`IntoResponse`], with `unknown` as the status of a code the table does
    /// not have: a gateway that passes on an upstream's code answers `502 Bad Gateway`.
    ///
    /// ```
    /// use axum_core::response::IntoResponse;
    /// use codetable::OrUnknown;
    /// use http::StatusCode;
    ///
    /// codetable::define_codes! {
    ///     /// Upstream errors.
    ///     pub enum UpstreamError(http: u16) {
    ///         40401 => NO_SUCH_FILE, "文件不存在", http = 404,
    ///     }
    /// }
    ///
    /// let newer = OrUnknown::<UpstreamError>::from(40099);
    /// assert_eq!(newer.into_response().status(), StatusCode::INTERNAL_SERVER_ERROR);
    /// let passed_on = newer.into_response_or(StatusCode::BAD_GATEWAY);
    /// assert_eq!(passed_on.status(), StatusCode::BAD_GATEWAY);
    /// ```
    pub fn into_response_or(self, unknown: StatusCode) -> Response {
        if E::PROBLEM_JSON {
            return Problem::new(self).unknown_status(unknown).into_response();
        }
        match self.known() {
            Some(known) => response(known),
            None => json_response::<E>(unknown, self.code(), None, None),
        }
    }
}

fn json_response<E: Code>(
    status: StatusCode,
    code: CodeInput<'_, E>,
    name: Option<&str>,
    message: Option<&str>,
) -> Response {
    let mut body =
        String::with_capacity(48 + name.map_or(0, str::len) + message.map_or(0, str::len));
    json_members::<E>(&mut body, code, name, message);
    body.push('}');
    json(status, body)
}

/// The start of a code's JSON object, `{"code":..,"name":..,"message":..`, which its caller
/// ends (a built message adds its arguments first).
pub(crate) fn json_members<E: Code>(
    body: &mut String,
    code: CodeInput<'_, E>,
    name: Option<&str>,
    message: Option<&str>,
) {
    body.push_str("{\"code\":");
    json_code::<E>(body, code);
    body.push_str(",\"name\":");
    json_string(body, name);
    body.push_str(",\"message\":");
    json_string(body, message);
}

/// A response of `status` with a JSON body.
pub(crate) fn json(status: StatusCode, body: String) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

/// A code as JSON: a number as a number, a string code as a string.
fn json_code<E: Code>(out: &mut String, code: CodeInput<'_, E>) {
    if <E::Repr as Sealed>::TEXT {
        json_string(out, Some(&alloc::string::ToString::to_string(&code)));
    } else {
        let _ = write!(out, "{code}");
    }
}

/// A JSON string, or `null`: `"` and `\` escaped, and the control characters JSON forbids in a
/// string.
pub(crate) fn json_string(out: &mut String, text: Option<&str>) {
    let Some(text) = text else {
        out.push_str("null");
        return;
    };
    out.push('"');
    for character in text.chars() {
        match character {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{0}'..='\u{1f}' => {
                let _ = write!(out, "\\u{:04x}", u32::from(character));
            }
            other => out.push(other),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::json_string;
    use alloc::string::String;

    #[test]
    fn strings_are_escaped_as_json_requires() {
        let mut out = String::new();
        json_string(&mut out, Some("a \"b\" \\ \n\t\u{1} 网络"));
        assert_eq!(out, r#""a \"b\" \\ \n\t\u0001 网络""#);
        let mut out = String::new();
        json_string(&mut out, None);
        assert_eq!(out, "null");
    }
}

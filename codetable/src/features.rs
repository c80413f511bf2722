//! What the generated code does that depends on the features of `codetable`, which the proc
//! macro cannot see: each table's expansion calls these macros, defined one way or the other
//! by the features.

/// `Serialize` and `Deserialize` for a table, with the `serde` feature: every table's
/// expansion calls this, and it expands to nothing without the feature (the macro cannot see
/// the features of `codetable`).
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls {
    ($table:ident) => {
        #[automatically_derived]
        impl $crate::__serde_core::Serialize for $table {
            fn serialize<__S: $crate::__serde_core::Serializer>(
                &self,
                __serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                $crate::serde::serialize_code(*self, __serializer)
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__serde_core::Deserialize<'de> for $table {
            fn deserialize<__D: $crate::__serde_core::Deserializer<'de>>(
                __deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                $crate::serde::deserialize_code(__deserializer)
            }
        }
    };
}

/// Without the `serde` feature: nothing.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls {
    ($table:ident) => {};
}

/// The type a column of type `http::StatusCode` returns: with the `http` feature, that type.
#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __http_status_type {
    () => {
        $crate::__http::StatusCode
    };
}

/// Without the `http` feature: the number the column stores, so that the one error is
/// [`__needs_http!`]'s.
#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __http_status_type {
    () => {
        ::core::primitive::u16
    };
}

/// The status of a number the macro checked (in a `const fn`).
#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __http_status {
    ($code:expr) => {
        $crate::http::status($code)
    };
}

/// Without the `http` feature: the number.
#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __http_status {
    ($code:expr) => {
        $code
    };
}

/// Called once per column of type `http::StatusCode`, spanned at its type: nothing with the
/// `http` feature.
#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __needs_http {
    () => {};
}

/// Without the `http` feature: the error that says to turn it on.
#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __needs_http {
    () => {
        ::core::compile_error! {
            "a column of type `http::StatusCode` needs codetable's `http` feature: \
codetable = { features = [\"http\"] }"
        }
    };
}

/// `codetable::http::HttpStatus` for a table with an `http` column, with the `http` feature:
/// `$status` is the row's number (an `Option<u16>`), `$problem` whether the table answers with
/// problem details.
#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __http_impls {
    ($table:ident, $problem:literal, |$row:ident| $status:expr) => {
        #[automatically_derived]
        impl $crate::http::HttpStatus for $table {
            const PROBLEM_JSON: ::core::primitive::bool = $problem;

            #[inline]
            fn http_status(self) -> $crate::__http::StatusCode {
                let $row = self;
                $crate::http::status_or_500($status)
            }
        }
    };
}

/// Without the `http` feature: nothing.
#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __http_impls {
    ($table:ident, $problem:literal, |$row:ident| $status:expr) => {};
}

/// `axum::response::IntoResponse`, with the `axum` feature: for a table with an `http` column,
/// its row's status and JSON body; for one without (`no_http`), an impl whose bound fails with
/// `HttpStatus`'s message, which says what is missing.
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum_impls {
    ($table:ident) => {
        /// Answers with the row's `http` status and its code, wire name and message as JSON.
        #[automatically_derived]
        impl $crate::__axum_core::response::IntoResponse for $table {
            #[inline]
            fn into_response(self) -> $crate::__axum_core::response::Response {
                $crate::axum::response(self)
            }
        }
    };
    (no_http $table:ident) => {
        // `for<'a>`: a bound no generic parameter appears in must hold where it is written; a
        // higher-ranked one is checked where the impl is used. Hidden: it is no API.
        #[doc(hidden)]
        #[automatically_derived]
        impl $crate::__axum_core::response::IntoResponse for $table
        where
            for<'a> $table: $crate::http::HttpStatus,
        {
            #[inline]
            fn into_response(self) -> $crate::__axum_core::response::Response {
                $crate::axum::response(self)
            }
        }
    };
}

/// Without the `axum` feature: nothing.
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum_impls {
    ($table:ident) => {};
    (no_http $table:ident) => {};
}

/// The type a column of type `tonic::Code` returns: with the `tonic` feature, that type.
#[cfg(feature = "tonic")]
#[doc(hidden)]
#[macro_export]
macro_rules! __grpc_code_type {
    () => {
        $crate::__tonic::Code
    };
}

/// Without the `tonic` feature: the number the column stores (see `__http_status_type!`).
#[cfg(not(feature = "tonic"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __grpc_code_type {
    () => {
        ::core::primitive::i32
    };
}

/// The gRPC code of a number the macro checked (in a `const fn`).
#[cfg(feature = "tonic")]
#[doc(hidden)]
#[macro_export]
macro_rules! __grpc_code {
    ($code:expr) => {
        $crate::tonic::code($code)
    };
}

/// Without the `tonic` feature: the number.
#[cfg(not(feature = "tonic"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __grpc_code {
    ($code:expr) => {
        $code
    };
}

/// Called once per column of type `tonic::Code`, spanned at its type: nothing with the
/// `tonic` feature.
#[cfg(feature = "tonic")]
#[doc(hidden)]
#[macro_export]
macro_rules! __needs_tonic {
    () => {};
}

/// Without the `tonic` feature: the error that says to turn it on.
#[cfg(not(feature = "tonic"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __needs_tonic {
    () => {
        ::core::compile_error! {
            "a column of type `tonic::Code` needs codetable's `tonic` feature: \
codetable = { features = [\"tonic\"] }"
        }
    };
}

/// The conversions to and from `tonic::Status`, with the `tonic` feature, for a table with a
/// `grpc` column (`$code` is the row's number, an `Option<i32>`); for one without
/// (`no_grpc`), a `From<Table> for tonic::Status` whose bound fails with `GrpcStatus`'s
/// message. (No failing `TryFrom<&tonic::Status>`: core's blanket `TryFrom` matches too, and
/// with two candidates rustc names neither's bound; it would only list the impl as there.)
#[cfg(feature = "tonic")]
#[doc(hidden)]
#[macro_export]
macro_rules! __tonic_impls {
    ($table:ident, |$row:ident| $code:expr) => {
        #[automatically_derived]
        impl $crate::tonic::GrpcStatus for $table {
            #[inline]
            fn grpc_code(self) -> $crate::__tonic::Code {
                let $row = self;
                $crate::tonic::code_or_unknown($code)
            }
        }

        $crate::__tonic_impls!(@into $table);

        /// The row a status made from this table carries; an error for any other status.
        #[automatically_derived]
        impl ::core::convert::TryFrom<&$crate::__tonic::Status> for $table {
            type Error = $crate::tonic::FromStatusError;

            #[inline]
            fn try_from(
                status: &$crate::__tonic::Status,
            ) -> ::core::result::Result<$table, $crate::tonic::FromStatusError> {
                $crate::tonic::from_status(status)
            }
        }
    };
    (no_grpc $table:ident) => {
        // See `__axum_impls!`'s `no_http`.
        $crate::__tonic_impls!(
            @into #[doc(hidden)] $table where for<'a> $table: $crate::tonic::GrpcStatus
        );
    };
    (@into $(#[$hidden:meta])? $table:ident $($bounds:tt)*) => {
        /// The row's gRPC code and message, with its wire name, table and code as google.rpc's
        /// `ErrorInfo`.
        $(#[$hidden])?
        #[automatically_derived]
        impl ::core::convert::From<$table> for $crate::__tonic::Status $($bounds)* {
            #[inline]
            fn from(code: $table) -> $crate::__tonic::Status {
                $crate::tonic::status(code)
            }
        }
    };
}

/// Without the `tonic` feature: nothing.
#[cfg(not(feature = "tonic"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __tonic_impls {
    ($table:ident, |$row:ident| $code:expr) => {};
    (no_grpc $table:ident) => {};
}

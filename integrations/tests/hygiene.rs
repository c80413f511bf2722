//! Hygiene of what the `http`, `axum` and `tonic` features add: tables with and without the
//! columns compile clean under `#![deny(warnings, missing_docs)]`, in a
//! `#![no_implicit_prelude]` module, beside items that shadow the prelude and the types the
//! features name, with the columns deprecated and a row named `Ok`.
#![deny(warnings, missing_docs)]

/// Tables in a module without the prelude, beside items named like what the features use.
pub mod no_prelude {
    #![no_implicit_prelude]

    /// Shadows the prelude's.
    pub struct Option;
    /// Shadows the prelude's.
    pub struct Result;
    /// Named like the column's type.
    pub struct StatusCode;
    /// Named like the column's type.
    pub struct Code;
    /// Named like the crate.
    pub mod http {}
    /// Named like the crate.
    pub mod tonic {}

    ::codetable::define_codes! {
        /// With both columns, deprecated, and optional.
        pub enum Served(
            /// The status.
            #[deprecated = "use http_status"]
            http: ::std::option::Option<StatusCode>,
            /// The code.
            #[deprecated = "use grpc_code"]
            grpc: ::std::option::Option<tonic::Code> = Internal,
        ) {
            0 => Ok, "ok", http = 200, grpc = Ok,
            1 => NONE, "none",
        }

        /// With neither.
        pub enum Plain {
            1 => ONE, "one",
        }

        /// With a `u16` status.
        pub enum Numbered(http: u16) {
            404 => NOT_FOUND, "not found", http = 404,
        }
    }
}

use axum::response::IntoResponse;
use codetable::http::HttpStatus;
use codetable::tonic::GrpcStatus;
use no_prelude::{Numbered, Served};

#[test]
fn the_features_impls_work_without_the_prelude() {
    assert_eq!(Served::Ok.http_status(), http::StatusCode::OK);
    assert_eq!(
        Served::None.http_status(),
        http::StatusCode::INTERNAL_SERVER_ERROR
    );
    assert_eq!(Served::None.grpc_code(), tonic::Code::Internal);
    assert_eq!(Served::Ok.grpc_code(), tonic::Code::Ok);
    assert_eq!(
        Numbered::NotFound.into_response().status(),
        http::StatusCode::NOT_FOUND
    );
    let status = tonic::Status::from(Served::None);
    assert_eq!(Served::try_from(&status), Ok(Served::None));
    let _ = no_prelude::Plain::One;
}

//! `define_codes!` tables served over HTTP and gRPC, with `codes`'s `axum` and `tonic`
//! features: what the tests (`tests/`) and seed 003's server (`examples/pcs_server.rs`) share.
//!
//! - [`http`]: an axum router for seed 003 ([`PcsError`](codetable_seeds::pcs::PcsError), whose
//!   `http: u16` column gives each code its status), answering each code of the table.
//! - [`grpc`]: a tonic service and its client, written by hand as `tonic-build` would write
//!   them (no `protoc` needed), answering with the errors of a table with a `grpc` column.
#![deny(missing_docs)]

pub mod grpc;
pub mod http;

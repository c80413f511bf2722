//! tonic, with the `tonic` feature: a built message of a table with a `grpc` column converts
//! into `tonic::Status`: the row's gRPC code, the message formatted (in the table's first
//! language), and google.rpc's `ErrorInfo` as the row's carries it (`reason` the wire name,
//! `domain` the table), with each argument in its metadata beside the code, as its `Display`:
//! `{"code": "1146", "db": "shop", "table": "orders"}`.

// tonic needs std, and `ErrorInfo`'s metadata is a `std` `HashMap`.
extern crate std;

use super::WithArgs;
use crate::tonic::{GrpcStatus, CODE_KEY};
use alloc::string::{String, ToString};
use std::collections::HashMap;
use tonic::Status;
use tonic_types::{ErrorDetails, StatusExt};

/// The row's status, with the arguments in its `ErrorInfo`'s metadata. The macro refuses an
/// argument named `code`, the metadata's key of the code.
impl<E: GrpcStatus, const N: usize> From<WithArgs<'_, E, N>> for Status {
    fn from(message: WithArgs<'_, E, N>) -> Status {
        let row = message.code();
        let metadata = core::iter::once((CODE_KEY.to_string(), row.code().to_string())).chain(
            message
                .args()
                .map(|(name, value)| (name.to_string(), value.to_string())),
        );
        let metadata: HashMap<String, String> = metadata.collect();
        let details = ErrorDetails::with_error_info(row.name(), E::TABLE, metadata);
        Status::with_error_details(row.grpc_code(), message.message().to_string(), details)
    }
}

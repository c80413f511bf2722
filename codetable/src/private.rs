//! Support for the code `define_codes!` generates; not a public API.
//!
//! Mounted as `__private_X_Y_Z`, with the crate's version, which the macro writes into every
//! path it emits: a macro and a runtime of different versions then fail to compile together
//! instead of misreading each other's tables. The functions are `codetable-shared`'s, the one
//! definition that the macro, laying the tables out, uses too.

pub use codetable_shared::naming::strip_prefix;
pub use codetable_shared::{
    find_name, find_sorted, hash_code, hash_code32, str_at, u32_at, NameIndex, VariantName,
};

pub use crate::__serde_impls as serde_impls;
pub use crate::args::{arg_at, ArgType, RowArgs, UNUSED};
pub use crate::{
    __axum_impls as axum_impls, __grpc_code as grpc_code, __grpc_code_type as grpc_code_type,
    __http_impls as http_impls, __http_status as http_status,
    __http_status_type as http_status_type, __needs_http as needs_http,
    __needs_tonic as needs_tonic, __tonic_impls as tonic_impls,
};
pub use codetable_macro::{define_codes, CheckEnum, ListVariants};
pub use codetable_shared::checked::{checked, CheckedEnum};

// What the expansion names through this module rather than `::core`, which an
// `extern crate … as core` can re-point: the derive attribute that runs the enum check, and
// the reads and transmutes the lookups make once that check holds.
pub use core::mem::{size_of, transmute};
pub use core::prelude::v1::derive;
pub use core::ptr::read;

/// The version this module's name carries: a test holds the two to each other.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// What `assert_disjoint!` reads of a table in constant evaluation, through its `Support`
/// type: not the enum's own items, which an editor's completion would list.
pub trait Table {
    /// A type of the table's expansion with `const fn code_at(index: usize) -> Repr` and
    /// `const fn variant_name(row: Self) -> VariantName<'static>`.
    type Support;
}

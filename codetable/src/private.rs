//! Support for the code `define_codes!` generates; not a public API.
//!
//! Mounted as `__private_X_Y_Z`, with the crate's version, which the macro writes into every
//! path it emits: a macro and a runtime of different versions then fail to compile together
//! instead of misreading each other's tables. The functions are `codetable-shared`'s, the one
//! definition that the macro, laying the tables out, uses too.

pub use codetable_shared::naming::strip_prefix;
pub use codetable_shared::{
    find_name, find_sorted, hash_code, str_at, u32_at, NameIndex, VariantName,
};

pub use crate::__serde_impls as serde_impls;
pub use crate::{
    __axum_impls as axum_impls, __grpc_code as grpc_code, __grpc_code_type as grpc_code_type,
    __http_impls as http_impls, __http_status as http_status,
    __http_status_type as http_status_type, __needs_http as needs_http,
    __needs_tonic as needs_tonic, __tonic_impls as tonic_impls,
};
pub use codetable_macro::CheckEnum;

/// Implemented by the `CheckEnum` derive for an enum it found to be its table's; required by
/// the table's impls, so that an attribute that drops the derive fails the build too.
#[diagnostic::on_unimplemented(
    message = "the enum `{Self}` did not go through define_codes!'s check",
    label = "an attribute on the table removed the check",
    note = "define_codes! checks that the enum rustc compiles is its table's; an attribute \
            macro on the table that rewrites the enum must keep its attributes"
)]
pub trait CheckedEnum {}

/// Compiles only for an enum that [`CheckedEnum`] is implemented for.
pub const fn checked<T: CheckedEnum>() {}

/// The version this module's name carries: a test holds the two to each other.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// What `assert_disjoint!` reads of a table in constant evaluation, through its `Support`
/// type: not the enum's own items, which an editor's completion would list.
pub trait Table {
    /// A type of the table's expansion with `const fn code_at(index: usize) -> Repr` and
    /// `const fn variant_name(row: Self) -> VariantName<'static>`.
    type Support;
}

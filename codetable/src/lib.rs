// The guide is the README, which docs.rs shows as the crate page (and the macro's page, for
// the editor's hover), and whose examples run as this crate's doc tests.
#![doc = include_str!("../README.md")]
#![no_std]
#![deny(missing_docs)]
// docs.rs builds with `--cfg docsrs` on nightly (`[package.metadata.docs.rs]`): each item behind
// a feature then says which.
#![cfg_attr(docsrs, feature(doc_cfg))]
// What little `unsafe` the runtime needs is `codetable-shared`'s, behind the contracts of its
// `unsafe fn`s; the code the macro generates is the user's crate's, not this one's.
#![forbid(unsafe_code)]

#[cfg(feature = "alloc")]
extern crate alloc;

mod args;
#[cfg(feature = "axum")]
pub mod axum;
mod classify;
mod code;
mod code_message;
mod disjoint;
mod features;
#[cfg(feature = "http")]
pub mod http;
mod or_unknown;
#[cfg(feature = "serde")]
pub mod serde;
#[cfg(feature = "tonic")]
pub mod tonic;
mod unknown;

// Named with the version: see `private.rs`. The macro writes `codetable_pipeline`'s version,
// which is this crate's.
#[doc(hidden)]
#[path = "private.rs"]
pub mod __private_0_1_0;
#[cfg(feature = "http")]
#[doc(hidden)]
pub use ::http as __http;
#[cfg(feature = "tonic")]
#[doc(hidden)]
pub use ::tonic as __tonic;
#[cfg(feature = "axum")]
#[doc(hidden)]
pub use axum_core as __axum_core;
#[doc(hidden)]
pub use disjoint::support as __disjoint;
#[cfg(feature = "serde")]
#[doc(hidden)]
pub use serde_core as __serde_core;

pub use args::{Arg, Built, HasArgs, Language, Shown, WithArgs};
pub use classify::{Classified, NoCategory, ReservedRange};
pub use code::{Code, CodeInput, Iter, Repr};
pub use code_message::CodeMessage;
pub use or_unknown::OrUnknown;
pub use unknown::{KeptText, UnknownCode, UnknownName};

/// Defines error-code tables: each an enum whose discriminants are its codes, with const
/// lookups by code and by name, messages, sections and conversions. The syntax, the mistakes it
/// rejects and the API it generates are in the [crate docs](crate).
///
/// ```
/// codetable::define_codes! {
///     /// The API's codes.
///     #[repr(u16)]
///     pub enum ApiError {
///         40001 => INVALID_CREDENTIAL, "invalid credential",
///         40002 => INVALID_GRANT_TYPE, "invalid grant type",
///     }
/// }
///
/// assert_eq!(ApiError::from_code(40001), Some(ApiError::InvalidCredential));
/// assert_eq!(ApiError::InvalidGrantType.message(), "invalid grant type");
/// ```
///
/// A `macro_rules!` front for the proc macro: it hands the proc macro `$crate`, the path of
/// this crate as the calling crate reaches it, so that the generated code works when the
/// dependency is renamed and when another crate re-exports this macro.
#[macro_export]
macro_rules! define_codes {
    ($($tables:tt)*) => {
        $crate::__private_0_1_0::define_codes! { [$crate] $($tables)* }
    };
}

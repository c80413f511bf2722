//! Support for the code `define_codes!` generates; not a public API.
//!
//! Mounted as `__private_X_Y_Z`, with the crate's version, which the macro writes into every
//! path it emits: a macro and a runtime of different versions then fail to compile together
//! instead of misreading each other's tables. The functions are `codes-shared`'s, the one
//! definition that the macro, laying the tables out, uses too.

pub use codes_shared::{find_name, hash_code, str_at, u32_at};

pub use crate::__serde_impls as serde_impls;

/// The version this module's name carries: a test holds the two to each other.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

//! What a crate gets for `core` after `extern crate codetable_test_fakecore as core;` at its
//! root: `core` itself, but for the prelude's `derive`, which is an attribute macro that
//! removes an enum's last variant. Code that names `::core::prelude::v1::derive` is rewritten
//! by it; `define_codes!`'s output must name nothing of `::core` that can change its enum.
#![no_std]

pub use ::core::*;

/// `core`'s prelude, with another `derive`.
pub mod prelude {
    /// The 2015–2021 prelude, with another `derive`.
    pub mod v1 {
        pub use ::core::prelude::v1::*;
        pub use codetable_test_macros::drop_last_variant as derive;
    }
}

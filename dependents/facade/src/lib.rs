//! An SDK that hands `codetable`'s macros and types to its users as its own: they depend on
//! this crate, not on `codetable`.

pub use codetable::{assert_disjoint, define_codes, Classified, Code, OrUnknown};

//! The seed tables: error codes from the documentation of real APIs, transcribed row by row
//! into `define_codes!` tables. The documents themselves are in `fixtures/`, with a README
//! that lists their defects; where a document contradicts itself, its module says how the
//! table resolves it.
#![deny(missing_docs)]

pub mod cos_v4;
pub mod daemon;
pub mod dsp;
pub mod legacy_cos;
pub mod pcs;

//! The seed tables: error codes from the documentation of real APIs, transcribed row by row
//! into `define_codes!` tables. The documents themselves are in `fixtures/`, with a README
//! that lists their defects; where a document contradicts itself, its module says how the
//! table resolves it. Two tables have string codes: [`sqlstate`] (PostgreSQL's SQLSTATE codes,
//! imported from its `errcodes.txt`) and [`s3`] (S3's error codes, which are their names).
#![deny(missing_docs)]

pub mod cos_v4;
pub mod daemon;
pub mod dsp;
pub mod legacy_cos;
pub mod pcs;
pub mod s3;
pub mod sqlstate;

//! Random valid `define_codes!` tables, and what the code generated for them must answer.
//!
//! - [`Table`] and its [`Item`]s and [`Row`]s: a table as written, with [`Table::render`] for
//!   its source; [`build`] makes a valid one from drawn codes, names and messages (sections
//!   over runs of its codes, reserved ranges in the gaps, an `in` range, typed columns, a
//!   prefix to strip, `NAME as Variant`, aliases and retired names), the rest from a seed;
//! - [`draw`]: codes, names and messages drawn from a seed, of every shape a table can have;
//! - [`expect`]: what the generated enum must answer for a table, found from the table as
//!   written, without the macro's pipeline: every row's code, wire name, variant, message
//!   and section, every section, what `classify` gives for codes near the rows, sections,
//!   reserved ranges and the type's bounds, what `from_name` gives for names near the rows'.
//!
//! Shared by the pipeline's property tests (`codetable-pipeline/tests/properties.rs`, which
//! draws the codes, names and messages with proptest and checks the pipeline's model of the
//! tables) and `cargo xtask random-tables` (which draws a few hundred tables from one seed,
//! compiles them in one crate and checks every lookup of the generated code against
//! [`expect`]'s answers). It does not depend on the pipeline, so that the pipeline's tests
//! can use it.

pub mod draw;
pub mod expect;
mod model;
mod valid;

pub use model::{Broken, Column, Item, Row, Table, COLUMNS};
pub use valid::{build, variant_of};

/// splitmix64 (`codetable_bench_gen`'s), with what drawing a table needs.
#[derive(Clone, Debug)]
pub struct Rng(codetable_bench_gen::Rng);

impl Rng {
    /// A stream starting from `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(codetable_bench_gen::Rng::new(seed))
    }

    /// The next 64 bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0.next_u64()
    }

    /// A number in `0..n`, and 0 when `n` is 0.
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    /// True `percent` times in a hundred.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// `items` in a random order.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        self.0.shuffle(items);
    }

    /// One of `items` (not empty).
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A table's code type, the `T` of `#[repr(T)]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repr {
    /// `i8`
    I8,
    /// `i16`
    I16,
    /// `i32`
    I32,
    /// `i64`
    I64,
    /// `u8`
    U8,
    /// `u16`
    U16,
    /// `u32`
    U32,
    /// `u64`
    U64,
}

/// Every code type.
pub const REPRS: [Repr; 8] = [
    Repr::I8,
    Repr::I16,
    Repr::I32,
    Repr::I64,
    Repr::U8,
    Repr::U16,
    Repr::U32,
    Repr::U64,
];

impl Repr {
    /// The type's name, as Rust writes it.
    pub fn name(self) -> &'static str {
        match self {
            Repr::I8 => "i8",
            Repr::I16 => "i16",
            Repr::I32 => "i32",
            Repr::I64 => "i64",
            Repr::U8 => "u8",
            Repr::U16 => "u16",
            Repr::U32 => "u32",
            Repr::U64 => "u64",
        }
    }

    /// The lowest and highest value of the type.
    pub fn bounds(self) -> (i128, i128) {
        match self {
            Repr::I8 => (i8::MIN.into(), i8::MAX.into()),
            Repr::I16 => (i16::MIN.into(), i16::MAX.into()),
            Repr::I32 => (i32::MIN.into(), i32::MAX.into()),
            Repr::I64 => (i64::MIN.into(), i64::MAX.into()),
            Repr::U8 => (0, u8::MAX.into()),
            Repr::U16 => (0, u16::MAX.into()),
            Repr::U32 => (0, u32::MAX.into()),
            Repr::U64 => (0, u64::MAX.into()),
        }
    }
}

/// `text` as a Rust string literal, with Rust's escapes.
pub fn string_literal(text: &str) -> String {
    proc_macro2::Literal::string(text).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn below_zero_is_zero_and_below_n_stays_below() {
        let mut rng = Rng::new(7);
        assert_eq!(rng.below(0), 0);
        assert!((0..1000).all(|_| rng.below(3) < 3));
    }

    #[test]
    fn bounds_are_the_types() {
        assert_eq!(Repr::I8.bounds(), (-128, 127));
        assert_eq!(Repr::U64.bounds(), (0, 18_446_744_073_709_551_615));
        assert_eq!(Repr::I64.name(), "i64");
    }
}

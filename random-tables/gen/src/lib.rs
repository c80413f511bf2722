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

/// A table's code type, the `T` of `#[repr(T)]`: its name and bounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Repr {
    name: &'static str,
    low: i128,
    high: i128,
}

/// Every code type: `i8`, `i16`, `i32`, `i64`, `u8`, `u16`, `u32` and `u64`.
pub const REPRS: [Repr; 8] = [
    Repr::signed("i8", i8::MIN as i128),
    Repr::signed("i16", i16::MIN as i128),
    Repr::signed("i32", i32::MIN as i128),
    Repr::signed("i64", i64::MIN as i128),
    Repr::unsigned("u8", u8::MAX as i128),
    Repr::unsigned("u16", u16::MAX as i128),
    Repr::unsigned("u32", u32::MAX as i128),
    Repr::unsigned("u64", u64::MAX as i128),
];

impl Repr {
    /// A signed type from its lowest value: its highest is one less than the lowest negated.
    const fn signed(name: &'static str, low: i128) -> Repr {
        Repr {
            name,
            low,
            high: -low - 1,
        }
    }

    /// An unsigned type from its highest value.
    const fn unsigned(name: &'static str, high: i128) -> Repr {
        Repr { name, low: 0, high }
    }

    /// The type's name, as Rust writes it.
    pub fn name(self) -> &'static str {
        self.name
    }

    /// The lowest and highest value of the type.
    pub fn bounds(self) -> (i128, i128) {
        (self.low, self.high)
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
        let bounds: Vec<(&str, (i128, i128))> = REPRS
            .iter()
            .map(|repr| (repr.name(), repr.bounds()))
            .collect();
        assert_eq!(bounds[0], ("i8", (-128, 127)));
        assert_eq!(bounds[3], ("i64", (i64::MIN.into(), i64::MAX.into())));
        assert_eq!(bounds[4], ("u8", (0, 255)));
        assert_eq!(bounds[7], ("u64", (0, u64::MAX.into())));
    }
}

//! The benchmarks' tables (BENCHMARKS.md), the same bytes on every machine: a splitmix64
//! stream with fixed seeds.
//!
//! - [`rows`]: the rows: seed 004's real codes and messages, or N generated rows of the
//!   seeds' shape, with 24-29-character SCREAMING_SNAKE names, and near misses;
//! - [`source`]: each contender's table written out as Rust (`define_codes!`, a hand `match`,
//!   num_enum + strum, phf, arrays), for the table crates of `benches/tables/` and the
//!   compile-time benchmark;
//! - [`text`]: the tables of string codes: SQLSTATE's, or N generated, and their contenders'
//!   sources;
//! - [`scale`]: the tables with sections of the scale benchmark;
//! - [`build`]: what the build scripts of `benches/` share: which rows
//!   (`CODES_BENCH_ROWS`), and writing into `OUT_DIR`.

pub mod build;
pub mod rows;
pub mod scale;
pub mod source;
pub mod text;

pub use rows::Row;

/// splitmix64: tiny, fixed, and the stream the tables have always been drawn from.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A stream starting from `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: i64, high: i64) -> i64 {
        let span = (high - low) as u64 + 1;
        low + self.below(span) as i64
    }

    /// One of `items` (not empty).
    pub fn choice<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }

    /// `items` in a random order (Fisher-Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i as u64 + 1) as usize);
        }
    }
}

/// `text` as a Rust string literal.
pub fn lit(text: &str) -> String {
    format!("{text:?}")
}

#[cfg(test)]
mod tests {
    use super::Rng;

    #[test]
    fn splitmix64_is_the_reference_stream() {
        // The first outputs of splitmix64 seeded with 0 (Vigna's reference implementation).
        let mut rng = Rng::new(0);
        assert_eq!(rng.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(rng.next_u64(), 0x6E78_9E6A_A1B9_65F4);
    }

    #[test]
    fn between_stays_in_bounds() {
        let mut rng = Rng::new(7);
        for _ in 0..10_000 {
            let n = rng.between(-3, 2);
            assert!((-3..=2).contains(&n));
        }
    }
}

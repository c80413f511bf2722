//! Helpers shared by the behaviour tests: a `table!` wrapper that declares a table and keeps
//! its rows as written, and `check_table`, which compares every generated item against them.
#![allow(dead_code, unused_macros)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Debug;
use std::ops::{Bound, RangeBounds};
use std::str::FromStr;

use codetable::{Code, UnknownCode, UnknownName};

/// Declares a table with `define_codes!` and keeps its rows, as written, in `Table::EXPECTED`:
/// `(code, wire name, message)` in declaration order. `Table::cast` is `self as Repr`.
macro_rules! table {
    ($(#[$attr:meta])* $table:ident: $repr:ident = [$($code:literal => $name:ident, $message:literal;)*]) => {
        codetable::define_codes! {
            $(#[$attr])*
            #[repr($repr)]
            pub enum $table {
                $($code => $name, $message,)*
            }
        }
        impl $table {
            /// The rows as written.
            pub const EXPECTED: &'static [($repr, &'static str, &'static str)] =
                &[$(($code, stringify!($name), $message)),*];

            /// The discriminant.
            pub fn cast(self) -> $repr {
                self as $repr
            }
        }
    };
}
pub(crate) use table;

/// The integer types a table may use, with the arithmetic the checks need.
pub trait Int: for<'a> codetable::Repr<Input<'a> = Self> + Into<i128> + Debug {
    const MIN: Self;
    const MAX: Self;
    const ZERO: Self;
    fn prev(self) -> Option<Self>;
    fn next(self) -> Option<Self>;
    fn from_i128(value: i128) -> Option<Self>;
}

macro_rules! int {
    ($($t:ty)*) => {$(
        impl Int for $t {
            const MIN: Self = <$t>::MIN;
            const MAX: Self = <$t>::MAX;
            const ZERO: Self = 0;
            fn prev(self) -> Option<Self> {
                self.checked_sub(1)
            }
            fn next(self) -> Option<Self> {
                self.checked_add(1)
            }
            fn from_i128(value: i128) -> Option<Self> {
                <$t>::try_from(value).ok()
            }
        }
    )*};
}
int!(i8 i16 i32 i64 u8 u16 u32 u64);

/// What every table implements, as generic code would ask for it.
pub trait Table:
    Code + Into<<Self as Code>::Repr> + TryFrom<<Self as Code>::Repr> + FromStr<Err = UnknownName>
{
}
impl<C> Table for C where C: Code + Into<C::Repr> + TryFrom<C::Repr> + FromStr<Err = UnknownName> {}

/// The indexes of the rows of a table of `count` rows that the checks look at: every row,
/// except under Miri (`scripts/miri.sh`), which interprets each check some ten thousand times
/// slower than it runs. There the first and last two rows and 8 spread between: rows
/// differ only in the slots and offsets their lookups read, which these reach from both ends.
/// (Every row still goes through `iter`.)
pub fn checked_indexes(count: usize) -> impl Iterator<Item = usize> {
    let stride = if cfg!(miri) { count.div_ceil(8) } else { 1 };
    let mut indexes: Vec<usize> = (0..count).step_by(stride.max(1)).collect();
    indexes.extend([1, count.saturating_sub(2), count.saturating_sub(1)]);
    indexes.retain(|&i| i < count);
    indexes.sort_unstable();
    indexes.dedup();
    indexes.into_iter()
}

/// The rows [`checked_indexes`] picks, with their indexes.
pub fn checked_rows<T>(rows: &[T]) -> impl Iterator<Item = (usize, &T)> {
    checked_indexes(rows.len()).map(move |i| (i, &rows[i]))
}

/// Checks every row of `C` against `expected` (as written, in declaration order), then that
/// `misses`, the extremes of the code type and the neighbours of every code find no row but
/// their own, and that names near every row's find no row but their own. `cast` is
/// `|c| c as Repr`. Under Miri, the rows [`checked_rows`] picks.
pub fn check_table<C>(
    expected: &[(C::Repr, &str, &str)],
    cast: fn(C) -> C::Repr,
    misses: &[C::Repr],
) where
    C: Table + TryFrom<C::Repr, Error = UnknownCode<C::Repr>>,
    C::Repr: Int,
{
    assert_eq!(C::COUNT, expected.len(), "{}: COUNT", C::TABLE);
    assert_eq!(C::iter().len(), expected.len(), "{}: iter", C::TABLE);
    let backwards: Vec<C> = C::iter().rev().collect();
    assert!(
        backwards.iter().rev().copied().eq(C::iter()),
        "{}: iter().rev()",
        C::TABLE
    );
    assert!(
        C::iter().enumerate().all(|(i, c)| C::at(i) == Some(c)),
        "{}: at",
        C::TABLE
    );
    assert_eq!(C::at(expected.len()), None, "{}: at(COUNT)", C::TABLE);

    let mut by_code = BTreeMap::new();
    let mut names = BTreeSet::new();
    for (i, &(code, name, message)) in checked_rows(expected) {
        let c = C::at(i).expect("a row's index");
        let at = format_args!("{} row {i} ({code:?} {name})", C::TABLE).to_string();
        assert_eq!(c.code(), code, "{at}: code");
        assert_eq!(cast(c), code, "{at}: as");
        assert_eq!(Into::<C::Repr>::into(c), code, "{at}: From");
        assert_eq!(c.name(), name, "{at}: name");
        assert_eq!(c.message(), message, "{at}: message");
        assert_eq!(c.to_string(), format!("{code}: {message}"), "{at}: Display");
        assert_eq!(C::from_code(code), Some(c), "{at}: from_code");
        assert_eq!(C::from_name(name), Some(c), "{at}: from_name");
        assert_eq!(C::try_from(code).ok(), Some(c), "{at}: TryFrom");
        assert_eq!(name.parse::<C>().ok(), Some(c), "{at}: FromStr");
        assert!(by_code.insert(code, c).is_none(), "{at}: code twice");
        assert!(names.insert(name), "{at}: name twice");
    }

    // Ord is the order of the codes.
    let mut sorted: Vec<C> = checked_rows(expected)
        .filter_map(|(i, _)| C::at(i))
        .collect();
    sorted.sort();
    let by_code: Vec<C> = by_code.into_values().collect();
    assert_eq!(sorted, by_code, "{}: Ord", C::TABLE);

    // Misses: the given ones, the extremes, and the neighbours of every code; each finds
    // nothing, or the row with that code.
    let mut candidates: Vec<C::Repr> = misses.to_vec();
    candidates.extend([C::Repr::MIN, C::Repr::MAX, C::Repr::ZERO]);
    for (_, &(code, ..)) in checked_rows(expected) {
        candidates.extend(code.prev());
        candidates.extend(code.next());
        candidates.extend(code.prev().and_then(Int::prev));
        candidates.extend(code.next().and_then(Int::next));
    }
    for code in candidates {
        match C::from_code(code) {
            Some(found) => assert_eq!(found.code(), code, "{}: from_code({code:?})", C::TABLE),
            None => {
                let err = C::try_from(code).expect_err("TryFrom of a miss");
                assert_eq!(err.code(), code);
                assert_eq!(err.table(), C::TABLE);
            }
        }
    }

    // Name misses: every name with a byte added, case changed or cut short; each finds
    // nothing, or the row with that name.
    for (_, &(_, name, _)) in checked_rows(expected) {
        for other in [
            format!("{name}_"),
            format!("_{name}"),
            format!("{name}{name}"),
            name.to_lowercase(),
            name.to_uppercase(),
            name.chars().take(name.chars().count() - 1).collect(),
            String::new(),
        ] {
            if let Some(found) = C::from_name(&other) {
                assert_eq!(found.name(), other, "{}: from_name({other:?})", C::TABLE);
                continue;
            }
            let err = other.parse::<C>().expect_err("FromStr of a miss");
            assert_eq!(err.name(), other);
            assert_eq!(err.table(), C::TABLE);
        }
    }
}

/// `from_code` over every value of `span` agrees with the rows as written; returns how many
/// values were found, which is how many rows the span holds. Under Miri, a sample
/// ([`sweep_sample`]).
pub fn sweep<C>(expected: &[(C::Repr, &str, &str)], span: impl RangeBounds<i128>) -> usize
where
    C: Code,
    C::Repr: Int,
{
    let low = match span.start_bound() {
        Bound::Included(&low) => low,
        Bound::Excluded(&low) => low + 1,
        Bound::Unbounded => i128::MIN,
    };
    let high = match span.end_bound() {
        Bound::Included(&high) => high,
        Bound::Excluded(&high) => high - 1,
        Bound::Unbounded => i128::MAX,
    };
    sweep_every::<C>(expected, low, high, 1)
}

/// [`sweep`] over every `step`-th value from `low` to `high`, as `(low..=high).step_by(step)`.
/// Under Miri, a sample ([`sweep_sample`]).
pub fn sweep_every<C>(
    expected: &[(C::Repr, &str, &str)],
    low: i128,
    high: i128,
    step: usize,
) -> usize
where
    C: Code,
    C::Repr: Int,
{
    if cfg!(miri) {
        sweep_sample::<C>(expected, low, high, step)
    } else {
        sweep_values::<C>(expected, (low..=high).step_by(step))
    }
}

/// Under Miri, what [`sweep`] and [`sweep_every`] check instead of every value: the codes of
/// the rows [`checked_rows`] picks and their neighbours, the ends and 64 values spread between
/// (each finds nothing or the row with that code); returns how many rows' codes are among the
/// values swept, as written.
fn sweep_sample<C>(expected: &[(C::Repr, &str, &str)], low: i128, high: i128, step: usize) -> usize
where
    C: Code,
    C::Repr: Int,
{
    let in_span = |value: &i128| low <= *value && *value <= high;
    let mut sample = Vec::new();
    for (_, &(code, name, _)) in checked_rows(expected) {
        let code = Into::<i128>::into(code);
        if in_span(&code) {
            let found = <C::Repr as Int>::from_i128(code).and_then(C::from_code);
            assert_eq!(
                found.map(C::name),
                Some(name),
                "{}: from_code({code})",
                C::TABLE
            );
        }
        sample.extend(
            [code - 2, code - 1, code + 1, code + 2]
                .into_iter()
                .filter(in_span),
        );
    }
    let spread = ((high - low) / 64).max(1);
    sample.extend(
        (0..=64)
            .map(|k| low.saturating_add(k * spread))
            .take_while(in_span),
    );
    sample.push(high);
    sample.sort_unstable();
    sample.dedup();
    for value in sample {
        if let Some(code) = <C::Repr as Int>::from_i128(value) {
            if let Some(found) = C::from_code(code) {
                assert_eq!(found.code(), code, "{}: from_code({value})", C::TABLE);
            }
        }
    }
    let mut swept = 0;
    for row in expected {
        let code = Into::<i128>::into(row.0);
        if in_span(&code) && (code - low) % step as i128 == 0 {
            swept += 1;
        }
    }
    swept
}

/// `from_code` of each of `values` agrees with the rows as written; returns how many were found.
pub fn sweep_values<C>(
    expected: &[(C::Repr, &str, &str)],
    values: impl IntoIterator<Item = i128>,
) -> usize
where
    C: Code,
    C::Repr: Int,
{
    let rows: BTreeMap<i128, &str> = expected
        .iter()
        .map(|&(code, name, _)| (Into::<i128>::into(code), name))
        .collect();
    let mut hits = 0;
    for value in values {
        let Some(code) = <C::Repr as Int>::from_i128(value) else {
            continue;
        };
        let found = C::from_code(code);
        assert_eq!(
            found.map(C::name),
            rows.get(&value).copied(),
            "{}: from_code({value})",
            C::TABLE
        );
        hits += usize::from(found.is_some());
    }
    hits
}

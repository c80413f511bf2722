//! Helpers shared by the behaviour tests: a `table!` wrapper that declares a table and keeps
//! its rows as written, and `check_table`, which compares every generated item against them.
#![allow(dead_code, unused_macros)]

use std::collections::{BTreeMap, HashSet};
use std::fmt::Debug;
use std::str::FromStr;

use codes::{Code, UnknownCode, UnknownName};

/// Declares a table with `define_codes!` and keeps its rows, as written, in `Table::EXPECTED`:
/// `(code, wire name, message)` in declaration order. `Table::cast` is `self as Repr`.
macro_rules! table {
    ($(#[$attr:meta])* $table:ident: $repr:ident = [$($code:literal => $name:ident, $message:literal;)*]) => {
        codes::define_codes! {
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
pub trait Int: codes::Repr + Debug {
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

/// Checks every row of `C` against `expected` (as written, in declaration order), then that
/// `misses` and the neighbours of every code that is not in the table are not found. `cast`
/// is `|c| c as Repr`.
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
    assert_eq!(C::at(expected.len()), None, "{}: at(COUNT)", C::TABLE);
    let mut by_code = BTreeMap::new();
    let mut names = HashSet::new();
    for (i, (c, &(code, name, message))) in C::iter().zip(expected).enumerate() {
        assert_eq!(C::at(i), Some(c));
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
    let mut sorted: Vec<C> = C::iter().collect();
    sorted.sort();
    let by_code: Vec<C> = by_code.into_values().collect();
    assert_eq!(sorted, by_code, "{}: Ord", C::TABLE);

    // Misses: the given ones, the extremes, and the neighbours of every code.
    let codes: HashSet<C::Repr> = expected.iter().map(|row| row.0).collect();
    let mut candidates: Vec<C::Repr> = misses.to_vec();
    candidates.extend([C::Repr::MIN, C::Repr::MAX, C::Repr::ZERO]);
    for &(code, ..) in expected {
        candidates.extend(code.prev());
        candidates.extend(code.next());
        candidates.extend(code.prev().and_then(Int::prev));
        candidates.extend(code.next().and_then(Int::next));
    }
    for code in candidates {
        if codes.contains(&code) {
            continue;
        }
        assert_eq!(C::from_code(code), None, "{}: {code:?} is a miss", C::TABLE);
        let err = C::try_from(code).expect_err("TryFrom of a miss");
        assert_eq!(err.code(), code);
        assert_eq!(err.table(), C::TABLE);
    }

    // Name misses: every name with a byte added, case changed or cut short.
    for &(_, name, _) in expected {
        for other in [
            format!("{name}_"),
            format!("_{name}"),
            format!("{name}{name}"),
            name.to_lowercase(),
            name.to_uppercase(),
            name.chars().take(name.chars().count() - 1).collect(),
            String::new(),
        ] {
            if names.contains(other.as_str()) {
                continue;
            }
            assert_eq!(C::from_name(&other), None, "{}: {other:?}", C::TABLE);
            let err = other.parse::<C>().expect_err("FromStr of a miss");
            assert_eq!(err.name(), other);
            assert_eq!(err.table(), C::TABLE);
        }
    }
}

/// `from_code` over every value of `range` agrees with the rows as written.
pub fn sweep<C>(expected: &[(C::Repr, &str, &str)], range: impl IntoIterator<Item = i128>) -> usize
where
    C: Code,
    C::Repr: Int,
{
    let rows: std::collections::HashMap<C::Repr, &str> = expected
        .iter()
        .map(|&(code, name, _)| (code, name))
        .collect();
    let mut hits = 0;
    for value in range {
        let Some(code) = <C::Repr as Int>::from_i128(value) else {
            continue;
        };
        let found = C::from_code(code);
        assert_eq!(
            found.map(C::name),
            rows.get(&code).copied(),
            "{}: from_code({value})",
            C::TABLE
        );
        hits += usize::from(found.is_some());
    }
    hits
}

//! Checks every lookup of the code `define_codes!` generated for a table against what the
//! table, as written, says it must answer: the crate `cargo xtask random-tables` generates
//! calls [`check`] on each of its random tables, with the answers
//! `codetable_random_tables::expect` found for it.
//!
//! Every lookup is asked both ways, through the enum's own items (`const fn`s, through an
//! [`Api`]) and through the `codetable::Code` trait, and the conversions (`TryFrom`, `From`,
//! `FromStr`, `as`), the formatting (`Display`, `Debug`) and the ordering too.
//!
//! ```
//! codetable::define_codes! {
//!     #[repr(u8)]
//!     pub enum Small {
//!         1 => ONE, "one",
//!         10..=19 => Tens, "tens" { 12 => TWELVE, "twelve" }
//!     }
//! }
//! use codetable_random_check::{api, categories, check, Class, Expected};
//! const EXPECTED: Expected<u8> = Expected {
//!     rows: &[(1, "ONE", "One", "one", None), (12, "TWELVE", "Twelve", "twelve", Some(0))],
//!     aliases: &[],
//!     sections: &[("Tens", "tens", 10, 19, None)],
//!     codes: &[(0, Class::Unknown), (1, Class::Row(0)), (11, Class::Section(0))],
//!     names: &[("ONE", Some(0)), ("one", None), ("", None)],
//! };
//! check(&EXPECTED, &api!(Small: u8), Some(&categories!(Small, SmallCategory)));
//! ```

use codetable::{Classified, Code, UnknownCode, UnknownName};
use std::collections::BTreeSet;
use std::fmt::Debug;
use std::ops::RangeInclusive;
use std::str::FromStr;

/// What `classify` must give for a code.
#[derive(Clone, Copy, Debug)]
pub enum Class<R: 'static> {
    /// The row at this slot.
    Row(usize),
    /// The reserved range `low..=high`, with its message.
    Reserved(R, R, Option<&'static str>),
    /// The section at this index of [`Expected::sections`], which no row of the code is in.
    Section(usize),
    /// None of those.
    Unknown,
}

/// What a table's generated enum must answer, as the table is written.
pub struct Expected<R: 'static> {
    /// Each row in declaration order: code, wire name (a nameless row's variant name),
    /// variant (what `Debug` prints), message (`""` for a row written without one), and its
    /// innermost section's index.
    pub rows: &'static [(R, &'static str, &'static str, &'static str, Option<usize>)],
    /// Each alias, with its row's slot.
    pub aliases: &'static [(&'static str, usize)],
    /// Each section in declaration order: name, message, lowest and highest code, and its
    /// parent's index.
    pub sections: &'static [(&'static str, &'static str, R, R, Option<usize>)],
    /// Codes of the type, with what `classify` must give for each.
    pub codes: &'static [(R, Class<R>)],
    /// Names, with the slot `from_name` must find for each.
    pub names: &'static [(&'static str, Option<usize>)],
}

/// A table's own items (its `const fn`s and constants), which [`check`] asks beside the
/// `Code` trait's: [`api!`] fills it in.
pub struct Api<T: Code> {
    /// `from_code`.
    pub from_code: fn(T::Repr) -> Option<T>,
    /// `from_name`.
    pub from_name: fn(&str) -> Option<T>,
    /// `code`.
    pub code: fn(T) -> T::Repr,
    /// `name`.
    pub name: fn(T) -> &'static str,
    /// `message`.
    pub message: fn(T) -> &'static str,
    /// `classify`.
    pub classify: fn(T::Repr) -> Classified<T>,
    /// `row as Repr`: the discriminant.
    pub cast: fn(T) -> T::Repr,
    /// `ALL`.
    pub all: &'static [T],
    /// `COUNT`.
    pub count: usize,
    /// `iter`.
    pub iter: fn() -> codetable::Iter<T>,
}

/// The [`Api`] of the table `$table`, whose code type is `$repr`.
#[macro_export]
macro_rules! api {
    ($table:ident: $repr:ty) => {
        $crate::Api::<$table> {
            from_code: $table::from_code,
            from_name: $table::from_name,
            code: $table::code,
            name: $table::name,
            message: $table::message,
            classify: $table::classify,
            cast: |row| row as $repr,
            all: $table::ALL,
            count: $table::COUNT,
            iter: $table::iter,
        }
    };
}

/// A table's sections: its category enum's items, and the table's `category`.
pub struct Categories<T: Code> {
    /// The category enum's `ALL`.
    pub all: &'static [T::Category],
    /// Its `name`.
    pub name: fn(T::Category) -> &'static str,
    /// Its `message`.
    pub message: fn(T::Category) -> &'static str,
    /// Its `range`.
    pub range: fn(T::Category) -> RangeInclusive<T::Repr>,
    /// Its `parent`.
    pub parent: fn(T::Category) -> Option<T::Category>,
    /// The table's `category`.
    pub of: fn(T) -> Option<T::Category>,
}

/// The [`Categories`] of the table `$table`, whose category enum is `$category`.
#[macro_export]
macro_rules! categories {
    ($table:ident, $category:ident) => {
        $crate::Categories::<$table> {
            all: $category::ALL,
            name: $category::name,
            message: $category::message,
            range: $category::range,
            parent: $category::parent,
            of: $table::category,
        }
    };
}

/// What every generated enum with integer codes implements beside [`Code`]; `Int` is its code
/// type, which the `Code` trait's lookups take as it is.
pub trait Table:
    Code<Repr = <Self as Table>::Int>
    + Into<<Self as Table>::Int>
    + TryFrom<<Self as Table>::Int, Error = UnknownCode<<Self as Table>::Int>>
    + FromStr<Err = UnknownName>
{
    /// The code type.
    type Int: for<'a> codetable::Repr<Input<'a> = Self::Int>;
}

impl<T, R> Table for T
where
    T: Code<Repr = R> + Into<R> + TryFrom<R, Error = UnknownCode<R>> + FromStr<Err = UnknownName>,
    R: for<'a> codetable::Repr<Input<'a> = R>,
{
    type Int = R;
}

/// Checks every lookup of the table `T` against `expected`: each row both ways (code, name,
/// message, `Display`, `Debug`, `as`, `From`, `TryFrom`, `FromStr`, `from_code`, `from_name`,
/// `classify`, `category`, `at`, `ALL`, `iter`), `COUNT`, the order, every code and name of
/// `expected` (what `from_code`, `TryFrom`, `classify`, `from_name` and `FromStr` give for
/// each), and the sections. `categories` is `None` for a table without sections. Panics,
/// naming the table and the lookup, at the first wrong answer.
pub fn check<T: Table>(
    expected: &Expected<T::Repr>,
    api: &Api<T>,
    categories: Option<&Categories<T>>,
) {
    let table = T::TABLE;
    let rows = expected.rows;
    assert_eq!(T::COUNT, rows.len(), "{table}: COUNT");
    assert_eq!(api.count, rows.len(), "{table}: COUNT");
    assert_eq!(api.all.len(), rows.len(), "{table}: ALL");
    assert_eq!(T::iter().len(), rows.len(), "{table}: iter().len()");
    assert!(T::iter().eq(api.all.iter().copied()), "{table}: iter()");
    assert!((api.iter)().eq(api.all.iter().copied()), "{table}: iter()");
    assert!(
        T::iter().rev().eq(api.all.iter().rev().copied()),
        "{table}: iter().rev()"
    );
    assert_eq!(T::at(rows.len()), None, "{table}: at(COUNT)");
    let category = |index: Option<usize>| {
        let categories = categories.expect("a table with sections has categories");
        index.map(|index| categories.all[index])
    };

    for (slot, &(code, name, variant, message, section)) in rows.iter().enumerate() {
        let row = api.all[slot];
        let at = format!("{table} row {slot} ({code} {name})");
        assert_eq!(T::at(slot), Some(row), "{at}: at");
        assert_eq!((api.code)(row), code, "{at}: code");
        assert_eq!(Code::code(row), code, "{at}: Code::code");
        assert_eq!((api.cast)(row), code, "{at}: as");
        assert_eq!(Into::<T::Repr>::into(row), code, "{at}: From");
        assert_eq!((api.name)(row), name, "{at}: name");
        assert_eq!(Code::name(row), name, "{at}: Code::name");
        assert_eq!((api.message)(row), message, "{at}: message");
        assert_eq!(Code::message(row), message, "{at}: Code::message");
        // A row without a message shows its name instead.
        let shown = if message.is_empty() { name } else { message };
        assert_eq!(row.to_string(), format!("{code}: {shown}"), "{at}: Display");
        assert_eq!(format!("{row:?}"), variant, "{at}: Debug");
        assert_eq!((api.from_code)(code), Some(row), "{at}: from_code");
        assert_eq!(T::from_code(code), Some(row), "{at}: Code::from_code");
        assert_eq!(T::try_from(code).ok(), Some(row), "{at}: TryFrom");
        assert_eq!((api.from_name)(name), Some(row), "{at}: from_name");
        assert_eq!(T::from_name(name), Some(row), "{at}: Code::from_name");
        assert_eq!(name.parse::<T>().ok(), Some(row), "{at}: FromStr");
        assert_eq!((api.classify)(code), Classified::Row(row), "{at}: classify");
        assert_eq!(
            T::classify(code),
            Classified::Row(row),
            "{at}: Code::classify"
        );
        match categories {
            Some(categories) => {
                assert_eq!((categories.of)(row), category(section), "{at}: category");
            }
            None => assert_eq!(section, None, "{table}: a section, and no categories"),
        }
    }

    // Ord is the order of the codes; no two rows are equal.
    let mut by_order: Vec<T> = api.all.to_vec();
    by_order.sort();
    let mut by_code: Vec<T> = api.all.to_vec();
    by_code.sort_by_key(|row| Code::code(*row));
    assert_eq!(by_order, by_code, "{table}: Ord");
    let distinct: BTreeSet<T> = api.all.iter().copied().collect();
    assert_eq!(distinct.len(), rows.len(), "{table}: rows equal to others");

    for &(code, class) in expected.codes {
        let at = format!("{table} code {code}");
        let row = match class {
            Class::Row(slot) => Some(api.all[slot]),
            _ => None,
        };
        assert_eq!((api.from_code)(code), row, "{at}: from_code");
        assert_eq!(T::from_code(code), row, "{at}: Code::from_code");
        match T::try_from(code) {
            Ok(found) => assert_eq!(Some(found), row, "{at}: TryFrom"),
            Err(unknown) => {
                assert_eq!(row, None, "{at}: TryFrom");
                assert_eq!((unknown.code(), unknown.table()), (code, table), "{at}");
            }
        }
        for classified in [(api.classify)(code), T::classify(code)] {
            let right = match (class, classified) {
                (Class::Row(_), Classified::Row(found)) => Some(found) == row,
                (Class::Reserved(low, high, message), Classified::Reserved(range)) => {
                    (range.low(), range.high(), range.message()) == (low, high, message)
                }
                (Class::Section(index), Classified::Section(found)) => {
                    Some(found) == category(Some(index))
                }
                (Class::Unknown, Classified::Unknown) => true,
                _ => false,
            };
            assert!(right, "{at}: classify gives {classified:?}, not {class:?}");
        }
    }

    for &(name, slot) in expected.names {
        let at = format!("{table} name {name:?}");
        let row = slot.map(|slot| api.all[slot]);
        assert_eq!((api.from_name)(name), row, "{at}: from_name");
        assert_eq!(T::from_name(name), row, "{at}: Code::from_name");
        match name.parse::<T>() {
            Ok(found) => assert_eq!(Some(found), row, "{at}: FromStr"),
            Err(unknown) => {
                assert_eq!(row, None, "{at}: FromStr");
                assert_eq!((unknown.name(), unknown.table()), (name, table), "{at}");
            }
        }
    }
    for &(alias, slot) in expected.aliases {
        let row = Some(api.all[slot]);
        assert_eq!(
            (api.from_name)(alias),
            row,
            "{table} alias {alias}: from_name"
        );
        assert_eq!(
            alias.parse::<T>().ok(),
            row,
            "{table} alias {alias}: FromStr"
        );
    }

    let Some(categories) = categories else {
        assert!(expected.sections.is_empty(), "{table}: sections");
        return;
    };
    assert_eq!(
        categories.all.len(),
        expected.sections.len(),
        "{table}: sections"
    );
    for (index, &(name, message, low, high, parent)) in expected.sections.iter().enumerate() {
        let section = categories.all[index];
        let at = format!("{table} section {index} ({name})");
        assert_eq!((categories.name)(section), name, "{at}: name");
        assert_eq!((categories.message)(section), message, "{at}: message");
        assert_eq!((categories.range)(section), low..=high, "{at}: range");
        assert_eq!(
            (categories.parent)(section),
            category(parent),
            "{at}: parent"
        );
    }
}

/// Checks a table of `count` rows whose row `i` has the code `code(i)` and the wire name
/// `name(i)`, which is also its variant, and where `miss(i)` is no row's code: every row
/// (code, name, `Debug`, `at`, `from_code`, `TryFrom`, `classify`, `from_name`, `FromStr`),
/// every miss, and each name with `_` added (no row's). For a table too big to write its
/// answers out.
pub fn numbered<T: Table>(
    count: usize,
    code: fn(usize) -> T::Repr,
    miss: fn(usize) -> T::Repr,
    name: fn(usize) -> String,
) {
    let table = T::TABLE;
    assert_eq!(T::COUNT, count, "{table}: COUNT");
    assert_eq!(T::iter().len(), count, "{table}: iter().len()");
    for (slot, row) in T::iter().enumerate() {
        let (code, name) = (code(slot), name(slot));
        let at = format!("{table} row {slot} ({code} {name})");
        assert_eq!(T::at(slot), Some(row), "{at}: at");
        assert_eq!(Code::code(row), code, "{at}: code");
        assert_eq!(Code::name(row), name, "{at}: name");
        assert_eq!(format!("{row:?}"), name, "{at}: Debug");
        assert_eq!(T::from_code(code), Some(row), "{at}: from_code");
        assert_eq!(T::try_from(code).ok(), Some(row), "{at}: TryFrom");
        assert_eq!(T::classify(code), Classified::Row(row), "{at}: classify");
        assert_eq!(T::from_name(&name), Some(row), "{at}: from_name");
        assert_eq!(name.parse::<T>().ok(), Some(row), "{at}: FromStr");
        let miss = miss(slot);
        assert_eq!(T::from_code(miss), None, "{at}: from_code({miss})");
        assert_eq!(
            T::classify(miss),
            Classified::Unknown,
            "{at}: classify({miss})"
        );
        assert_eq!(
            T::from_name(&format!("{name}_")),
            None,
            "{at}: from_name of {name}_"
        );
    }
}

/// Checks a column's accessor: `got`, its value for each row in declaration order, is `want`.
pub fn column<V: PartialEq + Debug>(
    table: &str,
    column: &str,
    got: impl Iterator<Item = V>,
    want: &[V],
) {
    let got: Vec<V> = got.collect();
    assert_eq!(got.len(), want.len(), "{table}: {column} of each row");
    for (slot, (got, want)) in got.iter().zip(want).enumerate() {
        assert_eq!(got, want, "{table} row {slot}: {column}");
    }
}

/// Checks each alias's constant (`Table::Ewouldblock`): it is the row at its slot.
pub fn alias_constants<T: Code>(constants: &[(T, usize)]) {
    for &(constant, slot) in constants {
        assert_eq!(
            T::at(slot),
            Some(constant),
            "{}: an alias's constant",
            T::TABLE
        );
    }
}

/// Whether two strings are equal, in a constant (where `==` on `str` is not `const`): of one
/// length, and the first is the second with the second taken off its start.
pub const fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && codetable_shared::naming::strip_prefix(a, b).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::panic::catch_unwind;

    codetable::define_codes! {
        #[repr(i8)]
        pub enum Tiny {
            -128 => LOW, "low",
            0..=9 => Small, "small" {
                1 => ONE, "one",
                5..=6 => reserved, "kept",
            }
            OLD_ONE = ONE,
        }
    }

    const RIGHT: Expected<i8> = Expected {
        rows: &[
            (-128, "LOW", "Low", "low", None),
            (1, "ONE", "One", "one", Some(0)),
        ],
        aliases: &[("OLD_ONE", 1)],
        sections: &[("Small", "small", 0, 9, None)],
        codes: &[
            (-128, Class::Row(0)),
            (-127, Class::Unknown),
            (0, Class::Section(0)),
            (5, Class::Reserved(5, 6, Some("kept"))),
            (10, Class::Unknown),
            (127, Class::Unknown),
        ],
        names: &[
            ("ONE", Some(1)),
            ("OLD_ONE", Some(1)),
            ("One", None),
            ("", None),
        ],
    };

    fn run(expected: &'static Expected<i8>) -> bool {
        catch_unwind(|| {
            check(
                expected,
                &api!(Tiny: i8),
                Some(&categories!(Tiny, TinyCategory)),
            )
        })
        .is_ok()
    }

    #[test]
    fn the_right_answers_pass() {
        assert!(run(&RIGHT));
        alias_constants(&[(Tiny::OldOne, 1)]);
        column("Tiny", "code", Tiny::iter().map(Tiny::code), &[-128, 1]);
        const {
            assert!(same(Tiny::One.name(), "ONE") && same("", ""));
            assert!(!same("ONE", "ONF") && !same("ONE", "ON") && !same("ON", "ONE"));
        };
    }

    /// Each wrong answer, one at a time, fails the check: a wrong variant, message, section,
    /// class of a code, slot of a name, section range or alias.
    #[test]
    fn every_wrong_answer_fails() {
        const WRONG: [Expected<i8>; 7] = [
            Expected {
                rows: &[
                    (-128, "LOW", "Lowest", "low", None),
                    (1, "ONE", "One", "one", Some(0)),
                ],
                ..RIGHT
            },
            Expected {
                rows: &[
                    (-128, "LOW", "Low", "low!", None),
                    (1, "ONE", "One", "one", Some(0)),
                ],
                ..RIGHT
            },
            Expected {
                rows: &[
                    (-128, "LOW", "Low", "low", None),
                    (1, "ONE", "One", "one", None),
                ],
                ..RIGHT
            },
            Expected {
                codes: &[(5, Class::Section(0))],
                ..RIGHT
            },
            Expected {
                names: &[("One", Some(1))],
                ..RIGHT
            },
            Expected {
                sections: &[("Small", "small", 0, 8, None)],
                ..RIGHT
            },
            Expected {
                aliases: &[("OLD_ONE", 0)],
                ..RIGHT
            },
        ];
        for (index, wrong) in WRONG.iter().enumerate() {
            assert!(!run(wrong), "wrong answer {index} passed");
        }
    }
}

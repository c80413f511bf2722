//! Hygiene of the expansion: tables compile clean, with the user's documentation only, under
//! `#![deny(warnings, missing_docs)]` and `#![forbid(unsafe_code)]`; in a `#![no_implicit_prelude]` module; beside user
//! items that shadow the prelude, `core`, `std` and the primitive types; with rows named like
//! prelude items and like the generated API; with `#[deprecated]`, `#[default]` and
//! `#[non_exhaustive]`; inside a function body; through a `macro_rules!` wrapper; and with
//! several tables in one invocation.
#![deny(warnings, missing_docs)]
// The generated code transmutes verified codes into variants; that unsafe is the macro's, and
// a crate that forbids its own still compiles.
#![forbid(unsafe_code)]

use codetable::Code;

/// A table in a module without the prelude: the expansion must name everything by path.
pub mod no_prelude {
    #![no_implicit_prelude]

    ::codetable::define_codes! {
        /// Hashed codes, with sections.
        pub enum Hashed in -100000..=100000 {
            -99999 => LOW, "low",
            0 => ZERO, "zero",
            1000..=1999 => Thousands, "the thousands" {
                1001 => THOUSAND_ONE, "1001",
                1500..=1599 => Middle, "the middle" {
                    1555 => MIDDLE, "1555",
                },
            },
            99999 => HIGH, "high",
            5000..=5999 => reserved, "not used",
        }

        /// Dense codes.
        #[repr(u8)]
        pub enum Dense {
            3 => THREE, "three",
            1 => ONE, "one",
            2 => TWO, "two",
        }

        /// Columns of every kind, and nameless rows.
        pub enum Columned(
            http: u16,
            en: &'static str,
            hint: Option<&'static str>,
            retryable: bool = false,
            weight: f32 = 1.0,
            grade: char = 'A',
            limit: Option<i64>,
        ) {
            -1 => _, "nameless", http = 500, en = "nameless",
            1 => ONE, "one", http = 200, en = "one", hint = "a hint", limit = -3,
        }

        /// Rows with arguments of every type, in two languages.
        #[codetable(languages(en, zh))]
        pub enum WithArguments {
            1 => SOME_TYPES(text: &str, i1: i8, i2: i16, i3: i32, i4: i64, size: isize, width: usize),
                "{text:>width$} {i1} {i2} {i3} {i4} {size}",
                zh = "{size} {i4} {i3} {i2} {i1} {text:width$}",
            3 => OTHER_TYPES(n1: u8, n2: u16, n3: u32, n4: u64, ratio: f64, flag: bool, letter: char),
                "{n1} {n2:x} {n3:o} {n4:b} {ratio:.2} {flag} {letter}",
                zh = "{letter} {flag} {ratio} {n4} {n3} {n2} {n1}",
            2 => PLAIN, "no {arguments}",
        }

        /// Sequential codes.
        #[repr(i64)]
        pub enum Sequential {
            -9223372036854775808 => MIN, "i64::MIN",
            -9223372036854775807 => NEXT, "i64::MIN + 1",
        }
    }
}

/// User items named like everything the expansion might refer to without a path.
#[allow(non_camel_case_types, clippy::upper_case_acronyms)]
pub mod shadowing {
    /// Not `core::option::Option`.
    pub struct Option;
    /// Not `Option::Some`.
    pub struct Some;
    /// Not `Option::None`.
    pub struct None;
    /// Not `core::result::Result`.
    pub struct Result;
    /// Not `Result::Ok`.
    pub struct Ok;
    /// Not `Result::Err`.
    pub struct Err;
    /// Not `core::cmp::Ordering`.
    pub struct Ordering;
    /// Not `alloc::string::String`.
    pub struct String;
    /// Not `alloc::vec::Vec`.
    pub struct Vec;
    /// Not `alloc::boxed::Box`.
    pub struct Box;
    /// Not the `core` crate.
    pub mod core {}
    /// Not the `std` crate.
    pub mod std {}
    /// Not the `alloc` crate.
    pub mod alloc {}
    /// Not the `codes` crate.
    pub mod codes {}
    /// Not the primitive.
    pub type u8 = ();
    /// Not the primitive.
    pub type u16 = ();
    /// Not the primitive.
    pub type u32 = ();
    /// Not the primitive.
    pub type u64 = ();
    /// Not the primitive.
    pub type i32 = ();
    /// Not the primitive.
    pub type i64 = ();
    /// Not the primitive.
    pub type usize = ();
    /// Not the primitive.
    pub type str = ();
    /// Not the primitive.
    pub type bool = ();
    /// Not `core::clone::Clone`.
    pub trait Clone {}
    /// Not `core::marker::Copy`.
    pub trait Copy {}
    /// Not `core::fmt::Debug`.
    pub trait Debug {}
    /// Not `core::fmt::Display`.
    pub trait Display {}
    /// Not `core::convert::From`.
    pub trait From<T> {}
    /// Not `core::convert::TryFrom`.
    pub trait TryFrom<T> {}
    /// Not `core::str::FromStr`.
    pub trait FromStr {}
    /// Not `core::error::Error`.
    pub trait Error {}
    /// Not `core::hash::Hash`.
    pub trait Hash {}
    #[allow(unused_macros)]
    macro_rules! write {
        ($($tokens:tt)*) => {
            compile_error!("the user's write! was used")
        };
    }
    #[allow(unused_macros)]
    macro_rules! panic {
        ($($tokens:tt)*) => {
            compile_error!("the user's panic! was used")
        };
    }
    #[allow(unused_macros)]
    macro_rules! assert {
        ($($tokens:tt)*) => {
            compile_error!("the user's assert! was used")
        };
    }
    #[allow(unused_macros)]
    macro_rules! matches {
        ($($tokens:tt)*) => {
            compile_error!("the user's matches! was used")
        };
    }
    /// The user's constants in upper case, named like the generated data.
    pub const NAMES: () = ();
    /// As above.
    pub const MESSAGES: () = ();
    /// As above.
    pub const EMPTY: () = ();
    /// As above.
    pub const DENSE: () = ();
    /// As above.
    pub const CODE_BUCKETS: () = ();
    /// As above.
    pub const NAME_BUCKETS: () = ();

    // Lowercase constants named like the generated code's locals would turn them into
    // constant patterns, so the generated locals are `__`-prefixed. (The parameters of the
    // public functions and trait impls keep the readable names of their rustdoc signatures,
    // `code`, `name`, `index`, `f`, `other`, `state`, as `#[derive]`'s do.)
    #[allow(non_upper_case_globals, dead_code)]
    mod lowercase_constants {
        pub const found: () = ();
        pub const slot: usize = 0;
        pub const offset: u64 = 0;
        pub const bucket: usize = 0;
        pub const key: i32 = 0;
        pub const low: i32 = 0;
        pub const high: i32 = 0;
    }
    #[allow(unused_imports)]
    use lowercase_constants::*;

    ::codetable::define_codes! {
        /// Rows named like prelude items and like the generated API.
        pub enum Shadowed {
            0 => None, "a row named None",
            1 => Some, "a row named Some",
            2 => Ok, "a row named Ok",
            3 => Option, "a row named Option",
            4 => Result, "a row named Result",
            5 => SELF_TEST, "next to Self",
            6 => SelfCheck, "next to Self",
            7 => SUPER, "super in capitals",
            8 => CRATE, "crate in capitals",
            9 => ALL, "named like the ALL constant",
            10 => COUNT, "named like the COUNT constant",
            11 => CODE, "named like code()",
            12 => NAME, "named like name()",
            13 => MESSAGE, "named like message()",
            14 => FROM_CODE, "named like from_code()",
            15 => FROM_NAME, "named like from_name()",
            16 => CATEGORY, "named like category()",
            17 => TABLE, "named like Code::TABLE",
            18 => REPR, "named like Code::Repr",
            19 => CLONE, "named like Clone",
            20 => DEFAULT, "named like Default",
            21 => FROM, "named like From",
            22 => INTO, "named like Into",
            23 => TRY_FROM, "named like TryFrom",
            24 => FROM_STR, "named like FromStr",
            25 => FMT, "named like fmt()",
            26 => HASH, "named like Hash",
            27 => LOOKUP, "named like a generated helper",
            28 => SLOT, "named like a generated helper",
            29 => STR_AT, "named like a generated helper",
            30 => String, "a row named String",
            31 => Vec, "a row named Vec",
            32 => Box, "a row named Box",
            33 => Debug, "a row named Debug",
            34 => ERROR, "a row named like TryFrom::Error",
            35 => Err, "a row named Err",
            36 => WITH_ARGS(text: &str, count: usize, flag: bool, small: u16), "{text} {count} {flag} {small}",
            37 => WRITE_CODE(format_row_37: &str), "named like a generated helper: {format_row_37}",
            100..=199 => Option_Section, "a section named like a prelude item" {
                100 => IN_SECTION, "in the section",
            },
        }

        /// Columns whose types are shadowed above (`u16`, `str`, `bool`, `Option`).
        pub enum ShadowedColumns(http: u16, en: &'static str, retry: bool = true, hint: Option<&'static str>) {
            0 => _, "nameless", http = 200, en = "ok",
        }

        /// A table named like the trait it implements, with a code type shadowed above.
        #[repr(u32)]
        pub enum Code {
            7 => SEVEN, "seven",
            4000000000 => BIG, "above i32::MAX",
        }
    }
}

codetable::define_codes! {
    /// A public table: every generated item must come documented.
    #[derive(Default)]
    #[non_exhaustive]
    #[cfg_attr(all(), doc = "(cfg_attr is passed on)")]
    pub enum Documented in 0..=999 {
        /// The default row.
        #[default]
        0 => FINE, "fine",
        /// A row with docs of its own.
        1 => DOCUMENTED, "documented",
        2 => UNDOCUMENTED, "the macro documents it",
        #[deprecated(note = "use DOCUMENTED")]
        3 => OLD, "deprecated",
        #[doc(hidden)]
        4 => HIDDEN, "hidden",
        5 => WITH_ARGS(db: &str), "database {db}",
        #[deprecated = "use WITH_ARGS"]
        6 => OLD_WITH_ARGS(db: &str), "old database {db}",
        100..=199 => Section, "an undocumented section" {
            101 => IN_SECTION, "in the section",
            #[deprecated]
            102 => OLD_IN_SECTION, "deprecated, in the section",
        },
        /// A documented section.
        200..300 => DocumentedSection, "with docs" {
            250 => IN_DOCUMENTED_SECTION, "in the documented section",
        },
    }

    /// A second table in the same invocation, crate-visible.
    pub(crate) enum CrateVisible {
        1 => ONE, "one",
    }

    /// A third, private, with a column no code reads.
    enum Private(unread: u8 = 0) {
        -1 => MINUS_ONE, "minus one",
        -3 => MINUS_THREE, "minus three", unread = 3,
    }
}

/// Declares a table through `macro_rules!`, passing codes and messages as `literal` fragments.
macro_rules! wrapped {
    ($name:ident, $($code:literal => $row:ident, $message:literal;)*) => {
        codetable::define_codes! {
            /// Declared through a macro_rules! wrapper.
            pub enum $name {
                $($code => $row, $message,)*
            }
        }
    };
}

wrapped!(Wrapped, -5 => MINUS_FIVE, "minus five"; 7 => SEVEN, "seven"; 1000 => THOUSAND, "thousand";);

#[test]
fn no_implicit_prelude_tables_work() {
    use no_prelude::{Dense, Hashed, HashedCategory, Sequential};
    assert_eq!(Hashed::ALL.len(), 5);
    for &h in Hashed::ALL {
        assert_eq!(Hashed::from_code(h.code()), Some(h));
        assert_eq!(Hashed::from_name(h.name()), Some(h));
        assert_eq!(h.name().parse(), Ok(h));
        assert_eq!(Hashed::try_from(h.code()), Ok(h));
    }
    assert_eq!(Hashed::Middle.category(), Some(HashedCategory::Middle));
    assert_eq!(
        HashedCategory::Middle.parent(),
        Some(HashedCategory::Thousands)
    );
    assert_eq!(Hashed::from_code(5000), None);
    assert_eq!(Hashed::Low.to_string(), "-99999: low");
    assert_eq!(format!("{:?}", Hashed::ThousandOne), "ThousandOne");
    assert_eq!(Dense::ALL, [Dense::Three, Dense::One, Dense::Two]);
    assert_eq!(Dense::from_code(2), Some(Dense::Two));
    assert_eq!(Dense::from_code(0), None);
    assert_eq!(Sequential::from_code(i64::MIN), Some(Sequential::Min));
    assert_eq!(Sequential::from_code(i64::MIN + 2), None);
    use no_prelude::{WithArguments, WithArgumentsLanguage};
    let some = WithArguments::some_types("text", -1, -2, -3, -4, -5, 6);
    assert_eq!(some.to_string(), "1:   text -1 -2 -3 -4 -5");
    assert_eq!(
        some.message_in(WithArgumentsLanguage::Zh).to_string(),
        "-5 -4 -3 -2 -1 text  "
    );
    let other = WithArguments::other_types(1, 255, 8, 5, 0.125, true, 'λ');
    assert_eq!(other.to_string(), "3: 1 ff 10 101 0.12 true λ");
    assert_eq!(
        other.message_in(WithArgumentsLanguage::Zh).to_string(),
        "λ true 0.125 5 8 255 1"
    );
    assert_eq!(WithArguments::Plain.message(), "no {arguments}");
    assert_eq!(
        codetable::WithArgs::from(WithArguments::Plain).to_string(),
        "2: no {arguments}"
    );
}

#[test]
fn shadowed_names_do_not_leak_into_the_expansion() {
    use shadowing::{Shadowed, ShadowedCategory};
    assert_eq!(
        Shadowed::with_args("a", 2, true, 3).message().to_string(),
        "a 2 true 3"
    );
    assert_eq!(
        Shadowed::write_code("f").to_string(),
        "37: named like a generated helper: f"
    );
    assert_eq!(Shadowed::COUNT, 39);
    for (i, &s) in Shadowed::ALL.iter().enumerate() {
        let code = if i == 38 { 100 } else { i as i32 };
        assert_eq!(s.code(), code);
        assert_eq!(s as i32, code);
        assert_eq!(Shadowed::from_code(code), Some(s));
        assert_eq!(Shadowed::from_name(s.name()), Some(s));
        assert_eq!(Shadowed::try_from(code), Ok(s));
        assert_eq!(s.name().parse::<Shadowed>(), Ok(s));
        assert_eq!(s.to_string(), format!("{code}: {}", s.message()));
    }
    assert_eq!(Shadowed::from_code(0), Some(Shadowed::None));
    assert_eq!(Shadowed::from_code(1), Some(Shadowed::Some));
    assert_eq!(Shadowed::from_code(38), None);
    assert_eq!(Shadowed::try_from(34), Ok(Shadowed::Error));
    assert_eq!("Err".parse::<Shadowed>(), Ok(Shadowed::Err));
    assert_eq!(Shadowed::None.name(), "None");
    assert_eq!(Shadowed::Some.name(), "Some");
    assert_eq!(Shadowed::Ok.name(), "Ok");
    assert_eq!(Shadowed::SelfTest.name(), "SELF_TEST");
    assert_eq!(Shadowed::SelfCheck.name(), "SelfCheck");
    assert_eq!(Shadowed::All.name(), "ALL");
    assert_eq!(Shadowed::Count.message(), "named like the COUNT constant");
    assert_eq!(Shadowed::Code.code(), 11);
    assert_eq!(Shadowed::Name.name(), "NAME");
    assert_eq!(Shadowed::Repr.name(), "REPR");
    assert_eq!(Shadowed::Table.name(), "TABLE");
    assert_eq!(Shadowed::Category.category(), None);
    assert_eq!(
        Shadowed::InSection.category(),
        Some(ShadowedCategory::OptionSection)
    );
    assert_eq!(ShadowedCategory::OptionSection.name(), "Option_Section");
    assert_eq!(format!("{:?}", Shadowed::None), "None");
    assert_eq!(format!("{:?}", Shadowed::from_code(1)), "Some(Some)");
    assert_eq!(<Shadowed as Code>::TABLE, "Shadowed");
    assert_eq!(<Shadowed as Code>::iter().len(), Shadowed::COUNT);
    // `ALL` the constant and `All` the row are different things.
    assert_eq!(Shadowed::ALL[9], Shadowed::All);

    let big = shadowing::Code::Big;
    assert_eq!(big.code(), 4_000_000_000u32);
    assert_eq!(<shadowing::Code as Code>::TABLE, "Code");
    assert_eq!(
        <shadowing::Code as Code>::from_code(7),
        Some(shadowing::Code::Seven)
    );
    assert_eq!(shadowing::Code::from_code(8), None);
}

#[test]
fn attributes_are_passed_on() {
    assert_eq!(Documented::default(), Documented::Fine);
    #[allow(deprecated)]
    let old = Documented::Old;
    assert_eq!(Documented::from_code(3), Some(old));
    assert_eq!(Documented::from_name("OLD"), Some(old));
    assert_eq!(old.name(), "OLD");
    assert_eq!(old.message(), "deprecated");
    assert_eq!(format!("{old:?}"), "Old");
    assert_eq!(Documented::ALL.len(), 10);
    assert_eq!(
        Documented::with_args("main").to_string(),
        "5: database main"
    );
    #[allow(deprecated)]
    let old_with_args = Documented::old_with_args("main");
    assert_eq!(old_with_args.code(), Documented::from_code(6).unwrap());
    assert_eq!(old_with_args.to_string(), "6: old database main");
    assert_eq!(Documented::ALL[3], old);
    #[allow(deprecated)]
    let old_in_section = Documented::OldInSection;
    assert_eq!(old_in_section.category(), Some(DocumentedCategory::Section));
    assert_eq!(Documented::Hidden.code(), 4);
    assert_eq!(DocumentedCategory::DocumentedSection.range(), 200..=299);
    assert_eq!(
        Documented::InDocumentedSection.category(),
        Some(DocumentedCategory::DocumentedSection)
    );
    // `#[non_exhaustive]` has no effect inside the defining crate, but is accepted.
    match Documented::Fine {
        Documented::Fine => {}
        _ => unreachable!(),
    }
}

#[test]
fn several_tables_in_one_invocation() {
    assert_eq!(CrateVisible::ALL, [CrateVisible::One]);
    assert_eq!(Private::ALL, [Private::MinusOne, Private::MinusThree]);
    assert_eq!(Private::from_code(-3), Some(Private::MinusThree));
    assert_eq!(Private::from_code(-2), None);
    assert_eq!(<Private as Code>::TABLE, "Private");
    assert_eq!(<CrateVisible as Code>::TABLE, "CrateVisible");
}

#[test]
fn tables_through_macro_rules() {
    assert_eq!(
        Wrapped::ALL,
        [Wrapped::MinusFive, Wrapped::Seven, Wrapped::Thousand]
    );
    assert_eq!(Wrapped::MinusFive.code(), -5);
    assert_eq!(Wrapped::from_code(-5), Some(Wrapped::MinusFive));
    assert_eq!(Wrapped::from_name("THOUSAND"), Some(Wrapped::Thousand));
    assert_eq!(Wrapped::Seven.message(), "seven");
}

#[test]
fn tables_inside_function_bodies() {
    codetable::define_codes! {
        #[repr(i16)]
        enum Local {
            -300 => MINUS_300, "minus 300",
            15 => FIFTEEN, "fifteen",
            0..=9 => Small, "small" {
                1 => ONE, "one",
            },
        }
        enum Another {
            0 => None, "none",
        }
    }
    assert_eq!(Local::ALL, [Local::Minus300, Local::Fifteen, Local::One]);
    assert_eq!(Local::from_code(-300), Some(Local::Minus300));
    assert_eq!(Local::Fifteen.category(), None);
    assert_eq!(Local::One.category(), Some(LocalCategory::Small));
    assert_eq!(LocalCategory::Small.range(), 0..=9);
    assert_eq!(Another::from_name("None"), Some(Another::None));
    assert_eq!(Another::None.to_string(), "0: none");

    fn nested() -> Option<&'static str> {
        codetable::define_codes! {
            enum InNestedFn {
                42 => ANSWER, "the answer",
            }
        }
        InNestedFn::from_code(42).map(InNestedFn::message)
    }
    assert_eq!(nested(), Some("the answer"));

    // In a block expression, and twice with the same names in sibling scopes.
    let first = {
        codetable::define_codes! {
            enum Scoped { 1 => ONE, "first scope" }
        }
        Scoped::One.message()
    };
    let second = {
        codetable::define_codes! {
            enum Scoped { 1 => ONE, "second scope" }
        }
        Scoped::One.message()
    };
    assert_eq!((first, second), ("first scope", "second scope"));
}

#[test]
fn generic_code_sees_every_table() {
    fn names<C: Code>() -> Vec<&'static str> {
        C::iter().map(|c| c.name()).collect()
    }
    assert_eq!(names::<no_prelude::Dense>(), ["THREE", "ONE", "TWO"]);
    assert_eq!(names::<shadowing::Code>(), ["SEVEN", "BIG"]);
    assert_eq!(names::<Wrapped>(), ["MINUS_FIVE", "SEVEN", "THOUSAND"]);
    assert_eq!(names::<Private>(), ["MINUS_ONE", "MINUS_THREE"]);
}

#[test]
fn columns_and_nameless_rows_under_shadowing() {
    use no_prelude::Columned;
    assert_eq!(Columned::CodeMinus1.http(), 500);
    assert_eq!(Columned::One.hint(), Some("a hint"));
    assert_eq!(Columned::One.limit(), Some(-3));
    assert_eq!(Columned::CodeMinus1.weight(), 1.0);
    assert_eq!(Columned::CodeMinus1.grade(), 'A');
    assert!(!Columned::One.retryable());
    let shadowed = shadowing::ShadowedColumns::Code0;
    assert_eq!((shadowed.http(), shadowed.en()), (200, "ok"));
    assert!(shadowed.retry());
    assert_eq!(shadowed.hint(), None);
}

mod a_table_named_like_the_generated_items {
    ::codetable::define_codes! {
        /// A table whose name is a word the expansion could use for its own items.
        pub enum Support {
            1 => TABLE, "a row named like the trait the expansion implements",
        }
    }

    #[test]
    fn it_works() {
        assert_eq!(Support::from_code(1), Some(Support::Table));
        assert_eq!(format!("{:?}", Support::Table), "Table");
    }
}

#[allow(non_camel_case_types)]
mod tables_named_like_the_expansions_own_types {
    ::codetable::define_codes! {
        /// Named as the support type once was, which the table's data block also names.
        pub enum __Support {
            1 => ONE, "one",
        }

        /// Named as the support type of `__Support` is.
        pub enum ____SupportSupport {
            1 => ONE, "one",
        }

        /// With sections: `XCategory` is a type of the expansion's too.
        pub enum X {
            1..=9 => Digits, "digits" {
                1 => ONE, "one",
            },
        }

        /// The support type of `X`, as a table of its own.
        pub enum __XSupport {
            2 => TWO, "two",
        }
    }

    #[test]
    fn they_work() {
        assert_eq!(__Support::from_code(1), Some(__Support::One));
        assert_eq!(format!("{:?}", __Support::One), "One");
        assert_eq!(
            ____SupportSupport::from_code(1).map(____SupportSupport::name),
            Some("ONE")
        );
        assert_eq!(X::One.category(), Some(XCategory::Digits));
        assert_eq!(__XSupport::from_name("TWO"), Some(__XSupport::Two));
    }
}

mod names_rustc_normalises {
    ::codetable::define_codes! {
        /// Wire names whose variants rustc holds in NFC: `ΐ`'s capital is written decomposed by
        /// the naming rule, composed by rustc; the enum check compares what rustc compiles.
        pub enum Greek {
            1 => ΐ_a, "iota with dialytika and tonos",
            2 => Ϊ́B, "capital iota with dialytika, and tonos",
        }
    }

    #[test]
    fn they_are_found_and_named() {
        assert_eq!(Greek::from_name("ΐ_a").map(Greek::code), Some(1));
        assert_eq!(Greek::from_code(2).map(Greek::name), Some("Ϊ́B"));
        assert_eq!(
            format!("{:?}", Greek::from_code(1).unwrap()),
            "\u{3aa}\u{301}A"
        );
    }
}

mod a_table_named_like_a_generic_parameter {
    ::codetable::define_codes! {
        /// A table named like the `Hash` impl's type parameter.
        pub enum H {
            1 => ONE, "one",
        }
    }

    #[test]
    fn it_hashes() {
        use std::collections::HashSet;
        let set: HashSet<H> = [H::One].into_iter().collect();
        assert!(set.contains(&H::One));
    }
}

//! A crate that forbids the lints a generated table could trip compiles tables with aliases,
//! sections, languages, columns and deprecated rows and sections, public and private: the
//! expansion writes no `#[allow]` a `forbid` would refuse (E0453), and nothing these lints
//! fire on. Miri runs this file too (`scripts/miri.sh`).
#![forbid(
    warnings,
    dead_code,
    deprecated,
    non_upper_case_globals,
    non_camel_case_types,
    unused,
    missing_docs
)]

codetable::define_codes! {
    /// A public table.
    #[codetable(languages(en, zh))]
    pub enum Public(http: u16 = 500) {
        0 => OK, "ok", zh = "好", http = 200,
        #[deprecated = "use NOT_FOUND"]
        1 => MISSING, "missing", zh = "缺失", http = 404,
        2 => NOT_FOUND, "not found", zh = "未找到", http = 404,
        3 => NO_SUCH_FILE(path: &str, tries: u8), "no {path} after {tries} tries",
            zh = "{tries} 次后仍无 {path}", http = 404,
        #[deprecated = "use NO_SUCH_FILE"]
        4 => NO_FILE(path: &str), "no {path}", http = 404,
        LOST = MISSING,
        GONE = NOT_FOUND,
        10..=19 => Limits, "limits" {
            11 => TOO_MANY, "too many",
        },
        #[deprecated]
        20..=29 => Legacy, "legacy" {
            21 => OLD, "old",
        },
        30..=39 => reserved, "kept",
        ABANDONED => retired, "was 3",
    }

    /// A table nothing outside this crate can name.
    #[forbid(deprecated, dead_code)]
    enum Private {
        #[deprecated]
        1 => FIRST, "first",
        2 => SECOND, "second",
        3 => THIRD(unread: u64), "third {unread:>5}",
        THE_FIRST = FIRST,
    }

    /// A table that forbids, on itself, every lint the crate forbids.
    #[forbid(
        warnings,
        dead_code,
        deprecated,
        non_upper_case_globals,
        non_camel_case_types,
        unused,
        missing_docs
    )]
    pub enum Strict {
        0 => FINE, "fine",
        #[deprecated = "use FINE"]
        1 => ALSO_FINE, "also fine",
        ALRIGHT = FINE,
        10..=19 => Group, "group" {
            #[deprecated]
            11 => GROUPED, "grouped",
            12 => GROUPED_TOO(count: u32), "{count} grouped",
        },
    }
}

#[test]
fn builders_of_public_and_private_rows() {
    let built = Public::no_such_file("a.txt", 3);
    assert_eq!(built.to_string(), "3: no a.txt after 3 tries");
    assert_eq!(
        built.message_in(PublicLanguage::Zh).to_string(),
        "3 次后仍无 a.txt"
    );
}

#[test]
fn a_table_forbidding_lints_on_itself() {
    assert_eq!(Strict::from_name("ALRIGHT"), Some(Strict::Fine));
    assert_eq!(
        Strict::from_code(11)
            .and_then(Strict::category)
            .map(StrictCategory::name),
        Some("Group")
    );
    assert_eq!(Strict::grouped_too(2).to_string(), "12: 2 grouped");
}

#[test]
fn lookups_find_every_row_and_alias() {
    assert_eq!(Public::from_name("LOST").map(Public::code), Some(1));
    assert_eq!(Public::from_name("GONE"), Some(Public::NotFound));
    assert_eq!(Public::Gone, Public::NotFound);
    assert_eq!(
        Public::from_code(21)
            .and_then(Public::category)
            .map(PublicCategory::name),
        Some("Legacy")
    );
    assert_eq!(PublicCategory::ALL.len(), 2);
    assert_eq!(Public::from_code(2).map(Public::http), Some(404));
    assert_eq!(
        Public::from_code(11).map(|row| row.message_in(PublicLanguage::Zh)),
        Some("too many")
    );
    assert_eq!(Private::from_code(1).map(Private::name), Some("FIRST"));
    assert_eq!(Private::from_name("THE_FIRST").map(Private::code), Some(1));
    assert_eq!(Private::from_code(2), Some(Private::Second));
}

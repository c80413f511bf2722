//! Tables of string codes (`codetable::guide::string_codes`): SQLSTATE's, with classes as prefixed
//! sections and a shape; S3's, whose codes are their names.

use codetable::{Classified, Code, OrUnknown};

codetable::define_codes! {
    /// SQLSTATE codes.
    #[codetable(shape = "[0-9A-Z]{5}")]
    pub enum SqlState(http: u16 = 500) {
        "00000" => SUCCESSFUL_COMPLETION, "successful completion", http = 200,
        "01" => Warning, "warning" {
            "01000" => WARNING, "warning",
            "01003" => NULL_VALUE_ELIMINATED_IN_SET_FUNCTION, "null value eliminated in set function",
        },
        "22" => DataException, "data exception" {
            "22000" => DATA_EXCEPTION, "data exception",
            "22P02" => INVALID_TEXT_REPRESENTATION, "invalid text representation", http = 400,
        },
        "23" => IntegrityConstraintViolation, "integrity constraint violation" {
            "23505" => UNIQUE_VIOLATION, "unique violation", http = 409,
        },
        "XX" => reserved, "internal errors",
        DUPLICATE_KEY = UNIQUE_VIOLATION,
        OLD_STATE => retired, "was 99999",
    }

    /// S3's error codes, each its own name.
    pub enum S3Error {
        "NoSuchKey" => _, "The specified key does not exist.",
        "AccessDenied" => _, "Access Denied",
        "SlowDown" => _,
    }
}

codetable::assert_disjoint!(SqlState, S3Error);

#[test]
fn codes_are_strings_and_found_as_strings() {
    assert_eq!(SqlState::UniqueViolation.code(), "23505");
    assert_eq!(
        SqlState::from_code("22P02"),
        Some(SqlState::InvalidTextRepresentation)
    );
    let input = String::from("01003");
    assert_eq!(
        SqlState::from_code(&input),
        Some(SqlState::NullValueEliminatedInSetFunction)
    );
    assert_eq!(SqlState::from_code("23506"), None);
    assert_eq!(SqlState::from_code(""), None);
    assert_eq!(
        SqlState::try_from("00000"),
        Ok(SqlState::SuccessfulCompletion)
    );
    let unknown = SqlState::try_from("99999").unwrap_err();
    assert_eq!(unknown.code(), "99999");
    assert_eq!(unknown.to_string(), "99999 is not a SqlState code");
    let code: &'static str = SqlState::Warning.into();
    assert_eq!(code, "01000");
}

#[test]
fn names_aliases_and_messages_are_as_for_numbers() {
    assert_eq!(SqlState::UniqueViolation.name(), "UNIQUE_VIOLATION");
    assert_eq!(
        SqlState::from_name("DUPLICATE_KEY"),
        Some(SqlState::UniqueViolation)
    );
    assert_eq!(SqlState::DuplicateKey, SqlState::UniqueViolation);
    assert_eq!(
        SqlState::UniqueViolation.to_string(),
        "23505: unique violation"
    );
    assert_eq!(
        format!("{:?}", SqlState::UniqueViolation),
        "UniqueViolation"
    );
    assert_eq!(SqlState::UniqueViolation.http(), 409);
    assert_eq!(SqlState::DataException.http(), 500);
    assert_eq!(SqlState::COUNT, 6);
    assert_eq!(
        SqlState::iter().map(SqlState::code).collect::<Vec<_>>(),
        ["00000", "01000", "01003", "22000", "22P02", "23505"]
    );
}

#[test]
fn a_code_that_is_its_own_name_is_written_once() {
    assert_eq!(S3Error::NoSuchKey.code(), "NoSuchKey");
    assert_eq!(S3Error::NoSuchKey.name(), "NoSuchKey");
    assert_eq!(
        S3Error::from_code("AccessDenied"),
        Some(S3Error::AccessDenied)
    );
    assert_eq!(
        S3Error::from_name("AccessDenied"),
        Some(S3Error::AccessDenied)
    );
    assert_eq!(S3Error::SlowDown.message(), "");
    assert_eq!(S3Error::SlowDown.to_string(), "SlowDown: SlowDown");
}

#[test]
fn classify_finds_rows_classes_and_reserved_prefixes() {
    assert_eq!(
        SqlState::classify("23505"),
        Classified::Row(SqlState::UniqueViolation)
    );
    assert_eq!(
        SqlState::classify("22P99"),
        Classified::Section(SqlStateCategory::DataException)
    );
    let Classified::Reserved(reserved) = SqlState::classify("XX001") else {
        panic!("XX001 is reserved");
    };
    assert_eq!(reserved.low(), "XX");
    assert_eq!(reserved.message(), Some("internal errors"));
    assert_eq!(SqlState::classify("99999"), Classified::Unknown);
    assert_eq!(
        SqlState::UniqueViolation.category(),
        Some(SqlStateCategory::IntegrityConstraintViolation)
    );
    assert_eq!(SqlStateCategory::DataException.prefix(), "22");
    assert_eq!(SqlState::SuccessfulCompletion.category(), None);
}

#[test]
fn order_and_hash_go_by_code() {
    let mut rows: Vec<SqlState> = SqlState::iter().rev().collect();
    rows.sort();
    assert_eq!(rows.first(), Some(&SqlState::SuccessfulCompletion));
    assert!(S3Error::AccessDenied < S3Error::NoSuchKey);
    let set: std::collections::HashSet<SqlState> = SqlState::iter().collect();
    assert!(set.contains(&SqlState::UniqueViolation));
}

#[test]
fn or_unknown_keeps_an_unknown_code_whole() {
    let known = OrUnknown::<SqlState>::from("23505");
    assert_eq!(known, OrUnknown::Known(SqlState::UniqueViolation));
    let newer = OrUnknown::<SqlState>::from("2BP01");
    assert_eq!(newer.code(), "2BP01");
    assert!(!newer.is_known());
    assert_eq!(newer, "2BP01");
    assert_eq!(newer.to_string(), "2BP01: not a known SqlState code");
    assert_eq!(
        newer.classify(),
        Classified::Unknown,
        "no class 2B in this table"
    );
    let long = "x".repeat(100);
    assert_eq!(OrUnknown::<S3Error>::from(long.as_str()).code(), long);
}

/// Generic code handles tables of either kind: a code from `code()` goes back into
/// `from_code` as it is.
fn round_trip<C: Code>() -> usize {
    C::iter()
        .filter(|&row| C::from_code(row.code()) == Some(row))
        .count()
}

#[test]
fn generic_code_round_trips() {
    assert_eq!(round_trip::<SqlState>(), SqlState::COUNT);
    assert_eq!(round_trip::<S3Error>(), S3Error::COUNT);
}

#[test]
fn markdown_writes_the_codes_and_prefixes() {
    let markdown = SqlState::MARKDOWN;
    assert!(
        markdown.contains("| `23505` | `UNIQUE_VIOLATION` | unique violation |"),
        "{markdown}"
    );
    assert!(
        markdown.contains("## `22` `DataException` - data exception"),
        "{markdown}"
    );
    assert!(
        markdown.contains("## `XX` reserved - internal errors"),
        "{markdown}"
    );
}

codetable::define_codes! {
    /// Rows and reserved prefixes without a message, each before a string code: that code
    /// starts the next item, it is no message.
    pub enum Bare {
        "A1" => _,
        "B2" => SECOND,
        "XX" => reserved,
        "C3" => THIRD, "third",
        OLD => retired,
        "D4" => _,
    }
}

#[test]
fn a_string_code_after_a_row_without_a_message_starts_the_next_row() {
    let rows: Vec<(&str, &str, &str)> = Bare::iter()
        .map(|row| (row.code(), row.name(), row.message()))
        .collect();
    assert_eq!(
        rows,
        [
            ("A1", "A1", ""),
            ("B2", "SECOND", ""),
            ("C3", "THIRD", "third"),
            ("D4", "D4", "")
        ]
    );
    assert_eq!(Bare::from_name("OLD"), None);
    assert!(matches!(Bare::classify("XX1"), Classified::Reserved(_)));
}

//! Rows with arguments: their builders, the built messages (`WithArgs`) in each language,
//! every argument type and spec a message may use, and tables of every kind (hex, string
//! codes, sections, nameless rows).

use codetable::{Arg, Built, WithArgs};

codetable::define_codes! {
    /// A server's errors, in two languages.
    #[codetable(languages(en, zh))]
    #[repr(u16)]
    pub enum ServerError {
        1040 => ER_CON_COUNT_ERROR, "Too many connections", zh = "连接过多",
        1146 => ER_NO_SUCH_TABLE(db: &str, table: &str), "Table '{db}.{table}' doesn't exist",
            zh = "表 '{db}.{table}' 不存在",
        1153 => ER_NET_PACKET_TOO_LARGE(most: u64), "Got a packet bigger than {most:>8} bytes",
        1200 => BRACES(name: &str), "{{literal}} {name} }}",
        1201 => VERBATIM, "a row without arguments keeps {its} braces",
        #[deprecated = "use ER_NO_SUCH_TABLE"]
        1202 => OLD_NO_TABLE(table: &str), "No table {table}",
        1300..=1399 => Limits, "limits" {
            1301 => TOO_MANY(count: u32, most: u32), "{count} of at most {most}",
        },
        1400 => _(value: i32), "nameless with {value}",
    }

    /// Every type an argument may have, and the specs each takes.
    pub enum Specs {
        1 => TEXT(text: &str, width: usize, most: usize),
            "[{text}] [{text:>6}] [{text:*^7}] [{text:.2}] [{text:>width$.most$}] [{text:<4}]",
        2 => SIGNED(a: i8, b: i16, c: i32, d: i64, e: isize),
            "{a} {b:+} {c:05} {d:x} {e:#X} {a:#b} {b:o}",
        3 => UNSIGNED(a: u8, b: u16, c: u32, d: u64, e: usize),
            "{a:#x} {b:08b} {c:>+6} {d} {e:^5}",
        4 => FLOAT(value: f64), "{value} {value:.3} {value:+.1} {value:08.2} {value:<7}|",
        5 => OTHERS(flag: bool, letter: char), "{flag} {flag:>6} {letter} {letter:-^3} {flag:.2}",
    }

    /// Codes shown in hex.
    #[repr(u32)]
    pub enum Hresult {
        0x80070002 => E_FILE_NOT_FOUND(file: &str), "The file {file} was not found",
        0x80004005 => E_FAIL, "Unspecified error",
    }

    /// String codes.
    pub enum SqlState {
        "42P01" => UNDEFINED_TABLE(table: &str), "relation \"{table}\" does not exist",
        "23505" => UNIQUE_VIOLATION, "unique violation",
    }
}

#[test]
fn a_built_message_shows_its_code_and_message_in_each_language() {
    use ServerErrorLanguage::{En, Zh};
    let error = ServerError::er_no_such_table("shop", "orders");
    assert_eq!(error.to_string(), "1146: Table 'shop.orders' doesn't exist");
    assert_eq!(
        error.message().to_string(),
        "Table 'shop.orders' doesn't exist"
    );
    assert_eq!(
        error.message_in(En).to_string(),
        error.message().to_string()
    );
    assert_eq!(error.message_in(Zh).to_string(), "表 'shop.orders' 不存在");
    assert_eq!(
        error.display_in(Zh).to_string(),
        "1146: 表 'shop.orders' 不存在"
    );
    assert_eq!(error.display_in(En).to_string(), error.to_string());
    // A row without the language: the first's message stands in, formatted.
    let large = ServerError::er_net_packet_too_large(1024);
    assert_eq!(
        large.message_in(Zh).to_string(),
        "Got a packet bigger than     1024 bytes"
    );
}

#[test]
fn it_carries_the_row_and_gives_the_arguments_back() {
    let error = ServerError::er_no_such_table("shop", "orders");
    assert_eq!(error.code(), ServerError::ErNoSuchTable);
    assert_eq!(error.code().code(), 1146);
    assert_eq!(error.name(), "ER_NO_SUCH_TABLE");
    let args: Vec<(&str, Arg<'_>)> = error.args().collect();
    assert_eq!(
        args,
        [("db", Arg::Str("shop")), ("table", Arg::Str("orders"))]
    );
    assert_eq!(error.args().len(), 2);
    assert_eq!(error.arg("table"), Some(Arg::Str("orders")));
    assert_eq!(error.arg("schema"), None);
    let logged: Vec<String> = error
        .args()
        .map(|(name, value)| format!("{name}={value}"))
        .collect();
    assert_eq!(logged, ["db=shop", "table=orders"]);
    let many = ServerError::too_many(7, 5);
    assert_eq!(many.arg("count"), Some(Arg::UInt(7)));
    assert_eq!(many.code().category(), Some(ServerErrorCategory::Limits));
    assert_eq!(many.to_string(), "1301: 7 of at most 5");
}

#[test]
fn the_row_keeps_its_template() {
    assert_eq!(
        ServerError::ErNoSuchTable.message(),
        "Table '{db}.{table}' doesn't exist"
    );
    assert_eq!(
        ServerError::ErNoSuchTable.message_in(ServerErrorLanguage::Zh),
        "表 '{db}.{table}' 不存在"
    );
    assert_eq!(
        ServerError::ErNoSuchTable.to_string(),
        "1146: Table '{db}.{table}' doesn't exist"
    );
    assert_eq!(
        ServerError::from_code(1146),
        Some(ServerError::ErNoSuchTable)
    );
    assert!(ServerError::MARKDOWN.contains("Table '{db}.{table}' doesn't exist"));
}

#[test]
fn braces_are_escaped_only_in_rows_with_arguments() {
    let braces = ServerError::braces("x");
    assert_eq!(braces.message().to_string(), "{literal} x }");
    assert_eq!(ServerError::Braces.message(), "{{literal}} {name} }}");
    assert_eq!(
        ServerError::Verbatim.message(),
        "a row without arguments keeps {its} braces"
    );
}

#[test]
fn a_row_without_arguments_converts_into_the_same_type() {
    fn failing(open: bool) -> Result<(), Built<'static, ServerError>> {
        if open {
            Err(ServerError::ErConCountError.into())
        } else {
            Err(ServerError::er_no_such_table("shop", "orders"))
        }
    }
    let plain = failing(true).unwrap_err();
    assert_eq!(plain.to_string(), "1040: Too many connections");
    assert_eq!(
        plain.display_in(ServerErrorLanguage::Zh).to_string(),
        "1040: 连接过多"
    );
    assert_eq!(plain.args().len(), 0);
    assert_eq!(format!("{plain:?}"), "ErConCountError");
    assert_eq!(
        failing(false).unwrap_err().code(),
        ServerError::ErNoSuchTable
    );
    // A row with arguments converted without them shows its template.
    let template: WithArgs<'_, ServerError, 2> = ServerError::ErNoSuchTable.into();
    assert_eq!(
        template.to_string(),
        "1146: Table '{db}.{table}' doesn't exist"
    );
}

#[test]
fn equality_debug_and_constants() {
    const BUILT: Built<'static, ServerError> = ServerError::er_no_such_table("a", "b");
    assert_eq!(BUILT, ServerError::er_no_such_table("a", "b"));
    assert_ne!(BUILT, ServerError::er_no_such_table("a", "c"));
    assert_ne!(ServerError::too_many(1, 2), ServerError::too_many(1, 3));
    // Two rows with the same values are two messages.
    assert_ne!(
        ServerError::too_many(1, 2),
        ServerError::er_net_packet_too_large(1)
    );
    assert_eq!(
        format!("{BUILT:?}"),
        r#"ErNoSuchTable { db: "a", table: "b" }"#
    );
    assert_eq!(
        format!("{:?}", ServerError::braces("x\"y").message()),
        r#""{literal} x\"y }""#
    );
    let error: &dyn std::error::Error = &BUILT;
    assert_eq!(error.to_string(), "1146: Table 'a.b' doesn't exist");
    #[allow(deprecated)]
    let old = ServerError::old_no_table("t");
    assert_eq!(old.name(), "OLD_NO_TABLE");
    assert_eq!(
        ServerError::code1400(-3).to_string(),
        "1400: nameless with -3"
    );
}

#[test]
fn every_type_and_spec_formats_as_format_does() {
    assert_eq!(
        Specs::text("abc", 5, 2).message().to_string(),
        format!(
            "[{t}] [{t:>6}] [{t:*^7}] [{t:.2}] [{t:>w$.m$}] [{t:<4}]",
            t = "abc",
            w = 5,
            m = 2
        )
    );
    let (a, b, c, d, e) = (-5_i8, 300_i16, -42_i32, -1_i64, 255_isize);
    assert_eq!(
        Specs::signed(a, b, c, d, e).message().to_string(),
        format!("{a} {b:+} {c:05} {d:x} {e:#X} {a:#b} {b:o}")
    );
    assert_eq!(
        Specs::signed(a, b, c, d, e).message().to_string(),
        "-5 +300 -0042 ffffffffffffffff 0xFF 0b11111011 454"
    );
    let (a, b, c, d, e) = (255_u8, 5_u16, 7_u32, u64::MAX, 3_usize);
    assert_eq!(
        Specs::unsigned(a, b, c, d, e).message().to_string(),
        format!("{a:#x} {b:08b} {c:>+6} {d} {e:^5}")
    );
    for value in [0.1, -2.5, 1e21, 0.0, -0.0, f64::NAN, f64::INFINITY, 123.456] {
        assert_eq!(
            Specs::float(value).message().to_string(),
            format!("{value} {value:.3} {value:+.1} {value:08.2} {value:<7}|")
        );
    }
    assert_eq!(
        Specs::others(true, 'λ').message().to_string(),
        "true   true λ -λ- tr"
    );
}

#[test]
fn hex_and_string_codes_show_as_their_tables_do() {
    let missing = Hresult::e_file_not_found("a.txt");
    assert_eq!(
        missing.to_string(),
        "0x80070002: The file a.txt was not found"
    );
    let plain: Built<'_, Hresult> = Hresult::EFail.into();
    assert_eq!(plain.to_string(), "0x80004005: Unspecified error");
    let undefined = SqlState::undefined_table("users");
    assert_eq!(
        undefined.to_string(),
        "42P01: relation \"users\" does not exist"
    );
    assert_eq!(undefined.code().code(), "42P01");
}

#[test]
fn values_borrowed_for_as_long_as_the_message() {
    let db = String::from("shop");
    let table = format!("orders_{}", 2024);
    let error = ServerError::er_no_such_table(&db, &table);
    assert_eq!(
        error.message().to_string(),
        "Table 'shop.orders_2024' doesn't exist"
    );
    // `Copy`: kept and shown twice.
    let copy = error;
    assert_eq!(copy.to_string(), error.to_string());
}

#[cfg(feature = "serde")]
#[test]
fn serializes_as_code_name_message_and_arguments() {
    let error = ServerError::er_no_such_table("shop", "orders");
    assert_eq!(
        serde_json::to_string(&error).unwrap(),
        r#"{"code":1146,"name":"ER_NO_SUCH_TABLE","message":"Table 'shop.orders' doesn't exist","arguments":{"db":"shop","table":"orders"}}"#
    );
    assert_eq!(
        serde_json::to_string(&Specs::others(false, 'x')).unwrap(),
        r#"{"code":5,"name":"OTHERS","message":"false  false x -x- fa","arguments":{"flag":false,"letter":"x"}}"#
    );
    assert_eq!(
        serde_json::to_string(&SqlState::undefined_table("t")).unwrap(),
        r#"{"code":"42P01","name":"UNDEFINED_TABLE","message":"relation \"t\" does not exist","arguments":{"table":"t"}}"#
    );
    let plain: Built<'_, ServerError> = ServerError::ErConCountError.into();
    assert_eq!(
        serde_json::to_string(&plain).unwrap(),
        r#"{"code":1040,"name":"ER_CON_COUNT_ERROR","message":"Too many connections","arguments":{}}"#
    );
}

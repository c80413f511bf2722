//! Typed extra columns: declared once after the table's name, set per row after the message,
//! read back through one `const fn` accessor each.

codetable::define_codes! {
    /// A table with one column of every kind.
    pub enum Pcs(
        /// The HTTP status the server answers with.
        http: u16,
        en: &'static str,
        retryable: bool = false,
        weight: f64 = 1.0,
        level: i8 = -1,
        grade: char = 'C',
        hint: Option<&'static str>,
        limit: Option<u32>,
        big: u128 = 340282366920938463463374607431768211455,
        small: i128 = -170141183460469231731687303715884105728,
        ratio: f32 = -0.5,
    ) in 0..=40000 {
        0 => NO_ERROR, "没有错误", http = 200, en = "no error",
        31021 => NETWORK_ERROR, "网络错误", http = 503, en = "network error", retryable = true,
            hint = "retry later", weight = 2.5, level = -128, grade = 'A',
        31213 => SERVICE_UNAVAILABLE, "重试出错", en = "service unavailable", http = 503u16,
            limit = 3, big = 0, small = 170141183460469231731687303715884105727, ratio = 1e3,
        31200..=31209 => Acl, "acl" {
            31205 => ACL_GET_ERROR, "获取acl失败", http = 400, en = "", retryable = false,
                weight = 7, grade = '字',
        },
        1 => _, "无名", http = 404, en = "nameless",
    }
}

#[test]
fn required_columns_are_what_each_row_sets() {
    assert_eq!(Pcs::NoError.http(), 200);
    assert_eq!(Pcs::NetworkError.http(), 503);
    assert_eq!(Pcs::ServiceUnavailable.http(), 503);
    assert_eq!(Pcs::AclGetError.http(), 400);
    assert_eq!(Pcs::NoError.en(), "no error");
    assert_eq!(Pcs::NetworkError.en(), "network error");
    assert_eq!(Pcs::AclGetError.en(), "");
    assert_eq!(Pcs::Code1.en(), "nameless");
}

#[test]
fn defaults_fill_columns_a_row_leaves_out() {
    assert!(!Pcs::NoError.retryable());
    assert!(Pcs::NetworkError.retryable());
    assert_eq!(Pcs::NoError.weight(), 1.0);
    assert_eq!(Pcs::NetworkError.weight(), 2.5);
    assert_eq!(Pcs::AclGetError.weight(), 7.0);
    assert_eq!(Pcs::NoError.level(), -1);
    assert_eq!(Pcs::NetworkError.level(), -128);
    assert_eq!(Pcs::NoError.grade(), 'C');
    assert_eq!(Pcs::AclGetError.grade(), '字');
    assert_eq!(Pcs::NoError.big(), u128::MAX);
    assert_eq!(Pcs::ServiceUnavailable.big(), 0);
    assert_eq!(Pcs::NoError.small(), i128::MIN);
    assert_eq!(Pcs::ServiceUnavailable.small(), i128::MAX);
    assert_eq!(Pcs::NoError.ratio(), -0.5);
    assert_eq!(Pcs::ServiceUnavailable.ratio(), 1000.0);
}

#[test]
fn optional_columns_are_none_unless_set() {
    assert_eq!(Pcs::NoError.hint(), None);
    assert_eq!(Pcs::NetworkError.hint(), Some("retry later"));
    assert_eq!(Pcs::NoError.limit(), None);
    assert_eq!(Pcs::ServiceUnavailable.limit(), Some(3));
}

#[test]
fn accessors_are_const() {
    const HTTP: u16 = Pcs::NetworkError.http();
    const EN: &str = Pcs::NetworkError.en();
    const HINT: Option<&str> = Pcs::NetworkError.hint();
    assert_eq!(
        (HTTP, EN, HINT),
        (503, "network error", Some("retry later"))
    );
}

#[test]
fn columns_agree_with_lookups() {
    let found = Pcs::from_code(31213).map(Pcs::http);
    assert_eq!(found, Some(503));
    let every: Vec<(i32, u16)> = Pcs::iter().map(|code| (code.code(), code.http())).collect();
    assert_eq!(
        every,
        [(0, 200), (31021, 503), (31213, 503), (31205, 400), (1, 404)]
    );
}

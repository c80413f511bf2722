//! The example table of the README and the crate page: WeChat's global return codes.
//!
//! Run with `cargo run --example wechat`. It checks each answer it prints against the table
//! above, and panics on a wrong one.

codetable::define_codes! {
    /// 公众号全局返回码: WeChat's global return codes.
    pub enum WeChatError in -1..=99999 {
        /// 系统繁忙时可重试: the one code worth retrying.
        -1 => SYSTEM_BUSY, "系统繁忙，此时请开发者稍候再试",
        0 => OK, "请求成功",
        40001 => INVALID_CREDENTIAL, "获取 access_token 时 AppSecret 错误，或者 access_token 无效",
        40002 => INVALID_GRANT_TYPE, "不合法的凭证类型",
        41000..=41999 => Missing, "缺少参数" {
            41001 => MISSING_ACCESS_TOKEN, "缺少 access_token 参数",
            41002 => MISSING_APPID, "缺少 appid 参数",
        },
        60000..=69999 => reserved, "保留段，不得使用",
    }
}

fn main() {
    println!("WeChatError: {} codes", WeChatError::COUNT);
    assert_eq!(WeChatError::COUNT, 6);
    let rows = [
        ("SystemBusy", -1),
        ("Ok", 0),
        ("InvalidCredential", 40001),
        ("InvalidGrantType", 40002),
        ("MissingAccessToken", 41001),
        ("MissingAppid", 41002),
    ];
    for (code, (variant, number)) in WeChatError::ALL.iter().zip(rows) {
        println!("  {code:?} = {code}");
        assert_eq!(
            (format!("{code:?}"), code.code()),
            (variant.to_owned(), number)
        );
        assert_eq!(code.to_string(), format!("{number}: {}", code.message()));
    }

    let busy = WeChatError::from_code(-1);
    println!("from_code(-1) = {busy:?}");
    assert_eq!(busy, Some(WeChatError::SystemBusy));
    let missing_appid = WeChatError::from_name("MISSING_APPID");
    println!("from_name(\"MISSING_APPID\") = {missing_appid:?}");
    assert_eq!(missing_appid, Some(WeChatError::MissingAppid));
    let unknown = WeChatError::try_from(12345);
    println!("try_from(12345) = {unknown:?}");
    assert_eq!(unknown.map_err(|error| error.code()), Err(12345));
    // In the reserved range: no row, whatever a server sends.
    assert_eq!(WeChatError::from_code(60001), None);

    let missing = WeChatError::MissingAppid;
    println!("{missing:?}.category() = {:?}", missing.category());
    assert_eq!(missing.category(), Some(WeChatErrorCategory::Missing));
    assert_eq!(WeChatError::Ok.category(), None);
}

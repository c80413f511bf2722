//! The README's example table (README "Example"): WeChat's global return codes.
//!
//! Run with `cargo run --example wechat`.

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
    for code in WeChatError::ALL {
        println!("  {code:?} = {code}");
    }
    let busy = WeChatError::from_code(-1);
    println!("from_code(-1) = {busy:?}");
    println!(
        "from_name(\"MISSING_APPID\") = {:?}",
        WeChatError::from_name("MISSING_APPID")
    );
    println!("try_from(12345) = {:?}", WeChatError::try_from(12345));
    let missing = WeChatError::MissingAppid;
    println!("{missing:?}.category() = {:?}", missing.category());
}

codetable::define_codes! {
    pub enum ApiError {
        OLD_TOKEN => retired, "replaced by INVALID_TOKEN in v2",
        0 => OK, "成功",
        40001 => OLD_TOKEN, "无效的令牌",
        40002 => EXPIRED, "令牌过期",
        OLD_TOKEN = EXPIRED,
        GONE => retired,
        GONE => retired,
    }
}

fn main() {}

//! Tables defined through `sdk::define_codes!`, a re-export: this crate does not depend on
//! `codetable`, which the generated code reaches through the `$crate` of the macro.

sdk::define_codes! {
    /// The service's codes.
    #[codetable(languages(en, zh))]
    pub enum ServiceError(http: u16 = 500) {
        0 => OK, "ok", zh = "成功", http = 200,
        1 => NOT_FOUND, "not found", zh = "未找到", http = 404,
        MISSING = NOT_FOUND,
        100..=199 => Quota, "quota" {
            101 => TOO_MANY_REQUESTS, "too many requests", zh = "请求过多", http = 429,
        },
        200..=299 => reserved, "kept for the next version",
    }

    /// The client's own codes.
    pub enum ClientError {
        1000 => TIMEOUT, "timed out",
    }
}

sdk::assert_disjoint!(ServiceError, ClientError);

// Rows that leave out required columns (no `Option`, no default).
codetable::define_codes! {
    pub enum Pcs(http: u16, en: &'static str, hint: Option<&'static str>, retryable: bool = false) {
        0 => NO_ERROR, "没有错误", http = 200,
        3 => UNSUPPORTED_OPEN_API, "不支持此接口",
        4 => NO_PERMISSION, "没有权限执行此操作", http = 403, en = "No permission",
    }
}

fn main() {}

// Values of the wrong type: a string for a number, a number for a string, a string for a bool.
codetable::define_codes! {
    pub enum Pcs(http: u16, en: &'static str, retryable: bool = false) {
        0 => NO_ERROR, "没有错误", http = "200", en = "no error",
        3 => UNSUPPORTED_OPEN_API, "不支持此接口", http = 400, en = 3,
        4 => NO_PERMISSION, "没有权限执行此操作", http = 403, en = "No permission", retryable = "no",
    }
}

fn main() {}

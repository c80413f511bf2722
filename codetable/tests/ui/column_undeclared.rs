// A row sets a column the table does not declare.
codetable::define_codes! {
    pub enum Pcs(http: u16, en: &'static str) {
        0 => NO_ERROR, "没有错误", http = 200, en = "no error",
        3 => UNSUPPORTED_OPEN_API, "不支持此接口", http = 400, en = "Unsupported open api", status = 400,
    }
}

fn main() {}

// Numbers that do not fit their column's type: too big, negative for an unsigned type.
codetable::define_codes! {
    pub enum Pcs(http: u16, level: i8 = 0) {
        0 => NO_ERROR, "没有错误", http = 70000,
        3 => UNSUPPORTED_OPEN_API, "不支持此接口", http = -400,
        4 => NO_PERMISSION, "没有权限执行此操作", http = 403, level = -129,
    }
}

fn main() {}

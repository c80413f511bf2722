// A column set with `:` instead of `=`; the next row still parses.
codetable::define_codes! {
    pub enum Pcs(http: u16) {
        0 => NO_ERROR, "没有错误", http: 200,
        3 => UNSUPPORTED_OPEN_API, "不支持此接口", http = 400,
    }
}

fn main() {
    let _: u16 = Pcs::UnsupportedOpenApi.http();
}

// A table declares one column twice.
codetable::define_codes! {
    pub enum Pcs(http: u16, en: &'static str, http: u32) {
        0 => NO_ERROR, "没有错误", http = 200, en = "no error",
    }
}

fn main() {}

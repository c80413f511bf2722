// Column types no literal can have, and a `&str` without its lifetime.
codetable::define_codes! {
    pub enum Pcs(http: u16, tags: Vec<u8>, en: &str) {
        0 => NO_ERROR, "没有错误", http = 200, en = "no error",
    }
}

fn main() {}

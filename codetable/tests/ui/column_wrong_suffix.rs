// A literal whose suffix names another type than its column's.
codetable::define_codes! {
    pub enum Pcs(http: u16) {
        0 => NO_ERROR, "没有错误", http = 200u8,
    }
}

fn main() {}

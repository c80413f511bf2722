// A row sets one column twice.
codetable::define_codes! {
    pub enum Pcs(http: u16) {
        0 => NO_ERROR, "没有错误", http = 200, http = 400,
    }
}

fn main() {}

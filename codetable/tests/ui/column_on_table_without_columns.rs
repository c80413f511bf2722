// A row sets a column, but its table declares none.
codetable::define_codes! {
    pub enum Pcs {
        0 => NO_ERROR, "没有错误", http = 200,
    }
}

fn main() {}

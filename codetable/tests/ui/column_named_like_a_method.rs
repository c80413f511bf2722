// Column names that would hide a method of the table, or are not snake_case.
codetable::define_codes! {
    pub enum Pcs(name: &'static str, clone: bool, Http: u16) {
        0 => NO_ERROR, "没有错误", name = "x", clone = false, Http = 200,
    }
}

fn main() {}

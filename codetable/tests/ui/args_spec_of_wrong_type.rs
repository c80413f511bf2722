codetable::define_codes! {
    pub enum E {
        1 => HEX_TEXT(db: &str), "database {db:x}",
        2 => WIDTH_NOT_USIZE(db: &str, width: u64), "database {db:>width$}",
    }
}

fn main() {}

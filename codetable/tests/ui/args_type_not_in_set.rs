codetable::define_codes! {
    pub enum E {
        1 => OWNED(db: String), "database {db}",
        2 => WIDE(count: i128), "{count} rows",
        3 => STATIC(db: &'static str), "database {db}",
    }
}

fn main() {}

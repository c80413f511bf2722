codetable::define_codes! {
    pub enum E {
        1 => BY_PLACE(db: &str), "database {}",
        2 => WIDTH_BY_PLACE(db: &str, width: usize), "database {db:>1$}",
    }
}

fn main() {}

codetable::define_codes! {
    pub enum E {
        1146 => ER_NO_SUCH_TABLE(db: &str, table: &str), "Table '{db}.{tabel}' doesn't exist",
    }
}

fn main() {}

codetable::define_codes! {
    pub enum E {
        1 => UPPER(Db: &str), "database {Db}",
        2 => CODE(code: u32), "code {code}",
        3 => KEYWORD(r#type: &str), "type {type}",
        4 => TWICE(db: &str, db: &str), "database {db}",
    }
}

fn main() {}

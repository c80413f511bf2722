codetable::define_codes! {
    #[codetable(languages(en, zh))]
    pub enum E {
        1146 => ER_NO_SUCH_TABLE(db: &str, table: &str), "Table '{db}.{table}' doesn't exist",
            zh = "表 '{db}' 不存在",
    }
}

fn main() {}

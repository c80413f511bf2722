codetable::define_codes! {
    pub enum E(retry: bool = false) {
        1 => MESSAGE(db: &str), "database {db}",
        2 => RETRY(db: &str), "database {db}",
        3 => FOO_BAR(db: &str), "database {db}",
        4 => OTHER(db: &str) as Foo_bar, "database {db}",
    }
}

fn main() {}

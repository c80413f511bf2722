codetable::define_codes! {
    pub enum E {
        -61 => FIRST, "first",
        -60 => OTHER, "other",
        -61 => SECOND, "second",
    }
}

fn main() {}

codetable::define_codes! {
    pub enum E {
        1 => NOT_FOUND, "not found",
        2 => OTHER, "other",
        3 => NOT_FOUND, "not found either",
    }
}

fn main() {}

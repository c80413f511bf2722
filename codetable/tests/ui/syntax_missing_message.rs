codetable::define_codes! {
    pub enum E {
        0 => OK, "ok",
        1 => FAILED,
        2 => OTHER, "other",
    }
}

fn main() {}

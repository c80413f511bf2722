// A named row whose variant is the one a nameless row's code gives.
codetable::define_codes! {
    pub enum E {
        -1 => _, "minus one",
        7 => CODE_MINUS_1, "seven",
    }
}

fn main() {}

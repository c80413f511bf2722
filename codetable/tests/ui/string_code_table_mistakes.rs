// What a table of string codes cannot say: a `#[repr]`, an `in RANGE`, `hex`; and a shape on a
// table of numbers, or one that is no regular expression.
codetable::define_codes! {
    #[repr(u8)]
    #[codetable(hex)]
    pub enum Strings in 0..=9 {
        "A" => A, "a",
    }

    #[codetable(shape = "[0-9]{3}")]
    pub enum Numbers {
        100 => HUNDRED, "a hundred",
    }

    #[codetable(shape = "[0-9")]
    pub enum BadShape {
        "1" => ONE, "one",
    }
}

fn main() {}

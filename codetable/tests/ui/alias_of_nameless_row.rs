codetable::define_codes! {
    pub enum E {
        5 => _, "a row the document gives no name",
        FIVE = Code5,
    }
}

fn main() {}
